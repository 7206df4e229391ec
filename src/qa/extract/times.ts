import type { Sentence } from '../../article/types.js';
import type { Fact, TimeFact } from '../../facts/types.js';
import type { QuestionAnalysis } from '../analyze.js';
import { memoKey } from '../memo.js';
import { isPersonWord, REPORTING_VERBS, YEAR_PREPOSITIONS } from '../../facts/lexicon.js';
import { clauseFrom, isClauseEnd, textOf } from '../spans.js';
import type { Token } from '../../nlp/token.js';
import { termOf } from '../../nlp/terms.js';
import { readNumber } from '../../facts/numbers.js';
import { asksAboutThePast, inQuestion, nearness, questionNames, relativeOfOther, sinceBefore, TIME_WORD, type Ctx, type Extraction } from './context.js';
import { leadOf } from '../lead.js';
import { askedActs, ownVerbBefore, verbOfAskedAct, type AskedAct } from '../asked-act.js';
import { LIGHT_VERBS } from '../lexicon.js';

const ORDINAL = String.raw`(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|opening|closing)`;

/**
 * Dates, weekdays, years and points in a match, or in a course of treatment: "in the 89th minute",
 * "between the 20th and 32nd week of treatment".
 */
export const ORDINAL_POINT = new RegExp(
  String.raw`\b(?:(?:in|on|at|during|after|before) the ${ORDINAL}|between the ${ORDINAL} and (?:the )?${ORDINAL}) (?:minute|minutes|hour|day|night|week|month|year|half|quarter|period|round|lap|innings|set|stage|season)s?(?: of (?:the|its|their|his|her) [\p{L}-]+| of [\p{Ll}-]+)?\b`,
  'iu',
);

interface TimeOption {
  text: string;
  kind: string;
  resolved?: string;
  fromFact: boolean;
  /** Where in the sentence it is written: "began at 3 a.m. … would end at 3 a.m." has the text twice. */
  at: number;
}

/** The times a sentence gives (or its durations), in reading order: the same for every question, so found once per sentence. */
const optionCache = new WeakMap<Sentence, { times?: TimeOption[]; durations?: TimeOption[]; intervals?: TimeOption[]; points?: readonly string[] }>();

function timeOptions(ctx: Ctx, durations: boolean): TimeOption[] {
  let entry = optionCache.get(ctx.sentence);
  if (!entry) optionCache.set(ctx.sentence, (entry = {}));
  const cached = durations ? entry.durations : entry.times;
  if (cached) return cached;
  const options = findTimeOptions(ctx.sentence, ctx.facts, durations);
  if (durations) entry.durations = options;
  else entry.times = options;
  return options;
}

/** "two minutes after", "three weeks later": a relative time that measures an interval. */
const INTERVAL = /^(.+ (?:second|minute|hour|day|week|month|year)s?) (?:after|before|later|earlier)$/i;
const QUALIFIER_BEFORE = /(?:\b(?:less|more|fewer) than|\bjust|\babout|\baround|\bnearly|\balmost|\bonly|\bwithin) $/i;

/**
 * "How long after lift-off did it explode?": "(less than) two minutes after" holds the interval,
 * read with the qualifier before it. Once per sentence.
 */
function intervalOptions(ctx: Ctx): TimeOption[] {
  let entry = optionCache.get(ctx.sentence);
  if (!entry) optionCache.set(ctx.sentence, (entry = {}));
  if (entry.intervals) return entry.intervals;
  const out: TimeOption[] = [];
  for (const f of ctx.facts) {
    if (f.type !== 'time' || f.kind !== 'relative') continue;
    const m = INTERVAL.exec(f.text);
    if (!m) continue;
    const at = ctx.sentence.text.indexOf(f.text);
    const before = ctx.sentence.text.slice(0, at).match(QUALIFIER_BEFORE)?.[0] ?? '';
    out.push({ text: `${before}${m[1]}`, kind: 'duration', resolved: f.resolved, fromFact: true, at: at - before.length });
  }
  entry.intervals = out;
  return out;
}

function findTimeOptions(sentence: Sentence, sentenceFacts: readonly Fact[], durations: boolean): TimeOption[] {
  const facts = sentenceFacts.filter((f): f is TimeFact => f.type === 'time' && (f.kind === 'duration') === durations);
  const tokens = sentence.tokens;
  // Years and dates the extractor made no fact of ("due to open in 2026") compete as well.
  // Facts come in reading order: a text written twice is found past the last place it was.
  const seen = new Map<string, number>();
  const options: TimeOption[] = facts.map((f) => {
    const at = sentence.text.indexOf(f.text, (seen.get(f.text) ?? -1) + 1);
    seen.set(f.text, at);
    return { ...f, fromFact: true, at };
  });
  if (!durations) {
    tokens.forEach((t, i) => {
      if (!TIME_WORD.test(t.text) || facts.some((f) => f.text.includes(t.text))) return;
      const from = i > 0 && /^(?:on|in|since|until|by|before|after|late|early)$/i.test(tokens[i - 1].text) ? i - 1 : i;
      options.push({ text: textOf(sentence, from, i), kind: 'time word', fromFact: false, at: tokens[from].start });
    });
    // "before Christmas", "by Easter", "over the new year": a feast dates by the calendar too,
    // where a word of time leads to it and no noun follows ("Christmas lights" is no time).
    tokens.forEach((t, i) => {
      if (!FEASTS.has(t.norm) || !FEAST_LEADS.has(tokens[i - 1]?.norm ?? '') || tokens[i + 1]?.pos === 'NOUN' || facts.some((f) => f.text.includes(t.text))) return;
      // ("between Easter and September": the range is one time.)
      const range = tokens[i - 1].norm === 'between' && tokens[i + 1]?.norm === 'and' && tokens[i + 2] !== undefined && (TIME_WORD.test(tokens[i + 2].text) || FEASTS.has(tokens[i + 2].norm));
      // (Read as surely as a month's name: a feast's name is no other word.)
      options.push({ text: textOf(sentence, i - 1, range ? i + 2 : i), kind: 'feast', fromFact: true, at: tokens[i - 1].start });
    });
    options.push(...lengthsFromNow(sentence));
    options.sort((a, b) => a.at - b.at);
  }
  return options;
}

/**
 * "The board would look at the rules again in 18 months", "a verdict is expected in about three
 * weeks": a length after "in", in a clause telling of what is to come, counts from now and so
 * says when (not "sales doubled in five years", a span gone by).
 */
function lengthsFromNow(sentence: Sentence): TimeOption[] {
  const { tokens } = sentence;
  const out: TimeOption[] = [];
  for (let k = 0; k < tokens.length; k += 1) {
    if (tokens[k].norm !== 'in') continue;
    let n = k + 1;
    while (n < tokens.length && ROUGHLY.has(tokens[n].norm)) n += 1;
    const unit = lengthEnd(tokens, n) + 1;
    if (unit > 0 && LENGTH_UNITS.has(tokens[unit]?.norm ?? '') && toComeInClause(tokens, k)) out.push({ text: textOf(sentence, k, unit), kind: 'relative', fromFact: true, at: tokens[k].start });
  }
  return out;
}

