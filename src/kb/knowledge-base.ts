import { loadArticles, type LoadOptions } from '../article/load.js';
import { articleFromSentences, parseArticle } from '../article/parse.js';
import type { Article } from '../article/types.js';
import { extractFacts } from '../facts/extract.js';
import type { Fact } from '../facts/types.js';
import { SentenceIndex } from '../index/sentence-index.js';

/**
 * Everything the engine answers from: one immutable value. A refresh builds a new one and swaps a
 * single reference, so no question ever sees half of an old and half of a new knowledge base.
 */
export interface KnowledgeBase {
  readonly articles: readonly Article[];
  readonly facts: readonly Fact[];
  readonly index: SentenceIndex;
  /** When it was built (ISO) and how long it took, for /article and refresh reports. */
  readonly builtAt: string;
  readonly buildMs: number;
}

export function buildKnowledgeBase(articles: readonly Article[]): KnowledgeBase {
  const started = performance.now();
  const facts = articles.flatMap((a) => extractFacts(a));
  const index = new SentenceIndex(articles);
  const kb: KnowledgeBase = {
    articles,
    facts,
    index,
    builtAt: new Date().toISOString(),
    buildMs: performance.now() - started,
  };
  return Object.freeze(kb);
}

export async function loadKnowledgeBase(dir: string, options: LoadOptions = {}): Promise<KnowledgeBase> {
  const started = performance.now();
  const articles = await loadArticles(dir, options);
  const kb = buildKnowledgeBase(articles);
  return Object.freeze({ ...kb, buildMs: performance.now() - started });
}

/** A knowledge base over one text given inline (batch `article` input, tests). */
export function knowledgeBaseFromText(id: string, text: string): KnowledgeBase {
  return buildKnowledgeBase([parseArticle(id, text)]);
}

/** A knowledge base over a list of sentences, each kept as one sentence (batch `sentences` input). */
export function knowledgeBaseFromSentences(id: string, sentences: readonly string[], title?: string): KnowledgeBase {
  return buildKnowledgeBase([articleFromSentences(id, sentences, title)]);
}

export function articleById(kb: KnowledgeBase, id: string): Article | undefined {
  return kb.articles.find((a) => a.id === id);
}
