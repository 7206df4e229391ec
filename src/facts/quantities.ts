import type { Article, Sentence } from '../article/types.js';
import type { Token } from '../nlp/token.js';
import type { Draft } from './draft.js';
import { type UnitKind, CURRENCY_SYMBOLS, CURRENCY_WORDS, DISTANCE_RELATIONS, ERAS, isPersonNoun, MONTHS, PERSON_PRONOUNS, MULTIPLIERS, NUMBER_QUALIFIERS, NUMBER_WORDS, QUALIFIER_PHRASES, RELATIVE_DIRECTIONS, DEICTIC_OPENERS, TIME_UNITS, UNITS, WEEKDAYS } from './lexicon.js';
import type { NameIndex } from './name-index.js';
import { digitValue, isDigits, isYearAt, isZonedClock, MERIDIEM, readNumber, TIME_ZONES, type NumberRead } from './numbers.js';
import { phraseStartingAt } from './phrases.js';
import { isPunct, spanText, startsLower, startsUpper, tidy } from './tokens.js';
// The word vectors' vocabulary (40,000 words) is the one word list at hand of what English commonly
// writes: a static table, not the sentence index this stage comes before.
import { vectorId } from '../index/embeddings.js';
import type { QuantityFact, QuantityKind } from './types.js';

const UPPER_START = /^\p{Lu}/u;

/**
 * Quantities: distances ("five kilometres (three miles) away from Homs", the conversion kept in
 * the text), counts ("dozens of fighters", "two central towns"), percents, money ("$4.2 billion",
 * "€300m"), ages ("aged 54", "54-year-old", "Jane Doe, 54,"), durations and other measures, each
 * with what it measures and, when the sentence attributes it, its source.
 */

function qualifierStart(tokens: readonly Token[], i: number): number {
  for (const q of QUALIFIER_PHRASES) {
    const from = i - q.length;
    if (from < 0) continue;
    if (q.every((w, k) => tokens[from + k].norm === w)) return from;
  }
  return i;
}

/** Nouns for a match's result, which a score may stand before ("a 4-0 home defeat"). */
const RESULT_NOUNS: ReadonlySet<string> = new Set(['win', 'victory', 'defeat', 'loss', 'draw', 'thrashing', 'drubbing', 'rout', 'home', 'away', 'scoreline', 'result']);

/** "four to six days", "20-30 people", "between 20 and 27 kilograms": the start of a range, with its qualifier, or `i`. */
function rangeStart(tokens: readonly Token[], i: number): number {
  const joint = tokens[i - 1];
  const first = tokens[i - 2];
  const isNumber = first !== undefined && (first.kind === 'number' || NUMBER_WORDS.has(first.norm));
  // "between 20 and 27 kilograms": the range opens on its "between".
  if (joint?.norm === 'and' && isNumber && tokens[i - 3]?.norm === 'between') return i - 3;
  if (!joint || !RANGE_JOINTS.has(joint.norm)) return i;
  // "from 38,000 in 2000 to about 21,000": a year is no start of a range of counts.
  if (!isNumber || isYearAt(tokens, i - 2)) return i;
  const start = qualifierStart(tokens, i - 2);
  // "fees rose from £60 to £85": a "from" before the first number tells a change, whose end stands alone.
  return joint.norm === 'to' && tokens[CURRENCY_SYMBOLS.has(tokens[start - 1]?.text ?? '') ? start - 2 : start - 1]?.norm === 'from' ? i : start;
}

const RANGE_JOINTS = new Set(['to', '-', '–', 'or']);

interface UnitRead {
  kind: QuantityKind;
  unit: string;
  /** Last token of the unit. */
  to: number;
}

const RATE_WORDS: ReadonlySet<string> = new Set(['per', 'an', 'a']);
const SPEED_TIMES: ReadonlyMap<string, string> = new Map([['hour', 'h'], ['minute', 'min'], ['second', 's']]);

/** Words between a count and its unit of time that say how the time ran: "for nine straight days", "two more years". */
const RUN_WORDS: ReadonlySet<string> = new Set(['consecutive', 'straight', 'successive', 'more', 'further', 'additional', 'extra']);

/** "19 consecutive days", "at least two more years": a duration with a word on its run before the unit. */
function runOfTime(tokens: readonly Token[], k: number): UnitRead | undefined {
  const next = tokens[k + 1];
  const unit = next === undefined ? undefined : (UNITS.get(next.norm) ?? UNITS.get(next.lemma));
  return unit?.kind === 'duration' ? { kind: 'duration', unit: unit.unit, to: k + 1 } : undefined;
}

