/**
 * Answer-selection metrics, pure functions over scored candidates. Ties are broken
 * pessimistically: a correct sentence ranks below every incorrect one with an equal score, so a
 * ranker that gives everything the same score earns nothing for it.
 */
export interface Candidate {
  score: number;
  correct: boolean;
}

const comparable = (score: number): number => (Number.isNaN(score) ? -Infinity : score);

/** Best first; on equal scores incorrect before correct (the pessimistic order). */
export function pessimisticOrder(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort((a, b) => {
    const d = comparable(b.score) - comparable(a.score);
    if (d !== 0 && !Number.isNaN(d)) return d;
    return Number(a.correct) - Number(b.correct);
  });
}

/** 1-based ranks of the correct candidates in pessimistic order. */
function correctRanks(candidates: readonly Candidate[]): number[] {
  const ranks: number[] = [];
  pessimisticOrder(candidates).forEach((c, i) => {
    if (c.correct) ranks.push(i + 1);
  });
  return ranks;
}

/** Mean of precision at each correct candidate's rank; 0 when there is no correct candidate. */
export function averagePrecision(candidates: readonly Candidate[]): number {
  const ranks = correctRanks(candidates);
  if (ranks.length === 0) return 0;
  return ranks.reduce((sum, rank, k) => sum + (k + 1) / rank, 0) / ranks.length;
}

export function reciprocalRank(candidates: readonly Candidate[]): number {
  const first = correctRanks(candidates)[0];
  return first === undefined ? 0 : 1 / first;
}

export function precisionAt1(candidates: readonly Candidate[]): number {
  return correctRanks(candidates)[0] === 1 ? 1 : 0;
}

export interface RankingScores {
  map: number;
  mrr: number;
  p1: number;
  /** Questions scored: those with at least one correct candidate. */
  questions: number;
}

/** MAP, MRR and P@1 over the questions that have at least one correct candidate. */
export function rankingScores(questions: readonly (readonly Candidate[])[]): RankingScores {
  const scored = questions.filter((q) => q.some((c) => c.correct));
  const mean = (f: (q: readonly Candidate[]) => number): number =>
    scored.length === 0 ? 0 : scored.reduce((s, q) => s + f(q), 0) / scored.length;
  return { map: mean(averagePrecision), mrr: mean(reciprocalRank), p1: mean(precisionAt1), questions: scored.length };
}

export interface TriggerOutcome {
  /** The system gave an answer (did not abstain). */
  answered: boolean;
  /** Its first source is a correct sentence. */
  firstSourceCorrect: boolean;
  /** The question has at least one correct sentence. */
  hasCorrect: boolean;
}

export interface TriggerScores {
  precision: number;
  recall: number;
  f1: number;
  total: number;
  answered: number;
  correct: number;
  withCorrect: number;
}

/**
 * Answer triggering over all questions: precision = correctly answered / answered, recall =
 * correctly answered / questions with a correct sentence.
 */
export function answerTriggering(outcomes: readonly TriggerOutcome[]): TriggerScores {
  const answered = outcomes.filter((o) => o.answered).length;
  const correct = outcomes.filter((o) => o.answered && o.firstSourceCorrect && o.hasCorrect).length;
  const withCorrect = outcomes.filter((o) => o.hasCorrect).length;
  const precision = ratio(correct, answered);
  const recall = ratio(correct, withCorrect);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, total: outcomes.length, answered, correct, withCorrect };
}

/** n / d, 0 for an empty denominator (an empty set scores 0 rather than NaN in tables and JSON). */
export function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}
