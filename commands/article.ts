import { SlashCommandBuilder, type APIEmbedField } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { safeText } from '../src/discord/mentions.js';
import { fitEmbed, truncate } from '../src/discord/limits.js';
import { FACT_TYPES } from '../src/facts/types.js';
import type { KnowledgeBase } from '../src/engine.js';
import type { Reply } from '../src/discord/request.js';
import { COLORS } from '../src/reply/discord.js';

/** Discord shows `<t:…>` in each reader's own time zone; the console chat prints it as ISO. */
const discordTime = (iso: string): string => `<t:${Math.floor(Date.parse(iso) / 1000)}:f>`;

export function articleReply(kb: KnowledgeBase): Reply {
  const byType = FACT_TYPES.map((t) => [t, kb.facts.filter((f) => f.type === t).length] as const)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  const fields: APIEmbedField[] = kb.articles.slice(0, 20).map((a) => ({
    name: truncate(safeText(a.meta.title ?? a.id), 256),
    value: [`file: ${safeText(a.id)}`, `date: ${a.meta.date ?? 'not given'}`, `sentences: ${a.sentences.length} (${a.sentences.filter((s) => s.caption).length} photo captions)`, `facts: ${kb.facts.filter((f) => f.article === a.id).length}`].join('\n'),
  }));
  const sentences = kb.articles.reduce((n, a) => n + a.sentences.length, 0);
  return {
    embeds: [
      fitEmbed({
        color: COLORS.info,
        title: kb.articles.length === 1 ? 'The article' : `${kb.articles.length} articles`,
        description: [`**${sentences}** sentences, **${kb.facts.length}** facts${byType ? ` (${byType})` : ''}.`, `Facts last refreshed ${discordTime(kb.builtAt)} (built in ${Math.round(kb.buildMs)} ms).`].join('\n'),
        fields,
      }),
    ],
  };
}

export default {
  data: new SlashCommandBuilder().setName('article').setDescription('Title, date, number of sentences and facts, and when the facts were last refreshed'),
  async execute(request, ctx) {
    await request.respond(articleReply(ctx.store.current));
  },
} satisfies Command;
