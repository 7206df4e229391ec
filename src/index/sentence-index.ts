import type { Article, Sentence } from '../article/types.js';
import { termAt } from '../nlp/terms.js';
import type { Token } from '../nlp/token.js';
import { sortSmall } from '../sort.js';

export interface IndexedSentence {
  /** Position in the index (all articles, reading order). */
  doc: number;
  article: Article;
  sentence: Sentence;
  /** Index term of each token (null for stop words and punctuation), aligned with `sentence.tokens`. */
  terms: (string | null)[];
  tf: Map<string, number>;
  length: number;
}

/**
 * An indexed sentence whose terms and term-frequency map are found when first read. Search scores
 * from the postings (which carry the counts), so only the sentences an answer looks at closely
 * ever keep them: a map per sentence was a tenth of the archive's memory, and an array of terms
 * per sentence another fourteenth.
 */
class LazySentence implements IndexedSentence {
  #terms: (string | null)[] | undefined;
  #tf: Map<string, number> | undefined;

  constructor(
    readonly doc: number,
    readonly article: Article,
    readonly sentence: Sentence,
    readonly length: number,
  ) {}

  // The same as the index counted: a token's term depends on nothing but the sentence's tokens.
  get terms(): (string | null)[] {
    return (this.#terms ??= sentenceTerms(this.sentence.tokens));
  }

  get tf(): Map<string, number> {
    return (this.#tf ??= termCounts(this.terms));
  }
}

function sentenceTerms(tokens: readonly Token[]): (string | null)[] {
  const terms: (string | null)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) terms[i] = termAt(tokens, i);
  return terms;
}

/**
 * A sentence's terms with their counts, into `counts` (cleared first), and how many terms it has;
 * its words go into `words` if given.
 */
function countTerms(tokens: readonly Token[], counts: Map<string, number>, words?: Set<string>): number {
  counts.clear();
  let length = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    if (words && tokens[i].kind === 'word') words.add(tokens[i].norm);
    const term = termAt(tokens, i);
    if (term === null) continue;
    length += 1;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return length;
}

/** Term → occurrences, in order of first occurrence (as the eager map had it). */
function termCounts(terms: readonly (string | null)[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const term of terms) if (term !== null) tf.set(term, (tf.get(term) ?? 0) + 1);
  return tf;
}

/**
 * A posting is one number: the sentence's position times TF_SLOTS plus its count of the term, so
 * scoring needs neither a second array nor the sentence's map. A count that does not fit (the
 * top slot) is looked up in the sentence instead.
 */
const TF_SLOTS = 64;

export interface QueryTerm {
  term: string;
  /** 1 for the question's own words, less for related words. */
  weight: number;
}

/** BM25 parameters; b is low because news sentences vary little in length and long ones carry more. */
const K1 = 1.2;
const B = 0.35;
/** A term in more than this share of the sentences (and at least COMMON_MIN_DF of them) is common. */
const COMMON_SHARE = 0.02;
const COMMON_MIN_DF = 200;
/** Query terms at least this heavy are the question's own words; lighter ones are related words. */
const OWN_WEIGHT = 0.5;
const ENOUGH_FOUND = 64;

interface PresentTerm {
  term: string;
  weight: number;
  /** Its postings: positions `from` up to `to` of the index's postings. */
  from: number;
  to: number;
}

/** The question's own words first, then rarer terms first. */
const byPriority = (a: PresentTerm, b: PresentTerm): number => Number(b.weight >= OWN_WEIGHT) - Number(a.weight >= OWN_WEIGHT) || a.to - a.from - (b.to - b.from);

/**
 * Inverted index of every sentence of the knowledge base, over lemma stems. Searching touches only
 * the postings of the query's terms, so answer time grows with the matches, not the archive.
 */
export class SentenceIndex {
  readonly docs: IndexedSentence[] = [];
  readonly avgLength: number;
  /**
   * Every term's postings in one run, term after term: term k's are `#postings` from `#bounds[k]`
   * up to `#bounds[k + 1]`, k being the term's number in `#termNumbers`. An array per term cost
   * three times the postings themselves (its header and the spare room push leaves). Unsigned
   * 32 bits hold a posting of up to 67 million sentences.
   */
  readonly #termNumbers = new Map<string, number>();
  readonly #postings: Uint32Array;
  readonly #bounds: Uint32Array;
  /** Article id → its sentences by index; no key string per sentence. */
  readonly #byArticle = new Map<string, IndexedSentence[]>();
  /**
   * Each sentence's BM25 length term, K1 · (1 − B + B · length / average): search adds it to a
   * term count without reaching for the sentence itself (8 bytes a sentence).
   */
  readonly #lengthNorm: Float64Array;
  /** Lower-cased surface words of the archive, for spelling correction of questions. */
  readonly words = new Set<string>();

