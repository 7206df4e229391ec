import { tidyAnswer } from '../spans.js';
import type { Ctx, Extraction } from './context.js';

/**
 * "What will the prize money be spent on?", "where do the profits go?": what money goes to, which
 * news tells by the money's going somewhere ("will go towards a new roof", "profits going to the
 * hospice"), its being spent on or used for something, paying for it, or a fund's being for it
 * ("a grant of £5,000 for new kit").
 */
const MONEY_USE =
  /\b(?:go(?:es|ing)?|went|be put|put|be given|given|donated) (?:to|towards?|into)\s+|\b(?:spen[dt]|spending|use[ds]?|using)\b(?:\s+[\w'’-]+){0,4}?\s+(?:on|for)\s+|\bpa(?:y|ys|ying|id) (?:for|off)\s+|\bused to\s+|\bto (?:fund|buy|replace|repair)\s+|\b(?:fund|funding|grant|money|budget|loan|donation|cheque|award)\b(?:(?! to )[^.;]){0,60}?\s+for\s+/gi;

const TIME_SPENT = /\bspen[dt]\b.*\b(?:night|nights|days?|weeks?|months?|years?|hours?|minutes?|time|morning|evening|afternoon|weekend|summer|winter)\b/i;

/** Where the thing the money goes to ends: the clause's close, a dash or a quotation mark. */
const USE_END = /[.;:!?—–"“”]|,\s+(?:which|who|while|although|but|so|and (?:the|he|she|it|they|we))\b|,\s+(?:he|she|they|it) (?:said|added)\b/;

/** "…, its treasurer, Ann Cole, said": who said so, closing the sentence, is no part of the use. */
const ATTRIBUTION_AFTER = /,[^,]*(?:,[^,]*){0,2}\b(?:said|says|added|told|heard|reported|confirmed|according to)\b[^,]*$/;

export function moneyUse(ctx: Ctx): Extraction | null {
  const use = useIn(ctx.sentence.text);
  return use === null ? null : { text: use, type: 'entity', how: 'what the money goes to', strength: 1 };
}

/** What a sentence tells money goes to, or null. */
function useIn(text: string): string | null {
  MONEY_USE.lastIndex = 0;
  for (let m = MONEY_USE.exec(text); m !== null; m = MONEY_USE.exec(text)) {
    // ("She spent the night sitting on the stairs": time spent, not money, as "spent £900 over two years on" is not.)
    if (TIME_SPENT.test(m[0]) && !MONEY_NAMED.test(m[0])) continue;
    const rest = text.slice(m.index + m[0].length);
    const end = USE_END.exec(rest)?.index ?? rest.length;
    const use = tidyAnswer(rest.slice(0, end).replace(ATTRIBUTION_AFTER, ''));
    if (use.length >= 3) return use;
  }
  return null;
}

/** Money named as a whole or as a part of it: "the surplus will go towards …", "the rest went on …". */
const MONEY_NAMED = /[£$€]\s?\d|\b(?:money|cash|funds?|funding|grants?|proceeds|profits?|surplus|donations?|takings|winnings|budget|windfall|prize|fee|penny|pennies|cheque)\b/i;

/** Whether a sentence tells what money goes to (see moneyUse), naming the money. */
export function tellsMoneyUse(text: string): boolean {
  return MONEY_NAMED.test(text) && useIn(text) !== null;
}

/**
 * "Where did the money come from?", "how was the roof paid for?": where money came from, which news
 * tells by its coming from somewhere, its being raised, funded or paid for by or through something
 * ("raised £3,000 through a raffle", "paid for partly by a quiz night"), what is done to pay for it
 * ("To help pay for it, the choir is holding a concert"), or a grant or a loan from
 * a giver, written with it ("a £2,500 grant from the parish fund").
 */
const MONEY_SOURCE =
  /\b(?:came|comes?|coming) from\s+|\bto (?:help )?(?:pay for|fund|finance|raise|cover)\b[^,.;]{0,40},\s+|\brais(?:e|es|ed|ing)\b(?:\s+[^\s.;]+){0,6}?\s+(?:through|by|from|via)\s+|\b(?:funded|financed|paid for|met|covered|bankrolled|underwritten|fund|funds|finance|finances|pay for|pays for|paying for)\b(?:\s+[^\s.;,]+){0,4}?\s+(?:by|through|from|with|out of|using)\s+|\b(?=(?:an?|the)\s+(?:[£$€][\d.,]+\s*(?:million|billion|bn|m|k)?\s+)?(?:[\w-]+\s+){0,2}?(?:grant|loan|donation|mortgage|bequest|sponsorship|contribution|gift)\s+from\s+)/gi;

/** Money, in words or as a sum: "came from" tells no source of money in a sentence without it. */
const MONEY_TOLD = /[£$€]\s?\d|\b(?:money|cash|funds?|funded|funding|financ\w*|grants?|budget|donations?|loan|mortgage|cost|costs|bill|pay|paid|paying|raised)\b/i;

export function moneySource(ctx: Ctx): Extraction | null {
  const text = ctx.sentence.text;
  if (!MONEY_TOLD.test(text)) return null;
  MONEY_SOURCE.lastIndex = 0;
  for (let m = MONEY_SOURCE.exec(text); m !== null; m = MONEY_SOURCE.exec(text)) {
    // (The lookahead of a grant's phrase matches nothing: step on past it.)
    if (m[0] === '') MONEY_SOURCE.lastIndex += 1;
    const rest = text.slice(m.index + m[0].length);
    const end = SOURCE_END.exec(rest)?.index ?? rest.length;
    const source = tidyAnswer(rest.slice(0, end).replace(ATTRIBUTION_AFTER, ''));
    // ("by a bake sale", "from a grant": the preposition says how the money came, and stays.)
    const by = SOURCE_PREPOSITION.exec(m[0])?.[1];
    if (source.length >= 3) return { text: by ? `${by} ${source}` : source, type: 'description', how: MONEY_SOURCE_HOW, strength: 1 };
  }
  return null;
}

/** Where a source ends: as a use does, or where the rest is added ("from a grant, with the rest raised by …"); a sum's decimal point goes on. */
const SOURCE_END = /[.;:!?](?=\s|$)|[—–"“”]|,\s+(?:which|who|while|although|but|so|with|the (?:rest|remainder)|and (?:the|he|she|it|they|we))\b|,\s+(?:he|she|they|it) (?:said|added)\b|,?\s+(?:after|before|because|while|since|until|means)\s/;

const SOURCE_PREPOSITION = /\b(by|through|from|via|with|out of|using)\s+$/i;

export const MONEY_SOURCE_HOW = 'where the money came from';
/** The question rule that asks it (src/qa/intents.ts). */
export const MONEY_SOURCE_RULE = 'money-source';

/** Whether a sentence tells where money came from (see moneySource). */
export function tellsMoneySource(text: string): boolean {
  if (!MONEY_TOLD.test(text)) return false;
  MONEY_SOURCE.lastIndex = 0;
  return MONEY_SOURCE.test(text);
}
