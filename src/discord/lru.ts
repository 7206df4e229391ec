/**
 * A map that forgets: at most `max` entries (least recently used go first) and none older than
 * `ttlMs` since last use, so per-user state cannot grow without bound.
 */
export class LruCache<K, V> {
  readonly #entries = new Map<K, { value: V; touched: number }>();

  constructor(
    readonly max: number,
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (this.now() - entry.touched > this.ttlMs) return undefined;
    entry.touched = this.now();
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, touched: this.now() });
    while (this.#entries.size > this.max) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }

  /** The value for `key`, made with `make` when absent or expired. */
  getOrCreate(key: K, make: () => V): V {
    const found = this.get(key);
    if (found !== undefined) return found;
    const value = make();
    this.set(key, value);
    return value;
  }
}
