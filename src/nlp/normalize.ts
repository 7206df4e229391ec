/**
 * Canonical forms of words so that people's spelling reaches the article's: British and American
 * spellings meet in one form, and chat shorthand ("r", "u", "wat") becomes words wink knows.
 */

/** Chat shorthand and common misspellings of question words, as typed in Discord. */
const SHORTHAND = new Map<string, string>(Object.entries({
  r: 'are',
  u: 'you',
  ur: 'your',
  y: 'why',
  wat: 'what',
  wht: 'what',
  whats: "what's",
  wot: 'what',
  wut: 'what',
  wher: 'where',
  whr: 'where',
  wheres: "where's",
  whos: "who's",
  hw: 'how',
  hows: "how's",
  wen: 'when',
  whn: 'when',
  whens: "when's",
  pls: 'please',
  plz: 'please',
  abt: 'about',
  b4: 'before',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  thx: 'thanks',
  ty: 'thanks',
  k: 'ok',
  dont: "don't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  werent: "weren't",
  hasnt: "hasn't",
  havent: "haven't",
  hadnt: "hadn't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  wouldnt: "wouldn't",
  arent: "aren't",
  cant: "can't",
  wont: "won't",
  // wink reads "I'm" as one word, a name: the pronoun and its verb are written out, as "you're" is
  // read ("what do I do if I'm ill?").
  im: 'I am',
  "i'm": 'I am',
  ive: 'I have',
  youre: "you're",
  theyre: "they're",
  theyve: "they've",
  whatre: 'what are',
  wholl: 'who will',
  cud: 'could',
  wud: 'would',
  shud: 'should',
  km: 'kilometres',
  kms: 'kilometres',
  mi: 'miles',
  ppl: 'people',
  govt: 'government',
  avg: 'average',
  max: 'maximum',
  approx: 'approximately',
  dept: 'department',
  uni: 'university',
  unis: 'universities',
  // The everyday words for police and for medicines: "how many cops were hurt?", "did she get her meds?".
  cop: 'police officer',
  cops: 'police officers',
  meds: 'medicines',
  pic: 'picture',
  pics: 'pictures',
  wk: 'week',
  wks: 'weeks',
  mth: 'month',
  mths: 'months',
  rn: 'now',
  intl: 'international',
  natl: 'national',
  gov: 'government',
  yr: 'year',
  yrs: 'years',
  hr: 'hour',
  hrs: 'hours',
  mins: 'minutes',
  happend: 'happened',
  happned: 'happened',
  recieve: 'receive',
  recieved: 'received',
  untill: 'until',
  til: 'until',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  wich: 'which',
  becuase: 'because',
  goverment: 'government',
  tommorow: 'tomorrow',
  thier: 'their',
  accross: 'across',
  occured: 'occurred',
  beleive: 'believe',
  seperate: 'separate',
  // The apostrophe people leave out: "the mens race".
  mens: "men's",
  womens: "women's",
  childrens: "children's",
}));

/**
 * Matches wherever a shorthand word might stand as a whole word (and a little more: case-insensitive
 * Unicode matching folds a few letters further than toLowerCase): most questions have none, and
 * skip the word-by-word pass.
 */
const MAYBE_SHORTHAND = new RegExp(`(?<![\\p{L}\\p{N}'])(?:${[...SHORTHAND.keys()].join('|')})(?![\\p{L}\\p{N}'])`, 'iu');

const LONGEST_SHORTHAND = Math.max(...[...SHORTHAND.keys()].map((w) => w.length));

/**
 * For each ASCII character, the lengths of the words of a list that start with it (bit n set:
 * one of length n), for words under 32 characters. A word of a text whose first character and
 * length start none is none of them: it need not be sliced out and looked up, which most words
 * of a question are not.
 */
export function lengthsByFirst(words: Iterable<string>): Uint32Array {
  const lengths = new Uint32Array(128);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c < 128 && w.length < 32) lengths[c] |= 1 << w.length;
  }
  return lengths;
}

/** Whether a word of the text, from start to end, may be one of the words `lengths` was made of (one opening on no ASCII character may). */
export function mayBeListed(lengths: Uint32Array, text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return c >= 128 || end - start >= 32 || ((lengths[c] >>> (end - start)) & 1) === 1;
}

const SHORTHAND_LENGTHS = lengthsByFirst(SHORTHAND.keys());

/** ASCII letters, digits and the apostrophe: the characters of a word as the shorthand pass reads it. */
const isAsciiWordChar = (c: number): boolean => isAsciiLetterOrDigit(c) || c === 39;

/** Any character outside ASCII: most questions have none, and the cheaper ASCII paths serve them. */
// eslint-disable-next-line no-control-regex -- the test is for any character outside ASCII
export const NON_ASCII = /[^\u0000-\u007f]/;

/** An ASCII letter or digit, by its character code: the cheap test before any Unicode class. */
export const isAsciiLetterOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Whether MAYBE_SHORTHAND matches. For ASCII text (most questions) a shorthand word can only be a
 * whole word, lower-cased: the words are looked up directly, which costs a fraction of running the
 * 60-way, look-around pattern at every position. Other text takes the pattern.
 */
