import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { analyzeQuestion } from './analyze.js';
import { scoreCandidates } from './candidates.js';

export interface RankedSentence {
  article: string;
  index: number;
  score: number;
}

/**
 * Scores every sentence of the knowledge base for a question, best first: the sentences the
 * answering engine considers, in its order, then every other sentence at score 0 in reading order.
 */
export function rankSentences(kb: KnowledgeBase, question: string): RankedSentence[] {
  const q = analyzeQuestion(kb, question);
  const scored = scoreCandidates(kb, q, kb.index.size);
  const out: RankedSentence[] = scored.map((c) => ({ article: c.m.doc.article.id, index: c.m.doc.sentence.index, score: round(c.score) }));
  const seen = new Set(scored.map((c) => c.m.doc.doc));
  // Sentences sharing no word with the question still rank by position: earlier ones say more.
  for (const d of kb.index.docs) if (!seen.has(d.doc)) out.push({ article: d.article.id, index: d.sentence.index, score: round(1e-3 / (2 + d.sentence.index)) });
  return out;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
