import { escapeMarkdown } from 'discord.js';

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

/** Text from a question or the article, made safe to show inside a message. */
export const safeText = (text: string): string => defuseMentions(escapeMarkdown(text));

/** Article text as a block quote, every line quoted. */
export const quoteBlock = (text: string): string =>
  safeText(text)
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
