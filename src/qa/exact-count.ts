import type { Sentence } from '../article/types.js';
import { readNumber } from '../facts/numbers.js';
import { tokensOfText } from './spans.js';

/**
 * "How many lanterns were lit?" / lead: "More than 300 lanterns were lit on the quay" / body: "In
 * all, 326 lanterns were lit": news rounds a figure in its opening ("more than", "about", "nearly")
 * and gives it as counted further down. A count written plainly that the rounded one bounds is that
 * same figure, told exactly.
 */
export function countsExactlyWhatBounds(bounded: { sentence: Sentence; text: string }, exact: { sentence: Sentence; text: string }): boolean {
  const bound = BOUND.exec(bounded.text);
  if (!bound || BOUND.test(exact.text)) return false;
  const n = valueIn(bounded.sentence, bounded.text);
  const v = valueIn(exact.sentence, exact.text);
  if (n === undefined || v === undefined || n <= 0 || !Number.isInteger(n) || !Number.isInteger(v)) return false;
  // The count lies within one step of the figure's rounding: "more than 40" is 41 to 50, "about
  // 18,400" is 18,350 to 18,450 (a count of 17,960 is some other count, rounded to 18,000).
  const step = roundingStep(n);
  const word = bound[1].toLowerCase().replace(/\s+/g, ' ');
  if (ABOVE.has(word)) return v > n && v <= n + step;
  if (BELOW.has(word)) return v < n && v >= n - step;
  if (word === 'at least') return v >= n && v <= n + step;
  return v !== n && Math.abs(v - n) <= step / 2;
}

/** A figure given round or as a bound. */
const BOUND = /^(more than|over|just over|at least|nearly|almost|just under|about|around|roughly|some|approximately|an estimated)\b/i;
const ABOVE: ReadonlySet<string> = new Set(['more than', 'over', 'just over']);
const BELOW: ReadonlySet<string> = new Set(['nearly', 'almost', 'just under']);

/** The place of a figure's last written digit: 10 for 40, 100 for 18,400, 1 for 47. */
function roundingStep(n: number): number {
  let step = 1;
  while (n % (step * 10) === 0) step *= 10;
  return step;
}

/** The first number a phrase of the sentence writes ("More than four thousand people" → 4000). */
function valueIn(sentence: Sentence, text: string): number | undefined {
  const span = tokensOfText(sentence, text);
  if (!span) return undefined;
  for (let i = span.first; i <= span.last; i += 1) {
    const read = readNumber(sentence.tokens, i);
    if (read) return read.value ?? undefined;
  }
  return undefined;
}
