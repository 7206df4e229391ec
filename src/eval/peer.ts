import bm25 from 'wink-bm25-text-search';
import { nlp } from '../nlp/wink.js';

const its = nlp.its;
// wink's typings declare `stem` with the add-on signature; at run time it is a token property like `normal`.
const stem = its.stem as unknown as typeof its.normal;
/** Token types that carry meaning for matching; punctuation, symbols, emoji and the like do not. */
const CONTENT_TYPES = new Set(['word', 'number', 'ordinal', 'hashtag', 'mention', 'email', 'url', 'currency']);

/** The peer's text pipeline: wink tokens, stop words and punctuation dropped, stemmed (its.stem lower-cases). */
export function peerTokens(text: string): string[] {
  return nlp
    .readDoc(text)
    .tokens()
    .filter((t) => CONTENT_TYPES.has(t.out(its.type)) && !t.out(its.stopWordFlag))
    .out(stem);
}

export interface PeerHit {
  index: number;
  score: number;
}

/** wink's BM25 refuses to consolidate fewer than 3 documents. */
const MIN_DOCS = 3;

/**
 * The peer ranker the eval compares against: wink-bm25-text-search over one article's sentences,
 * one fresh engine per article. It has no notion of abstaining.
 */
export class PeerRanker {
  readonly #engine = bm25();
  readonly #count: number;

  constructor(sentences: readonly string[]) {
    this.#count = sentences.length;
    this.#engine.defineConfig({ fldWeights: { body: 1 } });
    this.#engine.definePrepTasks([peerTokens]);
    sentences.forEach((text, i) => this.#engine.addDoc({ body: text }, String(i)));
    // Tiny articles are padded with empty documents: they hold no tokens, so they never match and
    // only nudge IDF, which leaves the order among the real sentences unchanged.
    for (let pad = sentences.length; pad < MIN_DOCS; pad += 1) this.#engine.addDoc({ body: '' }, `pad${pad}`);
    this.#engine.consolidate();
  }

  /** Sentences that share a stem with the question, best first (what the peer "returns"). */
  search(question: string): PeerHit[] {
    return this.#engine
      .search(question, Math.max(this.#count, 1))
      .filter(([id]) => /^\d+$/.test(id))
      .map(([id, score]) => ({ index: Number(id), score }));
  }

  /** Every sentence, best first; those the search did not return follow, tied at score 0. */
  rank(question: string): PeerHit[] {
    const hits = this.search(question);
    const seen = new Set(hits.map((h) => h.index));
    for (let i = 0; i < this.#count; i += 1) if (!seen.has(i)) hits.push({ index: i, score: 0 });
    return hits;
  }
}
