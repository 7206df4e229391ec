import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvalDataError, loadFixtureSets, parseQaSet, parseWikiQa, readDataFile } from '../src/eval/datasets.js';

const TSV = [
  'QuestionID\tQuestion\tDocumentID\tDocumentTitle\tSentenceID\tSentence\tLabel',
  'Q1\thow tall is the tower\tD1\tTower\tD1-0\tThe tower is in Paris.\t0',
  'Q1\thow tall is the tower\tD1\tTower\tD1-1\tIt is 300 metres tall.\t1',
  'Q2\twho built it\tD2\tBridge\tD2-0\tThe bridge is old.\t0',
  '',
].join('\n');

describe('WikiQA parsing', () => {
  it('groups candidate sentences by question, in order, with labels and title', () => {
    const qs = parseWikiQa(TSV);
    expect(qs).toEqual([
      { id: 'Q1', question: 'how tall is the tower', title: 'Tower', sentences: ['The tower is in Paris.', 'It is 300 metres tall.'], labels: [false, true] },
      { id: 'Q2', question: 'who built it', title: 'Bridge', sentences: ['The bridge is old.'], labels: [false] },
    ]);
  });

  it('rejects a file without the expected columns, naming it', () => {
    expect(() => parseWikiQa('a\tb\n1\t2', 'x.tsv')).toThrow(/x\.tsv: header lacks column/);
  });
});

describe('question sets', () => {
  it('reads seed-dev lines and infers expect from gold when absent', () => {
    const qs = parseQaSet(
      [
        '{"id": "d1", "question": "Who?", "expect": "answer", "gold": ["X said"], "answer": ["X"], "tags": ["quote"]}',
        '',
        '{"id": "d2", "question": "Why?", "context": ["Who?"]}',
        '{"question": "When?", "gold": ["in 2014"]}',
      ].join('\n'),
      'set.jsonl',
    );
    expect(qs.map((q) => [q.id, q.expect, q.context])).toEqual([
      ['d1', 'answer', []],
      ['d2', 'abstain', ['Who?']],
      ['set.jsonl:4', 'answer', []],
    ]);
    expect(qs[0]).toMatchObject({ gold: ['X said'], answer: ['X'], tags: ['quote'] });
  });

  it('names the file and line of a bad line', () => {
    expect(() => parseQaSet('{"question": "ok"}\n{oops', 'set.jsonl')).toThrow(/set\.jsonl:2: not valid JSON/);
    expect(() => parseQaSet('{"q": 1}', 'set.jsonl')).toThrow(EvalDataError);
  });

  it('says clearly when a data file is missing', async () => {
    await expect(readDataFile('/nonexistent/seed-dev.jsonl', 'seed-dev question set')).rejects.toThrow(
      'seed-dev question set /nonexistent/seed-dev.jsonl is missing',
    );
  });
});

describe('fixture sets', () => {
  it('pairs each question set with its article, and marks a missing article', async () => {
    const root = await mkdtemp(join(tmpdir(), 'fixtures-'));
    await mkdir(join(root, 'qa'));
    await mkdir(join(root, 'articles'));
    await writeFile(join(root, 'qa', 'b.jsonl'), '{"id": "1", "question": "Who?"}\n');
    await writeFile(join(root, 'qa', 'a.jsonl'), '{"id": "1", "question": "What?"}\n');
    await writeFile(join(root, 'qa', 'notes.txt'), 'ignored');
    await writeFile(join(root, 'articles', 'a.txt'), 'An article.');
    const sets = await loadFixtureSets(join(root, 'qa'), join(root, 'articles'));
    expect(sets.map((s) => [s.name, s.article])).toEqual([
      ['a', 'An article.'],
      ['b', undefined],
    ]);
  });

  it('finds none when the folder does not exist', async () => {
    expect(await loadFixtureSets('/nonexistent/qa', '/nonexistent/articles')).toEqual([]);
  });
});
