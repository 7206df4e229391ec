import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { vectorId, vocabulary } from '../index/embeddings.js';
import { termOf, termOfWord } from '../nlp/terms.js';
import type { Token } from '../nlp/token.js';
import { isModelWord } from '../nlp/wink.js';

/** Optimal-string-alignment edit distance (a swap of two neighbours is one edit), with an early exit past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2] + 1);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}

type Buckets = Map<string, string[]>;

/** Words by first letter and length: a typo is compared only with words it could be. */
function bucketsOf(words: Iterable<string>): Buckets {
  const buckets: Buckets = new Map();
  for (const w of words) {
    const key = `${w[0]}${w.length}`;
    const list = buckets.get(key);
    if (list) list.push(w);
    else buckets.set(key, [w]);
  }
  return buckets;
}

const bucketCache = new WeakMap<KnowledgeBase, Buckets>();

function articleBuckets(kb: KnowledgeBase): Buckets {
  let buckets = bucketCache.get(kb);
  if (!buckets) bucketCache.set(kb, (buckets = bucketsOf(kb.index.words)));
  return buckets;
}

/** Built at the first typo no article word explains; most frequent word first in each bucket. */
let vocabularyBuckets: Buckets | undefined;

/**
 * The words within `max` edits of `word` at the smallest distance, in bucket order. Stops
 * collecting at `limit` of them: callers only need to know whether there is one, or which comes first.
 */
function nearest(buckets: Buckets, word: string, max: number, limit: number): string[] {
  let best: string[] = [];
  let bestDistance = max + 1;
  for (let len = word.length - max; len <= word.length + max; len += 1) {
    for (const w of buckets.get(`${word[0]}${len}`) ?? []) {
      const d = editDistance(word, w, Math.min(max, bestDistance));
      if (d > max) continue;
      if (d < bestDistance) {
        best = [w];
        bestDistance = d;
      } else if (d === bestDistance && best.length < limit) best.push(w);
    }
  }
  return best;
}

/**
 * What a word that is neither the articles' nor English is a typo of: the one article word one
 * edit away (two for long words); else, for a lower-case word (a capitalised one may be a name
 * the article lacks, which must stay unmatched), the most frequent English word one edit away
 * ("pwoer" → power, "degress" → degrees), so that the question can still reach the article's
 * related words.
 */
function typoOf(kb: KnowledgeBase, t: Token): string | undefined {
  const inArticle = nearest(articleBuckets(kb), t.norm, t.norm.length >= 8 ? 2 : 1, NEAREST_LIMIT);
  // "witneses" is as near "witness" as "witnesses": forms of one word are one answer. Of words
  // of several terms ("tankr": tank, tanks, tanker), the one the articles use most, when they use
  // it far more than any other: the story's own word is the likeliest meant.
  if (inArticle.length > 0) return likeliest(kb, inArticle);
  // ("girth" is no typo of "garth": a word the language model knows is a word, though few texts use it.)
  if (t.norm.length < 5 || t.text[0] !== t.norm[0] || isModelWord(t.norm)) return undefined;
  // "spieces" for the article's "species": two slips in a word of some length are likelier in a
  // word the story uses than one slip in some other English word ("spices").
  if (t.norm.length >= FAR_TYPO_LENGTH) {
    const farther = nearest(articleBuckets(kb), t.norm, 2, NEAREST_LIMIT);
    const pick = farther.length > 0 ? likeliest(kb, farther) : undefined;
    if (pick !== undefined) return pick;
  }
  // Rows are most frequent first: the lowest row of the nearest words is the likeliest meant.
  vocabularyBuckets ??= bucketsOf(vocabulary());
  const english = nearest(vocabularyBuckets, t.norm, 1, Infinity);
  let pick: string | undefined;
  for (const w of english) if (pick === undefined || vectorId(w) < vectorId(pick)) pick = w;
  return pick;
}

/** The shortest non-word read as two slips from an article word before one from another English word. */
const FAR_TYPO_LENGTH = 6;
/** How many article words one edit away are weighed against each other. */
const NEAREST_LIMIT = 8;
/** How many times more sentences the likeliest word's term must be in than any other's. */
const CLEAR_LEAD = 2;

