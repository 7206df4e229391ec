import type { Token } from '../nlp/token.js';
import { isPersonWord } from './lexicon.js';
import { isPossessive, isQuoteMark, startsUpper, touching } from './tokens.js';

const UPPER_START = /^\p{Lu}/u;

/**
 * Noun phrases around a verb, found over POS tags: the subject to its left, the object to its
 * right. No parser: a phrase is a run of nominal tokens, with "of", possessives and hyphenated
 * compounds inside, and a subject separated from its verb by an apposition is the phrase that
 * opens the clause.
 */
export interface Span {
  from: number;
  /** Inclusive. */
  to: number;
}

export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'them', 'him', 'us', 'me']);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that']);
/** Prepositions that start a clause-level adverbial rather than modify the noun before them. */
const LEFT_BOUNDARY_ADP = new Set(['after', 'before', 'since', 'until', 'during', 'because', 'despite', 'although', 'while', 'as', 'like', 'than', 'whether']);
const SKIP_BEFORE_VERB = new Set(['both', 'all', 'also', 'now', 'not', "n't", 'never', 'then', 'still', 'already', 'reportedly', 'later', 'last', 'first', 'once', 'again', 'just']);

/** "second", "4th": a word giving a place in a ranking. */
export const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/u;
const nominal = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'ADJ' || ORDINAL.test(t.norm);
/** wink sometimes tags a noun that ends a phrase as a verb ("an opposition war monitor."). */
export const nounTaggedVerb = (t: Token, prev: Token | undefined, next: Token | undefined): boolean =>
  t.pos === 'VERB' && t.norm === t.lemma && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'ADJ') && (next === undefined || next.pos === 'PUNCT' || next.pos === 'CCONJ');
const hyphenPart = (tokens: readonly Token[], i: number): boolean =>
  (tokens[i].text === '-' && i > 0 && i + 1 < tokens.length && touching(tokens[i - 1], tokens[i]) && touching(tokens[i], tokens[i + 1])) ||
  (i > 0 && tokens[i - 1].text === '-' && touching(tokens[i - 1], tokens[i])) ||
  // ("by fly-half Ann Roe": the first word of a hyphened title, whatever wink tags it, as a verb "fly".)
  (i + 2 < tokens.length && tokens[i + 1].text === '-' && touching(tokens[i], tokens[i + 1]) && touching(tokens[i + 1], tokens[i + 2]));

/** A token any noun phrase may hold: a noun, adjective or number, a determiner, a possessive, a hyphen joint. */
function nounPhrasePart(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return nominal(t) || t.pos === 'DET' || isPossessive(t) || (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.norm)) || hyphenPart(tokens, k);
}

/** Index of the token before a verb once auxiliaries, adverbs and negation are skipped. */
export function beforeAuxiliaries(tokens: readonly Token[], verb: number): number {
  let k = verb - 1;
  while (k >= 0 && (tokens[k].pos === 'AUX' || SKIP_BEFORE_VERB.has(tokens[k].norm) || (tokens[k].pos === 'ADV' && tokens[k].norm.endsWith('ly')))) k -= 1;
  return k;
}

/** Where the clause holding token i starts: after a quote mark, colon, semicolon or the sentence start. */
export function clauseStart(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && !isQuoteMark(tokens[k - 1]) && tokens[k - 1].text !== ':' && tokens[k - 1].text !== ';') k -= 1;
  return k;
}

/** A noun phrase ending at token `end` (inclusive), scanning left. */
export function phraseEndingAt(tokens: readonly Token[], end: number, prepositions = true): Span | undefined {
  if (end < 0) return undefined;
  const last = tokens[end];
  if (last.pos === 'PRON' && PERSONAL_PRONOUNS.has(last.norm)) return { from: end, to: end };
  let k = end;
  let from = -1;
  while (k >= 0) {
    const t = tokens[k];
    const ok =
      nounPhrasePart(tokens, k) ||
      // "the withdrawal of government forces from Hama", "The break into Rastan": a phrase
      // ending in a prepositional phrase belongs to the noun before the preposition.
      (prepositions && from >= 0 && t.pos === 'ADP' && !LEFT_BOUNDARY_ADP.has(t.norm) && k > 0 && nominal(tokens[k - 1])) ||
      (from >= 0 && t.norm === 'and' && k > 0 && nominal(tokens[k - 1]) && nominal(tokens[k + 1]));
    if (!ok) break;
    from = k;
    k -= 1;
    // A determiner opens its phrase unless a preposition or possessive joins it to more.
    if (t.pos === 'DET' && k >= 0 && tokens[k].pos !== 'ADP' && tokens[k].norm !== 'and') break;
  }
  if (from < 0) return undefined;
  while (from <= end && (tokens[from].pos === 'ADP' || tokens[from].pos === 'CCONJ' || tokens[from].text === '-')) from += 1;
  if (from > end) return undefined;
  // "The offensive": a determiner and an adjective used as a noun.
  const adjectiveAsNoun = end > from && tokens[from].pos === 'DET' && tokens[end].pos === 'ADJ';
  if (!adjectiveAsNoun && !tokens.slice(from, end + 1).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'PRON')) return undefined;
  return { from, to: end };
}

