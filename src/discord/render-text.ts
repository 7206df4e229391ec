import type { APIEmbed } from 'discord.js';
import type { Reply } from './request.js';

/** Undoes Discord markdown escapes and formatting for a terminal, and shows `<t:…>` times as ISO. */
export function plainText(text: string): string {
  return text
    .replace(/\u200b/g, '')
    .replace(/<t:(\d+)(?::\w)?>/g, (_, s: string) => new Date(Number(s) * 1000).toISOString())
    .replace(/\*\*(.+?)\*\*/gs, '$1')
    .replace(/(?<!\\)`([^`\n]*?)(?<!\\)`/g, '$1')
    // Any escaped ASCII punctuation shows as the character itself, as in Discord.
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function embedText(e: APIEmbed): string[] {
  const lines: string[] = [];
  if (e.author) lines.push(plainText(e.author.name));
  if (e.title) lines.push(`== ${plainText(e.title)} ==`);
  if (e.description) lines.push(plainText(e.description));
  for (const f of e.fields ?? []) lines.push(`${plainText(f.name)}:`, ...plainText(f.value).split('\n').map((l) => `  ${l}`));
  if (e.footer) lines.push(`(${plainText(e.footer.text)})`);
  return lines;
}

/** A reply as terminal text; buttons are listed with the console command that presses them. */
export function renderText(reply: Reply, buttonHint: (label: string) => string | undefined = () => undefined): string {
  const lines: string[] = [];
  if (reply.content) lines.push(plainText(reply.content));
  for (const e of reply.embeds ?? []) lines.push(...embedText(e));
  const hints = (reply.components ?? [])
    .flatMap((row) => row.components)
    .flatMap((c) => ('label' in c && c.label && !('disabled' in c && c.disabled) ? [buttonHint(c.label)] : []))
    .filter((h): h is string => h !== undefined);
  if (hints.length > 0) lines.push(`[${hints.join(' · ')}]`);
  return lines.join('\n');
}