/** A unit right after a number (a hyphen allowed: "54-year-old", "6.8-magnitude"). */
function readUnit(tokens: readonly Token[], at: number, currencies: ReadonlySet<string> = NO_CURRENCIES): UnitRead | undefined {
  let k = at;
  if (tokens[k]?.text === '-') k += 1;
  const t = tokens[k];
  if (!t) return undefined;
  if (t.text === '%' || (t.norm === 'per' && tokens[k + 1]?.norm === 'cent')) return { kind: 'percent', unit: '%', to: t.text === '%' ? k : k + 1 };
  if (t.norm === 'percent') return { kind: 'percent', unit: '%', to: k };
  // "0.5 percentage points", "50 basis points": a change in a rate.
  if ((t.norm === 'percentage' || t.norm === 'basis') && POINTS.has(tokens[k + 1]?.norm ?? '')) return { kind: 'percent', unit: t.norm === 'basis' ? 'bp' : 'pp', to: k + 1 };
  const currency = CURRENCY_WORDS.get(t.norm) ?? (currencies.has(t.norm) ? t.norm : undefined) ?? attributiveCurrency(tokens, k, currencies);
  if (currency) return { kind: 'money', unit: currency, to: k };
  if ((t.norm === 'square' || t.norm === 'sq') && UNITS.get(tokens[k + 1]?.norm ?? '')?.kind === 'distance') {
    return { kind: 'area', unit: `sq ${UNITS.get(tokens[k + 1].norm)?.unit}`, to: k + 1 };
  }
  // "km/h"
  if (t.norm === 'km' && tokens[k + 1]?.text === '/' && tokens[k + 2]?.norm === 'h') return { kind: 'speed', unit: 'km/h', to: k + 2 };
  // "24,600 nautical miles": a distance at sea.
  if (t.norm === 'nautical' && (tokens[k + 1]?.norm === 'mile' || tokens[k + 1]?.norm === 'miles')) return { kind: 'distance', unit: 'nautical mile', to: k + 1 };
  // "2C", "3.6F": a capital C or F written against the number is a temperature; "50.7 C" too,
  // with a space, when no capitalised word follows (as one of a name would: "12 C Street").
  const spaced = tokens[k - 1]?.kind === 'number' && tokens[k - 1].text.includes('.') && !UPPER_START.test(tokens[k + 1]?.text ?? '');
  if ((t.text === 'C' || t.text === 'F') && tokens[k - 1]?.kind === 'number' && (tokens[k - 1].end === t.start || spaced)) {
    return { kind: 'temperature', unit: t.text === 'C' ? '°C' : '°F', to: k };
  }
  const unit = UNITS.get(t.norm) ?? UNITS.get(t.lemma);
  if (!unit) return RUN_WORDS.has(t.norm) ? runOfTime(tokens, k) : undefined;
  // "nine Year 10 pupils", "on Day 3 of the trial": a unit's word written with a capital, a number
  // right after it, is a label of that number ("Year 10" is a class), and the number before it
  // counts the labelled things, not years or days.
  if (UPPER_START.test(t.text) && tokens[k + 1]?.kind === 'number') return undefined;
  // "80 kilometres per hour", "200 metres an hour": a distance in a unit of time is a speed.
  const per = unit.kind === 'distance' && RATE_WORDS.has(tokens[k + 1]?.norm ?? '') ? SPEED_TIMES.get(tokens[k + 2]?.norm ?? '') : undefined;
  if (per) return { kind: 'speed', unit: unit.unit === 'mile' && per === 'h' ? 'mph' : `${unit.unit}/${per}`, to: k + 2 };
  // "51.3 degrees Celsius", "124.3 degrees Fahrenheit": the scale after "degrees" is part of the unit.
  if (unit.kind === 'temperature' && (t.norm === 'degree' || t.norm === 'degrees')) {
    const scale = tokens[k + 1]?.norm;
    if (scale === 'celsius' || scale === 'centigrade' || scale === 'c') return { kind: 'temperature', unit: '°C', to: k + 1 };
    if (scale === 'fahrenheit' || scale === 'f') return { kind: 'temperature', unit: '°F', to: k + 1 };
  }
  // "54-year-old", "54 years old", "a baby four months old"
  if (unit.kind === 'duration') {
    const after = tokens[k + 1]?.text === '-' ? k + 2 : k + 1;
    if (tokens[after]?.norm === 'old') return { kind: 'age', unit: unit.unit, to: after };
  }
  return { kind: unit.kind === 'other' ? 'other' : unit.kind, unit: unit.unit, to: k };
}

/**
 * "a 90 million mark fund", "a 20 thaler fine": a currency written in the singular, as a noun's
 * modifier, is the plural one the lexicon or the article knows. (Only before a noun: "passed the 50
 * mark" is no sum.)
 */
const HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'ADJ']);

function attributiveCurrency(tokens: readonly Token[], k: number, currencies: ReadonlySet<string>): string | undefined {
  const t = tokens[k];
  // (wink tags the noun after such a sum by its other senses as often as not: "grant", "fine".)
  const next = tokens[k + 1];
  if (next === undefined || !HEAD_POS.has(next.pos) || !LOWER_WORD.test(next.text) || t.pos === 'PROPN') return undefined;
  const plural = `${t.norm}s`;
  return CURRENCY_WORDS.get(plural) ?? (currencies.has(plural) ? plural : undefined);
}

/** What may close the age written after a name: a comma, or the clause's or sentence's end. */
const AGE_CLOSERS: ReadonlySet<string> = new Set([',', '.', ';']);
/** Words that open the clause an age is told in ("when she was 34"), and that go on after it ("… 34 and her sons …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'while', 'as', 'after', 'before', 'since', 'until', 'because', 'and', 'but', ',']);
const CLAUSE_GOES_ON: ReadonlySet<string> = new Set(['and', 'but', 'when', 'while']);

/** A conversion in parentheses right after a quantity: "(three miles)". */
function conversionEnd(tokens: readonly Token[], at: number, currencies: ReadonlySet<string>): number | undefined {
  if (tokens[at]?.text !== '(') return undefined;
  // "(about $56.3 million)", "($7.4 billion)": an amount of money converted, with its sign first.
  let k = tokens[at + 1] && NUMBER_QUALIFIERS.has(tokens[at + 1].norm) ? at + 2 : at + 1;
  const sign = tokens[k] !== undefined && CURRENCY_SYMBOLS.has(tokens[k].text);
  if (sign) k += 1;
  const n = readNumber(tokens, k);
  if (!n) return undefined;
  const u = readUnit(tokens, n.to + 1, currencies);
  const end = u ? u.to : sign ? n.to : undefined;
  return end !== undefined && tokens[end + 1]?.text === ')' ? end + 1 : undefined;
}

/** The token after a bracketed aside at `at` ("(about one cubic mile)"), or `at` itself. */
function pastBrackets(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== '(') return at;
  const close = tokens.findIndex((t, k) => k > at && t.text === ')');
  return close > at && close - at <= 8 ? close + 1 : at;
}

function phraseText(s: Sentence, from: number, to: number): string {
  return tidy(spanText(s, from, to));
}

/** Up to the next comma or the end of the sentence, at most `max` tokens. */
function untilComma(tokens: readonly Token[], from: number, max = 8): number {
  let k = from;
  while (k < tokens.length && k - from < max && tokens[k].text !== ',' && tokens[k].text !== '.' && tokens[k].text !== ';' && tokens[k].text !== '(') k += 1;
  return k - 1;
}

const POINTS = new Set(['point', 'points']);

