import type { Token } from '../../nlp/token.js';
import type { QuestionAnalysis } from '../analyze.js';
import { memoKey } from '../memo.js';
import { clauseFrom, tidyAnswer } from '../spans.js';
import type { Ctx, Extraction } from './context.js';

/**
 * "Why was she at the mill that evening?": a question of why someone was at a place, which asks
 * no act at all, only their being there: "was", then the one asked of (no verb: "why was play
 * halted at the start" asks of an act), then "at" or "in" a place.
 */
export function asksPresence(q: QuestionAnalysis): boolean {
  let asks = q.memo.get(ASKS_PRESENCE);
  if (asks === undefined) q.memo.set(ASKS_PRESENCE, (asks = presenceAsked(q.tokens)));
  return asks;
}

function presenceAsked(tokens: readonly Token[]): boolean {
  if (tokens[0]?.norm !== 'why' || !BEING.has(tokens[1]?.norm ?? '')) return false;
  for (let k = 2; k < tokens.length && k <= PRESENT_ONE_WORDS + 2; k += 1) {
    if (PLACE_PREPOSITIONS.has(tokens[k].norm)) return k > 2;
    if (!ONE_ASKED_OF.has(tokens[k].pos)) return false;
  }
  return false;
}

const ASKS_PRESENCE = memoKey<boolean>('whether a why-question asks why someone was at a place');
const BEING: ReadonlySet<string> = new Set(['was', 'were']);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'inside']);
/** The words that may name the one asked of: "she", "the warden", "the two boys". */
const ONE_ASKED_OF: ReadonlySet<string> = new Set(['PRON', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ']);
const PRESENT_ONE_WORDS = 4;

/**
 * News tells why someone was at a place by the errand that took them there: "the warden, who had
 * gone in to lock the gates", "when he arrived to sweep the yard". The position of the "to" after
 * a verb of going (and an adverb of where, if any) whose infinitive follows, or -1.
 */
export function errandAt(tokens: readonly Token[]): number {
  for (let k = 0; k + 2 < tokens.length; k += 1) {
    if (tokens[k].pos !== 'VERB' || !GOING.has(tokens[k].lemma)) continue;
    const to = WHERE_TO.has(tokens[k + 1].norm) ? k + 2 : k + 1;
    const verb = tokens[to + 1];
    if (tokens[to]?.norm === 'to' && verb?.pos === 'VERB' && verb.norm === verb.lemma && verb.lemma !== 'be') return to;
  }
  return -1;
}

/** "Why was she at the mill?" / "… who had gone in to lock the gates": the errand that took her there. */
export function errand(ctx: Ctx): Extraction | null {
  const to = errandAt(ctx.sentence.tokens);
  const text = to < 0 ? '' : tidyAnswer(clauseFrom(ctx.sentence, to, ERRAND_WORDS));
  return text ? { text, type: 'reason', how: ERRAND, strength: 1 } : null;
}

/** Verbs by which someone goes to a place. */
const GOING: ReadonlySet<string> = new Set(['go', 'come', 'arrive', 'call', 'pop', 'drop', 'head', 'walk', 'drive', 'stop', 'return']);
/** Adverbs of where that may stand between the verb of going and its errand ("gone in to", "came round to"). */
const WHERE_TO: ReadonlySet<string> = new Set(['in', 'inside', 'there', 'round', 'over', 'down', 'along', 'out', 'back', 'up', 'by', 'home']);
const ERRAND_WORDS = 16;
export const ERRAND = 'the errand that took them there';
