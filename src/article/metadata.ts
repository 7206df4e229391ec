import { captionCredit } from './caption.js';
import type { ArticleMeta } from './types.js';

const WORD_INITIAL = /(^|[\s-])(\p{L})/gu;

const DATE = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;
/** A bare `date 2024-12` marker some feeds put before the first sentence. */
const DATE_MARKER = new RegExp(String.raw`^\s*date\s+(${DATE})\b[ \t]*`, 'i');
const DATE_LINE = new RegExp(String.raw`^\s*date\s+(${DATE})\s*$`, 'i');
/** `title: …` / `date: …` header lines (also `# Title` for Markdown). */
const HEADER = /^\s*(title|date|author|source|byline)\s*:\s*(.*)$/i;
const MD_TITLE = /^\s*#\s+(.+?)\s*#*\s*$/;

/**
 * A wire dateline before the first sentence: "LIRREN, July 13 - ", "VALDER, Velmaria (AP) — ",
 * "LONDON, Nov 3 (Reuters) - ", "CAPE HOLT, Veldoria, Dec 12 (AP) — ". It says where the story
 * was filed; read as words, it ran into the lead sentence ("13 - Nine people" as a count).
 */
const DATELINE = /^(\s*)(?<place>\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*)(?:,\s+[\p{L}\d.'’ -]{2,40}?){0,2}(?:\s+\(\p{L}+(?:\s\p{L}+){0,2}\))?\s+[-–—]+\s+/u;

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+`;
const DAY_MONTH = String.raw`(?:${WEEKDAY})?(?:\d{1,2}\s+${MONTH}|${MONTH}\.?\s+\d{1,2})`;
/** A place written as in the story: "Port Alden", "Saint-Odrin". */
const STORY_PLACE = String.raw`(?<place>\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2})`;
/**
 * "Bramwick, 9 August 2026 — ", "Port Alden, Nov. 3 (Coastal Wire) — ", "Kellbrook, March 12: ": a
 * dateline whose place is written as in the story. Only a date after it tells it from a sentence
 * opening on a place.
 */
const TITLED_DATELINE = new RegExp(
  String.raw`^(\s*)${STORY_PLACE},\s+${DAY_MONTH}(?:,?\s+\d{4})?(?:\s+\([^)]{1,40}\))?(?:\s+[-–—]+\s+|:\s+)`,
  'u',
);
/** "Vellmoor — 14 February 2025: ": the place, a dash, then a full date and a colon. */
const DASHED_DATELINE = new RegExp(String.raw`^(\s*)${STORY_PLACE}\s+[-–—]+\s+${DAY_MONTH},?\s+\d{4}:\s+`, 'u');
/** "Kellbrook (Pacific Wire) – ": the place and the agency in brackets, with no date. */
const AGENCY_DATELINE = new RegExp(String.raw`^(\s*)${STORY_PLACE}\s+\([^)]{1,40}\)\s+[-–—]+\s+`, 'u');

/** A wire dateline of any of these forms at the start of `text`. */
const datelineAt = (text: string): RegExpExecArray | null => DATELINE.exec(text) ?? TITLED_DATELINE.exec(text) ?? DASHED_DATELINE.exec(text) ?? AGENCY_DATELINE.exec(text);

const MONTH_NUMBERS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH})\b,?\s+(\d{4})\b`, 'u');
const MONTH_FIRST = new RegExp(String.raw`\b(${MONTH})\.?\s+(\d{1,2}),?\s+(\d{4})\b`, 'u');

/**
 * The date a dateline gives in full ("22 May 2024", "Nov. 3, 2024"), as YYYY-MM-DD: the story's own
 * day, which its weekdays are counted from. A date without its year gives none.
 */
function datelineDate(dateline: string): string | undefined {
  const dayFirst = DAY_FIRST.exec(dateline);
  const monthFirst = dayFirst ? null : MONTH_FIRST.exec(dateline);
  const [day, month, year] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
  if (day === undefined || month === undefined || year === undefined) return undefined;
  const m = MONTH_NUMBERS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "CAPE HOLT" → "Cape Holt": a dateline's place as the story writes it. */
const titleCase = (place: string): string => place.toLowerCase().replace(WORD_INITIAL, (_, sep: string, c: string) => sep + c.toUpperCase());

/**
 * A byline: "By Marit Kellaway", "By Jon Berg and Ana Ruiz, Health Correspondent". Read as words it
 * ran the headline into the lead ("… for Dravenholt United By Annika Velstrom"). A sentence that
 * opens with "By" ("By Wednesday, the toll had risen.") has a sentence's stop or lower-case words.
 */
const BYLINE = /^\s*[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|de|da|del|der|van|von|al|bin))*(?:\s*,\s*[^.!?,]{1,60})?\s*$/u;

