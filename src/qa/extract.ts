import { captionCredit } from '../article/caption.js';
import type { Sentence } from '../article/types.js';
import type { ClaimFact, CreditFact, Fact, NameFact, QuantityFact, QuoteFact, RoleFact, TimeFact } from '../facts/types.js';
import { phraseStartingAt, subjectBefore } from '../facts/phrases.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { termOfWord } from '../nlp/terms.js';
import type { Token } from '../nlp/token.js';
import { areRelated, relatedTerms } from '../index/related.js';
import { similarity, vectorId } from '../index/embeddings.js';
import type { QuestionAnalysis } from './analyze.js';
import { askedEntities } from './entities.js';
import { LIGHT_VERBS, NAMED_KINDS } from './lexicon.js';
import type { AnswerType } from './intents.js';
import type { SentenceMatch } from './match.js';
import { articleFacts, factsOf } from './sentence-facts.js';
import { chunksOf, clauseFrom, isClauseEnd, textOf, tidyAnswer } from './spans.js';

/** A short answer found in one sentence. */
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
}

interface Ctx {
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

const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|yesterday|today|tomorrow|tonight|(?:1[6-9]|20)\d\d|\d{4}s)$/i;
const ORDINAL_POINT =
  /\b(?:in|at|during|after|before) the (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|final|last|opening|closing) (?:minute|minutes|hour|day|week|month|year|half|quarter|period|round|lap|innings|set|stage|season)\b/i;
