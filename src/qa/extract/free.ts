import type { Token } from '../../nlp/token.js';
import { isClauseEnd } from '../spans.js';
import { rateOf } from './quantities.js';
import type { Ctx, Extraction } from './context.js';

const FREE_OF_CHARGE = 'quantity(free of charge)';

/**
 * "How much does the lantern tour cost?" / "A free lantern tour leaves the quay at dusk": a thing
 * the article calls free costs nothing, which answers what it costs or what one pays for it. The
 * "free" must be the asked thing's: written before a phrase holding a word of the question ("the
 * free lantern tour", "free to members" for "what do members pay?"), or said of a subject holding
 * one ("entry to the tour is free"). ("Under-fives go free" says nothing of what adults pay.)
 */
export function freeOfCharge(ctx: Ctx): Extraction | null {
  // ("How much will the free school meals cost the council?" names the free thing: its cost to another is asked.)
  if (FREE_WORD.test(ctx.q.text)) return null;
  // ("How much does the free club cost each year?" asks what it runs at: free to its users says nothing of that.)
  if (rateOf(ctx.q.text) !== undefined) return null;
  const tokens = ctx.sentence.tokens;
  for (let k = 0; k < tokens.length; k += 1) {
    if (tokens[k].norm !== 'free' || tokens[k - 1]?.text === '-' || tokens[k + 1]?.text === '-') continue;
    if (freeForAsked(ctx, k)) return { text: 'free', type: 'money', how: FREE_OF_CHARGE, strength: 1, tied: true };
  }
  return null;
}

/**
 * Whether the "free" at `k` is the asked thing's. Who gets it free, when named ("free of charge for
 * ticket holders"), decides alone: "how much will the flights cost the taxpayer?" is not answered
 * by flights free to their passengers.
 */
function freeForAsked(ctx: Ctx, k: number): boolean {
  const tokens = ctx.sentence.tokens;
  const after = tokens[k + 1]?.norm === 'of' && tokens[k + 2]?.norm === 'charge' ? k + 3 : k + 1;
  if (tokens[after]?.norm === 'to' || tokens[after]?.norm === 'for') return phraseAsked(ctx, after + 1);
  return phraseAsked(ctx, after) || (BE.has(tokens[k - 1]?.norm ?? '') && subjectAsked(ctx, k - 1));
}

const FREE_WORD = /\bfree\b/i;
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be']);
/** Words of the phrase "free" leads into: "free guided walks", "free to local clubs" (tagged loosely: "guided" may read as a verb). */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB']);
const PHRASE_REACH = 6;

/** Whether the phrase from `from` ("guided walks", "local clubs") holds a word of the question. */
function phraseAsked(ctx: Ctx, from: number): boolean {
  const tokens = ctx.sentence.tokens;
  let k = from;
  for (const end = k + PHRASE_REACH; k < end && k < tokens.length && PHRASE_TAGS.has(tokens[k].pos); k += 1) if (asked(ctx, k)) return true;
  return false;
}

/** Whether the clause before the verb at `verb` ("Entry to the tour is") holds a word of the question. */
function subjectAsked(ctx: Ctx, verb: number): boolean {
  const tokens: readonly Token[] = ctx.sentence.tokens;
  for (let k = verb - 1; k >= 0 && !isClauseEnd(tokens[k]); k -= 1) if (asked(ctx, k)) return true;
  return false;
}

/** Whether the word at `k` is a content word of the question (not a cue such as "cost" or "pay"). */
const asked = (ctx: Ctx, k: number): boolean => {
  const term = ctx.m.doc.terms[k];
  return term !== null && ctx.q.terms.some((t) => !t.isCue && t.term === term);
};
