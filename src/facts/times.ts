import type { Article, Sentence } from '../article/types.js';
import type { Token } from '../nlp/token.js';
import type { Draft } from './draft.js';
import { DEICTIC_DAYS, ERAS, MONTHS, NUMBER_WORDS, QUALIFIER_PHRASES, RELATIVE_DIRECTIONS, TIME_AFTER, TIME_BEFORE, TIME_UNITS, WEEKDAYS, YEAR_PREPOSITIONS } from './lexicon.js';
import { CLOCK_TIME, digitValue, isDigits, isYear, isYearAt, isZonedClock, MERIDIEM, TIME_ZONES } from './numbers.js';
import { isPossessive, spanText, startsUpper, tidy } from './tokens.js';
import type { TimeFact } from './types.js';

/** "7pm.", "5.30pm.": a clock time written with "am" or "pm" whole, then a full stop. */
const CLOCK_FULL_STOP = /\d\s?[ap]m\.$/i;

const LETTER_START = /^\p{L}/u;

/**
 * Time expressions: weekdays ("late on Thursday"), dates and months ("December 5, 2023"), years
 * ("until 2014"), relative times ("a day after", "two days ago", "yesterday"), durations ("for the
 * past few years") and times of day ("3:15am"). Resolved against the article date when it allows:
 * a weekday against a full YYYY-MM-DD date is that weekday on or before it.
 */

export interface PlacedTime {
  fact: Draft<TimeFact>;
  /** Token range in its sentence, for events that want the time of their clause. */
  from: number;
  to: number;
}

const WEEKDAY_INDEX = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "by the end of 2030", "in the spring of 2031", "in the second half of March": the part of a year
 * or a month written before it is the time told, not the whole year. Where token `at` has such a
 * part before it, the token the time starts at ("by", "the"); else `at`.
 */
function partOfStart(tokens: readonly Token[], at: number): number {
  if (tokens[at - 1]?.norm !== 'of' || !PARTS.has(tokens[at - 2]?.norm ?? '')) return at;
  let k = at - 3;
  if (ORDINAL_PART.has(tokens[k]?.norm ?? '')) k -= 1;
  if (tokens[k]?.norm !== 'the') return at;
  return PART_PREPOSITIONS.has(tokens[k - 1]?.norm ?? '') ? k - 1 : k;
}

const PARTS: ReadonlySet<string> = new Set(['end', 'start', 'beginning', 'middle', 'spring', 'summer', 'autumn', 'fall', 'winter', 'half', 'quarter', 'turn']);
const ORDINAL_PART: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'last']);
/** ("in the spring of 2031" keeps its "in" as "in 2031" does not: the part needs it.) */
const PART_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'in', 'until', 'till', 'before', 'after', 'from', 'since', 'at', 'towards', 'toward']);

/** Where token `i` opens "the weekend", "this weekend", "the new year", the token it ends at; else `i`. */
function namedPeriodEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i].norm;
  if (!PERIOD_OPENERS.has(t)) return i;
  if (tokens[i + 1]?.norm === 'weekend') return t === 'the' && !WEEKEND_PREPOSITIONS.has(tokens[i - 1]?.norm ?? '') ? i : i + 1;
  if (t === 'the' && tokens[i + 1]?.norm === 'new' && tokens[i + 2]?.norm === 'year' && WEEKEND_PREPOSITIONS.has(tokens[i - 1]?.norm ?? '') && !isPossessive(tokens[i + 3])) return i + 2;
  return i;
}

const PERIOD_OPENERS: ReadonlySet<string> = new Set(['the', 'this', 'last', 'next']);
/** ("The weekend was wet" names no time an act is told at: "the weekend" needs a preposition before it.) */
const WEEKEND_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'at', 'during', 'by', 'before', 'after', 'until', 'till', 'on', 'in', 'since', 'through', 'throughout']);

/** "mid-September", "early-2027", "late-March": a part of a month or of a year, as one word. */
const PART_OF = /^(?:mid|early|late)-((?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:1[89]|20)\d\d)$/i;
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

interface ArticleDate {
  year?: number;
  month?: number;
  day?: Date;
}

function readArticleDate(date: string | undefined): ArticleDate {
  if (!date) return {};
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return {};
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] && month ? new Date(Date.UTC(year, month - 1, Number(m[3]))) : undefined;
  return { year, month, day };
}

function shiftDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/**
 * The date of `weekday` on or before the article day; after it for "next Friday", on or after it
 * for a day in a clause about the future ("will meet on Wednesday").
 */
export function resolveWeekday(weekday: string, articleDate: string | undefined, direction: 'before' | 'after' | 'ahead' = 'before'): string | undefined {
  const { day } = readArticleDate(articleDate);
  const target = WEEKDAY_INDEX.indexOf(weekday.toLowerCase());
  if (!day || target < 0) return undefined;
  const current = day.getUTCDay();
  if (direction === 'after') return iso(shiftDays(day, ((target - current + 7) % 7) || 7));
  if (direction === 'ahead') return iso(shiftDays(day, (target - current + 7) % 7));
  return iso(shiftDays(day, -((current - target + 7) % 7)));
}

const MULTIPLIERS = new Set(['hundred', 'thousand', 'million', 'billion']);
/** Words before a year of another era that belong with it: "in 1300 BC", "around 1300 BC". */
const ERA_BEFORE: ReadonlySet<string> = new Set(['in', 'around', 'about', 'circa', 'c.', 'since', 'until', 'by', 'from', 'to']);

/** The month each season starts in (the northern hemisphere's, as most wire copy counts them). */
const SEASON_START: ReadonlyMap<string, number> = new Map([
  ['spring', 3],
  ['summer', 6],
  ['autumn', 9],
  ['fall', 9],
  ['winter', 12],
]);
/** Words that make a season a time: "next spring", "last summer", "in the autumn", "this winter". */
const SEASON_BEFORE: ReadonlySet<string> = new Set(['next', 'last', 'this', 'early', 'late', 'mid']);
/** "in the spring", "during the winter": only after these is "the" season a time. */
const SEASON_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'over', 'through', 'until', 'by', 'since', 'from']);

/**
 * The year of "next spring" or "last summer" told on the article's date: the next one starts after
 * that month, the last one ended before it (a season runs three months).
 */
function seasonYear(marker: string, start: number, year: number, month: number | undefined): number {
  if (month === undefined) return year;
  if (marker === 'next') return start > month ? year : year + 1;
  if (marker === 'last') return start + 2 < month ? year : year - 1;
  return year;
}
/** "2,000 years ago" still names a year; further back is an age, not a date. */
const MAX_YEARS_AGO = 2000;

/** Words that put a clause in the future: "will", "is due to", "plans to", "said it would". */
const FUTURE_MARKERS = new Set(['will', "'ll", 'shall', 'would', 'due', 'expected', 'scheduled', 'planned', 'plans', 'plan', 'going', 'set']);
/** Prepositions between a future marker and its time: "expected on Sunday". */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'by', 'at', 'from', 'until']);
/** Words that count a duration without a number: "for several weeks". */
const VAGUE_COUNTS = new Set(['several', 'many', 'some']);
/** Words joining the two ends of a range of counts ("five to seven", "two or three"). */
const RANGE_JOINS: ReadonlySet<string> = new Set(['to', 'or', '-']);
/** How far back from a time its clause's future marker may stand. */
const FUTURE_REACH = 30;

/** How many words of a qualifier ("at least", "about", "more than") start at k, or 0. */
function qualifierLength(tokens: readonly Token[], k: number): number {
  for (const q of QUALIFIER_PHRASES) if (q.every((w, j) => tokens[k + j]?.norm === w)) return q.length;
  return 0;
}

/**
 * "The roof fell in about nine seconds after the blast": a count after "in" is how long a thing
 * took, though "after" follows; "nine seconds after the blast" alone is a point in time. The
 * index of that "in", or -1.
 */
function takenIn(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 3; k -= 1) if (tokens[k].norm === 'in') return qualifierLength(tokens, k + 1) === i - k - 1 ? k : -1;
  return -1;
}

/** Does the clause holding token i speak of the future? A time in it is then still to come. */
function inFutureClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - FUTURE_REACH; k -= 1) {
    const t = tokens[k];
    if (t.text === '.' || t.text === ';' || t.text === ':') return false;
    if (!FUTURE_MARKERS.has(t.norm)) continue;
    // "due to", "set to", "plans to": only with their "to"; "will" and "would" as auxiliaries.
    if (t.norm === 'will' || t.norm === 'would' || t.norm === "'ll" || t.norm === 'shall') return t.pos === 'AUX' || t.pos === 'VERB';
    if (tokens[k + 1]?.norm === 'to' || t.norm === 'scheduled') return true;
    // "an easing expected on Sunday", "a verdict due next week": the time right after the marker.
    if (k === i - 1 || (k === i - 2 && TIME_PREPOSITIONS.has(tokens[k + 1].norm))) return true;
  }
  return false;
}

