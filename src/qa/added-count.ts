import type { IndexedSentence } from '../index/sentence-index.js';
import type { QuestionAnalysis } from './analyze.js';
import type { Extraction } from './extract.js';
import { memoKey } from './memo.js';

/**
 * "How many more lanterns will they hang?" asks a count added to one already told: news marks it
 * ("another 30 lanterns", "20 more lanterns", "an extra 30", "would add 30"), and the plain total
 * ("hung 120 lanterns last winter") is the count it adds to, not the answer.
 */
const ADDED_ASKED = memoKey<boolean>('whether the question asks a count or amount added to another ("how many more stalls")');
const ADDED_WORDS: ReadonlySet<string> = new Set(['more', 'other', 'extra', 'additional', 'further']);
const ASKED_THING = new Set(['NOUN', 'PROPN']);

/** "How many more stalls …", "how much extra money …": the added word right after "how many/much", then the thing. */
export function asksAddedCount(q: QuestionAnalysis): boolean {
  let asked = q.memo.get(ADDED_ASKED);
  if (asked !== undefined) return asked;
  const t = q.tokens;
  const at = t.findIndex((x, i) => x.norm === 'how' && (t[i + 1]?.norm === 'many' || t[i + 1]?.norm === 'much'));
  asked = at >= 0 && ADDED_WORDS.has(t[at + 2]?.norm ?? '') && [t[at + 3], t[at + 4]].some((x) => x !== undefined && ASKED_THING.has(x.pos));
  q.memo.set(ADDED_ASKED, asked);
  return asked;
}

// ("More than 200 lanterns" bounds a count; it does not add one.)
const MARKED_IN = /\b(?:another|other|others|extra|additional|further)\b|\bmore\b(?!\s+than\b)/i;
const MARKED_BEFORE = /\b(?:another|more|other|extra|additional|further|adds?|added|adding)\s+(?:(?:about|around|roughly|some|nearly|almost|up to|at least|more than|over|a|an|by)\s+)*$/i;
const MARKED_AFTER = /^\s+(?:more|extra|additional)\b/i;

/** Whether the sentence marks the found count as added: "another 30 lanterns", "30 more", "add about 30". */
export function countMarkedAdded(d: IndexedSentence, ext: Extraction): boolean {
  const text = d.sentence.text;
  const at = text.indexOf(ext.text);
  if (MARKED_IN.test(ext.text)) return true;
  return at >= 0 && (MARKED_BEFORE.test(text.slice(0, at)) || MARKED_AFTER.test(text.slice(at + ext.text.length)));
}

/** A count the question asks as added, found unmarked, is weighed down (see asksAddedCount). */
export const UNMARKED_ADDED_COUNT = 0.5;

export const addedCountFactor = (q: QuestionAnalysis, d: IndexedSentence, ext: Extraction | null): number =>
  ext !== null && (q.intent === 'how-many' || q.intent === 'how-much') && asksAddedCount(q) && !countMarkedAdded(d, ext) ? UNMARKED_ADDED_COUNT : 1;