const PLACE_PREPS = new Set(['in', 'at', 'to', 'toward', 'towards', 'into', 'near', 'from', 'outside', 'inside', 'across', 'through', 'via', 'on', 'around', 'north', 'south', 'east', 'west']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
/** Where a sentence gives a reason, strongest cue first; `after` says whether the reason follows the cue. */
const REASON_CUES: Array<{ re: RegExp; how: string; after: boolean }> = [
  {
    re: /\b(?:because of|because|due to|owing to|as a result of|caused by|blamed on|the result of|in order to|so as to|so that|in a bid to|in an effort to|aimed at|to avoid|to prevent|to protect|to spare|for fear of)\b/i,
    how: 'reason-cue',
    after: false,
  },
  { re: /\bblamed\s+/i, how: 'blamed', after: true },
  { re: /\bafter\b/i, how: 'reason-cue', after: false },
  // Speakers often explain in what they add.
  { re: /\badding that\s+[“"]?/i, how: 'what the speaker added', after: true },
];

function anchorsOf(q: QuestionAnalysis, terms: (string | null)[]): { anchors: number[]; exact: number[]; questionTerms: Set<string> } {
  const questionTerms = new Set(q.terms.map((t) => t.term));
  const anchors: number[] = [];
  const exact: number[] = [];
  terms.forEach((term, i) => {
    if (term === null) return;
    if (questionTerms.has(term)) {
      anchors.push(i);
      exact.push(i);
    } else if (q.terms.some((t) => !t.isStrict && !t.isCue && areRelated(t.term, term))) anchors.push(i);
  });
  return { anchors, exact, questionTerms };
}

const inQuestion = (ctx: Ctx, text: string): boolean => {
  const words = text.split(/\s+/).map((w) => termOfWord(w.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '')));
  return words.length > 0 && words.every((w) => ctx.questionTerms.has(w) || w === '' || w === 'the');
};

/** Distance in tokens from position i to the nearest anchor; objects after an anchor verb are nearer. */
function nearness(ctx: Ctx, from: number, to: number, verbsOnly = false): number {
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

/**
 * Clauses joined by ", and" / ", but" / ";" often say different things about different actors
 * ("the EU was ready to send teams, and Montavia offered two helicopters"): a value from a clause
 * that names someone else than the question does is weaker evidence.
 */
function otherActorClause(ctx: Ctx, at: number): boolean {
  const tokens = ctx.sentence.tokens;
  const bounds: number[] = [0];
  for (let i = 1; i < tokens.length - 1; i += 1) {
    if (tokens[i].text === ';' || (tokens[i].text === ',' && /^(?:and|but|while|whereas)$/i.test(tokens[i + 1].text))) bounds.push(i + 1);
  }
  if (bounds.length === 1) return false;
  bounds.push(tokens.length);
  const clauseOf = (i: number): number => bounds.findIndex((b, k) => i >= b && i < bounds[k + 1]);
  const own = clauseOf(at);
  const names = ctx.q.terms.filter((t) => t.isName).map((t) => t.term);
  if (names.length === 0) return false;
  const inClause = (k: number, term: string): boolean => ctx.m.doc.terms.some((x, i) => x === term && clauseOf(i) === k);
  const ownHasName = names.some((n) => inClause(own, n));
  const otherHasName = names.some((n) => bounds.some((_, k) => k !== own && inClause(k, n)));
  return !ownHasName && otherHasName;
}

// ---------------------------------------------------------------------------------------------
// Typed extractors. Each returns the best value of its type in the sentence, or null.

interface QuantityOption {
  text: string;
  kind: string;
  measures?: string;
  source?: string;
  /** First token of the value in the sentence. */
  at: number;
  fromFact: boolean;
}

const QUALIFIERS = new Set(['more', 'less', 'fewer', 'than', 'at', 'least', 'most', 'about', 'around', 'nearly', 'almost', 'some', 'over', 'under', 'up', 'to', 'roughly', 'approximately']);

/** Numbers the extractor did not make facts of ("injuring more than 300"), as weaker options. */
function bareNumbers(ctx: Ctx, taken: Set<number>): QuantityOption[] {
  const tokens = ctx.sentence.tokens;
  const out: QuantityOption[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t.pos !== 'NUM' || taken.has(i) || TIME_WORD.test(t.text) || /^\d{1,2}:\d{2}/.test(t.text)) continue;
    let from = i;
    while (from > 0 && QUALIFIERS.has(tokens[from - 1].norm)) from -= 1;
    let to = i;
    while (to + 1 < tokens.length && (tokens[to + 1].pos === 'NUM' || tokens[to + 1].text === '%' || tokens[to + 1].norm === 'per' || tokens[to + 1].norm === 'cent' || (tokens[to + 1].pos === 'NOUN' && to === i)) && to - i < 3) to += 1;
    out.push({ text: textOf(ctx.sentence, from, to), kind: 'count', at: from, fromFact: false });
    i = to;
  }
  return out;
}

/**
 * "climbed from 9.2 billion euros to 12.7 billion euros": the value after "to" is the one that
 * holds now, the one after "from" what held before, unless the question asks about before.
 */
function changeEnd(ctx: Ctx, at: number): number {
  const before = ctx.sentence.tokens[at - 1]?.norm;
  const asksBefore = /\b(?:originally|initially|previous|previously|before|first|at first|used to|original)\b/i.test(ctx.q.text);
  if (before === 'to') return asksBefore ? -0.3 : 0.3;
  if (before === 'from') return asksBefore ? 0.3 : -0.3;
  return 0;
}

function quantity(ctx: Ctx, kinds: QuantityFact['kind'][]): Extraction | null {
  const tokens = ctx.sentence.tokens;
  const locate = (text: string): number => {
    const pos = ctx.sentence.text.indexOf(text);
    return pos < 0 ? -1 : tokens.findIndex((t) => t.start >= pos);
  };
  const options: QuantityOption[] = ctx.facts
    .filter((f): f is QuantityFact => f.type === 'quantity' && kinds.includes(f.kind))
    .map((f) => ({ text: f.text, kind: f.kind, measures: f.measures, source: f.source, at: locate(f.text), fromFact: true }));
  if (kinds.includes('count')) {
    // Numbers inside any quantity or time fact (a temperature, a distance, a year) are not bare counts.
    const taken = new Set<number>();
    for (const f of ctx.facts) {
      if (f.type !== 'quantity' && f.type !== 'time') continue;
      const pos = ctx.sentence.text.indexOf(f.text);
      if (pos < 0) continue;
      tokens.forEach((t, k) => {
        if (t.start >= pos && t.end <= pos + f.text.length) taken.add(k);
      });
    }
    options.push(...bareNumbers(ctx, taken));
  }
  // "How many glaciers": a number that counts something else is a weak answer. (In "how much will
  // the line cost" the noun is what costs, not what is counted.)
  const counted = ctx.q.intent === 'how-many' ? (ctx.q.focus ?? ctx.q.terms.find((t) => t.pos === 'NOUN' && !t.isCue)) : undefined;
  let best: Extraction | null = null;
  let bestScore = -1;
  for (const o of options) {
    if (o.at < 0 || inQuestion(ctx, o.text)) continue;
    const measures = o.measures ? o.measures.toLowerCase().split(/\s+/).map((w) => termOfWord(w)) : [];
    const about = measures.filter((m) => ctx.questionTerms.has(m) || [...ctx.questionTerms].some((qt) => areRelated(qt, m))).length;
    const wrongClause = otherActorClause(ctx, o.at);
    const objectOfVerb = ctx.exact.some((a) => tokens[a].pos === 'VERB' && o.at > a && o.at - a <= 3);
    const score =
      (0.6 * Math.min(about, 1) + nearness(ctx, o.at, o.at, true) + 0.4 * nearness(ctx, o.at, o.at) + (objectOfVerb ? 0.5 : 0) + changeEnd(ctx, o.at)) *
      (wrongClause ? 0.3 : 1) *
      (o.fromFact ? 1 : 0.8);
    if (score > bestScore) {
      bestScore = score;
      const text = o.measures && o.kind === 'count' && !o.text.includes(o.measures) ? `${o.text} ${o.measures}` : o.text;
      const countsOther = counted !== undefined && about === 0 && !objectOfVerb;
      const strength = (about > 0 || objectOfVerb ? 1 : countsOther ? 0.5 : 0.8) * (wrongClause ? 0.2 : 1) * (o.fromFact ? 1 : 0.85);
      best = { text, type: kinds[0] === 'distance' ? 'distance' : 'count', how: o.fromFact ? `quantity(${o.kind})` : 'number', strength, attribution: o.source };
    }
  }
  return best;
}

function time(ctx: Ctx, durations = false): Extraction | null {
  const facts = ctx.facts.filter((f): f is TimeFact => f.type === 'time' && (f.kind === 'duration') === durations);
  const tokens = ctx.sentence.tokens;
  // "When was it originally due?" wants the first of the sentence's times; "when will it open now?" the last.
  const asksBefore = /\b(?:originally|initially|first|supposed|due|planned|scheduled|meant)\b/i.test(ctx.q.text);
  const asksNow = /\b(?:now|currently|today|new|latest|instead)\b/i.test(ctx.q.text);
  const asksReport = ctx.q.tokens.some((t) => REPORTING.has(t.lemma));
  // Years and dates the extractor made no fact of ("due to open in 2026") compete as well.
  const options: Array<{ text: string; kind: string; resolved?: string; fromFact: boolean }> = facts.map((f) => ({ ...f, fromFact: true }));
  if (!durations) {
    tokens.forEach((t, i) => {
      if (!TIME_WORD.test(t.text) || facts.some((f) => f.text.includes(t.text))) return;
      const from = i > 0 && /^(?:on|in|since|until|by|before|after|late|early)$/i.test(tokens[i - 1].text) ? i - 1 : i;
      options.push({ text: textOf(ctx.sentence, from, i), kind: 'time word', fromFact: false });
    });
    options.sort((a, b) => ctx.sentence.text.indexOf(a.text) - ctx.sentence.text.indexOf(b.text));
  }
  let best: Extraction | null = null;
  let bestScore = -1;
  options.forEach((f, k) => {
    if (inQuestion(ctx, f.text)) return;
    const pos = ctx.sentence.text.indexOf(f.text);
    const tokenIndex = tokens.findIndex((t) => t.start >= pos);
    // "…, the government announced on Monday": the time of the report, not of what it reports.
    const reportTime = !asksReport && tokens.slice(Math.max(0, tokenIndex - 2), tokenIndex).some((t) => t.pos === 'VERB' && REPORTING.has(t.lemma));
    const order = (asksBefore && k === 0) || (asksNow && k === options.length - 1) ? 0.6 : 0;
    const score = nearness(ctx, tokenIndex, tokenIndex) + (f.kind === 'relative' ? 0 : 0.2) + order - (reportTime ? 0.5 : 0) - (f.fromFact ? 0 : 0.1);
    if (score > bestScore) {
      bestScore = score;
      const text = f.resolved && !f.text.includes(f.resolved) ? `${f.text} (${f.resolved})` : f.text;
      best = { text, type: 'time', how: f.fromFact ? `time(${f.kind})` : 'time word', strength: (reportTime ? 0.5 : 1) * (f.fromFact ? 1 : 0.8) };
    }
  });
  if (best || durations) return best;
  // "in the 78th minute", "in the second half": a point in a match, a race, a season.
  const point = ORDINAL_POINT.exec(ctx.sentence.text);
  return point ? { text: point[0], type: 'time', how: 'ordinal time', strength: 0.8 } : null;
}

function nameKind(ctx: Ctx, name: string): NameFact['kind'] | undefined {
  for (const f of ctx.facts) if (f.type === 'name' && (f.name === name || f.forms.includes(name))) return f.kind;
  return undefined;
}

function fullName(ctx: Ctx, name: string): string {
  for (const f of articleFacts(ctx.kb, ctx.m.doc.article.id)) {
    if (f.type === 'alias' && (f.alias === name || f.name === name)) return `${f.name} (${f.alias})`;
  }
  for (const f of ctx.facts) if (f.type === 'name' && f.forms.includes(name) && f.name.length > name.length) return f.name;
  return name;
}

/**
 * Extends a name over a list it heads: "Lebanon, Iraq and Jordan", "Damascus and the coastal
 * region". Commas only count when the list closes with "and"/"or", so an apposition
 * ("Damascus, President Assad's seat") is not taken for a list.
 */
function coordinated(sentence: Sentence, to: number): number {
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
    const words = tokens.slice(phrase.from, phrase.to + 1);
    if (!words.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) return to;
    if (words.some((t) => t.norm === "'s" || t.text === '’s')) return to;
    // The phrase may itself close the list ("Iraq and Jordan").
    if (closing || words.some((t) => t.norm === 'and' || t.norm === 'or')) return phrase.to;
    pending = phrase.to;
  }
}

/** Where the sentence's "is" before the question's words stands, when the question asks for what has that predicate; else -1. */
function askedPredicate(ctx: Ctx): number {
  const tokens = ctx.sentence.tokens;
  const first = ctx.exact[0];
  if (first === undefined || !/^(?:which|what|who)\s+(?:is|was|are|were)\b/i.test(ctx.q.text)) return -1;
  let k = first - 1;
  while (k >= 0 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV')) k -= 1;
  return k >= 0 && tokens[k].pos === 'AUX' && tokens[k].lemma === 'be' ? k : -1;
}

function subjectOfAnchorVerb(ctx: Ctx, end: number): boolean {
  const tokens = ctx.sentence.tokens;
  return ctx.exact.some((a) => {
    if (tokens[a].pos !== 'VERB' || a < end) return false;
    // "Dr Lena Ostrova, a glaciologist at Aldmoor who led the study": a relative "who" takes the
    // person the apposition describes, across its comma.
    if (/^(?:who|which|that)$/i.test(tokens[a - 1]?.text ?? '') && a - end <= 10) return tokens[end]?.text === ',';
    for (let k = end; k < a; k += 1) if (isClauseEnd(tokens[k]) && tokens[k].text !== '(' && tokens[k].text !== ')') return false;
    return a - end <= 8;
  });
}

function entity(ctx: Ctx, kinds: NameFact['kind'][], place: boolean): Extraction | null {
  const { sentence } = ctx;
  const tokens = sentence.tokens;
  const chunks = chunksOf(ctx.m.doc.article, sentence);
  let best: Extraction | null = null;
  let bestScore = 0;
  const withPreposition = place && /^where\b/i.test(ctx.q.text);
  const copula = askedPredicate(ctx);
  for (const c of chunks) {
    // A lone capital ("C" of "2C") is a unit or an initial, not a name.
    if (inQuestion(ctx, c.name) || !/\p{L}{2}/u.test(c.name)) continue;
    const kind = nameKind(ctx, c.name);
    // A place question is never answered with a person or an organisation.
    if (place && (kind === 'person' || kind === 'organisation')) continue;
    const actor = !place && ctx.q.intent === 'who' && subjectOfAnchorVerb(ctx, c.end);
    // A place that is the subject of the question's verb ("X won") is acting as an organisation.
    const kindScore = kind === undefined ? 0.5 : kinds.includes(kind) ? 1 : kind === 'other' || (kind === 'place' && actor) ? 0.5 : 0.2;
    let from = c.outerStart;
    let score = kindScore * nearness(ctx, c.start, c.end - 1);
    // "Rastan and Talbiseh" when the question names Rastan: a sibling of the question's word, not the answer.
    const before = tokens[c.outerStart - 1];
    if (before && (before.norm === 'and' || before.norm === 'or') && ctx.exact.includes(c.outerStart - 2)) score *= 0.5;
    // "Syria's largest": a possessive name modifies something else.
    if (tokens[c.end]?.norm === "'s" || tokens[c.end]?.text === '’s') score *= 0.6;
    // Passive agent: "led by X" answers "who leads".
    if (tokens[c.outerStart - 1]?.norm === 'by' || tokens[c.outerStart - 2]?.norm === 'by') score *= 1.3;
    // "Who is buying X?": the actor is the subject, before the question's verb in the same clause.
    if (actor) score *= 2.5;
    // "Which is the capital?" / "Paris is the capital of France": the subject of the asked predicate.
    if (copula >= 0 && c.end <= copula) score *= 2;
    // A name holding a word of the question ("the Electoral Commission" for "the election") is
    // what the question is about, not its answer.
    if (ctx.anchors.some((a) => a >= c.start && a < c.end)) score *= 0.5;
    if (otherActorClause(ctx, c.start)) score *= 0.4;
    if (withPreposition) {
      let k = c.outerStart - 1;
      while (k >= 0 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].norm === 'city' || tokens[k].norm === 'of' || tokens[k].norm === 'town' || tokens[k].norm === 'province')) k -= 1;
      if (k >= 0 && (PLACE_PREPS.has(tokens[k].norm) || DIRECTIONS.has(tokens[k].norm))) {
        from = k;
        if (DIRECTIONS.has(tokens[k].norm) && k + 1 < tokens.length && tokens[k + 1].norm === 'of') from = k;
        score *= 1.15;
      }
    }
    if (score > bestScore) {
      bestScore = score;
      const end = coordinated(sentence, c.end - 1);
      const listed = end > c.end - 1;
      const text = withPreposition ? textOf(sentence, from, end) : listed ? textOf(sentence, c.outerStart, end) : fullName(ctx, c.name);
      best = { text: tidyAnswer(text), type: place ? 'place' : 'entity', how: place ? 'place name' : `name(${kind ?? 'unknown'})`, strength: Math.min(1, kindScore * (0.5 + score / 2)), focus: c.name };
    }
  }
  return best;
}