/** "half a percentage point", "a quarter of a percentage point": a fraction of a point, and its last token. */
function fractionOfPoint(tokens: readonly Token[], i: number): { value: number; to: number } | undefined {
  let k = i;
  if (tokens[k]?.norm === 'a' || tokens[k]?.norm === 'one' || tokens[k]?.norm === 'three') k += 1;
  const share = tokens[k]?.norm === 'half' ? 0.5 : tokens[k]?.norm === 'quarter' ? 0.25 : tokens[k]?.norm === 'quarters' && tokens[i].norm === 'three' ? 0.75 : undefined;
  if (share === undefined || (share === 0.5 && k !== i)) return undefined;
  k += tokens[k + 1]?.norm === 'of' ? 2 : 1;
  if (tokens[k]?.norm !== 'a' || tokens[k + 1]?.norm !== 'percentage' || !POINTS.has(tokens[k + 2]?.norm ?? '')) return undefined;
  return { value: share, to: k + 2 };
}

const FRACTIONS = new Map([['half', 2], ['third', 3], ['quarter', 4], ['fifth', 5], ['sixth', 6], ['eighth', 8], ['tenth', 10]]);
const FRACTION_COUNTS = new Map([['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['seven', 7], ['nine', 9]]);

/** "a third", "two-thirds", "half", each followed by "of": the share and its last token. */
function readFraction(tokens: readonly Token[], i: number): { value: number; to: number } | undefined {
  const t = tokens[i];
  // "half of …" needs no count, but "the first half of the year" is a period, not a share.
  const before = tokens[i - 1];
  if (t.norm === 'half' && tokens[i + 1]?.norm === 'of' && !(before && (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'NUM'))) return { value: 0.5, to: i };
  const count = FRACTION_COUNTS.get(t.norm);
  if (count === undefined) return undefined;
  let k = i + 1;
  if (tokens[k]?.text === '-') k += 1;
  const part = tokens[k]?.norm;
  const denominator = part === undefined ? undefined : FRACTIONS.get(part.endsWith('s') && count > 1 ? part.slice(0, -1) : part);
  if (denominator === undefined || count >= denominator) return undefined;
  // "fell by about a third", "up by a quarter": a change told as a share needs no "of" (but "by a
  // third vote" is a place in a series).
  const by = tokens[qualifierStart(tokens, i) - 1]?.norm === 'by' && tokens[k + 1]?.pos !== 'NOUN' && tokens[k + 1]?.pos !== 'ADJ';
  if (tokens[k + 1]?.norm !== 'of' && !by) return undefined;
  return { value: count / denominator, to: k };
}

/**
 * "roughly a mile", "half a mile", "in just under an hour", "took almost a decade": where one (or
 * half) of a unit of distance or time starts, and its value. (Not "about a year ago": a time, told
 * back from another.)
 */
function oneUnit(tokens: readonly Token[], i: number): { from: number; value: number; kind: UnitKind } | undefined {
  const kind = UNITS.get(tokens[i + 1]?.norm ?? '')?.kind;
  if ((tokens[i].norm !== 'a' && tokens[i].norm !== 'an') || (kind !== 'distance' && kind !== 'duration') || tokens[i + 2]?.text === '-') return undefined;
  if (kind === 'duration' && RELATIVE_DIRECTIONS.has(tokens[i + 2]?.norm ?? '')) return undefined;
  if (tokens[i - 1]?.norm === 'half') return { from: qualifierStart(tokens, i - 1), value: 0.5, kind };
  const from = qualifierStart(tokens, i);
  return from < i ? { from, value: 1, kind } : undefined;
}

/** A result or score written as one token: "3-1", "2–2". */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/u;

/**
 * "4-6, 7-6 (8-6), 6-3": a match won over sets is one score, set by set, a tie-break in brackets.
 * The last token of the run of scores from `at`.
 */
function setsEnd(tokens: readonly Token[], at: number): number {
  let end = at;
  for (;;) {
    // A tie-break in brackets belongs to its set.
    if (tokens[end + 1]?.text === '(' && SCORE.test(tokens[end + 2]?.text ?? '') && tokens[end + 3]?.text === ')') end += 3;
    if (tokens[end + 1]?.text !== ',' || !SCORE.test(tokens[end + 2]?.text ?? '')) return end;
    end += 2;
  }
}

/** Words a vote's tally follows: "voted 41 to 20", "passed 23 to 18", "by 310 votes to 190". */
const TALLY_AFTER: ReadonlySet<string> = new Set(['voted', 'vote', 'votes', 'passed', 'approved', 'rejected', 'backed', 'by']);

/** A tally at token i: two whole numbers joined by "to" (or "votes to"), after a word of voting. */
function isTally(tokens: readonly Token[], i: number): boolean {
  // ("by a vote of six to one": after "of" too.)
  const before = tokens[i - 1]?.norm === 'of' && tokens[i - 2]?.lemma === 'vote' ? 'vote' : (tokens[i - 1]?.norm ?? '');
  if (!wholeCount(tokens[i]) || !TALLY_AFTER.has(before)) return false;
  const votes = tokens[i + 1]?.norm === 'votes';
  // "rose by 2 to 7%" is a change, not a tally.
  if (before === 'by' && !votes) return false;
  const to = votes ? i + 2 : i + 1;
  return tokens[to]?.norm === 'to' && wholeCount(tokens[to + 1]) && tokens[to + 2]?.text !== '%';
}

/** "41", "seven": a whole number written alone. */
const wholeCount = (t: Token | undefined): boolean => t !== undefined && (/^\d{1,4}$/.test(t.text) || (NUMBER_WORDS.get(t.norm) ?? 0) >= 1);

function isDateNumber(tokens: readonly Token[], n: NumberRead): boolean {
  const before = tokens[n.from - 1];
  const after = tokens[n.to + 1];
  return (before !== undefined && MONTHS.has(before.norm) && startsUpper(before.text)) || (after !== undefined && MONTHS.has(after.norm) && startsUpper(after.text));
}

const NO_CURRENCIES: ReadonlySet<string> = new Set();

/**
 * Currencies the lexicon does not know, named as such by the article itself: "4.2 million korins
 * (about $3.1 million)" converts one, "the krell was little changed against the dollar" trades one,
 * and "fined 90 lirets" / "a grant of 240 million sterns" pays one.
 */
function articleCurrencies(article: Article): ReadonlySet<string> {
  let found: Set<string> | undefined;
  for (const s of article.sentences) {
    const tokens = s.tokens;
    for (let i = 1; i < tokens.length - 1; i += 1) {
      // The cheap tests first: this runs over every token of every article.
      const before = tokens[i - 1];
      const afterNumber = before.kind === 'number' || MULTIPLIERS.has(before.norm);
      if (!afterNumber && before.norm !== 'the') continue;
      const t = tokens[i];
      if (t.kind !== 'word' || CURRENCY_WORDS.has(t.norm) || UNITS.has(t.norm) || !LOWER_WORD.test(t.text)) continue;
      const bracketed = afterNumber && tokens[i + 1].text === '(';
      const sign = NUMBER_QUALIFIERS.has(tokens[i + 2]?.norm ?? '') ? i + 3 : i + 2;
      const converted = bracketed && CURRENCY_SYMBOLS.has(tokens[sign]?.text ?? '');
      if (converted || (before.norm === 'the' && tradedAgainst(tokens, i)) || (afterNumber && paidIn(tokens, i))) (found ??= new Set()).add(t.norm);
    }
  }
  return found ?? NO_CURRENCIES;
}

/**
 * Words a sum is paid, charged or given by, a few words before it: "will pay 12 lirets", "fined 90
 * lirets", "a deal worth a reported 1.8 million solvars", "a grant of 240 million sterns".
 */
const MONEY_CUES = new Set([
  ...['pay', 'paid', 'pays', 'paying', 'fined', 'charged', 'worth', 'priced', 'costing', 'spend', 'spent', 'earns', 'earned', 'invested', 'donated', 'borrowed', 'owes', 'owed'],
  ...['grant', 'fine', 'fee', 'fees', 'budget', 'salary', 'wage', 'wages', 'bill', 'compensation', 'investment', 'loan', 'bonus', 'penalty', 'price', 'sells', 'sold', 'bought'],
]);
const MONEY_CUE_REACH = 4;

/**
 * Whether the word at `at`, right after a number, is a sum's currency: a money word stands a few
 * words before the number, and the word is no common English one (so "cost 400 jobs" and "earned
 * three points" name no currency: the cue alone would say they do).
 */
function paidIn(tokens: readonly Token[], at: number): boolean {
  let start = at - 1;
  while (start > 0 && (tokens[start - 1].kind === 'number' || MULTIPLIERS.has(tokens[start].norm))) start -= 1;
  // ("Members pay £30 a month": a sum written with its sign has its currency; the word after is no other.)
  if (CURRENCY_SYMBOLS.has(tokens[start - 1]?.text ?? '')) return false;
  let cued = false;
  for (let k = start - 1; k >= Math.max(0, start - MONEY_CUE_REACH); k -= 1) {
    if (MONEY_CUES.has(tokens[k].norm)) cued = true;
    if (cued || isPunct(tokens[k])) break;
  }
  return cued && vectorId(tokens[at].norm) < 0;
}

const LOWER_WORD = /^\p{Ll}+$/u;

/** "the krell was little changed against the dollar": a known currency a few words on. */
function tradedAgainst(tokens: readonly Token[], at: number): boolean {
  for (let j = at + 1; j < Math.min(tokens.length - 2, at + 8); j += 1) {
    if (tokens[j].norm === 'against' && tokens[j + 1].norm === 'the' && CURRENCY_WORDS.has(tokens[j + 2].norm)) return true;
  }
  return false;
}

export function extractQuantities(article: Article, index: NameIndex, sourceAt: (sentence: number, token: number) => string | undefined): Draft<QuantityFact>[] {
  const out: Draft<QuantityFact>[] = [];
  const currencies = articleCurrencies(article);
  for (const s of article.sentences) {
    const tokens = s.tokens;
    const push = (kind: QuantityKind, from: number, to: number, value: number | null, unit?: string, measures?: string): void => {
      const fact: Draft<QuantityFact> = { type: 'quantity', sentences: [s.index], kind, text: phraseText(s, from, to), value };
      if (unit) fact.unit = unit;
      if (measures) fact.measures = measures;
      const source = sourceAt(s.index, from);
      if (source) fact.source = source;
      out.push(fact);
    };

    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i];
      // "beating Port Aldren 3-1", "a 4-0 home defeat": two counts joined by a dash, with nothing
      // counted after them but a match's result.
      if (t.kind === 'number' && SCORE.test(t.text) && (tokens[i + 1]?.pos !== 'NOUN' || RESULT_NOUNS.has(tokens[i + 1].norm) || RESULT_NOUNS.has(tokens[i + 2]?.norm ?? ''))) {
        const end = setsEnd(tokens, i);
        push('score', i, end, null);
        i = end + 1;
        continue;
      }
      // "voted 41 to 20", "passed 23 to 18", "by 310 votes to 190": a tally.
      if (isTally(tokens, i)) {
        const end = tokens[i + 1].norm === 'votes' ? i + 3 : i + 2;
        push('score', i, end, null);
        i = end + 1;
        continue;
      }
      // "finished in 2:21:48", "the old record of 1:51.62": a race's time, hours (or minutes) to
      // seconds, a duration; a clock is told "at" ("at 14:32:07 GMT").
      if (t.kind === 'number' && RACE_TIME.test(t.text) && !CLOCK_BEFORE.has(tokens[i - 1]?.norm ?? '') && !clockAfter(tokens[i + 1])) {
        push('duration', qualifierStart(tokens, i), i, null, 'race time');
        i += 1;
        continue;
      }
      // "marked his 104th birthday": the age he turned.
      if (t.kind === 'ordinal' && tokens[i + 1]?.norm === 'birthday' && ORDINAL_NUMBER.test(t.text)) {
        push('age', i, i + 1, Number.parseInt(t.text, 10), 'year', ageOf(index, s, i));
        i += 2;
        continue;
      }
      // "Talks broke down twice in January": how many times (not "twice as many", a ratio).
      const times = TIMES_WORDS.get(t.norm);
      if (times !== undefined && !RATIO_AFTER.has(tokens[i + 1]?.norm ?? '')) {
        push('count', i, i, times);
        i += 1;
        continue;
      }
      // "by half a percentage point": a change in a rate.
      const point = fractionOfPoint(tokens, i);
      if (point) {
        push('percent', qualifierStart(tokens, i), point.to, point.value, 'pp');
        i = point.to + 1;
        continue;
      }
      // "almost a third of their ice", "half of the budget", "two-thirds of voters": a share.
      const share = readFraction(tokens, i);
      if (share) {
        push('percent', qualifierStart(tokens, i), share.to, Math.round(share.value * 1000) / 10, '%', ofPhrase(s, share.to + 1));
        i = share.to + 1;
        continue;
      }
      // "roughly a mile", "about a kilometre", "half a mile", "under an hour": one of a unit of distance or time, after a
      // qualifier or "half" (not "a mile-long queue", nor "a mile from the sea" told as a place).
      const one = oneUnit(tokens, i);
      if (one) {
        push(one.kind, one.from, i + 1, one.value, UNITS.get(tokens[i + 1].norm)?.unit);
        i += 2;
        continue;
      }
      const currency = CURRENCY_SYMBOLS.get(t.text);
      const n = readNumber(tokens, currency ? i + 1 : i);
      if (!n || tokens[n.from].kind === 'time') {
        i += 1;
        continue;
      }
      const numberStart = currency ? i : n.from;
      const from = rangeStart(tokens, qualifierStart(tokens, numberStart));
      const unit = readUnit(tokens, n.to + 1, currencies);
      // Years and dates belong to time expressions ("around 1300 BC" too).
      if (!currency && !unit && n.from === n.to && (isYearAt(tokens, n.from) || isZonedClock(tokens, n.from) || isDateNumber(tokens, n) || ERAS.has(tokens[n.to + 1]?.text ?? ''))) {
        i = n.to + 1;
        continue;
      }
      if (tokens[n.from].pos === 'PRON' || (tokens[n.from].norm === 'one' && (tokens[n.to + 1]?.norm === 'of' || !unit && tokens[n.to + 1]?.pos !== 'NOUN'))) {
        i = n.to + 1;
        continue;
      }

      if (currency) {
        const amount = unit?.kind === 'money' ? unit.to : n.to;
        const end = conversionEnd(tokens, amount + 1, currencies) ?? amount;
        push('money', from, end, n.value, currency, measuredBy(s, from));
        i = end + 1;
        continue;
      }
      // "magnitude 6.8"
      if (!unit && tokens[n.from - 1]?.norm === 'magnitude') {
        push('other', n.from - 1, n.to, n.value, 'magnitude');
        i = n.to + 1;
        continue;
      }
      // "aged 54", "at the age of 52"
      const ageStart = unit ? -1 : ageWordsBefore(tokens, n.from);
      if (ageStart >= 0) {
        // "aged between 29 and 61": one age, of the range.
        const end = tokens[n.from - 1]?.norm === 'between' && tokens[n.to + 1]?.norm === 'and' && isDigits(tokens[n.to + 2]) ? n.to + 2 : n.to;
        push('age', ageStart, end, end === n.to ? n.value : digitValue(tokens[end].text), 'year', ageOf(index, s, ageStart));
        i = end + 1;
        continue;
      }
      // "Jane Doe, 54, said", "… and engineer Ruth Osterly, 36."
      // ("… founded by a retired teacher, Ada Brenn, now 78.": "now" tells the age she has today.)
      const comma = tokens[n.from - 1]?.norm === 'now' ? n.from - 2 : n.from - 1;
      if (!unit && tokens[comma]?.text === ',' && AGE_CLOSERS.has(tokens[n.to + 1]?.text ?? '.') && n.value !== null && n.value < 120) {
        const person = (index.chunks[s.index] ?? []).find((c) => c.end === comma);
        if (person && index.kind(person.entity) === 'person') {
          push('age', n.from, n.to, n.value, 'year', person.entity);
          i = n.to + 1;
          continue;
        }
        // "The governor, 49, who took office last year": the one the article gave that title.
        const role = tokens[n.from - 2];
        if (!person && comma === n.from - 1 && tokens[n.from - 3]?.norm === 'the' && role?.pos === 'NOUN' && isPersonNoun(role.norm)) {
          const holder = index.personAged(s.index, n.from - 3, String(n.value), role.norm);
          if (holder) {
            push('age', n.from, n.to, n.value, 'year', holder);
            i = n.to + 1;
            continue;
          }
        }
      }
      // "He was 87.": an obituary's age, of the person the pronoun refers back to.
      // ("… in 1987, when she was 34 and her sons were pupils": so is one in a clause of its own.)
      const pronoun = n.from - 2;
      if (!unit && n.value !== null && n.value < 120 && (AGE_CLOSERS.has(tokens[n.to + 1]?.text ?? '.') || (pronoun > 0 && CLAUSE_GOES_ON.has(tokens[n.to + 1]?.norm ?? ''))) && (pronoun === 0 || (pronoun > 0 && CLAUSE_OPENERS.has(tokens[pronoun - 1].norm))) && PERSON_PRONOUNS.has(tokens[pronoun]?.norm ?? '') && (tokens[n.from - 1].norm === 'was' || tokens[n.from - 1].norm === 'is')) {
        const holder = index.referent(s.index, { from: pronoun, to: pronoun }).name;
        if (holder) {
          push('age', n.from, n.to, n.value, 'year', holder);
          i = n.to + 1;
          continue;
        }
      }
      // "Thessaly Quarrow is 92 and still drives", "his aunt, who is 84 and lives alone", "who was 23
      // when she emigrated": an age told of a person by "is" or "was".
      const told = !unit && n.value !== null && n.value < 120 && n.from === n.to ? ageToldOf(index, s, n.from) : undefined;
      if (told !== undefined) {
        push('age', n.from, n.to, n.value, 'year', told);
        i = n.to + 1;
        continue;
      }
      if (unit) {
        if (unit.kind === 'duration' && RELATIVE_DIRECTIONS.has(tokens[unit.to + 1]?.norm ?? '')) {
          i = unit.to + 2;
          continue;
        }
        let end = unit.to;
        // "2 hours 4 minutes 51 seconds", "1 hour and 20 minutes": one duration.
        if (unit.kind === 'duration') end = compoundDurationEnd(tokens, end);
        const conv = conversionEnd(tokens, end + 1, currencies);
        if (conv !== undefined) end = conv;
        let measures: string | undefined;
        if (unit.kind === 'distance' && DISTANCE_RELATIONS.has(tokens[end + 1]?.norm ?? '')) measures = phraseText(s, end + 1, untilComma(tokens, end + 1));
        else if (unit.kind === 'age') measures = nameAfterAge(index, s, unit.to) ?? ageOf(index, s, from) ?? agedReferent(index, s, from, unit.to, n.value) ?? nounAfter(s, unit.to + 1);
        else if (unit.kind === 'percent' || unit.kind === 'money') measures = ofPhrase(s, end + 1) ?? measuredBy(s, from);
        // "1.8 tonnes (4,000 pounds) of anhydrous ammonia", "12,400 hectares of forest".
        else if (unit.kind === 'weight' || unit.kind === 'area') measures = ofPhrase(s, end + 1);
        else if (unit.kind === 'other' && unit.unit === 'magnitude') measures = nounAfter(s, unit.to + 1);
        // "the 132-metre (433ft) vessel", "a 48-hour strike": a measure written as an adjective
        // measures the noun it stands before.
        if (measures === undefined && tokens[n.to + 1]?.text === '-') measures = countedPhrase(s, end + 1)?.text ?? verbTaggedCompound(s, end + 1);
        push(unit.kind, from, unit.kind === 'age' ? unit.to : end, n.value, unit.unit, measures);
        i = end + 1;
        continue;
      }
      // "a Phase 3 trial", "the Route 9 bus": a number in a capitalised label counts nothing. (A
      // determiner opens the label: "gave the Green Party 12 seats", "flew to Tarn 25 times" count.)
      // So does an "of": "a group of Year 8 pupils" are no eight.
      if (from === n.from && namesLabel(tokens[from - 1]) && (tokens[from - 2]?.pos === 'DET' || tokens[from - 2]?.norm === 'of')) {
        i = n.to + 1;
        continue;
      }
      // Counts: "two central towns", "dozens of fighters", "at least 42 people". ("To around 300
      // last year": a time told after a count is not what it counts, and the count stands alone.)
      const timed = deicticTime(tokens, n.to + 1);
      const counted = timed ? undefined : countedPhrase(s, n.to + 1);
      if (counted) {
        // "4.1 cubic kilometres (about one cubic mile) of ice" measures the ice.
        const volume = /^(?:cubic|square) /.test(counted.text) ? ofPhrase(s, pastBrackets(tokens, counted.to + 1)) : undefined;
        push('count', from, counted.to, n.value, undefined, volume ?? counted.text);
        i = counted.to + 1;
        continue;
      }
      // "a crowd of 61,240", "a workforce of 4,000": what is counted is named before "of"; "the
      // number of permanent residents has fallen … to about 21,000": by the clause's subject.
      const whole = countedBefore(s, from) ?? numberOfSubject(s, from);
      if (whole !== undefined || timed) {
        push('count', from, n.to, n.value, undefined, whole);
        i = n.to + 1;
        continue;
      }
      i = n.to + 1;
    }
  }
  return out;
}

/**
 * The end of the smaller units that follow a duration's first ("4 minutes 51 seconds" after "2
 * hours"; "2 hours, 21 minutes and 48 seconds"). Only a smaller unit goes on: "for 2 hours, 3 days
 * later" is two.
 */
function compoundDurationEnd(tokens: readonly Token[], end: number): number {
  for (;;) {
    const comma = tokens[end + 1]?.text === ',';
    const at = tokens[end + 1]?.norm === 'and' ? end + 2 : comma ? (tokens[end + 2]?.norm === 'and' ? end + 3 : end + 2) : end + 1;
    const next = readNumber(tokens, at);
    const unit = next ? readUnit(tokens, next.to + 1) : undefined;
    if (!next || !unit || unit.kind !== 'duration' || next.from !== next.to) return end;
    // ("up from five weeks two years earlier": a larger unit after a smaller one starts another.)
    if (!(DURATION_RANK[unit.unit] < DURATION_RANK[readUnit(tokens, end)?.unit ?? ''])) return end;
    end = unit.to;
  }
}

/** Units of time, smallest first: which may follow which in one duration. */
const DURATION_RANK: Record<string, number> = { second: 0, minute: 1, hour: 2, day: 3, week: 4, month: 5, year: 6 };

/** "2:21:48", "1:51.62": hours, minutes and seconds, or minutes, seconds and their hundredths. */
const RACE_TIME = /^(?:\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d+)?|\d{1,2}:[0-5]\d\.\d+)$/;
const CLOCK_BEFORE: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'from', 'after', 'before', 'around', 'about']);
/** A word that makes the number before it a clock time: "a.m.", "GMT", "local (time)". */
const clockAfter = (t: Token | undefined): boolean => t !== undefined && (MERIDIEM.test(t.norm) || TIME_ZONES.has(t.text) || t.norm === 'local');

