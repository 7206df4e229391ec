import type { LoadOptions } from '../article/load.js';
import type { Fact } from '../facts/types.js';
import { loadKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';

export interface RefreshReport {
  ok: true;
  factsAdded: number;
  factsRemoved: number;
  factsBefore: number;
  factsAfter: number;
  sentencesBefore: number;
  sentencesAfter: number;
  articles: string[];
  ms: number;
}

export class RefreshInProgressError extends Error {
  constructor() {
    super('a refresh is already running; try again when it has finished');
    this.name = 'RefreshInProgressError';
  }
}

const factKey = (f: Fact): string => {
  const { id: _id, sentences: _s, ...rest } = f;
  return JSON.stringify(rest);
};

const sentenceCount = (kb: KnowledgeBase): number => kb.articles.reduce((n, a) => n + a.sentences.length, 0);

function factsByArticle(facts: readonly Fact[]): Map<string, Fact[]> {
  const out = new Map<string, Fact[]>();
  for (const f of facts) {
    let list = out.get(f.article);
    if (!list) out.set(f.article, (list = []));
    list.push(f);
  }
  return out;
}

/**
 * Facts added and removed between two knowledge bases, by content (ids and sentence positions
 * aside). A fact's key holds its article, so facts of different articles never match and the
 * sets can be compared one article at a time: the peak is one article's keys, not the archive's
 * (hundreds of megabytes of JSON at ten thousand articles).
 */
export function factChanges(before: readonly Fact[], after: readonly Fact[]): { added: number; removed: number } {
  const oldBy = factsByArticle(before);
  const newBy = factsByArticle(after);
  let added = 0;
  let removed = 0;
  for (const [article, facts] of newBy) {
    const newKeys = new Set(facts.map(factKey));
    const oldKeys = new Set((oldBy.get(article) ?? []).map(factKey));
    for (const k of newKeys) if (!oldKeys.has(k)) added += 1;
    for (const k of oldKeys) if (!newKeys.has(k)) removed += 1;
  }
  for (const [article, facts] of oldBy) if (!newBy.has(article)) removed += new Set(facts.map(factKey)).size;
  return { added, removed };
}

/**
 * Holds the knowledge base in service. `refresh` loads the seeds folder into a new knowledge base
 * and swaps it in at once; if loading fails, the old one stays and the error is thrown. A second
 * refresh while one runs is refused rather than queued, so moderators get a clear answer.
 */
export class KnowledgeStore {
  #current: KnowledgeBase;
  #refreshing = false;

  /**
   * `prepare` readies a knowledge base for questions before it goes into service (the engine
   * passes the answering side's; the store itself knows nothing of answering).
   */
  constructor(
    initial: KnowledgeBase,
    readonly seedsDir: string,
    readonly loadOptions: LoadOptions = {},
    readonly prepare: (kb: KnowledgeBase) => void = () => {},
  ) {
    this.#current = initial;
  }

  static async open(seedsDir: string, loadOptions: LoadOptions = {}, prepare: (kb: KnowledgeBase) => void = () => {}): Promise<KnowledgeStore> {
    const kb = await loadKnowledgeBase(seedsDir, loadOptions);
    prepare(kb);
    return new KnowledgeStore(kb, seedsDir, loadOptions, prepare);
  }

  get current(): KnowledgeBase {
    return this.#current;
  }

  get refreshing(): boolean {
    return this.#refreshing;
  }

  async refresh(): Promise<RefreshReport> {
    if (this.#refreshing) throw new RefreshInProgressError();
    this.#refreshing = true;
    const started = performance.now();
    try {
      const next = await loadKnowledgeBase(this.seedsDir, this.loadOptions);
      this.prepare(next);
      const before = this.#current;
      const { added, removed } = factChanges(before.facts, next.facts);
      this.#current = next;
      return {
        ok: true,
        factsAdded: added,
        factsRemoved: removed,
        factsBefore: before.facts.length,
        factsAfter: next.facts.length,
        sentencesBefore: sentenceCount(before),
        sentencesAfter: sentenceCount(next),
        articles: next.articles.map((a) => a.id),
        ms: performance.now() - started,
      };
    } finally {
      this.#refreshing = false;
    }
  }
}
