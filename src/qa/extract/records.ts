import type { IndexedSentence } from '../../index/sentence-index.js';
import { phraseStartingAt } from '../../facts/phrases.js';
import { termOf } from '../../nlp/terms.js';
import type { QuestionAnalysis } from '../analyze.js';
import { leadOf } from '../lead.js';
import { titleTerms } from '../match.js';
import { chunksOf, textOf, tidyAnswer } from '../spans.js';
import { inQuestion, type Ctx, type Extraction } from './context.js';
import { whichOnesEnd } from './names.js';

/**
 * "Who held the old record?", "who had the previous record?" ("who set the new record" asks for the
 * story's own); "whose course record did she break?" asks the same of the record broken.
 */
const ASKS_RECORD_HOLDER = /^who(?:\s+\w+)?\s+(?:held|holds|had|owned|owns)\b.*\brecord\b|^whose\s+(?:[\w'’-]+\s+){0,3}record\b/i;
/**
 * "the old record of 3:10:04, set by Ada Moss", "had lasted since 2012 and belonged to Ivo Quaxley",
 * "the previous best, set in 1990 by …": a record is also a best or a mark.
 */
const HOLDER_CUE = String.raw`\b(?:record|best|mark)\b[^;]{0,80}?\b(?:(?:set|held|established|owned)(?: [\w-]+){0,3}? by|belonged to|belonging to)\s+`;
const RECORD_HOLDER_ANYWHERE = new RegExp(HOLDER_CUE, 'gi');
/** "… which is held by a male rower": a holder told in the present holds the record now. */
const HELD_NOW = /\b(?:is|are)\s+(?:still\s+)?held\b/i;
/** A question on the record before the story's: "who held it before?", "the old record", "whose record did she break?". */
const EARLIER_ASKED = /\b(?:before|previous|old|former|earlier|prior|break|broke|broken|beat|beaten)\b/i;
/** "the previous record", "the old national best": the sentence's record is the one the story's replaced. */
const EARLIER_RECORD = /\b(?:previous|old|former|earlier|prior)\s+(?:[\w'’-]+\s+){0,2}?(?:record|best|mark)\b/i;

/** Where the holder of an earlier record the sentence tells begins (just past its cue), if it tells one as asked. */
function holderStart(q: QuestionAnalysis, text: string): number | undefined {
  const earlier = EARLIER_ASKED.test(q.text);
  for (const cue of text.matchAll(RECORD_HOLDER_ANYWHERE)) {
    // ("Who held the record before?" is not asked of a record someone holds now.)
    if (earlier && HELD_NOW.test(cue[0])) continue;
    return (cue.index ?? 0) + cue[0].length;
  }
  return undefined;
}

/** Whether the question asks who held a record before ("who had the old record?", "whose record did she break?"). */
export const asksRecordHolder = (q: QuestionAnalysis): boolean => ASKS_RECORD_HOLDER.test(q.text);

/** Whether the question asks who held a record and the sentence says who set or held one (see recordHolder). */
export function tellsRecordHolder(q: QuestionAnalysis, d: IndexedSentence): boolean {
  if (!ASKS_RECORD_HOLDER.test(q.text) || holderStart(q, d.sentence.text) === undefined) return false;
  // ("Who holds the men's national record?" is not asked of a women's record the sentence gives:
  // each word saying which record must be written; "the previous record" is the one the lead
  // tells the story's broke, in the words the lead writes: "broke the world record".)
  const title = titleTerms(d.article);
  const lead = EARLIER_RECORD.test(d.sentence.text) ? leadTerms(d.article) : undefined;
  return !q.terms.some((t) => !t.isCue && WHICH_RECORD.has(t.pos) && !EARLIER.has(t.word.toLowerCase()) && !RECORDS.has(t.word.toLowerCase()) && !d.tf.has(t.term) && !title.has(t.term) && !lead?.has(t.term));
}

const leadTermCache = new WeakMap<IndexedSentence['article'], Set<string>>();
function leadTerms(article: IndexedSentence['article']): Set<string> {
  let set = leadTermCache.get(article);
  if (!set) leadTermCache.set(article, (set = new Set((leadOf(article)?.tokens ?? []).map(termOf).filter((t): t is string => t !== null))));
  return set;
}

const WHICH_RECORD: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Words for the record before the story's, which the sentence may tell by "set in 2009" alone. */
const EARLIER: ReadonlySet<string> = new Set(['old', 'previous', 'former', 'earlier', 'last', 'prior']);
/** The words the cue tells a record by, whichever of them the question writes ("the previous best" for "the record"). */
const RECORDS: ReadonlySet<string> = new Set(['record', 'best', 'mark']);

/** How surely a holder the sentence only describes ("a grower from a nearby village") is the one asked for. */
const DESCRIBED_HOLDER = 0.8;

/**
 * "Who held the old record?": the one a sentence says set or held the record, whatever verb the
 * question uses: the name in the phrase after the cue ("by compatriot Ivo Quaxley", "by the late Ada
 * Moss"), else the phrase itself ("by a grower from a nearby village").
 */
export function recordHolder(ctx: Ctx): Extraction | null {
  if (!tellsRecordHolder(ctx.q, ctx.m.doc)) return null;
  const { tokens } = ctx.sentence;
  const at = holderStart(ctx.q, ctx.sentence.text) ?? 0;
  const from = tokens.findIndex((t) => t.start >= at);
  const p = from < 0 ? undefined : phraseStartingAt(tokens, from);
  if (p === undefined) return null;
  const named = chunksOf(ctx.m.doc.article, ctx.sentence).find((c) => c.outerStart >= p.from && c.start <= p.to && !inQuestion(ctx, c.name));
  if (named) return { text: named.name, type: 'entity', how: RECORD_SET, strength: 0.9, focus: named.name };
  const text = tidyAnswer(textOf(ctx.sentence, p.from, whichOnesEnd(tokens, p)));
  return inQuestion(ctx, text) ? null : { text, type: 'entity', how: RECORD_SET, strength: DESCRIBED_HOLDER };
}

export const RECORD_SET = 'who set the record';
