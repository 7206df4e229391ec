import type { Token } from '../../nlp/token.js';
import { termOfWord } from '../../nlp/terms.js';
import { ORDINAL } from '../../facts/phrases.js';
import { areRelated } from '../../index/related.js';
import { isKindOf } from '../../index/kinds.js';
import { clauseFrom, textOf, tidyAnswer } from '../spans.js';
import type { QuestionAnalysis } from '../analyze.js';
import type { Ctx, Extraction } from './context.js';

/** How a kind the sentence gives the asked thing is marked. */
export const KIND_GIVEN = 'the kind given to the asked thing';

/** Words that open a kind question ("what breed …"), which name no thing. */
const KIND_WORDS: ReadonlySet<string> = new Set('kind kinds type types sort sorts breed breeds species variety varieties make makes model models brand brands colour colours color colors'.split(' '));

/** English's basic colour words and the commonest of their shades (also read by the colour rule of "what" questions). */
export const COLOURS: ReadonlySet<string> = new Set(
  'red orange yellow green blue purple violet pink brown black white grey gray gold golden silver amber cream navy maroon turquoise scarlet crimson beige lilac magenta khaki bronze ivory indigo ginger'.split(' '),
);
/** Words grading a colour ("bright yellow", "dark green"). */
const SHADES: ReadonlySet<string> = new Set('bright dark light pale deep'.split(' '));

/** Whether the question asks a colour ("what colour is the van?", "what are the club's colours?"). */
const asksColour = (q: QuestionAnalysis): boolean => q.tokens.some((t) => /^colou?rs?$/.test(t.norm));

/** Verbs after a noun that go on to give its colour ("the gate, painted dark green"). */
const COLOURING: ReadonlySet<string> = new Set(['paint', 'colour', 'color', 'dye', 'spray']);

/**
 * "What colour was the van?" / "a dark blue van", "the club's red and white colours", "the gate,
 * painted bright green": the span of the colour the sentence gives the asked noun (or "colour" itself
 * when the question names no other thing), or undefined. Only a colour word answers: "a delivery van"
 * tells another sort.
 */
function colourGiven(q: QuestionAnalysis, tokens: readonly Token[]): { from: number; to: number } | undefined {
  const noun = askedNoun(q) ?? termOfWord('colour');
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i].pos !== 'NOUN' || !isAsked(noun, termOfWord(tokens[i].norm))) continue;
    const first = firstColourBefore(tokens, i);
    if (first >= 0) return { from: colourRunStart(tokens, first), to: i };
    let k = i + 1;
    if (tokens[k]?.text === ',') k += 1;
    if (!COLOURING.has(tokens[k]?.lemma ?? '')) continue;
    let to = k;
    while (isColourWord(tokens[to + 1]) || (tokens[to + 1]?.norm === 'and' && isColourWord(tokens[to + 2]))) to += 1;
    if (to > k && COLOURS.has(tokens[to].norm)) return { from: k + 1, to };
  }
  return undefined;
}

const isColourWord = (t: Token | undefined): boolean => t !== undefined && (COLOURS.has(t.norm) || SHADES.has(t.norm));

/** The first colour word among the words telling the kind of the noun at `at`, or -1. */
function firstColourBefore(tokens: readonly Token[], at: number): number {
  for (let k = kindStart(tokens, at); k < at; k += 1) if (COLOURS.has(tokens[k].norm)) return k;
  return -1;
}

/** Where a run of colours ending at `at` starts, over shades and "and" ("bright red and white"). */
function colourRunStart(tokens: readonly Token[], at: number): number {
  let from = at;
  while (from > 0 && (isColourWord(tokens[from - 1]) || (tokens[from - 1].norm === 'and' && COLOURS.has(tokens[from - 2]?.norm ?? '')))) from -= 1;
  return from;
}

/**
 * "What brand of kettle?", "what make was the van?", "what variety of apple?": a maker's or a
 * grower's name, which is written with a capital. "electric kettles" says what sort, not whose.
 */
const NAME_KIND_WORDS: ReadonlySet<string> = new Set('brand brands make makes model models variety varieties'.split(' '));

/** Whether the question asks its kind by a maker's or a grower's name ("what brand …"). */
const asksNamedKind = (q: QuestionAnalysis): boolean => q.tokens.some((t) => NAME_KIND_WORDS.has(t.norm) && t.pos === 'NOUN');

