import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { fitEmbed } from '../src/discord/limits.js';
import { safeText } from '../src/discord/mentions.js';
import type { Reply } from '../src/discord/request.js';
import { suggestQuestions } from '../src/discord/suggestions.js';
import type { KnowledgeBase } from '../src/engine.js';
import { COLORS } from '../src/reply/discord.js';

export function helpReply(kb: KnowledgeBase): Reply {
  const examples = suggestQuestions(kb).slice(0, 5);
  return {
    ephemeral: true,
    embeds: [
      fitEmbed({
        color: COLORS.info,
        title: 'How to ask',
        description: [
          'Ask a question about the article in your own words. Every answer quotes the sentences it comes from; when the article does not say, the bot says so.',
          '',
          '• `/ask question:<your question>` (add `private:true` to see the answer alone)',
          '• mention the bot with a question, or send it a direct message',
          '• follow-ups work: "What did he say?" refers to your last question',
        ].join('\n'),
        fields: [
          { name: 'Try', value: examples.map((q) => `• ${safeText(q)}`).join('\n') || '• What is the article about?' },
          {
            name: 'Other commands',
            value: [
              '`/facts [about]` the facts about a name, or the main names',
              '`/sources` (or `/claims`) who says what in the article',
              '`/article` title, date, sentences, facts and when they were refreshed',
              '`/refresh` moderators: re-read the articles',
            ].join('\n'),
          },
        ],
      }),
    ],
  };
}

export default {
  data: new SlashCommandBuilder().setName('help').setDescription('How to ask the bot, with examples from the article'),
  async execute(request, ctx) {
    await request.respond(helpReply(ctx.store.current));
  },
} satisfies Command;
