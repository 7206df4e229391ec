import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { onceSeeds, rankingForArticle, runBatch, type BatchOptions } from '../src/cli/batch.js';
import { defaultEngine, type EngineApi } from '../src/cli/engine-api.js';
import { loadKnowledgeBase, knowledgeBaseFromSentences, type Answer, type KnowledgeBase } from '../src/engine.js';

const SEEDS = 'seeds';

type Out = Record<string, unknown> & { id: unknown };

async function batch(lines: string[], options: Partial<BatchOptions> = {}): Promise<{ out: Out[]; raw: string; log: string[] }> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const log: string[] = [];
  await runBatch(Readable.from([lines.join('\n')]), output, {
    seeds: onceSeeds(() => loadKnowledgeBase(SEEDS)),
    log: (m) => log.push(m),
    ...options,
  });
  output.end();
  const raw = chunks.join('');
  return { out: raw.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Out), raw, log };
}

const answerOf = (partial: Partial<Answer>): Answer => ({
  answered: true,
  answer: 'x',
  intent: 'what',
  confidence: 0.5,
  sources: [],
  explanation: { method: 'rule', rule: 'test', matched: [] },
  ...partial,
});

/** Records what it was asked, in which conversation, so the plumbing can be checked exactly. */
function recordingEngine(): { engine: EngineApi; calls: { question: string; earlier: string[]; kb: KnowledgeBase }[] } {
  const calls: { question: string; earlier: string[]; kb: KnowledgeBase }[] = [];
  const engine: EngineApi = {
    ...defaultEngine,
    answer: (kb, question, conversation) => {
      const earlier = conversation ? conversation.turns.map((t) => t.question) : [];
      calls.push({ question, earlier, kb });
      const s = kb.articles[0].sentences[kb.articles[0].sentences.length - 1];
      const answer = answerOf({ answer: `${question} after [${earlier.join(' | ')}]`, sources: [{ article: kb.articles[0].id, index: s.index, text: s.text }] });
      conversation?.remember(question, answer);
      return answer;
    },
  };
  return { engine, calls };
}

