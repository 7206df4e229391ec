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

/** Where the thing the money goes to ends: the clause's close, a dash or a quotation mark. */
const USE_END = /[.;:!?—–"“”]|,\s+(?:which|who|while|although|but|so|and (?:the|he|she|it|they|we))\b|,\s+(?:he|she|they|it) (?:said|added)\b/;

/** "…, its treasurer, Ann Cole, said": who said so, closing the sentence, is no part of the use. */
const ATTRIBUTION_AFTER = /,[^,]*(?:,[^,]*){0,2}\b(?:said|says|added|told|heard|reported|confirmed|according to)\b[^,]*$/;

export function moneyUse(ctx: Ctx): Extraction | null {
  const text = ctx.sentence.text;
  MONEY_USE.lastIndex = 0;
  for (let m = MONEY_USE.exec(text); m !== null; m = MONEY_USE.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    const end = USE_END.exec(rest)?.index ?? rest.length;
    const use = tidyAnswer(rest.slice(0, end).replace(ATTRIBUTION_AFTER, ''));
    if (use.length >= 3) return { text: use, type: 'entity', how: 'what the money goes to', strength: 1 };
  }
  return null;
}
