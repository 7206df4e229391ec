import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { ArticleError, RefreshInProgressError, type RefreshReport } from '../src/engine.js';
import type { Command } from '../src/discord/command.js';
import { UserError } from '../src/discord/errors.js';
import { fitEmbed, truncate } from '../src/discord/limits.js';
import { safeText } from '../src/discord/mentions.js';
import { requireModerator } from '../src/discord/preconditions.js';
import type { Reply } from '../src/discord/request.js';
import { COLORS } from '../src/reply/discord.js';

export function refreshReply(report: RefreshReport): Reply {
  return {
    embeds: [
      fitEmbed({
        color: COLORS.answered,
        title: 'Facts refreshed',
        fields: [
          { name: 'Facts', value: `+${report.factsAdded} added, −${report.factsRemoved} removed (${report.factsBefore} → ${report.factsAfter})`, inline: true },
          { name: 'Sentences', value: `${report.sentencesBefore} → ${report.sentencesAfter}`, inline: true },
          { name: 'Time taken', value: `${Math.round(report.ms)} ms`, inline: true },
          { name: 'Articles', value: truncate(report.articles.map(safeText).join('\n') || 'none', 1024) },
        ],
      }),
    ],
  };
}

export default {
  data: new SlashCommandBuilder()
    .setName('refresh')
    .setDescription('Moderators: re-read the seeds folder and rebuild the facts')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),

  async execute(request, ctx) {
    requireModerator(request, ctx.config);
    if (ctx.store.refreshing) throw new UserError('A refresh is already running; try again when it has finished.');
    // Reading and parsing the articles can take longer than Discord's 3 s.
    await request.defer({ ephemeral: false });
    const before = ctx.store.current;
    try {
      const report = await ctx.store.refresh();
      ctx.log.info('refresh', { user: request.user.id, factsAdded: report.factsAdded, factsRemoved: report.factsRemoved, sentences: report.sentencesAfter, ms: Math.round(report.ms) });
      await request.respond(refreshReply(report));
    } catch (error) {
      if (error instanceof RefreshInProgressError) throw new UserError(error.message);
      // Whatever failed, the store kept the old knowledge base: say why and that nothing changed.
      const why = error instanceof ArticleError ? error.message : 'an internal error while building the facts (it has been logged)';
      if (error instanceof ArticleError) ctx.log.warn('refresh-failed', { user: request.user.id, message: error.message });
      else ctx.log.error('refresh-failed', { user: request.user.id, error });
      const sentences = before.articles.reduce((n, a) => n + a.sentences.length, 0);
      await request.respond({
        embeds: [
          fitEmbed({
            color: COLORS.warning,
            title: 'Refresh failed: nothing changed',
            description: `${safeText(why)}\n\nThe previous facts stay in service (${before.facts.length} facts, ${sentences} sentences).`,
          }),
        ],
      });
    }
  },
} satisfies Command;