  constructor(articles: readonly Article[]) {
    let total = 0;
    const counts = new Map<string, number>();
    // Two passes over the terms, so the postings go straight into their run: gathered in an array
    // per term first, they were a peak of tens of megabytes at 10,000 articles. The first numbers
    // the terms and counts their sentences; the second lays out the postings.
    const sentencesWith: number[] = [];
    for (const article of articles) {
      let positions = this.#byArticle.get(article.id);
      if (!positions) this.#byArticle.set(article.id, (positions = []));
      for (const sentence of article.sentences) {
        const doc = this.docs.length;
        const length = countTerms(sentence.tokens, counts, this.words);
        for (const term of counts.keys()) {
          let k = this.#termNumbers.get(term);
          if (k === undefined) {
            k = sentencesWith.length;
            this.#termNumbers.set(term, k);
            sentencesWith.push(0);
          }
          sentencesWith[k] += 1;
        }
        total += length;
        const indexed = new LazySentence(doc, article, sentence, length);
        this.docs.push(indexed);
        positions[sentence.index] = indexed;
      }
    }
    this.#bounds = new Uint32Array(sentencesWith.length + 1);
    for (let k = 0; k < sentencesWith.length; k += 1) this.#bounds[k + 1] = this.#bounds[k] + sentencesWith[k];
    this.#postings = new Uint32Array(this.#bounds[sentencesWith.length]);
    const next = this.#bounds.slice(0, sentencesWith.length);
    for (const { doc, sentence } of this.docs) {
      countTerms(sentence.tokens, counts);
      for (const [term, n] of counts) this.#postings[next[this.#termNumbers.get(term)!]++] = doc * TF_SLOTS + Math.min(n, TF_SLOTS - 1);
    }
    this.avgLength = this.docs.length ? total / this.docs.length : 1;
    this.#lengthNorm = new Float64Array(this.docs.length);
    for (const d of this.docs) this.#lengthNorm[d.doc] = K1 * (1 - B + (B * d.length) / this.avgLength);
  }

  get size(): number {
    return this.docs.length;
  }

  df(term: string): number {
    const k = this.#termNumbers.get(term);
    return k === undefined ? 0 : this.#bounds[k + 1] - this.#bounds[k];
  }

  has(term: string): boolean {
    return this.#termNumbers.has(term);
  }

  /** Robertson–Spärck Jones IDF, kept positive; an unseen term gets the rarest possible weight. */
  idf(term: string): number {
    return this.#idfOf(this.df(term));
  }

  #idfOf(df: number): number {
    const n = this.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** BM25 scores of the sentences that contain any query term; `restrict` limits to one article. */
  search(query: readonly QueryTerm[], restrict?: Article): Map<number, number> {
    const scores = new Map<number, number>();
    // Rare terms first; a term in a large share of a big archive only adds to sentences a rarer
    // term already found, so "said" does not drag in half the archive.
    // The question's own words go first; related words (lighter) then mostly re-score what those
    // found, and reach further only while little has been found.
    // Most related words are in no sentence: only the terms with postings are sorted and scored.
    const present: PresentTerm[] = [];
    for (const { term, weight } of query) {
      const k = this.#termNumbers.get(term);
      if (k !== undefined) present.push({ term, weight, from: this.#bounds[k], to: this.#bounds[k + 1] });
    }
    sortSmall(present, byPriority);
    const common = Math.max(COMMON_MIN_DF, this.docs.length * COMMON_SHARE);
    const postings = this.#postings;
    for (const { term, weight, from, to } of present) {
      // The postings are in hand: no second lookup of the term for its document frequency.
      const df = to - from;
      const idf = this.#idfOf(df) * weight;
      const onlyFound = (df > common || (weight < OWN_WEIGHT && scores.size >= ENOUGH_FOUND)) && scores.size > 0;
      for (let p = from; p < to; p += 1) {
        const posting = postings[p];
        const doc = Math.floor(posting / TF_SLOTS);
        if (onlyFound && !scores.has(doc)) continue;
        if (restrict && this.docs[doc].article !== restrict) continue;
        const slot = posting - doc * TF_SLOTS;
        const tf = slot < TF_SLOTS - 1 ? slot : (this.docs[doc].tf.get(term) ?? 0);
        const norm = tf + this.#lengthNorm[doc];
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / norm);
      }
    }
    return scores;
  }

  /** An article's sentences in order (none for an unknown id): what one article tells, without a scan of the archive. */
  ofArticle(articleId: string): readonly IndexedSentence[] {
    return this.#byArticle.get(articleId) ?? NO_SENTENCES;
  }

  /** Sentence by article id and index, for follow-ups and citations. */
  find(articleId: string, index: number): IndexedSentence | undefined {
    const positions = this.#byArticle.get(articleId);
    // Only own elements: an index such as 1.5 or -1 finds nothing, as the keyed map did.
    return positions !== undefined && Number.isInteger(index) && index >= 0 ? positions[index] : undefined;
  }
}

const NO_SENTENCES: readonly IndexedSentence[] = [];