/**
 * Whether a month written without its year is told as still to come, so dated forward from the
 * article's: in a clause about the future as above, or where the verb group nearest before it is
 * a modal's ("could strike in January", "may not be working again until December") or in the
 * present ("the rules take effect on 1 August", "exams, which begin in May"), or where the month
 * opens the sentence and its clause goes on in the future ("In May, the library will open late …").
 * ("the level charged on 1 June", "had given them until October": a past verb keeps it behind.)
 */
function monthAhead(s: Sentence, i: number): boolean {
  const tokens = s.tokens;
  // (A caption tells what was in the present: "leaves the town hall after the vote in June".)
  return inFutureClause(tokens, i) || markerBeforeTo(tokens, i) || (!s.caption && verbGroupAhead(tokens, i)) || frontedBeforeFuture(tokens, i);
}

/** "expected the drug to be available from February": a future marker, its object, then "to". */
function markerBeforeTo(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - FUTURE_REACH && !CLAUSE_STOPS.has(tokens[k].text); k -= 1) {
    if (tokens[k].norm !== 'to' || tokens[k + 1]?.pos !== 'AUX' && tokens[k + 1]?.pos !== 'VERB') continue;
    for (let j = k - 1; j >= Math.max(0, k - OBJECT_REACH) && tokens[j].pos !== 'VERB' && tokens[j].pos !== 'AUX'; j -= 1) if (FUTURE_MARKERS.has(tokens[j - 1]?.norm ?? '') && tokens[j - 1].pos === 'VERB') return true;
    return false;
  }
  return false;
}

/**
 * Whether the verb group right before token i (its object and preposition between at most) is a
 * modal's or in the present. ("follows a recommendation from its committee in September": a verb
 * further off tells of its own object, not of the time.)
 */
function verbGroupAhead(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - VERB_GROUP_REACH && !CLAUSE_STOPS.has(tokens[k].text); k -= 1) {
    const t = tokens[k];
    // ("an open-ended strike": a hyphened word is no verb, however tagged.)
    if (t.pos !== 'VERB' || tokens[k - 1]?.text === '-') continue;
    // ("agreed to pay in January": an infinitive takes its time from the verb it hangs on.)
    if (tokens[k - 1]?.norm === 'to') return false;
    const j = pastAdverbs(tokens, k - 1);
    if (tokens[j]?.pos !== 'AUX') {
      // ("the storm hit in March": a verb whose past is its base form says nothing; nor one with no
      // subject before it, as wink may tag a noun: "readings, or samples, between May …".)
      return SUBJECTS.has(tokens[k - 1]?.pos ?? '') && !SAME_PAST.has(t.lemma) && (t.norm === t.lemma || t.norm === `${t.lemma}s` || t.norm === `${t.lemma}es`);
    }
    const aux = tokens[j].norm;
    // ("is backdated to 2 November": a present passive may tell of a past day.)
    if (AHEAD_MODALS.has(aux) || (PRESENT_AUX.has(aux) && t.norm.endsWith('ing'))) return true;
    return aux === 'be' && AHEAD_MODALS.has(tokens[pastAdverbs(tokens, j - 1)]?.norm ?? '');
  }
  return false;
}

/** The first position at or before k that is no adverb nor "not". */
function pastAdverbs(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j >= 0 && (tokens[j].pos === 'ADV' || tokens[j].norm === 'not' || tokens[j].norm === "n't")) j -= 1;
  return j;
}

/** "In May, the library will open late": a month opening the sentence, its clause's auxiliary after it. */
function frontedBeforeFuture(tokens: readonly Token[], i: number): boolean {
  if (i > 2 || tokens.slice(0, i).some((t) => t.pos !== 'ADP' && t.pos !== 'ADV')) return false;
  for (let k = i + 1; k < tokens.length && k <= i + FRONTED_REACH && !CLAUSE_STOPS.has(tokens[k].text); k += 1) {
    if (tokens[k].pos === 'AUX') return AHEAD_MODALS.has(tokens[k].norm);
    if (tokens[k].pos === 'VERB') return false;
  }
  return false;
}