/** The last word of the count opening at `n` ("six", "a couple of", "an"), or -1. */
function lengthEnd(tokens: readonly Token[], n: number): number {
  if (tokens[n]?.norm === 'a' && tokens[n + 1]?.norm === 'couple' && tokens[n + 2]?.norm === 'of') return n + 2;
  const read = readNumber(tokens, n);
  if (read) return read.to;
  return ONE_UNIT.has(tokens[n]?.norm ?? '') ? n : -1;
}

/** Words that round the length after "in": "in about six weeks", "in less than a month". */
const ROUGHLY: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'just', 'another', 'less', 'than', 'under']);
/** "in a month": one of the unit, with no number read. */
const ONE_UNIT: ReadonlySet<string> = new Set(['a', 'an']);
const LENGTH_UNITS: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years']);

/** Whether the clause before token `at` tells of what is to come: "will", "would", "expected", "planning to". */
function toComeInClause(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && !isClauseEnd(tokens[k]); k -= 1) if (COMING_WORDS.has(tokens[k].norm)) return true;
  return false;
}

const COMING_WORDS: ReadonlySet<string> = new Set(['will', 'would', 'shall', "'ll", 'expected', 'due', 'planning', 'plans', 'planned', 'going']);

/** Feasts that date a time of year, as words. */
const FEASTS: ReadonlySet<string> = new Set(['christmas', 'easter', 'whitsun', 'halloween', 'hogmanay', 'diwali', 'eid', 'ramadan', 'hanukkah', 'passover', 'thanksgiving']);
/** Words that lead to a time: "before Christmas", "until Easter", "between Easter and …". */
const FEAST_LEADS: ReadonlySet<string> = new Set(['by', 'before', 'after', 'until', 'till', 'over', 'since', 'from', 'at', 'between', 'during', 'around', 'for']);

/** What a question says about the time it wants: read once per question, not per candidate sentence. */
interface TimeQuestion {
  /** "When was it originally due?" wants the first of the sentence's times; "when will it open now?" the last. */
  asksBefore: boolean;
  asksNow: boolean;
  asksReport: boolean;
  /**
   * "When will the inquiry report?" is not answered by a date before the article was written, nor
   * "when did it happen?" by one after it.
   */
  tense: 'future' | 'past' | undefined;
  /** "What day …" wants a day or a date; "in what year" a year or a date. */
  unit: string | undefined;
  /** "How long after lift-off …?" is answered by an interval ("two minutes after") as well. */
  asksInterval: boolean;
  /**
   * "Since when had Kardal been champion?", "how long has she led it?" are answered by the time
   * after "since" ("had held the title since 2019").
   */
  asksSince: boolean;
  /** "Until when was the oven used?", "till what time does it run?": the time after "until" ("used until 1979"). */
  asksUntil: boolean;
  /** "When did she become governor?" is answered by when she was appointed, not by when she spoke as governor. */
  asksBecoming: boolean;
  /** "When does the ban come into force?" is answered by when a rule starts to apply, not when it was passed. */
  asksInForce: boolean;
  /** "What are the opening hours?", "during what hours does the charge apply?": a span of the day, both its ends. */
  asksHours: boolean;
}

/** A question asking when a rule, a law or a price starts to apply. */
const ASKS_IN_FORCE = /\b(?:(?:come|comes|coming|came|go|goes|going|went|enter|enters|entering|entered|put) into (?:force|effect)|(?:take|takes|taking|took) effect|(?:kick|kicks|kicking|kicked) in|(?:start|starts|begin|begins) to apply|become effective)\b/i;
/** A sentence telling when a rule starts to apply: "takes effect on June 1", "comes into force in May". */
const IN_FORCE = /\b(?:into (?:force|effect)|(?:take|takes|taking|took|taken) effect|(?:kick|kicks|kicking|kicked) in|in force|effective)\b/i;
/** "will ban plastic bags from January 1", "as of March", "starting in May": a time a rule applies from. */
export const APPLIES_FROM = /\b(?:from|as of|(?:starting|beginning|effective)(?: (?:in|on|from))?)\s+$/i;
/** What a time is worth to "when does it come into force?" in a sentence that tells of no start. */
const NOT_IN_FORCE = 0.5;

/** A sentence telling of someone taking a post or a title ("was appointed in 2019", "took office in May"). */
const BECOMING = /\b(?:bec[oa]mes?|appointed|named|elected|sworn|took (?:over|office)|takes? (?:over|office)|joined|promoted|hired|succeeded|replaced|chosen|selected|installed|crowned)\b/i;
const NOT_BECOMING = 0.15;
const BECOME_ROLE = /\bbec(?:o|a)mes? (?:the |a |an )?((?:[\w-]+ ){0,2}[\w-]+)/i;

/** "When did Ruben Osei-Hart become health minister?": becoming the holder of a post (not "become profitable"). */
function becomingHolder(question: string): boolean {
  const role = BECOME_ROLE.exec(question)?.[1]?.toLowerCase().split(' ');
  return role !== undefined && role.some((w) => isPersonWord(w));
}

const TIME_QUESTION = memoKey<TimeQuestion>('time question');

/** A span and a bare "after", its event left out: "two days after", "less than a year after". */
export const SPAN_AFTER_ONLY = /^(?:(?:just|only|less than|more than|about|some|nearly|almost)\s+)*(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:minute|hour|day|week|month|year|decade)s?\s+after$/i;

/** A time as the sentence writes it, without the date `time` adds in brackets: "on Monday (2026-03-02)" → "on Monday". */
export const asWritten = (answer: string): string => answer.replace(RESOLVED_DATE, '');
const RESOLVED_DATE = / \([^()]*\)$/;

/** The unit of time a question names ("what time", "which year"), if it names one. */
export const askedTimeUnit = (q: QuestionAnalysis): string | undefined => timeQuestion(q).unit;

function timeQuestion(q: QuestionAnalysis): TimeQuestion {
  let tq = q.memo.get(TIME_QUESTION);
  if (!tq) {
    tq = {
      asksBefore: /\b(?:originally|initially|first|supposed|due|planned|scheduled|meant)\b/i.test(q.text),
      asksNow: /\b(?:now|currently|today|new|latest|instead)\b/i.test(q.text),
      asksReport: q.tokens.some((t) => REPORTING_VERBS.has(t.lemma)),
      tense: tenseOf(q.text),
      // ("When was the zoo founded?", "when were the nets first installed?" ask for a year.)
      unit: ASKED_UNIT.exec(q.text)?.[1]?.toLowerCase() ?? (ORIGIN_QUESTION.test(q.text) ? 'year' : undefined),
      asksInterval: /\bhow long (?:after|before)\b/i.test(q.text),
      asksSince: /\bsince (?:when|what|which)\b|\bhow long (?:has|have|had)\b/i.test(q.text),
      asksUntil: /\b(?:until|till|til|up to) (?:when|what)\b/i.test(q.text),
      asksBecoming: becomingHolder(q.text),
      asksInForce: ASKS_IN_FORCE.test(q.text),
      asksHours: ASKS_HOURS.test(q.text),
    };
    q.memo.set(TIME_QUESTION, tq);
  }
  return tq;
}

