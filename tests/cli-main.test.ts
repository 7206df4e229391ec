import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';

async function run(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  const code = await main(argv, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('cli: usage errors exit 2 with the usage on stderr', () => {
  it.each([
    [[], /no command given/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['ask', 'Who?', '--bogus'], /ask: Unknown option '--bogus'/],
    [['ask'], /ask: give a question/],
    [['answer'], /add --jsonl/],
    [['eval', '--wikiqa'], /eval: Option '--wikiqa <value>' argument missing/],
    [['chat', 'extra'], /chat: unexpected argument "extra"/],
    [['chat', '--seeds='], /--seeds needs a value/],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('usage: npm run -s cli -- <command>');
    expect(r.stdout).toBe('');
  });

  it('prints the usage on stdout for help, exit 0', async () => {
    const r = await run(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('answer --jsonl');
  });
});

describe('cli: seeds problems exit 1 with a message naming the file, no stack trace', () => {
  it('names a missing folder', async () => {
    const r = await run(['ask', 'Who?', '--seeds', '/nonexistent/seeds']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: seeds folder /nonexistent/seeds does not exist\n');
  });

  it('names a bad file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bad-seeds-'));
    await writeFile(join(dir, 'good.txt'), 'Rebels took the town.');
    await writeFile(join(dir, 'empty.txt'), '   \n');
    const r = await run(['chat', '--seeds', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: empty.txt is empty\n');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says clearly when eval data is missing', async () => {
    const r = await run(['eval', '--devset', '/nonexistent/seed-dev.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: seed-dev question set /nonexistent/seed-dev.jsonl is missing\n');
  });
});

describe('cli: eval', () => {
  it('with --json prints one JSON document on stdout and the table on stderr', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval-cli-'));
    await writeFile(
      join(dir, 'w.tsv'),
      'QuestionID\tQuestion\tDocumentID\tDocumentTitle\tSentenceID\tSentence\tLabel\nQ1\twho built the bridge\tD1\tBridge\tD1-0\tThe bridge was built by Ann Lee.\t1\n',
    );
    await writeFile(join(dir, 'd.jsonl'), '{"id": "d1", "question": "Who is leading the offensive?", "expect": "answer", "gold": ["HTS"], "answer": ["HTS"]}\n');
    // One article of one's own instead of the test fixtures.
    await mkdir(join(dir, 'mine', 'qa'), { recursive: true });
    await mkdir(join(dir, 'mine', 'articles'));
    await writeFile(join(dir, 'mine', 'articles', 'kelby-bridge.txt'), 'KELBY — The new footbridge over the River Lune was opened on Monday by the mayor, Ann Lee.\n\nIt cost £2 million.\n');
    await writeFile(join(dir, 'mine', 'qa', 'kelby-bridge.jsonl'), '{"id": "k1", "question": "How much did the bridge cost?", "expect": "answer", "gold": ["It cost £2 million."], "answer": ["£2 million"]}\n');
    const r = await run(['eval', '--wikiqa', join(dir, 'w.tsv'), '--devset', join(dir, 'd.jsonl'), '--fixtures', join(dir, 'mine'), '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { wikiqa: { questions: number }; seedDev: { ours: { answerQuestions: number } }; fixtures: Array<{ name: string }> };
    expect(doc.wikiqa.questions).toBe(1);
    expect(doc.seedDev.ours.answerQuestions).toBe(1);
    expect(doc.fixtures.map((f) => f.name)).toEqual(['kelby-bridge']);
    expect(r.stderr).toMatch(/^metric\s+ours\s+peer\s+published reference/);
  });

  it('says so when --fixtures has no question sets, exit 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval-cli-'));
    const r = await run(['eval', '--fixtures', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has no qa/ folder');
  });
});

describe('cli: ask', () => {
  it('prints a readable reply', async () => {
    const r = await run(['ask', 'Who', 'is', 'leading', 'the', 'offensive?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^(Answer|No answer): /);
    expect(r.stdout).toMatch(/\(confidence \d+%/);
  });

  it('prints one JSON document with --json', async () => {
    const r = await run(['ask', 'Who is leading the offensive?', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(doc).sort()).toEqual(['answer', 'answered', 'confidence', 'id', 'intent', 'sources']);
  });
});

describe('cli: answer --jsonl', () => {
  it('reads stdin and writes one line per question', async () => {
    const r = await run(['answer', '--jsonl', '--ranking'], '{"id": "1", "question": "Q?", "sentences": ["A.", "B."]}\nnope\n');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['1', null]);
    expect(lines[0].ranking).toHaveLength(2);
    expect(r.stderr).toMatch(/answered 1 of 2 lines/);
  });
});
