/**
 * The synthetic archive of the scale series: real sentences (the seed, the test articles, WikiQA)
 * reshuffled into articles, so the index sees real vocabulary and real sentence lengths at any
 * size. Deterministic for a given random seed, so two runs bench the same archive.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SyntheticArticle {
  /** File name, e.g. `synthetic-00042.txt`; names sort in creation order. */
  name: string;
  title: string;
  sentences: string[];
  text: string;
}

/** mulberry32: a tiny seeded generator; Math.random cannot be seeded. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const MIN_WORDS = 5;
const MAX_CHARS = 400;

/**
 * Sentences fit for the archive: whitespace tidied, duplicates dropped, and fragments (headings,
 * table cells) and run-ons left out so every synthetic article reads like prose.
 */
export function sentencePool(sentences: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const raw of sentences) {
    const s = raw.replace(/\s+/g, ' ').trim();
    if (s.length > MAX_CHARS || s.split(' ').length < MIN_WORDS || !/^[\p{Lu}\p{N}“"‘']/u.test(s) || !/[.!?"”’)]$/.test(s)) continue;
    seen.add(s);
  }
  return [...seen];
}

const words = (s: string): string[] => s.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w.length > 0);

/** A title from the article's first sentence, as headlines often echo the lead. */
const titleOf = (lead: string): string => words(lead).slice(0, 8).join(' ');

/**
 * `count` articles of `perArticle` sentences each, drawn from the pool without repeats inside an
 * article; the pool is reshuffled each time it runs out, so big archives repeat sentences in new
 * company rather than in the same order.
 */
export function buildArchive(pool: readonly string[], count: number, perArticle: number, seed = 1): SyntheticArticle[] {
  if (pool.length < perArticle) throw new RangeError(`the sentence pool holds ${pool.length} sentences, fewer than the ${perArticle} one article needs`);
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`article count must be a positive integer, got ${count}`);
  const random = randomSource(seed);
  let deck = shuffle(pool, random);
  let next = 0;
  const width = Math.max(5, String(count).length);
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i += 1) {
    if (next + perArticle > deck.length) {
      deck = shuffle(pool, random);
      next = 0;
    }
    const sentences = deck.slice(next, next + perArticle);
    next += perArticle;
    const title = titleOf(sentences[0]);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    // One sentence per paragraph, so the parser keeps exactly these sentences.
    const text = `title: ${title}\ndate: 2024-${month}-${day}\n\n${sentences.join('\n\n')}\n`;
    articles.push({ name: `synthetic-${String(i + 1).padStart(width, '0')}.txt`, title, sentences, text });
  }
  return articles;
}

export async function writeArchive(dir: string, articles: readonly SyntheticArticle[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  // Small batches: ten thousand files at once would exhaust file descriptors.
  for (let i = 0; i < articles.length; i += 256) {
    await Promise.all(articles.slice(i, i + 256).map((a) => writeFile(join(dir, a.name), a.text)));
  }
}

const TEMPLATES: ReadonlyArray<(w: string) => string> = [
  (w) => `What ${w}?`,
  (w) => `Who ${w}?`,
  (w) => `When ${w}?`,
  (w) => `How many ${w}?`,
  (w) => `Why ${w}?`,
  (w) => `Where ${w}?`,
];

/**
 * Questions about the archive's own sentences: a run of up to six of a sentence's words under a
 * question word, so some match one sentence well, some many sentences loosely, and some nothing.
 */
export function archiveQuestions(articles: readonly SyntheticArticle[], count: number, seed = 7): string[] {
  const random = randomSource(seed);
  const out: string[] = [];
  for (let i = 0; i < count && articles.length > 0; i += 1) {
    const article = articles[Math.floor(random() * articles.length)];
    const ws = words(article.sentences[Math.floor(random() * article.sentences.length)]);
    const length = Math.min(ws.length, 3 + Math.floor(random() * 4));
    const start = Math.floor(random() * (ws.length - length + 1));
    const template = TEMPLATES[Math.floor(random() * TEMPLATES.length)];
    out.push(template(ws.slice(start, start + length).join(' ')));
  }
  return out;
}
