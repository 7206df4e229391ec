import type { Article, Sentence } from '../article/types.js';
import { termOf } from '../nlp/terms.js';

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

export interface QueryTerm {
  term: string;
  /** 1 for the question's own words, less for related words. */
  weight: number;
}

/** BM25 parameters; b is low because news sentences vary little in length and long ones carry more. */
const K1 = Number(process.env.K1 ?? 1.2);
const B = Number(process.env.BB ?? 0.5);

/**
 * Inverted index of every sentence of the knowledge base, over lemma stems. Searching touches only
 * the postings of the query's terms, so answer time grows with the matches, not the archive.
 */
export class SentenceIndex {
  readonly docs: IndexedSentence[] = [];
  readonly avgLength: number;
  readonly #postings = new Map<string, number[]>();
  readonly #byPosition = new Map<string, IndexedSentence>();
  /** Lower-cased surface words of the archive, for spelling correction of questions. */
  readonly words = new Set<string>();

  constructor(articles: readonly Article[]) {
    let total = 0;
    for (const article of articles) {
      for (const sentence of article.sentences) {
        const doc = this.docs.length;
        const terms = sentence.tokens.map(termOf);
        const tf = new Map<string, number>();
        let length = 0;
        for (const term of terms) {
          if (term === null) continue;
          length += 1;
          tf.set(term, (tf.get(term) ?? 0) + 1);
        }
        for (const term of tf.keys()) {
          let list = this.#postings.get(term);
          if (!list) this.#postings.set(term, (list = []));
          list.push(doc);
        }
        for (const t of sentence.tokens) if (t.kind === 'word') this.words.add(t.norm);
        total += length;
        const indexed = { doc, article, sentence, terms, tf, length };
        this.docs.push(indexed);
        this.#byPosition.set(`${article.id}#${sentence.index}`, indexed);
      }
    }
    this.avgLength = this.docs.length ? total / this.docs.length : 1;
  }

  get size(): number {
    return this.docs.length;
  }

  df(term: string): number {
    return this.#postings.get(term)?.length ?? 0;
  }

  has(term: string): boolean {
    return this.#postings.has(term);
  }

  /** Robertson–Spärck Jones IDF, kept positive; an unseen term gets the rarest possible weight. */
  idf(term: string): number {
    const n = this.docs.length;
    const df = this.df(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** BM25 scores of the sentences that contain any query term; `restrict` limits to one article. */
  search(query: readonly QueryTerm[], restrict?: Article): Map<number, number> {
    const scores = new Map<number, number>();
    for (const { term, weight } of query) {
      const postings = this.#postings.get(term);
      if (!postings) continue;
      const idf = this.idf(term) * weight;
      for (const doc of postings) {
        const d = this.docs[doc];
        if (restrict && d.article !== restrict) continue;
        const tf = d.tf.get(term) ?? 0;
        const norm = tf + K1 * (1 - B + (B * d.length) / this.avgLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / norm);
      }
    }
    return scores;
  }

  /** Sentence by article id and index, for follow-ups and citations. */
  find(articleId: string, index: number): IndexedSentence | undefined {
    return this.#byPosition.get(`${articleId}#${index}`);
  }
}
