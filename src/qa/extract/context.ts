import type { Sentence } from '../../article/types.js';
import type { Fact } from '../../facts/types.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { termOfWord } from '../../nlp/terms.js';
import type { Token } from '../../nlp/token.js';
import { isClauseEnd } from '../spans.js';
import { MONTHS } from '../../facts/lexicon.js';
import { relatedIn } from '../../index/related.js';
import type { QuestionAnalysis } from '../analyze.js';
import { memoKey } from '../memo.js';
import { noSayersOf } from './verdict.js';
import type { AnswerType } from '../intents.js';
import type { SentenceMatch } from '../match.js';

const NOT_WORD_CHAR = /[^\p{L}\p{N}'-]/gu;
const UPPER_START = /^\p{Lu}/u;

/** What every extractor reads: the question, the sentence, its facts, and where the question's words fall in it. */

/**
 * A short answer found in one sentence. Every extractor makes a new one on each call (none is
 * cached or shared), so callers may adjust it in place: spread copies of its many shapes took
 * V8's slow, generic path.
 */
export interface Extraction {
  text: string;
  type: AnswerType;
  /** The rule that found it, for explanations. */
  how: string;
  /** 0..1: how sure the extractor is that this is the asked-for value. */
  strength: number;
  /** Who the sentence says says so. */
  attribution?: string;
  /** The entity the answer is about or is, for follow-up pronouns. */
  focus?: string;
  /** Sentences of the article the answer spans, in reading order (a quotation over several). */
  spans?: number[];
  /** For a quantity: whether the value measures what the question names, or what its verb acts on. */
  tied?: boolean;
}

export interface Ctx {
  kb: KnowledgeBase;
  q: QuestionAnalysis;
  m: SentenceMatch;
  sentence: Sentence;
  facts: Fact[];
  /** Token positions in the sentence that match a question word (or a related word). */
  anchors: number[];
  /** Token positions that match a question word as written. */
  exact: number[];
  questionTerms: Set<string>;
}

export const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|yesterday|today|tomorrow|tonight|(?:1[6-9]|20)\d\d|\d{4}s)$/i;

interface QuestionWords {
  own: Set<string>;
  /**
   * Every term a sentence word may match: true for the question's own, false for those related
   * to its content words (names and cue words left out). One lookup per sentence word.
   */
  marks: Map<string, boolean>;
}

const QUESTION_WORDS = memoKey<QuestionWords>('question words');

function questionWords(kb: KnowledgeBase, q: QuestionAnalysis): QuestionWords {
  let words = q.memo.get(QUESTION_WORDS);
  if (!words) {
    // Only the related terms the articles hold: the sentences' words are all among them.
    const marks = new Map<string, boolean>();
    for (const t of q.terms) if (!t.isStrict && !t.isCue) for (const r of relatedIn(kb.index, t.term)) marks.set(r, false);
    // ("Does it cost anything?" / "the club is free to join": the word that waives the asked price is where it is told.)
    if (q.intent === 'yes-no') for (const t of q.terms) for (const r of noSayersOf(t.term)) if (kb.index.has(r)) marks.set(r, false);
    const own = new Set(q.terms.map((t) => t.term));
    // A term both asked and related to another asked one counts as asked.
    for (const term of own) marks.set(term, true);
    words = { own, marks };
    q.memo.set(QUESTION_WORDS, words);
  }
  return words;
}

export function anchorsOf(kb: KnowledgeBase, q: QuestionAnalysis, terms: (string | null)[]): { anchors: number[]; exact: number[]; questionTerms: Set<string> } {
  const { own, marks } = questionWords(kb, q);
  const anchors: number[] = [];
  const exact: number[] = [];
  for (let i = 0; i < terms.length; i += 1) {
    const term = terms[i];
    const asked = term === null ? undefined : marks.get(term);
    if (asked === undefined) continue;
    anchors.push(i);
    if (asked) exact.push(i);
  }
  return { anchors, exact, questionTerms: own };
}