/** A question asking the hours something holds over, not one point of the day ("what time does it open?"). */
const ASKS_HOURS = /\b(?:what|which) hours\b|\bopening (?:hours|times)\b/i;
/** How much one end of a span ("at 8pm") answers a question asking its hours. */
const ONE_END = 0.5;

/**
 * Whether the sentence's k-th time opens a span of two ends: "from 8am to 6pm" read as one time,
 * or "between 10pm" with "and 6am" the next.
 */
function opensSpan(text: string, options: readonly TimeOption[], k: number): boolean {
  const o = options[k];
  if (SPAN_WRITTEN.test(o.text)) return true;
  const next = options[k + 1];
  return next !== undefined && RANGE_OPENER.test(text.slice(Math.max(0, o.at - 10), o.at)) && RANGE_JOINT.test(text.slice(o.at + o.text.length, next.at));
}

const SPAN_WRITTEN = /^(?:from|between)\b.+\b(?:to|and|until|till)\b/i;

const EVERY: ReadonlySet<string> = new Set(['every', 'each']);
/** "When are the concerts?", "when does the market open?": what happens again and again. */
const HABITUAL = /^(?:what time |when )(?:is|are|do|does)\b/i;
/** What a span cut off at "after" loses to the sentence's other times. */
const CUT_SPAN = 0.5;
/** How much a time that recurs ("every six months") answers when a one-off act is or was done, or how long it took. */
const RECURRING = 0.2;

export function time(ctx: Ctx, durations = false): Extraction | null {
  const tokens = ctx.sentence.tokens;
  const { asksBefore, asksNow, asksReport, tense, unit, asksInterval, asksSince, asksUntil, asksBecoming, asksInForce, asksHours } = timeQuestion(ctx.q);
  const tellsInForce = asksInForce && IN_FORCE.test(ctx.sentence.text);
  const asksFounding = FOUNDING_QUESTION.test(ctx.q.text);
  const written = ctx.m.doc.article.meta.date;
  // "How long was she trapped?" / "pulled out alive more than 16 hours after the quake": the time
  // between two events is a length as well, though less surely the asked one than a length written
  // as such ("trapped for 16 hours") unless the question asks how long after something it came.
  const lengths = timeOptions(ctx, durations);
  const options = durations ? [...lengths, ...intervalOptions(ctx)] : lengths;
  const fits = unit ? UNIT_KINDS[unit] : undefined;
  const asksPast = asksAboutThePast(ctx.q);
  // A time answers "how long" only where the question's duration is not found (see extractAnswer).
  const asksLength = !durations && ctx.q.wants[0] === 'duration';
  let best: Extraction | null = null;
  let bestScore = -1;
  options.forEach((f, k) => {
    if (inQuestion(ctx, f.text)) return;
    const pos = f.at;
    const tokenIndex = tokens.findIndex((t) => t.start >= pos);
    // "…, the government announced on Monday": the time of the report, not of what it reports.
    // (Its object may stand between: "Varosh told reporters on Thursday".)
    const reportTime = !asksReport && tokens.slice(Math.max(0, tokenIndex - 3), tokenIndex).some((t) => t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma));
    const order = (asksBefore && k === 0) || (asksNow && k === options.length - 1) ? 0.6 : 0;
    // "What time did the dam burst?": of the sentence's times, one of the unit asked comes first.
    const ofUnit = fits !== undefined && fits.includes(f.kind) ? UNIT_BONUS : 0;
    const since = (asksSince && tokenIndex >= 0 && sinceMarked(tokens, tokenIndex)) || (asksUntil && tokenIndex >= 0 && (UNTIL_WORDS.has(tokens[tokenIndex].norm) || UNTIL_WORDS.has(tokens[tokenIndex - 1]?.norm ?? '')));
    // "… the deadliest since March 2019", "was last hit this hard in February 2010": an earlier
    // event's time, when the question asks about this one; another time of the sentence comes first.
    const earlier = !asksPast && !since && tokenIndex >= 0 && (earlierMarked(tokens, tokenIndex) || sinceOtherAct(ctx, tokenIndex) || anotherOfAsked(ctx, tokenIndex) || relativeOfOther(ctx, tokenIndex) || beforeOtherEvent(ctx, tokenIndex));
    const span = asksHours && opensSpan(ctx.sentence.text, options, k);
    const otherAct = !reportTime && tokenIndex >= 0 && timeOfAnotherAct(ctx, tokenIndex);
    // "… will open on 9 June, three days after the old one shuts": a span cut off from the
    // event it counts from tells when only beside it; the date the sentence gives comes first.
    const cutSpan = !durations && SPAN_AFTER_ONLY.test(f.text) ? CUT_SPAN : 0;
    const score = nearness(ctx, tokenIndex, tokenIndex) + (f.kind === 'relative' ? 0 : 0.2) - cutSpan + order + ofUnit + (since || span ? UNIT_BONUS : 0) - (reportTime || earlier || otherAct ? 0.5 : 0) - (f.fromFact ? 0 : 0.1);
    if (score > bestScore) {
      bestScore = score;
      const whole = durations ? { text: f.text, resolved: f.resolved } : runOfTimes(ctx.sentence.text, options, k);
      const text = (asksLength ? spanOpening(ctx.sentence, tokenIndex) : boundWord(tokens, tokenIndex, whole.text)) + partOfPeriod(tokens, tokenIndex, f.text) + (whole.resolved && !whole.text.includes(whole.resolved) ? `${whole.text} (${whole.resolved})` : whole.text);
      // "How long did it take?" is not answered by "in the past decade": a window, not a length.
      const window = durations && WINDOW.test(f.text);
      // "When was the canal blocked before?" is not answered by this week's blockage.
      // (An undated article's "on Thursday" is the story's own week all the same.)
      const thisWeek = asksPast && (sameWeek(written, f.resolved) || (f.kind === 'weekday' && f.resolved === undefined)) && !finalOfAsked(ctx);
      // "When is the wind farm due to be finished?" is not answered by "approved plans … on Monday"
      // in an undated article's lead: the lead's weekday is the story's own day, gone by, unless the
      // lead tells of what is still to come ("will strike on Monday").
      const storyDay = tense === 'future' && f.kind === 'weekday' && f.resolved === undefined && leadOf(ctx.m.doc.article) === ctx.sentence && !TO_COME.test(ctx.sentence.text);
      // "Last year's award went to …": a time owning a noun tells when that was, not what the
      // question asks about (unless the noun is it: "Sunday's election").
      const possessive = POSSESSIVE.test(ctx.sentence.text.slice(pos + f.text.length, pos + f.text.length + 3));
      // "checked every six months after the work": how often, not when one thing will be or was
      // done ("when are the concerts?" asks what recurs: "every Thursday").
      const recurring = !HABITUAL.test(ctx.q.text) && tokenIndex > 0 && EVERY.has(tokens[tokenIndex - 1].norm);
      const owning = possessive && !ownsAskedNoun(ctx, tokenIndex);
      const strength =
        // ("Sunday's flood struck" names the day only to say which flood: a time the act is told at is surer.)
        (possessive && !owning ? NAMING_TIME : 1) *
        (recurring ? RECURRING : 1) *
        (echoesQuestion(ctx.q, f.text) ? ECHOED_TIME : 1) *
        (asksSince && !since ? NOT_SINCE : 1) *
        (asksHours && !span ? ONE_END : 1) *
        (asksBecoming && !BECOMING.test(ctx.sentence.text) ? NOT_BECOMING : 1) *
        // "When does the ban come into force?" is not answered by "parliament passed the ban on Tuesday".
        (asksInForce && !tellsInForce && !APPLIES_FROM.test(ctx.sentence.text.slice(Math.max(0, pos - 14), pos)) ? NOT_IN_FORCE : 1) *
        (reportTime ? REPORT_TIME : 1) * (f.fromFact ? 1 : 0.8) * unitFit(f, fits, unit, ctx.sentence.text) *
        // "When was the society set up?" is not answered by "in October", a month that writes no
        // year: it tells a time of the story's own year, seldom when a body was founded.
        (asksFounding && (f.kind === 'month' || f.kind === 'date') && !WRITTEN_YEAR.test(f.text) ? OTHER_UNIT : 1) *
        // "How long will the schools stay shut?" is answered by "until Monday", not "on Monday".
        (asksLength && !INTERVAL.test(f.text) && !spanBounded(tokens, tokenIndex) && !inRange(ctx.sentence.text, pos, f.text) ? POINT_FOR_LENGTH : 1) * (wrongTense(tense, written, f.resolved) || (tense === 'past' && ((f.kind === 'relative' && AHEAD.test(f.text)) || toldToCome(tokens, tokenIndex))) || (tense === 'future' && goneBy(ctx, f, tokenIndex)) || thisWeek || storyDay || earlier || owning || otherAct ? WRONG_TENSE : 1) * (window ? WINDOW_DURATION : 1) * (k >= lengths.length && !asksInterval ? INTERVAL_FOR_LENGTH : 1);
      best = { text, type: 'time', how: f.fromFact ? `time(${f.kind})` : 'time word', strength };
    }
  });
  if (best || durations) return best;
  // "in the 78th minute", "in the second half": a point in a match, a race, a season. "In which
  // minute" wants a minute: "in the second half" does not say which.
  const points = ordinalPoints(ctx.sentence);
  if (points.length === 0) return null;
  const ofUnit = unit ? points.find((p) => p.toLowerCase().split(' ').pop()?.startsWith(unit)) : points[0];
  return { text: ofUnit ?? points[0], type: 'time', how: 'ordinal time', strength: unit && !ofUnit ? 0.4 : 0.8 };
}

