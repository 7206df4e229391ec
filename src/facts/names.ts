/**
 * Names: the entities of an article, and how to find them again from any form of words.
 *
 * Public API for the QA engine:
 *  - `resolveName(facts, text)` maps a form of words to the article's full NameFact: the full name
 *    ("Ali Mahmoud Abbas"), a titled or short form ("Mr Abbas", "Abbas", "General Abbas"), a head
 *    word of a longer name ("the Observatory"), an alias ("HTS"), or a role the article links to
 *    a name ("the Observatory's chief", "the defence minister"). Case and a leading "the" or a
 *    trailing "'s" do not matter. Returns undefined when nothing in the facts fits.
 *  - `mentionedNames(facts, textOrTokens)` lists the NameFacts a text mentions (any form, alias,
 *    a person's last name, an organisation's head word), in the order they appear, each once.
 *    Use it on a question to learn which entities it is about.
 *
 * Inside extraction, `buildNames` clusters proper-noun chunks into entities: a chunk whose words
 * are the tail of a longer name (a last name), contain its organisation word, or start it with two
 * or more words is a short form of it; an alias joins its full name.
 */
import { exactLists } from '../compact.js';
import { isAsciiLetterOrDigit, lengthsByFirst, mayBeListed } from '../nlp/normalize.js';
import type { Token } from '../nlp/token.js';
import type { Chunk } from './chunks.js';
import { isOrgWord } from './chunks.js';
import type { Draft } from './draft.js';
import { HONORIFICS, PLACE_INSTITUTIONS, ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.js';
import type { AliasFact, EntityKind, Fact, NameFact, RoleFact } from './types.js';
import { startsUpper } from './tokens.js';

/** What resolution needs to know of a name. */
export interface NameLike {
  name: string;
  kind: EntityKind;
  forms: readonly string[];
}

const apostrophes = (s: string): string => s.replace(/[’‘`]/g, "'");

/** Lower-cased words of a form, without "the", a trailing "'s" or leading titles. */
export function normaliseForm(text: string): string[] {
  return [...formWords(text)];
}

/**
 * Resolvers normalise the same forms again and again (every name, form and alias of an article,
 * for every resolver built); the words depend on the text alone, so they are kept. Read-only:
 * callers outside this module get a copy from `normaliseForm`.
 */
const formCache = new Map<string, readonly string[]>();
const FORM_CACHE_LIMIT = 10_000;
/** The same words joined, as resolvers key their tables. */
const formKeys = new Map<string, string>();

/**
 * A form looked up at question time is read from the kept words when an article's name, form or
 * alias wrote it, but is never kept itself: the cache is article data, and a question asked twice
 * must cost what it cost the first time.
 */
function lookupWords(text: string): readonly string[] {
  return formCache.get(text) ?? computeFormWords(text);
}

/** Whether a form's words are kept (for tests of what may be kept). */
export function isFormKept(text: string): boolean {
  return formCache.has(text);
}

function formWords(text: string): readonly string[] {
  const cached = formCache.get(text);
  if (cached !== undefined) return cached;
  const words = computeFormWords(text);
  // Bounded so that a long-running bot fed random text does not grow without limit.
  if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
  formCache.set(text, words);
  return words;
}

function computeFormWords(text: string): string[] {
  let words = apostrophes(text)
    .replace(/'s?$|'s(?=\s*$)/u, '')
    .replace(/[“”"?!.,;:()]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length > 0 && /^(?:the|a|an)$/i.test(words[0])) words = words.slice(1);
  let k = 0;
  while (k < words.length - 1) {
    const w = words[k].toLowerCase();
    if (HONORIFICS.has(w) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w)) k += 1;
    else break;
  }
  // Only strip titles when a capitalised name follows them.
  if (k > 0 && k < words.length && startsUpper(words[k])) words = words.slice(k);
  return words.map((w) => w.toLowerCase().replace(/'s$/, ''));
}

/** A description's words for comparison: lower case, no article, no possessive mark. */
function normalisePhrase(text: string): string {
  return apostrophes(text)
    .toLowerCase()
    .replace(/[“”"?!.,;:()]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'the' && w !== 'a' && w !== 'an')
    .map((w) => w.replace(/'s?$/, ''))
    .join(' ');
}

/** Is `short` a short form of `long`? Both as lower-cased words. */
export function isShortForm(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  const first = short[0];
  for (let p = 0; p + short.length <= long.length; p += 1) {
    if (long[p] !== first) continue;
    let same = true;
    for (let k = 1; k < short.length && same; k += 1) same = short[k] === long[p + k];
    if (!same) continue;
    // A last name, but never the place in "University of Tervik".
    if (p + short.length === long.length && long[p - 1] !== 'of' && long[p - 1] !== 'for') return true;
    if (short.some((w) => isOrgWord(w))) return true;
    if (p === 0 && short.length >= 2) return true;
    // "Halvorsen" for "Halvorsen Marine Ltd": a company goes by its first word; a place's institution
    // ("Aldersund Technical University", "Kellbrook Crown Court") does not: its first word is the place.
    if (p === 0 && isOrgWord(long[long.length - 1]) && !PLACE_INSTITUTIONS.has(long[long.length - 1])) return true;
  }
  return false;
}

/**
 * Prepares resolution of forms of words against a list of names, their aliases and roles.
 * Generic so the extractors (over drafts) and the QA engine (over facts) share one rule; the
 * names' normal forms are computed once.
 */
export function createResolver<T extends NameLike>(
  names: readonly T[],
  aliases: readonly { name: string; alias: string }[],
  roles: readonly { subject: string; description: string }[],
): (text: string) => T | undefined {
  const key = (words: readonly string[]): string => words.join(' ');
  const formKey = (text: string): string => {
    let k = formKeys.get(text);
    if (k === undefined) {
      if (formKeys.size >= FORM_CACHE_LIMIT) formKeys.clear();
      formKeys.set(text, (k = key(formWords(text))));
    }
    return k;
  };
  const byKey = new Map<string, T>();
  for (const n of names) {
    const k = formKey(n.name);
    if (!byKey.has(k)) byKey.set(k, n);
  }
  const byForm = new Map<string, T>();
  for (const n of names) {
    for (const f of n.forms) {
      const k = formKey(f);
      if (!byForm.has(k)) byForm.set(k, n);
    }
  }
  const byAlias = new Map<string, T>();
  for (const a of aliases) {
    const k = formKey(a.name);
    const target = byKey.get(k);
    if (target) {
      byAlias.set(formKey(a.alias), target);
      byAlias.set(k, target);
    }
  }
  const nameWords = names.map((n) => ({ n, words: formWords(n.name) }));
  // A short form's first word is one of the name's words: only names holding it are tested.
  const withWord = new Map<string, { n: T; words: readonly string[] }[]>();
  for (const x of nameWords) {
    for (const w of new Set(x.words)) {
      let list = withWord.get(w);
      if (!list) withWord.set(w, (list = []));
      list.push(x);
    }
  }
  const roleKeys = roles.map((r) => ({ subject: r.subject, description: normalisePhrase(r.description) }));

  const direct = (words: readonly string[]): T | undefined => {
    const k = key(words);
    const found = byKey.get(k) ?? byForm.get(k) ?? byAlias.get(k);
    if (found) return found;
    const short = words.length > 0 ? (withWord.get(words[0]) ?? []).filter((x) => isShortForm(words, x.words)) : [];
    return short.length > 0 ? short.sort((a, b) => b.n.name.length - a.n.name.length)[0].n : undefined;
  };
  return (text: string): T | undefined => {
    const words = lookupWords(text);
    if (words.length === 0) return undefined;
    // People type names in lower case: "general ali abbas" still has a title to drop.
    let untitled = 0;
    while (untitled < words.length - 1 && (HONORIFICS.has(words[untitled]) || TITLE_HEADS.has(words[untitled]) || TITLE_MODIFIERS.has(words[untitled]))) untitled += 1;
    const found = direct(words) ?? (untitled > 0 ? direct(words.slice(untitled)) : undefined);
    if (found || !words.some((w) => ROLE_NOUNS.has(w))) return found;
    // "the defence minister" → the person the article gives that role.
    const wanted = normalisePhrase(text);
    for (const role of roleKeys) {
      if (role.description === wanted || role.description.endsWith(` ${wanted}`)) {
        const subject = direct(formWords(role.subject));
        if (subject) return subject;
      }
    }
    return undefined;
  };
}

/** One-off resolution; prefer `createResolver` when resolving many texts against the same names. */
export function resolveAgainst<T extends NameLike>(
  names: readonly T[],
  aliases: readonly { name: string; alias: string }[],
  roles: readonly { subject: string; description: string }[],
  text: string,
): T | undefined {
  return createResolver(names, aliases, roles)(text);
}

/** Maps a form of words to the article's NameFact ("Mr Abbas" → "Ali Mahmoud Abbas"). */
const resolverCache = new WeakMap<readonly Fact[], (text: string) => NameFact | undefined>();
export function resolveName(facts: readonly Fact[], text: string): NameFact | undefined {
  let r = resolverCache.get(facts);
  if (!r) {
    const names = facts.filter((f): f is NameFact => f.type === 'name');
    const aliases = facts.filter((f): f is AliasFact => f.type === 'alias');
    const roles = facts.filter((f): f is RoleFact => f.type === 'role');
    r = createResolver(names, aliases, roles);
    resolverCache.set(facts, r);
  }
  return r(text);
}

interface KeyTable {
  /**
   * Each written form → the entries it is a key of, by number: entry n is `facts[n]`, weak when
   * `weak[n]` is 1, a given name (weak, and a name only where written with its capital) when it is
   * GIVEN, and n is also its order of listing. Numbers, not an object per entry (48 bytes
   * each, one or two per name of the archive).
   */
  keys: Map<string, number[]>;
  facts: NameFact[];
  weak: Uint8Array;
  maxLen: number;
  /** The first words of the keys: a word of a text that is none of them starts no key. */
  firstWords: Set<string>;
  /** Their lengths by first character (see lengthsByFirst): most words of a text are not sliced out to be looked up. */
  firstLengths: Uint32Array;
  /** The first characters of keys that open on no letter or digit. */
  oddFirsts: Set<string>;
}

/** Every written form of every name, built once per facts array (knowledge bases are immutable). */
const keyCache = new WeakMap<readonly Fact[], KeyTable>();

function keyTable(facts: readonly Fact[]): KeyTable {
  let t = keyCache.get(facts);
  if (t) return t;
  const names = facts.filter((f): f is NameFact => f.type === 'name');
  const aliasesByName = new Map<string, string[]>();
  for (const f of facts) {
    if (f.type !== 'alias') continue;
    let list = aliasesByName.get(f.name);
    if (!list) aliasesByName.set(f.name, (list = []));
    list.push(f.alias);
  }
  const keys = new Map<string, number[]>();
  const keyFacts: NameFact[] = [];
  const weakKeys: number[] = [];
  const firstWords = new Set<string>();
  const oddFirsts = new Set<string>();
  let maxLen = 0;
  const add = (key: string, fact: NameFact, weak: boolean | typeof GIVEN): void => {
    if (key.length < 2) return;
    let list = keys.get(key);
    if (!list) keys.set(key, (list = []));
    list.push(keyFacts.length);
    keyFacts.push(fact);
    weakKeys.push(weak === GIVEN ? GIVEN : weak ? 1 : 0);
    maxLen = Math.max(maxLen, key.length);
    const first = FIRST_WORD.exec(key)?.[0];
    if (first === undefined) oddFirsts.add(key[0]);
    else firstWords.add(first);
  };
  const given = givenNames(names);
  for (const n of names) {
    const strong = new Set<string>([n.name, ...n.forms].map((f) => apostrophes(f).toLowerCase().replace(/^the\s+/, '')));
    for (const a of aliasesByName.get(n.name) ?? []) strong.add(a.toLowerCase());
    for (const key of strong) add(key, n, false);
    const words = n.name.split(/\s+/);
    if (words.length > 1 && n.kind === 'person') add(words[words.length - 1].toLowerCase(), n, true);
    if (words.length > 1 && n.kind === 'person' && GIVEN_NAME.test(words[0]) && given.get(words[0]) === 1) add(words[0].toLowerCase(), n, GIVEN);
    if (words.length > 1 && n.kind === 'organisation') {
      for (const w of words) if (isOrgWord(w) && startsUpper(w)) add(w.toLowerCase(), n, true);
    }
  }
  exactLists(keys);
  t = { keys, facts: keyFacts.slice(), weak: Uint8Array.from(weakKeys), maxLen, firstWords, firstLengths: lengthsByFirst(firstWords), oddFirsts };
  keyCache.set(facts, t);
  return t;
}

/** The mark in KeyTable.weak of a key that is a person's given name. */
const GIVEN = 2;
const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase();

const GIVEN_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * "How old is Wilhelmina?" after "Wilhelmina Graystock … said Graystock, 43": a given name that opens one
 * person's full name, and no other name (nor is a name on its own), calls that person by it. Each
 * name's first word, by how many names it opens (two for one that is also a name whole).
 */
function givenNames(names: readonly NameFact[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const n of names) {
    const space = n.name.indexOf(' ');
    const first = space < 0 ? n.name : n.name.slice(0, space);
    count.set(first, (count.get(first) ?? 0) + (space < 0 ? 2 : 1));
  }
  return count;
}
const ALNUM = /[\p{L}\p{N}]/u;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/** findMentions' marks of the characters inside a word, by position; only the text's length of it is read. */
let inWordScratch = new Uint8Array(256);

/** A letter or digit at i: ASCII by its code, anything else by the Unicode classes. */
function isAlnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetterOrDigit(c);
  return ALNUM.test(text[i]);
}

/** The NameFacts a text mentions, in order of appearance, each once. */
export function mentionedNames(facts: readonly Fact[], input: string | readonly Token[]): NameFact[] {
  const written = apostrophes(typeof input === 'string' ? input : input.map((t) => t.text).join(' '));
  const text = written.toLowerCase();
  // (A letter whose lower case is longer, "İ", leaves the capitals unread: no given name is found.)
  return findMentions(keyTable(facts), text, text.length === written.length ? written : text);
}

/**
 * Every key the text writes whole (no letter or digit right before or after it). Letters and
 * digits are told apart once per character, and keys are looked up only from a word some key
 * starts with.
 */
function findMentions({ keys, facts, weak, maxLen, firstWords, firstLengths, oddFirsts }: KeyTable, text: string, written: string): NameFact[] {
  // A typed array made per call costs a call into the runtime (every question makes one): the
  // scratch is reused, grown to the longest text yet, and each character's mark is written afresh.
  if (inWordScratch.length < text.length) inWordScratch = new Uint8Array(Math.max(text.length, inWordScratch.length * 2));
  const inWord = inWordScratch;
  for (let i = 0; i < text.length; i += 1) inWord[i] = isAlnumAt(text, i) ? 1 : 0;
  const hits: { start: number; end: number; fact: NameFact; weak: boolean; order: number }[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (i > 0 && inWord[i - 1] === 1) continue;
    if (inWord[i] === 1) {
      let end = i + 1;
      while (end < text.length && inWord[end] === 1) end += 1;
      if (!mayBeListed(firstLengths, text, i, end) || !firstWords.has(text.slice(i, end))) continue;
    } else if (!oddFirsts.has(text[i])) continue;
    for (let j = i + 1; j <= Math.min(text.length, i + maxLen); j += 1) {
      if (j < text.length && inWord[j] === 1) continue;
      const found = keys.get(text.slice(i, j));
      // ("how old is the winner" names no "Old Bridge": a given name is a common word often enough.)
      if (found) for (const n of found) if (weak[n] !== GIVEN || isUpper(written[i])) hits.push({ start: i, end: j, fact: facts[n], weak: weak[n] !== 0, order: n });
    }
  }
  // (Most texts hold no name or one: nothing to order.)
  if (hits.length > 1) hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || Number(a.weak) - Number(b.weak) || a.order - b.order);
  const out: NameFact[] = [];
  let covered = -1;
  for (const h of hits) {
    if (h.start < covered) continue;
    covered = h.end;
    if (!out.includes(h.fact)) out.push(h.fact);
  }
  return out;
}

/** A chunk with the entity it refers to. */
export interface ResolvedChunk extends Chunk {
  /** The canonical (full) name. */
  entity: string;
}

export interface KindHint {
  name: string;
  kind: EntityKind;
}

interface Entity {
  name: string;
  votes: Record<EntityKind, number>;
  titles: string[];
  forms: string[];
  mentions: { text: string; sentence: number }[];
}

export interface BuiltNames {
  facts: Draft<NameFact>[];
  chunks: ResolvedChunk[][];
}

const position = (c: Chunk): number => c.sentence * 100_000 + c.start;

/**
 * Clusters chunks into entities. `aliases` join an alias to its full name; `hints` add evidence
 * for a kind (a caption credit's photographer is a person, its agency an organisation);
 * `coordinated` pairs of chunks ("Rastan and Talbiseh") share a kind when one has none.
 */
export function buildNames(
  chunks: readonly Chunk[][],
  aliases: readonly { name: string; alias: string }[],
  hints: readonly KindHint[],
  coordinated: readonly [Chunk, Chunk][],
): BuiltNames {
  const all = chunks.flat().sort((a, b) => position(a) - position(b));
  const distinct = [...new Set(all.map((c) => c.name))];
  const aliasTarget = new Map(aliases.map((a) => [a.alias, a.name]));
  const wordsOf = new Map(distinct.map((n) => [n, n.toLowerCase().split(/\s+/)]));

  // Name-level canonical form: the longest name it is a short form of (first seen wins ties).
  const canonicalCache = new Map<string, string>();
  const canonicalOf = (name: string, seen = new Set<string>()): string => {
    const cached = canonicalCache.get(name);
    if (cached) return cached;
    if (seen.has(name)) return name;
    seen.add(name);
    let result = name;
    const target = aliasTarget.get(name);
    if (target && target !== name) result = canonicalOf(target, seen);
    else {
      const longer = longerThan(name, wordsOf.get(name) ?? name.toLowerCase().split(/\s+/));
      if (longer.length > 0) {
        const best = longer.reduce((a, b) => ((wordsOf.get(b)?.length ?? 0) > (wordsOf.get(a)?.length ?? 0) ? b : a));
        result = canonicalOf(best, seen);
      }
    }
    canonicalCache.set(name, result);
    return result;
  };

  // A short form's first word is a word of every name it is short for: only those need the test.
  const withWord = new Map<string, number[]>();
  distinct.forEach((n, i) => {
    for (const w of wordsOf.get(n) ?? []) {
      let list = withWord.get(w);
      if (!list) withWord.set(w, (list = []));
      if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const longerCache = new Map<string, string[]>();
  const longerThan = (name: string, words: readonly string[]): string[] => {
    let list = longerCache.get(name);
    if (!list) {
      const candidates = words.length > 0 ? (withWord.get(words[0]) ?? []) : [];
      list = [];
      for (const i of candidates) if (isShortForm(words, wordsOf.get(distinct[i]) ?? [])) list.push(distinct[i]);
      longerCache.set(name, list);
    }
    return list;
  };
  // People's full names by their first word (no organisation's: "Brask" is no "Brask Works").
  const fullByFirst = new Map<string, string[]>();
  for (const n of distinct) {
    const words = wordsOf.get(n) ?? [];
    if (words.length < 2 || words.some((w) => isOrgWord(w))) continue;
    const canonical = canonicalOf(n);
    const list = fullByFirst.get(words[0]) ?? [];
    if (!list.includes(canonical)) list.push(canonical);
    fullByFirst.set(words[0], list);
  }
  const byFirstName = (name: string): string | undefined => {
    const words = wordsOf.get(name) ?? [];
    const full = words.length === 1 ? fullByFirst.get(words[0]) : undefined;
    return full?.length === 1 ? full[0] : undefined;
  };
  const sharedSurname = new Map<Chunk, string>();
  for (const [a, b] of coordinated) {
    const words = wordsOf.get(b.name) ?? [];
    if (a.words.length !== 1 || words.length < 2 || words.some((w) => isOrgWord(w))) continue;
    const full = distinct.find((n) => n.toLowerCase() === `${a.name} ${words[words.length - 1]}`.toLowerCase());
    if (full) sharedSurname.set(a, canonicalOf(full));
  }
  const lastSeen = new Map<string, number>();
  const independent = new Set<string>();
  const resolved: ResolvedChunk[] = [];
  for (const c of all) {
    let entity: string;
    const target = aliasTarget.get(c.name);
    if (target) entity = canonicalOf(target);
    else {
      // Several longer names may fit a short form: the most recently mentioned one wins.
      const longer = longerThan(c.name, wordsOf.get(c.name) ?? []);
      if (longer.length > 1) {
        const canon = [...new Set(longer.map((n) => canonicalOf(n)))];
        const recent = canon.filter((n) => lastSeen.has(n)).sort((a, b) => (lastSeen.get(b) ?? 0) - (lastSeen.get(a) ?? 0));
        entity = recent[0] ?? canon[0];
      } else entity = canonicalOf(c.name);
      // "Her husband Tobias, 44, …" after "Tobias Wren said …": a first name on its own, after a word
      // for the person, is the one full name in the article that it opens. (Not a bare first name:
      // a quotation's "Jonas was stronger" may be anyone's Jonas, and its sentence no answer about him.)
      if (entity === c.name && c.titles.length > 0) entity = byFirstName(c.name) ?? entity;
      // "made by Ada and Tobias Wren" (and "Ada Wren, 38," elsewhere): two first names
      // share the surname written after the second.
      if (entity === c.name) entity = sharedSurname.get(c) ?? entity;
      // "in Brackwater" before "Brackwater Stock Exchange" is ever named, "Dunmere Rovers" before
      // "Dunmere Rovers Supporters' Trust": the first words stand for an organisation only once it
      // has been introduced by its full name; named on their own first, they are a name of their own.
      const words = wordsOf.get(entity) ?? [];
      const own = wordsOf.get(c.name) ?? c.name.toLowerCase().split(/\s+/);
      const prefix = own.every((w, k) => words[k] === w);
      if (independent.has(c.name) || (entity !== c.name && !lastSeen.has(entity) && prefix && words.some((w) => isOrgWord(w)))) {
        entity = c.name;
        independent.add(c.name);
      }
    }
    lastSeen.set(entity, position(c));
    // Completed in place rather than copied: the chunks are this extraction's own, and every
    // later step reads them through the resolved list.
    const r = c as ResolvedChunk;
    r.entity = entity;
    resolved.push(r);
  }

  const entities = new Map<string, Entity>();
  for (const c of resolved) {
    let e = entities.get(c.entity);
    if (!e) {
      e = { name: c.entity, votes: { person: 0, organisation: 0, place: 0, other: 0 }, titles: [], forms: [], mentions: [] };
      entities.set(c.entity, e);
    }
    e.votes.person += c.votes.person;
    e.votes.organisation += c.votes.organisation;
    e.votes.place += c.votes.place;
    e.votes.other += c.votes.other;
    for (const t of c.titles) if (!e.titles.includes(t)) e.titles.push(t);
    const written = c.definite && c.name !== c.entity ? ['the', c.text].join(' ') : c.text;
    // A repeated form is kept once: mentions share the string of the entity's form.
    const known = e.forms.indexOf(written);
    const form = known >= 0 ? e.forms[known] : written;
    if (known < 0) e.forms.push(form);
    if (c.name !== form && !e.forms.includes(c.name)) e.forms.push(c.name);
    e.mentions.push({ text: form, sentence: c.sentence });
  }
  for (const a of aliases) {
    const e = entities.get(canonicalOf(a.name));
    if (e && !e.forms.includes(a.alias)) e.forms.push(a.alias);
  }
  for (const h of hints) {
    const e = entities.get(canonicalOf(h.name));
    if (e) e.votes[h.kind] += 3;
  }

  // "Luka Ferro … Ferro was sent off": news names a person in full once and by the surname after;
  // organisations go by their first word or an acronym, places by their whole name.
  for (const e of entities.values()) {
    const words = e.name.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length >= 2 && !words.some((w) => isOrgWord(w)) && e.forms.includes(last)) e.votes.person += 2;
  }
  const kinds = new Map<string, EntityKind>();
  for (const e of entities.values()) kinds.set(e.name, decideKind(e.votes));
  const entityAt = new Map(resolved.map((c) => [`${c.sentence}:${c.start}`, c.entity]));
  const chunkEntity = (c: Chunk): string | undefined => entityAt.get(`${c.sentence}:${c.start}`);
  for (let pass = 0; pass < 2; pass += 1) {
    for (const [a, b] of coordinated) {
      const ea = chunkEntity(a);
      const eb = chunkEntity(b);
      if (!ea || !eb) continue;
      const ka = kinds.get(ea);
      const kb = kinds.get(eb);
      if (ka === 'other' && kb && kb !== 'other') kinds.set(ea, kb);
      else if (kb === 'other' && ka && ka !== 'other') kinds.set(eb, ka);
    }
  }

  const facts: Draft<NameFact>[] = [...entities.values()].map((e) => ({
    type: 'name',
    sentences: [...new Set(e.mentions.map((m) => m.sentence))],
    name: e.name,
    kind: kinds.get(e.name) ?? 'other',
    // Exact-size copies: arrays grown by push keep spare room, and a knowledge base keeps these.
    titles: e.titles.slice(),
    forms: e.forms.slice(),
    mentions: e.mentions.slice(),
  }));
  const bySentence: ResolvedChunk[][] = chunks.map(() => []);
  for (const c of resolved) bySentence[c.sentence]?.push(c);
  return { facts, chunks: bySentence };
}

function decideKind(votes: Record<EntityKind, number>): EntityKind {
  let best: EntityKind = 'other';
  let score = 0;
  for (const k of ['organisation', 'person', 'place'] as const) {
    if (votes[k] > score) {
      best = k;
      score = votes[k];
    }
  }
  return best;
}
