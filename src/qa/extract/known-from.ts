/**
 * How someone came to know a thing: "the drivers heard through a notice on the gate", "she learned of the sale from a
 * text", "I only recognised it because I had seen one on a poster", "it was only because my cousin
 * works there that I heard". News tells the source or the reason close behind the verb of knowing,
 * or, in a cleft, before it.
 */
import type { Sentence } from '../../article/types.js';
import type { Token } from '../../nlp/token.js';
import { clauseFrom, isClauseEnd, tidyAnswer } from '../spans.js';
import type { QuestionAnalysis } from '../analyze.js';
import type { Ctx, Extraction } from './context.js';

/** "How did staff hear about it?", "how did he know it was a fake?", "how did they find out?". */
export const ASKS_KNOWING = /\bhow\b.*\b(?:f(?:i|ou)nd(?:s|ing)? out|hear(?:s|d|ing)?|learn(?:s|ed|t|ing)?|kn[eo]w|reali[sz](?:e|es|ed|ing)|figure[ds]? out|recogni[sz](?:e|es|ed|ing))\b/i;

const KNOWING = '(?:found out|heard|learned|learnt|discovered|reali[sz]ed|knew|recogni[sz]ed)';

/** The source or reason after the verb of knowing, with at most a few words of what was known between. */
const KNOWN_BY = new RegExp(`\\b${KNOWING}\\b[^,;:!?"“”]{0,30}?\\b(?:only )?(from|through|via|because|thanks to|when|after)\\s`, 'i');

/** "It was only because X that I found out": the reason before the verb of knowing. */
const ONLY_BECAUSE = new RegExp(`\\bonly because\\s+([^,;:!?]+?)\\s+that\\s+\\w+\\s+(?:\\w+\\s+)?${KNOWING}\\b`, 'i');

/** "We knew from day one", "heard from the start": a "from" of time says when, not how. */
const FROM_A_TIME = /^(?:day\b|the (?:start|outset|beginning|first)\b|\d|birth\b|childhood\b)/i;

/** Connectors whose own word belongs in the answer ("through a notice"); a reason's "because" does not. */
const KEPT_CONNECTORS: ReadonlySet<string> = new Set(['from', 'through', 'via']);

const KNOWN_WORDS = 14;

/** How the sentence says someone came to know: the answer, and the character span of what was known, between the verb and the source. */
interface KnownBy {
  answer: string;
  known: { from: number; to: number };
}

/** How the sentence says someone came to know a thing, or undefined. */
function knownByOf(sentence: Sentence): KnownBy | undefined {
  const { text, tokens } = sentence;
  const cleft = ONLY_BECAUSE.exec(text);
  if (cleft) {
    const at = cleft.index + cleft[0].indexOf(cleft[1]);
    const answer = tidyAnswer(text.slice(at, at + cleft[1].length));
    return answer ? { answer, known: { from: 0, to: 0 } } : undefined;
  }
  const m = KNOWN_BY.exec(text);
  if (!m) return undefined;
  const connector = m[1].toLowerCase();
  const after = m.index + m[0].length;
  if (connector === 'from' && FROM_A_TIME.test(text.slice(after))) return undefined;
  const at = tokens.findIndex((t) => t.start >= (KEPT_CONNECTORS.has(connector) ? after - m[1].length - 1 : after));
  // ("found out after the meeting" tells when: "after" and "when" say how only before a clause.)
  if (at < 0 || ((connector === 'when' || connector === 'after') && !verbBeforeClauseEnd(tokens, at))) return undefined;
  const answer = tidyAnswer(clauseFrom(sentence, at, KNOWN_WORDS));
  const verbEnd = m.index + (KNOWING_AT.exec(m[0])?.[0].length ?? 0);
  return answer ? { answer, known: { from: verbEnd, to: after - m[1].length - 1 } } : undefined;
}

const KNOWING_AT = new RegExp(`^${KNOWING}`, 'i');

function verbBeforeClauseEnd(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k - at <= KNOWN_WORDS && (k === at || !isClauseEnd(tokens[k])); k += 1) if (tokens[k].pos === 'VERB') return true;
  return false;
}

/** Whether the sentence tells how someone came to know a thing. */
export function tellsKnownBy(sentence: Sentence): boolean {
  return knownByOf(sentence) !== undefined;
}

/**
 * "How did the drivers find out about the sale?" / "We heard through a notice on the gate": the source behind
 * the knowing. Not where the question names what was known and the sentence says it in words the
 * question does not share ("how did they find out about the leak?" / "she found out she had won
 * from a phone call"): that is another thing learned, and the sentence says nothing of the asked one.
 */
export function knownBy(ctx: Ctx, how: string): Extraction | null {
  if (!ASKS_KNOWING.test(ctx.q.text)) return null;
  const found = knownByOf(ctx.sentence);
  if (!found) return null;
  const other = namesWhatWasKnown(ctx.q) && knowsOtherThing(ctx, found.known);
  return { text: found.answer, type: 'description', how, strength: other ? OTHER_THING_KNOWN : 1 };
}

/** What the source of another thing's knowing is worth: below the veto's line. */
const OTHER_THING_KNOWN = 0.1;

/** Whether the words between the verb of knowing and its source name something, none of it the question's. */
function knowsOtherThing(ctx: Ctx, known: KnownBy['known']): boolean {
  const { tokens } = ctx.sentence;
  let content = false;
  for (let k = 0; k < tokens.length; k += 1) {
    if (tokens[k].start < known.from || tokens[k].end > known.to || !CONTENT_TAGS.has(tokens[k].pos)) continue;
    if (ctx.anchors.includes(k)) return false;
    content = true;
  }
  return content;
}

const KNOWING_WORD = /^(?:find|finds|finding|found|hear|hears|heard|hearing|learn|learns|learned|learnt|learning|know|knew|reali[sz]e[ds]?|reali[sz]ing|figure[ds]?|recogni[sz]e[ds]?|recogni[sz]ing)$/;

/** Whether the question names what was known after its verb of knowing ("find out about the leak"), not by a pronoun ("hear about it"). */
function namesWhatWasKnown(q: QuestionAnalysis): boolean {
  const at = q.tokens.findIndex((t) => KNOWING_WORD.test(t.norm));
  return at >= 0 && q.tokens.some((t, k) => k > at && (t.pos === 'NOUN' || t.pos === 'PROPN'));
}

const CONTENT_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB']);
