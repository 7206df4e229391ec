import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Answer, KnowledgeBase, Source } from '../engine.js';
import { customId } from '../discord/command.js';
import { fitEmbed, LIMITS, truncate } from '../discord/limits.js';
import { defuseMentions, quoteBlock, safeText } from '../discord/mentions.js';
import type { Reply } from '../discord/request.js';

export const COLORS = {
  answered: 0x2f9e44,
  notSaid: 0x868e96,
  info: 0x4263eb,
  warning: 0xe8590c,
} as const;

/** Room left in a field for the quoted sentence once the `> ` prefix and escapes are added. */
const QUOTE_ROOM = 800;

/** "sentence 7 of 19" (from 1, as people count), "photo caption", and the article when there are several. */
export function sourcePosition(kb: KnowledgeBase, source: Source): string {
  const article = kb.articles.find((a) => a.id === source.article);
  const total = article?.sentences.length;
  const where = total ? `sentence ${source.index + 1} of ${total}` : `sentence ${source.index + 1}`;
  const caption = source.caption ? ' (photo caption)' : '';
  const which = kb.articles.length > 1 ? ` in ${source.article}` : '';
  return `${where}${caption}${which}`;
}

const percent = (confidence: number): string => `${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%`;

/** How it was matched, for the footer: the rule, or the fallback. */
export function matchedBy(answer: Answer): string {
  switch (answer.explanation.method) {
    case 'rule':
      return `rule ${answer.explanation.rule}`;
    case 'fallback':
      return 'sentence similarity';
    case 'smalltalk':
      return 'small talk';
    case 'abstain':
      return 'no match';
  }
}

const sourceField = (kb: KnowledgeBase, source: Source, label: string): APIEmbedField => ({
  name: `${label} — ${sourcePosition(kb, source)}`,
  value: quoteBlock(truncate(source.text, QUOTE_ROOM)),
});

function whyButton(whyId: string): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Why this answer?', custom_id: customId('ask', 'why', whyId) }],
  };
}

/**
 * An answer as an embed: the short answer, the quoted source sentences with their positions, who
 * says so, and a footer with the match and the confidence. "Doesn't say" has its own look: grey,
 * its own title, and the closest sentence marked as not an answer.
 */
export function answerReply(kb: KnowledgeBase, question: string, answer: Answer, options: { whyId?: string; ephemeral?: boolean } = {}): Reply {
  const fields: APIEmbedField[] = [];
  let embed: APIEmbed;
  if (answer.answered) {
    answer.sources.slice(0, 3).forEach((s, i) => fields.push(sourceField(kb, s, i === 0 ? 'Source' : 'Also')));
    if (answer.attribution) fields.push({ name: 'Who says so', value: safeText(truncate(answer.attribution, 300)), inline: true });
    embed = {
      color: COLORS.answered,
      author: { name: truncate(`Q: ${question}`, LIMITS.author) },
      description: `**${safeText(truncate(answer.answer, 1500))}**`,
      fields,
      footer: { text: `Matched by ${matchedBy(answer)} · confidence ${percent(answer.confidence)}` },
    };
  } else {
    if (answer.closest) fields.push(sourceField(kb, answer.closest, 'Closest sentence (not an answer)'));
    embed = {
      color: COLORS.notSaid,
      author: { name: truncate(`Q: ${question}`, LIMITS.author) },
      title: "The article doesn't say",
      description: safeText(truncate(answer.answer, 1500)),
      fields,
      footer: { text: `No answer in the article · confidence ${percent(answer.confidence)}` },
    };
  }
  // Discord shows the author line as plain text (no markdown, so no escapes that would show), but
  // defuse mention syntax anyway so a client quoting it never pings.
  if (embed.author) embed.author = { name: defuseMentions(embed.author.name) };
  return {
    embeds: [fitEmbed(embed)],
    components: options.whyId ? [whyButton(options.whyId)] : [],
    ephemeral: options.ephemeral,
  };
}

/** The "Why this answer?" reply: the rule or fallback that decided and the words it matched on. */
export function whyReply(question: string, answer: Answer): Reply {
  const { method, rule, matched } = answer.explanation;
  const how =
    method === 'rule'
      ? `A fact rule matched: \`${rule}\`.`
      : method === 'fallback'
        ? `No fact rule matched, so the sentence-similarity fallback (BM25) picked the closest sentence (\`${rule}\`).`
        : method === 'smalltalk'
          ? `It was taken as small talk (\`${rule}\`).`
          : `No rule and no similar sentence was good enough, so the bot declined (\`${rule}\`).`;
  const words = matched.length > 0 ? matched.map((w) => `\`${w.replace(/`/g, "'")}\``).join(', ') : 'none';
  const embed: APIEmbed = {
    color: COLORS.info,
    title: 'Why this answer?',
    author: { name: defuseMentions(truncate(`Q: ${question}`, LIMITS.author)) },
    fields: [
      { name: 'How it was matched', value: how },
      { name: 'Words it matched on', value: words },
      { name: 'Question type', value: `\`${answer.intent}\` · confidence ${percent(answer.confidence)}`, inline: true },
    ],
  };
  return { embeds: [fitEmbed(embed)], ephemeral: true };
}

export interface Page {
  title: string;
  lines: readonly string[];
  page: number;
  /** Custom id of the button that shows page `n`. */
  idFor: (page: number) => string;
  footer?: string;
  /** Characters per page; a page also ends at 15 lines. */
  pageChars?: number;
}

/** Splits lines into pages that fit an embed description. */
export function paginate(lines: readonly string[], pageChars = 1800, pageLines = 15): string[][] {
  const pages: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const raw of lines) {
    const line = truncate(raw, pageChars);
    if (current.length > 0 && (size + line.length + 1 > pageChars || current.length >= pageLines)) {
      pages.push(current);
      current = [];
      size = 0;
    }
    current.push(line);
    size += line.length + 1;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

/** One page of a long list, with Previous / Next buttons when there is more than one page. */
export function pagedReply(p: Page): Reply {
  const pages = paginate(p.lines, p.pageChars);
  const count = Math.max(1, pages.length);
  const page = Math.min(Math.max(0, p.page), count - 1);
  const body = pages[page]?.join('\n') ?? 'Nothing to show.';
  const footer = [count > 1 ? `Page ${page + 1} of ${count}` : '', p.footer ?? ''].filter(Boolean).join(' · ');
  const embed: APIEmbed = { color: COLORS.info, title: p.title, description: body, ...(footer ? { footer: { text: footer } } : {}) };
  const components: APIActionRowComponent<APIButtonComponent>[] =
    count > 1
      ? [
          {
            type: ComponentType.ActionRow,
            components: [
              { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Previous', custom_id: p.idFor(page - 1), disabled: page === 0 },
              { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Next', custom_id: p.idFor(page + 1), disabled: page === count - 1 },
            ],
          },
        ]
      : [];
  return { embeds: [fitEmbed(embed)], components };
}

/** A short message: an error, a refusal, a cooldown. Plain content, within the content limit. */
export function noticeReply(text: string, ephemeral = true): Reply {
  return { content: truncate(text, LIMITS.content), ephemeral };
}