/**
 * "When did the bakery open?" / "The recipe was found on 3 May by the baker's niece": a time
 * belongs to the verb it follows in its clause, and where that verb is neither the question's own
 * act (nor a related or near word, nor the verb of a noun the question holds) the time tells when
 * something else was done. Not where the question names no act of its own ("when is the fair?"),
 * nor where the verb only carries another ("is expected in May", "took place on Friday").
 */
function timeOfAnotherAct(ctx: Ctx, at: number): boolean {
  const acts = askedActs(ctx.q);
  if (acts.length === 0) return false;
  const own = ownVerbBefore(ctx.m.doc, at);
  if (own < 0) return false;
  const verb = ctx.sentence.tokens[own];
  if (LIGHT_VERBS.has(ctx.m.doc.terms[own] ?? '') || PLAN_VERBS.has(verb.lemma) || CARRYING_VERBS.has(verb.lemma) || REPORTING_VERBS.has(verb.lemma)) return false;
  return !verbOfAskedAct(ctx.q, ctx.m.doc, own) && askedOnlyInOtherClauses(ctx, at, acts);
}

/**
 * Whether the sentence writes the question's words only outside the time's clause, and none of
 * them as a verb or as the asked act: "The gate was locked at 6pm by the warden, who was due at
 * the choir's practice" names the practice in a clause of its own. The time's clause runs back to
 * the word opening it ("when", "but"; past the commas of its subject's aside) and on to the next comma.
 */
function askedOnlyInOtherClauses(ctx: Ctx, at: number, acts: readonly AskedAct[]): boolean {
  const { tokens } = ctx.sentence;
  // ("was due to carry passengers in 2026 but will not open until 2028": the asked act, however tagged, is told.)
  if (ctx.anchors.length === 0 || ctx.anchors.some((a) => tokens[a].pos === 'VERB' || acts.some((x) => x.term === ctx.m.doc.terms[a]))) return false;
  let from = at;
  // ("The fair, which opens on 9 May": a relative clause tells of the noun before it.)
  while (from > 0 && (!CLAUSE_OPENERS.has(tokens[from - 1].norm) || RELATIVES.has(tokens[from - 1].norm))) from -= 1;
  let to = at;
  while (to + 1 < tokens.length && !isClauseEnd(tokens[to + 1]) && !CLAUSE_OPENERS.has(tokens[to + 1].norm)) to += 1;
  return !ctx.anchors.some((a) => a >= from && a <= to);
}

const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);
/** Words that open a clause of another act: "when she was dismissed", "while others wait", "but it is". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'while', 'whilst', 'as', 'who', 'whom', 'whose', 'which', 'because', 'although', 'though', 'whereas', 'but']);

/** Verbs that carry a time for an act told beside them: "is expected in May", "is due", "took place", "lasted". */
const CARRYING_VERBS: ReadonlySet<string> = new Set(['expect', 'due', 'take', 'last', 'spend', 'run', 'remain', 'stay', 'continue', 'begin', 'start', 'end', 'finish', 'hope', 'aim', 'want', 'intend', 'promise', 'agree', 'decide']);

/**
 * "When did the last issue come out?" / "… ran its final issue on Friday": the last of
 * the asked things is the story's own, no earlier event, where the sentence calls it the last or final one.
 */
function finalOfAsked(ctx: Ctx): boolean {
  const q = ctx.q.tokens;
  const tokens = ctx.sentence.tokens;
  for (let i = 0; i + 1 < q.length; i += 1) {
    if (q[i].norm !== 'last' || q[i + 1].pos !== 'NOUN') continue;
    const asked = termOf(q[i + 1]);
    for (let k = 0; k + 1 < tokens.length; k += 1) if (FINAL.has(tokens[k].norm) && ctx.m.doc.terms[k + 1] === asked) return true;
  }
  return false;
}

const FINAL: ReadonlySet<string> = new Set(['last', 'final']);

/**
 * "Mary Anderson (1866–1953) was …", "Antoine Walker (born August 12, 1976)": the years of a life
 * in brackets after a name. "When was she born?" is the first, "when did she die?" the second.
 */
