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
   * Where each speaker's quotes and claims stand in `speech`, and the speakers by each word of
   * their name (lower case, in the order they first speak): a question's speaker is looked up, not
   * sought in every quote of the archive.
   */
  speechBySpeaker: Map<string, number[]>;
  speakersByWord: Map<string, string[]>;
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
  lookup = { bySentence: new Map(), byArticle: new Map(), names: new Map(), speech: [], speechBySpeaker: new Map(), speakersByWord: new Map(), titleHolders: new Map() };
  for (const fact of kb.facts) {
    if (fact.type === 'quote' || fact.type === 'claim') addSpeech(lookup, fact);
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

/** The one a quote or a claim is put down to. */
export const speakerOf = (f: QuoteFact | ClaimFact): string => (f.type === 'quote' ? f.speaker : f.source);

function addSpeech(lookup: FactLookup, fact: QuoteFact | ClaimFact): void {
  const who = speakerOf(fact);
  let at = lookup.speechBySpeaker.get(who);
  if (!at) {
    lookup.speechBySpeaker.set(who, (at = []));
    for (const word of new Set(who.toLowerCase().split(/\s+/))) {
      let list = lookup.speakersByWord.get(word);
      if (!list) lookup.speakersByWord.set(word, (list = []));
      list.push(who);
    }
  }
  at.push(lookup.speech.length);
  lookup.speech.push(fact);
}

/** The quotes and claims of the given speakers, in the order the knowledge base holds them. */
export function speechOf(kb: KnowledgeBase, speakers: ReadonlySet<string>): Array<QuoteFact | ClaimFact> {
  const lookup = factLookup(kb);
  const at = [...speakers].flatMap((who) => lookup.speechBySpeaker.get(who) ?? []).sort((a, b) => a - b);
  return at.map((i) => lookup.speech[i]);
}

function addTitleHolder(holders: Map<string, string[]>, fact: RoleFact): void {
  for (const word of new Set(fact.description.toLowerCase().split(/\s+/))) {
    let list = holders.get(word);
    if (!list) holders.set(word, (list = []));
    list.push(fact.subject);
  }
}