/** Whether a kind the sentence gives holds a capital other than its sentence's first letter ("Older kettles" holds none). */
function capitalised(sentence: string, kind: string): boolean {
  const from = sentence.startsWith(kind) ? 1 : 0;
  return CAPITAL.test(kind.slice(from));
}

const CAPITAL = /\p{Lu}/u;

/**
 * Words before a noun that tell no kind of it ("the new one", "several other boats"; "dead trout",
 * "injured swans": a state the things are in; "said hedgehogs": wink may tag a reporting verb
 * before its clause's subject an adjective).
 */
const NO_KIND: ReadonlySet<string> = new Set('new old other same first last many several more most large small big little such own whole main typical usual common average dead dying injured said'.split(' '));

/**
 * "the fourth bowler", "the heaviest marrow", "the bigger boats": a rank or a degree says which one
 * or how much of it, never its kind. (A superlative or comparative is a word its lemma shortens:
 * "heaviest" → "heavy".)
 */
const ranksOrGrades = (t: Token): boolean => ORDINAL.test(t.norm) || (t.pos === 'ADJ' && t.lemma !== t.norm && DEGREE_ENDING.test(t.norm));
const DEGREE_ENDING = /(?:est|er)$/;

/** Parts of speech of the words that may tell a noun's kind before it ("Jersey cows", "a tiger moth", "high-speed trains"). */
const KIND_POS: ReadonlySet<string> = new Set(['ADJ', 'PROPN', 'NOUN']);

/** The noun a kind question asks about: the first after its kind word ("what breed are the cows?" → cows). */
function askedNoun(q: QuestionAnalysis): string | undefined {
  const at = q.tokens.findIndex((t) => KIND_WORDS.has(t.norm));
  for (let k = at + 1; at >= 0 && k < q.tokens.length; k += 1) if (q.tokens[k].pos === 'NOUN' && !KIND_WORDS.has(q.tokens[k].norm)) return termOfWord(q.tokens[k].norm);
  return undefined;
}

/**
 * "What kind of goods were seized?" / "The goods seized included radios and watches": whether the
 * sentence gives examples of the asked noun, which tell its kinds though it shares little else of
 * the question.
 */
export function givesExamplesOfAsked(q: QuestionAnalysis, tokens: readonly Token[]): boolean {
  if (asksColour(q)) return colourGiven(q, tokens) !== undefined;
  const noun = askedNoun(q);
  if (noun === undefined) return false;
  return tokens.some((t, i) => t.pos === 'NOUN' && isAsked(noun, termOfWord(t.norm)) && includedAfter(tokens, i) > 0) || describedName(q, noun, tokens) !== undefined;
}

/** Whether the sentence names a kind of the asked noun ("What kind of bird?" / "three fulmars"). */
export function namesNarrowerOfAsked(q: QuestionAnalysis, tokens: readonly Token[]): boolean {
  const noun = askedNoun(q);
  return noun !== undefined && !asksColour(q) && !asksBreed(q) && narrowerNoun(tokens, (i) => termOfWord(tokens[i].norm), noun, (term) => q.terms.some((t) => t.term === term)) >= 0;
}

/** Parts of speech a description set off after a name may run over ("a two-year-old grey pony"). */
const DESCRIPTION_POS: ReadonlySet<string> = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);

/**
 * "What kind of horse is Bramble?" / "Bramble, a seven-year-old Welsh cob, was …": a name the
 * question writes, set off by a description with "a", is given its kind there though the sentence
 * never writes the asked noun. The span of the description, from its "a" to its last noun.
 */
