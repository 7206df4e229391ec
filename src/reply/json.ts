import type { Answer } from '../qa/types.js';

/** The id a batch line carried: echoed back as given, `null` when the line had none or could not be read. */
export type BatchId = string | number | null;

/** A source sentence as the batch contract prints it: nothing beyond these three fields. */
export interface BatchSource {
  article: string;
  index: number;
  text: string;
}

export interface RankingEntry {
  index: number;
  score: number;
}

/** One output line of `answer --jsonl` (see the batch contract in the eval README). */
export interface BatchAnswer {
  id: BatchId;
  answered: boolean;
  answer: string;
  intent: string;
  confidence: number;
  sources: BatchSource[];
  ranking?: RankingEntry[];
}

export interface BatchError {
  id: BatchId;
  error: string;
}

// JSON has no NaN or Infinity: a bad number would otherwise print as `null` and break consumers
// that expect a number.
const finite = (n: number, fallback: number): number => (Number.isFinite(n) ? n : fallback);
const clamp01 = (n: number): number => Math.min(1, Math.max(0, finite(n, 0)));

export function answerToJson(id: BatchId, answer: Answer, ranking?: readonly RankingEntry[]): BatchAnswer {
  const out: BatchAnswer = {
    id,
    answered: answer.answered,
    answer: answer.answer,
    intent: answer.intent,
    confidence: clamp01(answer.confidence),
    sources: answer.sources.map((s) => ({ article: s.article, index: s.index, text: s.text })),
  };
  if (ranking) out.ranking = ranking.map((r) => ({ index: r.index, score: finite(r.score, 0) }));
  return out;
}

export function errorToJson(id: BatchId, message: string): BatchError {
  return { id, error: message };
}
