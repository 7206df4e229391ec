import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { vectorId } from '../index/embeddings.js';
import { termOf } from '../nlp/terms.js';
import type { Token } from '../nlp/token.js';

/** Optimal-string-alignment edit distance (a swap of two neighbours is one edit), with an early exit past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2] + 1);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}

const bucketCache = new WeakMap<KnowledgeBase, Map<string, string[]>>();

/** The archive's words by first letter and length: a typo is compared only with words it could be. */
function wordBuckets(kb: KnowledgeBase): Map<string, string[]> {
  let buckets = bucketCache.get(kb);
  if (buckets) return buckets;
  buckets = new Map();
  for (const w of kb.index.words) {
    const key = `${w[0]}${w.length}`;
    const list = buckets.get(key);
    if (list) list.push(w);
    else buckets.set(key, [w]);
  }
  bucketCache.set(kb, buckets);
  return buckets;
}

/**
 * Fixes simple typos in a question: a word the articles do not use and that is not an English word
 * we know becomes the article word one edit away (two for long words), if there is exactly one best.
 */
export function correctSpelling(kb: KnowledgeBase, tokens: Token[]): { tokens: Token[]; corrections: Array<[string, string]> } {
  const corrections: Array<[string, string]> = [];
  const out = tokens.map((t) => {
    // The cheap tests first: most tokens are short or not words.
    if (t.kind !== 'word' || t.norm.length < 4) return t;
    const term = termOf(t);
    if (term === null) return t;
    // A word of the articles, or an English word we know (it has a word vector), is no typo.
    if (kb.index.has(term) || kb.index.words.has(t.norm) || vectorId(t.norm) >= 0) return t;
    const max = t.norm.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = max + 1;
    let ties = 0;
    const buckets = wordBuckets(kb);
    const nearby: string[] = [];
    for (let len = t.norm.length - max; len <= t.norm.length + max; len += 1) nearby.push(...(buckets.get(`${t.norm[0]}${len}`) ?? []));
    for (const w of nearby) {
      const d = editDistance(t.norm, w, max);
      if (d < bestDistance) {
        best = w;
        bestDistance = d;
        ties = 0;
      } else if (d === bestDistance) ties += 1;
    }
    if (best === undefined || ties > 0) return t;
    corrections.push([t.text, best]);
    return { ...t, text: best, norm: best, lemma: best };
  });
  return { tokens: out, corrections };
}
