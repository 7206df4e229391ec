/**
 * Soak (`npm run test:soak`): 1,000,000 unique random words through answerQuestion. wink-nlp keeps
 * every new word for good; with the bound in src/nlp/wink.ts, RSS grows less than 64 MB and the
 * answers to the seed-dev questions are the same before and after. Figures are printed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerQuestion, Conversation, KnowledgeStore, type Answer } from '../src/engine.js';
import { tokenCacheStats } from '../src/nlp/wink.js';

const TOKENS = 1_000_000;
const WORDS_PER_QUESTION = 20;
const LIMIT_MB = 64;

interface DevQuestion {
  id: string;
  question: string;
  context?: string[];
}
const dev = readFileSync('../shared/eval/seed-dev.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as DevQuestion);

/** Letters only, all different: the n-th word in bijective base 26, so no two questions share a word. */
function word(n: number): string {
  let k = n;
  let s = '';
  do {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return `q${s}`;
}

const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with --expose-gc (npm run test:soak does)');
  for (let i = 0; i < 3; i += 1) collect();
};
const rssMB = (): number => process.memoryUsage().rss / 2 ** 20;
const essence = (a: Answer) => ({ answered: a.answered, answer: a.answer, intent: a.intent, confidence: a.confidence, sources: a.sources.map((s) => `${s.article}#${s.index}`) });

describe('wink-nlp token cache under a stream of new words', () => {
  it(`${TOKENS.toLocaleString('en')} unique words: RSS grows < ${LIMIT_MB} MB, answers unchanged`, async () => {
    const kb = (await KnowledgeStore.open('seeds')).current;
    const answerAll = () =>
      dev.map((q) => {
        const conversation = new Conversation();
        for (const earlier of q.context ?? []) answerQuestion(kb, earlier, conversation);
        return essence(answerQuestion(kb, q.question, conversation));
      });
    const before = answerAll();
    gc();
    const rssBefore = rssMB();
    const renewalsBefore = tokenCacheStats().renewals;
    const started = performance.now();
    let n = 0;
    let peak = rssBefore;
    while (n < TOKENS) {
      const words = Array.from({ length: WORDS_PER_QUESTION }, () => word(n++));
      answerQuestion(kb, `What did ${words.join(' ')} say?`);
      if (n % 100_000 === 0) peak = Math.max(peak, rssMB());
    }
    const seconds = (performance.now() - started) / 1000;
    gc();
    const rssAfter = rssMB();
    const after = answerAll();
    const stats = tokenCacheStats();
    const figures = {
      tokens: n,
      questions: n / WORDS_PER_QUESTION,
      seconds: +seconds.toFixed(1),
      rssBeforeMB: +rssBefore.toFixed(1),
      rssAfterMB: +rssAfter.toFixed(1),
      growthMB: +(rssAfter - rssBefore).toFixed(1),
      peakMB: +peak.toFixed(1),
      renewals: stats.renewals - renewalsBefore,
      learntNow: stats.learnt,
      bound: stats.maxNewLexemes,
      devQuestions: dev.length,
    };
    console.log(`soak figures: ${JSON.stringify(figures)}`);
    expect(n).toBe(TOKENS);
    expect(figures.renewals).toBeGreaterThan(0);
    expect(stats.learnt).toBeLessThanOrEqual(stats.maxNewLexemes + 2 * WORDS_PER_QUESTION + 10);
    expect(rssAfter - rssBefore).toBeLessThan(LIMIT_MB);
    expect(after).toEqual(before);
  });
});
