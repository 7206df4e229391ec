/**
 * Discord overhead through the fake Discord: the real discord.js client, the real router and /ask
 * command. Each interaction is timed from the moment discord.js hands it to the bot's handler to
 * the moment the fake has received the whole reply payload; the engine's own time for that
 * question (the `ms` the ask flow logs) is subtracted, leaving what the Discord side costs.
 */
import { Events } from 'discord.js';
import { commands } from '../commands/index.js';
import { parseConfig } from '../src/config.js';
import { createClient, startBot } from '../src/discord/bot.js';
import { createContext } from '../src/discord/context.js';
import { KnowledgeStore, prepareForQuestions } from '../src/engine.js';
import { memoryLogger } from '../src/log.js';
import { APP_ID, FakeDiscord, type FakeUser, type RecordedRequest } from '../tests/fake-discord/server.js';
import { summarize, type Summary } from './stats.js';

// Shaped like a bot token so the config accepts it; only ever sent to 127.0.0.1.
const TOKEN = 'YmVuY2gtYm90.bench-token-part.never-real-0123456789';

export interface DiscordFigures {
  interactions: number;
  /** Handler arrival to reply payload received, ms. */
  total: Summary;
  /** The engine's share (answerQuestion), ms, as the ask flow measured it. */
  engine: Summary;
  /** total − engine per interaction, ms. */
  overhead: Summary;
  /** Fake gateway dispatch to handler arrival (WebSocket + discord.js parsing), ms, for reference. */
  gateway: Summary;
}

/** The ask flow's log line for this user's question (searched from the end: it is among the last). */
function questionLogged(lines: readonly string[], userId: string): { ms?: unknown } | undefined {
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const e = JSON.parse(lines[i]) as { event?: string; user?: string; ms?: unknown };
    if (e.event === 'question' && e.user === userId) return e;
  }
  return undefined;
}

export async function benchDiscord(seedsDir: string, questions: readonly string[], count: number, warmup: number): Promise<DiscordFigures> {
  const fake = await new FakeDiscord().start();
  // The fake records a request once its whole body has arrived; stamping that moment on our clock
  // is the precise "payload received" time (its own `at` is Date.now(), whole milliseconds).
  const receivedAt = new WeakMap<RecordedRequest, number>();
  const push = fake.requests.push.bind(fake.requests);
  fake.requests.push = (...items: RecordedRequest[]): number => {
    for (const r of items) receivedAt.set(r, performance.now());
    return push(...items);
  };

  const log = memoryLogger('info', [TOKEN]);
  const config = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, SEEDS_DIR: seedsDir, LOG_LEVEL: 'info' });
  const store = await KnowledgeStore.open(seedsDir, {}, prepareForQuestions);
  const ctx = createContext({ store, config, log });
  const client = createClient(config);
  const arrived = new Map<string, number>();
  // Registered before startBot adds the bot's own listener, so it runs first: the handler's start.
  client.on(Events.InteractionCreate, (i) => void arrived.set(i.id, performance.now()));
  const bot = await startBot(ctx, commands, client);

  const total: number[] = [];
  const engine: number[] = [];
  const overhead: number[] = [];
  const gateway: number[] = [];
  try {
    for (let i = 0; i < warmup + count; i += 1) {
      // A new user each time: the per-user cooldown must not turn a question into a refusal.
      const user: FakeUser = { id: `93${String(i).padStart(16, '0')}`, username: `bench${i}` };
      const question = questions[i % questions.length];
      const sent = performance.now();
      const interaction = fake.slash('ask', [{ name: 'question', type: 3, value: question }], user);
      const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${interaction.id}/`), 10_000, `the reply to ${interaction.id}`);
      const end = receivedAt.get(reply);
      const start = arrived.get(interaction.id);
      const logged = questionLogged(log.lines, user.id);
      if (end === undefined || start === undefined || typeof logged?.ms !== 'number') throw new Error(`discord bench: interaction ${interaction.id} left no timing (is /ask answering?)`);
      if (i < warmup) continue;
      total.push(end - start);
      engine.push(logged.ms);
      overhead.push(Math.max(0, end - start - logged.ms));
      gateway.push(start - sent);
    }
  } finally {
    await bot.stop();
    await fake.close();
  }
  return { interactions: count, total: summarize(total), engine: summarize(engine), overhead: summarize(overhead), gateway: summarize(gateway) };
}