/** Determiners that may follow a noun in its own phrase, as a rate: "journeys a day". */
const RATE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'each', 'every', 'per']);

/** A noun phrase starting at token `start`, scanning right; stops at a comma or a clause word. */
export function phraseStartingAt(tokens: readonly Token[], start: number, maxLength = 14): Span | undefined {
  let k = start;
  while (k < tokens.length && tokens[k].pos === 'ADV' && !startsUpper(tokens[k].text)) k += 1;
  const first = tokens[k];
  if (!first) return undefined;
  if (first.pos === 'PRON' && PERSONAL_PRONOUNS.has(first.norm)) return { from: k, to: k };
  const from = k;
  let to = -1;
  while (k < tokens.length && k - from < maxLength) {
    const t = tokens[k];
    const next = tokens[k + 1];
    // "two central towns early on Friday": an adjective after the noun is not part of it.
    if (t.pos === 'ADJ' && to >= 0 && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN') && (next === undefined || (next.pos !== 'NOUN' && next.pos !== 'ADJ' && next.pos !== 'PROPN'))) break;
    // "the number of rinks the club keeps": a determiner after a noun opens another phrase ("journeys
    // a day" is a rate).
    if (t.pos === 'DET' && to >= 0 && tokens[k - 1].pos === 'NOUN' && !RATE_DETERMINERS.has(t.norm)) break;
    const ok =
      nounPhrasePart(tokens, k) ||
      // "a £600 grant": a currency sign before its figure, right after the article (an adjective
      // before it, "a new £4 million hall", reads as a sum more than as the thing).
      (t.pos === 'SYM' && to >= 0 && tokens[k - 1].pos === 'DET' && next?.pos === 'NUM' && touching(t, next)) ||
      // "a seized military vehicle", "lost areas": a participle used as an adjective.
      (t.pos === 'VERB' && next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ') && (to < 0 || tokens[k - 1].pos === 'DET' || tokens[k - 1].pos === 'ADJ')) ||
      (to >= 0 && nounTaggedVerb(t, tokens[k - 1], next)) ||
      (to >= 0 && t.norm === 'and' && tokens[k - 1].pos === 'PROPN' && next?.pos === 'PROPN') ||
      (to >= 0 && (t.norm === 'of' || t.norm === 'for') && next !== undefined && (nominal(next) || next.pos === 'DET'));
    if (!ok) break;
    to = k;
    k += 1;
  }
  if (to < 0) return undefined;
  while (to >= from && (tokens[to].pos === 'ADP' || tokens[to].pos === 'DET' || isPossessive(tokens[to]) || tokens[to].text === '-')) to -= 1;
  if (to < from || !tokens.slice(from, to + 1).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'PRON')) return undefined;
  return { from, to };
}

/**
 * The subject of the verb at `verb`: the phrase right before it, or, across an apposition
 * ("The insurgents, led by …, have said"), the phrase that opens the clause; across a relative
 * pronoun ("Turkey, which is …"), the phrase before the pronoun.
 */
export function subjectBefore(tokens: readonly Token[], verb: number): Span | undefined {
  const k = beforeAuxiliaries(tokens, verb);
  if (k < 0) return undefined;
  const t = tokens[k];
  // "X welcomed the new wing but said …": the second of two verbs shares the first one's subject.
  if (COORDINATORS.has(t.norm) && t.pos === 'CCONJ') {
    const first = verbBefore(tokens, k);
    return first === undefined ? undefined : subjectBefore(tokens, first);
  }
  if (RELATIVE_PRONOUNS.has(t.norm) && t.pos === 'PRON') {
    const j = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
    return phraseEndingAt(tokens, j);
  }
  // "Economists at the Institute for Public Policy (QIPP) said": the subject ends before the brackets.
  if (t.text === ')') {
    let open = k - 1;
    while (open > 0 && tokens[open].text !== '(' && k - open <= 8) open -= 1;
    return tokens[open]?.text === '(' ? phraseEndingAt(tokens, open - 1) : undefined;
  }
  if (t.text === ',') {
    const start = clauseStart(tokens, k);
    const opening = phraseStartingAt(tokens, start);
    if (!opening || tokens[opening.to + 1]?.text !== ',') return nameSetOffBefore(tokens, k);
    // "His lawyer, Hal Hennabrook, said": the name between the commas is who the phrase is
    // ("The club's captain, retired vet Ada Moll, said": past the words saying what she is).
    const from = pastTitleWords(tokens, opening.to + 2);
    const to = nameEnd(tokens, from);
    // ("His wife, Ann Roe, 69, said": an age may follow the name.)
    const named = to >= from && to - from < 4 && (to === k - 1 || (tokens[to + 1]?.text === ',' && tokens[to + 2]?.pos === 'NUM' && to + 3 === k));
    return named ? { from, to } : opening;
  }
  return personOfPlace(tokens, phraseEndingAt(tokens, k));
}

/**
 * "Speaking after the vote, the group's chair, Esmond Tullow, said": where the clause opens on words
 * that are no subject (a lead-in, a title the tagger misreads), a name set off by commas right
 * before the verb (an age may follow it: "Esmond Tullow, 64,") is who speaks. `comma` is the comma
 * before the verb; the name must follow another comma, past any lower-case title words.
 */
function nameSetOffBefore(tokens: readonly Token[], comma: number): Span | undefined {
  let to = comma - 1;
  if (tokens[to]?.pos === 'NUM' && tokens[to - 1]?.text === ',') to -= 2;
  let from = to;
  while (from > 0 && tokens[from - 1].pos === 'PROPN') from -= 1;
  if (tokens[to]?.pos !== 'PROPN' || to - from < 1 || to - from > 3) return undefined;
  const before = pastTitleWordsBack(tokens, from - 1);
  return tokens[before]?.text === ',' ? { from, to } : undefined;
}

/** The token before lower-case title words ending at `at` ("committee chair"), else `at`. */
function pastTitleWordsBack(tokens: readonly Token[], at: number): number {
  let k = at;
  while (at - k < TITLE_WORDS_BEFORE_NAME && tokens[k] && !startsUpper(tokens[k].text) && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ')) k -= 1;
  return k;
}

/** How many lower-case words may say what a person is before the name: "retired primary teacher". */
const TITLE_WORDS_BEFORE_NAME = 3;

/** The start of the name after lower-case words ending on a noun for a person ("retired vet Ada Moll"), else `from`. */
function pastTitleWords(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k - from < TITLE_WORDS_BEFORE_NAME && tokens[k] && !startsUpper(tokens[k].text) && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN' || (tokens[k].pos === 'VERB' && tokens[k].norm.endsWith('ed')))) k += 1;
  return k > from && isPersonWord(tokens[k - 1].norm) && startsUpper(tokens[k]?.text ?? '') ? k : from;
}

/**
 * "Judge Livia Morrendahl of the Velshorn District Court said": the person before "of the" is who
 * did it. (One word before it is part of a name: "the Ministry of the Interior".)
 */
function personOfPlace(tokens: readonly Token[], span: Span | undefined): Span | undefined {
  if (!span) return span;
  for (let p = span.from + 2; p < span.to; p += 1) {
    if (tokens[p].norm !== 'of' || tokens[p + 1]?.norm !== 'the') continue;
    return tokens.slice(span.from, p).every((t) => t.pos === 'PROPN' && UPPER_START.test(t.text)) ? { from: span.from, to: p - 1 } : span;
  }
  return span;
}

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);
/** How far back the first of two coordinated verbs may stand. */
const COORDINATED_REACH = 12;

/** The verb of the clause that ends at token `end` ("welcomed" in "welcomed the new wing but"), if within reach. */
function verbBefore(tokens: readonly Token[], end: number): number | undefined {
  for (let k = end - 1; k >= 0 && k >= end - COORDINATED_REACH; k -= 1) {
    const t = tokens[k];
    if (t.pos === 'VERB') return t.norm.endsWith('ing') ? undefined : k;
    if (t.pos === 'PUNCT' || isQuoteMark(t) || t.pos === 'CCONJ' || t.pos === 'SCONJ') return undefined;
  }
  return undefined;
}

/**
 * "…, with Ines Moreau, the party's spokesperson, saying …": the subject of an -ing verb that
 * "with" introduces, up to 15 tokens back and with no other verb between.
 */
export function withSubject(tokens: readonly Token[], verb: number): Span | undefined {
  if (!tokens[verb]?.norm.endsWith('ing')) return undefined;
  for (let k = verb - 1; k >= 0 && k >= verb - 15; k -= 1) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX') return undefined;
    if (t.norm === 'with') return phraseStartingAt(tokens, k + 1);
  }
  return undefined;
}

/** The object of the verb at `verb`: the noun phrase right after it (particles skipped). */
export function objectAfter(tokens: readonly Token[], verb: number): Span | undefined {
  return phraseStartingAt(tokens, verb + 1);
}

/** The last token of the run of capitalised proper nouns that starts at `from` (from - 1 when none does). */
function nameEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (tokens[k]?.pos === 'PROPN' && UPPER_START.test(tokens[k].text)) k += 1;
  return k - 1;
}
