import { CURRENCY_WORDS } from '../facts/lexicon.js';
import { asWritten, type Conversation } from './conversation.js';
import type { Answer } from './types.js';

/**
 * "How much is that in US dollars?", "and in miles?": the last answer in another unit. The bot
 * converts nothing itself (it has no exchange rates, and a figure the article does not give is not
 * in the article): it answers with the conversion the article writes beside the value, in brackets.
 */
const CONVERSION =
  /^(?:and\s+)?(?:(?:how (?:much|many|far|long|big|heavy|deep|high|tall|fast|hot|cold)|what) (?:is|was|are|were|'s) (?:that|this|it|those|these) )?in (?<unit>[\p{L}$€£. ]{1,30}?)\s*\??$/iu;

/** How a unit asked for shows in a figure, beyond its own name ("$", "mph"). */
const UNIT_SIGNS: ReadonlyArray<[RegExp, RegExp]> = [
  [/\b(?:us )?dollars?\b|^\$$|\busd\b/i, /\$|\bdollars?\b|\bUSD\b/],
  [/\beuros?\b|^€$|\beur\b/i, /€|\beuros?\b/i],
  [/\bpounds? sterling\b|^£$|\bsterling\b|\bgbp\b/i, /£/],
  [/\bmiles? per hour\b|\bmph\b/i, /\bmph\b|\bmiles? per hour\b/i],
  [/\b(?:kilometres?|kilometers?) per hour\b|\bkm\/?h\b/i, /\bkm\/?h\b|\bkilomet(?:re|er)s? per hour\b/i],
  [/\bmiles?\b/i, /\bmiles?\b|-mile\b/i],
  [/\b(?:kilometres?|kilometers?|km)\b/i, /\bkm\b|\bkilomet(?:re|er)s?\b|-kilomet/i],
  [/\b(?:feet|foot|ft)\b/i, /\bfeet\b|\bfoot\b|\bft\b|-foot\b/i],
  [/\b(?:metres?|meters?)\b/i, /\bmet(?:re|er)s?\b|-met(?:re|er)\b|\d\s?m\b/i],
  [/\binch(?:es)?\b/i, /\binch(?:es)?\b|-inch\b/i],
  [/\b(?:centimetres?|centimeters?|cm)\b/i, /\bcm\b|\bcentimet(?:re|er)s?\b/i],
  [/\bfahrenheit\b/i, /\d\s?F\b|\bFahrenheit\b/],
  [/\b(?:celsius|centigrade)\b/i, /\d\s?C\b|\bCelsius\b/],
  // "In pounds" may be money or weight: the figure in brackets tells which.
  [/\b(?:pounds?|lbs?)\b/i, /£|\bpounds?\b|\blbs?\b/i],
  [/\b(?:kilograms?|kilos?|kg)\b/i, /\bkg\b|\bkilo(?:gram)?s?\b/i],
  [/\bacres?\b/i, /\bacres?\b/i],
  [/\bhectares?\b/i, /\bhectares?\b/i],
];

/** "… in US dollars?", "…, in feet?", "… in miles per hour?": the unit a question closes on, and its head word. */
const ASKED_IN = /\bin ((?:us |american |canadian |australian )?([a-z]+)(?: per hour)?)\s*\??$/i;

/**
 * "What was the revenue in dollars?": the currency a question asks its value in, as a figure in it
 * shows ("$…"), or undefined when it names none.
 */
export function askedCurrency(question: string): RegExp | undefined {
  const m = ASKED_IN.exec(question.trim());
  return m ? currencySign(m[1], m[2]) : undefined;
}

/**
 * "How long was the span, in feet?", "… in euros?": the unit a question asks its value in, as a
 * figure in it shows, or undefined when it names none the bot knows.
 */
export function askedUnit(question: string): RegExp | undefined {
  const m = ASKED_IN.exec(question.trim());
  return m ? (currencySign(m[1], m[2]) ?? signOf(m[1])) : undefined;
}

/** A currency's sign in a figure: its symbol or code where the bot knows one, else its own word ("krona"). */
function currencySign(unit: string, word: string): RegExp | undefined {
  if (!CURRENCY_WORDS.has(word.toLowerCase())) return undefined;
  return signOf(unit) ?? new RegExp(`\\b${word}\\b`, 'i');
}

/** The figure's pattern for a unit asked ("US dollars" → "$…"), or undefined for a unit the bot does not know. */
function signOf(unit: string): RegExp | undefined {
  return UNIT_SIGNS.find(([asked]) => asked.test(unit.trim()))?.[1];
}

/**
 * The answer to a conversion follow-up, or null when the question is none (or nothing was
 * answered before it to convert).
 */
export function convertLastAnswer(question: string, conversation: Conversation): Answer | null {
  // (The cheap test first: a conversation's first question, or one after a decline, converts nothing.)
  const last = conversation.turns[conversation.turns.length - 1]?.answer;
  if (!last?.answered || last.sources.length === 0) return null;
  const unit = CONVERSION.exec(question.trim())?.groups?.unit;
  if (unit === undefined) return null;
  const sign = signOf(unit);
  if (!sign) return null;
  const source = last.sources[0];
  const value = asWritten(last);
  const found = inUnit(source.text, value, sign);
  const base = { intent: last.intent, focus: last.focus, subject: last.subject };
  if (found === undefined) {
    return {
      answered: false,
      answer: `The article doesn't give that in ${unit.trim()}.`,
      confidence: 0,
      sources: [],
      closest: source,
      explanation: { method: 'abstain', rule: `conversion → abstain: no figure in ${unit.trim()} beside "${value}"`, matched: [] },
      ...base,
    };
  }
  return {
    answered: true,
    answer: found,
    confidence: last.confidence,
    sources: [source],
    ...(last.attribution ? { attribution: last.attribution } : {}),
    explanation: { method: 'rule', rule: 'conversion → the figure the article gives beside the last answer', matched: [unit.trim()] },
    ...base,
  };
}

/**
 * The value in the unit: "14 kilometres (8.7 miles)" holds it in brackets, "$3.1 million" already
 * is in it, and "4.2 million korins" may be followed by it in the sentence ("(about $3.1 million)").
 */
export function inUnit(sentence: string, value: string, sign: RegExp): string | undefined {
  const inside = /\(([^()]+)\)/.exec(value)?.[1];
  if (inside !== undefined && sign.test(inside)) return inside.trim();
  if (sign.test(value.replace(/\([^()]*\)/g, ''))) return value;
  const at = sentence.indexOf(value);
  if (at < 0) return undefined;
  const after = /^\s*\(([^()]+)\)/.exec(sentence.slice(at + value.length))?.[1];
  return after !== undefined && sign.test(after) ? after.trim() : undefined;
}
