const CREDIT_PART = /^(?:Photo:\s*|Picture:\s*)?\p{Lu}/u;
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u;
const ALL_CAPITALS = /^\p{Lu}+$/u;
/**
 * A photo caption: a paragraph with no final punctuation that ends with a credit in parentheses,
 * e.g. "Fighters on the outskirts of Hama (Ghaith Alsayed/AP)". The credit names who took the
 * photo and, after a slash, for which agency.
 */
export interface Credit {
  photographer?: string;
  agency?: string;
  /** The credit as written, without parentheses. */
  raw: string;
}

const CREDIT_AT_END = /\(([^()]{2,80})\)\s*$/;
const FINAL_MARKS = new Set(['.', '!', '?', '…', '"', '”', '’']);

export function captionCredit(paragraph: string): Credit | null {
  const trimmed = paragraph.trim();
  // The last character, read directly: an unanchored /…$/ tries every position of the paragraph.
  if (trimmed.length > 0 && FINAL_MARKS.has(trimmed[trimmed.length - 1])) return null;
  const m = CREDIT_AT_END.exec(trimmed);
  if (!m) return null;
  const raw = m[1].trim();
  // A credit names people or agencies: capitalised words, optionally split by "/" or ";".
  const parts = raw.split(/\s*[/;|]\s*/).filter(Boolean);
  if (parts.length === 0 || !parts.every((p) => CREDIT_PART.test(p))) return null;
  const clean = parts.map((p) => p.replace(/^(?:Photo|Picture)\s*:\s*/i, ''));
  if (clean.length >= 2) return { photographer: clean[0], agency: clean.slice(1).join('/'), raw };
  // A single part is an agency when it is an acronym or a known pattern like "Reuters"; a
  // person when it has two or more capitalised words.
  const single = clean[0];
  const isPerson = PERSON_NAME.test(single) && !ALL_CAPITALS.test(single);
  return isPerson ? { photographer: single, raw } : { agency: single, raw };
}
