/**
 * Faults on Discord's side, through the real discord.js client and the fake Discord: REST 500 and
 * 429 on a reply, an expired interaction, a gateway drop, a channel the bot may not post in. Each is
 * logged once with its context, and the bot goes on answering.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { parseConfig } from '../src/config.js';
import { startBot, type RunningBot } from '../src/discord/bot.js';
import { createContext } from '../src/discord/context.js';
import { KnowledgeStore } from '../src/engine.js';
import { memoryLogger, type Fields } from '../src/log.js';
import { APP_ID, ASK_CHANNEL_ID, BOT_USER, FakeDiscord, FAULTS, READ_ONLY_CHANNEL_ID, type FakeUser, type RecordedRequest } from './fake-discord/server.js';

const TOKEN = `${randomBytes(18).toString('base64url')}.${randomBytes(6).toString('base64url')}.${randomBytes(27).toString('base64url')}`;
const QUESTION = 'How far are the insurgents from Homs?';

let fake: FakeDiscord;
let bot: RunningBot;
const log = memoryLogger('debug', [TOKEN]);
let userSeq = 0;
const newUser = (): FakeUser => ({ id: `92000000000000${String(++userSeq).padStart(4, '0')}`, username: `faulty${userSeq}` });

const isCallback = (interaction: { id: string }) => (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${interaction.id}/`);
const channelPost = (channelId: string) => (r: RecordedRequest) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`;
const eventsFor = (event: string, match: (e: Fields) => boolean = () => true): Fields[] => log.events.filter((e) => e.event === event && match(e));
const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

/** The bot still answers: a new question from a new user in the ask channel gets its reply. */
async function stillServing(): Promise<void> {
  const before = fake.requests.length;
  fake.message(QUESTION, newUser(), { channelId: ASK_CHANNEL_ID });
  const reply = await fake.waitFor(() => fake.requests.slice(before).find(channelPost(ASK_CHANNEL_ID)), 5000, 'an answer after the fault');
  expect(JSON.stringify(reply.body)).toMatch(/five kilometres/);
}

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  const config = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, ASK_CHANNEL_IDS: ASK_CHANNEL_ID });
  const ctx = createContext({ store: await KnowledgeStore.open('seeds'), config, log });
  bot = await startBot(ctx, commands);
}, 15_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('REST faults on a reply', () => {
  it('a 500 is retried by discord.js, logged once, and the answer still arrives', async () => {
    const user = newUser();
    const interaction = fake.slash('ask', [{ name: 'question', type: 3, value: QUESTION }], user);
    fake.injectFault(isCallback(interaction), FAULTS.serverError, 1);
    await fake.waitFor(() => (fake.requests.filter(isCallback(interaction)).length >= 2 ? true : undefined), 5000, 'the retried callback');
    const attempts = fake.requests.filter(isCallback(interaction));
    expect(attempts).toHaveLength(2);
    expect(JSON.stringify(attempts[1].body)).toMatch(/five kilometres/);
    await settle();
    const serverErrors = eventsFor('discord-server-error', (e) => e.path === `/interactions/${interaction.id}/:token/callback`);
    expect(serverErrors).toEqual([expect.objectContaining({ status: 500, attempt: 1, method: 'POST' })]);
    expect(JSON.stringify(serverErrors)).not.toContain(interaction.token);
    expect(eventsFor('reply-failed', (e) => e.user === user.id)).toHaveLength(0);
  });

  it('a 500 that outlasts the retries is logged once with the user and channel, and nothing else is sent', async () => {
    const user = newUser();
    const serverErrorsBefore = eventsFor('discord-server-error').length;
    const interaction = fake.slash('ask', [{ name: 'question', type: 3, value: QUESTION }], user);
    fake.injectFault(isCallback(interaction), FAULTS.serverError, 10);
    await fake.waitFor(() => (eventsFor('reply-failed', (e) => e.user === user.id).length > 0 ? true : undefined), 8000, 'the failure to be logged');
    await settle();
    // discord.js tries 1 + 3 times; the bot does not pile an apology on a reply Discord refuses.
    expect(fake.requests.filter(isCallback(interaction))).toHaveLength(4);
    expect(eventsFor('discord-server-error').length - serverErrorsBefore).toBe(4);
    const failed = eventsFor('reply-failed', (e) => e.user === user.id);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ what: '/ask', status: 500 });
    expect(typeof failed[0].channel).toBe('string');
    expect(eventsFor('handler-failed', (e) => e.user === user.id)).toHaveLength(0);
    expect(eventsFor('error-reply-failed', (e) => e.user === user.id)).toHaveLength(0);
    await stillServing();
  });

  it('a 429 on a channel reply is waited out and retried; the rate limit is logged once', async () => {
    const user = newUser();
    fake.injectFault(channelPost(ASK_CHANNEL_ID), FAULTS.rateLimited(0.2), 1);
    const limitedBefore = eventsFor('rate-limited').length;
    const started = Date.now();
    const question = fake.message(QUESTION, user, { channelId: ASK_CHANNEL_ID });
    // Only the replies to this question: a late reply from an earlier test may share the channel.
    const repliesToQuestion = (r: RecordedRequest): boolean =>
      channelPost(ASK_CHANNEL_ID)(r) && (r.body as { message_reference?: { message_id?: string } } | null)?.message_reference?.message_id === question.id;
    await fake.waitFor(() => (fake.faulted.some((f) => f.fault.status === 429) && fake.requests.filter(repliesToQuestion).some((r) => r.at - started >= 150) ? true : undefined), 5000, 'the retried reply');
    await settle();
    const posts = fake.requests.filter((r) => repliesToQuestion(r) && r.at >= started);
    expect(posts).toHaveLength(2);
    expect(posts[1].at - posts[0].at).toBeGreaterThanOrEqual(150);
    expect(eventsFor('rate-limited').length - limitedBefore).toBe(1);
    expect(eventsFor('rate-limited').at(-1)).toMatchObject({ route: '/channels/:id/messages', path: `/channels/${ASK_CHANNEL_ID}/messages`, retryAfterMs: 200 });
    expect(eventsFor('reply-failed', (e) => e.user === user.id)).toHaveLength(0);
  });

  it('an expired interaction (Unknown interaction) is logged once, with its code, and not answered again', async () => {
    const user = newUser();
    const interaction = fake.slash('ask', [{ name: 'question', type: 3, value: QUESTION }], user);
    fake.injectFault(isCallback(interaction), FAULTS.unknownInteraction, 5);
    await fake.waitFor(() => (eventsFor('reply-failed', (e) => e.user === user.id).length > 0 ? true : undefined), 5000, 'the failure to be logged');
    await settle();
    expect(fake.requests.filter(isCallback(interaction))).toHaveLength(1);
    expect(eventsFor('reply-failed', (e) => e.user === user.id)).toEqual([expect.objectContaining({ what: '/ask', status: 404, code: 10062, message: 'Unknown interaction' })]);
    await stillServing();
  });

  it('a channel the bot may not post in: the refusal is logged once with the channel, and the bot goes on', async () => {
    const user = newUser();
    fake.message(`<@${BOT_USER.id}> ${QUESTION}`, user, { channelId: READ_ONLY_CHANNEL_ID, mentions: [BOT_USER] });
    await fake.waitFor(() => (eventsFor('reply-failed', (e) => e.user === user.id).length > 0 ? true : undefined), 5000, 'the failure to be logged');
    await settle();
    expect(fake.requests.filter(channelPost(READ_ONLY_CHANNEL_ID))).toHaveLength(1);
    expect(eventsFor('reply-failed', (e) => e.user === user.id)).toEqual([
      expect.objectContaining({ what: 'message', channel: READ_ONLY_CHANNEL_ID, status: 403, code: 50013, message: 'Missing Permissions' }),
    ]);
    await stillServing();
  });
});