/** Words that count times. ("Once" is left out: mostly it means "when", "once the deal is signed".) */
const TIMES_WORDS: ReadonlyMap<string, number> = new Map([
  ['twice', 2],
  ['thrice', 3],
]);
/** "twice as many", "twice the size", "twice a week": no count of times. */
const RATIO_AFTER: ReadonlySet<string> = new Set(['as', 'the', 'a', 'an', 'that', 'more', 'its', 'their', 'his', 'her', 'over']);

/** "to about 21,000 today": a day after a count tells when, not what is counted. */
const TIME_NOUNS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'now']);

/** "last year", "this week", "next Tuesday": a time told from now. */
const deicticTime = (tokens: readonly Token[], at: number): boolean =>
  DEICTIC_OPENERS.has(tokens[at]?.norm ?? '') && (TIME_UNITS.has(tokens[at + 1]?.norm ?? '') || WEEKDAYS.has(tokens[at + 1]?.norm ?? '') || MONTHS.has(tokens[at + 1]?.norm ?? ''));

/** "6 p.m." is a time of day, not six of something. */
const CLOCK_MARKERS: ReadonlySet<string> = new Set(['a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm']);

/** A capitalised noun (not a month) right before a number, which it labels: "Phase", "Route", "Terminal". */
function namesLabel(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'PROPN' || t.pos === 'NOUN') && startsUpper(t.text) && !MONTHS.has(t.norm);
}

