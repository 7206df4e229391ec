import type { Sentence } from '../../article/types.js';
import { startsUpper } from '../../facts/tokens.js';
import { questionMatches } from '../memo.js';
import { textOf } from '../spans.js';
import type { Ctx, Extraction } from './context.js';

/**
 * "What street is the bakery on?" / "… the bakery on Ostler Row, which opened in 1952": an address
 * is a name that ends on a word for a street, set after the preposition placing the thing on it,
 * though the sentence writes no "street" (a question's "street" stands for any "Road" or "Lane").
 */
function addressIn(sentence: Sentence): string {
  const tokens = sentence.tokens;
  for (let k = 1; k < tokens.length; k += 1) {
    if (!STREET_WORDS.has(tokens[k].norm) || !startsUpper(tokens[k].text)) continue;
    let from = k;
    while (from > 0 && startsUpper(tokens[from - 1].text) && tokens[from - 1].pos !== 'DET') from -= 1;
    // ("at 14 Mill Lane": a house number stands between the preposition and the street.)
    const before = tokens[from - 1]?.pos === 'NUM' ? from - 2 : from - 1;
    if (from < k && PLACING.has(tokens[before]?.norm ?? '')) return textOf(sentence, from, k);
  }
  return '';
}

/** The last words of the names news gives streets by. */
const STREET_WORDS: ReadonlySet<string> = new Set(['street', 'road', 'lane', 'row', 'avenue', 'way', 'close', 'crescent', 'terrace', 'drive', 'place', 'walk', 'square', 'parade', 'grove', 'mews', 'gardens']);
/** Prepositions that set a thing on its street: "on Mill Lane", "in Dimmock Street", "at 3 Elm Row", "off Quay Road", "the rest of Elm Row". */
const PLACING: ReadonlySet<string> = new Set(['on', 'in', 'at', 'off', 'along', 'of']);

/** How an address told by its street's name is marked. */
export const ADDRESS = 'the street named';
const ADDRESS_STRENGTH = 0.9;
const found = new WeakMap<Sentence, string>();

/** The street a sentence names, found at its first use and kept with the sentence. */
function addressOf(sentence: Sentence): string {
  let text = found.get(sentence);
  if (text === undefined) found.set(sentence, (text = addressIn(sentence)));
  return text;
}

/** The street the sentence names, unless it is the one the question names ("the Mill Lane shop"). */
export function addressTold(ctx: Ctx): Extraction | null {
  const text = addressOf(ctx.sentence);
  return text && !ctx.q.text.toLowerCase().includes(text.toLowerCase()) ? { text, type: 'entity', how: ADDRESS, strength: ADDRESS_STRENGTH } : null;
}

/** Whether a sentence names a street a thing is on. */
export const tellsAddress = (sentence: Sentence): boolean => addressOf(sentence) !== '';

/**
 * "What street is it on?", "what road does she live on?", "what's the hall's address?" (not "what
 * road was closed?", which asks which one, nor an email's or a website's address).
 */
const ASKS_ADDRESS = /^(?:wh?at|which)(?:'s|’s|s| is| was)? (?:street|road|lane|avenue) .*\b(?:on|in|off)\W*$|^wh?at(?:'s|’s|s| is| was) (?:the |its |their |his |her )?(?:[\w-]+(?:'s|’s|s') )?(?:full |postal )?address\W*$/i;
/** Whether the question asks the street something is on. */
export const asksAddress = questionMatches('whether the question asks the street something is on', ASKS_ADDRESS);
/** The same, of a question's text before it is read. */
export const asksAddressIn = (question: string): boolean => ASKS_ADDRESS.test(question);

/**
 * A question's own words for an address, which only name the kind of answer: "what road is the
 * library on?" is not about the "Mill Road" another sentence names.
 */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set(['street', 'road', 'lane', 'avenue', 'address']);