function maybeShorthand(text: string): boolean {
  if (NON_ASCII.test(text)) return MAYBE_SHORTHAND.test(text);
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i += 1) {
    if (i < lower.length && isAsciiWordChar(lower.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start <= LONGEST_SHORTHAND && mayBeListed(SHORTHAND_LENGTHS, lower, start, i) && SHORTHAND.has(lower.slice(start, i))) return true;
      start = -1;
    }
  }
  return false;
}

const WORD_RUN = /[\p{L}\p{N}']+/gu;
/** Expands chat shorthand word by word, keeping everything else as typed. */
export function expandShorthand(text: string): string {
  if (!maybeShorthand(text)) return text;
  if (!NON_ASCII.test(text)) return expandAsciiShorthand(text);
  return text.replace(WORD_RUN, (word) => {
    const lower = word.toLowerCase();
    const expanded = SHORTHAND.get(lower);
    return expanded === undefined ? word : expanded;
  });
}

/**
 * expandShorthand for ASCII text, where WORD_RUN's words are the runs of ASCII letters, digits and
 * apostrophes: walked here rather than replaced by the pattern. (V8 compiled the global Unicode
 * pattern afresh for nearly every question that had shorthand: a replacement with a function
 * forces its compilation, and the compiled code did not last from one such question to the next.)
 */
function expandAsciiShorthand(text: string): string {
  let out = '';
  let from = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && isAsciiWordChar(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const expanded = SHORTHAND.get(text.slice(start, i).toLowerCase());
      if (expanded !== undefined) {
        out += text.slice(from, start) + expanded;
        from = i;
      }
      start = -1;
    }
  }
  return out + text.slice(from);
}

/** American → British, whole words. Both sides of a match are canonicalised, so direction is arbitrary. */
const SPELLING = new Map<string, string>(Object.entries({
  defense: 'defence',
  offense: 'offence',
  license: 'licence',
  armor: 'armour',
  armored: 'armoured',
  color: 'colour',
  favor: 'favour',
  favorite: 'favourite',
  honor: 'honour',
  labor: 'labour',
  neighbor: 'neighbour',
  neighboring: 'neighbouring',
  rumor: 'rumour',
  harbor: 'harbour',
  behavior: 'behaviour',
  humor: 'humour',
  vapor: 'vapour',
  endeavor: 'endeavour',
  center: 'centre',
  theater: 'theatre',
  meter: 'metre',
  kilometer: 'kilometre',
  centimeter: 'centimetre',
  millimeter: 'millimetre',
  liter: 'litre',
  fiber: 'fibre',
  program: 'programme',
  catalog: 'catalogue',
  dialog: 'dialogue',
  gray: 'grey',
  tire: 'tyre',
  jewelry: 'jewellery',
  aluminum: 'aluminium',
  traveled: 'travelled',
  traveling: 'travelling',
  canceled: 'cancelled',
  modeling: 'modelling',
  fueled: 'fuelled',
  ton: 'tonne',
  mold: 'mould',
  plow: 'plough',
  check: 'cheque',
  pajamas: 'pyjamas',
  skeptical: 'sceptical',
  maneuver: 'manoeuvre',
  fetus: 'foetus',
  anemia: 'anaemia',
  estrogen: 'oestrogen',
  pediatric: 'paediatric',
  encyclopedia: 'encyclopaedia',
}));

/** -ize/-yze verbs and their forms meet the British -ise/-yse. */
const IZE = /^(\p{L}{3,})(i|y)z(e|es|ed|ing|ation|ations|er|ers)$/u;
const IZE_KEEP = new Set(['size', 'sized', 'sizes', 'seize', 'seized', 'seizes', 'seizing', 'prize', 'prizes', 'citizen', 'citizens', 'capsize', 'capsized', 'maize', 'bronze', 'freeze']);

const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing'];

export function canonicalSpelling(word: string): string {
  const mapped = SPELLING.get(word);
  if (mapped !== undefined) return mapped;
  // Inflected forms of a mapped word: "kilometers" → "kilometres", "centered" → "centred".
  for (const suffix of INFLECTIONS) {
    if (!word.endsWith(suffix)) continue;
    const base = SPELLING.get(word.slice(0, -suffix.length));
    if (base === undefined) continue;
    return base.endsWith('e') && /^[ei]/.test(suffix) ? base.slice(0, -1) + suffix : base + suffix;
  }
  if (word.length > 5 && !IZE_KEEP.has(word)) {
    const m = IZE.exec(word);
    if (m) return `${m[1]}${m[2]}s${m[3]}`;
  }
  return word;
}

/** Curly quotes and apostrophes as straight ones, so "Syria’s" and "Syria's" are the same word. */
export function straightenQuotes(text: string): string {
  return text.replace(/[‘’ʼ`´]/g, "'").replace(/[“”„«»]/g, '"');
}