const CLAUSE_STOPS: ReadonlySet<string> = new Set(['.', ';', ':']);
/** How far before a month its verb may stand ("could call an all-out strike in January"). */
const VERB_GROUP_REACH = 8;
const SUBJECTS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
/** How many words a future marker's object may run to before its "to" ("expected the new drug to"). */
const OBJECT_REACH = 4;
/** How far after a fronted month its clause's auxiliary may stand. */
const FRONTED_REACH = 8;
/** Auxiliaries of a clause that leaves its act ahead: modals and "will" ("could strike", "may reopen"). */
const AHEAD_MODALS: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'wo', 'ca']);
/** Auxiliaries in the present that tell no past act ("is held", "are starting", "does not open"). */
const PRESENT_AUX: ReadonlySet<string> = new Set(['is', 'are', 'am', 'does', 'do']);
/** Verbs whose past is written as their base form, which no tense can be read from. */
const SAME_PAST: ReadonlySet<string> = new Set(['cut', 'hit', 'put', 'set', 'let', 'shut', 'quit', 'cost', 'hurt', 'spread', 'bet', 'cast', 'split', 'read', 'beat', 'burst', 'broadcast', 'forecast', 'upset', 'bid']);

const isMonth = (t: Token | undefined): boolean =>
  t !== undefined && MONTHS.has(t.norm) && startsUpper(t.text) && (t.norm !== 'may' && t.norm !== 'march' ? true : t.pos === 'PROPN' || t.pos === 'NOUN');
const isDay = (t: Token | undefined): boolean => t !== undefined && startsWithDigit(t.text) && /^\d{1,2}(?:st|nd|rd|th)?$/u.test(t.text) && Number.parseInt(t.text, 10) <= 31;
/** Checked before the regular expression: it runs for every token, and few start with a digit. */
const startsWithDigit = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
};
const countWord = (t: Token | undefined): number | undefined =>
  t === undefined ? undefined : isDigits(t) ? digitValue(t.text) : t.norm === 'a' || t.norm === 'an' ? 1 : t.norm === 'few' || t.norm === 'several' ? NaN : NUMBER_WORDS.get(t.norm);

