import type { Article, Sentence } from '../../article/types.js';
import type { Token } from '../../nlp/token.js';
import type { Fact, NameFact, RoleFact } from '../../facts/types.js';
import type { QuestionAnalysis } from '../analyze.js';
import { BUILDING_HEADS, HONORIFICS, INSTITUTION_WORDS, isPersonNoun, ORG_WORDS, PLACE_AFTER, PLACE_BEFORE_OF, PLACE_PREPOSITIONS, UNITS } from '../../facts/lexicon.js';
import { phraseStartingAt, POSSESSIVE_PRONOUNS, subjectBefore } from '../../facts/phrases.js';
import { similarity, vectorId } from '../../index/embeddings.js';
import { areRelated } from '../../index/related.js';
import { termOfWord } from '../../nlp/terms.js';
import { articleFacts } from '../sentence-facts.js';
import { resolveName } from '../../facts/names.js';
import { isPossessive, isQuoteMark, startsUpper } from '../../facts/tokens.js';
import { memoKey, questionMatches } from '../memo.js';
import { leadOf } from '../lead.js';
import { CLOCK_TIME, MERIDIEM } from '../../facts/numbers.js';
import { DEPUTY_WORDS, NAMED_KINDS } from '../lexicon.js';
import type { Chunk } from '../../facts/chunks.js';
import { chunksOf, isClauseEnd, textOf, tidyAnswer, tokensOfText } from '../spans.js';
import { afterQuestionVerb, earlierEventClause, unindexedQuestionVerb, inQuestion, nearness, otherActorClause, TIME_WORD, type Ctx, type Extraction } from './context.js';
import { asideEnd } from './verdict.js';

const LOWER_START = /^\p{Ll}/u;
const TWO_LETTERS = /\p{L}{2}/u;
const UPPER_START = /^\p{Lu}/u;

/** People, organisations and places: who did it, where it happened. */
/** Words that put a place in a phrase: the prepositions of places, plus "on" and directions. */
export const PLACE_PREPS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, 'on']);

/** Questions about a destination, and the prepositions that give one. */
const GOING = /\b(?:go|going|goes|went|head|heading|headed|bound|travel|travelling|traveling|sail|sailing|fly|flying|march|marching|move|moving|advance|advancing)\b/i;
const TOWARDS = new Set(['to', 'towards', 'toward', 'into', 'for']);
/** Verbs whose object is where a journey began. */
const LEAVING = new Set(['leave', 'depart', 'flee', 'quit', 'evacuate']);

/** "Where is she from?", "where does the word come from". */
const ASKS_ORIGIN = /\bfrom\W*$/i;
/** Prepositions that set a name of no known kind as a venue or a street. */
const VENUE_PREPS: ReadonlySet<string> = new Set(['at', 'on']);
export const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);

export function nameKind(ctx: Ctx, name: string): NameFact['kind'] | undefined {
  for (const f of ctx.facts) if (f.type === 'name' && (f.name === name || f.forms.includes(name))) return f.kind;
  return undefined;
}

const aliasedCache = new WeakMap<readonly Fact[], Map<string, string>>();

/** "Name (alias)" by the name and by the alias, from the first alias fact naming either: found once per article. */
function aliasedNames(facts: readonly Fact[]): Map<string, string> {
  let names = aliasedCache.get(facts);
  if (!names) {
    names = new Map();
    for (const f of facts) {
      if (f.type !== 'alias') continue;
      const full = `${f.name} (${f.alias})`;
      if (!names.has(f.alias)) names.set(f.alias, full);
      if (!names.has(f.name)) names.set(f.name, full);
    }
    aliasedCache.set(facts, names);
  }
  return names;
}

export function fullName(ctx: Ctx, name: string): string {
  const aliased = aliasedNames(articleFacts(ctx.kb, ctx.m.doc.article.id)).get(name);
  if (aliased !== undefined) return aliased;
  for (const f of ctx.facts) if (f.type === 'name' && f.forms.includes(name) && f.name.length > name.length) return f.name;
  return name;
}

/**
 * Extends a name over a list it heads: "Lebanon, Iraq and Jordan", "Damascus and the coastal
 * region". Commas only count when the list closes with "and"/"or", so an apposition
 * ("Damascus, President Assad's seat") is not taken for a list.
 */
export function coordinated(sentence: Sentence, to: number): number {
  const tokens = sentence.tokens;
  let pending = to;
  for (;;) {
    const sep = tokens[pending + 1];
    if (!sep || !(sep.text === ',' || sep.norm === 'and' || sep.norm === 'or')) return to;
    let k = pending + 2;
    let closing = sep.norm === 'and' || sep.norm === 'or';
    if (sep.text === ',' && (tokens[k]?.norm === 'and' || tokens[k]?.norm === 'or')) {
      closing = true;
      k += 1;
    }
    const phrase = phraseStartingAt(tokens, k, 5);
    if (!phrase) return to;
    // ("Hollins Cross", "Tessaly Shipping": a name's capitalised last word, tagged a verb, is still the name's.)
    while (tokens[phrase.to].pos === 'PROPN' && tokens[phrase.to + 1]?.kind === 'word' && startsUpper(tokens[phrase.to + 1].text) && !isPossessive(tokens[phrase.to + 1])) phrase.to += 1;
    const words = tokens.slice(phrase.from, phrase.to + 1);
    if (!words.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) return to;
    // "near Ashcombe and spread east": a bare lower-case word after "and" starts a new clause, not a list.
    if (LOWER_START.test(words[0].text) && words[0].pos !== 'DET' && words[0].pos !== 'ADJ') return to;
    if (words.some((t) => t.norm === "'s" || t.text === '’s')) return to;
    // The phrase may itself close the list ("Iraq and Jordan").
    if (closing || words.some((t) => t.norm === 'and' || t.norm === 'or')) return phrase.to;
    pending = phrase.to;
  }
}

/** What entity() reads of the question, the same for every candidate sentence. */
interface EntityQuestion {
  /** "Where …": a place is answered with its preposition. */
  where: boolean;
  /** "Where was the ferry going?": the place it heads for. */
  going: boolean;
  /** "Which city …": a building is no answer. */
  settlementAsked: boolean;
  /** "Which group is …": see askedPredicate. */
  predicate: boolean;
  /** The noun the asked noun is built on, as a term ("police" of "which police force"), if any. */
  focusModifier: string | undefined;
}

const ENTITY_QUESTION = memoKey<EntityQuestion>('what a name answering the question must be');

function entityQuestion(q: QuestionAnalysis): EntityQuestion {
  let asked = q.memo.get(ENTITY_QUESTION);
  if (!asked) {
    const where = /^where\b/i.test(q.text);
    asked = {
      where,
      going: where && GOING.test(q.text),
      settlementAsked: q.terms.some((t) => (t.isCue || t === q.focus) && isSettlementWord(t.word.toLowerCase())),
      predicate: /^(?:which|what|who)\s+(?:is|was|are|were)\b/i.test(q.text),
      focusModifier: focusModifier(q),
    };
    q.memo.set(ENTITY_QUESTION, asked);
  }
  return asked;
}

/** The noun right before the asked noun of a which-question ("police" of "which police force"), as a term. */
function focusModifier(q: QuestionAnalysis): string | undefined {
  const focus = q.focus?.word.toLowerCase();
  if (focus === undefined || q.intent !== 'which') return undefined;
  const at = q.tokens.findIndex((t) => t.norm === focus);
  const before = q.tokens[at - 1];
  return at > 0 && before.pos === 'NOUN' ? termOfWord(before.norm) : undefined;
}

/** Where the sentence's "is" before the question's words stands, when the question asks for what has that predicate (see EntityQuestion); else -1. */
function askedPredicate(ctx: Ctx): number {
  const tokens = ctx.sentence.tokens;
  const first = ctx.exact[0];
  if (first === undefined) return -1;
  let k = first - 1;
  while (k >= 0 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV')) k -= 1;
  return k >= 0 && tokens[k].pos === 'AUX' && tokens[k].lemma === 'be' ? k : -1;
}

/** Prepositions that open a phrase telling which one a noun or a name is: "of", "at", "from". */
const POST_MODIFIERS: ReadonlySet<string> = new Set(['of', 'at', 'from']);

/** Whether a name at `start` sits in a phrase after a noun: "(Ana Vell) of the Harlow Institute". */
function postModifier(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k > 0 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k -= 1;
  if (k < 1 || !POST_MODIFIERS.has(tokens[k].norm)) return false;
  const head = tokens[k - 1].pos;
  return head === 'PROPN' || head === 'NOUN';
}

/** "…, which" or "… which" right after a name: a relative clause about a thing. */
function thingRelative(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]?.text === ',' ? tokens[end + 1] : tokens[end];
  return next?.norm === 'which';
}

/** The end of a phrase "of the Harlow Institute" after a name ending before `end`, or `end`. */
function pastPostModifier(tokens: readonly Token[], end: number): number {
  if (!POST_MODIFIERS.has(tokens[end]?.norm ?? '')) return end;
  let k = end + 1;
  while (k < tokens.length && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'NOUN' || tokens[k].text === '-' || POST_MODIFIERS.has(tokens[k].norm))) k += 1;
  return k;
}

export function subjectOfAnchorVerb(ctx: Ctx, end: number): boolean {
  const tokens = ctx.sentence.tokens;
  return ctx.anchors.some((a) => {
    if (tokens[a].pos !== 'VERB' || a < end) return false;
    // "Dr Lena Ostrova, a glaciologist at Aldmoor who led the study": a relative "who" takes the
    // person the apposition describes, across its comma. (So does one of another word for the
    // asked act: "Jo Marr, 51, who runs the bakery" for "who manages the bakery?".)
    if (NAMING_RELATIVES.has(tokens[relativeOpening(tokens, a)]?.norm ?? '') && a - end <= 10) return tokens[end]?.text === ',';
    if (!ctx.exact.includes(a)) return false;
    // "Ann Vell, 63, a retired nurse, won …": appositions set off between commas stand between.
    const from = pastAppositions(tokens, end, a);
    for (let k = from; k < a; k += 1) if (isClauseEnd(tokens[k]) && tokens[k].text !== '(' && tokens[k].text !== ')') return false;
    return a - from <= 8;
  });
}

/**
 * Where the relative word before the verb at `verb` would stand: right before it, or before its
 * auxiliaries ("Ana Roe, who is leading the inquiry", "the firm that has run the port since 2010").
 * (Not past an adverb: "Bo Quarrington, who also won in 2019" tells of another win.)
 * (Not before a passive's: "Ana Roe, who was fined" is the one it was done to.)
 */
function relativeOpening(tokens: readonly Token[], verb: number): number {
  if (tokens[verb - 1]?.lemma === 'be' && !tokens[verb].text.endsWith('ing')) return verb - 1;
  let k = verb - 1;
  while (k > 0 && verb - k <= RELATIVE_AUXILIARIES && tokens[k].pos === 'AUX') k -= 1;
  return k;
}

/** How many auxiliaries may stand between a relative word and its verb ("who has been leading"). */
const RELATIVE_AUXILIARIES = 2;

/** How many words an apposition set off between commas may have ("a retired nurse who lives in Tarn"). */
const APPOSITION_REACH = 12;

/**
 * Past the appositions set off by commas right after a name ending before `end`, up to the verb at
 * `verb`: ", 63,", ", a retired nurse,", ", whose son plays for Tarn,". A part with a verb of its own
 * that no relative word opens is a clause, not an apposition. Where the name's clause goes on.
 */
function pastAppositions(tokens: readonly Token[], end: number, verb: number): number {
  let k = end;
  let past = end;
  // (Each comma closes one part and opens the next: ", 63, a retired nurse, won".)
  while (k < verb && tokens[k].text === ',') {
    const relative = RELATIVE_OPENERS.has(tokens[k + 1]?.norm ?? '');
    let j = k + 1;
    while (j < verb && tokens[j].text !== ',' && j - k <= APPOSITION_REACH && (relative || tokens[j].pos !== 'VERB')) j += 1;
    if (j >= verb || tokens[j].text !== ',') return past;
    k = j;
    past = j + 1;
  }
  return past;
}

const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'whose', 'which']);

const DOER_NOUNS = memoKey<ReadonlySet<string>>('nouns for the doers of the asked verbs');

/** "owner", "founder", "organiser", "winner", "inventor": the nouns English makes of the question's verbs. */
function doerNouns(q: QuestionAnalysis): ReadonlySet<string> {
  let nouns = q.memo.get(DOER_NOUNS);
  if (!nouns) {
    const found = new Set<string>();
    for (const t of q.tokens) {
      if (t.pos !== 'VERB' || t.lemma.length < 3) continue;
      const l = t.lemma;
      found.add(l.endsWith('e') ? `${l}r` : `${l}er`).add(`${l}or`).add(`${l}${l[l.length - 1]}er`);
      // ("operate" → "operator", "create" → "creator".)
      if (l.endsWith('ate')) found.add(`${l.slice(0, -1)}or`);
    }
    // "Who did the catering?" / "the caterer, Fenwick Foods": a noun of the act in "-ing" names
    // its doer in "-er" ("the cleaning" → "cleaner", "the baking" → "baker").
    for (const t of q.tokens) {
      if (t.pos !== 'NOUN' || !t.norm.endsWith('ing') || t.norm.length < 7) continue;
      const stem = t.norm.slice(0, -3);
      found.add(`${stem}er`).add(`${stem}or`).add(`${stem}r`);
      if (stem[stem.length - 1] === stem[stem.length - 2]) found.add(`${stem.slice(0, -1)}er`);
    }
    q.memo.set(DOER_NOUNS, (nouns = found));
  }
  return nouns;
}

/** Whether the name at `start` is set off after a noun for the doer of the asked verb ("the owners, Ana Pardo", "owner Ana Pardo"). */
function afterDoerNoun(ctx: Ctx, start: number): boolean {
  const tokens = ctx.sentence.tokens;
  const noun = tokens[start - 1]?.text === ',' ? tokens[start - 2] : tokens[start - 1];
  return noun !== undefined && noun.pos === 'NOUN' && doerNouns(ctx.q).has(noun.lemma);
}

/**
 * Whether the sentence titles the name with a noun for the doer of the asked verb: "the state rail
 * operator Tarn Railways" for "which company operates the train?".
 */
export function titledAsDoer(ctx: Ctx, name: string): boolean {
  const at = ctx.sentence.text.indexOf(name);
  const start = at < 0 ? -1 : ctx.sentence.tokens.findIndex((t) => t.start >= at);
  return start > 0 && afterDoerNoun(ctx, start);
}

/** What entity() reads of a name in a sentence, whatever the question: found once per chunk. */
interface ChunkInfo {
  /** At least two letters in a row. */
  hasLetters: boolean;
  kind: NameFact['kind'] | undefined;
  /** The name is headed by a building's or a ground's word ("St Anselm Hospital", "University of Tarvik"). */
  building: boolean;
  /** Where a list the name heads ends (see coordinated), once the name is first an answer. */
  listEnd: number | undefined;
  /** The name's head word ("police" of "Hadleigh Police"), as a term. */
  head: string;
}

const chunkInfoCache = new WeakMap<Chunk, ChunkInfo>();

function chunkInfo(ctx: Ctx, c: Chunk): ChunkInfo {
  let info = chunkInfoCache.get(c);
  if (!info) {
    const head = headWord(c.name);
    info = { hasLetters: TWO_LETTERS.test(c.name), kind: nameKind(ctx, c.name), building: BUILDING_HEADS.has(head), listEnd: undefined, head: termOfWord(head) };
    chunkInfoCache.set(c, info);
  }
  return info;
}

