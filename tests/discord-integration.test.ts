/**
 * The real discord.js Client against the fake Discord in tests/fake-discord: everything checked
 * from the REST requests the bot makes. Nothing leaves 127.0.0.1.
 */
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { parseConfig, type Config } from '../src/config.js';
import { startBot, type RunningBot } from '../src/discord/bot.js';
import { createContext, type BotContext } from '../src/discord/context.js';
import { deployCommands } from '../src/discord/deploy-commands.js';
import { Semaphore } from '../src/discord/semaphore.js';
import { KnowledgeStore } from '../src/engine.js';
import { memoryLogger } from '../src/log.js';
import { APP_ID, ASK_CHANNEL_ID, BOT_USER, CHANNEL_ID, FakeDiscord, GUILD_ID, MOD_ROLE_ID, OTHER_CHANNEL_ID, type RecordedRequest } from './fake-discord/server.js';

const TOKEN = 'ZmFrZS1ib3Q.fake-token-part.never-real-0123456789';
const EPHEMERAL = 64;
const DISTANCE_QUESTION = 'How far are the insurgents from Homs?';
const DISTANCE_SENTENCE = 'Insurgents are now five kilometres (three miles) away from Homs';

interface Callback {
  type: number;
  data?: { content?: string; flags?: number; embeds?: { title?: string; description?: string; author?: { name: string }; fields?: { name: string; value: string }[] }[]; components?: unknown[]; choices?: { name: string; value: string }[]; allowed_mentions?: unknown };
}

let fake: FakeDiscord;
let bot: RunningBot;
let ctx: BotContext;
let config: Config;
const log = memoryLogger('debug', [TOKEN]);
let userSeq = 0;
/** A fresh user per test, so the per-user cooldown of one test never touches another. */
const newUser = () => ({ id: `91000000000000${String(++userSeq).padStart(4, '0')}`, username: `reader${userSeq}` });

