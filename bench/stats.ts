/**
 * Summary statistics for benchmark samples. Percentiles use the nearest-rank method: the value
 * reported is one that was actually measured, never an interpolation between two runs.
 */

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);

/** Nearest-rank percentile, p in [0, 100]. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) throw new RangeError('percentile of no samples');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const s = sorted(xs);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1];
}

/** The middle value; with an even count, the mean of the two middle values. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError('median of no samples');
  const s = sorted(xs);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function summarize(xs: readonly number[]): Summary {
  if (xs.length === 0) throw new RangeError('summary of no samples');
  const s = sorted(xs);
  return {
    n: s.length,
    p50: median(s),
    p99: percentile(s, 99),
    mean: s.reduce((a, b) => a + b, 0) / s.length,
    min: s[0],
    max: s[s.length - 1],
  };
}

/** a / b; NaN rather than Infinity when the floor measured as zero, so a table never claims ∞. */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN;
}

/**
 * Growth exponent of y over x on a log-log scale (least squares): 1 is linear, below 1 sub-linear.
 * Used on answer time against archive size.
 */
export function growthExponent(points: ReadonlyArray<readonly [number, number]>): number {
  const usable = points.filter(([x, y]) => x > 0 && y > 0);
  if (usable.length < 2) return Number.NaN;
  const lx = usable.map(([x]) => Math.log(x));
  const ly = usable.map(([, y]) => Math.log(y));
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i += 1) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  return den > 0 ? num / den : Number.NaN;
}

/** Milliseconds one call takes, by the monotonic clock. */
export function timeOnce(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/**
 * Interleaves two measured functions run after run, so load from other processes on the machine
 * falls on both sides of a ratio alike instead of skewing one of them.
 */
export function timePaired(a: () => unknown, b: () => unknown, runs: number, warmup: number): { a: number[]; b: number[] } {
  for (let i = 0; i < warmup; i += 1) {
    a();
    b();
  }
  const out = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < runs; i += 1) {
    out.a.push(timeOnce(a));
    out.b.push(timeOnce(b));
  }
  return out;
}
