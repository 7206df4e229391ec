import { SlashCommandBuilder } from 'discord.js';
import { answerAndRecord, askReply, cleanQuestion, cooldownReply, MAX_QUESTION_CHARS } from '../src/discord/ask-flow.js';
import { parseCustomId, type Command } from '../src/discord/command.js';
import { UserError } from '../src/discord/errors.js';
import { autocompleteChoices } from '../src/discord/suggestions.js';
import { whyReply } from '../src/reply/discord.js';

const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the article; the answer quotes the sentences it comes from')
  .addStringOption((o) =>
    o.setName('question').setDescription('Your question, e.g. "Who is quoted?"').setRequired(true).setAutocomplete(true).setMaxLength(MAX_QUESTION_CHARS),
  )
  .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer'));

export default {
  data,

  async execute(request, ctx) {
    const question = cleanQuestion(request.string('question') ?? '');
    const ephemeral = request.boolean('private') ?? false;
    const turn = ctx.cooldown.take(request.user.id);
    if (!turn.ok) {
      ctx.log.info('cooldown', { via: 'slash', user: request.user.id, retryAfterMs: turn.retryAfterMs });
      await request.respond(cooldownReply(turn.retryAfterMs));
      return;
    }
    // Answer at once when a slot is free; otherwise acknowledge within Discord's 3 s and wait for one.
    let release = ctx.limiter.tryAcquire();
    if (!release) {
      await request.defer({ ephemeral });
      release = await ctx.limiter.acquire();
    }
    try {
      const asked = answerAndRecord(ctx, question, { userId: request.user.id, channelId: request.channelId, via: 'slash' });
      await request.respond(askReply(question, asked, ephemeral));
    } finally {
      release();
    }
  },

  async autocomplete(request, ctx) {
    await request.respond(autocompleteChoices(ctx.store.current, request.focused.value));
  },

  async button(request, ctx) {
    const { parts } = parseCustomId(request.customId);
    const [kind, id] = parts;
    if (kind !== 'why' || id === undefined) throw new UserError('That button no longer works; ask again.');
    const entry = ctx.answers.get(id);
    if (!entry) throw new UserError('That answer is too old to explain (the bot restarted or forgot it); ask again.');
    await request.respond(whyReply(entry.question, entry.answer));
  },
} satisfies Command;
