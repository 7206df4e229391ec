import type { Fact } from '../facts/types.js';
import type { QuestionAnalysis } from './analyze.js';
import type { Ctx, Extraction } from './extract/context.js';

/**
 * "How long was the ferry out of service?", "how long since the fair was last held?": the question
 * asks how long something stopped or was away, which news tells only from its end ("the fair returns
 * for the first time in nine years", "the ferry sails again, two years after a fire forced it off
 * the water"), in a sentence sharing few words with the question.
 */
export const asksGap = (q: QuestionAnalysis): boolean => q.rule === 'how-long' && GAP_ASKED.test(q.text);
const GAP_ASKED = /\bhow long\b.*\b(?:since|been (?:shut|closed|missing|empty|without|away|gone|lost)|(?:was|were|is|are) (?:[\w'’-]+ ){0,4}?(?:shut|closed|missing|empty|lost|away|gone)\b)/i;

/** "for the first time in nine years": the length runs up to the return the sentence tells. */
const FIRST_TIME_IN = /\bfor the first time in\s+(?:almost|nearly|more than|over|just over|just under)?\s*$/i;
/** "two years after a fire": a length told back from the sentence's act, which must be a return. */
const LENGTH_AFTER = /^(.*\S)\s+after$/i;
const RETURN_TOLD = /\b(?:reopen\w*|return\w*|resum\w*|back|again|restor\w*)\b/i;

const HEDGE_BEFORE = /\b(almost|nearly|about|around|more than|over|just over|just under|some)\s+$/i;

export const GAP_LENGTH = 'quantity(length of a gap)';

/** The length in `f` a sentence tells as a gap ended by a return, as the answer writes it. */
export function gapLengthOf(text: string, f: Fact): string | undefined {
  if (f.type !== 'quantity' && f.type !== 'time') return undefined;
  const at = text.indexOf(f.text);
  if (at < 0) return undefined;
  if (f.kind === 'duration' && FIRST_TIME_IN.test(text.slice(0, at))) return f.text;
  const back = f.kind === 'relative' ? LENGTH_AFTER.exec(f.text) : null;
  if (!back || !RETURN_TOLD.test(text)) return undefined;
  // ("almost two years after": the hedge before the length is the answer's.)
  const hedge = HEDGE_BEFORE.exec(text.slice(0, at))?.[1];
  return hedge ? `${hedge} ${back[1]}` : back[1];
}

/** The gap a sentence tells, for a question asking how long something stopped. */
export function gapLength(ctx: Ctx): Extraction | null {
  if (!asksGap(ctx.q)) return null;
  for (const f of ctx.facts) {
    const text = gapLengthOf(ctx.sentence.text, f);
    if (text !== undefined) return { text, type: 'duration', how: GAP_LENGTH, strength: 1, tied: true };
  }
  return null;
}