describe('gateway faults', () => {
  it('a dropped connection is resumed (op 6) and logged; questions are answered afterwards', async () => {
    const resumesBefore = fake.received.filter((p) => p.op === 6).length;
    const connectionsBefore = fake.requests.filter((r) => r.method === 'WS').length;
    fake.disconnect(4000);
    await fake.waitFor(() => (fake.received.filter((p) => p.op === 6).length > resumesBefore ? true : undefined), 8000, 'a RESUME');
    await fake.waitFor(() => (eventsFor('gateway-resumed').length > 0 ? true : undefined), 5000, 'the resume to be logged');
    expect(fake.requests.filter((r) => r.method === 'WS').length).toBe(connectionsBefore + 1);
    const resume = fake.received.filter((p) => p.op === 6).at(-1)?.d as { session_id: string; token: string };
    expect(resume.session_id).toBe('fake-session');
    expect(eventsFor('gateway-reconnecting')).toHaveLength(1);
    expect(eventsFor('gateway-resumed')).toHaveLength(1);
    await stillServing();
  }, 15_000);

  it('an invalidated session makes the bot identify again; questions are answered afterwards', async () => {
    const identifiesBefore = fake.received.filter((p) => p.op === 2).length;
    fake.invalidateSession();
    await fake.waitFor(() => (fake.received.filter((p) => p.op === 2).length > identifiesBefore ? true : undefined), 12_000, 'a new IDENTIFY');
    await settle(300);
    expect(bot.client.isReady()).toBe(true);
    await stillServing();
  }, 20_000);
});
