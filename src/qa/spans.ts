import type { Article, Sentence } from '../article/types.js';
import { articleCasing, sentenceChunks, type Chunk } from '../facts/chunks.js';
import type { Token } from '../nlp/token.js';

/** Text of tokens [from, to] (inclusive) as the sentence writes it. */
export function textOf(sentence: Sentence, from: number, to: number): string {
  const tokens = sentence.tokens;
  if (from > to || from < 0 || to >= tokens.length) return '';
  return sentence.text.slice(tokens[from].start, tokens[to].end);
}

/**
 * The tokens [first, last] a text written in the sentence covers (its first occurrence), or
 * undefined where the sentence does not write it.
 */
export function tokensOfText(sentence: Sentence, written: string): { first: number; last: number } | undefined {
  const { tokens, text } = sentence;
  const at = text.indexOf(written);
  if (at < 0) return undefined;
  const first = tokens.findIndex((t) => t.start >= at);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end <= at + written.length) last += 1;
  return { first, last };
}

const casingCache = new WeakMap<Article, ReturnType<typeof articleCasing>>();
const chunkCache = new WeakMap<Sentence, Chunk[]>();

/** Proper-noun chunks of a sentence (cached: articles are immutable). */
export function chunksOf(article: Article, sentence: Sentence): Chunk[] {
  let chunks = chunkCache.get(sentence);
  if (chunks) return chunks;
  let casing = casingCache.get(article);
  if (!casing) casingCache.set(article, (casing = articleCasing(article)));
  chunks = sentenceChunks(sentence, casing);
  chunkCache.set(sentence, chunks);
  return chunks;
}

/** Whether the article writes the word (by its normal form) anywhere, in lower case or capitalised mid-sentence. */
export function articleWrites(article: Article, norm: string): boolean {
  let casing = casingCache.get(article);
  if (!casing) casingCache.set(article, (casing = articleCasing(article)));
  return casing.lowercaseWords.has(norm) || casing.midSentenceCapitals.has(norm);
}

const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–', '"', '“', '”']);
export const isClauseEnd = (t: Token | undefined): boolean => t === undefined || CLAUSE_END.has(t.text);

/**
 * From token `from`, the clause up to the next comma or stop, at most `max` tokens; a list runs on
 * past its commas to its last item: "switched to paper, glass and card", "adjusted for age, income,
 * and diet" (each item a few words with no verb).
 */
export function clauseFrom(sentence: Sentence, from: number, max = 14): string {
  const tokens = sentence.tokens;
  let to = from;
  while (to + 1 < tokens.length && !isClauseEnd(tokens[to + 1]) && to - from < max) to += 1;
  // ("to create an en-suite": a word cut off at its hyphen is read to its end.)
  while (to + 2 < tokens.length && (tokens[to].text === '-' || tokens[to + 1].text === '-') && tokens[to + 1].start === tokens[to].end && !isClauseEnd(tokens[to + 1])) to += 1;
  if (tokens[to + 1]?.text === ',') to = Math.max(to, listEnd(tokens, to + 2));
  return textOf(sentence, from, to);
}

/** The last token of a list's items from `at` on, or -1 where no item with "and" or "or" ends it. */
function listEnd(tokens: readonly Token[], at: number): number {
  let j = at;
  let joined = false;
  while (j < tokens.length && !isClauseEnd(tokens[j]) && j - at < LIST_ITEM) {
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return -1;
    if (tokens[j].norm === 'and' || tokens[j].norm === 'or') joined = true;
    j += 1;
  }
  if (j === at || (j - at >= LIST_ITEM && !isClauseEnd(tokens[j]))) return -1;
  // ("her dog and “all I own”": an item cut off at its joiner ends no list.)
  if (joined) return tokens[j - 1].norm === 'and' || tokens[j - 1].norm === 'or' ? -1 : j - 1;
  return tokens[j]?.text === ',' ? listEnd(tokens, j + 1) : -1;
}

const LIST_ITEM = 6;

/** Strips leading connectors and auxiliaries ("that", "are", "to") and trailing punctuation. */
export function tidyAnswer(text: string): string {
  return text
    .replace(/^(?:(?:that|which|who|whom|and|but|or|is|are|was|were|be|been|being|has|have|had|will|would|also|then|,|:)\s+)+/i, '')
    .replace(/[\s,;:.“”"]+$/u, '')
    .replace(/^[\s,;:“”"]+/u, '')
    .trim();
}

/**
 * "Who is the clinic's head vet?" / "… said Dr Ann Brook, the clinic's head vet"; "according to whom?"
 * / "according to Prof. Ian Dale": a doctor's or a professor's title written before the name is how
 * the article names her ("Mr" says nothing more).
 */
export function withHonorific(sentence: Sentence, name: string): string {
  const at = sentence.text.indexOf(name);
  if (at <= 0) return name;
  const before = FORMAL_TITLE_BEFORE.exec(sentence.text.slice(Math.max(0, at - FORMAL_TITLE_REACH), at));
  return before ? `${before[1]} ${name}` : name;
}

/** "Dr", "Dr.", "Professor", "Prof.", "Cllr" right before a name, as the sentence writes it. */
const FORMAL_TITLE_BEFORE = /(?:^|\s)(Dr\.?|Doctor|Professor|Prof\.?|Sir|Dame|Cllr\.?)\s+$/;
const FORMAL_TITLE_REACH = 12;
