import { Client, Events, GatewayIntentBits, Partials, RESTEvents, type Interaction, type Message } from 'discord.js';
import type { Config } from '../config.js';
import type { Command } from './command.js';
import type { BotContext } from './context.js';
import { fromAutocomplete, fromButton, fromChatInput, fromMessage, incoming } from './adapters.js';
import { NO_PINGS } from './mentions.js';
import { handleMessageQuestion, questionFromMessage } from './messages.js';
import { Router } from './router.js';

/**
 * The discord.js client. `rest.api` moves the REST base (a proxy, or a fake in tests); the gateway
 * URL then comes from that REST's `/gateway/bot`, so both follow DISCORD_API_URL.
 */
export function createClient(config: Pick<Config, 'apiUrl'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
    // DM channels are not cached before their first message; without this their messages never arrive.
    partials: [Partials.Channel],
    rest: { api: config.apiUrl },
    // A default for anything sent without explicit options; every adapter sets it explicitly too.
    allowedMentions: NO_PINGS,
  });
}

/** A REST path with interaction and webhook tokens replaced: they answer for the bot for 15 minutes. */
export const withoutTokens = (path: string): string => path.replace(/\/(interactions|webhooks)\/(\d+)\/[^/?]+/g, '/$1/$2/:token');

export interface RunningBot {
  client: Client;
  router: Router;
  stop(): Promise<void>;
}

/** Wires the client's events to the router and logs in. Resolves once the bot is ready. */
export async function startBot(ctx: BotContext, commands: readonly Command[], client: Client = createClient(ctx.config)): Promise<RunningBot> {
  const token = ctx.config.token;
  if (token === undefined) throw new Error('startBot needs DISCORD_TOKEN');
  const router = new Router(commands, ctx);
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>): void => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (interaction.isChatInputCommand()) track(router.handleCommand(fromChatInput(interaction)));
    else if (interaction.isAutocomplete()) track(router.handleAutocomplete(fromAutocomplete(interaction)));
    else if (interaction.isButton()) track(router.handleButton(fromButton(interaction)));
  });
  client.on(Events.MessageCreate, (message: Message) => {
    const botId = client.user?.id;
    if (!botId) return;
    const question = questionFromMessage(incoming(message, botId), botId, ctx.config);
    if (question !== null) track(handleMessageQuestion(fromMessage(message, question), ctx));
  });
  client.on(Events.Error, (error) => ctx.log.error('discord-error', { error }));
  client.on(Events.Warn, (message) => ctx.log.warn('discord-warn', { message }));
  // The gateway's life after login: discord.js resumes or reconnects by itself; these say what it did.
  client.on(Events.ShardDisconnect, (event, shard) => ctx.log.warn('gateway-disconnected', { shard, code: event.code }));
  client.on(Events.ShardReconnecting, (shard) => ctx.log.info('gateway-reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => ctx.log.info('gateway-resumed', { shard, replayed }));
  client.on(Events.ShardError, (error, shard) => ctx.log.warn('gateway-error', { shard, error }));
  // discord.js waits out 429s and retries 5xx by itself; each such answer is logged here once, with
  // its route and path (interaction and webhook tokens cut out of the path).
  client.rest.on(RESTEvents.Response, (request, response) => {
    const where = { route: request.route, path: withoutTokens(request.path), method: request.method };
    if (response.status === 429) {
      const retryAfterMs = Math.round(Number(response.headers.get('retry-after') ?? 0) * 1000);
      ctx.log.warn('rate-limited', { ...where, retryAfterMs, global: response.headers.has('x-ratelimit-global') });
    } else if (response.status >= 500) {
      ctx.log.warn('discord-server-error', { ...where, status: response.status, attempt: request.retries + 1 });
    }
  });
  // Waits discord.js plans itself from the rate-limit headers: routine, so debug only.
  client.rest.on(RESTEvents.RateLimited, (info) => ctx.log.debug('rate-limit-wait', { route: info.route, method: info.method, global: info.global, waitMs: info.timeToReset }));

  const ready = new Promise<void>((resolve) =>
    client.once(Events.ClientReady, (c) => {
      ctx.log.info('ready', { user: c.user.id, tag: c.user.tag, guilds: c.guilds.cache.size, commands: commands.length });
      resolve();
    }),
  );
  await client.login(token);
  await ready;

  return {
    client,
    router,
    async stop() {
      // Let answers being sent finish (briefly), then close the gateway.
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, 2000).unref())]);
      await client.destroy();
    },
  };
}