/** Whether every word of a text (a name, a value of the article) is a word of the question. */
export const inQuestion = (ctx: Ctx, text: string): boolean => {
  // "on Saturday" is the question's own "Saturday": its preposition tells nothing more.
  for (const w of termsOfText(text)) if (!asked(ctx, w)) return false;
  return true;
};

/** Whether the question has a word of a text, or, for a word with hyphens the question reads apart ("Varga-Holm"), each of its parts. */
const asked = (ctx: Ctx, w: TextTerm): boolean =>
  ctx.questionTerms.has(w.term) || w.term === '' || STOP_TERMS.has(w.term) || (w.parts !== null && w.parts.every((p) => ctx.questionTerms.has(p)));

/**
 * Whether most of a text's words are the question's own ("Thursday's withdrawal of the Syrian
 * army from Hama was" for "why did the Syrian army withdraw from Hama?"): it tells nothing new.
 */
export function mostlyQuestion(ctx: Ctx, text: string): boolean {
  let own = 0;
  let other = 0;
  for (const w of termsOfText(text)) {
    if (w.term === '' || STOP_TERMS.has(w.term)) continue;
    if (asked(ctx, w)) own += 1;
    else other += 1;
  }
  return own > 0 && own >= other;
}

const STOP_TERMS = new Set(['the', 'a', 'an', 'of', 'from', 'to', 'in', 'on', 'at', 'was', 'is', 'were', 'are', 'be', 'and', 'that', 'it', 'its', 'has', 'had', 'have']);

/**
 * Terms of a text's words, as inQuestion compares them. The texts are the articles' own (names,
 * values, phrases), asked about by every question: found once, bounded like the term cache.
 */
const textTerms = new Map<string, readonly TextTerm[]>();
const TEXT_TERMS_LIMIT = 20_000;

/** A word's term, and its parts' terms when hyphens join it (wink reads "Varga-Holm" in a question as three tokens). */
interface TextTerm {
  term: string;
  parts: readonly string[] | null;
}

function termsOfText(text: string): readonly TextTerm[] {
  let terms = textTerms.get(text);
  if (terms) return terms;
  terms = text.split(/\s+/).map((w) => {
    const word = w.toLowerCase().replace(NOT_WORD_CHAR, '');
    const parts = word.includes('-') ? word.split('-').filter(Boolean).map(termOfWord) : null;
    return { term: termOfWord(word), parts };
  });
  if (textTerms.size >= TEXT_TERMS_LIMIT) textTerms.clear();
  textTerms.set(text, terms);
  return terms;
}

/** Distance in tokens from position i to the nearest anchor; objects after an anchor verb are nearer. */
export function nearness(ctx: Ctx, from: number, to: number, verbsOnly = false): number {
  let best = Infinity;
  for (const a of ctx.anchors) {
    const verb = ctx.sentence.tokens[a].pos === 'VERB';
    if (verbsOnly && !verb) continue;
    const d = a < from ? from - a : a > to ? a - to : 0;
    // Objects follow their verb; a word matched only through a related word is weaker evidence.
    const weighted = (verb && a < from ? d * 0.6 : d) * (ctx.exact.includes(a) ? 1 : 2);
    best = Math.min(best, weighted);
  }
  if (best === Infinity) return verbsOnly ? 0 : 0.3;
  return 1 / (1 + best / 3);
}

/** Does "after" at `i` open a clause with a subject of its own ("after Port Aldren had taken"), not a phrase ("after falling behind", "after the match")? */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i + 1];
  if (!first || first.pos === 'VERB' || first.pos === 'AUX') return false;
  for (let k = i + 2; k <= i + 6 && k < tokens.length; k += 1) {
    if (tokens[k].text === ',' || tokens[k].text === '.') return false;
    if (tokens[k].pos === 'AUX' || (tokens[k].pos === 'VERB' && !tokens[k].norm.endsWith('ing'))) return true;
  }
  return false;
}

