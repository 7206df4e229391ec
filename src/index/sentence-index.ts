import type { Article } from '../article/types.js';

// PLACEHOLDER: the real BM25 index is being written.
export class SentenceIndex {
  constructor(readonly articles: readonly Article[]) {}
}