/** How a sentence, not a headline, ends: its stop, perhaps inside a closing quote or bracket. */
const SENTENCE_END = /[.!?;:,…]["”’')\]]*$/u;
const HEADLINE_WORDS = { min: 3, max: 25 };

/**
 * "Snow leopard recaptured after 19 hours on the loose" over the first paragraph: a first line
 * standing alone, short and without a sentence's stop, is the headline. Read as the lead, it
 * competed with the body's fuller sentences, and it kept a wire dateline from being seen.
 */
function isHeadline(lines: readonly string[], i: number): boolean {
  const line = lines[i]?.trim();
  // The byline may come right under it.
  const after = isByline(lines, i + 1) ? i + 2 : i + 1;
  if (!line || lines[after]?.trim() !== '' || !lines.slice(after + 1).some((l) => l.trim() !== '')) return false;
  const words = line.split(/\s+/).length;
  if (words < HEADLINE_WORDS.min || words > HEADLINE_WORDS.max || SENTENCE_END.test(line)) return false;
  return !DATE_MARKER.test(line) && datelineAt(`${line} `) === null && captionCredit(line) === null;
}

/** A byline standing alone on its line, with a blank line (or nothing) after it. */
const isByline = (lines: readonly string[], i: number): boolean => BYLINE.test(lines[i] ?? '') && !lines[i + 1]?.trim();

/** The names of a byline, without "By" and the role after a comma: "Ana Ruiz and Jon Berg". */
function bylineName(line: string): string | undefined {
  const name = line.trim().replace(/^by\s+/i, '').split(',')[0].trim();
  return name || undefined;
}

export interface SplitMeta {
  meta: ArticleMeta;
  /** The text that remains: the article body, metadata removed. */
  body: string;
}

/**
 * Separates leading metadata from the body so that a marker such as `date 2024-12`, or a
 * dateline, never becomes part of the first sentence.
 */
export function splitMetadata(text: string): SplitMeta {
  const meta: ArticleMeta = {};
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let i = 0;
  for (; i < lines.length; i += 1) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const header = HEADER.exec(line);
    if (header) {
      const key = header[1].toLowerCase();
      const value = header[2].trim();
      if (key === 'title' && value) meta.title = value;
      if ((key === 'author' || key === 'byline') && value) meta.author = bylineName(value) ?? value;
      if (key === 'date') {
        const d = new RegExp(`^${DATE}$`).exec(value) ?? new RegExp(DATE).exec(value);
        if (d) meta.date = d[0];
      }
      continue;
    }
    // `date 2025-06-12` alone on its line, before a headline.
    const marker = DATE_LINE.exec(line);
    if (marker) {
      meta.date ??= marker[1];
      continue;
    }
    if (isByline(lines, i)) {
      meta.author ??= bylineName(line);
      continue;
    }
    const mdTitle = meta.title === undefined ? MD_TITLE.exec(line) : null;
    if (mdTitle) {
      meta.title = mdTitle[1];
      continue;
    }
    break;
  }
  if (meta.title === undefined && isHeadline(lines, i)) {
    meta.title = lines[i].trim();
    i += 1;
    // The byline may come right under it or after a blank line.
    let byline = i;
    while (byline < lines.length && lines[byline].trim() === '') byline += 1;
    if (isByline(lines, byline)) {
      meta.author ??= bylineName(lines[byline]);
      i = byline + 1;
    }
  }
  let rest = lines.slice(i).join('\n');
  const marker = DATE_MARKER.exec(rest);
  if (marker) {
    meta.date ??= marker[1];
    rest = rest.slice(marker[0].length);
  }
  const dateline = datelineAt(rest);
  if (!dateline) return { meta: detached(meta), body: rest };
  meta.dateline = titleCase(dateline.groups!.place);
  meta.date ??= datelineDate(dateline[0]);
  return { meta: detached(meta), body: dateline[1] + rest.slice(dateline[0].length) };
}

const META_KEYS = ['title', 'date', 'author', 'dateline'] as const;

/**
 * A value cut from the file's text keeps that whole text alive (V8 cuts a long string as a view of
 * its parent), while the body is a string of its own: an article's title alone kept its entire
 * file, a twentieth of the knowledge base. Each value is copied out instead.
 */
function detached(meta: ArticleMeta): ArticleMeta {
  for (const key of META_KEYS) {
    const value = meta[key];
    if (value !== undefined) meta[key] = ownCopy(value);
  }
  return meta;
}

/** A fresh string with the same characters, sharing no storage with `s`. */
const ownCopy = (s: string): string => JSON.parse(JSON.stringify(s)) as string;