/** Where each clause of a sentence starts, then its length; null for a single clause. Cached: sentences are immutable. */
const boundsCache = new WeakMap<Sentence, number[] | null>();

function clauseBounds(sentence: Sentence): number[] | null {
  let bounds = boundsCache.get(sentence);
  if (bounds === undefined) boundsCache.set(sentence, (bounds = findClauseBounds(sentence.tokens)));
  return bounds;
}

function findClauseBounds(tokens: readonly Token[]): number[] | null {
  const bounds: number[] = [0];
  for (let i = 1; i < tokens.length - 1; i += 1) {
    // ", and received an 18-month sentence": a clause opening on its verb shares the subject before it.
    const ownSubject = !/^(?:VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '') && !(tokens[i + 2]?.pos === 'ADV' && /^(?:VERB|AUX)$/.test(tokens[i + 3]?.pos ?? ''));
    if (tokens[i].text === ';' || (tokens[i].text === ',' && /^(?:and|but|while|whereas)$/i.test(tokens[i + 1].text) && ownSubject)) bounds.push(i + 1);
    // "X scored twice after Port Aldren had taken the lead through Y": a clause of its own, with its own subject.
    else if (/^(?:after|before|while|whereas|although|because|when)$/i.test(tokens[i].text) && opensClause(tokens, i)) bounds.push(i);
  }
  if (bounds.length === 1) return null;
  bounds.push(tokens.length);
  return bounds;
}

/**
 * Clauses joined by ", and" / ", but" / ";" often say different things about different actors
 * ("the EU was ready to send teams, and Montavia offered two helicopters"): a value from a clause
 * that names someone else than the question does is weaker evidence.
 */
export function otherActorClause(ctx: Ctx, at: number): boolean {
  const bounds = clauseBounds(ctx.sentence);
  if (bounds === null) return false;
  const names = questionNames(ctx.q);
  if (names.length === 0) return false;
  const terms = ctx.m.doc.terms;
  const own = clauseOf(bounds, at);
  // "… the worst in Orvik since May 2011, when a storm surge broke the sea wall, killing 19 people":
  // a ", when" clause tells of the time or place just before it, so that clause's names are its own.
  const tokens = ctx.sentence.tokens;
  const told = own > 0 && tokens[bounds[own] - 1]?.text === ',' && (tokens[bounds[own]].norm === 'when' || tokens[bounds[own]].norm === 'where') ? own - 1 : own;
  if (names.some((n) => inClause(bounds, terms, own, n) || inClause(bounds, terms, told, n))) return false;
  // "At least 14 people were killed … after a landslide buried part of Tolvane": the value is the
  // subject of the asked verb ("died"), so it is of the asked event, whoever the other clause names.
  if (subjectOfAskedVerb(ctx, at, bounds[own + 1])) return false;
  // "Darrow said a record 18,400 runners started, and that about 150,000 spectators lined the
  // route": a second "that" clause is still the speaker's.
  const first = tokens[bounds[own]];
  if (first?.norm === 'that' || ((first?.norm === 'and' || first?.norm === 'but') && tokens[bounds[own] + 1]?.norm === 'that')) return false;
  // The other clause must also hold more of the question: "a day after opposition gunmen captured
  // Hama" is what "which city did the gunmen capture … before Rastan" asks about, though Rastan is
  // named in the main clause.
  const ownAsked = askedIn(bounds, terms, ctx.questionTerms, own);
  for (let k = 0; k < bounds.length - 1; k += 1) {
    if (k !== own && names.some((n) => inClause(bounds, terms, k, n)) && askedIn(bounds, terms, ctx.questionTerms, k) > ownAsked) return true;
  }
  return false;
}

/**
 * "… to Pellin and to the provincial capital, Dorrow, which lies 65 kilometres away": a value in a
 * ", which" or ", who" clause is of the name right before it, another than the one the question
 * names (and the sentence writes).
 */
