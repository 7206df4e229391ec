import type { IndexedSentence } from '../../index/sentence-index.js';
import type { QuestionAnalysis } from '../analyze.js';
import { titleTerms } from '../match.js';
import { chunksOf } from '../spans.js';
import { inQuestion, type Ctx, type Extraction } from './context.js';

/** "Who held the old record?", "who had the previous record?" ("who set the new record" asks for the story's own). */
const ASKS_RECORD_HOLDER = /^who(?:\s+\w+)?\s+(?:held|holds|had|owned|owns)\b.*\brecord\b/i;
/** "the previous record of 2:22:59, set by Marta Heskel", "had stood since 2019 and belonged to Brenna Osk". */
const HOLDER_CUE = String.raw`\brecord\b[^;]{0,80}?\b(?:(?:set|held|established|owned)(?: [\w-]+){0,3}? by|belonged to|belonging to)\s+`;
const RECORD_HOLDER = new RegExp(`${HOLDER_CUE}$`, 'i');
const RECORD_HOLDER_ANYWHERE = new RegExp(HOLDER_CUE, 'i');

/** Whether the question asks who held a record and the sentence says who set or held one (see recordHolder). */
export function tellsRecordHolder(q: QuestionAnalysis, d: IndexedSentence): boolean {
  if (!ASKS_RECORD_HOLDER.test(q.text) || !RECORD_HOLDER_ANYWHERE.test(d.sentence.text)) return false;
  // ("Who holds the men's national record?" is not asked of a women's record the sentence gives:
  // each word saying which record must be written.)
  const title = titleTerms(d.article);
  return !q.terms.some((t) => !t.isCue && WHICH_RECORD.has(t.pos) && !EARLIER.has(t.word.toLowerCase()) && !d.tf.has(t.term) && !title.has(t.term));
}

const WHICH_RECORD: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Words for the record before the story's, which the sentence may tell by "set in 2009" alone. */
const EARLIER: ReadonlySet<string> = new Set(['old', 'previous', 'former', 'earlier', 'last', 'prior']);

/** "Who held the old record?": the name a sentence says set or held the record, whatever verb the question uses. */
export function recordHolder(ctx: Ctx): Extraction | null {
  if (!tellsRecordHolder(ctx.q, ctx.m.doc)) return null;
  const { tokens, text } = ctx.sentence;
  for (const c of chunksOf(ctx.m.doc.article, ctx.sentence)) {
    if (inQuestion(ctx, c.name) || !RECORD_HOLDER.test(text.slice(0, tokens[c.outerStart].start))) continue;
    return { text: c.name, type: 'entity', how: 'who set the record', strength: 0.9, focus: c.name };
  }
  return null;
}