const NAMED_IN_QUESTION = memoKey<Map<string, ReadonlySet<string>>>('entities named in the question');

/**
 * The entities the question names by one of their names ("HTS"), not by a description ("the
 * mayor", whom "who is the mayor?" asks for), in one article.
 */
function namedInQuestion(ctx: Ctx): ReadonlySet<string> {
  let byArticle = ctx.q.memo.get(NAMED_IN_QUESTION);
  if (!byArticle) ctx.q.memo.set(NAMED_IN_QUESTION, (byArticle = new Map()));
  const article = ctx.m.doc.article.id;
  let names = byArticle.get(article);
  if (!names) {
    const found = new Set<string>();
    // A written name, not a word of one ("which university" holds a word of "University of Torwick").
    // ("who was minister before korvath": typed in lower case, a name is still one where it is no English word.)
    const nameTerms = ctx.q.terms.filter((t) => t.isName && (UPPER_START.test(t.word) || vectorId(t.word.toLowerCase()) < 0) && !NAMED_KINDS.has(t.term)).map((t) => t.term);
    const entities = ctx.q.entities.get(article) ?? [];
    for (const e of entities) if (nameTerms.some((t) => e.terms.has(t))) found.add(e.fact.name);
    // "who did ffion knock out?": a first name the article writes only within a full name links to no
    // entity; kept as a word, it tells the person named "Ffion Rees" is the one asked about.
    // (A word no English vocabulary holds is a name too, whatever verb or adjective the tagger made
    // of it; a noun may be a role: "who is the churchwarden?".)
    for (const t of ctx.q.terms) if ((t.isName || (!t.isCue && t.pos !== 'NOUN' && vectorId(t.word.toLowerCase()) < 0)) && !NAMED_KINDS.has(t.term) && !entities.some((e) => e.terms.has(t.term))) found.add(FIRST_NAME + t.term);
    byArticle.set(article, (names = found));
  }
  return names;
}

/** Whether the question's noun ("which towns") stands in the sentence as a plain noun, named by no chunk next to it. */
function unnamedFocus(ctx: Ctx, chosen: Chunk): boolean {
  const focus = ctx.q.focus?.term;
  if (focus === undefined || !NAMED_KINDS.has(focus)) return false;
  const tokens = ctx.sentence.tokens;
  const at = ctx.m.doc.terms.indexOf(focus);
  if (at < 0 || tokens[at].pos !== 'NOUN') return false;
  // "the town of Lusk", "the towns Varna and Kell", "Varna and Kell, two towns": named there.
  return Math.abs(chosen.start - at) > 3;
}

/** Whether a name in the sentence is one the question names the entity by, in any form ("HTS"). */
function isNamed(ctx: Ctx, named: ReadonlySet<string>, c: Chunk): boolean {
  if (named.size === 0) return false;
  if (named.has(resolvedName(ctx, c))) return true;
  const space = c.name.indexOf(' ');
  return space > 0 && named.has(FIRST_NAME + termOfWord(c.name.slice(0, space).toLowerCase()));
}

/** Marks a first name the question writes alone, among the full names it names. */
const FIRST_NAME = '\u0000first:';

const resolvedCache = new WeakMap<Chunk, string>();

/** The full name a mention resolves to (its own when none): the same for every question, so found once per chunk. */
function resolvedName(ctx: Ctx, c: Chunk): string {
  let name = resolvedCache.get(c);
  if (name === undefined) resolvedCache.set(c, (name = resolveName(articleFacts(ctx.kb, ctx.m.doc.article.id), c.name)?.name ?? c.name));
  return name;
}

/** The token before a name, past a determiner that opens it ("the" of "according to the …", of “The Salt Orchard”). */
const beforeName = (tokens: readonly Token[], start: number): number => (tokens[start - 1]?.pos === 'DET' ? start - 2 : start - 1);

/**
 * Whether the name at `start` is the source "according to" names, or inside the words describing
 * that source ("according to Dr. Nadia Fenwick, the RFLS finds liaison officer"): no verb between.
 */
function accordingTo(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k > 0 && start - k <= SOURCE_REACH; k -= 1) {
    const t = tokens[k];
    if (t.norm === 'to' && tokens[k - 1].norm === 'according') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.norm !== ',')) return false;
  }
  return false;
}

/** How far back from a name the "according to" of its source may stand. */
const SOURCE_REACH = 12;

/** Kinds of works, which go by titles. */
const WORKS: ReadonlySet<string> = new Set(['film', 'movie', 'book', 'novel', 'song', 'album', 'documentary', 'series'].map((w) => termOfWord(w)));

/** A name in quotation marks, a title's "The" inside them: “The Salt Orchard”. */
function quoted(tokens: readonly Token[], c: Chunk): boolean {
  return isQuoteMark(tokens[beforeName(tokens, c.outerStart)]) && isQuoteMark(tokens[c.end]);
}

const fullNameTermsCache = new WeakMap<Chunk, string[]>();

/** The terms of a mention's full name ("CBT" → central, bank, of, terrano, cbt): the same for every question, so found once. */
function fullNameTerms(ctx: Ctx, c: Chunk): string[] {
  let terms = fullNameTermsCache.get(c);
  if (!terms) fullNameTermsCache.set(c, (terms = fullName(ctx, c.name).split(/[\s()]+/).map((w) => termOfWord(w.toLowerCase()))));
  return terms;
}

/** Words for a country, one kind of place whatever the article calls it ("the neighbouring state of Albrenia" for "which country"). */
const POLITIES: ReadonlySet<string> = new Set(['country', 'state', 'nation', 'kingdom', 'republic'].map(termOfWord));

/** Whether "by" opens the phrase a name ends: "by X", "by the X", "by the neighbouring state of X". */
function agentOfPassive(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - AGENT_REACH); k -= 1) {
    const t = tokens[k];
    if (t.norm === 'by') return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.norm !== 'of' && !PLACE_BEFORE_OF.has(t.norm) && !NAMED_KINDS.has(termOfWord(t.norm))) return false;
  }
  return false;
}

/** Whether a name, in its full form, holds every noun and adjective the question asks about (two at least). */
function namesTheAskedThing(ctx: Ctx, c: Chunk): boolean {
  let asked = 0;
  for (const t of ctx.q.terms) {
    if (t.isCue || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) continue;
    asked += 1;
    if (!fullNameTerms(ctx, c).includes(t.term)) return false;
  }
  return asked >= 2;
}

/**
 * "Who owns the field behind the primary school?" / "… a field behind Dunley Primary School …":
 * a name standing where the question puts its own words, after the same preposition, and holding
 * them all but one, is the question's own thing by name, not who or what it asks for.
 */
function placedAsAsked(ctx: Ctx, c: Chunk): boolean {
  const tokens = ctx.sentence.tokens;
  const before = tokens[beforeName(tokens, c.outerStart)];
  if (before?.pos !== 'ADP' || !ctx.q.tokens.some((t) => t.norm === before.norm)) return false;
  const terms = fullNameTerms(ctx, c);
  if (terms.length < 2) return false;
  let other = 0;
  for (const term of terms) if (!ctx.questionTerms.has(term)) other += 1;
  return other <= 1;
}

/** Whether a word of the question other than its focus stands inside the name. (Loops, not closures: this runs for every name of every candidate.) */
function anchoredInside(ctx: Ctx, c: Chunk): boolean {
  for (const a of ctx.anchors) if (a >= c.start && a < c.end && ctx.m.doc.terms[a] !== ctx.q.focus?.term) return true;
  return false;
}

/** Whether the term stands among the sentence's terms from `from` up to `to`. */
function termWithin(terms: readonly (string | null)[], from: number, to: number, term: string): boolean {
  for (let k = from; k < to && k < terms.length; k += 1) if (terms[k] === term) return true;
  return false;
}

/**
 * Whether ", <asked verb>" follows a name ("The Sea Maid, built in 1988"): a participle in
 * apposition tells what befell it. (Not after a name that is itself an apposition: in "an auditor,
 * Ada Moll, noticed …" the comma closes it, and the verb is hers.)
 */
function doneTo(ctx: Ctx, c: Chunk): boolean {
  const tokens = ctx.sentence.tokens;
  if (tokens[c.outerStart - 1]?.text === ',') return false;
  const end = c.end;
  // ("The Spirit of Tarn, built …": past an "of" that joins the name's parts.)
  let k = end;
  while (tokens[k]?.norm === 'of' && tokens[k + 1]?.pos === 'PROPN') for (k += 1; tokens[k]?.pos === 'PROPN'; k += 1);
  const verb = tokens[k]?.text === ',' ? k + 1 : -1;
  // ("X, building …" is X doing it.)
  return verb > 0 && tokens[verb]?.pos === 'VERB' && !tokens[verb].norm.endsWith('ing') && ctx.exact.includes(verb);
}

/** How much a name that the asked act was done to counts as its doer. */
const DONE_TO = 0.2;

/**
 * "travel to the capital, Velsk, next week", "held at the club's ground, Mill Park": a name set off
 * after a place told by a common noun is that place, and the preposition before the noun is the
 * name's. The preposition's index, or undefined. (Not a list: "to Orrindale, Harn and Tolby" has a
 * name before the comma.)
 */
function prepositionOfApposition(tokens: readonly Token[], comma: number, end: number): number | undefined {
  if (tokens[comma]?.text !== ',' || (tokens[end] !== undefined && tokens[end].text !== ',' && !isClauseEnd(tokens[end]))) return undefined;
  let k = comma - 1;
  if (tokens[k]?.pos !== 'NOUN') return undefined;
  while (k > 0 && comma - k <= APPOSED_PLACE_REACH && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || tokens[k].pos === 'PROPN' || isPossessive(tokens[k]))) k -= 1;
  return PLACE_PREPS.has(tokens[k].norm) || TOWARDS.has(tokens[k].norm) ? k : undefined;
}

/**
 * "in the back room of the Grebe and Anchor", "in the car park of Caswick Grange": a part of
 * premises written before "of" is inside the named place, so the name is a venue and the part is
 * where. The index where the part's own words start, if the token at `k` ends one, else undefined.
 */
function partOfPremisesStart(tokens: readonly Token[], k: number): number | undefined {
  if (tokens[k + 1]?.norm !== 'of') return undefined;
  const part = tokens[k].norm === 'park' && tokens[k - 1]?.norm === 'car' ? k - 1 : PREMISES_PARTS.has(tokens[k].norm) ? k : undefined;
  if (part === undefined) return undefined;
  // ("the back room", "the upstairs function room": the words that say which part.)
  let from = part;
  while (from > 0 && part - from < PART_WORDS && (tokens[from - 1].pos === 'NOUN' || tokens[from - 1].pos === 'ADJ' || tokens[from - 1].pos === 'ADV') && !startsUpper(tokens[from - 1].text)) from -= 1;
  return from;
}

/** How many words may say which part of premises: "the upstairs function room". */
const PART_WORDS = 2;

/** Parts of a building or its land that news sets things in: "the back room", "the grounds", "the foyer". */
const PREMISES_PARTS: ReadonlySet<string> = new Set(['room', 'grounds', 'garden', 'gardens', 'foyer', 'cellar', 'basement', 'courtyard', 'yard', 'lobby', 'kitchen', 'attic', 'loft']);

/**
 * "a kiosk behind the Tolvern Arms", "the stall opposite Quillbury Mill": prepositions that set a
 * thing by premises, as the parts above set it inside them; the name after them is a venue too.
 */
const BY_PREMISES: ReadonlySet<string> = new Set(['outside', 'behind', 'beside', 'opposite']);

/** How many words the place before an apposed name may run to: "the club's old ground". */
const APPOSED_PLACE_REACH = 5;