function agentPhrase(ctx: Ctx): Extraction | null {
  // No name: the subject of the question's verb ("opposition gunmen captured …").
  const tokens = ctx.sentence.tokens;
  for (const a of ctx.anchors) {
    if (tokens[a].pos !== 'VERB') continue;
    if (tokens[a + 1]?.norm === 'by') {
      const p = phraseStartingAt(tokens, a + 2);
      if (p) return { text: tidyAnswer(textOf(ctx.sentence, p.from, p.to)), type: 'entity', how: 'agent after "by"', strength: 0.7 };
    }
    const s = subjectBefore(tokens, a);
    if (s && !inQuestion(ctx, textOf(ctx.sentence, s.from, s.to))) {
      return { text: tidyAnswer(textOf(ctx.sentence, s.from, s.to)), type: 'entity', how: 'subject of verb', strength: 0.6 };
    }
  }
  return null;
}

const REPORTING = new Set(['say', 'tell', 'add', 'announce', 'claim', 'state', 'warn', 'report', 'insist', 'argue', 'explain', 'write']);

/** "“We will not let them down,” Mr Marek, 58, told supporters": the quoted words of a sentence that names the speaker. */
function quotedWords(ctx: Ctx): Extraction | null {
  if (!ctx.q.terms.some((t) => t.isName && ctx.m.matched.includes(t.word))) return null;
  const m = /[“"]([^”"]{8,})[”"]/u.exec(ctx.sentence.text);
  return m ? { text: `“${m[1].replace(/[,.]$/, '')}”`, type: 'quote', how: 'quoted words', strength: 0.85 } : null;
}

