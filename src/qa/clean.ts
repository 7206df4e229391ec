import { expandShorthand, NON_ASCII, straightenQuotes } from '../nlp/normalize.js';

const REPEATED_MARKS = /(\p{M})\p{M}+/gu;

/** Longest question the engine reads; the rest of a pasted wall of text is ignored. */
export const MAX_QUESTION_CHARS = 500;

/** Phrases people put before the actual question. */
const LEADING_FILLER =
  /^(?:(?:and|so|but|ok|okay|hey|hi|hello|please|pls|plz|um|uh|hmm|hm|well|then|also|bot|yo|now|right|alright|wait|btw|oh|ah|sorry|actually|quick question|question)\b[\s,:;!-]*|(?:can|could|would) you (?:please )?(?:tell me|say|explain|let me know)\s*|(?:do|does) (?:you|anyone|the article) know\s*|i (?:want|would like|wanna|need) to know\s*|tell me\s+(?=(?:who|what|when|where|why|how|which)\b))+/i;
/** Job-title abbreviations people type; articles spell them out. */
const TITLE_ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bCEOs?\b/gi, 'chief executive'],
  [/\bCFO\b/gi, 'chief financial officer'],
  [/\bCOO\b/gi, 'chief operating officer'],
  [/\bCTO\b/gi, 'chief technology officer'],
  [/\bPM\b/g, 'prime minister'],
  [/\bVP\b/g, 'vice president'],
  [/\bprez\b/gi, 'president'],
];

/** Matches wherever one of the abbreviations might (and more): most questions have none, and skip the seven replacements. */
const ANY_ABBREVIATION = /\b(?:ceos?|cfo|coo|cto|pm|vp|prez)\b/i;


/** Every character the markup and control-character replacements of cleanQuestion start on. */
// eslint-disable-next-line no-control-regex -- control characters are among those looked for
const MARKUP_OR_CONTROL = /[<@`*_~|>\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

/**
 * "Who is in charge of the water authority?", "who runs the museum?" ask who heads it, as articles
 * put it ("its director"), not what it is.
 */
const IN_CHARGE = /^(who)(?:(?:\s+(?:is|was)|'s)\s+(?:in charge of|at the helm of|in command of)|\s+(?:runs|manages))\b/i;

/** "Who speaks for the environment ministry?" asks for its spokesperson, as articles put it ("the ministry's spokeswoman"). */
const SPEAKS_FOR = /^(who)\s+(?:speaks|spoke|is speaking)\s+for\b/i;

/**
 * "Whos the bloke that fixed the clock?" asks who fixed it: a vague word for someone, between the
 * question word and a clause about them, says only that the answer is a person, and a sentence
 * naming the doer seldom writes it ("Rudyard Garrick mended the clock").
 */
const SOMEONE_WHO = /^(who)(?:'s|s|\s+(?:is|was|are|were))\s+(?:the|that|this)\s+(?:guy|bloke|chap|fella|fellow|person|one)\s+(?:that|who)\s+/i;

const FILLER_WORDS = ['please', 'pls', 'plz', 'thanks', 'thank you', 'thx', 'again'];
const TRAILING_FILLER = new RegExp(`[\\s,]*(?:${FILLER_WORDS.join('|')})?[\\s?!.]*$`, 'i');
const TRAILING_PUNCTUATION = /[\s?!.]/;
const LONGEST_FILLER = Math.max(...FILLER_WORDS.map((w) => w.length));

/**
 * The text without TRAILING_FILLER's match. A pattern anchored at the end is tried from every
 * character of the text; most questions end in a mark alone ("…Orvik?"), which is all it would
 * take away, so that is found from the end, and the pattern runs only after a comma or a filler word.
 */
function withoutTrailingFiller(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.test(text[end - 1])) end -= 1;
  // Before the closing marks, anything but a comma or a filler word ends the text's own words: no
  // match can start before the marks. (Lower-casing finds every spelling `i` matches: the pattern
  // matches no letter outside ASCII to these ASCII words.)
  const before = text.slice(Math.max(0, end - LONGEST_FILLER), end).toLowerCase();
  if (before.endsWith(',') || FILLER_WORDS.some((w) => before.endsWith(w))) return text.replace(TRAILING_FILLER, '');
  return text.slice(0, end);
}

/**
 * Turns what a person typed into the question text the engine reads: mentions, markup and control
 * characters removed, quotes straightened, chat shorthand expanded, fillers dropped.
 */
export function cleanQuestion(raw: string): string {
  let text = raw.slice(0, MAX_QUESTION_CHARS * 4);
  // Most questions are plain ASCII without markup, control characters or runs of spaces (one pass
  // over the characters tells): none of the replacements below would change them.
  if (!plainAscii(text)) text = normalisedText(text);
  text = text.trim();
  if (text.length > MAX_QUESTION_CHARS) text = text.slice(0, MAX_QUESTION_CHARS).replace(/\s+\S*$/, '');
  if (text.includes('%')) text = text.replace(LONE_PERCENT, 'percentage');
  text = text.replace(PRICE_TAG, 'price');
  return withoutFillers(expandShorthand(CURRENCY_THOUSANDS.test(text) ? text.replace(CURRENCY_THOUSANDS_ALL, thousandsWritten) : text));
}

/**
 * "What's the price tag on the new pool?": a price tag is the price, and news tells it by a verb of
 * price ("the pool will cost £3m") far more often than by the tag, which the sentence need not write.
 */
const PRICE_TAG = /\bprice[- ]tag\b/gi;

/**
 * "What % of flats are empty?": a percent sign that follows no number stands for the word
 * ("what percentage"), which asks a share; after a number ("rose 4%") it is the figure's unit.
 */
const LONE_PERCENT = /(?<![\d.]\s*)%/g;

/**
 * "How fast did they reach £20k?": people write thousands of a currency with "k", news spells
 * them out ("£20,000"). (Not "a 5k run", a distance: only after a currency sign.)
 */
const CURRENCY_THOUSANDS = /[£$€]\s?\d+(?:\.\d+)?k\b/i;
const CURRENCY_THOUSANDS_ALL = /([£$€])\s?(\d+(?:\.\d+)?)k\b/gi;

function thousandsWritten(_match: string, sign: string, amount: string): string {
  return `${sign}${Math.round(Number(amount) * 1000).toLocaleString('en-GB')}`;
}

/** Text beyond plain ASCII, or with markup or runs of spaces: normalised, the markup removed, quotes straightened, spaces single. */
function normalisedText(raw: string): string {
  let text = raw;
  // Most questions are plain ASCII, which NFKC, combining marks and curly quotes never touch (the
  // backtick, the one ASCII quote straightened, is gone with the markup by then): those steps are skipped.
  const ascii = !NON_ASCII.test(text);
  if (!ascii) text = text.normalize('NFKC');
  // Most questions hold none of the characters the four replacements below look for: skip them then.
  if (MARKUP_OR_CONTROL.test(text)) {
    text = text
      // Discord mentions, channels, roles, custom emoji, @everyone/@here.
      .replace(/<(?:@[!&]?|#|a?:\w+:)\d+>/g, ' ')
      .replace(/@(?:everyone|here)\b/gi, ' ')
      // Code fences and inline code markers, markdown emphasis, links' angle brackets.
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/[`*_~|>]+/g, ' ')
      // Control characters and zero-width characters; combining marks piled up by "zalgo" text.
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, ' ');
  }
  if (!ascii) text = straightenQuotes(text.replace(REPEATED_MARKS, '$1'));
  // Most questions have single spaces only: skip rebuilding the string then.
  if (/[^\S ]|\s\s/.test(text)) text = text.replace(/\s+/g, ' ');
  return text;
}