export function entity(ctx: Ctx, kinds: NameFact['kind'][], place: boolean): Extraction | null {
  const { sentence } = ctx;
  const tokens = sentence.tokens;
  const chunks = chunksOf(ctx.m.doc.article, sentence);
  // The best chunk so far; its answer text is only built for the winner.
  let bestScore = 0;
  let bestChunk: Chunk | undefined;
  let bestFrom = 0;
  let bestKind: NameFact['kind'] | undefined;
  let bestKindScore = 0;
  let bestHeading = false;
  const asked = entityQuestion(ctx.q);
  const withPreposition = place && asked.where;
  const goingTo = withPreposition && asked.going;
  const copula = asked.predicate ? askedPredicate(ctx) : -1;
  const named = namedInQuestion(ctx);
  const { settlementAsked } = asked;
  for (const c of chunks) {
    const info = chunkInfo(ctx, c);
    // A lone capital ("C" of "2C") is a unit or an initial, not a name.
    if (inQuestion(ctx, c.name) || !info.hasLetters) continue;
    // "Who leads the NLF?" is not answered by "Northern Liberation Front (NLF)": another name of the asked one,
    // nor "who heads the central bank?" by "the Central Bank of Terrano", which holds all it is called.
    if (isNamed(ctx, named, c) || namesTheAskedThing(ctx, c) || placedAsAsked(ctx, c)) continue;
    // "Where was he taken?": a hospital or an airport is an organisation and a place (though no
    // answer to "in which city").
    const kind = place && info.kind === 'organisation' && info.building && !settlementAsked ? 'place' : info.kind;
    // A place question is never answered with a person or an organisation.
    if (place && (kind === 'person' || kind === 'organisation')) continue;
    // "Ana Vell of the Harlow Institute won …": a name inside the phrase after a noun ("of", "at",
    // "from") only says which one; the subject is the noun before it, and its clause goes on after
    // the phrase. ("Ana Vell, chair of the Harlow Trust, which owns the mill": "which" takes the thing.)
    const actor = !place && ctx.q.intent === 'who' && !(postModifier(tokens, c.outerStart) && !thingRelative(tokens, c.end)) && subjectOfAnchorVerb(ctx, pastPostModifier(tokens, c.end));
    // A place that is the subject of the question's verb ("X won") is acting as an organisation.
    let kindScore = kind === undefined ? 0.5 : kinds.includes(kind) ? 1 : kind === 'other' || (kind === 'place' && actor) ? 0.5 : 0.2;
    let from = c.outerStart;
    let score = kindScore * nearness(ctx, c.start, c.end - 1);
    // "Rastan and Talbiseh" when the question names Rastan: a sibling of the question's word, not the answer.
    const before = tokens[c.outerStart - 1];
    if (before && (before.norm === 'and' || before.norm === 'or') && ctx.exact.includes(c.outerStart - 2)) score *= 0.5;
    // "Syria's largest": a possessive name modifies something else.
    if (isPossessive(tokens[c.end])) score *= 0.6;
    // "Which yard built the lifeboat?" / "The Sea Maid, built in 1988, …": a name the asked verb
    // follows as a participle is what was done to, not the doer.
    if (!place && doneTo(ctx, c)) score *= DONE_TO;
    // Passive agent: "led by X" answers "who leads", "brokered by the neighbouring state of
    // Albrenia" which country brokered it.
    if (agentOfPassive(tokens, c.outerStart)) score *= 1.3;
    // "Who is buying X?": the actor is the subject, before the question's verb in the same clause.
    if (actor) score *= 2.5;
    // "Who owns the farm?" / "… the farm's owners, Ana and Luis Pardo": named after the noun for
    // the doer of the asked verb.
    // ("feature director Ana Vell": the noun may be the title the name is written with.)
    if (!place && (afterDoerNoun(ctx, c.outerStart) || (c.start > c.outerStart && afterDoerNoun(ctx, c.start)))) score *= 2;
    // "Which is the capital?" / "Paris is the capital of France": the subject of the asked predicate.
    if (copula >= 0 && c.end <= copula) score *= 2;
    // A name holding a word of the question ("the Electoral Commission" for "the election") is
    // what the question is about, not its answer.
    // But "the River Amsel" answers "what river": the word is the asked kind.
    if (anchoredInside(ctx, c)) score *= 0.5;
    // "Which company made the rocket?": "the Corvid-2 rocket" is the rocket, named by the question's
    // own noun after it; "the private company Halcyon Launch Systems" is named after the asked noun.
    const focus = ctx.q.focus?.term;
    if (tokens[c.end]?.pos === 'NOUN' && ctx.exact.includes(c.end) && ctx.m.doc.terms[c.end] !== focus) score *= 0.5;
    // "… set in the southern town of Lusk" for "which town": the asked noun names it too, as it
    // does in "the River Amsel" for "what river"; "the central city of Tarn" names another kind.
    if (focus !== undefined) {
      // ("Harbour master Orlaith Prackett": the asked noun may end the title the name is written with.)
      const kindNoun = c.start > c.outerStart ? ctx.m.doc.terms[c.start - 1] : before?.norm === 'of' ? ctx.m.doc.terms[c.outerStart - 2] : ctx.m.doc.terms[c.outerStart - 1];
      // ("Hadleigh Police" for "which police force": a name headed by the noun the asked one is
      // built on is of the asked kind too.)
      if (kindNoun === focus || (POLITIES.has(kindNoun ?? '') && POLITIES.has(focus)) || termWithin(ctx.m.doc.terms, c.start, c.end, focus) || info.head === asked.focusModifier) {
        score *= 2;
        // ("the campaign group Clean Coasts Vell": a name the asked noun titles is of the asked
        // kind, whatever kind its words alone suggest.)
        if (kindNoun === focus && kindScore < 1 && !place) {
          score /= kindScore;
          kindScore = 1;
        }
      }
      else if (before?.norm === 'of' && kindNoun !== null && NAMED_KINDS.has(kindNoun)) score *= 0.5;
    }
    if (otherActorClause(ctx, c.start)) score *= 0.4;
    // "Dr Ana Vell, a botanist at the Harlow Institute who led the survey": "who" speaks of a
    // person, so a body or a place right before it ends an apposition, and the doer of the asked
    // verb is the person the apposition describes.
    if (kind !== 'person' && kind !== undefined && tokens[c.end]?.norm === 'who' && ctx.anchors.includes(c.end + 1)) score *= WHO_AFTER_THING;
    // "What film won?": a work goes by its title, in quotation marks; another name is no film.
    if (focus !== undefined && WORKS.has(focus)) score *= quoted(tokens, c) ? 3 : 0.3;
    let heading = false;
    if (withPreposition) {
      let k = c.outerStart - 1;
      let premises = false;
      while (k >= 0 && !DIRECTIONS.has(tokens[k].norm)) {
        const part = partOfPremisesStart(tokens, k);
        if (part !== undefined) [k, premises] = [part - 1, true];
        else if (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].norm === 'of' || PLACE_BEFORE_OF.has(tokens[k].norm)) k -= 1;
        else break;
      }
      k = prepositionOfApposition(tokens, k, c.end) ?? k;
      // "Where was the ferry going?": the place it was going to ("bound for Marrenholm"); the one
      // it left ("from Skarvik", "had left Ellisport") is no answer.
      if (goingTo && k >= 0 && (tokens[k].norm === 'from' || (tokens[k].pos === 'VERB' && LEAVING.has(tokens[k].lemma)))) continue;
      heading = goingTo && k >= 0 && TOWARDS.has(tokens[k].norm);
      if (k >= 0 && (PLACE_PREPS.has(tokens[k].norm) || BY_PREMISES.has(tokens[k].norm) || DIRECTIONS.has(tokens[k].norm) || (goingTo && TOWARDS.has(tokens[k].norm)))) {
        from = k;
        score *= 1.15;
        // "Where was the dinner held?" / "… at the Marlow Rooms", "on Dock Street": a name of no
        // known kind that the sentence sets after "at" or "on" is written as a venue or a street.
        // ("in" and "from" come before much else: "in the Premier League", "from the Latin".)
        // (It tells where one is, not where one comes from or is bound for.)
        // (A part of premises or a spot beside them sets a name as a venue after any preposition:
        // "in the back room of the Grebe and Anchor", "behind the Tolvern Arms".)
        const asVenue = VENUE_PREPS.has(tokens[k].norm) || BY_PREMISES.has(tokens[k].norm) || premises;
        if (kind === 'other' && kindScore < 1 && asVenue && !goingTo && !ASKS_ORIGIN.test(ctx.q.text)) {
          score /= kindScore;
          kindScore = 1;
        }
        if (goingTo && TOWARDS.has(tokens[k].norm)) score *= 1.5;
      }
    }
    if (score > bestScore) {
      bestScore = score;
      bestChunk = c;
      bestFrom = from;
      bestKind = kind;
      bestKindScore = kindScore;
      bestHeading = heading;
    }
  }
  const lead = place ? null : leadPerson(ctx, kinds, copula);
  if (lead && lead.score > bestScore) return lead.ext;
  if (bestChunk === undefined) return null;
  const c = bestChunk;
  const info = chunkInfo(ctx, c);
  // The same for every question the name answers.
  const listEnd = (info.listEnd ??= coordinated(sentence, c.end - 1));
  // ("at Crossbay village hall", "at St Ann's Church": a place's name goes on to the venue it names,
  // and on to the places listed after it: "at the Hexby leisure centre and the Mill Lane car park".)
  const venue = place ? venueEnd(tokens, c.end - 1) : c.end - 1;
  const end = venue > c.end - 1 ? coordinated(sentence, venue) : place ? venueEnd(tokens, listEnd) : listEnd;
  const listed = end > c.end - 1;
  // "a prize for Mr Vell's opponents": the people a possessive name qualifies, not the name.
  const possessed = !place && isPossessive(tokens[c.end]) && tokens[c.end + 1]?.pos === 'NOUN' && isPersonNoun(tokens[c.end + 1].norm);
  const text = withPreposition
    ? textOf(sentence, goingTo || settlementAsked ? bestFrom : venueBefore(ctx, bestFrom), settlementAsked ? end : placeOfVenue(ctx, chunks, end))
    : listed
      ? textOf(sentence, c.outerStart, end)
      : possessed
        ? textOf(sentence, c.outerStart, c.end + 1)
        : definiteBody(c, bestKind, withTitle(ctx.q, sentence, c, fullName(ctx, c.name), bestKind));
  // "Where was it going?" is not answered by where it was ("off the coast of Teslund").
  const notWhereHeaded = goingTo && !bestHeading;
  // "Rebels entered two central towns … north of the city of Tarn": the asked things
  // are written there unnamed, so a name elsewhere in the sentence is hardly one of them.
  const beside = unnamedFocus(ctx, c);
  // "… built in 1968, according to the National Roads Authority": the source of a claim, not its actor.
  const source = accordingTo(tokens, c.outerStart);
  // "Who is the health minister?" is not answered by "Deputy Health Minister Valeria Senk".
  const lowerRank = !place && lowerRankBefore(ctx, c.start);
  // "Which firms paid the bribes?" is not answered by "the Ostby District Court": a body of another kind.
  // (By its full name: "TWA" is the "Tarvik Water Agency" the article spells out.)
  const otherBody = namesOtherBody(fullName(ctx, c.name), askedBody(ctx.q)) || businessPlaced(tokens, c, bestKind, askedBody(ctx.q));
  const strength =
    Math.min(1, bestKindScore * (0.5 + bestScore / 2)) *
    (otherBody ? OTHER_BODY : 1) *
    (!place && unheadedBuilding(fullName(ctx, c.name), askedBody(ctx.q)) ? UNHEADED_BUILDING : 1) *
    (notWhereHeaded ? 0.5 : 1) *
    (askedIsAgent(ctx, chunks, named) ? 0.3 : 1) *
    (beside ? 0.5 : 1) *
    (source ? 0.5 : 1) *
    (lowerRank ? LOWER_RANK : 1) *
    (!place && doneTo(ctx, c) ? DONE_TO : 1);
  return { text: tidyAnswer(text), type: place ? 'place' : 'entity', how: place ? 'place name' : `name(${bestKind ?? 'unknown'})`, strength, focus: c.name };
}

/**
 * "Where is the meeting?" / "at Crossbay village hall", "at Pound Lane recreation ground", "at St
 * Ann's Church": the lower-case nouns after a place's name that end on a word for a venue, or a
 * possessive's venue, are part of the place. The last token of the place so extended.
 */
function venueEnd(tokens: readonly Token[], end: number): number {
  // ("in Cutler's Row", "on Bishop's Hill": a possessive's street or hill is the place's own name.)
  if (isPossessive(tokens[end + 1]) && startsUpper(tokens[end + 2]?.text ?? '') && (VENUE_HEADS.has(tokens[end + 2].norm) || STREET_HEADS.has(tokens[end + 2].norm))) return end + 2;
  for (let k = end + 1; k <= end + VENUE_WORDS && tokens[k]?.pos === 'NOUN' && !startsUpper(tokens[k].text); k += 1) {
    if (VENUE_HEADS.has(tokens[k].norm)) return k;
  }
  return end;
}

/** The last words of the names of streets and of parts of a town. */
const STREET_HEADS: ReadonlySet<string> = new Set(['street', 'road', 'lane', 'row', 'way', 'avenue', 'square', 'close', 'crescent', 'terrace', 'drive', 'hill', 'place', 'walk', 'cross', 'court', 'gate', 'wood', 'end', 'mead', 'meadow', 'park']);

/** Prepositions that set where a whole phrase is: "at the stall on Dock Street", "from a farm near Tarn". */
const VENUE_PREPS_BEFORE: ReadonlySet<string> = new Set([...PLACE_PREPS, 'beside', 'behind', 'off', 'under', 'beneath']);
/** How many words the noun a named place locates may have ("two disused railway cuttings"). */
const LOCATED_WORDS = 6;
const DIGIT = /\d/u;

/**
 * "Where did they meet?" / "… met at a ceilidh in Tarn", "… at the stile on Kell Fell": a name
 * after "in" or "on" often only places a nearer thing the clause was at, a common noun set after its
 * own preposition; the place is that whole phrase. The preposition it opens with, or `at`.
 */
function venueBefore(ctx: Ctx, at: number): number {
  const tokens = ctx.sentence.tokens;
  if (!LOCATING.has(tokens[at]?.norm ?? '')) return at;
  let noun = false;
  for (let j = at - 1; j >= 0 && at - j <= LOCATED_WORDS + 1; j -= 1) {
    const t = tokens[j];
    if (VENUE_PREPS_BEFORE.has(t.norm)) return noun && j < at - 1 ? j : at;
    // ("Where is St Ann's Hospital?" / "at St Ann's Hospital in Tarn": the asked thing is not where it is.)
    if (DIGIT.test(t.text) || TIME_WORD.test(t.norm) || ctx.exact.includes(j)) return at;
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && VENUE_HEADS.has(t.norm))) noun = true;
    else if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'NUM' && !isPossessive(t)) return at;
  }
  return at;
}

/**
 * "Where are the finds now?" / "at the county museum in Tarn", "to the Kell Museum in Tarn": a
 * venue goes on to the named place that locates it. The last token of the place so extended, or `end`.
 */
function placeOfVenue(ctx: Ctx, chunks: readonly Chunk[], end: number): number {
  const tokens = ctx.sentence.tokens;
  if (!(tokens[end]?.pos === 'NOUN' || VENUE_HEADS.has(tokens[end]?.norm ?? '')) || !LOCATING.has(tokens[end + 1]?.norm ?? '')) return end;
  let k = end + 2;
  while (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ') k += 1;
  const named = chunks.find((c) => c.outerStart === k || c.start === k);
  return named === undefined || inQuestion(ctx, named.name) ? end : venueEnd(tokens, named.end - 1);
}

/** How many lower-case nouns may follow a place's name in the venue it names ("village hall", "leisure centre"). */
const VENUE_WORDS = 3;
const VENUE_HEADS: ReadonlySet<string> = new Set([
  ...BUILDING_HEADS,
  ...['ground', 'grounds', 'field', 'fields', 'reservoir', 'common', 'green', 'estate', 'club', 'clubhouse', 'pitch', 'pool', 'lido', 'beach', 'pier', 'quay', 'wharf'],
  ...['farm', 'depot', 'yard', 'garden', 'gardens', 'cemetery', 'chapel', 'pavilion', 'library', 'office', 'offices', 'site', 'works'],
]);

/**
 * "Who brought the case?" / "… brought by the Civic Rights Trust": a body the sentence names with
 * "the" keeps it, as news writes it ("the Trust", not "Trust").
 */
function definiteBody(c: Chunk, kind: NameFact['kind'] | undefined, name: string): string {
  return (kind === 'organisation' || (kind === 'place' && isVenueName(name))) && c.definite && !/^the /i.test(name) ? `the ${name}` : name;
}

/**
 * "the Kell Museum", "the Marlow Concert Hall": a venue's name is written with "the" (a town's is
 * not: "Tarn"), and keeps it in the answer as the sentence writes it.
 */
const definiteVenue = (c: Chunk): string => definiteBody(c, 'place', c.name);

export function isVenueName(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return VENUE_HEADS.has(last);
}

/**
 * "Professor Ada Moll", "Councillor Ola Berg", "Detective Inspector Ann Shaw": news writing gives a
 * person's formal title as a capitalised part of the name, and it tells who they are as much as the
 * name does. A lower-case role ("sanctuary manager Ada Moll") or a courtesy ("Ms Moll") is no part of it.
 */
function withTitle(q: QuestionAnalysis, sentence: Sentence, c: Chunk, name: string, kind: NameFact['kind'] | undefined): string {
  if (kind !== 'person' || c.outerStart >= c.start) return name;
  const tokens = sentence.tokens;
  let k = c.start;
  while (k > c.outerStart && UPPER_START.test(tokens[k - 1].text) && !COURTESY_TITLES.has(tokens[k - 1].norm.replace(/\.$/, ''))) k -= 1;
  if (k === c.start) return name;
  const title = textOf(sentence, k, c.start - 1);
  // ("Who is the mayor?" / "Mayor Ada Moll": the title the question asks by says nothing more.)
  if (askedTitle(q, title)) return name;
  return name.startsWith(title) ? name : `${title} ${name}`;
}

/** Whether the question writes a word of the title ("who is the mayor?" of "Mayor"). */
function askedTitle(q: QuestionAnalysis, title: string): boolean {
  const words = title.toLowerCase().split(/\s+/);
  return q.tokens.some((t) => words.includes(t.norm));
}

/** Courtesy titles, which say only that someone is a person: "Mr", "Ms". */
const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'madam']);

/**
 * "Who leads HTS?" / "The offensive is being led by HTS as well as …": where the asked entity is
 * itself the doer of the question's verb, the sentence tells what it does, not who does it to it.
 */
