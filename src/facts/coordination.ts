import type { Article } from '../article/types.js';
import type { Chunk } from './chunks.js';

const LINKS = new Set(['and', 'or', ',']);

/** Pairs of names joined by "and", "or" or a comma ("Lebanon, Iraq and Jordan"): likely the same kind. */
export function coordinatedChunks(article: Article, chunks: readonly Chunk[][]): [Chunk, Chunk][] {
  const pairs: [Chunk, Chunk][] = [];
  for (const s of article.sentences) {
    const list = chunks[s.index] ?? [];
    for (let c = 0; c + 1 < list.length; c += 1) {
      const a = list[c];
      const b = list[c + 1];
      const between = s.tokens.slice(a.end, b.outerStart).map((t) => t.norm).filter((w) => w !== 'the');
      if (between.length >= 1 && between.length <= 2 && between.every((w) => LINKS.has(w)) && between.includes(between.length === 2 ? 'and' : between[0])) {
        if (between.length === 2 && !(between[0] === ',' && (between[1] === 'and' || between[1] === 'or'))) continue;
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}