/** The abbreviations spelt out, the fillers before and after dropped, "who is in charge of" read as "who heads". */
function withoutFillers(expanded: string): string {
  let text = expanded;
  if (ANY_ABBREVIATION.test(text)) for (const [re, full] of TITLE_ABBREVIATIONS) text = text.replace(re, full);
  const trimmed = withoutTrailingFiller(text.replace(LEADING_FILLER, ''));
  // (IN_CHARGE opens on "who": a question that does not needs no replacement.)
  const even = trimmed.replace(EVEN_ASKED, '$1 ');
  // FIRST_PLACE_ASKED's look-behind is tried at every character (a slow pattern, run on every
  // question); its phrase alone, which it cannot match without, is found in one quick scan.
  const plain = FIRST_PLACE_WORDS.test(even) ? even.replace(FIRST_PLACE_ASKED, '') : even;
  const stripped = (opensWithWho(plain) ? plain.replace(IN_CHARGE, '$1 heads').replace(SPEAKS_FOR, '$1 is the spokesperson for').replace(SOMEONE_WHO, '$1 ') : plain).trim();
  // "hi" or "thanks" alone is all filler: keep it, it is small talk.
  return stripped || text.replace(/[\s?!.]+$/, '');
}

/**
 * "Why was the ferry cancelled in the first place?": asking for a cause, "in the first place" only
 * says the asker wants the original one; the answer writes no "first" and no "place", and a
 * sentence that does ("came first", "took place") is no nearer. (Not after "how": "how was the
 * hoard found in the first place?" asks of the first finding.)
 */
const FIRST_PLACE_ASKED = /(?<=^(?:why|how come|what made|what caused)\b.*),?\s+in the first place\b/i;
const FIRST_PLACE_WORDS = /in the first place\b/i;

/** "What even is an amphora?": "even" after the question word only voices surprise. */
const EVEN_ASKED = /^(what|who|where|when|why|how|which)\s+even\s+/i;

const opensWithWho = (text: string): boolean => text.length >= 3 && text.slice(0, 3).toLowerCase() === 'who';

/** Characters MARKUP_OR_CONTROL looks for, of ASCII: the marks (the controls are all below a space or DEL). */
const MARKUP_MARKS = new Set([...'<@`*_~|>'].map((c) => c.charCodeAt(0)));

/**
 * Whether the text is ASCII without markup or control characters (neither NON_ASCII nor
 * MARKUP_OR_CONTROL would find anything) and without two spaces together: nothing of it changes
 * before the shorthand but trimming.
 */
function plainAscii(text: string): boolean {
  let space = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c > 126 || c < 32 || MARKUP_MARKS.has(c) || (c === 32 && space)) return false;
    space = c === 32;
  }
  return true;
}