function askedIsAgent(ctx: Ctx, chunks: readonly Chunk[], named: ReadonlySet<string>): boolean {
  if (named.size === 0) return false;
  const tokens = ctx.sentence.tokens;
  for (const c of chunks) {
    // "led by HTS", "led by the jihadi Hayat Tahrir al-Sham group"
    let by = c.outerStart - 1;
    while (by >= c.outerStart - 3 && (tokens[by]?.pos === 'DET' || tokens[by]?.pos === 'ADJ')) by -= 1;
    if (tokens[by]?.norm !== 'by' || !isNamed(ctx, named, c)) continue;
    if (ctx.exact.some((a) => tokens[a].pos === 'VERB' && a < by && by - a <= 3)) return true;
  }
  return false;
}

/**
 * "A former finance director … was sentenced": the lead's unnamed subject, named later in the
 * story (a role fact of kind 'lead'), answers who did what the lead says.
 */
function leadPerson(ctx: Ctx, kinds: NameFact['kind'][], copula: number): { ext: Extraction; score: number } | null {
  if (!kinds.includes('person')) return null;
  const role = ctx.facts.find((f): f is RoleFact => f.type === 'role' && f.via === 'lead' && f.sentences[0] === ctx.sentence.index);
  if (!role || inQuestion(ctx, role.subject)) return null;
  const tokens = ctx.sentence.tokens;
  // The description opens the sentence: it ends at the token where its text does.
  const end = tokens.findIndex((t) => t.end - tokens[0].start >= role.description.length);
  if (end < 0 || !subjectOfAnchorVerb(ctx, end + 1)) return null;
  // Scored as a name in that place would be: the actor of the question's verb, before its "was".
  const score = 2.5 * nearness(ctx, 0, end) * (copula > end ? 2 : 1);
  return { ext: { text: role.subject, type: 'entity', how: LEAD_SUBJECT, strength: 0.9, focus: role.subject }, score };
}

/** How the lead's unnamed subject, named later, is found (answers cite the sentence naming it). */
export const LEAD_SUBJECT = "name of the lead's subject";

/** Prepositions that put something in a place that has no name: "found in a life raft". */
const LOCATING = new Set(['in', 'on', 'at', 'inside', 'near', 'under', 'aboard', 'beside', 'behind', 'outside']);

/**
 * "Where were the passengers found?" / "… were found in a life raft": without a place name, the
 * phrase after a locating preposition right after the question's verb.
 */
/** "city", "region", "country": a kind of place no building is ("airport" and "port" are). */
const isSettlementWord = (word: string): boolean => (PLACE_AFTER.has(word) && !BUILDING_HEADS.has(word)) || word === 'country';

/** Public bodies a name's head word says a name is of: "Ostby District Court", "University of Tarvik". */
const PUBLIC_BODIES: ReadonlySet<string> = new Set(
  'court tribunal council ministry university college school hospital party parliament commission authority agency museum prison police trust'.split(' ').map((w) => termOfWord(w)),
);
/** Nouns for a kind of business a which-question may ask for ("which firms …", "which broker …"). */
const BUSINESSES: ReadonlySet<string> = new Set(
  'company firm broker maker manufacturer supplier contractor developer operator airline carrier retailer lender insurer publisher provider business chain'.split(' ').map((w) => termOfWord(w)),
);
const REGULATORS: ReadonlySet<string> = new Set(['agency', 'authority', 'commission'].map((w) => termOfWord(w)));
const OTHER_BODY = 0.3;
const ABBREVIATION_AFTER = /\s*\([^)]*\)$/;

/**
 * Whether a name is one of a public body of another kind than the one a which-question asks for,
 * by its head word: "Ostby District Court" for "which firms", "Marl Heritage Trust" for "which court".
 */
function namesOtherBody(name: string, focus: string | undefined): boolean {
  // ("Which agency …" may be answered by a commission or an authority: a word for any regulator.)
  if (focus === undefined || REGULATORS.has(focus) || (!PUBLIC_BODIES.has(focus) && !BUSINESSES.has(focus))) return false;
  const head = termOfWord(headWord(name.replace(ABBREVIATION_AFTER, '')));
  return PUBLIC_BODIES.has(head) && head !== focus && !areRelated(head, focus);
}

/**
 * "Which firm is building the dam?" / "A pump house will be built at Pruett's Wynd": a name the
 * sentence sets after "at", "on" or "in" is where something stands, not a business that acts.
 * (A body the tagger knows, "at Oxlade Builders Ltd", is still one.)
 */
function businessPlaced(tokens: readonly Token[], c: Chunk, kind: NameFact['kind'] | undefined, focus: string | undefined): boolean {
  if (focus === undefined || !BUSINESSES.has(focus) || kind === 'organisation') return false;
  // ("at Pruett's Wynd": past the owner's name the place is called by.)
  let k = c.outerStart;
  while (isPossessive(tokens[k - 1]) && tokens[k - 2]?.pos === 'PROPN') {
    k -= 2;
    while (tokens[k - 1]?.pos === 'PROPN') k -= 1;
  }
  return LOCATING.has(tokens[beforeName(tokens, k)]?.norm ?? '');
}

/**
 * "Which prison …", "which hospital …", "which school …": a building or an institution is named by
 * its own word ("Kellmoor Prison", "St Anne's Hospital", or a near one, "Tarn Academy"); a name
 * headed otherwise ("Stanmere Rovers") is of something else.
 */
function unheadedBuilding(name: string, focus: string | undefined): boolean {
  if (focus === undefined || !BUILDING_HEAD_TERMS.has(focus)) return false;
  const word = headWord(name.replace(ABBREVIATION_AFTER, ''));
  const head = termOfWord(word);
  return head !== focus && !areRelated(head, focus) && similarity(vectorId(word), vectorId(focus)) < NEAR_KIND;
}

const BUILDING_HEAD_TERMS: ReadonlySet<string> = new Set([...BUILDING_HEADS].map((w) => termOfWord(w)));
const UNHEADED_BUILDING = 0.5;

/** The head noun of a which-question's phrase ("firm" of "which construction firms"), as a term. */
function askedBody(q: QuestionAnalysis): string | undefined {
  const at = q.tokens.findIndex((t) => t.norm === 'which');
  let head: string | undefined;
  for (let k = at + 1; at >= 0 && k < q.tokens.length && nounModifier(q.tokens[k]); k += 1) if (q.tokens[k].pos === 'NOUN') head = termOfWord(q.tokens[k].norm);
  return head;
}

/** A word of a noun phrase up to its head ("which shipping firms": a modifier in -ing may be read as a verb). */
const nounModifier = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'VERB' && t.norm.endsWith('ing'));

/** The head word of a name: its last, or the last before "of" ("University" of "University of Tarvik"). */
function headWord(name: string): string {
  const of = name.indexOf(' of ');
  const head = of > 0 ? name.slice(0, of) : name;
  return head.slice(head.lastIndexOf(' ') + 1).toLowerCase();
}

/**
 * The first name within `reach` tokens after the cue at `at` that the question does not name and
 * that reads as a place ("… sheltering from gale-force winds, according to the Coastguard Agency":
 * no person or body is where something was going).
 */
function placeAfter(ctx: Ctx, chunks: readonly Chunk[], at: number, reach: number): Chunk | undefined {
  return chunks.find((x) => x.start > at && x.start - at <= reach && !inQuestion(ctx, x.name) && x.votes.person + x.votes.organisation <= x.votes.place);
}

/**
 * "Where is Meridex headquartered?" / "The Hallsberg-based company", "Brightmere's headquarters in the
 * port city of Saltmere": where a body is based is the name before "-based", or the name a few words
 * after "headquarters in" or "based in".
 */
export function basePlace(ctx: Ctx): Extraction | null {
  if (!ASKS_BASE.test(ctx.q.text)) return null;
  const { tokens } = ctx.sentence;
  const chunks = chunksOf(ctx.m.doc.article, ctx.sentence);
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    // "Hallsberg-based": the name ends right before the hyphen.
    if (t.norm === 'based' && tokens[i - 1]?.text === '-') {
      const c = chunks.find((x) => x.end === i - 1);
      if (c && !inQuestion(ctx, c.name)) return { text: definiteVenue(c), type: 'place', how: WHERE_BASED, strength: BASE_STRENGTH };
    }
    // "at the orchestra's home, the Ostry Hall", "at the Ostry Hall, the orchestra's home": a
    // body's home is named in apposition, after it or before it.
    if (t.norm === 'home' && ownersHome(tokens, i)) {
      const c = tokens[i + 1]?.text === ',' ? placeAfter(ctx, chunks, i + 1, BASE_REACH) : homeNamedBefore(ctx, chunks, tokens, i);
      if (c) return { text: definiteVenue(c), type: 'place', how: WHERE_BASED, strength: BASE_STRENGTH };
    }
    if (!BASE_WORDS.has(t.norm) || tokens[i + 1]?.norm !== 'in') continue;
    const c = placeAfter(ctx, chunks, i + 1, BASE_REACH);
    if (c) return { text: definiteVenue(c), type: 'place', how: WHERE_BASED, strength: BASE_STRENGTH };
  }
  return null;
}

/** Whether "home" at `i` is a body's own: "the orchestra's home", "its home". */
const ownersHome = (tokens: readonly Token[], i: number): boolean => {
  const before = tokens[i - 1];
  return isPossessive(before) || before?.norm === 'its' || before?.norm === 'their';
};

/** "the Ostry Hall, the orchestra's home": the name right before the comma that opens the apposition. */
function homeNamedBefore(ctx: Ctx, chunks: readonly Chunk[], tokens: readonly Token[], i: number): Chunk | undefined {
  let k = i - 1;
  while (k > 0 && tokens[k].text !== ',' && i - k <= 4) k -= 1;
  if (tokens[k]?.text !== ',' || (tokens[i + 1] !== undefined && !isClauseEnd(tokens[i + 1]) && tokens[i + 1].text !== ',')) return undefined;
  const c = chunks.find((x) => x.end === k);
  return c && !inQuestion(ctx, c.name) && c.votes.person + c.votes.organisation <= c.votes.place ? c : undefined;
}

/** How a place a thing is based in is found: "where is it based?" is answered by it over any other place (see preferTyped). */
/** How a name of a person or of an organisation is marked (`name(kind)`). */
export const PERSON_NAME = 'name(person)';
export const ORGANISATION_NAME = 'name(organisation)';

export const WHERE_BASED = 'where it is based';
const ASKS_BASE = /\b(?:based|headquartered|headquarters|head office|hq)\b/i;
const BASE_WORDS: ReadonlySet<string> = new Set(['based', 'headquartered', 'headquarters']);
/** How far after "headquarters in" its name may come: "in the port city of Saltmere". */
const BASE_REACH = 7;
const BASE_STRENGTH = 1;

/** The place named after the first cue of the sentence (see destination and origin). */
function placeAfterCue(ctx: Ctx, cue: (tokens: readonly Token[], i: number) => boolean, reach: number, how: string, strength: number): Extraction | null {
  const { tokens } = ctx.sentence;
  const chunks = chunksOf(ctx.m.doc.article, ctx.sentence);
  for (let i = 0; i < tokens.length; i += 1) {
    if (!cue(tokens, i)) continue;
    const c = placeAfter(ctx, chunks, i, reach);
    if (c) return { text: definiteVenue(c), type: 'place', how, strength };
  }
  return null;
}

/**
 * "Where was the train headed?" / "The intercity service from the capital, Tolmar, to the port city of
 * Vessen", "a flight bound for the island of Marrenholm": where something was going is the name after
 * "bound for", "en route to", "heading for", or after the "to" of "from … to …".
 */
export const destination = (ctx: Ctx): Extraction | null => (ctx.q.rule === 'where-to' ? placeAfterCue(ctx, destinationCue, DESTINATION_REACH, WHERE_GOING, 1) : null);

/** How a destination and a place of origin are found (see preferTyped). */
export const WHERE_GOING = 'where it was going';
export const WHERE_FROM = 'where they come from';

function destinationCue(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i].norm;
  const before = tokens[i - 1]?.norm ?? '';
  if (norm === 'for') return HEADING.has(before);
  if (norm !== 'to') return false;
  if (HEADING.has(before) || before === 'route' || before === 'way') return true;
  // "from the capital, Tolmar, to …", not "from gale-force winds, according to …".
  if (before === 'according') return false;
  for (let k = i - 1; k >= Math.max(0, i - FROM_TO_REACH); k -= 1) if (tokens[k].norm === 'from') return true;
  return false;
}

const HEADING: ReadonlySet<string> = new Set(['bound', 'headed', 'heading', 'sailing', 'travelling', 'traveling', 'crossing', 'flying', 'returning']);
/** How far a "from" may stand before the "to" of its destination: "from the capital, Tolmar, to …". */
const FROM_TO_REACH = 8;
/** How far after its cue a destination's name may come: "to the port city of Vessen". */
const DESTINATION_REACH = 6;

/**
 * "Where is Tarro from?" / "Tarro, who comes from the fishing town of Rimmeholt", "Brennholt, the
 * world number one from Velland", "a native of Lisk", "born in Lisk": the place named after the cue.
 */
export const origin = (ctx: Ctx): Extraction | null => (ctx.q.rule === 'where-from' ? placeAfterCue(ctx, originCue, ORIGIN_REACH, WHERE_FROM, 0.9) : null);

/**
 * "Where did the money come from?" / "… with £40,000 coming from a lottery grant", "the idea came
 * from a retired teacher": a thing's source need be no place; what follows the "from" of the asked
 * "come" says it, whatever it is.
 */
export function cameFrom(ctx: Ctx): Extraction | null {
  if (ctx.q.rule !== 'where-from' || !asksComeFrom(ctx.q)) return null;
  const { tokens } = ctx.sentence;
  for (let i = 0; i + 2 < tokens.length; i += 1) {
    if (!COMING.has(tokens[i].norm) || tokens[i + 1].norm !== 'from') continue;
    const p = phraseStartingAt(tokens, i + 2, SOURCE_WORDS);
    if (p === undefined || inQuestion(ctx, textOf(ctx.sentence, p.from, p.to))) continue;
    return { text: tidyAnswer(textOf(ctx.sentence, p.from, p.to)), type: 'description', how: WHERE_FROM, strength: SOURCE_STRENGTH };
  }
  // "Where does the town's water come from?" / "… is drawn from a reservoir", "the seeds are
  // supplied by the society from its own beds": what comes from somewhere was got from it.
  return fromAfterVerb(ctx, GETTING);
}

/**
 * "Where do the tours leave from?" / "… every Sunday, setting off from the harbour steps": where a
 * thing sets out from is the "from" after a verb of setting out, or after the question's own verb.
 */
export function leftFrom(ctx: Ctx): Extraction | null {
  if (ctx.q.rule !== 'where-from' || asksComeFrom(ctx.q)) return null;
  const own = ctx.q.tokens.filter((t) => t.pos === 'VERB').map((t) => t.lemma);
  return fromAfterVerb(ctx, new Set([...SETTING_OUT, ...own]));
}

const SETTING_OUT: ReadonlySet<string> = new Set(['start', 'leave', 'depart', 'set', 'launch', 'sail', 'fly', 'run', 'send', 'post']);

/**
 * "Where can I get a bird box?" / "Residents can collect the boxes from the parish office", "the
 * crew drew water from a pond": where a thing is got is the "from" after a verb of getting or of
 * handing out, not a place the sentence names elsewhere. (Not a time: "sold from Monday".)
 */
