import type { ClaimFact, Fact, NameFact, QuoteFact, RoleFact } from '../facts/types.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { exactLists } from '../compact.js';

/** Facts grouped by the sentence they come from, built once per (immutable) knowledge base. */
export interface FactLookup {
  /**
   * Article id → facts by sentence index (none where a sentence has none): no key string to build
   * on every look-up, and an array per article, not a map (which cost five times as much).
   */
  bySentence: Map<string, (Fact[] | undefined)[]>;
  byArticle: Map<string, Fact[]>;
  names: Map<string, NameFact[]>;
  /** Quotes and claims: who says what. */
  speech: Array<QuoteFact | ClaimFact>;
  /**
   * Who holds a title written before their name ("Yard foreman Ivo Skerrat"), by each word of the
   * title ("foreman"): built once, as "what did the foreman say?" looks a speaker up by it.
   */
  titleHolders: Map<string, string[]>;
}

const cache = new WeakMap<KnowledgeBase, FactLookup>();

export function factLookup(kb: KnowledgeBase): FactLookup {
  let lookup = cache.get(kb);
  if (lookup) return lookup;
  lookup = { bySentence: new Map(), byArticle: new Map(), names: new Map(), speech: [], titleHolders: new Map() };
  for (const fact of kb.facts) {
    if (fact.type === 'quote' || fact.type === 'claim') lookup.speech.push(fact);
    if (fact.type === 'role' && fact.via === 'title') addTitleHolder(lookup.titleHolders, fact);
    let list = lookup.byArticle.get(fact.article);
    if (!list) lookup.byArticle.set(fact.article, (list = []));
    list.push(fact);
    if (fact.type === 'name') {
      let names = lookup.names.get(fact.article);
      if (!names) lookup.names.set(fact.article, (names = []));
      names.push(fact);
    }
    let sentences = lookup.bySentence.get(fact.article);
    if (!sentences) lookup.bySentence.set(fact.article, (sentences = []));
    for (const index of new Set(fact.sentences)) (sentences[index] ??= []).push(fact);
  }
  // Exact copies (see exactLists); map keeps the holes of sentences without facts.
  for (const [article, sentences] of lookup.bySentence) lookup.bySentence.set(article, sentences.map((facts) => facts?.slice()));
  exactLists(lookup.byArticle);
  exactLists(lookup.names);
  cache.set(kb, lookup);
  return lookup;
}

export function factsOf(kb: KnowledgeBase, article: string, index: number): Fact[] {
  return factLookup(kb).bySentence.get(article)?.[index] ?? [];
}

export function articleFacts(kb: KnowledgeBase, article: string): Fact[] {
  return factLookup(kb).byArticle.get(article) ?? [];
}

function addTitleHolder(holders: Map<string, string[]>, fact: RoleFact): void {
  for (const word of new Set(fact.description.toLowerCase().split(/\s+/))) {
    let list = holders.get(word);
    if (!list) holders.set(word, (list = []));
    list.push(fact.subject);
  }
}