export function lifeDate(ctx: Ctx): Extraction | null {
  const asked = ctx.q.terms.find((t) => !t.isCue && (t.term === 'bear' || t.term === 'born' || t.term === 'die' || t.term === 'birth' || t.term === 'death'));
  if (asked === undefined) return null;
  const born = asked.term === 'bear' || asked.term === 'born' || asked.term === 'birth';
  for (const m of ctx.sentence.text.matchAll(LIFE_YEARS)) {
    // The brackets follow a name, one the question asks about.
    const before = ctx.sentence.text.slice(0, m.index).trimEnd();
    if (!ctx.q.terms.some((t) => t.isName && before.toLowerCase().endsWith(t.word.toLowerCase()))) continue;
    const date = born ? m[1] : m[2];
    if (date !== undefined) return { text: date.trim(), type: 'time', how: LIFE_SPAN, strength: 0.9 };
  }
  return null;
}

export const LIFE_SPAN = 'life span';

/** "(1866–1953)", "(25 December 1642 – 20 March 1727)", "(born August 12, 1976)". */
const LIFE_YEARS = /\((?:born |b\. )?((?:[\p{L}\d,]+ ){0,2}\d{3,4})(?:\s*[–—-]\s*((?:[\p{L}\d,]+ ){0,2}\d{3,4}))?\)/gu;

/**
 * "When will …", "On what date will next year's race be held?" ask for a time still to come;
 * "when did …" for one gone by.
 */
function tenseOf(text: string): TimeQuestion['tense'] {
  // "When was his contract due to end?": a planned time may fall either side of the article's date.
  if (/\b(?:was|were|had)\b.*\b(?:due|expected|scheduled|set|supposed|meant|planned) to\b/i.test(text)) return undefined;
  if (/\bwhen (?:will|is|are|might|could|may|would|should|can) \b|\bwhen (?:is|are) .+ (?:due|expected|set|scheduled|going) to\b/i.test(text)) return 'future';
  if (/\bwhen (?:did|was|were|had)\b/i.test(text)) return 'past';
  return /\b(?:will|shall)\b/i.test(text) ? 'future' : undefined;
}

/**
 * A date on the wrong side of the article's own for the question's tense. (Module-level functions,
 * not closures, in the extractors: tsx names every closure it creates, which costs on hot paths.)
 */
function wrongTense(tense: 'future' | 'past' | undefined, written: string | undefined, resolved: string | undefined): boolean {
  if (!tense || !resolved || !written) return false;
  const n = Math.min(resolved.length, written.length);
  const [a, b] = [resolved.slice(0, n), written.slice(0, n)];
  // "When will the water be safe?" is not answered by the day the story happened ("on Wednesday",
  // the article's own date): a time to come falls after it.
  return tense === 'future' ? a < b || (n >= 10 && a === b) : a > b;
}

/**
 * "would end at 3 a.m. on Friday, January 16": the times written one after another, with only a
 * space or a comma between, are one time; the last that resolves to a day says which.
 */
function runOfTimes(text: string, options: readonly TimeOption[], k: number): { text: string; resolved: string | undefined } {
  // "at 10 p.m. on Friday", "on 28 June at 7pm": a clock time and its day, joined by "on" or "at",
  // are one time, whichever of them the question's words stand nearer.
  let start = k;
  while (start > 0 && clockAndDay(options[start - 1], options[start]) && DAY_JOINT.test(text.slice(options[start - 1].at + options[start - 1].text.length, options[start].at))) start -= 1;
  const first = options[start];
  let end = first.at + first.text.length;
  let resolved = first.resolved;
  for (let j = start + 1; j <= k; j += 1) {
    end = options[j].at + options[j].text.length;
    resolved = options[j].resolved ?? resolved;
  }
  // "open from 8 a.m. to 10 p.m. every day": a range is one answer, its opening word and all.
  const opener = RANGE_OPENER.exec(text.slice(Math.max(0, first.at - 10), first.at));
  let ranged = false;
  for (let j = k + 1; j < options.length; j += 1) {
    const o = options[j];
    const gap = text.slice(end, o.at);
    const joined = /^[ ,]*$/.test(gap) || (opener !== null && !ranged && RANGE_JOINT.test(gap)) || (clockAndDay(options[j - 1], o) && DAY_JOINT.test(gap));
    if (!o.fromFact || !joined) break;
    ranged ||= opener !== null && RANGE_JOINT.test(gap);
    end = o.at + o.text.length;
    resolved = o.resolved ?? resolved;
  }
  return { text: text.slice(ranged && opener ? first.at - opener[0].length : first.at, end), resolved };
}

/** Whether two times are a clock time and a day or date, either way round. */
function clockAndDay(a: TimeOption, b: TimeOption): boolean {
  if (!a.fromFact || !b.fromFact) return false;
  return (a.kind === 'time-of-day' && DAY_KINDS.has(b.kind)) || (b.kind === 'time-of-day' && DAY_KINDS.has(a.kind));
}

const DAY_KINDS: ReadonlySet<string> = new Set(['date', 'weekday']);
/** "10 p.m. on Friday", "28 June at 7pm" (a weekday's "on" may be its own text). */
const DAY_JOINT = /^,?\s*(?:(?:on|at)\s+)?$/i;

const RANGE_OPENER = /\b(?:from|between)\s+$/i;
const RANGE_JOINT = /^\s*(?:to|until|till|and|[-–])\s*$/i;

/**
 * "How long has she been coaching him?" / "… who has coached him since he was nine": a span that
 * reaches now (or then) is told by its start as well as by its length, and English often writes
 * that start as a clause after "since" ("since it opened", "since she was a girl") that holds no
 * time a reader of dates finds. Only for a question in the perfect ("how long has …"), where
 * "since" tells a start and not a cause; the clause runs to its comma or stop.
 */
export function sinceClause(ctx: Ctx): Extraction | null {
  if (!timeQuestion(ctx.q).asksSince) return null;
  const tokens = ctx.sentence.tokens;
  for (let k = 0; k + 2 < tokens.length; k += 1) {
    if (tokens[k].norm !== 'since') continue;
    // ("since selling their house in 2021", "since leaving school": a clause may open on its verb.)
    let verb = tokens[k + 1].pos === 'VERB' && tokens[k + 1].norm.endsWith('ing');
    if (!verb && !CLAUSE_SUBJECTS.has(tokens[k + 1].pos)) continue;
    for (let j = k + 2; j < Math.min(tokens.length, k + 2 + SINCE_SUBJECT_REACH) && !isClauseEnd(tokens[j]) && !verb; j += 1) verb = tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX';
    if (verb) return { text: clauseFrom(ctx.sentence, k, SINCE_CLAUSE_WORDS), type: 'time', how: SINCE_CLAUSE, strength: SINCE_CLAUSE_STRENGTH };
  }
  return null;
}

export const SINCE_CLAUSE = 'start of the span, as a clause';
/** What opens the clause after "since": its subject ("she", "the last trams", "Ada"). */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['PRON', 'DET', 'PROPN', 'NOUN']);
/** Words from "since" to the clause's verb: "since the last two trams left". */
const SINCE_SUBJECT_REACH = 5;
const SINCE_CLAUSE_WORDS = 14;
const SINCE_CLAUSE_STRENGTH = 0.6;

