export type CooldownResult = { ok: true } | { ok: false; retryAfterMs: number; firstRefusal: boolean };

interface Bucket {
  tokens: number;
  updated: number;
  warned: boolean;
}

/**
 * Per-user token bucket: a burst of `burst` questions, then one every `refillMs`. The first refusal
 * of a run is flagged so adapters answer it once and stay silent on the rest of a flood.
 */
export class Cooldown {
  readonly #buckets = new Map<string, Bucket>();

  constructor(
    readonly burst = 3,
    readonly refillMs = 4000,
    private readonly now: () => number = Date.now,
    readonly maxUsers = 10_000,
  ) {}

  take(userId: string): CooldownResult {
    // No refill time means no cooldown (and 0/0 below would be NaN, refusing everyone).
    if (this.refillMs <= 0) return { ok: true };
    const t = this.now();
    const bucket = this.#buckets.get(userId) ?? { tokens: this.burst, updated: t, warned: false };
    const refilled = Math.min(this.burst, bucket.tokens + (t - bucket.updated) / this.refillMs);
    bucket.tokens = refilled;
    bucket.updated = t;
    this.#buckets.delete(userId);
    this.#buckets.set(userId, bucket);
    this.#prune();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.warned = false;
      return { ok: true };
    }
    const firstRefusal = !bucket.warned;
    bucket.warned = true;
    return { ok: false, retryAfterMs: Math.ceil((1 - bucket.tokens) * this.refillMs), firstRefusal };
  }

  #prune(): void {
    // Least recently seen users first: their buckets are the likeliest to be full again anyway.
    while (this.#buckets.size > this.maxUsers) {
      const oldest = this.#buckets.keys().next();
      if (oldest.done) break;
      this.#buckets.delete(oldest.value);
    }
  }
}
