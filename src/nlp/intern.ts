/**
 * A bounded table of shared strings. A knowledge base holds millions of tokens and facts whose
 * strings come from a small vocabulary; each read would otherwise keep its own copy of "syria"
 * or "say". Bounded (cleared when full) so that a long-running bot fed new words does not grow
 * without limit: a cleared table only means later copies are no longer shared.
 */
export class InternTable {
  readonly #table = new Map<string, string>();

  constructor(readonly limit: number) {}

  intern(s: string): string {
    const shared = this.#table.get(s);
    if (shared !== undefined) return shared;
    if (this.#table.size >= this.limit) this.#table.clear();
    this.#table.set(s, s);
    return s;
  }

  get size(): number {
    return this.#table.size;
  }
}

/** The process's table for token strings (text, normal form, lemma). */
export const tokenStrings = new InternTable(100_000);
