import type { KnowledgeBase } from '../kb/knowledge-base.js';

export interface RankedSentence {
  article: string;
  index: number;
  score: number;
}

// PLACEHOLDER: signature final; the real ranking (BM25 + related words + answer-type cues) is being written.
/** Scores every sentence of the knowledge base for a question, best first. */
export function rankSentences(kb: KnowledgeBase, question: string): RankedSentence[] {
  void question;
  return kb.articles.flatMap((a) => a.sentences.map((s) => ({ article: a.id, index: s.index, score: 0 })));
}
