import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/article/parse.js';
import type { Article } from '../src/article/types.js';
import { extractFacts } from '../src/facts/extract.js';
import type { Fact } from '../src/facts/types.js';

/** Loads an article by path relative to the repository root and extracts its facts. */
export function load(relative: string): { article: Article; facts: Fact[] } {
  const path = fileURLToPath(new URL(`../${relative}`, import.meta.url));
  const article = parseArticle(relative.split('/').pop() ?? relative, readFileSync(path, 'utf8'));
  return { article, facts: extractFacts(article) };
}

export function ofType<T extends Fact['type']>(facts: readonly Fact[], type: T): Extract<Fact, { type: T }>[] {
  return facts.filter((f): f is Extract<Fact, { type: T }> => f.type === type);
}
