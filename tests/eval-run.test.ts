import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultEngine, type EngineApi } from '../src/cli/engine-api.js';
import type { Answer, KnowledgeBase, RankedSentence } from '../src/engine.js';
import { formatReport, reportToJson } from '../src/eval/report.js';
import { runEval } from '../src/eval/run.js';

/** A fake engine with known behaviour: ranks by shared words, answers with the best sentence. */
const words = (s: string): string[] => s.toLowerCase().match(/[a-z0-9]{3,}/g) ?? [];
function fakeRank(kb: KnowledgeBase, question: string): RankedSentence[] {
  const q = new Set(words(question));
  return kb.articles
    .flatMap((a) => a.sentences.map((s) => ({ article: a.id, index: s.index, score: words(s.text).filter((w) => q.has(w)).length })))
    .sort((x, y) => y.score - x.score);
}
const fakeEngine: EngineApi = {
  ...defaultEngine,
  rank: fakeRank,
  answer: (kb, question): Answer => {
    const best = fakeRank(kb, question)[0];
    const sentence = best && kb.articles.find((a) => a.id === best.article)?.sentences[best.index];
    const answered = best !== undefined && best.score > 0 && sentence !== undefined;
    return {
      answered,
      answer: answered ? sentence.text : "The article doesn't say.",
      intent: 'what',
      confidence: answered ? 0.5 : 0,
      sources: answered ? [{ article: best.article, index: best.index, text: sentence.text }] : [],
      explanation: { method: answered ? 'fallback' : 'abstain', rule: 'fake', matched: [] },
    };
  },
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eval-run-'));
  await mkdir(join(dir, 'seeds'));
  await mkdir(join(dir, 'qa'));
  await mkdir(join(dir, 'articles'));
  await writeFile(
    join(dir, 'seeds', 'story.txt'),
    'Rebels captured the city of Hama on Thursday.\n\nThe army said it withdrew to spare civilians.\n\nThe weather was cold.\n',
  );
  await writeFile(
    join(dir, 'wikiqa.tsv'),
    [
      'QuestionID\tQuestion\tDocumentID\tDocumentTitle\tSentenceID\tSentence\tLabel',
      'Q1\twhich city was captured\tD1\tWar\tD1-0\tThe weather was cold.\t0',
      'Q1\twhich city was captured\tD1\tWar\tD1-1\tRebels captured the city of Hama.\t1',
      'Q2\twhere is the bridge\tD2\tBridge\tD2-0\tThe tower is tall.\t0',
      'Q2\twhere is the bridge\tD2\tBridge\tD2-1\tThe old bridge is in town.\t0',
      'Q3\twhat pizza topping\tD3\tFood\tD3-0\tBread is baked.\t1',
    ].join('\n'),
  );
  await writeFile(
    join(dir, 'dev.jsonl'),
    [
      '{"id": "a", "question": "Which city did rebels capture?", "expect": "answer", "gold": ["captured the city"], "answer": ["Hama"]}',
      '{"id": "b", "question": "Why did the army withdraw?", "expect": "answer", "gold": ["spare civilians"], "answer": ["spare civilians"]}',
      '{"id": "c", "question": "Best pizza topping?", "expect": "abstain"}',
    ].join('\n'),
  );
  await writeFile(join(dir, 'qa', 'story2.jsonl'), '{"id": "f1", "question": "What was cold?", "gold": ["weather was cold"], "answer": ["weather"]}\n');
  await writeFile(join(dir, 'articles', 'story2.txt'), 'Rebels moved south.\n\nThe weather was cold.\n');
  await writeFile(join(dir, 'qa', 'orphan.jsonl'), '{"id": "o1", "question": "Anything?"}\n');
});

const options = () => ({
  seedsDir: join(dir, 'seeds'),
  wikiqaFile: join(dir, 'wikiqa.tsv'),
  devsetFile: join(dir, 'dev.jsonl'),
  fixtureQaDir: join(dir, 'qa'),
  fixtureArticleDir: join(dir, 'articles'),
  engine: fakeEngine,
});

describe('runEval', () => {
  it('scores our engine on WikiQA: ranking over questions with a correct sentence, triggering over all', async () => {
    const report = await runEval(options());
    expect(report.wikiqa.questions).toBe(3);
    expect(report.wikiqa.withCorrect).toBe(2);
    // Q1: correct sentence first. Q3: the one sentence is correct but shares no word (score 0, still rank 1).
    expect(report.wikiqa.ours.ranking).toEqual({ map: 1, mrr: 1, p1: 1, questions: 2 });
    // Answered Q1 (correct) and Q2 (wrong: no correct sentence); declined Q3.
    expect(report.wikiqa.ours.triggering).toMatchObject({ answered: 2, correct: 1, withCorrect: 2, precision: 0.5, recall: 0.5 });
  });

  it('scores seed-dev for ours and the peer on the same sentences', async () => {
    const report = await runEval(options());
    const ours = report.seedDev.ours;
    expect(ours).toMatchObject({ answerQuestions: 2, abstainQuestions: 1, sentenceAt1: 1, answerHit: 1, abstainCorrect: 1, falseAbstain: 0 });
    const peer = report.seedDev.peer;
    expect(peer.sentenceAt1).toBe(1);
    expect(peer.answerHit).toBeNull();
    expect(peer.ranking.questions).toBe(2);
  });

  it('scores fixture sets against their articles and skips a set without one', async () => {
    const report = await runEval(options());
    expect(report.fixtures.map((f) => f.name)).toEqual(['orphan', 'story2']);
    expect(report.fixtures[0].skipped).toMatch(/orphan\.txt is missing/);
    expect(report.fixtures[1].ours?.sentenceAt1).toBe(1);
    expect(report.fixtures[1].peer?.sentenceAt1).toBe(1);
  });

  it('prints one table with ours, peer and the published references, and JSON with the same figures', async () => {
    const report = await runEval(options());
    const table = formatReport(report);
    expect(table.split('\n')[0]).toMatch(/^metric\s+ours\s+peer\s+published reference$/);
    expect(table).toMatch(/ {2}MAP\s+1\.000\s+\d\.\d{3}\s+word count 0\.489 · IDF-weighted word count 0\.510 · CNN-Cnt 0\.652/);
    expect(table).toContain('~0.32-0.36');
    expect(table).toMatch(/fixtures\/orphan: skipped/);
    expect(table).toMatch(/^time\s+\d+\.\d\ds\s+\d+\.\d\ds\s+total/m);
    const json = JSON.parse(JSON.stringify(reportToJson(report))) as { wikiqa: { ours: { ranking: { map: number } } }; published: unknown };
    expect(json.wikiqa.ours.ranking.map).toBe(1);
    expect(json.published).toBeDefined();
  });

  it('fails clearly when an eval file is missing', async () => {
    await expect(runEval({ ...options(), devsetFile: join(dir, 'nope.jsonl') })).rejects.toThrow(/seed-dev question set .*nope\.jsonl is missing/);
  });
});
