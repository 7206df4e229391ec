import type { APIEmbed } from 'discord.js';

/** Discord's documented size limits for what a bot sends. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  embedsPerMessage: 10,
  choices: 25,
  choiceText: 100,
  customId: 100,
  buttonLabel: 80,
} as const;

const ELLIPSIS = '…';

/** Cuts text to at most `max` characters (code points kept whole), ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, max - ELLIPSIS.length);
  // Do not split a surrogate pair, and do not leave an escaping backslash that would swallow the ellipsis.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/\\+$/, '').trimEnd();
  return `${cut}${ELLIPSIS}`;
}

const embedLength = (e: APIEmbed): number =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.author?.name.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

export const totalEmbedLength = (embeds: readonly APIEmbed[]): number => embeds.reduce((n, e) => n + embedLength(e), 0);

/** Returns a copy of the embed within every per-part limit and the 6000-character total. */
export function fitEmbed(embed: APIEmbed, budget: number = LIMITS.embedTotal): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = truncate(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.author) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f,
      name: truncate(f.name, LIMITS.fieldName) || '\u200b',
      value: truncate(f.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  // Over the total: drop trailing fields first (the least important sources), then shorten the description.
  while (embedLength(out) > budget && out.fields && out.fields.length > 0) out.fields = out.fields.slice(0, -1);
  const over = embedLength(out) - budget;
  if (over > 0 && out.description) out.description = truncate(out.description, Math.max(1, out.description.length - over));
  return out;
}