export function gotFrom(ctx: Ctx): Extraction | null {
  return ctx.q.intent === 'where' && asksGetting(ctx.q) ? fromAfterVerb(ctx, GETTING) : null;
}

/** The "from" after one of the verbs (by base form), and the place or source after it. */
function fromAfterVerb(ctx: Ctx, verbs: ReadonlySet<string>): Extraction | null {
  const { tokens } = ctx.sentence;
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i].pos !== 'VERB' || !verbs.has(tokens[i].lemma)) continue;
    const k = tokens.findIndex((t, j) => j > i && j <= i + GOT_FROM_REACH && t.norm === 'from');
    const p = k < 0 || timeAfter(tokens, k) ? undefined : phraseStartingAt(tokens, k + 1, SOURCE_WORDS);
    if (p === undefined || inQuestion(ctx, textOf(ctx.sentence, p.from, p.to))) continue;
    return { text: tidyAnswer(textOf(ctx.sentence, k, wholeName(ctx, p.to))), type: 'place', how: 'where it is got', strength: SOURCE_STRENGTH };
  }
  return null;
}

/** Verbs of getting a thing, or of handing it out, by their base form. */
const GETTING: ReadonlySet<string> = new Set(['get', 'buy', 'collect', 'pick', 'obtain', 'draw', 'fetch', 'borrow', 'order', 'sell', 'supply', 'source']);
/** How far the "from" may stand after its verb: "sold at half price to members of the club from the kiosk". */
const GOT_FROM_REACH = 14;
const asksGetting = questionMatches('whether the question asks where something is got', /^where\b.*\b(?:get|got|buy|bought|collect|pick|obtain|draw|fetch|borrow|order)\b/i);

const COMING: ReadonlySet<string> = new Set(['come', 'came', 'comes', 'coming']);
const SOURCE_WORDS = 8;
const SOURCE_STRENGTH = 0.8;
const ASKS_COME_FROM = /\b(?:come|came|comes|coming) from\W*$/i;
const asksComeFrom = questionMatches('whether the question asks where something came from', ASKS_COME_FROM);

function originCue(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i].norm;
  const before = tokens[i - 1]?.norm;
  return norm === 'from' || (norm === 'of' && before === 'native') || (norm === 'in' && before === 'born');
}

/** How far after its cue the place may come: "from the fishing town of Rimmeholt". */
const ORIGIN_REACH = 6;

/** How a home is found (see preferTyped). */
export const WHERE_LIVES = 'where they live';

/**
 * "Where does Ana Roth live?" / "Ana Roth, 34, of Mill Lane, Selby, and her brother Tom Roth, 30, of
 * Kew Road, Ripon": news gives someone's home right after the name and age, as "of" a place; the
 * home is that of the asked name, not of another named beside it. "Ana Roth, who lives in Selby"
 * and "Ana Roth, from Selby" give it too.
 */
export function residence(ctx: Ctx): Extraction | null {
  if (ctx.q.rule !== 'where-lives') return null;
  const { tokens } = ctx.sentence;
  const chunks = chunksOf(ctx.m.doc.article, ctx.sentence);
  for (const c of chunks) {
    if (c.votes.person < c.votes.place || !inQuestion(ctx, c.name)) continue;
    let i = c.end;
    // (", 34," the age.)
    if (tokens[i]?.text === ',' && tokens[i + 1]?.pos === 'NUM' && tokens[i + 2]?.text === ',') i += 2;
    if (tokens[i]?.text !== ',') continue;
    let at = i + 1;
    if (tokens[at]?.norm === 'who' && LIVES.has(tokens[at + 1]?.norm ?? '') && tokens[at + 2]?.norm === 'in') at += 2;
    if (tokens[at]?.norm !== 'of' && tokens[at]?.norm !== 'from' && tokens[at]?.norm !== 'in') continue;
    const p = chunks.find((x) => x.start === at + 1 || (x.start === at + 2 && tokens[at + 1].norm === 'the'));
    if (!p) continue;
    // "of Mill Lane, Selby": the street and its town.
    const town = tokens[p.end]?.text === ',' ? chunks.find((x) => x.start === p.end + 1) : undefined;
    const end = town !== undefined && (tokens[town.end] === undefined || tokens[town.end].text === ',' || isClauseEnd(tokens[town.end])) ? town.end : p.end;
    return { text: tidyAnswer(textOf(ctx.sentence, p.start, end - 1)), type: 'place', how: WHERE_LIVES, strength: 1 };
  }
  return null;
}

const LIVES: ReadonlySet<string> = new Set(['lives', 'lived', 'live']);

/**
 * "Where were the evacuees taken?" asks where people or things were moved to: "Authorities
 * evacuated about 1,200 residents … to schools and a sports centre in the town of Drevic", "were
 * moved to a sports hall at Tarnby Technical College". The answer is the phrase after the "to" of
 * a verb of moving, in that verb's clause.
 */
export function movedTo(ctx: Ctx): Extraction | null {
  if (!MOVED_QUESTION.test(ctx.q.text)) return null;
  const { tokens } = ctx.sentence;
  for (let i = 0; i < tokens.length; i += 1) {
    // (wink may tag "began moving people" an adjective.)
    const term = ctx.m.doc.terms[i];
    if ((tokens[i].pos !== 'VERB' && tokens[i].pos !== 'ADJ') || term === null || !MOVING_VERBS.has(term)) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + MOVED_REACH) && !isClauseEnd(tokens[k]); k += 1) {
      if (tokens[k].norm !== 'to') continue;
      // ("moved … to help", "according to …": an infinitive, a source.)
      if (tokens[k + 1]?.pos === 'VERB' || tokens[k - 1]?.norm === 'according') break;
      const p = phraseStartingAt(tokens, k + 1, MOVED_PHRASE);
      if (p === undefined || inQuestion(ctx, textOf(ctx.sentence, p.from, p.to))) break;
      // "to the regional hospital in Drevin": the place the building stands in is part of where.
      let to = p.to;
      const more = LOCATING.has(tokens[to + 1]?.norm ?? '') ? phraseStartingAt(tokens, to + 2, MOVED_PHRASE) : undefined;
      if (more !== undefined && tokens.slice(more.from, more.to + 1).some((t) => t.pos === 'PROPN')) to = more.to;
      // (The place's name is what a follow-up's "it" stands for: "how far away is it?")
      const named = chunksOf(ctx.m.doc.article, ctx.sentence).filter((c) => c.start >= p.from && c.start <= to).pop();
      return { text: tidyAnswer(textOf(ctx.sentence, p.from, to)), type: 'place', how: 'where they were moved', strength: MOVED_STRENGTH, focus: named?.name };
    }
  }
  return null;
}

/** "Where were the evacuees taken?", "where did they take him?", "where were ambulances sent?". */
const MOVED_QUESTION = /^where (?:was|were|is|are|did|do|does|will|would|have|has|had)\b.*\b(?:taken|moved|sent|brought|transferred|relocated|evacuated|rushed|airlifted|flown|bused|bussed|diverted|take|move|send|bring|transfer|relocate|evacuate|rush|airlift|divert)\b(?! place| part| cover| off)/i;
/** Verbs that move people or things to a place: the "to" after them tells where. */
const MOVING_VERBS: ReadonlySet<string> = new Set(['take', 'taken', 'took', 'move', 'send', 'sent', 'bring', 'brought', 'transfer', 'relocate', 'evacuate', 'rush', 'airlift', 'fly', 'flown', 'bus', 'divert', 'ferry', 'carry', 'transport', 'redirect'].map((w) => termOfWord(w)));
/** How far the "to" may stand after its verb: "evacuated about 1,200 residents of Tolvane and the nearby hamlets of … to schools". */
const MOVED_REACH = 18;
const MOVED_PHRASE = 10;
const MOVED_STRENGTH = 0.9;

/**
 * "Where was she flying to?", "where will shoppers go instead?" / "… had been due to fly to Orrindale",
 * "they'll go to the retail park": where someone goes is the phrase after the "to" of a verb of
 * going, whatever verb the sentence goes by and whether or not the place has a name.
 */
export function goneTo(ctx: Ctx): Extraction | null {
  // ("Where was the seal let go?" asks where it was freed.)
  if (!entityQuestion(ctx.q).going || LET_GO.test(ctx.q.text)) return null;
  const tokens = ctx.sentence.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i].pos !== 'VERB' || !GOING_VERBS.has(tokens[i].lemma)) continue;
    const k = ON_BACK.has(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
    if (!TOWARDS.has(tokens[k]?.norm ?? '') || tokens[k].norm === 'for' || tokens[k].pos === 'PART' || (tokens[k + 1]?.pos === 'VERB' && !tokens[k + 1].norm.endsWith('ing'))) continue;
    const p = phraseStartingAt(tokens, k + 1, PLACE_WORDS);
    if (!p || inQuestion(ctx, textOf(ctx.sentence, p.from, p.to))) continue;
    // ("fly to Orrindale for a wedding": the purpose is no part of the place.)
    const purpose = tokens.findIndex((t, j) => j > p.from && j <= p.to && PURPOSE_WORDS.has(t.norm));
    const to = purpose > 0 ? purpose - 1 : placeNamedAfter(ctx, p);
    return { text: tidyAnswer(textOf(ctx.sentence, k, wholeName(ctx, to))), type: 'place', how: 'where they go', strength: GONE_TO };
  }
  return null;
}