export function relativeOfOtherName(ctx: Ctx, at: number): boolean {
  const names = questionNames(ctx.q);
  const { tokens } = ctx.sentence;
  const terms = ctx.m.doc.terms;
  if (names.length === 0 || !names.some((n) => terms.includes(n))) return false;
  const k = relativeOpener(tokens, at);
  if (k < 0) return false;
  const head = tokens[k - 2];
  if (head.pos !== 'PROPN' || !UPPER_START.test(head.text) || names.includes(terms[k - 2] ?? '')) return false;
  // ("Ilka Marsh, 63, a farmer from the village of Tennebrook, which sits 7 kilometres from the
  // summit": a place the asked person is told of by is theirs; one joined by "and" is another.)
  let asked = k - 3;
  while (asked >= 0 && !names.includes(terms[asked] ?? '')) asked -= 1;
  return asked < 0 || tokens.slice(asked, k - 2).some((t) => t.pos === 'CCONJ');
}

/**
 * "The theft had embarrassed the gallery, which had cut its staff in 2024": a value in a ", which"
 * or ", who" clause tells of the word before it; unless that word, or a word of the clause, is one
 * the question asks about, the value is not the asked one.
 */
export function relativeOfOther(ctx: Ctx, at: number): boolean {
  const { tokens } = ctx.sentence;
  const terms = ctx.m.doc.terms;
  const k = relativeOpener(tokens, at);
  // (The "kit cupboard", which opens …: a quotation mark closing the head stands before the comma.)
  const head = CLOSING_QUOTES.has(tokens[k - 2]?.text ?? '') ? k - 3 : k - 2;
  if (k < 0 || ctx.questionTerms.has(terms[head] ?? '')) return false;
  for (let j = k + 1; j < at; j += 1) if (ctx.questionTerms.has(terms[j] ?? '')) return false;
  // ("… Ana Brel, who cut the ribbon at the 10 a.m. ceremony": the value is of the ceremony asked about.)
  for (let j = at; j < Math.min(tokens.length, at + VALUE_NOUN_REACH) && !CLAUSE_MOVES.has(tokens[j].pos) && tokens[j].text !== ','; j += 1) {
    if (ctx.questionTerms.has(terms[j] ?? '')) return false;
  }
  return true;
}

const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', '’', "'"]);

/** The "which" or "who" after a comma that opens the clause the token at `at` stands in, or -1. */
function relativeOpener(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k > 1 && at - k <= RELATIVE_REACH; k -= 1) {
    if (tokens[k].text === ',' || tokens[k].text === ';') return -1;
    if ((tokens[k].norm === 'which' || tokens[k].norm === 'who') && tokens[k - 1].text === ',') return k;
  }
  return -1;
}

/** How far before a value the ", which" opening its clause may stand. */
const RELATIVE_REACH = 14;
/** How far past a value the noun it is of may stand ("the 10 a.m. ceremony"), before the clause moves on to a verb. */
const VALUE_NOUN_REACH = 4;
const CLAUSE_MOVES: ReadonlySet<string> = new Set(['VERB', 'AUX', 'CCONJ']);

