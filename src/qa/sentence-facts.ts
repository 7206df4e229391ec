import type { ClaimFact, Fact, NameFact, QuoteFact } from '../facts/types.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';

/** Facts grouped by the sentence they come from, built once per (immutable) knowledge base. */
export interface FactLookup {
  bySentence: Map<string, Fact[]>;
  byArticle: Map<string, Fact[]>;
  names: Map<string, NameFact[]>;
  /** Quotes and claims: who says what. */
  speech: Array<QuoteFact | ClaimFact>;
}

const cache = new WeakMap<KnowledgeBase, FactLookup>();

export const sentenceKey = (article: string, index: number): string => `${article}#${index}`;

export function factLookup(kb: KnowledgeBase): FactLookup {
  let lookup = cache.get(kb);
  if (lookup) return lookup;
  lookup = { bySentence: new Map(), byArticle: new Map(), names: new Map(), speech: [] };
  for (const fact of kb.facts) {
    if (fact.type === 'quote' || fact.type === 'claim') lookup.speech.push(fact);
    let list = lookup.byArticle.get(fact.article);
    if (!list) lookup.byArticle.set(fact.article, (list = []));
    list.push(fact);
    if (fact.type === 'name') {
      let names = lookup.names.get(fact.article);
      if (!names) lookup.names.set(fact.article, (names = []));
      names.push(fact);
    }
    for (const index of new Set(fact.sentences)) {
      const key = sentenceKey(fact.article, index);
      let facts = lookup.bySentence.get(key);
      if (!facts) lookup.bySentence.set(key, (facts = []));
      facts.push(fact);
    }
  }
  cache.set(kb, lookup);
  return lookup;
}

export function factsOf(kb: KnowledgeBase, article: string, index: number): Fact[] {
  return factLookup(kb).bySentence.get(sentenceKey(article, index)) ?? [];
}

export function articleFacts(kb: KnowledgeBase, article: string): Fact[] {
  return factLookup(kb).byArticle.get(article) ?? [];
}