/** Verbs of going, by their base form: the "to" after them says where. */
const GOING_VERBS: ReadonlySet<string> = new Set(['go', 'travel', 'fly', 'drive', 'walk', 'head', 'move', 'return', 'sail', 'march', 'run', 'ride', 'cycle', 'relocate', 'flee', 'escape', 'swim']);
/** "drive on to", "go back to", "move over to": a word between the verb and its "to". */
const ON_BACK: ReadonlySet<string> = new Set(['on', 'back', 'over', 'off', 'out', 'straight', 'instead']);
const GONE_TO = 0.8;
const PURPOSE_WORDS: ReadonlySet<string> = new Set(['for', 'with']);
const LET_GO = /\blet (?:[\w'’-]+ )?go\b/i;

export function placePhrase(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  // "sheltered with her two children in a bathtub", "published on Wednesday in the journal …":
  // past a short phrase or a time, to the place.
  const k = afterQuestionVerb(ctx, PLACE_REACH, (t, i) => LOCATING.has(t.norm) && !timeAfter(tokens, i)) ?? afterAskedNoun(ctx);
  const p = k === undefined ? undefined : phraseStartingAt(tokens, k + 1, PLACE_WORDS);
  if (k === undefined || !p) return null;
  // "above a bakery in Mill Street": the named place the spot is in is part of where.
  const more = LOCATING.has(tokens[p.to + 1]?.norm ?? '') && !timeAfter(tokens, p.to + 1) ? phraseStartingAt(tokens, p.to + 2, 6) : undefined;
  // ("at a briefing in the capital, Tarn": so does the place the spot is in.)
  const moreNamed = more === undefined ? -1 : placeNamedAfter(ctx, more);
  const to = more !== undefined && (tokens[more.to].pos === 'PROPN' || moreNamed > more.to) ? Math.max(more.to, moreNamed) : placeNamedAfter(ctx, p);
  return { text: tidyAnswer(textOf(ctx.sentence, k, wholeName(ctx, to))), type: 'place', how: 'place phrase after the verb', strength: 0.7 };
}

const PLACE_REACH = 6;
/** How many words a place phrase may run to: "the old gate-keeper's cottage" is seven tokens. */
const PLACE_WORDS = 8;

/**
 * "in the village of Kelby Cross", "in nearby Tarn Green": a phrase ends no sooner than the name
 * it ends in, whatever the tagger made of the name's last word. The last token of the name, or `at`.
 */
function wholeName(ctx: Ctx, at: number): number {
  for (const c of chunksOf(ctx.m.doc.article, ctx.sentence)) if (c.start <= at && c.end - 1 > at) return c.end - 1;
  return at;
}

/**
 * "… held in the capital, Tarn, on Friday": a place told by a common noun goes on to the name set
 * off after it, which says which. The last token of the place, or the phrase's own.
 */
function placeNamedAfter(ctx: Ctx, p: { from: number; to: number }): number {
  const tokens = ctx.sentence.tokens;
  if (tokens[p.to].pos !== 'NOUN' || tokens[p.to + 1]?.text !== ',') return p.to;
  const named = chunksOf(ctx.m.doc.article, ctx.sentence).find((c) => c.outerStart === p.to + 2);
  const after = named && tokens[named.end];
  return named !== undefined && !inQuestion(ctx, named.name) && (after === undefined || after.text === ',' || after.text === '.') ? named.end - 1 : p.to;
}

/**
 * "Where was the firm's office?" / "The firm, which had its office above a bakery in Mill Street, …":
 * a question with no verb of its own asks where its noun is, and a locating phrase right after that
 * noun in the sentence says. (Not a time: "its office in March".)
 */
function afterAskedNoun(ctx: Ctx): number | undefined {
  const tokens = ctx.sentence.tokens;
  // ("Which country did the pupil visit?" names the kind of place it asks: a phrase is none.)
  if (ctx.q.tokens[0]?.norm !== 'where') return undefined;
  for (const t of ctx.q.terms) if (t.pos === 'VERB' && !t.isCue && !EVENT_VERBS.has(t.term)) return undefined;
  for (const a of ctx.exact) {
    const k = a + 1;
    if (tokens[a].pos !== 'NOUN' || tokens[k] === undefined || !(LOCATING.has(tokens[k].norm) || STANDING.has(tokens[k].norm)) || timeAfter(tokens, k)) continue;
    // (The noun as a thing of its own, "its office", "the new shop": not the tail of a compound.)
    let d = a - 1;
    while (d > 0 && (tokens[d].pos === 'NOUN' || tokens[d].pos === 'ADJ')) d -= 1;
    if (tokens[d]?.pos === 'DET' || tokens[d]?.pos === 'PRON' || isPossessive(tokens[d])) return k;
  }
  return undefined;
}

/**
 * "Where was the auction held?" / "… sold at an auction in the harbour town of Pell": verbs that
 * only say an event took place ask, like no verb, where the event's noun is.
 */
const EVENT_VERBS: ReadonlySet<string> = new Set(['hold', 'held', 'stage', 'host', 'happen', 'occur', 'play'].map((w) => termOfWord(w)));

/** Prepositions that set where a thing stands, besides those of LOCATING: "its office above a bakery". */
const STANDING: ReadonlySet<string> = new Set(['above', 'below', 'beneath', 'opposite', 'next', 'overlooking']);

/**
 * "Where did the evacuees sleep?" / "… spent the night on camp beds in the sports hall": with the
 * asked verb in other words, a phrase on a building or ground ("in a sports hall", "at a hotel")
 * is where, though weaker than one tied to the verb.
 */
export function buildingPhrase(ctx: Ctx): Extraction | null {
  // ("In which cities …?" asks for names of a kind.)
  if (ctx.q.focus !== undefined && NAMED_KINDS.has(ctx.q.focus.term)) return null;
  const tokens = ctx.sentence.tokens;
  for (let k = 0; k + 1 < tokens.length; k += 1) {
    // ("raids on six offices": what is done to a building is no place of being.)
    if (!buildingPreposition(tokens, k)) continue;
    const p = phraseStartingAt(tokens, k + 1, 6);
    if (p === undefined || !SHELTERS.has(tokens[p.to].lemma) || inQuestion(ctx, textOf(ctx.sentence, p.from, p.to))) continue;
    return { text: tidyAnswer(textOf(ctx.sentence, k, p.to)), type: 'place', how: 'phrase on a building', strength: 0.5 };
  }
  return null;
}

const WITHIN: ReadonlySet<string> = new Set(['in', 'at', 'inside']);

/**
 * Whether the word at `k` opens a phrase on a building: "in"/"at" one, or "to" one, as the place
 * something moves to is where it is then ("services will move to the village hall"). Not the "to"
 * of a verb ("to clear garages") nor of a source or cause ("according to the fire service").
 */
function buildingPreposition(tokens: readonly Token[], k: number): boolean {
  if (WITHIN.has(tokens[k].norm)) return true;
  return tokens[k].norm === 'to' && !NOT_PLACE_TO.has(tokens[k - 1]?.norm ?? '') && (tokens[k + 1]?.pos === 'DET' || isPossessive(tokens[k + 1]));
}

/** Words whose "to" names a source or a cause, never a destination. */
const NOT_PLACE_TO: ReadonlySet<string> = new Set(['according', 'due', 'thanks', 'owing']);

/**
 * Whether the title right before a name is the asked one ("health minister") of a lower rank the
 * question does not ask ("Deputy Health Minister"). ("Who warned …?" may well be the deputy.)
 */
function lowerRankBefore(ctx: Ctx, start: number): boolean {
  const tokens = ctx.sentence.tokens;
  let titleAsked = false;
  for (let k = start - 1; k >= Math.max(0, start - TITLE_REACH) && (tokens[k].pos === 'PROPN' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ'); k -= 1) {
    if (DEPUTY_WORDS.has(tokens[k].norm)) return titleAsked && !questionWrites(ctx.q, tokens[k].norm);
    if (questionWrites(ctx.q, tokens[k].norm)) titleAsked = true;
  }
  return false;
}

/**
 * Whether the question writes the word. (A function of the module, not a closure made in
 * lowerRankBefore: it runs for every name of every candidate, and under tsx each closure made
 * is also named, by a call of its own.)
 */
function questionWrites(q: Ctx['q'], norm: string): boolean {
  for (const t of q.tokens) if (t.norm === norm) return true;
  return false;
}

const TITLE_REACH = 5;
const LOWER_RANK = 0.25;

/**
 * Buildings and grounds, where people are put up, and the everyday places where things are kept,
 * made or sold ("sorted in a neighbour's garage", "stored in a barn", "sold at the corner shop").
 */
const SHELTERS: ReadonlySet<string> = new Set([...BUILDING_HEADS, 'shelter', 'gym', 'gymnasium', 'tent', 'building', 'hostel', 'barracks', 'warehouse', 'office', 'house', 'home', 'garage', 'barn', 'shed', 'shop', 'pub', 'inn', 'cafe', 'café', 'restaurant', 'farm', 'garden', 'yard', 'room', 'marquee', 'pavilion', 'studio', 'workshop', 'store', 'supermarket', 'cottage', 'chapel', 'depot', 'field', 'green', 'reception', 'foyer', 'lobby', 'classroom', 'ward']);

/** Whether the phrase after the preposition at `at` is a time or a length of time ("on Wednesday", "in eight days"). */
function timeAfter(tokens: readonly Token[], at: number): boolean {
  const p = phraseStartingAt(tokens, at + 1, 6);
  if (p === undefined) return true;
  const last = tokens[p.to];
  // ("at about 5:40 a.m.": a clock time, whichever word ends it.)
  return TIME_WORD.test(last.text) || UNITS.get(last.norm)?.kind === 'duration' || TIMES_OF_YEAR_OR_DAY.has(last.norm) || tokens.slice(at + 1, p.to + 1).some((t) => CLOCK_TIME.test(t.text) || MERIDIEM.test(t.text));
}

/** "in the spring", "at the height of the tourist season", "in the evening", "on the pavilion's future": a time, no place. */
const TIMES_OF_YEAR_OR_DAY: ReadonlySet<string> = new Set(['season', 'spring', 'summer', 'autumn', 'winter', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'dawn', 'dusk', 'midnight', 'noon', 'holidays', 'future', 'past']);

/** "backed by foreign countries": the span of the doer after "by" of the verb at `verb`. */
function agentSpanAfterBy(ctx: Ctx, verb: number): { from: number; to: number } | undefined {
  const tokens = ctx.sentence.tokens;
  if (tokens[verb].pos !== 'VERB') return undefined;
  // "discovered in 2009 by the astronomer …": a short time or place phrase may come between; a
  // longer run of them only where each word is of a phrase ("signed on 2 May 1990 in the old town
  // hall by the two mayors"), not a clause of its own, and where the verb has no object ("won the
  // final in 2019 by two goals" is no passive).
  const far = tokens[verb + 1]?.pos === 'ADP' ? AGENT_FAR : AGENT_REACH;
  for (let k = verb + 1; k < Math.min(tokens.length, verb + far); k += 1) {
    if (tokens[k].norm === 'by') return phraseStartingAt(tokens, k + 1);
    // "handed to the museum in 1990, a year before his death, by the painter": an aside set
    // off by commas may stand before the "by".
    const aside = tokens[k].text === ',' ? asideEnd(tokens, k - 1) : -1;
    if (aside > 0 && tokens[aside + 1]?.norm === 'by') return phraseStartingAt(tokens, aside + 2);
    if ((tokens[k].pos === 'PUNCT' && !inClockTime(tokens, k)) || tokens[k].pos === 'VERB' || tokens[k].pos === 'CCONJ') return undefined;
    if (k - verb >= AGENT_REACH - 1 && !PHRASE_WORDS.has(tokens[k].pos) && !inClockTime(tokens, k)) return undefined;
  }
  return undefined;
}

/** Whether the token at `k` is the stop inside a clock time the tokenizer splits ("8.15am" → "8", ".", "15am"). */
export function inClockTime(tokens: readonly Token[], k: number): boolean {
  return tokens[k].text === '.' && tokens[k - 1]?.pos === 'NUM' && CLOCK_MINUTES.test(tokens[k + 1]?.text ?? '');
}

const CLOCK_MINUTES = /^[0-5]\d(?:am|pm)?$/i;

/** Prepositions whose phrase tells which ones a plain noun means: "staff at the tannery", "girls from two clubs". */
const WHICH_ONES: ReadonlySet<string> = new Set(['at', 'from', 'of']);

/**
 * "built by staff at the tannery", "picked by girls from two clubs": a plain noun is told
 * apart by the phrase after it, which belongs to the doer. (Not a name's: "by Ana Vell of Tarvia"
 * is Ana Vell; nor a date: "by staff at 9am".)
 */
export function whichOnesEnd(tokens: readonly Token[], p: { from: number; to: number }): number {
  if (tokens[p.to].pos !== 'NOUN' || !WHICH_ONES.has(tokens[p.to + 1]?.norm ?? '')) return p.to;
  const more = phraseStartingAt(tokens, p.to + 2);
  if (more === undefined) return p.to;
  for (let k = more.from; k <= more.to; k += 1) if (tokens[k].pos === 'NUM') return p.to;
  return more.to;
}

/** How far after its verb, or before the name it introduces, the "by" of a passive may stand. */
const AGENT_REACH = 5;
/** How far after its verb the "by" of a passive may stand over phrases of time and place alone. */
const AGENT_FAR = 13;
/** The words of a phrase of time or place ("on 2 May 1990", "in the old town hall"). */
const PHRASE_WORDS: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'SYM']);

/**
 * The words after "by" of a passive the sentence writes for one of the question's verbs, in its
 * own or a related word ("operated by Velmar Lines" for "which company runs …"), if any.
 */
export function agentOfAskedVerb(ctx: Ctx, appositive = false): string | undefined {
  const p = agentSpanOfAskedVerb(ctx);
  return p && textOf(ctx.sentence, p.from, appositive ? appositiveNameEnd(ctx, p) : p.to);
}

/** "by her grandson, Leo Marsh": the doer of one of the question's verbs with the name set after it, if it has one. */
export function namedAgentOfAskedVerb(ctx: Ctx): string | undefined {
  const p = agentSpanOfAskedVerb(ctx);
  if (p === undefined) return undefined;
  const end = appositiveNameEnd(ctx, p);
  if (end !== p.to) return textOf(ctx.sentence, p.from, end);
  // ("by Vell's agent": a possessive name only says whose the doer is.)
  const tokens = ctx.sentence.tokens;
  for (let k = p.from + 1; k < p.to; k += 1) if (isPossessive(tokens[k]) && tokens[p.to].pos === 'NOUN') return textOf(ctx.sentence, p.from, p.to);
  return undefined;
}

function agentSpanOfAskedVerb(ctx: Ctx): { from: number; to: number } | undefined {
  for (const a of ctx.anchors) {
    const p = ctx.sentence.tokens[a].pos === 'VERB' ? agentSpanAfterBy(ctx, a) : undefined;
    if (p) return p;
  }
  // ("Which firm makes the pill?" / "a pill … made by Orvane": a common verb the index keeps no
  // term for is still the question's own by its lemma, its "by" as far off as any verb's: "put up
  // in May by Quoile Access".)
  const tokens = ctx.sentence.tokens;
  for (let v = 0; v < tokens.length; v += 1) {
    if (!unindexedQuestionVerb(ctx, v)) continue;
    const p = agentSpanAfterBy(ctx, v);
    if (p) return p;
  }
  return undefined;
}

/**
 * Whether the sentence gives `name` as the doer of one of the question's verbs in a relative clause
 * set off after it: "… according to Orlen & Hale, which ran the sale", "Brask Works, the firm that
 * built the pier".
 */
export function relativeDoerOfAskedVerb(ctx: Ctx, name: string): boolean {
  const tokens = ctx.sentence.tokens;
  for (const a of ctx.anchors) {
    const relative = relativeOpening(tokens, a);
    if (tokens[a].pos !== 'VERB' || !NAMING_RELATIVES.has(tokens[relative]?.norm ?? '')) continue;
    let k = relative - 1;
    // ("Brask Works, the firm that built …": an apposition may stand between the name and "that".)
    if (tokens[k]?.text !== ',') {
      while (k > 0 && a - k <= RELATIVE_APPOSITION && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET')) k -= 1;
      if (tokens[k]?.text !== ',' || tokens[k + 1]?.pos !== 'DET') continue;
    }
    if (chunksOf(ctx.m.doc.article, ctx.sentence).some((c) => c.end === k && c.name === name)) return true;
  }
  return false;
}

/**
 * Whether the sentence gives `name` what a winning question asks was won: "Which firm won the
 * contract?" / "the contract, which was awarded to the engineering group Brask Works" (the
 * contract is the question's, and "awarded … to" turns the winning round).
 */
export function awardedTo(ctx: Ctx, name: string): boolean {
  if (!ctx.q.tokens.some((t) => t.pos === 'VERB' && t.lemma === 'win')) return false;
  const tokens = ctx.sentence.tokens;
  const chunks = chunksOf(ctx.m.doc.article, ctx.sentence);
  for (let v = 0; v < tokens.length; v += 1) {
    if (tokens[v].lemma !== 'award' || tokens[v].pos !== 'VERB' || !ctx.anchors.some((a) => a < v && tokens[a].pos === 'NOUN')) continue;
    for (let k = v + 1; k < tokens.length && k - v <= AWARD_REACH && !isClauseEnd(tokens[k]); k += 1) {
      if (tokens[k].norm !== 'to') continue;
      // ("awarded to the engineering group Brask Works": a description may come before the name.)
      return chunks.some((c) => c.name === name && c.outerStart > k && c.outerStart - k <= AWARD_REACH && tokens.slice(k + 1, c.outerStart).every((x) => !isClauseEnd(x) && x.pos !== 'VERB'));
    }
  }
  return false;
}

/** How much less a body or place right before a relative "who" of the asked verb is its doer. */
const WHO_AFTER_THING = 0.3;

/** How far after "awarded" its "to", and after "to" the name, may stand ("awarded between 2020 and 2023 to …"). */
const AWARD_REACH = 6;

/** How many words an apposition between a name and its relative clause may have ("the main contractor"). */
const RELATIVE_APPOSITION = 5;

/** How a doer after "by" of one of the question's verbs is found (NAMED_DOER where a name is read as the doer). */
export const AGENT_AFTER_BY = 'agent after "by"';

/**
 * The doer after "by", whole: "staff at the tannery", "a retired farmer, Ada Voss". Its focus is
 * who the doer is, without the phrase that tells which ones ("a visitor from Tarn" is no Tarn).
 */
function agentExtraction(ctx: Ctx, p: { from: number; to: number }): Extraction {
  const end = whichOnesEnd(ctx.sentence.tokens, p);
  const named = appositiveName(ctx, p.from, p.to, end);
  const text = tidyAnswer(textOf(ctx.sentence, p.from, named?.to ?? end));
  if (end === p.to && named === undefined) return { text, type: 'entity', how: AGENT_AFTER_BY, strength: 0.7 };
  const focus = named ? textOf(ctx.sentence, named.from, named.to) : textOf(ctx.sentence, p.from, p.to);
  return { text, type: 'entity', how: AGENT_AFTER_BY, strength: 0.7, focus };
}

/**
 * "… a field left by a retired farmer, Ada Voss, to the parish": an unnamed doer goes on to the
 * name set after it between commas (or closing the sentence), which is who did it. The last token.
 */
function appositiveNameEnd(ctx: Ctx, p: { from: number; to: number }): number {
  return appositiveName(ctx, p.from, p.to, p.to)?.to ?? p.to;
}

/**
 * The name (or names) set after the doer [from, to] between commas, or closing the sentence, if
 * any. ("by her grandson, Leo Marsh": a kinsman or one of hers, unnamed till the name, as well;
 * "by the team's sponsor, Brask Holdings", "by three pupils, Ana, Leo and Kit": any doer a common
 * noun heads, `head`, is named so.)
 */
function appositiveName(ctx: Ctx, from: number, head: number, to: number): { from: number; to: number } | undefined {
  const tokens = ctx.sentence.tokens;
  if (tokens[to + 1]?.text !== ',' || !(tokens[head].pos === 'NOUN' || INDEFINITE_ARTICLES.has(tokens[from]?.norm ?? '') || POSSESSIVE_PRONOUNS.has(tokens[from]?.norm ?? ''))) return undefined;
  // (", the Wexcombe Trust": the name may come with its article.)
  const start = tokens[to + 2]?.norm === 'the' ? to + 3 : to + 2;
  const named = chunksOf(ctx.m.doc.article, ctx.sentence).find((c) => c.outerStart === to + 2 || c.outerStart === start);
  if (named === undefined) return undefined;
  const end = coordinated(ctx.sentence, named.end - 1);
  const after = tokens[end + 1];
  return after === undefined || after.text === ',' || after.text === '.' ? { from: to + 2, to: end } : undefined;
}

const OWNED_NOUN = memoKey<string | null>('the noun a whose-question asks the owner of');

/** "Whose boots were found?" → the term of "boots"; null for any other question. */
function ownedNoun(q: QuestionAnalysis): string | null {
  let term = q.memo.get(OWNED_NOUN);
  if (term === undefined) {
    const [whose, noun] = q.tokens;
    term = whose?.norm === 'whose' && noun?.pos === 'NOUN' ? termOfWord(noun.norm) : null;
    q.memo.set(OWNED_NOUN, term);
  }
  return term;
}

/** How many words may stand between an owner's possessive and the owned noun ("her son's old leather boots"). */
const OWNED_MODIFIERS = 3;

/**
 * "Whose boots were found?" / "… a pair of her late brother's leather boots": the owner a
 * possessive writes before the asked noun, when a common noun heads it (a named owner is left to
 * the names: "Ann Hale's boots").
 */
export function ownerOfAsked(ctx: Ctx): Extraction | null {
  const term = ownedNoun(ctx.q);
  if (term === null) return null;
  const tokens = ctx.sentence.tokens;
  const terms = ctx.m.doc.terms;
  // (Only whose-questions come here, so the whole sentence is read: "name" is no anchor.)
  for (let a = 1; a < tokens.length; a += 1) {
    if ((terms[a] ?? (tokens[a].pos === 'NOUN' ? termOfWord(tokens[a].norm) : null)) !== term) continue;
    let p = a - 1;
    while (p > 0 && a - p <= OWNED_MODIFIERS && !isPossessive(tokens[p]) && (tokens[p].pos === 'ADJ' || tokens[p].pos === 'NOUN')) p -= 1;
    if (!isPossessive(tokens[p]) || tokens[p - 1]?.pos !== 'NOUN') continue;
    let from = p - 1;
    while (from > 0 && (tokens[from - 1].pos === 'ADJ' || tokens[from - 1].pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[from - 1].norm))) from -= 1;
    return { text: tidyAnswer(textOf(ctx.sentence, from, p)), type: 'entity', how: 'owner before the asked noun', strength: 0.8 };
  }
  return null;
}

/**
 * "… are backed by foreign countries": the doer after "by" of one of the question's own verbs,
 * unless that is the entity the question names ("who leads the NLF?" / "led by the NLF").
 */
export function passiveAgent(ctx: Ctx): Extraction | null {
  const named = namedInQuestion(ctx);
  const chunks = named.size > 0 ? chunksOf(ctx.m.doc.article, ctx.sentence) : [];
  for (const a of ctx.exact) {
    const p = agentSpanAfterBy(ctx, a);
    if (p && !chunks.some((c) => c.start >= p.from && c.start <= p.to && isNamed(ctx, named, c))) return agentExtraction(ctx, p);
  }
  return null;
}

/**
 * The subject of one of the question's verbs, when it is someone the question does not name and
 * not a pronoun ("A retired postman … has uncovered …"; not "they", nor "the Kestrian Federation of
 * Labour" for "who leads the KFL?").
 */
export function subjectDoer(ctx: Ctx, passiveAsked: boolean): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (const a of ctx.anchors) {
    // ("Unions led by the KFL", "was led": the subject of a passive is not the doer, but the one
    // a passive question asks for: "who got suspended?")
    if (tokens[a].pos !== 'VERB' || halfOfHyphened(tokens, a) || agentSpanAfterBy(ctx, a) || (!passiveAsked && tokens[a - 1]?.lemma === 'be')) continue;
    const s = subjectBefore(tokens, a);
    if (!s || (s.from === s.to && tokens[s.from].pos === 'PRON') || onlyNumber(tokens, s) || countsCrowd(tokens, s) || namesAsked(ctx, s)) continue;
    const text = textOf(ctx.sentence, s.from, s.to);
    if (!inQuestion(ctx, text)) return { text: tidyAnswer(text), type: 'entity', how: 'subject of verb', strength: subjectStrength(tokens, s) };
  }
  return null;
}