/** Whether the value at `at` opens a phrase whose verb, within its clause (ending before `end`), is one the question asks with. */
function subjectOfAskedVerb(ctx: Ctx, at: number, end: number): boolean {
  const tokens = ctx.sentence.tokens;
  for (let k = at + 1; k < Math.min(end, at + SUBJECT_REACH); k += 1) {
    const t = tokens[k];
    if (t.pos === 'VERB') return ctx.anchors.includes(k);
    if (t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return false;
  }
  return false;
}

/** How far after a value ("At least 14 people were killed") its verb may stand. */
const SUBJECT_REACH = 6;

const QUESTION_NAMES = memoKey<string[]>('terms of the names in the question');

/** Terms of the question's words that are parts of names, found once per question. */
export function questionNames(q: QuestionAnalysis): readonly string[] {
  let names = q.memo.get(QUESTION_NAMES);
  if (!names) q.memo.set(QUESTION_NAMES, (names = q.terms.filter((t) => t.isName).map((t) => t.term)));
  return names;
}

/**
 * "… since Cyclone Orla in 2011, which killed 63 people" / "In 2019, an outbreak infected 27
 * people": a value in a clause on an earlier year tells of that past event, which the question is
 * not about unless it names the year or the event, or asks about the past ("the previous round").
 */
export function earlierEventClause(ctx: Ctx, at: number): boolean {
  const tokens = ctx.sentence.tokens;
  if (asksAboutThePast(ctx.q)) return false;
  const written = Number(ctx.m.doc.article.meta.date?.slice(0, 4));
  const opening = openingYear(tokens);
  const year = opening ?? yearBeforeClause(tokens, at);
  // Undated, a year is earlier when the sentence says so ("the deadliest since March 2019, when
  // …"), or when it opens on a year and tells of it in the past ("In 2019 the Harrow Gap fire
  // burned …": the story itself is news).
  const earlier =
    year !== undefined &&
    (Number.isFinite(written) ? Number(tokens[year].text) < written : sinceBefore(tokens, year) || lastBefore(tokens, year) || (year === opening && toldInThePast(tokens, year)));
  if (!earlier) return year === undefined && thatEarlierEvent(ctx, written);
  // "How many people did Cyclone Orla kill?", "how long did the fire burn in Vellinge?" name the event.
  const told = ctx.m.doc.terms.slice(Math.max(0, year - 4), Math.max(year, at));
  const named = questionNames(ctx.q).some((n) => told.includes(n));
  return !named && !asksYearBefore(ctx, Math.max(year, at));
}

/**
 * "Why was the mine shut in 2016?" / "In 2009, an explosion … killed seven workers, and in 2016 the
 * mine was closed … after …": a year the question names, written before the value, is the one the
 * question asks about, whichever year the sentence opens on.
 */
function asksYearBefore(ctx: Ctx, end: number): boolean {
  const tokens = ctx.sentence.tokens;
  for (let k = 0; k <= end && k < tokens.length; k += 1) if (isYearToken(tokens[k]) && ctx.questionTerms.has(tokens[k].text)) return true;
  return false;
}

/**
 * "Brenvask's last major eruption, in 1982, lasted five months. That eruption killed three
 * people": a sentence opening on "that" and a noun the sentence before told of in an earlier year.
 */
function thatEarlierEvent(ctx: Ctx, written: number): boolean {
  const { tokens } = ctx.sentence;
  if (tokens[0]?.norm !== 'that' || tokens[1]?.pos !== 'NOUN') return false;
  const before = ctx.m.doc.article.sentences[ctx.sentence.index - 1];
  if (!before?.tokens.some((t) => t.lemma === tokens[1].lemma)) return false;
  // Undated, the sentence before must say the year is past ("its last major eruption, in 1982").
  const earlier = before.tokens.some((t) => YEAR.test(t.text) && (Number.isFinite(written) ? Number(t.text) < written : before.tokens.some((w) => PAST_MARKS.has(w.norm))));
  // "How many people were killed in the 1982 eruption?" asks about that one.
  return earlier && !questionNames(ctx.q).some((n) => ctx.m.doc.terms.includes(n)) && !before.tokens.some((t) => YEAR.test(t.text) && ctx.questionTerms.has(t.text));
}

/** Whether the first verb after `from` is in the simple past ("burned", "destroyed", "sank"). */
function toldInThePast(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (t.pos === 'AUX') return false;
    if (t.pos !== 'VERB') continue;
    return t.norm !== t.lemma && !t.norm.endsWith('s') && !t.norm.endsWith('ing');
  }
  return false;
}

/** "since 2019", "since March 2019": the time at `year` is what a time since then is counted from. */
export function sinceBefore(tokens: readonly Token[], year: number): boolean {
  for (let k = year - 1; k >= Math.max(0, year - 3); k -= 1) if (tokens[k].norm === 'since') return true;
  return false;
}

