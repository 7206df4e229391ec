/** The wink-nlp token-cache bound (the million-word figure is in wink-cache.soak.test.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion, KnowledgeStore } from '../src/engine.js';
import { parseArticle } from '../src/article/parse.js';
import { extractFacts } from '../src/facts/extract.js';
import { DEFAULT_MAX_NEW_LEXEMES, nlp, readSentences, readTokens, setTokenCacheLimit, tokenCacheStats } from '../src/nlp/wink.js';

afterEach(() => setTokenCacheLimit(DEFAULT_MAX_NEW_LEXEMES));

let n = 0;
/** Words never seen before: the n-th in bijective base 26 (letters only, all different). */
function newWord(): string {
  let k = n++;
  let s = '';
  do {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return `zq${s}`;
}
const newWords = (count: number): string => Array.from({ length: count }, newWord).join(' ');

describe('wink-nlp token cache bound', () => {
  it('renews the instance once more new words than the bound were learnt, and reads the same afterwards', () => {
    setTokenCacheLimit(200);
    const sentence = 'Insurgents are now five kilometres (three miles) away from Homs, the monitor said.';
    const before = readTokens(sentence);
    const renewals = tokenCacheStats().renewals;
    for (let i = 0; i < 30; i += 1) readTokens(newWords(20));
    const stats = tokenCacheStats();
    expect(stats.renewals - renewals).toBeGreaterThanOrEqual(2);
    expect(stats.learnt).toBeLessThanOrEqual(200 + 20);
    expect(readTokens(sentence)).toEqual(before);
  });

  it('gives the same answers from a renewed instance', async () => {
    const kb = (await KnowledgeStore.open('seeds')).current;
    const questions = ['How far are the insurgents from Homs?', 'Who is quoted?', 'What is the capital of France?'];
    const before = questions.map((q) => answerQuestion(kb, q));
    setTokenCacheLimit(0);
    readTokens(newWords(5));
    const renewals = tokenCacheStats().renewals;
    const after = questions.map((q) => answerQuestion(kb, q));
    expect(tokenCacheStats().renewals).toBeGreaterThan(renewals);
    expect(after).toEqual(before);
  });

  it('without a bound it only grows: every new word is kept', () => {
    setTokenCacheLimit(Number.POSITIVE_INFINITY);
    const start = tokenCacheStats().learnt;
    readTokens(newWords(50));
    expect(tokenCacheStats().learnt - start).toBe(50);
    expect(() => setTokenCacheLimit(-1)).toThrow(RangeError);
    expect(() => setTokenCacheLimit(Number.NaN)).toThrow(RangeError);
  });
});

describe('a question read as one run of tokens', () => {
  it('has the very tokens its sentences have when read one by one, and leaves later reads split', () => {
    const text = 'Who won the final? And when did it start. Dr. Vell said the 4:20 a.m. train left at 5 p.m. on Friday!';
    const flat = readSentences(text).flatMap((s) => s.tokens);
    const shape = (t: { text: string; pos: string; lemma: string; start: number }) => [t.text, t.pos, t.lemma, t.start];
    expect(readTokens(text).map(shape)).toEqual(flat.map(shape));
    expect(readSentences(text).length).toBeGreaterThan(1);
  });
});

describe('a text read after others', () => {
  const words = (text: string): string[] => readSentences(text).flatMap((s) => s.tokens.map((t) => t.text));

  it('is split as it was on its first read, though an earlier text ended a possessive with a full stop', () => {
    const owner = newWord();
    const text = `The ${owner}'s stall sold out by noon.`;
    const first = words(text);
    expect(first).toContain(`${owner}`);
    // wink keeps "x's" whole before a full stop, and would then know the run as a word of its own.
    expect(words(`Everyone queued at the ${owner}'s.`)).toContain(`${owner}'s`);
    expect(words(text)).toEqual(first);
  });

  it('is split as on its first read after a document read through the shared readDoc (the eval’s peer reads so)', () => {
    const owner = newWord();
    const text = `The ${owner}'s stall sold out by noon.`;
    const first = words(text);
    nlp.readDoc(`Everyone queued at the ${owner}'s.`);
    expect(words(text)).toEqual(first);
  });
});

describe('"I’m", which wink keeps whole', () => {
  it('is read as the pronoun it is, not as a proper noun, so a quote opening on it names no one "I’m"', () => {
    const tags = readTokens("\"I'm staying,\" said Ola Tamsett, and I’m told she did.").filter((t) => /^I['’]m$/.test(t.text)).map((t) => t.pos);
    expect(tags).toEqual(['PRON', 'PRON']);
    const names = extractFacts(parseArticle('t.txt', 'date 2026-01-05\n\n"I\'m not moving," said Ola Tamsett, 80.')).flatMap((f) => (f.type === 'name' ? [f.name] : []));
    expect(names).toEqual(['Ola Tamsett']);
  });
});