const SUBJECT_STRENGTH = 0.6;
/** How much less a subject whose head is neither a kind of person nor of body is a doer ("the investigation", "its routes"). */
const THING_SUBJECT = 0.3;

/**
 * How surely a subject is who did something: a name, a pronoun, a kind of person or body ("a
 * retired postman", "the council") are doers; "the investigation will run the city" names a thing.
 */
function subjectStrength(tokens: readonly Token[], s: { from: number; to: number }): number {
  let head: Token | undefined;
  for (let k = s.from; k <= s.to; k += 1) {
    const t = tokens[k];
    // ("Its insurance policy", "their routes": a possessive before a noun only says whose it is.)
    if (k < s.to && POSSESSIVE_PRONOUNS.has(t.norm)) continue;
    // (A capital opening the sentence is no name: "A routine survey …".)
    if (t.pos === 'PROPN' || t.pos === 'PRON' || (k > 0 && startsUpper(t.text))) return SUBJECT_STRENGTH;
    if (t.pos === 'NOUN') head = t;
  }
  // ("All three children": a plural's lemma is the kind of person.)
  const doer = head === undefined || isPersonNoun(head.norm) || isPersonNoun(head.lemma) || ORG_WORDS.has(head.norm) || INSTITUTION_WORDS.has(head.norm);
  return doer ? SUBJECT_STRENGTH : SUBJECT_STRENGTH * THING_SUBJECT;
}

/** Whether the span holds a name the question asks about ("Declan Harrowgate" for "who did Harrowgate sell the club to?"). */
function namesAsked(ctx: Ctx, s: { from: number; to: number }): boolean {
  const named = namedInQuestion(ctx);
  return named.size > 0 && chunksOf(ctx.m.doc.article, ctx.sentence).some((c) => c.start >= s.from && c.start <= s.to && isNamed(ctx, named, c));
}

/** "Declan Harrowgate, 61, who bought the club in 2011 and sold it in 2020": an age set off after a name is no doer. */
const onlyNumber = (tokens: readonly Token[], s: { from: number; to: number }): boolean => tokens.slice(s.from, s.to + 1).every((t) => t.pos === 'NUM' || t.pos === 'PUNCT');

/**
 * "Dozens of shoppers queued outside", "about 2,500 drivers were held up": a crowd told by how
 * many, not who, is no answer to who did a thing: news names who acts, and counts who is affected.
 */
const countsCrowd = (tokens: readonly Token[], s: { from: number; to: number }): boolean =>
  CROWD_COUNTS.has(tokens[s.from].norm) || /^\d{1,3}(?:,\d{3})+$/.test(tokens[s.from].text);

/** Words that open a crowd by its rough size. */
const CROWD_COUNTS: ReadonlySet<string> = new Set(['some', 'many', 'several', 'thousands', 'hundreds', 'dozens', 'scores', 'most']);

/**
 * "Family-run shops have closed": a verb written after a hyphen is the second half of a describing
 * word, no clause's verb, and what stands before it is no one who did it.
 */
export const halfOfHyphened = (tokens: readonly Token[], a: number): boolean => tokens[a - 1]?.text.endsWith('-') === true;

export function agentPhrase(ctx: Ctx): Extraction | null {
  // No name: the subject of the question's verb ("opposition gunmen captured …").
  const tokens = ctx.sentence.tokens;
  for (const a of ctx.anchors) {
    if (tokens[a].pos !== 'VERB' || halfOfHyphened(tokens, a)) continue;
    const p = agentSpanAfterBy(ctx, a);
    if (p) return agentExtraction(ctx, p);
    const s = subjectBefore(tokens, a);
    if (s && !onlyNumber(tokens, s) && !countsCrowd(tokens, s) && !inQuestion(ctx, textOf(ctx.sentence, s.from, s.to)) && !namesAsked(ctx, s)) {
      return { text: tidyAnswer(textOf(ctx.sentence, s.from, s.to)), type: 'entity', how: 'subject of verb', strength: subjectStrength(tokens, s) };
    }
  }
  return null;
}

/** Tokens [from, to) are a bracket, if any, then "is/was (the) …" up to the noun: "(…) is the national". */
function copulaBetween(tokens: Sentence['tokens'], from: number, to: number): boolean {
  let k = from;
  if (tokens[k]?.text === '(') {
    while (k < to && tokens[k].text !== ')') k += 1;
    k += 1;
  }
  if (tokens[k]?.pos !== 'AUX' || tokens[k].lemma !== 'be' || to - k > 5) return false;
  return tokens.slice(k + 1, to).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'NOUN');
}

/** "What is the name of the shell firm (who …)?", "… of the painter's daughter?", "what is the planet called?": the noun whose name is asked. */
const NAMED_NOUN =
  /\b(?:nick)?names? (?:of|for) (?:the |a |an |his |her |its |their )?(?:[\p{L}-]+['’]s? )?((?:[\p{L}-]+ ){0,2}?[\p{L}-]+)(?=\s+(?:who|that|which|whose|at|in|of|on|for|from)\b|\s*\??\s*$)|^what(?:'s| is| was) the ((?:[\p{L}-]+ ){0,2}?[\p{L}-]+?)['’]s? (?:full |first |last |nick)?name\s*\??$|^what(?:'s| is| was| were| are| will| would) (?:the|this|that|its|his|her|their) ((?:[\p{L}-]+ ){0,3}?[\p{L}-]+) (?:going to be |be )?(?:called|named)\s*\??$/iu;
/** Words that give a noun its name: "The comet, known as Harrow-9", "a firm called Greyfield", "the report, titled …", "a column headlined …". */
export const NAMING_WORDS: ReadonlySet<string> = new Set(['known', 'named', 'called', 'calls', 'calling', 'dubbed', 'nicknamed', 'titled', 'entitled', 'headlined']);
/** "The group, which called itself …": a relative pronoun may stand between the noun and its naming word. */
export const NAMING_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'that']);
/**
 * Words between a noun and the name it is given: "a shell company, Greyfield Consulting", "a firm
 * called X", "the group, which called itself “Grey Lantern”", "the fire, named the Cinder Ridge
 * Fire", "its largest ship, the Corrie Stand".
 */
const NAMING_GLUE: ReadonlySet<string> = new Set([...NAMING_WORDS, ...NAMING_RELATIVES, ',', 'identified', 'as', '(', 'itself', 'themselves', 'himself', 'herself', '"', '“', 'the']);

/**
 * "The merged insurer will be called …", "…, which is to be named …": whether the token at `k` opens the
 * auxiliaries before a naming word.
 */
export function auxBeforeNaming(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && (tokens[j].pos === 'AUX' || tokens[j].norm === 'to' || tokens[j].pos === 'ADV')) j += 1;
  return j > k && NAMING_WORDS.has(tokens[j]?.norm ?? '');
}

/** "known locally as", "affectionately called": an adverb beside a naming word. */
const namingAdverb = (tokens: readonly Token[], k: number): boolean =>
  tokens[k].pos === 'ADV' && (NAMING_WORDS.has(tokens[k - 1]?.norm ?? '') || NAMING_WORDS.has(tokens[k + 1]?.norm ?? ''));

/** "named by police as …": after a naming word at `k`, the end of "by" and the one or two words of who named it, else `k`. */
function namingAgentEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k + 1]?.norm !== 'by') return k;
  for (let end = k + 2; end <= k + 3; end += 1) if (tokens[end + 1]?.norm === 'as') return end;
  return k;
}

/**
 * The terms of the noun a name-of question asks the name of ("the national anthem song": any of its
 * words may be the noun the article writes), read once per question.
 */
export function nounToName(q: QuestionAnalysis): readonly string[] | undefined {
  let terms = q.memo.get(NOUN_TO_NAME);
  if (terms === undefined) {
    const named = NAMED_NOUN.exec(q.text);
    const phrase = (named?.[1] ?? named?.[2] ?? named?.[3])?.toLowerCase();
    q.memo.set(NOUN_TO_NAME, (terms = phrase ? phrase.split(' ').map((w) => termOfWord(w)) : null));
    // (Not a person's: "daughter" and "son", "mother" and "wife", are near words for others.)
    const head = phrase?.slice(phrase.lastIndexOf(' ') + 1);
    q.memo.set(NOUN_TO_NAME_ROW, head !== undefined && !isPersonNoun(head) ? vectorId(head) : -1);
  }
  return terms ?? undefined;
}

const NOUN_TO_NAME_ROW = memoKey<number>('word-vector row of the head of the noun a name-of question asks the name of');

/**
 * Whether the noun whose name a name-of question asks is a person's: "what was the name of the man
 * jailed …?", "what's the name of the new site officer?", "what was her uncle called?". Read from the
 * words right after "name of" (the head is the last noun before the clause saying which one), else
 * from the noun before a closing "called", else from the noun NAMED_NOUN finds.
 */
export function personNameAsked(q: QuestionAnalysis): boolean {
  let asked = q.memo.get(PERSON_NAME_ASKED);
  if (asked === undefined) {
    const head = headAfterNameOf(q.tokens) ?? (CALLED_AT_END.exec(q.text) ?? NAMED_NOUN.exec(q.text))?.slice(1).find((p) => p !== undefined)?.split(' ').at(-1)?.toLowerCase();
    q.memo.set(PERSON_NAME_ASKED, (asked = head !== undefined && (isPersonNoun(head) || HONORIFICS.has(head))));
  }
  return asked;
}

const PERSON_NAME_ASKED = memoKey<boolean>('whether a name-of question asks the name of a person');
/** "What was the old miller's son called?": the noun right before a closing "called" or "named". */
const CALLED_AT_END = /([\p{L}-]+) (?:called|named)\s*\??\s*$/iu;

/** "name of the new site officer who …": the last noun of the noun phrase after "name of" (past a determiner or an owner's name and "'s"). */
function headAfterNameOf(tokens: readonly Token[]): string | undefined {
  const at = tokens.findIndex((t, i) => NAME_NOUNS.has(t.norm) && OF_FOR.has(tokens[i + 1]?.norm ?? ''));
  if (at < 0) return undefined;
  let k = at + 2;
  if (tokens[k]?.pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[k]?.norm ?? '')) k += 1;
  if (isPossessive(tokens[k + 1])) k += 2;
  let head: string | undefined;
  for (; k < tokens.length && HEAD_RUN.has(tokens[k].pos); k += 1) if (tokens[k].pos === 'NOUN') head = tokens[k].norm;
  return head;
}

const NAME_NOUNS: ReadonlySet<string> = new Set(['name', 'names']);
const OF_FOR: ReadonlySet<string> = new Set(['of', 'for']);
/** The parts of speech a noun phrase's words run through up to its head ("the new site officer"; wink may tag "new" an adverb). */
const HEAD_RUN: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'NOUN', 'NUM']);

/**
 * Whether a sentence's noun is a near word for the asked one by their vectors ("his terrier, Pipkin"
 * for "the dog's name", "the yacht Sea Lark" for "the boat"): one so close is of the same kind.
 */
function nearAskedNoun(q: QuestionAnalysis, t: Token): boolean {
  const row = q.memo.get(NOUN_TO_NAME_ROW) ?? -1;
  return row >= 0 && similarity(row, vectorId(t.lemma)) >= NEAR_KIND;
}

const NEAR_KIND = 0.7;

const NOUN_TO_NAME = memoKey<readonly string[] | null>('terms of the noun a name-of question asks the name of');

/** How many sentences after the lead may name by another word the thing the lead introduces. */
const LEAD_NAMING_REACH = 2;
/** How many words a sentence's opening noun phrase may run to before its naming word. */
const OPENING_REACH = 8;

/**
 * News brings a thing into its lead by a common noun ("A red panda escaped from …", "… to build an
 * experimental telescope") and names it a sentence or two later by another word for it: "The
 * two-year-old male, named Bao, …", "The instrument, known as ORION, …", "The 12-metre ketch Sea
 * Lark …". In a sentence right after a lead that brings in one of the asked nouns with "a" or "an",
 * the index of the noun of an opening "The …" that is given a name; else -1.
 */