/** "last erupted in 1987", "previously struck in 2015", "the last strike … took place in 2009": the year is of an event before the story's. */
function lastBefore(tokens: readonly Token[], year: number): boolean {
  for (let k = year - 1; k >= Math.max(0, year - 3); k -= 1) if (tokens[k].norm === 'last' || tokens[k].norm === 'previously') return true;
  // "The last major nurses' strike in Veldoria took place in 2009": the clause's subject is an earlier
  // one. "The province last suffered a major outbreak in November 2021": its verb tells the last time.
  for (let k = year - 1; k > 0 && !isClauseEnd(tokens[k]); k -= 1) {
    if (tokens[k].norm !== 'last' && tokens[k].norm !== 'previous') continue;
    if (DEFINITE_DETERMINERS.has(tokens[k - 1].norm) || (tokens[k].norm === 'last' && tokens[k + 1]?.pos === 'VERB')) return true;
  }
  return false;
}

/** "the" and the possessives that, like it, point at one thing the text knows: "the last strike", "its fifth". */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her']);

/** A year as written: "1999", "2025". */
export const YEAR = /^(?:1[89]|20)\d\d$/;

const isYearToken = (t: Token | undefined): boolean => t !== undefined && YEAR.test(t.text);

/** "In 2019, …", "In November 2022, …": the year a sentence opens on. */
function openingYear(tokens: readonly Token[]): number | undefined {
  let at = tokens[0]?.norm === 'in' || tokens[0]?.norm === 'back' ? (tokens[1]?.norm === 'in' ? 2 : 1) : -1;
  if (at > 0 && tokens[at] !== undefined && MONTHS.has(tokens[at].norm)) at += 1;
  // "In 2019, the fire …" or, without the comma, "In 2019 the fire …".
  const next = tokens[at + 1];
  return at > 0 && isYearToken(tokens[at]) && (next?.text === ',' || next?.pos === 'DET') ? at : undefined;
}

/** "… in 2009, when the Vega Star sank in the Karvan Sea, killing 12 people": the year before the clause holding `at`. */
function yearBeforeClause(tokens: readonly Token[], at: number): number | undefined {
  let k = at - 1;
  while (k > 0 && !(tokens[k - 1].text === ',' && RELATIVE_OPENERS.has(tokens[k].norm))) {
    // The clause runs to the sentence's end, over commas, but not past a stop or a quotation.
    if (PAST_CLAUSE_END.has(tokens[k].text)) return undefined;
    k -= 1;
  }
  for (let j = k - 2; j >= Math.max(0, k - 4); j -= 1) if (isYearToken(tokens[j])) return j;
  return undefined;
}

const PAST_CLAUSE_END = new Set([';', '.', '!', '?', '(', ')', '—', '–', '"', '“', '”']);

/**
 * "In its previous round of layoffs", "the last time", "when did Merrow last boil …": the question
 * asks about an earlier event. ("How long will the strike last?" does not: there "last" ends it.)
 */
export function asksAboutThePast(q: QuestionAnalysis): boolean {
  // Asked for every value of every candidate sentence: read once per question.
  let past = q.memo.get(ASKS_PAST);
  if (past === undefined) {
    // ("When's the last bus?", "what time does the last ferry leave?": asked in the present or the
    // future, "the last" one is the final one, still to come, not one gone by.)
    const ahead = q.tokens.some((t) => t.pos === 'AUX' && PRESENT_OR_FUTURE.has(t.norm)) && !q.tokens.some((t) => t.pos === 'AUX' && PAST_AUXILIARIES.has(t.norm));
    past = q.tokens.some((t, i) => (t.norm === 'last' ? !ahead && lastOfThePast(q.tokens[i + 1]) : PAST_WORDS.has(t.norm) && t.pos !== 'VERB')) || (!ahead && comparedWithThisOne(q.tokens));
    q.memo.set(ASKS_PAST, past);
  }
  return past;
}

const ASKS_PAST = memoKey<boolean>('whether the question asks about an earlier event');

