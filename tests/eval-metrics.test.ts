import { describe, expect, it } from 'vitest';
import {
  answerTriggering,
  averagePrecision,
  pessimisticOrder,
  precisionAt1,
  rankingScores,
  ratio,
  reciprocalRank,
  type Candidate,
} from '../src/eval/metrics.js';

const c = (score: number, correct = false): Candidate => ({ score, correct });

describe('ranking metrics with pessimistic ties', () => {
  it('scores a perfect ranking 1', () => {
    const q = [c(3, true), c(2), c(1)];
    expect(averagePrecision(q)).toBe(1);
    expect(reciprocalRank(q)).toBe(1);
    expect(precisionAt1(q)).toBe(1);
  });

  it('ranks a correct sentence below incorrect ones with an equal score', () => {
    const q = [c(1, true), c(1), c(1)];
    expect(pessimisticOrder(q).map((x) => x.correct)).toEqual([false, false, true]);
    expect(reciprocalRank(q)).toBeCloseTo(1 / 3);
    expect(precisionAt1(q)).toBe(0);
    expect(averagePrecision(q)).toBeCloseTo(1 / 3);
  });

  it('ignores input order: only scores and ties decide', () => {
    const a = [c(0.5), c(0.9, true), c(0.5, true), c(0.1)];
    const b = [c(0.5, true), c(0.1), c(0.5), c(0.9, true)];
    // ranks of correct: 1 and 3 (the tied 0.5 correct after the tied 0.5 incorrect)
    expect(averagePrecision(a)).toBeCloseTo((1 / 1 + 2 / 3) / 2);
    expect(averagePrecision(b)).toBeCloseTo(averagePrecision(a));
  });

  it('computes AP over several correct sentences', () => {
    // order: wrong, right, wrong, right -> (1/2 + 2/4) / 2 = 0.5
    const q = [c(4), c(3, true), c(2), c(1, true)];
    expect(averagePrecision(q)).toBeCloseTo(0.5);
    expect(reciprocalRank(q)).toBeCloseTo(0.5);
  });

  it('treats NaN and -Infinity as the lowest scores', () => {
    const q = [c(Number.NaN, true), c(-Infinity), c(0)];
    expect(reciprocalRank(q)).toBeCloseTo(1 / 3);
  });

  it('averages only over questions with a correct sentence', () => {
    const scores = rankingScores([[c(2, true), c(1)], [c(2), c(1, true)], [c(1), c(0)]]);
    expect(scores.questions).toBe(2);
    expect(scores.map).toBeCloseTo(0.75);
    expect(scores.mrr).toBeCloseTo(0.75);
    expect(scores.p1).toBeCloseTo(0.5);
  });

  it('gives 0, not NaN, for an empty set', () => {
    expect(rankingScores([])).toEqual({ map: 0, mrr: 0, p1: 0, questions: 0 });
    expect(ratio(3, 0)).toBe(0);
  });
});

describe('answer triggering', () => {
  it('computes precision over answered and recall over questions with a correct sentence', () => {
    const s = answerTriggering([
      { answered: true, firstSourceCorrect: true, hasCorrect: true },
      { answered: true, firstSourceCorrect: false, hasCorrect: true },
      { answered: true, firstSourceCorrect: false, hasCorrect: false },
      { answered: false, firstSourceCorrect: false, hasCorrect: true },
      { answered: false, firstSourceCorrect: false, hasCorrect: false },
    ]);
    expect(s).toMatchObject({ total: 5, answered: 3, correct: 1, withCorrect: 3 });
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.f1).toBeCloseTo(1 / 3);
  });

  it('does not count an abstention as correct even if its first source would be', () => {
    const s = answerTriggering([{ answered: false, firstSourceCorrect: true, hasCorrect: true }]);
    expect(s.correct).toBe(0);
    expect(s.f1).toBe(0);
  });

  it('gives F1 as the harmonic mean', () => {
    const s = answerTriggering([
      { answered: true, firstSourceCorrect: true, hasCorrect: true },
      { answered: false, firstSourceCorrect: false, hasCorrect: true },
    ]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
  });
});