/** "since 2019", whether or not the time's text holds the "since". */
const sinceMarked = (tokens: readonly Token[], at: number): boolean => tokens[at]?.norm === 'since' || sinceBefore(tokens, at);

/** Words that open or close a span of time: "since 2017", "until the end of the 2028 season", "from 2016 to 2021" (wink writes "through" as "thru"). */
const SPAN_WORDS: ReadonlySet<string> = new Set(['since', 'until', 'till', 'through', 'thru', 'throughout', 'from', 'between']);

/** Whether a span word stands at the time or a few words before it in the same clause. */
function spanBounded(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k >= Math.max(0, at - 5) && (k === at || !isClauseEnd(tokens[k])); k -= 1) {
    // "on sale from 4 May", "freed from jail in 2021": "from" opens a span only where the
    // span's other end follows ("from 2016 to 2021").
    if (tokens[k].norm === 'from' && !tokens.slice(at + 1, at + SPAN_END_REACH).some((t) => SPAN_ENDS.has(t.norm))) continue;
    if (SPAN_WORDS.has(tokens[k].norm)) return true;
  }
  return false;
}

/**
 * "How long will the schools stay shut?" / "until at least Monday", "through Friday": a time that
 * answers how long is the end of a span, which its opening word tells ("Monday" alone does not).
 * The words from that word up to the time, or nothing.
 */
function spanOpening(sentence: Sentence, at: number): string {
  const tokens = sentence.tokens;
  const time = tokens[at];
  if (time === undefined || SPAN_CLOSERS.has(time.norm)) return '';
  for (let k = at - 1; k >= Math.max(0, at - SPAN_OPENING_WORDS); k -= 1) {
    if (SPAN_CLOSERS.has(tokens[k].norm)) return sentence.text.slice(tokens[k].start, time.start);
    if (!SPAN_QUALIFIERS.has(tokens[k].norm)) return '';
  }
  return '';
}

/**
 * "When does the road shut?" / "shuts for a week from 9 June"; "when was power back?"
 * / "by 3 a.m."; "until 8pm Saturday": a word that makes the time a start, an end or a bound of
 * what the sentence tells is part of the answer ("3 November" alone says it shuts that day).
 */
function boundWord(tokens: readonly Token[], at: number, text: string): string {
  const before = tokens[at - 1];
  if (before === undefined || !BOUND_WORDS.has(before.norm) || BOUND_WORDS.has(firstWord(text).toLowerCase())) return '';
  return `${before.text} `;
}

/**
 * "late 2029", "spring 2027", "early March", "around 1725": a word right before a year or a month
 * that says which part of it, or that it is near, is part of the time ("2029" says less, and "1725"
 * claims more than the sentence does).
 */
function partOfPeriod(tokens: readonly Token[], at: number, text: string): string {
  const before = tokens[at - 1];
  if (before === undefined || !PERIOD_PARTS.has(before.norm) || !PERIOD_START.test(text)) return '';
  return `${before.text} `;
}

/** Words for a part of a year or a month, or for a time only near the one written. */
const PERIOD_PARTS: ReadonlySet<string> = new Set(['late', 'early', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'around', 'circa', 'about', 'approximately']);
/** A time's text opening on a year or a month's name. */
const PERIOD_START = /^(?:\d{4}\b|January|February|March|April|May|June|July|August|September|October|November|December)/;

/** Words between the closer and the time: "until at least", "through next". */
const SPAN_QUALIFIERS: ReadonlySet<string> = new Set(['at', 'least', 'the', 'next', 'this', 'early', 'late', 'mid']);
const SPAN_OPENING_WORDS = 3;

/** Words that close a span opened by "from". */
const SPAN_ENDS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through', 'thru', '–', '-']);
const SPAN_END_REACH = 5;

/** "(19 February – 26 March 1945)": a time at either end of a dash between two times. */
function inRange(text: string, at: number, time: string): boolean {
  return /^\s*[–—-]\s*\d/.test(text.slice(at + time.length, at + time.length + 4)) || /\d\s*[–—-]\s*$/.test(text.slice(Math.max(0, at - 4), at));
}

/** "since 2019", or "last" after the auxiliary of the time's clause ("was last hit … in 2010"). */
function earlierMarked(tokens: readonly Token[], at: number): boolean {
  if (sinceMarked(tokens, at)) return true;
  for (let k = at - 1; k >= 0 && !isClauseEnd(tokens[k]); k -= 1) if (tokens[k].norm === 'last' && tokens[k - 1]?.pos === 'AUX') return true;
  return false;
}

/**
 * "… the busiest day since the ferry began sailing in 1994", "since Storm Wendel in 2019": the
 * time a "since" clause is told at is of the act it measures from. A question about a start
 * ("when was the ferry launched?") may be asking for just that, and a clause of "it" or of a word
 * the question holds may tell the asked act itself.
 */
function sinceOtherAct(ctx: Ctx, at: number): boolean {
  const { tokens } = ctx.sentence;
  if (ASKS_START.test(ctx.q.text)) return false;
  for (let k = at - 1; k >= 0 && !isClauseEnd(tokens[k]); k -= 1) {
    if (tokens[k].norm !== 'since') continue;
    // ("has traded since 1932 and will close on 25 May": "since" already took its own time.)
    if (tokens[k + 1].pos === 'NUM' || TIME_WORD.test(tokens[k + 1].text) || tokens[k + 1].pos === 'PRON') return false;
    return !tokens.slice(k + 1, at).some((t, j) => ctx.questionTerms.has(ctx.m.doc.terms[k + 1 + j] ?? ''));
  }
  return false;
}

/** A question about when something began: "when was it built", "what year did the fair start". */
const ASKS_START = /\b(?:built|found(?:ed)?|establish(?:ed)?|set up|form(?:ed)?|creat(?:e|ed)|start(?:ed)?|beg[ia]n|open(?:ed)?|launch(?:ed)?)\b/i;

/** Words that make a noun another of its kind: "a smaller flood", "a similar attack", "another strike". */
const ANOTHER = new Set(['another', 'similar', 'smaller', 'larger', 'bigger', 'lesser', 'previous', 'earlier', 'prior', 'separate', 'deadlier', 'worse', 'different']);

/**
 * "When did the flood strike?" / "After a smaller flood in 2016, …": the time is another flood's,
 * told of right before it.
 */
function anotherOfAsked(ctx: Ctx, at: number): boolean {
  const tokens = ctx.sentence.tokens;
  for (let k = at - 1; k >= Math.max(1, at - 5) && !isClauseEnd(tokens[k]); k -= 1) {
    if (tokens[k].pos === 'NOUN' && ANOTHER.has(tokens[k - 1].norm) && ctx.exact.includes(k) && askedAsHead(ctx.q, ctx.m.doc.terms[k])) {
      // "When did Westerhal bring in its cap?" / "Westerhal, which imposed a similar cap in 2016":
      // the other one is the one asked about.
      return !questionNames(ctx.q).some((n) => ctx.m.doc.terms.includes(n));
    }
  }
  return false;
}