/**
 * "In what year was there a bigger fire?", "when did the town have a worse flood?": asked in the
 * past, "a" thing bigger or worse than the story's is an earlier one, measured against it.
 */
function comparedWithThisOne(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => (t.norm === 'a' || t.norm === 'an') && COMPARATIVE.test(tokens[i + 1]?.norm ?? '') && tokens[i + 1].pos === 'ADJ' && tokens[i + 2]?.pos === 'NOUN');
}

/** A comparative adjective: "bigger", "deadlier", "worse". */
const COMPARATIVE = /^(?:[a-z]{2,}er|worse)$/;

const PRESENT_OR_FUTURE: ReadonlySet<string> = new Set(['is', "'s", 'are', 'am', 'will', "'ll", 'shall', 'does', 'do']);
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'did', 'had', 'has', 'have']);

/** "last" with a word after it ("last inspected", "the last time"), not the verb ("how long will it last?", "last until May"). */
const lastOfThePast = (next: Token | undefined): boolean => next !== undefined && next.kind === 'word' && !LASTING.has(next.norm);
const LASTING: ReadonlySet<string> = new Set(['for', 'until', 'till', 'through', 'into', 'beyond', 'long', 'longer']);

const PAST_WORDS: ReadonlySet<string> = new Set(['previous', 'previously', 'earlier', 'last', 'prior', 'former', 'past', 'before', 'ago', 'then', 'history']);

/** Words with which a sentence tells of an earlier time: the question's past words, "since" and "once". */
export const PAST_MARKS: ReadonlySet<string> = new Set([...PAST_WORDS, 'since', 'once']);

const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'when', 'who', 'where']);

/** The clause token i is in. */
const clauseOf = (bounds: readonly number[], i: number): number => bounds.findIndex((b, k) => i >= b && i < bounds[k + 1]);

/**
 * Whether clause k holds the term. A clause's tokens are those from its bound to the next (the
 * bounds never decrease), so only they are read, not every token's clause found.
 */
function inClause(bounds: readonly number[], terms: readonly (string | null)[], k: number, term: string): boolean {
  for (let i = bounds[k]; i < bounds[k + 1]; i += 1) if (terms[i] === term) return true;
  return false;
}

/** How many of the question's words clause k holds. */
function askedIn(bounds: readonly number[], terms: readonly (string | null)[], questionTerms: ReadonlySet<string>, k: number): number {
  let n = 0;
  for (let i = bounds[k]; i < bounds[k + 1]; i += 1) {
    const x = terms[i];
    if (x !== null && questionTerms.has(x)) n += 1;
  }
  return n;
}

/**
 * The first token within `span` after one of the question's own verbs in the sentence ("caused …
 * by", not another verb's "delayed by a year") that `accept` takes, before the clause ends.
 */
export function afterQuestionVerb(ctx: Ctx, span: number, accept: (t: Token, i: number) => boolean): number | undefined {
  const tokens = ctx.sentence.tokens;
  const verbs = new Set(ctx.q.terms.filter((t) => t.pos === 'VERB').map((t) => t.term));
  for (const a of ctx.exact) {
    const term = ctx.m.doc.terms[a];
    if (tokens[a].pos !== 'VERB' || term === null || !verbs.has(term)) continue;
    for (let k = a + 1; k <= a + span && k < tokens.length && !isClauseEnd(tokens[k]); k += 1) if (accept(tokens[k], k)) return k;
  }
  return undefined;
}

/**
 * Whether the sentence's word at `v` is a common verb the index keeps no term for ("make", "get")
 * that the question writes too, by its lemma: the question's own verb all the same.
 */
export function unindexedQuestionVerb(ctx: Ctx, v: number): boolean {
  const t = ctx.sentence.tokens[v];
  if (ctx.m.doc.terms[v] !== null || t.pos !== 'VERB') return false;
  for (const w of ctx.q.tokens) if (w.pos === 'VERB' && w.lemma === t.lemma) return true;
  return false;
}
