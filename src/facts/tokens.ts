import type { Sentence } from '../article/types.js';
import type { Token } from '../nlp/token.js';

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const CAPITALS_ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,6}$/u;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,5}$/u;

/** Token-level predicates and span helpers shared by the extractors. */

export const OPEN_QUOTES = new Set(['“', '‘', '«']);
export const CLOSE_QUOTES = new Set(['”', '’', '»']);
export const isQuoteMark = (t: Token | undefined): boolean =>
  t !== undefined && (t.text === '"' || t.text === '“' || t.text === '”' || t.text === '«' || t.text === '»');
export const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.norm === "'s" || t.norm === "'" || t.text === '’s' || t.text === "'s");
export const isComma = (t: Token | undefined): boolean => t !== undefined && t.text === ',';
export const isPunct = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'PUNCT' || t.kind === 'punctuation');
export const isSentenceEnd = (t: Token | undefined): boolean => t !== undefined && (t.text === '.' || t.text === '!' || t.text === '?');
/**
 * Letter case of a text's first character. ASCII is answered from the character code (the
 * regular expressions were a hot spot of extraction); anything else goes to the Unicode classes.
 */
export const startsUpper = (text: string): boolean => {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text);
};
export const startsLower = (text: string): boolean => {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(text);
};
export const isAcronym = (text: string): boolean => CAPITALS_ACRONYM.test(text) || DOTTED_ACRONYM.test(text);

/** The sentence text from token `from` up to and including token `to`. */
export function spanText(sentence: Sentence, from: number, to: number): string {
  const tokens = sentence.tokens;
  if (from > to || from < 0 || to >= tokens.length) return '';
  return sentence.text.slice(tokens[from].start, tokens[to].end);
}

const TIDY_LEAD = new Set([...',;:.“”"‘’\'()-–—']);
const TIDY_TRAIL = new Set([...',;:“”"‘’\'(-–—)']);
/** Whitespace other than one plain space between words. */
const ODD_SPACE = /[^\S ]| {2}/u;

/** Tidies a span for display: no dangling punctuation or quote marks at either end. */
export function tidy(text: string): string {
  // Most spans are already tidy; the regular expressions below cost more than this check.
  if (text.length > 0) {
    const first = text[0];
    const last = text[text.length - 1];
    if (first !== ' ' && last !== ' ' && !TIDY_LEAD.has(first) && !TIDY_TRAIL.has(last) && !/\s/u.test(first) && !/\s/u.test(last) && !ODD_SPACE.test(text)) return text;
  }
  return text
    .replace(/^[\s,;:.“”"‘’'()\-–—]+/u, '')
    .replace(/[\s,;:“”"‘’'(\-–—]+$/u, '')
    .replace(/\s+/g, ' ')
    .replace(/^(.*)\)$/u, (all, inner: string) => (inner.includes('(') ? all : inner))
    .trim();
}

/** True when two adjacent tokens are written with no space between them ("al-Sham"). */
export const touching = (a: Token, b: Token): boolean => a.end === b.start;

/** Index of the previous token that is not a quote mark, or -1. */
export function previousNonQuote(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && isQuoteMark(tokens[k])) k -= 1;
  return k;
}