function describedName(q: QuestionAnalysis, noun: string, tokens: readonly Token[]): { from: number; to: number } | undefined {
  // (Read for every sentence of the article: the question's names are looked at only past the cheap tests.)
  const named = (term: string): boolean => q.terms.some((t) => t.term === term && !t.isCue && t.term !== noun && !KIND_WORDS.has(t.word));
  for (let i = 0; i + 3 < tokens.length; i += 1) {
    if (tokens[i + 1].text !== ',' || !/^an?$/.test(tokens[i + 2].norm)) continue;
    const byName = tokens[i].pos === 'PROPN' && named(termOfWord(tokens[i].norm));
    if (!byName && !namesTheThing(tokens, i, noun)) continue;
    let to = i + 2;
    // ("a three-year-old Przewalski's horse": a kind named for someone is written with its possessive.)
    while (DESCRIPTION_POS.has(tokens[to + 1]?.pos ?? '') || (tokens[to + 1]?.text === '-' && DESCRIPTION_POS.has(tokens[to + 2]?.pos ?? '')) || namedFor(tokens, to)) to += 1;
    // ("the insect, a Scarlet Tiger": a kind may be a name of its own, capitals and all.)
    const last = byName ? tokens[to].pos === 'NOUN' : tokens[to].pos === 'NOUN' || tokens[to].pos === 'PROPN';
    if (to > i + 2 && last && (tokens[to + 1] === undefined || /^[,.;]$/.test(tokens[to + 1].text))) return { from: i + 2, to };
  }
  return undefined;
}

/**
 * Nouns news uses for a thing before saying which sort it is ("The bird, a juvenile osprey, …";
 * "the craft, a twin-engine Piper, …").
 */
const BROAD_KINDS: ReadonlySet<string> = new Set('animal creature insect bird fish plant tree flower vehicle craft vessel aircraft machine'.split(' '));

/**
 * "The van, a white Transit, …" / "its vehicle, a silver estate, …": whether the noun at `at`, after
 * "the" or a possessive, is the asked one, a word for it, or a broad word news uses before naming
 * the sort.
 */
function namesTheThing(tokens: readonly Token[], at: number, noun: string): boolean {
  if (tokens[at].pos !== 'NOUN' || !DEFINITE_POS.has(tokens[at - 1]?.pos ?? '')) return false;
  const term = termOfWord(tokens[at].norm);
  return isAsked(noun, term) || BROAD_KINDS.has(term);
}

const DEFINITE_POS: ReadonlySet<string> = new Set(['DET', 'PRON']);

/** Whether the possessive after the name at `at` names a kind after someone ("Bewick's" of "Bewick's swan"), a noun following. */
const namedFor = (tokens: readonly Token[], at: number): boolean => tokens[at].pos === 'PROPN' && tokens[at + 1]?.norm === "'s" && tokens[at + 2]?.pos === 'NOUN';

const isAsked = (noun: string, term: string): boolean => term === noun || areRelated(noun, term);

/** Where the kind words before the noun at `at` start, or `at` when none stands there. */
function kindStart(tokens: readonly Token[], at: number): number {
  let from = at;
  for (;;) {
    if (from > 0 && KIND_POS.has(tokens[from - 1].pos) && !NO_KIND.has(tokens[from - 1].norm) && !ranksOrGrades(tokens[from - 1])) from -= 1;
    // ("an all-cash deal": a hyphen joins the word before it, whatever its part of speech.)
    else if (from > 1 && from < at && tokens[from - 1].text === '-' && tokens[from - 2].end === tokens[from - 1].start) from -= 2;
    else return from;
  }
}

/**
 * "What breed are the cows?" / "… milk from the farm's herd of 60 Jersey cows": the words the
 * sentence writes before the asked noun, or a word for it, say its kind. A sentence that writes the
 * noun bare ("the cows were moved") gives none, and the question is declined there.
 */
export function kindOf(ctx: Ctx): Extraction | null {
  const kind = kindWritten(ctx);
  return kind !== null && asksNamedKind(ctx.q) && !capitalised(ctx.sentence.text, kind.text) ? null : kind;
}