/** Of article words equally near a typo, the one whose term the articles use clearly most; none if no one does. */
function likeliest(kb: KnowledgeBase, words: readonly string[]): string | undefined {
  // (Words of one term are one answer, however often each is used.)
  let best = words[0];
  let bestDf = -1;
  let runnerUp = -1;
  const seen = new Set<string>();
  for (const w of words) {
    const term = termOfWord(w);
    if (seen.has(term)) continue;
    seen.add(term);
    const df = kb.index.df(term);
    if (df > bestDf) [best, bestDf, runnerUp] = [w, df, bestDf];
    else if (df > runnerUp) runnerUp = df;
  }
  return seen.size === 1 || bestDf >= CLEAR_LEAD * Math.max(runnerUp, 1) ? best : undefined;
}

/**
 * "who won sliver", "the frist novel": a rare word (a surname, a sliver) one edit from a word the
 * article uses that is far commoner is a typo of it. ("Refereed" is a form of "referee", which is
 * common: it stays.)
 */
function rareTypoOf(kb: KnowledgeBase, t: Token): string | undefined {
  const row = vectorId(t.norm);
  if (row < RARE_ROW || t.norm.length < 4 || t.text[0] !== t.norm[0] || (t.lemma !== t.norm && vectorId(t.lemma) >= 0 && vectorId(t.lemma) < RARE_ROW)) return undefined;
  const near = nearest(articleBuckets(kb), t.norm, 1, NEAREST_LIMIT).filter((w) => vectorId(w) >= 0 && vectorId(w) * COMMONER < row);
  return near.length > 0 ? likeliest(kb, near) : undefined;
}

/** Word-vector rows past this are rare words, which a typo of a common one may land on. */
const RARE_ROW = 10_000;
/** How many times commoner the article's word must be. */
const COMMONER = 10;

const sortedCache = new WeakMap<KnowledgeBase, string[]>();
/** Word vectors are ordered by frequency: these first rows are words people write in full. */
const COMMON_WORDS = 5000;

/** The archive's words in order, for finding the words a clipped one starts. */
export function sortedWords(kb: KnowledgeBase): readonly string[] {
  let sorted = sortedCache.get(kb);
  if (!sorted) sortedCache.set(kb, (sorted = [...kb.index.words].sort()));
  return sorted;
}

/** The one article word a lower-case question word is the clipped start of, at least three letters longer ("chemo" → chemotherapy). */
function clippedOf(kb: KnowledgeBase, t: Token): string | undefined {
  // A common word is itself, not a clipping ("play" is no "playoffs").
  if (t.norm.length < 4 || t.text[0] !== t.norm[0] || (vectorId(t.norm) >= 0 && vectorId(t.norm) < COMMON_WORDS)) return undefined;
  const sorted = sortedWords(kb);
  // Binary search for the first word at or after the clipped form; its extensions follow it.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < t.norm) lo = mid + 1;
    else hi = mid;
  }
  let found: string | undefined;
  for (let i = lo; i < sorted.length && sorted[i].startsWith(t.norm); i += 1) {
    const w = sorted[i];
    if (w.length < t.norm.length + 3) continue;
    // Forms of one word ("chemotherapy", "chemotherapies") are one extension.
    if (found !== undefined && termOfWord(w) !== termOfWord(found)) return undefined;
    found ??= w;
  }
  // "ransom" is no clipped "ransomware": a known word commoner than the longer one is itself.
  const own = vectorId(t.norm);
  if (found !== undefined && own >= 0 && (vectorId(found) < 0 || vectorId(found) > own)) return undefined;
  return found;
}

/**
 * Fixes simple typos in a question: a word the articles do not use and that is not an English word
 * we know becomes the article word one edit away (two for long words), if there is exactly one best.
 */
export function correctSpelling(kb: KnowledgeBase, tokens: Token[]): { tokens: Token[]; corrections: Array<[string, string]> } {
  const corrections: Array<[string, string]> = [];
  const out = tokens.map((t) => {
    // The cheap tests first: most tokens are short or not words.
    if (t.kind !== 'word' || t.norm.length < 3) return t;
    const term = termOf(t);
    if (term === null) return t;
    if (kb.index.has(term) || kb.index.words.has(t.norm)) return t;
    const best = splitOf(kb, t) ?? mendedWord(kb, t);
    if (best === undefined) return t;
    corrections.push([t.text, best]);
    // Written out, not spread: a read token's properties are its lexeme's, not its own.
    return { text: best, norm: best, lemma: best, pos: t.pos, stop: t.stop, kind: t.kind, start: t.start, end: t.end };
  });
  return { tokens: out, corrections };
}