/** What a count counts: the noun phrase after it, or after "of". */
function countedPhrase(s: Sentence, at: number): { to: number; text: string } | undefined {
  const tokens = s.tokens;
  const start = tokens[at]?.norm === 'of' ? at + 1 : at;
  const first = tokens[start];
  // "2,400 planned operations", "40 stolen laptops": a participle before the noun describes it.
  if (first?.pos === 'VERB' && PARTICIPLE.test(first.norm) && tokens[start + 1]?.pos === 'NOUN') {
    let to = start + 1;
    while (tokens[to + 1]?.pos === 'NOUN') to += 1;
    return { to, text: phraseText(s, start, to) };
  }
  if (!first || first.pos === 'VERB' || first.pos === 'AUX' || CLOCK_MARKERS.has(first.norm) || TIME_NOUNS.has(first.norm)) return undefined;
  const span = phraseStartingAt(tokens, start, 6);
  if (!span) return undefined;
  // Stop at the head noun: the last noun of the first run.
  let to = span.from;
  for (let k = span.from; k <= span.to; k += 1) {
    if (tokens[k].norm === 'of') break;
    to = k;
  }
  while (to > span.from && tokens[to].pos !== 'NOUN' && tokens[to].pos !== 'PROPN') to -= 1;
  if (tokens[to].pos !== 'NOUN' && tokens[to].pos !== 'PROPN') return undefined;
  to = headPastNameWords(tokens, coordinatedHead(tokens, to));
  return { to, text: phraseText(s, tokens[span.from].pos === 'DET' ? span.from + 1 : span.from, to) };
}