describe('batch contract (in-process)', () => {
  it('answers `sentences` input against that list: indices are list positions, ranking covers every sentence', async () => {
    const sentences = ['Paris is the capital of France.', 'The Eiffel Tower is 330 metres tall.', 'It opened in 1889.', 'Millions visit it every year.'];
    const { out } = await batch([JSON.stringify({ id: 'q1', question: 'How tall is the Eiffel Tower?', sentences, title: 'Eiffel Tower' })], { ranking: true });
    expect(out).toHaveLength(1);
    const line = out[0];
    expect(Object.keys(line).sort()).toEqual(['answer', 'answered', 'confidence', 'id', 'intent', 'ranking', 'sources'].sort());
    expect(line.id).toBe('q1');
    const ranking = line.ranking as { index: number; score: number }[];
    expect(ranking.map((r) => r.index).sort()).toEqual([0, 1, 2, 3]);
    for (const r of ranking) expect(typeof r.score).toBe('number');
    for (const s of line.sources as { article: string; index: number; text: string }[]) {
      expect(Object.keys(s).sort()).toEqual(['article', 'index', 'text']);
      expect(s.text).toBe(sentences[s.index]);
    }
    expect(typeof line.answered).toBe('boolean');
    expect(line.confidence).toBeGreaterThanOrEqual(0);
    expect(line.confidence).toBeLessThanOrEqual(1);
  });

  it('keeps each `sentences` item as one sentence, even when it holds two', async () => {
    const { engine, calls } = recordingEngine();
    const { out } = await batch([JSON.stringify({ id: 1, question: 'Q?', sentences: ['One. Two.', 'Three.'] })], { engine });
    expect(calls[0].kb.articles[0].sentences.map((s) => s.text)).toEqual(['One. Two.', 'Three.']);
    expect(out[0].sources).toEqual([{ article: 'input', index: 1, text: 'Three.' }]);
    expect(out[0].id).toBe(1);
  });

  it('answers `article` input against that text alone, with its title as metadata', async () => {
    const { engine, calls } = recordingEngine();
    const article = 'Rebels took the town on Friday.\n\nThe army left the town at night.';
    const { out } = await batch([JSON.stringify({ id: 'a1', question: 'Who took the town?', article, title: 'Town falls' })], { engine, ranking: true });
    const kb = calls[0].kb;
    expect(kb.articles).toHaveLength(1);
    expect(kb.articles[0].meta.title).toBe('Town falls');
    expect(kb.articles[0].sentences.map((s) => s.text)).toEqual(['Rebels took the town on Friday.', 'The army left the town at night.']);
    expect((out[0].ranking as unknown[]).length).toBe(2);
  });

  it('asks `context` questions first in one fresh conversation per line, and prints only the question', async () => {
    const { engine, calls } = recordingEngine();
    const { out } = await batch(
      [
        JSON.stringify({ id: 'f1', question: 'What did he say?', context: ['Who is the chief?', 'Where is he?'], sentences: ['A.', 'B.'] }),
        JSON.stringify({ id: 'f2', question: 'And then?', sentences: ['A.', 'B.'] }),
      ],
      { engine },
    );
    expect(calls.map((c) => [c.question, c.earlier])).toEqual([
      ['Who is the chief?', []],
      ['Where is he?', ['Who is the chief?']],
      ['What did he say?', ['Who is the chief?', 'Where is he?']],
      ['And then?', []],
    ]);
    expect(out.map((o) => [o.id, o.answer])).toEqual([
      ['f1', 'What did he say? after [Who is the chief? | Where is he?]'],
      ['f2', 'And then? after []'],
    ]);
  });

  it('answers against the seeds when no text is given, loading them once', async () => {
    let loads = 0;
    const seeds = onceSeeds(() => {
      loads += 1;
      return loadKnowledgeBase(SEEDS);
    });
    const { out } = await batch(
      [JSON.stringify({ id: 's1', question: 'Who is leading the offensive?' }), JSON.stringify({ id: 's2', question: 'What happened?' })],
      { seeds, ranking: true },
    );
    expect(loads).toBe(1);
    const kb = await seeds();
    const article = kb.articles[0];
    for (const line of out) {
      const ranking = line.ranking as { index: number }[];
      expect(ranking.map((r) => r.index).sort((a, b) => a - b)).toEqual(article.sentences.map((s) => s.index));
    }
  });

  it('turns a bad line into an error line and answers the next one, in order', async () => {
    const { out, log } = await batch(
      [
        '{"id": "ok1", "question": "First?", "sentences": ["A."]}',
        '{not json',
        '',
        '   ',
        '{"id": "m1"}',
        '{"id": "t1", "question": 42}',
        '{"id": "t2", "question": "Q?", "context": "not a list"}',
        '{"id": "t3", "question": "Q?", "sentences": []}',
        '{"id": "t4", "question": "Q?", "sentences": ["A."], "article": "B."}',
        '["an array"]',
        '{"id": "ok2", "question": "Last?", "sentences": ["A."]}',
      ],
      { engine: recordingEngine().engine },
    );
    expect(out.map((o) => o.id)).toEqual(['ok1', null, 'm1', 't1', 't2', 't3', 't4', null, 'ok2']);
    expect(out[1].error).toMatch(/not valid JSON/);
    expect(out[2].error).toBe('missing "question"');
    expect(out[3].error).toBe('"question" must be a string');
    expect(out[4].error).toBe('"context" must be a list of strings');
    expect(out[5].error).toBe('"sentences" is empty');
    expect(out[6].error).toMatch(/not both/);
    expect(out[7].error).toMatch(/JSON object/);
    expect(out[8]).toMatchObject({ answered: true });
    expect(out[0]).not.toHaveProperty('error');
    expect(log.length).toBeGreaterThanOrEqual(7);
  });

  it('reports a seeds folder that cannot be loaded on each line that needs it, and still answers inline lines', async () => {
    const { out, log } = await batch(
      [
        '{"id": "s", "question": "Q?"}',
        '{"id": "i", "question": "Q?", "sentences": ["A."]}',
        '{"id": "s2", "question": "Q?"}',
      ],
      { seeds: onceSeeds(() => loadKnowledgeBase('/nonexistent/seeds')), engine: recordingEngine().engine },
    );
    expect(out[0].error).toMatch(/cannot load seeds: seeds folder \/nonexistent\/seeds does not exist/);
    expect(out[1]).toMatchObject({ id: 'i', answered: true });
    expect(out[2].error).toMatch(/cannot load seeds/);
    expect(log.filter((l) => l.includes('cannot load seeds'))).toHaveLength(1);
  });

  it('turns an engine failure on one line into an error line', async () => {
    const engine: EngineApi = {
      ...defaultEngine,
      answer: (kb, question) => {
        if (question === 'boom') throw new Error('kaput');
        return answerOf({});
      },
    };
    const { out } = await batch(['{"id": 1, "question": "boom", "sentences": ["A."]}', '{"id": 2, "question": "fine", "sentences": ["A."]}'], { engine });
    expect(out[0]).toEqual({ id: 1, error: 'internal error answering this question: kaput' });
    expect(out[1]).toMatchObject({ id: 2, answered: true });
  });

  it('streams: answers a line before the input has ended', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const { engine } = recordingEngine();
    const done = runBatch(input, output, { seeds: () => Promise.reject(new Error('unused')), engine });
    const first = new Promise<string>((resolve) => output.once('data', (c: Buffer) => resolve(c.toString('utf8'))));
    input.write('{"id": "early", "question": "Q?", "sentences": ["A."]}\n');
    expect(JSON.parse(await first)).toMatchObject({ id: 'early' });
    input.end();
    await done;
  });
});

describe('rankingForArticle', () => {
  const kb = knowledgeBaseFromSentences('doc', ['A.', 'B.', 'C.']);
  it('fills in sentences the ranker left out, after the others', () => {
    const r = rankingForArticle(kb, [{ article: 'doc', index: 2, score: 1.5 }, { article: 'other', index: 0, score: 9 }], answerOf({ sources: [{ article: 'doc', index: 2, text: 'C.' }] }));
    expect(r).toEqual([
      { index: 2, score: 1.5 },
      { index: 0, score: 0 },
      { index: 1, score: 0 },
    ]);
  });
});
