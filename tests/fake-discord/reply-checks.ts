/**
 * Checks on what the bot sends, written from Discord's rules rather than from the bot's code: size
 * limits, pings, and which characters Discord markdown would act on. Shared by the reliability,
 * security and load tests.
 */
import type { APIEmbed } from 'discord.js';
import { toSendOptions } from '../../src/discord/adapters.js';
import type { Reply } from '../../src/discord/request.js';

/** Discord's documented limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
const DISCORD = { content: 2000, embeds: 10, title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, author: 256, total: 6000, rows: 5, buttonsPerRow: 5, customId: 100, label: 80 };

const PING = /@(everyone|here)\b|<@[!&]?\d+>/;

function embedProblems(e: APIEmbed): string[] {
  const p: string[] = [];
  const len = (s: string | undefined) => [...(s ?? '')].length;
  if (len(e.title) > DISCORD.title) p.push('title too long');
  if (len(e.description) > DISCORD.description) p.push('description too long');
  if (len(e.footer?.text) > DISCORD.footer) p.push('footer too long');
  if (len(e.author?.name) > DISCORD.author) p.push('author too long');
  if ((e.fields ?? []).length > DISCORD.fields) p.push('too many fields');
  for (const f of e.fields ?? []) {
    if (len(f.name) > DISCORD.fieldName || len(f.name) === 0) p.push('bad field name length');
    if (len(f.value) > DISCORD.fieldValue || len(f.value) === 0) p.push('bad field value length');
  }
  return p;
}

const embedTotal = (e: APIEmbed): number =>
  [e.title, e.description, e.footer?.text, e.author?.name, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].reduce((n, s) => n + [...(s ?? '')].length, 0);

/** Every string of a reply a reader sees. */
export const visibleTexts = (reply: Reply): string[] => [
  reply.content ?? '',
  ...(reply.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '', e.author?.name ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
  ...(reply.components ?? []).flatMap((row) => row.components).flatMap((c) => ('label' in c && c.label ? [c.label] : [])),
];

/** What is wrong with a reply as Discord would receive it (after the adapters' send options). */
export function sendProblems(reply: Reply): string[] {
  const sent = toSendOptions(reply);
  const p: string[] = [];
  if (JSON.stringify(sent.allowedMentions) !== JSON.stringify({ parse: [], repliedUser: false })) p.push('allowedMentions does not forbid every ping');
  if (sent.content !== undefined && [...sent.content].length > DISCORD.content) p.push('content too long');
  if (sent.content === undefined && sent.embeds.length === 0) p.push('empty message');
  if (sent.embeds.length > DISCORD.embeds) p.push('too many embeds');
  for (const e of sent.embeds) p.push(...embedProblems(e));
  if (sent.embeds.reduce((n, e) => n + embedTotal(e), 0) > DISCORD.total) p.push('embeds over 6000 characters');
  if (sent.components.length > DISCORD.rows) p.push('too many rows');
  for (const row of sent.components) {
    if (row.components.length > DISCORD.buttonsPerRow) p.push('too many buttons');
    for (const c of row.components) {
      if ('custom_id' in c && [...c.custom_id].length > DISCORD.customId) p.push('custom id too long');
      if ('label' in c && c.label && [...c.label].length > DISCORD.label) p.push('label too long');
    }
  }
  const texts = [sent.content ?? '', ...visibleTexts({ embeds: sent.embeds, components: sent.components })];
  if (texts.some((t) => PING.test(t))) p.push('mention syntax that could ping');
  return p;
}

const PUNCT = /[!-/:-@[-`{-~]/;
const WEB_ADDRESS = /https?:\/\/[^\s<]+[^<.,:;"')\]\s]/i;

/**
 * Which Discord markdown constructs a text would trigger if shown in a message or embed: a
 * backslash before ASCII punctuation shows that character as is; a web address is linked as is.
 */
export function markdownProblems(text: string): string[] {
  const problems: string[] = [];
  if (WEB_ADDRESS.test(text)) problems.push('web address (links swallow markdown)');
  for (const line of text.split('\n')) {
    const chars: { c: string; escaped: boolean }[] = [];
    for (let i = 0; i < line.length; i += 1) {
      if (line[i] === '\\' && i + 1 < line.length && PUNCT.test(line[i + 1])) {
        chars.push({ c: line[i + 1], escaped: true });
        i += 1;
      } else {
        if (line[i] === '\\' && i + 1 === line.length) problems.push('dangling backslash');
        chars.push({ c: line[i], escaped: false });
      }
    }
    const bare = chars.map((x) => (x.escaped ? '\u0000' : x.c)).join('');
    if (/[*_`]/.test(bare)) problems.push('emphasis or code');
    if (/~~|\|\|/.test(bare)) problems.push('strike-through or spoiler');
    if (/^[ \t]*(#{1,3} |>{1,3} |[-*+] |-# |\d+\. )/.test(bare)) problems.push('heading, quote or list');
    if (/\[[^\]]*\]\(/.test(bare)) problems.push('masked link');
  }
  return problems;
}

/** The text a reader sees for an escaped string: escapes resolved, zero-width spaces dropped. */
export const shownText = (escaped: string): string => escaped.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\u200b/g, '');

/**
 * Markdown problems in the parts of an answer embed that quote the question or the article: the
 * short answer (inside `**…**` when answered), and every quoted source line (after `> `).
 */
export function answerMarkdownProblems(reply: Reply): string[] {
  const p: string[] = [];
  for (const e of reply.embeds ?? []) {
    if (e.description !== undefined) {
      const bold = /^\*\*([\s\S]*)\*\*$/.exec(e.description);
      p.push(...markdownProblems(bold ? bold[1] : e.description).map((x) => `description: ${x}`));
    }
    for (const f of e.fields ?? []) {
      if (/^(Source|Also|Closest sentence)/.test(f.name)) {
        for (const line of f.value.split('\n')) {
          if (!line.startsWith('> ')) p.push('quoted source line without its quote mark');
          p.push(...markdownProblems(line.slice(2)).map((x) => `source: ${x}`));
        }
      } else if (f.name === 'Who says so') {
        p.push(...markdownProblems(f.value).map((x) => `attribution: ${x}`));
      }
    }
  }
  return p;
}