/**
 * "When did inspectors visit the plant?" / "The manager quit on Friday, two weeks after inspectors
 * visited the plant": a time followed by "(an interval) after" or "before" is of the act told before
 * it; the act told after the "after" is another, earlier or later one. Where more of the question's
 * words stand in that second clause than before the time, the time is not the asked one.
 */
function beforeOtherEvent(ctx: Ctx, at: number): boolean {
  const tokens = ctx.sentence.tokens;
  let k = at + 1;
  while (k < tokens.length && k - at <= INTERVAL_REACH && !LINKING.has(tokens[k].norm) && !SENTENCE_STOPS.has(tokens[k].text) && !CLAUSE_VERBS.has(tokens[k].pos)) k += 1;
  if (k >= tokens.length || !LINKING.has(tokens[k].norm)) return false;
  let after = 0;
  for (let j = k + 1; j < tokens.length && !SENTENCE_STOPS.has(tokens[j].text); j += 1) if (ctx.exact.includes(j)) after += 1;
  const before = ctx.exact.filter((j) => j < at).length;
  return after > before;
}

/** How far past a time the "after" or "before" of an interval may stand ("on Thursday, just a week after"). */
const INTERVAL_REACH = 6;
const LINKING: ReadonlySet<string> = new Set(['after', 'before']);
const SENTENCE_STOPS: ReadonlySet<string> = new Set([';', '.', ':']);
const CLAUSE_VERBS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** Whether the question has the term as a noun of its own, not as the modifier of the next ("the flood wall"). */
function askedAsHead(q: QuestionAnalysis, term: string | null): boolean {
  const k = q.terms.findIndex((t) => t.term === term);
  const next = q.terms[k + 1];
  return k >= 0 && !(next?.pos === 'NOUN' && q.text.toLowerCase().includes(`${q.terms[k].word.toLowerCase()} ${next.word.toLowerCase()}`));
}

/**
 * "When did the mill close?" is not answered by "the mill will reopen on 7 March": a time whose
 * clause says, before it, that its act is still to come ("will", "shall") is no time gone by,
 * whether or not the article's date settles which side of it the time falls.
 */
function toldToCome(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && !isClauseEnd(tokens[k]); k -= 1) {
    // ("Riders will be able to cross after the bridge was reopened on Monday": the time's own
    // act, nearer it, is told in the past.)
    if (PAST_AUX.has(tokens[k].norm)) return false;
    if (FUTURE_AUX.has(tokens[k].norm)) return true;
  }
  return false;
}

const FUTURE_AUX: ReadonlySet<string> = new Set(['will', 'shall', "'ll"]);

/** Words of a sentence telling of what is still to come. */
const TO_COME = /\b(?:will|would|shall|due|set to|plans? to|planned|scheduled|expected|next|coming|from)\b/i;

/**
 * "When will the union hold its ballot?" is not answered by "made record profits two years ago" nor
 * by "the flight had left at 18:05": a time that has no date to weigh against the article's, but
 * is told as gone by ("ago", "earlier") or of a verb in the simple or the past perfect ("left",
 * "had burned"), is no time still to come. ("said it would meet on Monday", "hopes to restore it
 * within 48 hours", "has postponed the vote until May" and a plan, "set the hearing for June", are.)
 */
function goneBy(ctx: Ctx, f: TimeOption, at: number): boolean {
  // (An undated article has no date to weigh even a resolved time against: "began in February
  // 2023 and went on until April 2024".)
  if ((f.resolved !== undefined && ctx.m.doc.article.meta.date !== undefined) || at < 0) return false;
  if (GONE_BY.test(f.text)) return true;
  const tokens = ctx.sentence.tokens;
  for (let k = at - 1; k >= 0 && !isClauseEnd(tokens[k]); k -= 1) {
    const t = tokens[k];
    if (t.pos === 'AUX') return PAST_AUX.has(t.norm);
    if (t.pos !== 'VERB') continue;
    if (PLAN_VERBS.has(t.lemma) || t.norm === t.lemma || t.norm.endsWith('ing') || t.norm === `${t.lemma}s` || t.norm === `${t.lemma}es`) return false;
    // ("when completed in 2029", "once finished": a participle after its opener is a clause cut short.)
    if (k > 0 && CUT_SHORT_OPENERS.has(tokens[k - 1].norm)) return false;
    // A participle after an auxiliary is past only after a past one ("had left", "was held"; not
    // "has left", "will be held").
    let j = k - 1;
    while (j >= 0 && tokens[j].pos === 'ADV') j -= 1;
    // ("will remain closed until Wednesday": a participle after another verb says how a thing stays.)
    if (j >= 0 && tokens[j].pos === 'VERB') return false;
    return j < 0 || tokens[j].pos !== 'AUX' || PAST_AUX.has(tokens[j].norm);
  }
  return false;
}

/** Words that open a clause cut short to its participle ("when completed", "once approved"). */
const CUT_SHORT_OPENERS: ReadonlySet<string> = new Set(['when', 'once', 'if', 'until', 'unless', 'after', 'before', 'as']);
/** Times told as gone by. */
const GONE_BY = /\b(?:ago|earlier|previously)\b/i;
/** Auxiliaries of a clause told in the past ("the vote was on Monday", "had been at 6 p.m."). */
const PAST_AUX: ReadonlySet<string> = new Set(['had', 'was', 'were', 'did']);
/** Verbs that set a time still to come, in whatever tense they are written. */
const PLAN_VERBS: ReadonlySet<string> = new Set(['schedule', 'reschedule', 'set', 'plan', 'postpone', 'delay', 'move', 'push', 'expect', 'book', 'fix', 'slate', 'put', 'bring']);