function kindWritten(ctx: Ctx): Extraction | null {
  if (asksColour(ctx.q)) {
    const colour = colourGiven(ctx.q, ctx.sentence.tokens);
    return colour ? { text: textOf(ctx.sentence, colour.from, colour.to), type: 'entity', how: KIND_GIVEN, strength: 0.9 } : null;
  }
  const noun = askedNoun(ctx.q);
  if (noun === undefined) return null;
  const { tokens } = ctx.sentence;
  const terms = ctx.m.doc.terms;
  const described = describedName(ctx.q, noun, tokens);
  if (described) return { text: textOf(ctx.sentence, described.from, described.to), type: 'entity', how: KIND_GIVEN, strength: 0.85 };
  const most = kindsOfMost(ctx, noun);
  if (most) return most;
  for (let i = 0; i < tokens.length; i += 1) {
    const term = terms[i];
    if (term === null || tokens[i].pos !== 'NOUN' || !isAsked(noun, term)) continue;
    // "Among the cargo recovered so far are copper ingots, pottery and wine": what the noun holds.
    const among = tokens[i - 1]?.norm === 'among' || (tokens[i - 1]?.pos === 'DET' && tokens[i - 2]?.norm === 'among');
    const be = among ? tokens.findIndex((t, k) => k > i && t.lemma === 'be') : -1;
    if (be > 0) return { text: tidyAnswer(textOf(ctx.sentence, be + 1, tokens.length - 1)), type: 'entity', how: KIND_GIVEN, strength: 0.8 };
    // "The new posts will include two drivers", "the objects, which include masks and plaques",
    // "fundraising events, including an abseil": the kinds are told by the examples given of it.
    const include = includedAfter(tokens, i);
    if (include > 0) {
      const text = tidyAnswer(clauseFrom(ctx.sentence, include + 1));
      if (text) return { text, type: 'entity', how: KIND_GIVEN, strength: 0.85 };
    }
    const from = kindStart(tokens, i);
    // ("What model of boat was used in the rescue?": "a rescue boat" tells only what the question does.)
    // ("a bull shark": one of a kind is told with its article, as the sentence writes it.)
    const one = tokens[from - 1]?.norm === 'a' || tokens[from - 1]?.norm === 'an' ? from - 1 : from;
    if (from < i && !onlyAsked(ctx, from, i)) return { text: textOf(ctx.sentence, one, i), type: 'entity', how: KIND_GIVEN, strength: 0.9 };
    // "magnets made from superconducting tape", "fish such as roach and bream": the kind told after it.
    const after = KIND_AFTER.exec(ctx.sentence.text.slice(tokens[i].end));
    if (after) return { text: tidyAnswer(after[1]), type: 'entity', how: KIND_GIVEN, strength: 0.8 };
  }
  const narrower = asksBreed(ctx.q) ? -1 : narrowerNoun(tokens, (i) => terms[i], noun, (term) => ctx.questionTerms.has(term));
  if (narrower < 0) return null;
  const list = listAround(tokens, narrower);
  return { text: textOf(ctx.sentence, list.from, list.to), type: 'entity', how: KIND_GIVEN, strength: 0.85 };
}

/**
 * "What kind of bird was it?" / "three dead fulmars": the first noun naming a kind of the asked
 * noun (WordNet's narrower words), which tells the kind though the sentence never writes the
 * noun; or -1. A word the question writes itself tells nothing new.
 */
function narrowerNoun(tokens: readonly Token[], termAt: (i: number) => string | null, noun: string, asked: (term: string) => boolean): number {
  for (let i = 0; i < tokens.length; i += 1) {
    // ("a car boot" names a boot: only the last noun of its phrase names the thing.)
    if (tokens[i].pos !== 'NOUN' || tokens[i + 1]?.pos === 'NOUN') continue;
    const term = termAt(i);
    if (term !== null && term !== noun && !asked(term) && isKindOf(term, noun)) return i;
  }
  return -1;
}

/**
 * "What breed is the bird?" asks below the narrower word a dictionary knows ("a cockerel" is a kind
 * of bird, not its breed).
 */
const asksBreed = (q: QuestionAnalysis): boolean => q.tokens.some((t) => t.norm === 'breed' || t.norm === 'breeds');

/** Joining words of a list of kinds ("roach, bream and pike"). */
const LIST_JOINS: ReadonlySet<string> = new Set([',', 'and', 'or']);

/**
 * The list a kind at `at` stands in ("mostly guillemots and gannets", "roach, bream and young
 * pike"): over commas and "and"/"or", each item the kind words before a noun.
 */