export function leadThingNamed(article: Article, sentence: Sentence, asked: readonly string[]): number {
  const lead = leadOf(article);
  if (!lead || sentence.index <= lead.index || sentence.index - lead.index > LEAD_NAMING_REACH || !introducesAsked(lead, asked)) return -1;
  // "A former Georgian hotel … has been sold" / "The Marlow, on Quay Street, opened in 1890":
  // the paragraph right after the lead that opens on "The" and a name set off by a comma names the
  // thing the lead brought in (a person's name takes no "the").
  if (sentence.index === lead.index + 1) {
    const named = openingTheName(sentence.tokens);
    if (named >= 0) return named;
  }
  const noun = openingNamedNoun(sentence.tokens);
  // ("A panda escaped from a wildlife park" / "The park, known as …": a word the lead gives
  // something else points back to that.)
  const other = noun >= 0 ? termOfWord(sentence.tokens[noun].norm) : undefined;
  return other === undefined || (!asked.includes(other) && lead.tokens.some((t) => t.pos === 'NOUN' && termOfWord(t.norm) === other)) ? -1 : noun;
}

/** The index of the comma after a sentence's opening "The" and a name ("The Marlow, on Quay Street,"), else -1. */
function openingTheName(tokens: readonly Token[]): number {
  if (tokens[0]?.norm !== 'the' || tokens[1]?.pos !== 'PROPN') return -1;
  for (let k = 2; k < tokens.length && k <= OPENING_NAME_REACH; k += 1) {
    if (tokens[k].text === ',') return k;
    if (tokens[k].pos !== 'PROPN') return -1;
  }
  return -1;
}

/** How many words a name opening a sentence may run to ("The Grand Palace Hotel,"). */
const OPENING_NAME_REACH = 4;

/** The index of the noun of a sentence's opening "The …" that is given a name ("The device, named HELIX,"), else -1. */
function openingNamedNoun(tokens: readonly Token[]): number {
  if (tokens[0]?.norm !== 'the') return -1;
  let noun = -1;
  for (let k = 1; k < tokens.length && wordsBetween(tokens, 1, k) < OPENING_REACH; k += 1) {
    const t = tokens[k];
    // "The 12-metre ketch Sea Lark": a name right after the noun, in apposition.
    if (noun === k - 1 && UPPER_START.test(t.text)) return noun;
    // (Its head may be tagged an adjective: "The four-year-old male".)
    if (t.pos === 'NOUN' || t.pos === 'ADJ') noun = k;
    // "The instrument, known as ORION" / "The man, a local baker named by police as …".
    else if (NAMING_WORDS.has(t.norm)) return noun;
    else if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '-')) return -1;
  }
  return -1;
}

/** Whether the lead writes one of the asked nouns after "a" or "an", bringing in a thing not named yet ("a 34-year-old diver"). */
function introducesAsked(lead: Sentence, asked: readonly string[]): boolean {
  const tokens = lead.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i].pos !== 'NOUN' || !asked.includes(termOfWord(tokens[i].norm))) continue;
    let k = i - 1;
    // ("a former Art Deco cinema": a style's name may stand before the noun too.)
    while (k >= 0 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].text === '-')) k -= 1;
    if (tokens[k]?.norm === 'a' || tokens[k]?.norm === 'an') return true;
  }
  return false;
}

export const NAME_GIVEN = 'name given to the asked noun';

/**
 * "The report, titled "Tides of Change"": a name that opens a quotation runs to its end, though
 * a lower-case word within ends the name the article's chunks hold ("Tides").
 */
function quotedWhole(text: string, name: string): string | undefined {
  const at = text.indexOf(name);
  const open = at < 0 ? null : QUOTE_BEFORE.exec(text.slice(Math.max(0, at - 5), at));
  if (open === null) return undefined;
  const close = QUOTE_CLOSE.exec(text.slice(at));
  return close !== null && close.index <= MAX_TITLE_LENGTH ? `${open[1]}${text.slice(at, at + close.index)}` : undefined;
}

const QUOTE_BEFORE = /["“]((?:the |a |an )?)$/i;
const QUOTE_CLOSE = /[,.]?["”]/;
const MAX_TITLE_LENGTH = 60;

/**
 * "What was the name of the shell firm?" asks for a name the sentence gives that noun ("a shell
 * company, Greyfield Consulting" / "the driver, Ann Berg," / "driver Ann Berg"). Also says whether
 * the sentence writes the noun at all: one that mentions it without naming it does not answer.
 */
export function nameGiven(ctx: Ctx): { ext: Extraction | null; nounWritten: boolean } {
  const asked = nounToName(ctx.q);
  if (!asked) return { ext: null, nounWritten: false };
  const tokens = ctx.sentence.tokens;
  const chunks = chunksOf(ctx.m.doc.article, ctx.sentence).filter((c) => !inQuestion(ctx, c.name) && TWO_LETTERS.test(c.name));
  let nounWritten = false;
  const standIn = leadThingNamed(ctx.m.doc.article, ctx.sentence, asked);
  for (let i = 0; i < tokens.length; i += 1) {
    const t = ctx.m.doc.terms[i];
    if (i !== standIn && (t === null || tokens[i].pos !== 'NOUN' || !(asked.some((a) => a === t || areRelated(a, t)) || nearAskedNoun(ctx.q, tokens[i])))) continue;
    nounWritten = true;
    for (const c of chunks) {
      // The name after the noun ("company, Greyfield Consulting") or right before it, as its
      // apposition ("Ann Berg, the driver").
      let k = i + 1;
      for (let past = k; ; k = past) {
        while (k < c.outerStart && (NAMING_GLUE.has(tokens[k].norm) || namingAdverb(tokens, k) || auxBeforeNaming(tokens, k))) k = namingAgentEnd(tokens, k) + 1;
        past = pastAskedWords(ctx, k, c.outerStart);
        if (past === k) break;
      }
      const after = c.outerStart > i && k === c.outerStart;
      // ("Ann Berg, 34, a drill operator": an age may stand between.)
      // (Not in "a Kestrin-built ferry": a name cut into a hyphened word only describes the noun.)
      const before = c.end <= i && tokens[c.end]?.text !== '-' && wordsBetween(tokens, c.end, i) <= NAME_TO_APPOSITION && appositionBetween(tokens, c.end, i) && !describingName(tokens, c, i);
      // "The Swiss Psalm (…) is the national anthem": the subject of "is the <noun>".
      const copula = c.end < i && copulaBetween(tokens, c.end, i);
      // "Club treasurer Orlaith Prackett said …": the asked noun ending the title written before a name.
      const titled = i === c.start - 1 && i >= c.outerStart;
      // "… since 1999, when the tanker Caldera broke in two": the name of an earlier event's one.
      const strength = earlierEventClause(ctx, c.start) ? 0.25 : 0.95;
      // ("known as the Grey Psalter", "its largest ship, the Corrie Stand", "The Marlow, on Quay
      // Street,": a name written with "the" is given with it.)
      // (A person takes no "the": "the Reverend Ann Hale" is titled.)
      const the = tokens[c.outerStart - 1]?.norm === 'the' && (after || c.outerStart === 1) && c.titles.length === 0 && nameKind(ctx, c.name) !== 'person' ? `${tokens[c.outerStart - 1].text} ` : '';
      if (after || before || copula || titled) return { ext: { text: quotedWhole(ctx.sentence.text, c.name) ?? the + fullName(ctx, c.name), type: 'entity', how: NAME_GIVEN, strength, focus: c.name }, nounWritten };
    }
  }
  // "What's the name of the award?" / "has won the Aurelian Prize for Environmental Science": a name
  // holding the asked noun, or a word for it, is one of the asked kind ("the Kessler Hut").
  // (Its head, the last word before any "of" or "for": "St Anselm Hospital" is no spokesman, and the
  // "Train Drivers' Union" no driver.)
  const head = asked[asked.length - 1];
  for (const c of chunks) {
    const words = c.name.split(NAME_TAIL)[0].split(/\s+/);
    if (words.length < 2 || !namesAskedKind(head, words[words.length - 1])) continue;
    return { ext: { text: fullName(ctx, c.name), type: 'entity', how: NAME_HOLDS_NOUN, strength: earlierEventClause(ctx, c.start) ? 0.25 : 0.85, focus: c.name }, nounWritten: true };
  }
  return { ext: null, nounWritten };
}

/**
 * "What is the hotel called?" / "a former Georgian hotel", "an Edwardian school": a name written
 * right before the noun under an indefinite article tells a style or a kind, not what the thing
 * is called ("the Grand Hotel", "the hotel, the Grand", are names).
 */
function describingName(tokens: readonly Token[], c: Chunk, noun: number): boolean {
  if (c.end !== noun) return false;
  let k = c.outerStart - 1;
  while (k >= 0 && tokens[k].pos === 'ADJ') k -= 1;
  return k >= 0 && INDEFINITE_ARTICLES.has(tokens[k].norm);
}

/**
 * "the nurse who first raised the alarm, a ward sister named Ada Lind": from `k`, past a
 * relative clause in the question's own words (which says which one is asked), or past an
 * indefinite apposition right before a naming word ("a ward sister named"). `k` where neither is.
 */
function pastAskedWords(ctx: Ctx, k: number, end: number): number {
  const tokens = ctx.sentence.tokens;
  if (NAMING_RELATIVES.has(tokens[k - 1]?.norm ?? '')) {
    let j = k;
    let asked = false;
    for (; j < end && tokens[j].text !== ','; j += 1) {
      if (ctx.questionTerms.has(ctx.m.doc.terms[j] ?? '')) asked = true;
      else if (tokens[j].pos !== 'DET' && tokens[j].pos !== 'ADV' && tokens[j].pos !== 'AUX') return k;
    }
    return asked && tokens[j]?.text === ',' ? j : k;
  }
  if (tokens[k - 1]?.text !== ',' || !INDEFINITE_ARTICLES.has(tokens[k]?.norm ?? '')) return k;
  let j = k + 1;
  while (j < end && j - k <= APPOSITION_WORDS && (tokens[j].pos === 'ADJ' || tokens[j].pos === 'NOUN' || tokens[j].text === '-')) j += 1;
  return j > k + 1 && NAMING_WORDS.has(tokens[j]?.norm ?? '') ? j : k;
}

const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Whether only an apposition's words stand from `from` up to the noun at `to`: commas, articles,
 * adjectives, an age ("Ann Berg, 34, a drill operator"), or "who" and "is" or "was" ("Ann Berg, 61,
 * who is vicar of the parish": a clause that says what the name before it is).
 */
function appositionBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const x = tokens[k];
    if (x.text === ',' || x.pos === 'DET' || x.pos === 'ADJ' || (x.pos === 'NUM' && AGE.test(x.text)) || inHyphenedWord(tokens, k)) continue;
    if (x.norm === 'who' && BE_FORMS.has(tokens[k + 1]?.norm ?? '') && k + 2 <= to) {
      k += 1;
      continue;
    }
    return false;
  }
  return true;
}

const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);
// ("a night-shift worker": a hyphen joins its words.)
const APPOSITION_WORDS = 6;

const NAME_HOLDS_NOUN = 'a name holding the asked noun';
/** How far before the asked noun a name may end, over an age and its commas ("Ann Berg, 34, a"). */
const NAME_TO_APPOSITION = 5;

/**
 * "Tam, a three-year-old grey-muzzled collie": a word joined by hyphens describes the noun as one
 * word, however many pieces the tokenizer cuts it into, and counts once in a reach.
 */
function inHyphenedWord(tokens: readonly Token[], k: number): boolean {
  const joined = (a: number): boolean => tokens[a] !== undefined && tokens[a + 1] !== undefined && tokens[a].end === tokens[a + 1].start;
  return (tokens[k].text === '-' && joined(k - 1) && joined(k)) || (tokens[k - 1]?.text === '-' && joined(k - 1)) || (tokens[k + 1]?.text === '-' && joined(k));
}

/** How many words stand from `from` to `to`, a hyphened word counted once. */
function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  let words = 0;
  // (A hyphened word's last piece is the one counted: "three-year-old" ends on "old".)
  for (let k = from; k < to; k += 1) if (tokens[k].text !== '-' && !(inHyphenedWord(tokens, k) && tokens[k + 1]?.text === '-')) words += 1;
  return words;
}

const AGE = /^\d{1,3}$/;

const NAME_TAIL = /\s+(?:of|for)\s+/;

/** Whether a capitalised word of a name is the asked noun or a word for it ("Prize" for "award"). */
function namesAskedKind(asked: string, word: string): boolean {
  if (!UPPER_START.test(word)) return false;
  const term = termOfWord(word.toLowerCase());
  return asked === term || areRelated(asked, term);
}

/** A word written with a capital, not at the sentence's start (where any word is). */
const capitalAt = (tokens: readonly Token[], k: number): boolean => k > 0 && tokens[k]?.kind === 'word' && startsUpper(tokens[k].text);

/**
 * A which-question's name as the sentence writes it whole: names of places and businesses hold
 * words the name finder splits off, a capitalised word right before or after ("Old Mill Brewing",
 * "Tarn Friends Together"), a possessive ("Cooper's Meadow", "the Tinker's Rest"), an "and" between two
 * single words ("the Ladle and Loaf café") or "for" and a field ("the Tallow Medal for Marine
 * Science"). Once per answer, not per candidate.
 */
export function wholeNameOf(sentence: Sentence, text: string): string {
  const span = tokensOfText(sentence, text);
  if (!span) return text;
  const { tokens } = sentence;
  let { first, last } = span;
  const capitalEnd = capitalAt(tokens, last) || (last === 0 && startsUpper(tokens[0].text));
  // ("Linchmere Age" + "Together": a capitalised word right after is the name's own.)
  while (capitalEnd && capitalAt(tokens, last + 1)) last += 1;
  // ("the Drover" + "'s Rest".)
  if (capitalEnd && isPossessive(tokens[last + 1]) && capitalAt(tokens, last + 2)) for (last += 2; capitalAt(tokens, last + 1) && !isPossessive(tokens[last + 2]); last += 1);
  // ("Tallow Medal" + "for Marine Science": two capitalised words at least after it.)
  else if (capitalEnd && tokens[last + 1]?.norm === 'for' && capitalAt(tokens, last + 2) && capitalAt(tokens, last + 3)) for (last += 3; capitalAt(tokens, last + 1); last += 1);
  if (!capitalAt(tokens, first)) return first === span.first && last === span.last ? text : tidyAnswer(textOf(sentence, first, last));
  // ("Old" + "Forge Brewing": so is one right before.)
  while (capitalAt(tokens, first - 1)) first -= 1;
  // ("Miller's" + "Meadow".)
  if (isPossessive(tokens[first - 1]) && capitalAt(tokens, first - 2)) first -= 2;
  // ("Ladle and" + "Loaf", "the Harrow and" + "Scythe pub": one word joined to one word.)
  else if (!capitalAt(tokens, first + 1) && (tokens[first - 1]?.norm === 'and' || tokens[first - 1]?.text === '&') && capitalAt(tokens, first - 2) && !capitalAt(tokens, first - 3)) first -= 2;
  // ("the Brass Lantern": a name written with "the" is given with it; not where the "the" is of a
  // noun the name only modifies: "the Morden bypass", "the Lumo 7 tablet".)
  const after = tokens[last + 1];
  if (tokens[first - 1]?.text === 'the' && !(after !== undefined && (after.pos === 'NUM' || (after.pos === 'NOUN' && !startsUpper(after.text))))) first -= 1;
  return first === span.first && last === span.last ? text : tidyAnswer(textOf(sentence, first, last));
}