/**
 * "a 20-metre lift shaft", "the 5km cycle path": a hyphened measure stands before a noun phrase, so
 * a word wink tags a verb right before its noun modifies that noun. The phrase, if so.
 */
function verbTaggedCompound(s: Sentence, at: number): string | undefined {
  const tokens = s.tokens;
  if (tokens[at]?.pos !== 'VERB' || tokens[at + 1]?.pos !== 'NOUN') return undefined;
  let to = at + 1;
  while (tokens[to + 1]?.pos === 'NOUN') to += 1;
  return phraseText(s, at, to);
}

/**
 * "112 bronze and ivory artefacts": words joined by "and" or "or" may all stand before one head
 * noun, which is what is counted. The end of that head, or `to` where nothing is joined so.
 */
function coordinatedHead(tokens: readonly Token[], to: number): number {
  if (tokens[to + 1]?.norm !== 'and' && tokens[to + 1]?.norm !== 'or') return to;
  let end = to + 1;
  while (end + 1 < tokens.length && end - to <= JOINED_WORDS && (tokens[end + 1].pos === 'NOUN' || tokens[end + 1].pos === 'ADJ')) end += 1;
  // The joined words end on a noun, with no noun of their own right after: "bronze and ivory" ends at "artefacts".
  return end > to + 2 && tokens[end].pos === 'NOUN' && tokens[end + 1]?.pos !== 'NOUN' ? end : to;
}

