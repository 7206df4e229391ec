/** One word, number or mark of a sentence, as the rest of the engine sees it (no wink types leak out). */
export interface Token {
  /** The text as written. */
  text: string;
  /** Lower-cased normal form (wink's `normal`, e.g. "’s" → "'s"). */
  norm: string;
  /** Lower-cased lemma ("insurgents" → "insurgent", "captured" → "capture"). */
  lemma: string;
  /** Universal POS tag: NOUN, PROPN, VERB, ADJ, ADP, NUM, PUNCT, … */
  pos: string;
  /** wink's stop-word flag (note: wh-words are stop words too). */
  stop: boolean;
  /** wink's token type: word, number, punctuation, symbol, currency, url, emoji, … */
  kind: string;
  /** Character offsets inside the sentence text. */
  start: number;
  readonly end: number;
  /**
   * Where the token's index term is kept once found (see termOf): a read token's is its word's,
   * shared by every token of the word, so a question's words are not stemmed again at each step
   * that reads them. A token made otherwise has none.
   */
  readonly memo?: TermMemo;
}

/** A word's index term, once found: undefined before, null for a word that has none. */
export interface TermMemo {
  term: string | null | undefined;
}

export const isWordLike = (t: Token): boolean => t.kind === 'word' || t.kind === 'number';
const UPPER_START = /^\p{Lu}/u;
export const isCapitalised = (t: Token): boolean => UPPER_START.test(t.text);