export function extractTimes(article: Article): PlacedTime[] {
  const out: PlacedTime[] = [];
  const date = article.meta.date;
  const ad = readArticleDate(date);
  for (const s of article.sentences) {
    const tokens = s.tokens;
    const used = new Set<number>();
    const push = (kind: TimeFact['kind'], from: number, to: number, resolved?: string): void => {
      for (let k = from; k <= to; k += 1) used.add(k);
      // ("at 7pm." closing a sentence: the full stop wink reads with the time is the sentence's, not an "a.m.".)
      const text = tidy(spanText(s, from, to));
      const fact: Draft<TimeFact> = { type: 'time', sentences: [s.index], text: kind === 'time-of-day' && CLOCK_FULL_STOP.test(text) ? text.slice(0, -1) : text, kind };
      if (resolved) fact.resolved = resolved;
      out.push({ fact, from, to });
    };
    for (let i = 0; i < tokens.length; i += 1) {
      if (used.has(i)) continue;
      const t = tokens[i];

      if (WEEKDAYS.has(t.norm) && startsUpper(t.text)) {
        const [from, to] = widen(tokens, i);
        // "next Friday", "until (at least) Friday", "by Friday": a day still to come.
        const before = tokens[i - 1]?.norm;
        // ("called a rally for Thursday", "the vote is set for Monday": a day set aside for something is still to come.)
        const ahead = before === 'next' || before === 'until' || before === 'till' || before === 'by' || (before === 'least' && tokens[i - 3]?.norm === 'until');
        const setFor = before === 'for';
        const dir = ahead ? 'after' : setFor || monthAhead(s, i) ? 'ahead' : 'before';
        push('weekday', from, to, resolveWeekday(t.norm, date, dir));
        continue;
      }

      if (isMonth(t)) {
        pushMonth(s, i, ad, push, undefined, monthAhead(s, i));
        continue;
      }
      if (isDay(t) && isMonth(tokens[i + 1])) {
        pushMonth(s, i + 1, ad, push, i, monthAhead(s, i));
        continue;
      }

      if (isYearAt(tokens, i) && t.pos === 'NUM' && !LETTER_START.test(tokens[i + 1]?.text ?? '') && tokens[i - 1]?.text !== '$') {
        const part = partOfStart(tokens, i);
        const from = part < i ? part : YEAR_PREPOSITIONS.has(tokens[i - 1]?.norm ?? '') ? i - 1 : i;
        push('year', from, i, t.text);
        continue;
      }

      // "by mid-September", "in mid-2027", "from early-2025": a part of a month or a year, which
      // English writes as one word.
      const part = PART_OF.exec(t.text);
      if (part) {
        const from = YEAR_PREPOSITIONS.has(tokens[i - 1]?.norm ?? '') ? i - 1 : i;
        const month = MONTHS.get(part[1].toLowerCase());
        if (month === undefined) push('year', from, i, part[1]);
        else {
          const year = ad.year === undefined || ad.month === undefined ? ad.year : inFutureClause(tokens, i) ? (month < ad.month ? ad.year + 1 : ad.year) : month > ad.month ? ad.year - 1 : ad.year;
          push('month', from, i, year === undefined ? undefined : `${year}-${pad(month)}`);
        }
        continue;
      }

      // "around AD 410": the era may come before the year, as "AD" does.
      if (ERAS.has(t.text) && isDigits(tokens[i + 1]) && !isDigits(tokens[i - 1])) {
        push('year', ERA_BEFORE.has(tokens[i - 1]?.norm ?? '') ? i - 1 : i, i + 1);
        continue;
      }

      // "around 1300 BC": a year of another era, which no date of the article's counts from.
      if (isDigits(t) && ERAS.has(tokens[i + 1]?.text ?? '')) {
        push('year', ERA_BEFORE.has(tokens[i - 1]?.norm ?? '') ? i - 1 : i, i + 1);
        continue;
      }

      const deictic = DEICTIC_DAYS.get(t.norm);
      if (deictic !== undefined) {
        push('relative', i, i, ad.day ? iso(shiftDays(ad.day, deictic)) : undefined);
        continue;
      }

      // "last week", "this year", "next month"
      if ((t.norm === 'last' || t.norm === 'this' || t.norm === 'next') && ['week', 'month', 'year'].includes(tokens[i + 1]?.norm ?? '')) {
        const unit = tokens[i + 1].norm;
        let resolved: string | undefined;
        if (unit === 'year' && ad.year) resolved = String(ad.year + (t.norm === 'last' ? -1 : t.norm === 'next' ? 1 : 0));
        const from = tokens[i - 1]?.norm === 'earlier' || tokens[i - 1]?.norm === 'later' ? i - 1 : i;
        push('relative', from, i + 1, resolved);
        continue;
      }

      // "next spring", "last summer", "in the autumn", "early this winter": a season, of the year it
      // falls in from the article's date. ("Spring 2027" is its year's.)
      // ("The summer heat", "the fall of the city", "during the fall in oil prices" are no times.)
      const season = SEASON_START.get(tokens[i + 1]?.norm ?? '');
      const seasonal = t.norm === 'the' ? SEASON_PREPOSITIONS.has(tokens[i - 1]?.norm ?? '') && tokens[i + 2]?.pos !== 'ADP' : SEASON_BEFORE.has(t.norm);
      if (season !== undefined && seasonal && !isYear(tokens[i + 2]) && tokens[i + 2]?.pos !== 'NOUN' && tokens[i + 2]?.norm !== 'of') {
        const from = (t.norm === 'this' || t.norm === 'the') && (tokens[i - 1]?.norm === 'early' || tokens[i - 1]?.norm === 'late' || tokens[i - 1]?.norm === 'in') ? i - 1 : i;
        push('relative', from, i + 1, ad.year === undefined ? undefined : String(seasonYear(t.norm, season, ad.year, ad.month)));
        continue;
      }

      // "over the weekend", "last weekend", "before the new year": a time of the story's own
      // calendar, named by words rather than a date.
      const named = namedPeriodEnd(tokens, i);
      if (named > i) {
        push('relative', WEEKEND_PREPOSITIONS.has(tokens[i - 1]?.norm ?? '') ? i - 1 : i, named);
        continue;
      }

      // "a day after", "two days ago", "three weeks later"
      const count = countWord(t);
      const unit = tokens[i + 1];
      const direction = tokens[i + 2];
      if (count !== undefined && unit && TIME_UNITS.has(unit.norm) && direction && RELATIVE_DIRECTIONS.has(direction.norm)) {
        const taken = takenIn(tokens, i);
        if (taken >= 0) {
          push('duration', taken, i + 1);
          continue;
        }
        // "183 million years ago": the number before a multiplier is part of the count, and an
        // age that far back is no date.
        const scaled = MULTIPLIERS.has(t.norm) && countWord(tokens[i - 1]) !== undefined;
        // ("10 to 14 days after infection": a range of counts is one interval, dated by neither end.)
        const ranged = !scaled && RANGE_JOINS.has(tokens[i - 1]?.norm ?? '') && countWord(tokens[i - 2]) !== undefined;
        const from = scaled ? i - 1 : ranged ? i - 2 : i;
        let resolved: string | undefined;
        if (direction.norm === 'ago' && ad.day && !Number.isNaN(count) && !scaled && !ranged) {
          const days = unit.lemma === 'day' ? count : unit.lemma === 'week' ? count * 7 : undefined;
          if (days !== undefined) resolved = iso(shiftDays(ad.day, -days));
          if (unit.lemma === 'year' && count <= MAX_YEARS_AGO) resolved = String(ad.day.getUTCFullYear() - count);
        }
        push('relative', from, i + 2, resolved);
        continue;
      }

      // "for the past few years", "over the last decade", "for three years"
      if (['for', 'over', 'during', 'in', 'within'].includes(t.norm)) {
        let k = i + 1;
        const article = tokens[k]?.norm === 'the';
        if (article) k += 1;
        const hasRecency = tokens[k]?.norm === 'past' || tokens[k]?.norm === 'last' || tokens[k]?.norm === 'next' || tokens[k]?.norm === 'coming';
        if (hasRecency) k += 1;
        // "for at least a week", "for about a year": a qualified count.
        const qualified = !article && !hasRecency && t.norm === 'for' ? qualifierLength(tokens, k) : 0;
        k += qualified;
        const counted = countWord(tokens[k]) !== undefined && (tokens[k]?.norm !== 'a' || qualified > 0);
        if (counted) k += 1;
        // "within four to six days", "for two or three weeks": a range of counts is one count.
        if (counted && RANGE_JOINS.has(tokens[k]?.norm ?? '') && countWord(tokens[k + 1]) !== undefined && tokens[k + 1].norm !== 'a') k += 2;
        // "for weeks, possibly months", "for several years": a duration without a number.
        if (t.norm === 'for' && !article && !hasRecency && !counted) {
          const unit = VAGUE_COUNTS.has(tokens[k]?.norm ?? '') ? k + 1 : k;
          if (/s$/.test(tokens[unit]?.norm ?? '') && TIME_UNITS.has(tokens[unit].norm)) {
            push('duration', i, unit);
            continue;
          }
        }
        // "expected within three weeks": a time still to come, counted from the article's.
        if (t.norm === 'within' && counted && !article && TIME_UNITS.has(tokens[k]?.norm ?? '')) {
          push('relative', i, k);
          continue;
        }
        // "for last year" is a relative time, not a duration.
        if (hasRecency && !article && !counted) continue;
        if (TIME_UNITS.has(tokens[k]?.norm ?? '') && (hasRecency || k > i + 1) && (hasRecency || t.norm === 'for' || t.norm === 'over')) {
          push('duration', i, k);
          continue;
        }
      }

      // "3:15am", "22:40", "10 p.m.", "noon", "midnight" (wink reads "22:40" as a number)
      const clock = t.kind === 'time' || (t.kind === 'number' && CLOCK_TIME.test(t.text) && t.text.includes(':'));
      // "10 p.m.", "11.40 pm", "4:20 a.m.": a number before am or pm, which belongs to it.
      const meridiemNext = MERIDIEM.test(tokens[i + 1]?.norm ?? '');
      const beforeMeridiem = (isDigits(t) || /^(?:[01]?\d|2[0-3])\.[0-5]\d$/.test(t.text)) && meridiemNext;
      const zoned = isZonedClock(tokens, i);
      if (clock || zoned || beforeMeridiem || t.norm === 'noon' || t.norm === 'midnight') {
        let to = (clock && !meridiemNext) || zoned || t.norm === 'noon' || t.norm === 'midnight' ? i : i + 1;
        if (tokens[to + 1]?.norm === 'local' && tokens[to + 2]?.norm === 'time') to += 2;
        // "at 03:42 GMT", "by 1500 GMT": the zone belongs to the time.
        else if (TIME_ZONES.has(tokens[to + 1]?.text ?? '')) to += 1;
        // "4.20am": wink reads the hour and the dot apart from "20am"; "10.40pm" as "10.4" and "0pm".
        const hour = tokens[i - 2];
        const split = t.kind === 'time' && tokens[i - 1]?.text === '.' && hour !== undefined && isDigits(hour) && hour.end === tokens[i - 1].start && tokens[i - 1].end === t.start;
        // ("until 5.30pm." closing a sentence: wink keeps the full stop on "0pm.".)
        const decimal = t.kind === 'time' && /^\d(?:am|pm)\.?$/i.test(t.text) && tokens[i - 1]?.end === t.start && /^\d{1,2}\.\d$/.test(tokens[i - 1].text);
        push('time-of-day', clockQualifierStart(tokens, split ? i - 2 : decimal ? i - 1 : i), to);
      }
    }
  }
  return out;
}

