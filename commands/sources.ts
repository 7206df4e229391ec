import { SlashCommandBuilder } from 'discord.js';
import type { KnowledgeBase } from '../src/engine.js';
import { customId, parseCustomId, type Command } from '../src/discord/command.js';
import { UserError } from '../src/discord/errors.js';
import { sourceEntries, sourceLines } from '../src/discord/fact-lines.js';
import type { Reply } from '../src/discord/request.js';
import { pagedReply } from '../src/reply/discord.js';

function sourcesReply(name: string, kb: KnowledgeBase, page: number): Reply {
  const lines = sourceLines(kb);
  if (lines.length === 0) throw new UserError('The article attributes nothing to anyone: no quotes, claims or credits were found.');
  const claims = sourceEntries(kb).reduce((n, e) => n + e.items.length, 0);
  return pagedReply({
    title: 'Who says what in the article',
    lines,
    page,
    idFor: (p) => customId(name, 'p', p),
    footer: `${lines.length} source${lines.length === 1 ? '' : 's'}, ${claims} attributed statement${claims === 1 ? '' : 's'}`,
  });
}

/** /sources and its alias /claims: the same handler under two names. */
export function sourcesCommand(name: string) {
  return {
    data: new SlashCommandBuilder().setName(name).setDescription('Who says what: every source in the article with its claims and quotes'),

    async execute(request, ctx) {
      await request.respond(sourcesReply(name, ctx.store.current, 0));
    },

    async button(request, ctx) {
      const { parts } = parseCustomId(request.customId);
      const page = Number(parts[1]);
      if (parts[0] !== 'p' || !Number.isInteger(page)) throw new UserError(`That button no longer works; run /${name} again.`);
      await request.update(sourcesReply(name, ctx.store.current, page));
    },
  } satisfies Command;
}

export default sourcesCommand('sources');