const callbackFor = (interaction: { id: string }) => (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${interaction.id}/`);
const callbackBody = (r: RecordedRequest) => r.body as Callback;
const embedText = (data: Callback['data']) =>
  (data?.embeds ?? []).map((e) => [e.author?.name, e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n')).join('\n');

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  config = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, ASK_CHANNEL_IDS: ASK_CHANNEL_ID, MOD_ROLE_IDS: MOD_ROLE_ID });
  const store = await KnowledgeStore.open('seeds');
  ctx = createContext({ store, config, log, limiter: new Semaphore(1) });
  bot = await startBot(ctx, commands);
}, 15_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('discord.js against the fake Discord', () => {
  it('logs in through DISCORD_API_URL: /gateway/bot, then IDENTIFY with the intents, and heartbeats are acknowledged', async () => {
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot' && r.headers.authorization === `Bot ${TOKEN}`)).toBe(true);
    const ws = fake.requests.find((r) => r.method === 'WS');
    expect(ws?.query.get('v')).toBe('10');
    expect(ws?.query.get('encoding')).toBe('json');
    const identify = fake.received.find((p) => p.op === 2)?.d as { token: string; intents: number };
    expect(identify.token).toBe(TOKEN);
    const MESSAGE_CONTENT = 1 << 15;
    const GUILD_MESSAGES = 1 << 9;
    const DIRECT_MESSAGES = 1 << 12;
    expect(identify.intents & (MESSAGE_CONTENT | GUILD_MESSAGES | DIRECT_MESSAGES | 1)).toBe(MESSAGE_CONTENT | GUILD_MESSAGES | DIRECT_MESSAGES | 1);
    await fake.waitFor(() => fake.received.find((p) => p.op === 1), 3000, 'a heartbeat');
    expect(bot.client.isReady()).toBe(true);
    expect(bot.client.guilds.cache.has(GUILD_ID)).toBe(true);
  });

  it('/ask answers with an embed, a "Why this answer?" button and no pings', async () => {
    const interaction = fake.slash('ask', [{ name: 'question', type: 3, value: DISTANCE_QUESTION }], newUser());
    const body = callbackBody(await fake.waitForRequest(callbackFor(interaction)));
    expect(body.type).toBe(4);
    expect(body.data?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.data?.embeds?.[0].author?.name).toContain(DISTANCE_QUESTION);
    expect(JSON.stringify(body.data?.components)).toContain('Why this answer?');
    expect((body.data?.flags ?? 0) & EPHEMERAL).toBe(0);
  });

  // Needs the QA engine and fact extractor (placeholders until they land).
  it('/ask gives the distance from the seed question with its source sentence and position', async () => {
    const interaction = fake.slash('ask', [{ name: 'question', type: 3, value: DISTANCE_QUESTION }], newUser());
    const body = callbackBody(await fake.waitForRequest(callbackFor(interaction)));
    const text = embedText(body.data);
    expect(text).toMatch(/five kilometres|three miles/);
    expect(text).toContain(DISTANCE_SENTENCE);
    expect(text).toMatch(/sentence \d+ of \d+/);
  });

  it('/ask private:true replies ephemerally, and the why button explains to the presser only', async () => {
    const user = newUser();
    const interaction = fake.slash('ask', [{ name: 'question', type: 3, value: 'Who is quoted?' }, { name: 'private', type: 5, value: true }], user);
    const body = callbackBody(await fake.waitForRequest(callbackFor(interaction)));
    expect((body.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const customId = /"custom_id":"(ask:why:[^"]+)"/.exec(JSON.stringify(body.data?.components))?.[1];
    expect(customId).toBeDefined();
    const press = fake.button(customId ?? '', user);
    const why = callbackBody(await fake.waitForRequest(callbackFor(press)));
    expect(why.type).toBe(4);
    expect((why.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(why.data?.embeds?.[0].title).toBe('Why this answer?');
    expect(embedText(why.data)).toContain('Words it matched on');
  });

  it('defers when every answering slot is taken, then edits the original reply', async () => {
    const hold = ctx.limiter.tryAcquire();
    expect(hold).not.toBeNull();
    const interaction = fake.slash('ask', [{ name: 'question', type: 3, value: DISTANCE_QUESTION }], newUser());
    const deferred = callbackBody(await fake.waitForRequest(callbackFor(interaction)));
    expect(deferred.type).toBe(5);
    hold?.();
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${interaction.token}/messages/@original`);
    const data = edit.body as Callback['data'];
    expect(data?.embeds?.[0].author?.name).toContain(DISTANCE_QUESTION);
    expect(data?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // The interaction token authenticates the webhook edit; the bot token must not be sent with it.
    expect(edit.headers.authorization).toBeUndefined();
  });

  it('autocomplete offers at most 25 choices matching what was typed', async () => {
    const interaction = fake.autocomplete('ask', { name: 'question', value: 'how far' }, newUser());
    const body = callbackBody(await fake.waitForRequest(callbackFor(interaction)));
    expect(body.type).toBe(8);
    const choices = body.data?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0].value).toBe('how far');
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.name.toLowerCase()).toMatch(/\bhow\b.*\bfar/);
    }
  });

  // Needs the fact extractor: the suggestion is built from the distance fact.
  it('autocomplete suggests a distance question built from the facts', async () => {
    const interaction = fake.autocomplete('ask', { name: 'question', value: 'how far' }, newUser());
    const choices = callbackBody(await fake.waitForRequest(callbackFor(interaction))).data?.choices ?? [];
    expect(choices.some((c) => c.value !== 'how far' && /homs/i.test(c.value))).toBe(true);
  });

  it('/refresh is refused for a member without Manage Server, and the refusal is logged with their id', async () => {
    const user = newUser();
    const interaction = fake.slash('refresh', [], user, { permissions: PermissionFlagsBits.SendMessages });
    const body = callbackBody(await fake.waitForRequest(callbackFor(interaction)));
    expect(body.type).toBe(4);
    expect((body.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.data?.content).toMatch(/only moderators/i);
    expect(log.events.some((e) => e.event === 'refused' && e.user === user.id && e.what === '/refresh')).toBe(true);
  });

  it('/refresh is done for a moderator: deferred, then the report of what changed', async () => {
    const before = ctx.store.current;
    const interaction = fake.slash('refresh', [], newUser(), { permissions: PermissionFlagsBits.ManageGuild });
    expect(callbackBody(await fake.waitForRequest(callbackFor(interaction))).type).toBe(5);
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(interaction.token), 8000);
    const text = embedText(edit.body as Callback['data']);
    expect(text).toContain('Facts refreshed');
    expect(text).toMatch(/added/);
    expect(text).toMatch(/\d+ → \d+/);
    expect(ctx.store.current).not.toBe(before);
  });

  it('/refresh is done for a member with a MOD_ROLE_IDS role', async () => {
    const interaction = fake.slash('refresh', [], newUser(), { permissions: PermissionFlagsBits.SendMessages, roles: [MOD_ROLE_ID] });
    expect(callbackBody(await fake.waitForRequest(callbackFor(interaction))).type).toBe(5);
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(interaction.token), 8000);
    expect(embedText(edit.body as Callback['data'])).toContain('Facts refreshed');
  });

  it('answers a mention in a channel with a reply that pings no one', async () => {
    const user = newUser();
    const sent = fake.message(`<@${BOT_USER.id}> ${DISTANCE_QUESTION} @everyone <@&${MOD_ROLE_ID}>`, user, { mentions: [BOT_USER] });
    const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`);
    const body = reply.body as { allowed_mentions: unknown; message_reference: { message_id: string }; embeds: { author: { name: string } }[]; content?: string };
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.message_reference.message_id).toBe(sent.id);
    const author = body.embeds[0].author.name;
    expect(author).toContain('How far are the insurgents from Homs?');
    expect(author).not.toContain('@everyone');
    expect(author).not.toContain(`<@&${MOD_ROLE_ID}>`);
  });

  it('answers any question in an ask channel, and ignores bots and chatter elsewhere', async () => {
    const count = () => fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/channels/')).length;
    const start = count();
    fake.message('How far are the insurgents from Homs?', { id: '919999999999999999', username: 'otherbot', bot: true }, { channelId: ASK_CHANNEL_ID });
    fake.message('how far is it to lunch?', newUser(), { channelId: OTHER_CHANNEL_ID });
    fake.message('nice weather today', newUser(), { channelId: ASK_CHANNEL_ID });
    fake.message('Who leads the offensive?', newUser(), { channelId: ASK_CHANNEL_ID });
    await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${ASK_CHANNEL_ID}/messages`);
    await new Promise((r) => setTimeout(r, 150));
    expect(count() - start).toBe(1);
  });

  it('logs one line per question with intent, confidence and time, and never the token', () => {
    const q = log.events.filter((e) => e.event === 'question');
    expect(q.length).toBeGreaterThan(3);
    for (const e of q) {
      expect(typeof e.intent).toBe('string');
      expect(typeof e.confidence).toBe('number');
      expect(typeof e.ms).toBe('number');
    }
    expect(log.lines.join('\n')).not.toContain(TOKEN);
  });

  it('deploy-commands registers every definition with one bulk PUT, to the guild or globally', async () => {
    const guild = await deployCommands({ ...config, guildId: GUILD_ID });
    expect(guild.scope).toBe('guild');
    const put = await fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    const body = put.body as { name: string; default_member_permissions?: string | null; contexts?: number[]; options?: { name: string; autocomplete?: boolean }[] }[];
    expect(body.map((c) => c.name).sort()).toEqual(['article', 'ask', 'claims', 'facts', 'help', 'refresh', 'sources']);
    expect(put.headers.authorization).toBe(`Bot ${TOKEN}`);
    const refresh = body.find((c) => c.name === 'refresh');
    expect(refresh?.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(refresh?.contexts).toEqual([0]);
    expect(body.find((c) => c.name === 'ask')?.options?.find((o) => o.name === 'question')?.autocomplete).toBe(true);

    await deployCommands({ ...config, guildId: undefined });
    await fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/commands`);
  });
});