/**
 * "shortly after 3 p.m.", "just before 11 pm", "about 6:40 a.m.": a clock time the event only came
 * near belongs with those words.
 */
function clockQualifierStart(tokens: readonly Token[], from: number): number {
  if (CLOCK_SIDES.has(tokens[from - 1]?.norm ?? '') && CLOCK_NEARLY.has(tokens[from - 2]?.norm ?? '')) return from - 2;
  return CLOCK_ABOUT.has(tokens[from - 1]?.norm ?? '') ? from - 1 : from;
}

const CLOCK_ABOUT: ReadonlySet<string> = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost']);

const CLOCK_SIDES: ReadonlySet<string> = new Set(['after', 'before']);
const CLOCK_NEARLY: ReadonlySet<string> = new Set(['shortly', 'just', 'soon', 'right', 'well']);

/** "late on Thursday", "last Friday", "Friday night"; the possessive is dropped ("Thursday's"). */
function widen(tokens: readonly Token[], i: number): [number, number] {
  let from = i;
  while (from > 0 && from > i - 2 && TIME_BEFORE.has(tokens[from - 1].norm)) from -= 1;
  let to = i;
  if (TIME_AFTER.has(tokens[i + 1]?.norm ?? '') && !isPossessive(tokens[i + 1])) to = i + 1;
  return [from, to];
}