/** "X, a spokesperson, said the team had …": what follows the speaker's reporting verb. */
function reportedSpeech(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  const first = ctx.exact[0];
  if (first === undefined) return null;
  // The speaker may carry an apposition or "from the X (Y)" before the verb.
  for (let k = first + 1; k < Math.min(tokens.length, first + 12); k += 1) {
    if (tokens[k].pos !== 'VERB' || !REPORTING.has(tokens[k].lemma)) continue;
    let from = k + 1;
    if (tokens[from]?.norm === 'that') from += 1;
    const to = tokens.length - (isClauseEnd(tokens[tokens.length - 1]) ? 2 : 1);
    if (from > to) return null;
    return { text: tidyAnswer(textOf(ctx.sentence, from, to)), type: 'quote', how: 'reported speech', strength: 0.8 };
  }
  return null;
}

/** The full names a question's subject refers to: "the Observatory's chief" → the person in that role. */
export function speakersOf(kb: KnowledgeBase, subject: string | undefined): Set<string> {
  if (!subject) return new Set();
  return new Set(askedEntities(kb, subject, subject).map((e) => e.fact.name));
}

/** "What did X say (about Y)?": X's quote or claim in this sentence, else what follows X's verb. */
function quote(ctx: Ctx): Extraction | null {
  const speakers = speakersOf(ctx.kb, ctx.q.subject);
  const bySpeaker = (who: string): boolean => speakers.size === 0 || speakers.has(who);
  const quotes = ctx.facts.filter((f): f is QuoteFact => f.type === 'quote' && bySpeaker(f.speaker));
  const restTerms = (ctx.q.rest ?? '').toLowerCase().split(/\W+/).filter(Boolean).map((w) => termOfWord(w));
  const overlap = (text: string): number => {
    const words = new Set(text.toLowerCase().split(/\W+/).map((w) => termOfWord(w)));
    return restTerms.filter((t) => words.has(t)).length;
  };
  const asksSay = /\b(?:say|said|tell|told|comment|words|statement|remarks?|quote|message)\b/i.test(ctx.q.text);
  const claims = ctx.facts.filter((f): f is ClaimFact => f.type === 'claim' && bySpeaker(f.source));
  if (asksSay && quotes.length + claims.length > 0) {
    const options: Array<Extraction & { overlap: number }> = [
      ...quotes.map((q) => ({ text: `“${q.text}”`, type: 'quote' as const, how: 'quote', strength: 1, attribution: q.speaker, focus: q.speaker, overlap: overlap(q.text) })),
      ...claims.map((c) => ({ text: c.claim, type: 'quote' as const, how: 'claim', strength: 0.9, attribution: c.source, focus: c.source, overlap: overlap(c.claim) })),
    ].sort((a, b) => b.overlap - a.overlap);
    const best = options[0];
    if (restTerms.length === 0 || best.overlap > 0) {
      const { overlap: _o, ...ext } = best;
      return ext;
    }
  }
  const open = (asksSay ? quotedWords(ctx) ?? reportedSpeech(ctx) : null) ?? openSlot(ctx);
  if (!open) return null;
  const who = quotes[0]?.speaker ?? claims[0]?.source;
  return { ...open, attribution: who, focus: who, strength: speakers.size > 0 && !who ? open.strength * 0.7 : open.strength };
}