/** What an unknown word is meant as: a clipped word, or a typo. */
function mendedWord(kb: KnowledgeBase, t: Token): string | undefined {
  // "chemo" for "chemotherapy": a clipped word the articles use only in full.
  // "refereed" is no typo of "referred": a rare form of a known word ("referee") stays.
  const known = vectorId(t.norm) >= 0 || (t.lemma !== t.norm && vectorId(t.lemma) >= 0);
  return clippedOf(kb, t) ?? (known ? rareTypoOf(kb, t) : typoOf(kb, t));
}

/**
 * "where was the prizegiving held?", "the postbox": a word typed whole that the articles write as
 * two, joined by a hyphen or a space ("prize-giving", "post box"), is those two as written, if
 * one split of it is so written. (One of the two must be an indexed word, to find where they stand.)
 */
function splitOf(kb: KnowledgeBase, t: Token): string | undefined {
  const w = t.norm;
  // ("percent" is a word of its own, whoever writes "per cent": a common word is itself.)
  const row = vectorId(w);
  if (w.length < MIN_SPLIT_LENGTH || t.text[0] !== w[0] || !/^[a-z]+$/.test(w) || (row >= 0 && row < COMMON_WORDS)) return undefined;
  let found: string | undefined;
  for (let i = MIN_PART; i <= w.length - MIN_PART; i += 1) {
    const [first, second] = [w.slice(0, i), w.slice(i)];
    if (!kb.index.words.has(first) || !kb.index.words.has(second)) continue;
    const written = writtenSideBySide(kb, first, second);
    if (written === undefined) continue;
    if (found !== undefined) return undefined;
    found = written;
  }
  return found;
}

/** Below these lengths a word or a part of it is too short to be read as two. */
const MIN_SPLIT_LENGTH = 6;
const MIN_PART = 3;

/**
 * "prize-giving" or "prize giving", as some sentence writes the two words one after the other, in
 * lower case: in a name ("the Cyber Security Centre") they name, not spell a word.
 */
function writtenSideBySide(kb: KnowledgeBase, first: string, second: string): string | undefined {
  const term = [termOfWord(first), termOfWord(second)].find((x) => kb.index.has(x));
  if (term === undefined) return undefined;
  for (const doc of kb.index.search([{ term, weight: 1 }]).keys()) {
    const tokens = kb.index.docs[doc].sentence.tokens;
    for (let i = 0; i + 1 < tokens.length; i += 1) {
      if (tokens[i].text !== first) continue;
      if (tokens[i + 1].text === second && tokens[i + 1].start > tokens[i].end) return `${first} ${second}`;
      if (tokens[i + 1].text === '-' && tokens[i + 2]?.text === second) return `${first}-${second}`;
    }
  }
  return undefined;
}

/** The words that open a question and pick its intent, and those that follow "how". */
const OPENERS = ['how', 'what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'why', 'did', 'does', 'was', 'were'];
const AFTER_HOW = ['many', 'much', 'long', 'far', 'old'];
const OPENER_SET = new Set(OPENERS);
const AFTER_HOW_SET = new Set(AFTER_HOW);

/**
 * "how meny people died", "wich town": a typo in a question's opening words would change what it
 * asks (the intent is read from them before the article's words are), so a lower-case word there
 * that is no English word becomes the question word one edit away, if exactly one is.
 */
export function fixQuestionWords(text: string): string {
  const space = text.indexOf(' ');
  const first = space < 0 ? text : text.slice(0, space);
  const lower = first.toLowerCase();
  // Most questions open with a question word as it should be: nothing to look up then.
  if (lower === 'how') {
    const end = text.indexOf(' ', space + 1);
    const second = text.slice(space + 1, end < 0 ? text.length : end);
    if (AFTER_HOW_SET.has(second.toLowerCase())) return text;
    const fix = typoAmong(second, AFTER_HOW);
    return fix === undefined ? text : `${first} ${fix}${end < 0 ? '' : text.slice(end)}`;
  }
  if (OPENER_SET.has(lower)) return text;
  const fix = typoAmong(first, OPENERS);
  if (fix === undefined) return text;
  // "hwo many": the opener mended, its second word is looked at as after "how".
  return fixQuestionWords(`${fix}${space < 0 ? '' : text.slice(space)}`);
}

/** The one of `choices` a lower-case non-word is one edit from, if exactly one. */
function typoAmong(word: string, choices: readonly string[]): string | undefined {
  if (word.length < 3 || word.length > 6 || !/^[a-z]+$/.test(word) || vectorId(word) >= 0) return undefined;
  let fix: string | undefined;
  for (const choice of choices) {
    if (editDistance(word, choice, 1) > 1) continue;
    if (fix !== undefined) return undefined;
    fix = choice;
  }
  return fix;
}
