import type { Article, Sentence } from '../article/types.js';
import type { Chunk } from './chunks.js';
import type { Draft } from './draft.js';
import type { AliasFact } from './types.js';
import { isAcronym, spanText, startsLower, startsUpper } from './tokens.js';

/**
 * Aliases: "Hayat Tahrir al-Sham group, or HTS", "Halvorsen Marine Ltd (HML)", "X, also known
 * as Y", and an acronym used anywhere whose letters are the initials of a longer name
 * ("Syrian National Army" … "SNA").
 */

const initials = (words: readonly string[]): string =>
  words
    .filter((w) => startsUpper(w))
    .map((w) => w.replace(/^(?:al|el)-/iu, '')[0])
    .join('')
    .toUpperCase();

/** Y in "X (Y)" names X when it is an acronym or a shorter form of X. */
const shortFor = (alias: Chunk, full: Chunk): boolean =>
  alias.words.length < full.words.length && (isAcronym(alias.name) || alias.words.every((w) => full.words.includes(w)));

/** The words right before "(ABC)" whose initials are A, B and C, as written; hyphenated parts may count as words. */
function spelledBefore(sentence: Sentence, acronym: Chunk): string | undefined {
  const tokens = sentence.tokens;
  const open = acronym.outerStart - 1;
  if (tokens[open]?.text !== '(' || tokens[acronym.end]?.text !== ')') return undefined;
  const letters = acronym.name.toLowerCase();
  let k = open - 1;
  for (let n = letters.length - 1; n >= 0; n -= 1, k -= 1) {
    if (tokens[k]?.text === '-') k -= 1;
    // "twenty-foot equivalent units (TEU)": a hyphenated word may give one letter, by its first part.
    let whole = k;
    while (tokens[whole - 1]?.text === '-' && tokens[whole - 2]?.kind === 'word') whole -= 2;
    if (whole !== k && tokens[k]?.norm[0] !== letters[n] && tokens[whole].norm[0] === letters[n]) k = whole;
    const t = tokens[k];
    if (t?.kind !== 'word' || t.norm[0] !== letters[n]) return undefined;
  }
  return spanText(sentence, k + 1, open - 1);
}

/** Lower-case words a name may hold that give no letter to its acronym: "Friends of the Earth" (FOE). */
const UNSPELLED = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', '&', 'de']);
const UPPER_LETTER = /\p{Lu}/u;

/**
 * "the League for the Care of Upland Hedgerows (LCUH)": the capitalised words, with
 * the small words between them, that end right before token `end` and spell the acronym's capitals
 * one by one, from the last; or the chunk's own name when they do not spell it whole.
 */
function spelledName(sentence: Sentence, full: Chunk, acronym: string): string {
  const tokens = sentence.tokens;
  const letters = [...acronym].filter((ch) => UPPER_LETTER.test(ch));
  let n = letters.length - 1;
  let k = full.end - 1;
  while (n >= 0 && k >= 0) {
    const t = tokens[k];
    // ("the Dock Workers' Union (DWU)": a plural's apostrophe gives no letter.)
    if (t.text === "'" || t.text === '’') k -= 1;
    else if (t.kind === 'word' && startsUpper(t.text) && t.text[0].toUpperCase() === letters[n]) {
      n -= 1;
      k -= 1;
    } else if (startsLower(t.text) && UNSPELLED.has(t.norm) && k < full.end - 1) k -= 1;
    else break;
  }
  return n < 0 && k + 1 < full.start ? spanText(sentence, k + 1, full.end - 1) : full.name;
}

export function extractAliases(article: Article, chunks: readonly Chunk[][]): Draft<AliasFact>[] {
  const out: Draft<AliasFact>[] = [];
  const seen = new Set<string>();
  const add = (name: string, alias: string, sentence: number): void => {
    const key = `${name}\u0000${alias}`;
    if (name === alias || seen.has(key)) return;
    seen.add(key);
    out.push({ type: 'alias', sentences: [sentence], name, alias });
  };

  for (const sentence of article.sentences) {
    if (sentence.caption) continue;
    const tokens = sentence.tokens;
    const list = chunks[sentence.index] ?? [];
    for (let c = 0; c < list.length - 1; c += 1) {
      const full = list[c];
      const next = list[c + 1];
      let k = full.end;
      // "X (Y)"
      if (tokens[k]?.text === '(' && next.outerStart === k + 1 && tokens[next.end]?.text === ')' && shortFor(next, full)) {
        add(isAcronym(next.name) ? spelledName(sentence, full, next.name) : full.name, next.name, sentence.index);
        continue;
      }
      // "X group, or Y" / "X, also known as Y"
      if (tokens[k] && startsLower(tokens[k].text) && tokens[k].pos === 'NOUN') k += 1;
      if (tokens[k]?.text !== ',') continue;
      k += 1;
      if (tokens[k]?.norm === 'or') k += 1;
      else {
        if (tokens[k]?.norm === 'also') k += 1;
        if (tokens[k]?.norm === 'known' && tokens[k + 1]?.norm === 'as') k += 2;
        else if (tokens[k]?.norm === 'called' || tokens[k]?.norm === 'dubbed') k += 1;
        else continue;
      }
      const after = tokens[next.end];
      if (next.outerStart === k && (!after || after.text === ',' || after.text === '.' || after.text === ')') && next.words.length <= full.words.length) {
        add(isAcronym(next.name) ? spelledName(sentence, full, next.name) : full.name, next.name, sentence.index);
      }
    }
  }

  // "a remotely operated vehicle (ROV)": an acronym in brackets after common words that spell it.
  for (const sentence of article.sentences) {
    for (const a of chunks[sentence.index] ?? []) {
      if (a.words.length !== 1 || !isAcronym(a.name) || out.some((x) => x.alias === a.name)) continue;
      const spelled = spelledBefore(sentence, a);
      if (spelled) add(spelled, a.name, sentence.index);
    }
  }

  // An acronym anywhere in the article whose letters are a longer name's initials.
  const all = chunks.flat();
  const aliased = new Set(out.map((a) => a.alias));
  // The first longer name with each set of initials, computed once rather than per acronym.
  let byInitials: Map<string, Chunk> | undefined;
  for (const a of all) {
    if (a.words.length !== 1 || !isAcronym(a.name) || aliased.has(a.name)) continue;
    if (!byInitials) {
      byInitials = new Map();
      for (const c of all) {
        if (c.words.length < 2) continue;
        const key = initials(c.words);
        if (!byInitials.has(key)) byInitials.set(key, c);
      }
    }
    const full = byInitials.get(a.name.replace(/\./g, ''));
    if (full) {
      add(full.name, a.name, full.sentence === a.sentence ? a.sentence : Math.min(full.sentence, a.sentence));
      const fact = out[out.length - 1];
      if (fact.alias === a.name && full.sentence !== a.sentence) fact.sentences = [full.sentence, a.sentence].sort((x, y) => x - y);
      aliased.add(a.name);
    }
  }
  return out;
}