/**
 * "180 Shetland Grey sheep", "a flock of 90 Kelbrook Down ewes": a breed's or a make's capitalised
 * words (whatever wink tags them, "Down" as a preposition) stand before the noun that is counted,
 * though the phrase seems to end on them. The head is the lowercase noun they lead to, or `to`
 * where none follows ("30 Land Rover Defenders").
 */
function headPastNameWords(tokens: readonly Token[], to: number): number {
  if (!startsUpper(tokens[to].text)) return to;
  let k = to + 1;
  while (k <= to + NAME_WORDS_REACH && tokens[k] !== undefined && startsUpper(tokens[k].text)) k += 1;
  let head = -1;
  for (; tokens[k]?.pos === 'NOUN' && LOWER_WORD.test(tokens[k].text); k += 1) head = k;
  return head >= 0 ? head : to;
}

/** How many more capitalised words a breed's or a make's name may run to. */
const NAME_WORDS_REACH = 3;

/** Words after "and" that may still lead to the shared head noun. */
const JOINED_WORDS = 3;

/** Participles, regular or not: "planned", "stolen", "written", "grown". */
const PARTICIPLE = /(?:ed|ing|en|wn)$/;

/** "a crowd of [about] 61,240": the noun before "of", when a determiner makes it a whole being counted. */
function countedBefore(s: Sentence, from: number): string | undefined {
  const tokens = s.tokens;
  const noun = tokens[from - 2];
  if (tokens[from - 1]?.norm !== 'of' || noun?.pos !== 'NOUN' || !/^(?:a|an|the)$/.test(tokens[from - 3]?.norm ?? '')) return undefined;
  return noun.text;
}

/** The things "the number of …" counts, when it is the subject of the clause a bare number ends. */
function numberOfSubject(s: Sentence, from: number): string | undefined {
  const tokens = s.tokens;
  let k = from - 1;
  while (k > 0 && from - k <= SUBJECT_REACH && tokens[k].text !== ';' && !(tokens[k].norm === 'number' && tokens[k + 1]?.norm === 'of' && tokens[k - 1].norm === 'the')) k -= 1;
  if (k <= 0 || from - k > SUBJECT_REACH || tokens[k].text === ';') return undefined;
  const span = phraseStartingAt(tokens, k + 2, 6);
  return span ? phraseText(s, span.from, span.to) : undefined;
}

const SUBJECT_REACH = 20;

function nounAfter(s: Sentence, at: number): string | undefined {
  const t = s.tokens[at];
  return t && t.pos === 'NOUN' ? t.text : undefined;
}

/** "12% of the vote" → "the vote". */
function ofPhrase(s: Sentence, at: number): string | undefined {
  if (s.tokens[at]?.norm !== 'of') return undefined;
  const span = phraseStartingAt(s.tokens, at + 1, 6);
  return span ? phraseText(s, span.from, span.to) : undefined;
}