function pushMonth(
  s: Sentence,
  m: number,
  ad: ArticleDate,
  push: (kind: TimeFact['kind'], from: number, to: number, resolved?: string) => void,
  dayBefore?: number,
  future = false,
): void {
  const tokens = s.tokens;
  const month = MONTHS.get(tokens[m].norm) ?? 0;
  let from = dayBefore ?? m;
  let to = m;
  let day: number | undefined = dayBefore !== undefined ? Number.parseInt(tokens[dayBefore].text, 10) : undefined;
  if (day === undefined && isDay(tokens[m + 1])) {
    day = Number.parseInt(tokens[m + 1].text, 10);
    to = m + 1;
  }
  let year: number | undefined;
  let k = to + 1;
  if (tokens[k]?.text === ',' && isYear(tokens[k + 1])) k += 1;
  if (isYear(tokens[k])) {
    year = Number(tokens[k].text);
    to = k;
  } else if (ad.year !== undefined && tokens[k + 1]?.norm === 'year' && ['last', 'next', 'this'].includes(tokens[k]?.norm ?? '')) {
    // "14 March next year", "in May last year".
    year = ad.year + (tokens[k].norm === 'last' ? -1 : tokens[k].norm === 'next' ? 1 : 0);
    to = k + 1;
  }
  const part = partOfStart(tokens, from);
  if (part < from) from = part;
  else if (from > 0 && ['in', 'on', 'since', 'until', 'by', 'early', 'late', 'mid', 'last', 'next'].includes(tokens[from - 1].norm)) {
    if (tokens[from - 1].norm !== 'in' && tokens[from - 1].norm !== 'on') from -= 1;
  }
  // Without a year, a month after the article's month is last year's, and a month before it in a
  // clause about the future is next year's.
  if (year === undefined && ad.year !== undefined) {
    year = ad.month === undefined ? ad.year : future ? (month < ad.month ? ad.year + 1 : ad.year) : month > ad.month ? ad.year - 1 : ad.year;
  }
  const resolved = year === undefined ? undefined : day !== undefined ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
  push(day !== undefined ? 'date' : 'month', from, to, resolved);
}