function source(ctx: Ctx): Extraction | null {
  const claims = ctx.facts.filter((f): f is ClaimFact | QuoteFact => f.type === 'claim' || f.type === 'quote');
  if (claims.length > 0) {
    // Prefer the claim whose content the question describes.
    let best = claims[0];
    let bestScore = -1;
    for (const c of claims) {
      const content = c.type === 'claim' ? c.claim : c.text;
      const verb = c.verb;
      const words = content.toLowerCase().split(/\W+/).map((w) => termOfWord(w));
      const score = words.filter((w) => ctx.questionTerms.has(w)).length + (ctx.questionTerms.has(termOfWord(verb)) ? 1 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    const who = best.type === 'claim' ? best.source : best.speaker;
    return { text: who, type: 'source', how: `${best.type} source`, strength: 1, focus: who };
  }
  const credit = ctx.facts.find((f): f is CreditFact => f.type === 'credit');
  if (credit) return creditOf(credit);
  return agentPhrase(ctx);
}

function creditOf(c: { photographer?: string; agency?: string }): Extraction {
  const text = c.photographer && c.agency ? `${c.photographer} (${c.agency})` : (c.photographer ?? c.agency ?? '');
  return { text, type: 'credit', how: 'photo credit', strength: 1, focus: c.photographer ?? c.agency };
}

function credit(ctx: Ctx): Extraction | null {
  const fact = ctx.facts.find((f): f is CreditFact => f.type === 'credit');
  if (fact) return creditOf(fact);
  if (!ctx.sentence.caption) return null;
  const c = captionCredit(ctx.sentence.text);
  return c ? creditOf(c) : null;
}

function reason(ctx: Ctx): Extraction | null {
  for (const { re, how, after } of REASON_CUES) {
    const m = re.exec(ctx.sentence.text);
    if (!m) continue;
    const at = after ? m.index + m[0].length : m.index;
    const tokenIndex = ctx.sentence.tokens.findIndex((t) => t.start >= at);
    if (tokenIndex < 0) continue;
    return { text: tidyAnswer(clauseFrom(ctx.sentence, tokenIndex, 16)), type: 'reason', how, strength: 0.8 };
  }
  return null;
}

/** Roles, appositions and aliases: what the question's subject is, or who fits its description. */
function description(ctx: Ctx): Extraction | null {
  const subject = ctx.q.subject ?? '';
  const subjectTerms = new Set(subject.split(/\s+/).map((w) => termOfWord(w.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, ''))));
  for (const f of ctx.facts) {
    if (f.type === 'alias' && (subjectTerms.has(termOfWord(f.alias.toLowerCase())) || f.name.toLowerCase() === subject.toLowerCase().replace(/^the\s+/, ''))) {
      return { text: `${f.name} (${f.alias})`, type: 'alias', how: 'alias', strength: 1, focus: f.name };
    }
  }
  const askedAreNames = ctx.q.terms.filter((t) => !t.isCue).every((t) => t.isName);
  const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter(Boolean).map((w) => termOfWord(w));
  // Appositions and copulas describe; a bare title ("leader") says least.
  const roles = ctx.facts.filter((f): f is RoleFact => f.type === 'role').sort((a, b) => Number(a.via === 'title') - Number(b.via === 'title'));
  for (const f of roles) {
    if (inQuestion(ctx, f.subject)) return { text: f.description, type: 'description', how: `role(${f.via})`, strength: f.via === 'title' ? 0.8 : 1, focus: f.subject };
  }
  if (!askedAreNames) {
    // "Who is the club's captain?": every word the question uses must be in the role.
    const asked = ctx.q.terms.filter((t) => !t.isCue).map((t) => t.term);
    for (const f of roles) {
      const description = new Set(wordsOf(f.description));
      if (asked.length > 0 && asked.every((t) => description.has(t))) return { text: f.subject, type: 'entity', how: `role(${f.via}) reversed`, strength: 0.9, focus: f.subject };
    }
  }
  // "What is the Karsa region?" asks what a named thing is; only a description ("a stunning prize
  // for …") may be answered by the subject it describes, and "Who is Corvale's coach?" by the name
  // the sentence gives next to those words ("Corvale coach Henrik Dahlberg").
  const firstAsked = ctx.q.terms.find((t) => !t.isCue);
  if (firstAsked?.isName) return structuralDescription(ctx);
  const who = /^who\b/i.test(ctx.q.text) ? entity(ctx, ['person', 'organisation'], false) : null;
  return structuralDescription(ctx) ?? (who && who.strength >= 0.8 ? who : null) ?? openSlot(ctx);
}

/** Without a role fact: "X, an NP", "NP of X", "NP called X", "X is NP", read off the sentence. */
function structuralDescription(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  if (ctx.anchors.length === 0) return null;
  const first = ctx.anchors[0];
  const last = ctx.anchors[ctx.anchors.length - 1];
  const asked = ctx.q.terms.filter((t) => !t.isCue);
  const askedAreNames = asked.length > 0 && asked.every((t) => t.isName);
  if (askedAreNames) {
    // An age apposition ("Martin Aldous, 58,") says how old, not who: look past it.
    let after = last + 1;
    if (tokens[after]?.text === ',' && tokens[after + 1]?.pos === 'NUM' && tokens[after + 2]?.text === ',') after += 2;
    // "X, an opposition war monitor" (apposition after the name).
    if (tokens[after]?.text === ',') {
      const p = phraseStartingAt(tokens, after + 1);
      if (p && tokens[p.from].pos === 'DET') return { text: tidyAnswer(textOf(ctx.sentence, p.from, p.to)), type: 'description', how: 'apposition', strength: 0.9 };
      // "Aldous, who had worked for the council for 22 years, …" (a relative clause about the name).
      if (/^(?:who|which)$/i.test(tokens[after + 1]?.text ?? '')) {
        const clause = tidyAnswer(clauseFrom(ctx.sentence, after + 2, 16));
        if (clause) return { text: clause, type: 'description', how: 'relative clause', strength: 0.8 };
      }
    }
    // "Syria's coastal provinces of Latakia and Tartus" / "the group called X".
    let k = first - 1;
    if (tokens[k]?.norm === 'of' || tokens[k]?.norm === 'called' || tokens[k]?.norm === 'named') {
      let from = k - 1;
      while (from > 0 && !isClauseEnd(tokens[from - 1]) && (tokens[from - 1].pos === 'ADJ' || tokens[from - 1].pos === 'NOUN' || tokens[from - 1].pos === 'PROPN' || tokens[from - 1].pos === 'PART' || tokens[from - 1].pos === 'DET')) from -= 1;
      if (from <= k - 1) return { text: tidyAnswer(textOf(ctx.sentence, from, k - 1)), type: 'description', how: 'noun of name', strength: 0.8 };
    }
    // "X is/was NP".
    k = last + 1;
    if (tokens[k]?.pos === 'AUX' && tokens[k].lemma === 'be') {
      return { text: tidyAnswer(clauseFrom(ctx.sentence, k + 1)), type: 'description', how: 'copula', strength: 0.8 };
    }
    return null;
  }
  return null;
}

/** "Which ministry does X want?": the phrase the sentence builds on the question's noun ("the interior ministry"). */
function focusPhrase(ctx: Ctx): Extraction | null {
  const focus = ctx.q.focus;
  if (!focus || NAMED_KINDS.has(focus.term)) return null;
  const tokens = ctx.sentence.tokens;
  const at = ctx.m.doc.terms.indexOf(focus.term);
  if (at < 0) return null;
  let from = at;
  while (from > 0 && ['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM'].includes(tokens[from - 1].pos) && !isClauseEnd(tokens[from - 1])) from -= 1;
  let to = at;
  if (tokens[at + 1]?.norm === 'of') {
    const p = phraseStartingAt(tokens, at + 2, 8);
    if (p) to = p.to;
  }
  const text = tidyAnswer(textOf(ctx.sentence, from, to));
  // The noun alone ("the ministry") tells nothing the question did not.
  if (text.split(/\s+/).filter((w) => !/^(?:the|a|an)$/i.test(w)).length < 2) return null;
  return { text, type: 'entity', how: 'phrase on the question noun', strength: 0.85 };
}

/** "What …" without a typed answer: the part of the sentence the question leaves open. */
function openSlot(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  const anchors = ctx.exact.length > 0 ? ctx.exact : ctx.anchors;
  if (anchors.length === 0) return null;
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  let k = first - 1;
  while (k >= 0 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV')) k -= 1;
  const predicateAsked = k >= 0 && (tokens[k].pos === 'AUX' || (tokens[k].pos === 'VERB' && !anchors.includes(k)));
  if (predicateAsked) {
    // The question describes the predicate ("what was a stunning prize"): the answer is the subject.
    const s = subjectBefore(tokens, k + 1) ?? phraseStartingAt(tokens, 0, 20);
    if (s) return { text: tidyAnswer(textOf(ctx.sentence, s.from, s.to)), type: 'entity', how: 'subject of the asked predicate', strength: 0.8 };
  }
  // Otherwise what follows the question's last word ("forces are attacking insurgents in …").
  let from = last + 1;
  while (from < tokens.length && (tokens[from].pos === 'AUX' || tokens[from].pos === 'PART' || tokens[from].norm === 'to') && tokens[from].lemma !== 'have') from += 1;
  if (from >= tokens.length || isClauseEnd(tokens[from])) return null;
  const text = tidyAnswer(clauseFrom(ctx.sentence, from, 12));
  return text ? { text, type: 'entity', how: 'what follows the question words', strength: 0.7 } : null;
}

const NEGATIONS = new Set(['no', 'not', "n't", 'never', 'none', 'nobody', 'nothing', 'neither', 'nor']);

/**
 * "Will any ferry routes close?": the clause that holds the question's words, with "Yes" or "No"
 * by whether the article's clause and the question differ in negation.
 */
function yesNo(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  if (ctx.exact.length === 0) return null;
  let from = ctx.exact[0];
  let to = ctx.exact[ctx.exact.length - 1];
  const boundary = (t: Token): boolean => isClauseEnd(t) && t.text !== '(' && t.text !== ')';
  while (from > 0 && !boundary(tokens[from - 1])) from -= 1;
  while (to + 1 < tokens.length && !boundary(tokens[to + 1])) to += 1;
  // Negation counts where it bears on the question's words: "did not name" elsewhere in the
  // sentence says nothing about "referring to Turkey".
  const articleNegated = ctx.exact.some((a) => {
    for (let k = Math.max(from, a - 3); k < a; k += 1) if (NEGATIONS.has(tokens[k].norm)) return true;
    return false;
  });
  const questionNegated = ctx.q.tokens.some((t) => NEGATIONS.has(t.norm));
  const verdict = articleNegated === questionNegated ? 'Yes' : 'No';
  return { text: `${verdict}: ${tidyAnswer(textOf(ctx.sentence, from, to))}`, type: 'yes-no', how: 'clause with the question words', strength: 0.8 };
}

/** "How big", "how heavy", "how hot": the kinds of quantity the adjective asks for. */
const MEASURE_KINDS: Record<string, QuantityFact['kind'][]> = {
  big: ['distance', 'area', 'count', 'other'],
  large: ['distance', 'area', 'count', 'other'],
  wide: ['distance'],
  deep: ['distance'],
  high: ['distance', 'other'],
  tall: ['distance'],
  heavy: ['weight'],
  fast: ['speed'],
  hot: ['temperature'],
  cold: ['temperature'],
  expensive: ['money'],
  strong: ['other', 'speed'],
  powerful: ['other'],
  severe: ['other', 'count'],
};

function measureKinds(q: QuestionAnalysis): QuantityFact['kind'][] {
  const adjective = /^how\s+(\w+)/i.exec(q.text)?.[1]?.toLowerCase() ?? '';
  return MEASURE_KINDS[adjective] ?? ['other', 'count'];
}

// ---------------------------------------------------------------------------------------------

export function extractAnswer(kb: KnowledgeBase, q: QuestionAnalysis, m: SentenceMatch): Extraction | null {
  const sentence = m.doc.sentence;
  const { anchors, exact, questionTerms } = anchorsOf(q, m.doc.terms);
  const ctx: Ctx = { kb, q, m, sentence, facts: factsOf(kb, m.doc.article.id, sentence.index), anchors, exact, questionTerms };
  for (const [rank, want] of q.wants.entries()) {
    const found = extractType(ctx, want);
    if (!found) continue;
    // "How long": a duration answers best; a date ("since 1950") only if nothing better is found.
    let strength = found.strength * (want === 'time' && rank > 0 ? 0.6 : 1);
    const verb = verbPresent(ctx);
    if (verb === 'elsewhere') strength *= 0.5;
    // "When was X founded?" where the article never speaks of founding at all.
    else if (verb === 'nowhere') strength *= 0.25;
    // "What was Brightwater's profit?" is not answered by Halvorsen's profit.
    if (m.missing.some((t) => t.isName)) strength *= 0.4;
    return strength === found.strength ? found : { ...found, strength };
  }
  return null;
}

/**
 * A value is only the answer if it belongs to the event asked about: "When was X founded?" is not
 * answered by a sentence about X that never mentions founding.
 */
function verbPresent(ctx: Ctx): 'here' | 'elsewhere' | 'nowhere' {
  const verbs = ctx.q.terms.filter((t) => t.pos === 'VERB' && !t.isCue && !LIGHT_VERBS.has(t.term));
  if (verbs.length === 0) return 'here';
  if (verbs.every((v) => !ctx.kb.index.has(v.term) && !relatedTerms(v.term).some((r) => ctx.kb.index.has(r)))) return 'nowhere';
  const here = verbs.some(
    (v) =>
      ctx.m.doc.terms.some((x) => x !== null && (x === v.term || areRelated(v.term, x))) ||
      // "Who paid for the study?" / "The study was funded by …": a near synonym by word vectors.
      ctx.sentence.tokens.some((t) => t.pos === 'VERB' && similarity(vectorId(v.word.toLowerCase()), vectorId(t.norm)) >= VERB_SIMILARITY),
  );
  return here ? 'here' : 'elsewhere';
}

const VERB_SIMILARITY = 0.5;

function extractType(ctx: Ctx, want: AnswerType): Extraction | null {
  switch (want) {
    case 'distance':
      return quantity(ctx, ['distance']);
    case 'count':
      return ctx.q.rule === 'how-measure' ? quantity(ctx, measureKinds(ctx.q)) : quantity(ctx, ['count', 'percent', 'other']);
    case 'percent':
      return quantity(ctx, ['percent']);
    case 'money':
      return quantity(ctx, ['money']);
    case 'age':
      return quantity(ctx, ['age']);
    case 'duration':
      return quantity(ctx, ['duration']) ?? time(ctx, true);
    case 'time':
      return time(ctx);
    // "Who" asks for people and organisations alike ("Who is buying the company?").
    case 'person':
    case 'organisation':
      return entity(ctx, ['person', 'organisation'], false) ?? agentPhrase(ctx);
    case 'place':
      return entity(ctx, ['place'], true);
    case 'entity':
      return (
        focusPhrase(ctx) ??
        (ctx.q.intent === 'which' ? entity(ctx, ['person', 'organisation', 'place', 'other'], false) : null) ??
        openSlot(ctx)
      );
    case 'quote':
      return quote(ctx);
    case 'source':
      return source(ctx);
    case 'credit':
      return credit(ctx);
    case 'reason':
      return reason(ctx);
    case 'description':
    case 'alias':
      return description(ctx);
    case 'yes-no':
      return yesNo(ctx);
    case 'manner':
      return openSlot(ctx);
    default:
      return null;
  }
}
