import type { Token } from '../nlp/token.js';
import { MULTIPLIERS, NUMBER_WORDS, VAGUE_COUNTS } from './lexicon.js';

const HYPHENATED_WORDS = /^(\p{L}+)-(\p{L}+)$/u;

/** Reading numbers written as digits or words, over tokens. */

export interface NumberRead {
  /** Token range [from, to] of the number with its multiplier ("4.2 billion", "two hundred"). */
  from: number;
  to: number;
  /** Null for vague amounts ("dozens"). */
  value: number | null;
}

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/u;

/** True for an ASCII digit (what \\d means), checked before any regular expression runs. */
const digitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

export const isDigits = (t: Token | undefined): boolean => t !== undefined && digitAt(t.text, 0) && DIGITS.test(t.text);
export const digitValue = (text: string): number => Number(text.replace(/,/g, ''));

/** A year written alone: 1800-2100, four digits. */
export const isYear = (t: Token | undefined): boolean => t !== undefined && t.text.length === 4 && /^(?:1[89]\d\d|20\d\d|2100)$/u.test(t.text);

export const TIME_ZONES: ReadonlySet<string> = new Set(['GMT', 'UTC', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'PDT']);

/** "22:40", "5.40": hours and minutes of a clock. */
export const CLOCK_TIME = /^(?:[01]?\d|2[0-3])[:.][0-5]\d$/;

/** "a.m.", "pm": the half of the day a clock time is in. */
export const MERIDIEM = /^(?:a\.?m\.?|p\.?m\.?)$/u;

/** "at 0440 local time", "by 1500 GMT": a 24-hour time in four digits, told by its zone. */
export const isZonedClock = (tokens: readonly Token[], i: number): boolean =>
  /^(?:[01]\d|2[0-3])[0-5]\d$/u.test(tokens[i]?.text ?? '') && ((tokens[i + 1]?.norm === 'local' && tokens[i + 2]?.norm === 'time') || TIME_ZONES.has(tokens[i + 1]?.text ?? ''));

/** Words that tell an earlier century's year: "completed in 1431", "the fire of 1721", "since 1648". */
const OLD_YEAR_CUES: ReadonlySet<string> = new Set(['in', 'of', 'since', 'until', 'till', 'before', 'after', 'from', 'around', 'circa']);

/**
 * A year at `i`: 1800-2100 alone, or 1000-1799 after a word that tells a year (news writes a count
 * that large with a comma, "1,431 homes", so four bare digits there are a date).
 */
export const isYearAt = (tokens: readonly Token[], i: number): boolean =>
  isYear(tokens[i]) || (tokens[i] !== undefined && /^1[0-7]\d\d$/u.test(tokens[i].text) && OLD_YEAR_CUES.has(tokens[i - 1]?.norm ?? ''));

function wordValue(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  const direct = NUMBER_WORDS.get(t.norm);
  if (direct !== undefined) return direct;
  // "twenty-five" as one token.
  const m = t.norm.includes('-') ? HYPHENATED_WORDS.exec(t.norm) : null;
  if (m) {
    const a = NUMBER_WORDS.get(m[1]);
    const b = NUMBER_WORDS.get(m[2]);
    if (a !== undefined && b !== undefined && a >= 20 && b < 10) return a + b;
  }
  return undefined;
}

const VAGUE_MULTIPLES: ReadonlySet<string> = new Set(['several', 'few', 'many']);
const VAGUE_SPANS: ReadonlySet<string> = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades']);

/** Reads a number starting at token i, or undefined. */
export function readNumber(tokens: readonly Token[], i: number): NumberRead | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (VAGUE_COUNTS.has(t.norm)) return { from: i, to: i, value: null };
  // "a few weeks", "several days": a duration the article gives only roughly.
  if ((t.norm === 'few' || t.norm === 'several') && VAGUE_SPANS.has(tokens[i + 1]?.norm ?? '')) return { from: tokens[i - 1]?.norm === 'a' ? i - 1 : i, to: i, value: null };
  let value: number;
  if (isDigits(t)) value = digitValue(t.text);
  else {
    const w = wordValue(t);
    if (w === undefined || w === 0.5) return undefined;
    if ((t.norm === 'hundred' || t.norm === 'thousand' || t.norm === 'million' || t.norm === 'billion') && t.pos !== 'NUM') return undefined;
    value = w;
  }
  // "several hundred", "a few thousand": how many hundreds the article does not say.
  if (VAGUE_MULTIPLES.has(tokens[i - 1]?.norm ?? '') && MULTIPLIERS.has(t.norm)) return { from: i, to: i, value: null };
  let to = i;
  // "two hundred", "4.2 billion", "300m", "twenty five"
  for (;;) {
    const next = tokens[to + 1];
    if (!next) break;
    const mult = MULTIPLIERS.get(next.norm);
    if (mult !== undefined && (next.pos === 'NUM' || next.norm.length <= 2) && (next.norm.length > 2 || tokens[to].end === next.start)) {
      value *= mult;
      to += 1;
      continue;
    }
    // "an 18-million-euro restoration": a multiplier joined by a hyphen.
    const joined = next.text === '-' && tokens[to].end === next.start ? tokens[to + 2] : undefined;
    const joinedMult = joined && joined.start === next.end ? MULTIPLIERS.get(joined.norm) : undefined;
    if (joined !== undefined && joinedMult !== undefined && joined.norm.length > 2) {
      value *= joinedMult;
      to += 2;
      continue;
    }
    // "twenty-five" written as three tokens.
    if (next.text === '-' && tokens[to].end === next.start) {
      const unit = wordValue(tokens[to + 2]);
      if (unit !== undefined && unit >= 1 && unit < 10 && value >= 20 && value < 100 && value % 10 === 0 && !isDigits(tokens[to])) {
        value += unit;
        to += 2;
        continue;
      }
    }
    const w = wordValue(next);
    if (w !== undefined && w < 10 && value >= 20 && value < 100 && value % 10 === 0 && !isDigits(tokens[to])) {
      value += w;
      to += 1;
      continue;
    }
    break;
  }
  return { from: i, to, value };
}