/** "a profit of $4.2bn" → "profit"; "revenue rose to €300m" → "revenue". */
function measuredBy(s: Sentence, from: number): string | undefined {
  const tokens = s.tokens;
  let k = from - 1;
  if (tokens[k]?.norm === 'of' || tokens[k]?.norm === 'to' || tokens[k]?.norm === 'at' || tokens[k]?.norm === 'by') k -= 1;
  if (tokens[k]?.pos === 'NOUN') return tokens[k].text;
  // "revenue rose to …": the subject noun before a verb.
  if (tokens[k]?.pos === 'VERB' && tokens[k - 1]?.pos === 'NOUN') return tokens[k - 1].text;
  return undefined;
}

const ORDINAL_NUMBER = /^\d+(?:st|nd|rd|th)$/i;
const AGE_COPULA: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);
const OLDEST: ReadonlySet<string> = new Set(['oldest', 'youngest', 'eldest']);
/** How far before its "was" the superlative may stand ("the oldest of them was"). */
const SUPERLATIVE_REACH = 4;

/** Where "aged" or "the age of" starts right before a number, or -1. */
function ageWordsBefore(tokens: Sentence['tokens'], at: number): number {
  if (tokens[at - 1]?.norm === 'aged') return at - 1;
  if (tokens[at - 1]?.norm === 'between' && tokens[at - 2]?.norm === 'aged') return at - 2;
  // "aged 29, 36 and 41": each number of the list is an age.
  for (let k = at - 1; k > 0 && (tokens[k].text === ',' || tokens[k].norm === 'and') && isDigits(tokens[k - 1]); k -= 2) {
    if (tokens[k - 2]?.norm === 'aged') return at;
  }
  // "212 people, the oldest of whom was 101": what the oldest or youngest was is an age.
  if (AGE_COPULA.has(tokens[at - 1]?.norm ?? '')) {
    for (let k = at - 2; k >= 0 && k >= at - SUPERLATIVE_REACH; k -= 1) if (OLDEST.has(tokens[k].norm)) return at;
  }
  if (tokens[at - 1]?.norm !== 'of' || tokens[at - 2]?.norm !== 'age') return -1;
  return tokens[at - 3]?.norm === 'the' ? at - 3 : at - 2;
}

/**
 * "The 27-year-old Sundrian erased the mark": the person the article told of, by that age or
 * last. Not "the 58-year-old factory": the noun after the age, if any, is a person's.
 */
function agedReferent(index: NameIndex, s: Sentence, from: number, to: number, age: number | null): string | undefined {
  if (s.tokens[from - 1]?.norm !== 'the' || age === null) return undefined;
  const noun = s.tokens[to + 1];
  const person = noun === undefined || noun.pos !== 'NOUN' || UPPER_START.test(noun.text) || isPersonNoun(noun.norm);
  return person ? index.personAged(s.index, from - 1, String(age), noun?.norm) : undefined;
}

/**
 * Whose age a bare number at `at` is, told by "is" or "was" (or "is now") of a person just before:
 * a name ("Thessaly Quarrow is 92", "the eldest, Thessaly Quarrow, is 92") or a "who" after one
 * ("his aunt, who is 84"), and the clause ending or going on after it. Not "the score was 3 and …": no person.
 * ("Thessaly Quarrow, now 78 and retired": "now" after a name's comma tells it as well.)
 */
function ageToldOf(index: NameIndex, s: Sentence, at: number): string | undefined {
  const tokens = s.tokens;
  const after = tokens[at + 1];
  if (!AGE_CLOSERS.has(after?.text ?? '.') && !CLAUSE_GOES_ON.has(after?.norm ?? '')) return undefined;
  const now = tokens[at - 1]?.norm === 'now';
  const copula = now ? at - 2 : at - 1;
  if (now && tokens[copula]?.text === ',') return personEndingAt(index, s, copula);
  if (!AGE_COPULA.has(tokens[copula]?.norm ?? '')) return undefined;
  const relative = tokens[copula - 1]?.norm === 'who';
  const subjectEnd = relative || tokens[copula - 1]?.text === ',' ? copula - 1 : copula;
  if (!relative) return personEndingAt(index, s, subjectEnd);
  const nameEnd = tokens[subjectEnd - 1]?.text === ',' ? subjectEnd - 1 : subjectEnd;
  // ("… looking after his aunt, who is 84": the person named by a noun; "Thessaly Quarrow of the
  // county choir, who was 23": the one named last before.)
  const noun = tokens[nameEnd - 1];
  return personEndingAt(index, s, nameEnd) ?? (noun !== undefined && isPersonNoun(noun.norm) ? noun.norm : ageOf(index, s, nameEnd));
}

/**
 * "… alongside nine-year-old Tilda Obersnap, the club's youngest member": an age written as an
 * adjective is the age of the name it stands before (over a noun or two: "the 15-year-old
 * schoolboy Tom Wixerley"), not of a person named earlier in the sentence.
 */
function nameAfterAge(index: NameIndex, s: Sentence, old: number): string | undefined {
  let k = old + 1;
  while (k - old <= NOUNS_BEFORE_NAME && s.tokens[k]?.pos === 'NOUN' && startsLower(s.tokens[k].text)) k += 1;
  const chunk = (index.chunks[s.index] ?? []).find((c) => c.outerStart === k || c.start === k);
  // ("The 27-year-old Dulmarian won": one capitalised word may be a nationality, told of the person met before.)
  return chunk !== undefined && (chunk.end - chunk.start > 1 || index.kind(chunk.entity) === 'person') ? chunk.entity : undefined;
}

/** How many common nouns may stand between an age and the name it is of ("15-year-old schoolboy"). */
const NOUNS_BEFORE_NAME = 2;

/** The person whose name ends right before token `end`. */
function personEndingAt(index: NameIndex, s: Sentence, end: number): string | undefined {
  return (index.chunks[s.index] ?? []).find((c) => c.end === end && index.kind(c.entity) === 'person')?.entity;
}

function ageOf(index: NameIndex, s: Sentence, at: number): string | undefined {
  const before = (index.chunks[s.index] ?? []).filter((c) => c.end <= at && index.kind(c.entity) === 'person');
  return before.length > 0 ? before[before.length - 1].entity : undefined;
}