/** Whether a resolved day falls within a week either side of the article's date: the story's own days. */
function sameWeek(written: string | undefined, resolved: string | undefined): boolean {
  if (!written || !resolved || written.length < 10 || resolved.length < 10) return false;
  return Math.abs(Date.parse(resolved.slice(0, 10)) - Date.parse(written.slice(0, 10))) <= WEEK_MS;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;
const POSSESSIVE = /^['’]s\b/;
const POSSESSIVE_TOKEN = /^['’]s$/;

/** Whether the noun phrase a time at `at` owns ("Sunday's parliamentary election") holds a question word. */
function ownsAskedNoun(ctx: Ctx, at: number): boolean {
  const { tokens } = ctx.sentence;
  let k = at;
  while (k < tokens.length && !POSSESSIVE_TOKEN.test(tokens[k].text)) k += 1;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j += 1) {
    if (ctx.exact.includes(j) || ctx.anchors.includes(j)) return true;
    if (tokens[j].pos !== 'ADJ' && tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'PROPN' && tokens[j].pos !== 'DET') return false;
  }
  return false;
}

/**
 * "When's the last bus?", "when did they last go away?": the question's "last" is of a thing or an
 * act, and a sentence's "last year" shares the word without telling when that was.
 */
function echoesQuestion(q: QuestionAnalysis, time: string): boolean {
  let words = q.memo.get(ECHOED);
  if (words === undefined) {
    const found = new Set<string>();
    for (const m of q.text.toLowerCase().matchAll(ECHO_WORD)) found.add(m[1]);
    q.memo.set(ECHOED, (words = found));
  }
  if (words.size === 0) return false;
  const first = /^\w+/.exec(time.toLowerCase())?.[0];
  return first !== undefined && words.has(first);
}

const ECHOED = memoKey<ReadonlySet<string>>('"last" or "next" the question writes of something other than a time');
const ECHO_WORD = /\b(last|next) (?!(?:year|week|month|night|time|weekend|season|summer|winter|spring|autumn|decade|century|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b)[a-z]/g;
/** What a time echoing the question’s "last" or "next" is worth: below the veto’s line. */
const ECHOED_TIME = 0.2;

/** How well a time fits the unit the question asks for ("what time", "what date"), 0..1. */
function unitFit(f: TimeOption, fits: readonly string[] | undefined, unit: string | undefined, sentence: string): number {
  // "On what date …?" is half answered by "on Friday" in an article that gives no date to count from.
  if (unit === 'date' && f.kind === 'weekday' && !f.resolved) return NEAR_UNIT;
  // "What date was the mural painted?" / "it dates from around 1620": a time so far back is known to
  // the year at best, and a rough year is the date asked.
  if (unit === 'date' && f.kind === 'year' && roughYear(sentence, f)) return 1;
  // "In what year was it founded?" is not answered by a day of the week or an hour at all.
  if (unit === 'year' && (f.kind === 'weekday' || f.kind === 'time-of-day')) return OTHER_UNIT;
  // "What time does the last bus leave?" is not answered by "on Friday 12 March": a day with no
  // part of it told ("late on Sunday" half answers) is no hour.
  if ((unit === 'time' || unit === 'hour') && (f.kind === 'date' || f.kind === 'weekday') && !PART_OF_DAY.test(f.text)) return OTHER_UNIT;
  if (!fits || fits.includes(f.kind) || (!f.fromFact && fits.includes('year') && /\d{4}/.test(f.text))) return 1;
  return COARSE.has(f.kind) || (f.kind === 'relative' && !f.resolved) ? OTHER_UNIT : NEAR_UNIT;
}

/** "around 1620", "about 900 BC", "c. 1350": a year given roughly, as only a long-gone one is. */
const roughYear = (sentence: string, f: TimeOption): boolean => ROUGH_YEAR.test(`${sentence.slice(Math.max(0, f.at - ROUGH_REACH), f.at)}${f.text}`) || BEFORE_CHRIST.test(sentence.slice(f.at, f.at + f.text.length + ROUGH_REACH));
const ROUGH_YEAR = /\b(?:around|about|circa|c\.|roughly|approximately)\s+\d{3,4}$/i;
const BEFORE_CHRIST = /^[^,;]*?\b(?:BC|BCE)\b/;
const ROUGH_REACH = 15;

/** How much a time of the unit a question names ("what time") counts over the sentence's others. */
const UNIT_BONUS = 0.5;

const WINDOW = /^(?:in|within) the (?:past|last|next|coming)\b/i;
const WINDOW_DURATION = 0.5;
/** What an interval between two events is worth as the answer to a plain "how long". */
const INTERVAL_FOR_LENGTH = 0.7;

/** "within six months", "in the next two weeks": a time still ahead, which answers no "when did/was". */
// ("next month", "in the new year", "later this year": still to come from the article's day,
// though an undated article resolves none of them.)
const AHEAD = /^(?:within|(?:in|over|during|by|from|until) the (?:next|coming)|(?:by |from |until )?next|(?:in|by|from) the new year|later this)\b/i;

/**
 * "What time did it make landfall?" is half answered by "late on Sunday", and hardly by a year;
 * "on what date?" hardly by "within 90 days".
 */
const NEAR_UNIT = 0.5;
const PART_OF_DAY = /\b(?:morning|afternoon|evening|night|overnight|midday|noon|midnight|dawn|dusk|early|late|lunchtime|teatime|rush hour)\b/i;
const OTHER_UNIT = 0.25;
const COARSE: ReadonlySet<string> = new Set(['year', 'month']);

/** The day a speaker spoke is not when what they speak of happened: below the veto's line. */
const REPORT_TIME = 0.25;

/** "When will it fly again?" answered by last October is no answer: below the veto's line. */
const WRONG_TENSE = 0.2;
/** What a point in time is worth as the length "how long" asks for: below the veto's line. */
const POINT_FOR_LENGTH = 0.25;
/** What a time not after "since" is worth to a "since when" question. */
const NOT_SINCE = 0.4;
/** Words that close a span at the time after them, asked by "until when". */
const UNTIL_WORDS: ReadonlySet<string> = new Set(['until', 'till', 'til']);
/** Words that close a span at the time after them: "until" and its kind, and "through". */
const SPAN_CLOSERS: ReadonlySet<string> = new Set([...UNTIL_WORDS, 'through', 'thru']);
/** Words that make the time after them a start, an end or a bound: those a year's fact keeps, and "until"'s kind. */
const BOUND_WORDS: ReadonlySet<string> = new Set([...YEAR_PREPOSITIONS, ...SPAN_CLOSERS]);
const firstWord = (text: string): string => {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
};
/** What a time is worth that only says which of the asked things is meant ("Sunday's flood"). */
const NAMING_TIME = 0.8;

const UNIT_KINDS: Record<string, string[]> = { day: ['weekday', 'date'], date: ['weekday', 'date'], year: ['year', 'date', 'month'], month: ['month', 'date'], time: ['time-of-day'], hour: ['time-of-day'] };

const ORDINAL_POINTS = new RegExp(ORDINAL_POINT.source, 'giu');
const NO_POINTS: readonly string[] = [];

/** The sentence's ordinal points ("in the 89th minute"): the same for every question, so found once per sentence (most have none, and share one empty list). */
function ordinalPoints(sentence: Sentence): readonly string[] {
  let entry = optionCache.get(sentence);
  if (!entry) optionCache.set(sentence, (entry = {}));
  if (!entry.points) {
    const points = [...sentence.text.matchAll(ORDINAL_POINTS)].map((m) => m[0]);
    entry.points = points.length > 0 ? points : NO_POINTS;
  }
  return entry.points;
}
/** "When was the club founded?", "when was the society set up?": when a body came into being. */
const FOUNDING_QUESTION = /^when (?:was|were)\b.*\b(?:founded|established|set up|formed)\b/i;
const WRITTEN_YEAR = /\b\d{4}\b/;
/** "When was X founded / built / set up?", "when did it first open?": when a thing came to be. */
const ORIGIN_QUESTION = /^when (?:was|were|did|is|are)\b.*\b(?:founded|established|set up|formed|built|created|first (?:opened|open|installed|install|introduced|launched|built|used|held|discovered))\b/i;
const ASKED_UNIT = /\b(?:what|which) (?:exact |precise |specific )?(time|minute|hour|date|day|week|month|year|half|quarter|period|round|lap|innings|set|stage|season)s?\b/i;
