/**
 * Sent with every message: nobody is pinged, not even the author being replied to, whatever
 * `@everyone`, role or user mention a question or the article text contains.
 */
export const NO_PINGS = Object.freeze({ parse: [] as never[], repliedUser: false });

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Breaks `@everyone` / `@here` and raw mention syntax in text so that, even if shown somewhere
 * allowedMentions does not reach (a client quoting it), it reads as text, not a ping.
 */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/<(@[!&]?|#)(\d+)>/g, `<${ZERO_WIDTH_SPACE}$1$2>`);
}

// Characters that format anywhere in a line: emphasis, strike, spoiler, code, masked links, escapes.
const INLINE_MARKS = /[\\*_~|`[\]]/g;
// Marks that only count at the start of a line: headings, block quotes, lists, subtext, numbered lists.
const LINE_START_MARKS = /^([ \t]*)([#>+-]|\d+(?=\.))/gm;
// Discord links a web address with everything up to the next space, markdown characters and escapes
// included, so an address could swallow the `**` that closes a bold answer. Escaping its colon keeps
// it plain text (shown exactly, just not clickable).
const WEB_ADDRESS = /(https?):(?=\/\/)/gi;

/** Text shown literally: every character Discord markdown would act on is escaped (an escape renders as the character itself). */
export const escapeText = (text: string): string =>
  text
    .replace(INLINE_MARKS, '\\$&')
    .replace(LINE_START_MARKS, (_, indent: string, mark: string) => (/\d/.test(mark) ? `${indent}${mark}\\` : `${indent}\\${mark}`))
    .replace(WEB_ADDRESS, '$1\\:');

/** Text from a question or the article, made safe to show inside a message. */
export const safeText = (text: string): string => defuseMentions(escapeText(text));

/** Article text as a block quote, every line quoted. */
export const quoteBlock = (text: string): string =>
  safeText(text)
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
