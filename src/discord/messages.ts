import type { Config } from '../config.js';
import { noticeReply } from '../reply/discord.js';
import { answerAndRecord, askReply, cleanQuestion } from './ask-flow.js';
import { withBoundary } from './boundary.js';
import type { BotContext } from './context.js';
import type { MessageRequest } from './request.js';

/** First words that make a message in an ask channel a question, kept as data. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'which', 'how',
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'has', 'have', 'had',
  'tell', 'explain', 'describe',
]);

export interface IncomingMessage {
  authorId: string;
  authorIsBot: boolean;
  channelId: string;
  guildId: string | null;
  content: string;
  /** The message mentions the bot (user mention or the bot's managed role). */
  mentionsBot: boolean;
}

const FIRST_WORD = /^[\p{L}']+/u;

export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  if (t.endsWith('?')) return true;
  const first = FIRST_WORD.exec(t)?.[0].toLowerCase();
  return first !== undefined && QUESTION_OPENERS.has(first);
}

/**
 * The question a message asks the bot, or null when the bot should stay out of it: other bots and
 * itself are ignored; DMs and mentions are always for the bot; ask channels only when it is a question.
 */
export function questionFromMessage(m: IncomingMessage, botId: string, config: Pick<Config, 'askChannelIds'>): string | null {
  if (m.authorIsBot || m.authorId === botId) return null;
  const text = m.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
  if (m.guildId === null || m.mentionsBot) return text;
  if (config.askChannelIds.includes(m.channelId) && looksLikeQuestion(text)) return text;
  return null;
}

/** Answers a question typed in a channel or DM with a reply to the message. */
export async function handleMessageQuestion(request: MessageRequest, ctx: BotContext): Promise<void> {
  await withBoundary(ctx.log, { what: 'message', userId: request.user.id, channelId: request.channelId, respond: (r) => request.reply(r) }, async () => {
    if (request.content === '') {
      await request.reply(noticeReply('Ask me a question about the article, e.g. "Who is quoted?" — or use `/help`.'));
      return;
    }
    const question = cleanQuestion(request.content);
    const turn = ctx.cooldown.take(request.user.id);
    if (!turn.ok) {
      ctx.log.info('cooldown', { via: 'message', user: request.user.id, retryAfterMs: turn.retryAfterMs });
      // One brief note per flood; the rest are ignored so the bot does not flood the channel itself.
      if (turn.firstRefusal) await request.reply(noticeReply(`Slow down a little: try again in ${Math.ceil(turn.retryAfterMs / 1000)} s.`));
      return;
    }
    const release = await ctx.limiter.acquire();
    try {
      const asked = answerAndRecord(ctx, question, { userId: request.user.id, channelId: request.channelId, via: 'message' });
      await request.reply(askReply(question, asked));
    } finally {
      release();
    }
  });
}
