/**
 * Load through the fake Discord (`npm run test:load`): 2,000 questions from 50 users across 10
 * channels within 20 s, as slash commands and channel messages. Every question gets exactly one
 * reply; latency p50/p99 and the error count are printed.
 *
 * Design: each user asks 40 questions spread over the run (one every ~375 ms), and the test bot's
 * cooldown (burst 10, one more every 250 ms) lets that pace through, so every reply is an answer;
 * the production default (3, then one per 4 s) is tested in security.test.ts. Channel messages are
 * kept under discord.js's global 50 requests/s (Discord's own limit); interaction callbacks are not
 * bound by it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { parseConfig } from '../src/config.js';
import { startBot, type RunningBot } from '../src/discord/bot.js';
import { createContext } from '../src/discord/context.js';
import { KnowledgeStore } from '../src/engine.js';
import { memoryLogger } from '../src/log.js';
import { APP_ID, EXTRA_CHANNEL_IDS, FakeDiscord, type RecordedRequest } from './fake-discord/server.js';

const QUESTIONS = 2000;
const USERS = 50;
const SEND_OVER_MS = 15_000;
const DEADLINE_MS = 20_000;
const MESSAGE_SHARE = 0.3;
const TOKEN = 'bG9hZC10ZXN0.load-token.never-real-1234567890';

const seedQuestions = readFileSync('../shared/eval/seed-dev.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { question: string }).question)
  // Channel messages must read as questions to be answered without a mention.
  .filter((q) => q.trim().endsWith('?') && q.length <= 300);

let fake: FakeDiscord;
let bot: RunningBot;
const log = memoryLogger('info', [TOKEN]);

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  const config = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: APP_ID,
    DISCORD_API_URL: fake.apiUrl,
    ASK_CHANNEL_IDS: EXTRA_CHANNEL_IDS.join(','),
    QUESTION_BURST: '10',
    QUESTION_COOLDOWN_MS: '250',
  });
  bot = await startBot(createContext({ store: await KnowledgeStore.open('seeds'), config, log }), commands);
}, 20_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

describe('load through the fake Discord', () => {
  it(`${QUESTIONS} questions from ${USERS} users across ${EXTRA_CHANNEL_IDS.length} channels: one reply each, within ${DEADLINE_MS / 1000} s`, async () => {
    expect(seedQuestions.length).toBeGreaterThan(20);
    const sentAt = new Map<string, number>();
    const replies = new Map<string, number[]>();
    const badBodies: string[] = [];
    const reply = (key: string, r: RecordedRequest) => {
      const list = replies.get(key) ?? [];
      list.push(r.at);
      replies.set(key, list);
      const allowed = (r.body as { allowed_mentions?: unknown; data?: { allowed_mentions?: unknown } } | null) ?? {};
      const mentions = allowed.allowed_mentions ?? allowed.data?.allowed_mentions;
      if (JSON.stringify(mentions) !== JSON.stringify({ parse: [], replied_user: false })) badBodies.push(r.path);
    };
    fake.onRequest((r) => {
      const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(r.path);
      const body = r.body as { type?: number; message_reference?: { message_id: string } } | null;
      // A deferral (type 5) is not the reply; the edit of @original that follows is.
      if (callback && r.method === 'POST' && body?.type === 4) reply(callback[1], r);
      const edit = /^\/webhooks\/\d+\/itoken-(\d+)\/messages\/@original$/.exec(r.path);
      if (edit && r.method === 'PATCH') reply(edit[1], r);
      if (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && body?.message_reference) reply(body.message_reference.message_id, r);
    });

    const users = Array.from({ length: USERS }, (_, i) => ({ id: `93000000000000${String(i).padStart(4, '0')}`, username: `reader${i}` }));
    const started = Date.now();
    for (let k = 0; k < QUESTIONS; k += 1) {
      const due = started + (k * SEND_OVER_MS) / QUESTIONS;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const user = users[k % USERS];
      const channelId = EXTRA_CHANNEL_IDS[Math.floor(k / USERS) % EXTRA_CHANNEL_IDS.length];
      const question = seedQuestions[k % seedQuestions.length];
      // Spread evenly: every third or so question is a channel message, the rest are /ask.
      const asMessage = Math.floor((k + 1) * MESSAGE_SHARE) > Math.floor(k * MESSAGE_SHARE);
      const sent = asMessage
        ? fake.message(question, user, { channelId })
        : fake.slash('ask', [{ name: 'question', type: 3, value: question }], user, { channelId });
      sentAt.set(sent.id, Date.now());
    }
    const sendMs = Date.now() - started;
    await fake.waitFor(() => (replies.size >= QUESTIONS ? true : undefined), Math.max(1000, started + DEADLINE_MS + 5000 - Date.now()), `${QUESTIONS} replies`).catch(() => undefined);
    const doneMs = Math.max(...[...replies.values()].flat()) - started;
    // Anything sent twice would show up shortly after.
    await new Promise((r) => setTimeout(r, 500));

    const latencies = [...replies.entries()].map(([id, at]) => at[0] - (sentAt.get(id) ?? 0)).sort((a, b) => a - b);
    const duplicates = [...replies.values()].filter((at) => at.length > 1).length;
    const missing = [...sentAt.keys()].filter((id) => !replies.has(id)).length;
    const errors = log.events.filter((e) => e.level === 'error' || e.level === 'warn');
    const cooldowns = log.events.filter((e) => e.event === 'cooldown').length;
    const figures = {
      questions: sentAt.size,
      replies: replies.size,
      missing,
      duplicates,
      errors: errors.length,
      cooldowns,
      sendSeconds: +(sendMs / 1000).toFixed(1),
      lastReplySeconds: +(doneMs / 1000).toFixed(1),
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      maxMs: latencies.at(-1),
      deferred: fake.requests.filter((r) => (r.body as { type?: number } | null)?.type === 5).length,
      rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
    };
    console.log(`load figures: ${JSON.stringify(figures)}`);

    expect(sentAt.size).toBe(QUESTIONS);
    expect(missing).toBe(0);
    expect(duplicates).toBe(0);
    expect(errors).toEqual([]);
    expect(cooldowns).toBe(0);
    expect(badBodies).toEqual([]);
    expect(doneMs).toBeLessThanOrEqual(DEADLINE_MS);
    expect(new Set([...sentAt.keys()].map((id) => id)).size).toBe(QUESTIONS);
    expect(log.events.filter((e) => e.event === 'question')).toHaveLength(QUESTIONS);
  }, 60_000);
});