function listAround(tokens: readonly Token[], at: number): { from: number; to: number } {
  const start = (i: number): number => {
    const from = kindStart(tokens, i);
    return /^an?$/.test(tokens[from - 1]?.norm ?? '') ? from - 1 : from;
  };
  let from = start(at);
  let to = at;
  for (;;) {
    let k = to + 1;
    while (LIST_JOINS.has(tokens[k]?.norm ?? '')) k += 1;
    if (k === to + 1) break;
    let end = k;
    while (/^an?$/.test(tokens[end]?.norm ?? '') || KIND_POS.has(tokens[end]?.pos ?? '')) end += 1;
    if (end === k || tokens[end - 1].pos !== 'NOUN') break;
    to = end - 1;
    if (tokens[k - 1].norm === 'and' || tokens[k - 1].norm === 'or') break;
  }
  while (LIST_JOINS.has(tokens[from - 1]?.norm ?? '') && tokens[from - 2]?.pos === 'NOUN') from = start(from - 2);
  return { from, to };
}

/** Whether every word from `from` up to `to` is one the question writes. */
function onlyAsked(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const term = ctx.m.doc.terms[k];
    if (term === null || !ctx.questionTerms.has(term)) return false;
  }
  return true;
}

/**
 * "90 vehicles were hit, mainly vans and lorries" / "cleared 400 trees from the roads, most of them
 * beech and ash": the kinds most of the things counted at `at` were, told after a comma closing a
 * few words that place them; or null.
 */
function mostlyAfter(tokens: readonly Token[], at: number): { from: number; to: number } | null {
  let k = at + 1;
  while (k < tokens.length && k - at <= MOSTLY_REACH && tokens[k].text !== ',' && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX') k += 1;
  if (tokens[k]?.text !== ',') return null;
  k += 1;
  if (MOSTLY.has(tokens[k]?.norm ?? '')) k += 1;
  else if (tokens[k]?.norm === 'most' && tokens[k + 1]?.norm === 'of' && THEM.has(tokens[k + 2]?.norm ?? '')) k += 3;
  else return null;
  // The list's first noun: the last of its phrase ("old sycamore").
  let n = k;
  while (n < tokens.length && n - k < MOSTLY_REACH && KIND_POS.has(tokens[n].pos) && !(tokens[n].pos === 'NOUN' && tokens[n + 1]?.pos !== 'NOUN')) n += 1;
  if (tokens[n]?.pos !== 'NOUN') return null;
  const list = listAround(tokens, n);
  return { from: Math.max(list.from, k), to: list.to };
}

/**
 * "Which birds were oiled?" / "210 oiled seabirds, mostly puffins and razorbills": the kinds
 * most of the asked things were, written after the asked noun, a word for it or a narrower one.
 */
export function kindsOfMost(ctx: Ctx, noun: string): Extraction | null {
  const { tokens } = ctx.sentence;
  for (let i = 0; i < tokens.length; i += 1) {
    const term = ctx.m.doc.terms[i];
    if (term === null || tokens[i].pos !== 'NOUN') continue;
    // (The cheap test first: the kinds table is read only where a breakdown is told.)
    const most = mostlyAfter(tokens, i);
    if (most && (isAsked(noun, term) || isKindOf(term, noun))) return { text: textOf(ctx.sentence, most.from, most.to), type: 'entity', how: KINDS_OF_MOST, strength: 0.85 };
  }
  return null;
}

/** How an answer read by kindsOfMost is found. */
export const KINDS_OF_MOST = 'the kinds most of the asked ones were';

/** Words that say the kinds after them make up most of a count ("mostly", "mainly"). */
const MOSTLY: ReadonlySet<string> = new Set(['mostly', 'mainly', 'chiefly', 'largely', 'predominantly', 'principally']);
const THEM: ReadonlySet<string> = new Set(['them', 'those']);
const MOSTLY_REACH = 4;

/** Words after a noun that go on to tell its kind, up to the clause's end. */
const KIND_AFTER = /^\s+(?:made (?:from|of|with)|such as|including|like) ([^,;:.()]+)/;

/**
 * Where a verb of including follows the noun at `at` ("posts will include", "events, including",
 * "objects, which include"), over the rest of its noun, a comma, a relative word and auxiliaries;
 * or -1.
 */
export function includedAfter(tokens: readonly Token[], at: number): number {
  let k = at + 1;
  while (tokens[k]?.pos === 'NOUN') k += 1;
  if (tokens[k]?.text === ',') k += 1;
  if (tokens[k]?.norm === 'which' || tokens[k]?.norm === 'that') k += 1;
  while (tokens[k]?.pos === 'AUX') k += 1;
  return tokens[k]?.lemma === 'include' ? k : -1;
}
