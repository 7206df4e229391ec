import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/engine.js';
import { answerToJson, errorToJson } from '../src/reply/json.js';

const answer: Answer = {
  answered: true,
  answer: 'Hama',
  intent: 'which',
  confidence: 0.9,
  sources: [{ article: 'a.txt', index: 1, text: 'They captured Hama.', caption: false }],
  attribution: 'SANA',
  explanation: { method: 'rule', rule: 'which → event', matched: ['capture'] },
  focus: 'Hama',
};

describe('batch JSON formatter', () => {
  it('prints exactly the contract fields, sources reduced to article/index/text', () => {
    expect(answerToJson('d01', answer)).toEqual({
      id: 'd01',
      answered: true,
      answer: 'Hama',
      intent: 'which',
      confidence: 0.9,
      sources: [{ article: 'a.txt', index: 1, text: 'They captured Hama.' }],
    });
  });

  it('adds the ranking when given, keeping its order', () => {
    const out = answerToJson('x', answer, [
      { index: 1, score: 2.5 },
      { index: 0, score: 0 },
    ]);
    expect(out.ranking).toEqual([
      { index: 1, score: 2.5 },
      { index: 0, score: 0 },
    ]);
  });

  it('never prints NaN or out-of-range numbers', () => {
    const out = answerToJson(null, { ...answer, confidence: Number.NaN }, [{ index: 0, score: -Infinity }]);
    expect(out.confidence).toBe(0);
    expect(out.ranking).toEqual([{ index: 0, score: 0 }]);
    expect(answerToJson(null, { ...answer, confidence: 3 }).confidence).toBe(1);
    // JSON turns NaN/Infinity into null; only the id may be null here.
    expect(JSON.stringify({ ...out, id: 'x' })).not.toContain('null');
  });

  it('shapes an error line', () => {
    expect(errorToJson(7, 'missing "question"')).toEqual({ id: 7, error: 'missing "question"' });
  });
});
