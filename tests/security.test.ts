/**
 * Security: moderator actions need Manage Server or a moderator role; the token never shows in
 * logs, errors or anything sent; `.env` stays out of git; one flood cannot starve everyone else;
 * stray errors are logged once the bot serves and stop it clearly while it starts.
 */
import { PermissionFlagsBits } from 'discord.js';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { parseConfig } from '../src/config.js';
import { createContext } from '../src/discord/context.js';
import { Cooldown } from '../src/discord/cooldown.js';
import { handleMessageQuestion } from '../src/discord/messages.js';
import { installProcessGuards, type GuardedProcess } from '../src/discord/process-guards.js';
import type { MemberInfo, MessageRequest, Reply } from '../src/discord/request.js';
import { Router } from '../src/discord/router.js';
import { Semaphore } from '../src/discord/semaphore.js';
import { KnowledgeStore, type KnowledgeBase } from '../src/engine.js';
import { createLogger, memoryLogger } from '../src/log.js';
import { commandRequest, type CommandCall } from './fake-discord/command-request.js';
import { APP_ID, ASK_CHANNEL_ID, BOT_USER, CHANNEL_ID, FakeDiscord, FAULTS, MOD_ROLE_ID } from './fake-discord/server.js';

const MOD_ROLE = '123456789012345678';
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = (await KnowledgeStore.open('seeds')).current;
});

const command = (name: string, member: MemberInfo | null, guildId: string | null = 'g'): CommandCall => commandRequest(name, { member, guildId });

describe('moderator actions', () => {
  // Every command whose definition asks Discord for a permission is a moderator action.
  const moderated = commands.filter((c) => c.data.toJSON().default_member_permissions != null);

  it('are the commands that need Manage Server (at least /refresh)', () => {
    expect(moderated.map((c) => c.data.name)).toContain('refresh');
    for (const c of moderated) expect(c.data.toJSON().default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
  });

  it('refuse a member without Manage Server and without a moderator role, and log the refusal with the user id', async () => {
    const refused: MemberInfo[] = [
      { permissions: PermissionFlagsBits.SendMessages | PermissionFlagsBits.ManageMessages | PermissionFlagsBits.KickMembers, roleIds: ['999999999999999999'] },
      { permissions: 0n, roleIds: [] },
      { permissions: null, roleIds: [] },
    ];
    for (const c of moderated) {
      for (const member of refused) {
        const log = memoryLogger();
        const store = new KnowledgeStore(kb, 'seeds');
        const router = new Router(commands, createContext({ store, config: parseConfig({ MOD_ROLE_IDS: MOD_ROLE }), log }));
        const { request, replies } = command(c.data.name, member);
        await router.handleCommand(request);
        expect(replies).toHaveLength(1);
        expect(replies[0].content).toMatch(/only moderators/i);
        expect(replies[0].ephemeral).toBe(true);
        expect(store.current).toBe(kb);
        expect(log.events.filter((e) => e.event === 'refused')).toEqual([expect.objectContaining({ user: request.user.id, what: `/${c.data.name}`, reason: 'not-moderator' })]);
      }
      // No member at all (a direct message) is refused too.
      const log = memoryLogger();
      const router = new Router(commands, createContext({ store: new KnowledgeStore(kb, 'seeds'), config: parseConfig({}), log }));
      const dm = command(c.data.name, null, null);
      await router.handleCommand(dm.request);
      expect(dm.replies[0].content).toMatch(/only in a server/);
      expect(log.events.find((e) => e.event === 'refused')).toMatchObject({ user: dm.request.user.id });
    }
  });

  it('are allowed with Manage Server, Administrator, or a MOD_ROLE_IDS role', async () => {
    const allowed: MemberInfo[] = [
      { permissions: PermissionFlagsBits.ManageGuild, roleIds: [] },
      { permissions: PermissionFlagsBits.Administrator, roleIds: [] },
      { permissions: 0n, roleIds: [MOD_ROLE] },
    ];
    for (const c of moderated) {
      for (const member of allowed) {
        const log = memoryLogger();
        const router = new Router(commands, createContext({ store: new KnowledgeStore(kb, 'seeds'), config: parseConfig({ MOD_ROLE_IDS: MOD_ROLE }), log }));
        const { request, replies } = command(c.data.name, member);
        await router.handleCommand(request);
        expect(log.events.filter((e) => e.event === 'refused')).toEqual([]);
        expect(replies[0].content ?? '').not.toMatch(/only moderators/i);
      }
    }
  });
});

describe('the token', () => {
  const token = () => `${randomBytes(18).toString('base64url')}.${randomBytes(6).toString('base64url')}.${randomBytes(27).toString('base64url')}`;

  function start(env: Record<string, string>) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', DISCORD_GUILD_ID: '', ASK_CHANNEL_IDS: '', MOD_ROLE_IDS: '', SEEDS_DIR: 'seeds', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    void exited.then(() => clearTimeout(timer));
    return { child, exited, output: () => output };
  }

  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await new FakeDiscord().start();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('never appears in logs, stdout, stderr or anything the bot sends, whatever happens; only in the Authorization header', async () => {
    const secret = token();
    const run = start({ DISCORD_TOKEN: secret, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug', ASK_CHANNEL_IDS: ASK_CHANNEL_ID, MOD_ROLE_IDS: MOD_ROLE_ID });
    try {
      await fake.waitFor(() => (run.output().includes('"event":"ready"') ? true : undefined), 12_000, 'the bot to be ready');
      const user = { id: '913000000000000001', username: 'curious' };
      // Questions that try to get the token out, a refused moderator action, and replies Discord refuses.
      fake.message(`<@${BOT_USER.id}> What is your token? \${process.env.DISCORD_TOKEN}`, user, { mentions: [BOT_USER] });
      fake.slash('ask', [{ name: 'question', type: 3, value: 'Print DISCORD_TOKEN please' }], user);
      fake.slash('refresh', [], user, { permissions: PermissionFlagsBits.SendMessages });
      const failing = fake.slash('ask', [{ name: 'question', type: 3, value: 'Who is quoted?' }], { id: '913000000000000002', username: 'b' });
      fake.injectFault((r) => r.path.startsWith(`/interactions/${failing.id}/`), FAULTS.serverError, 10);
      const expired = fake.slash('ask', [{ name: 'question', type: 3, value: 'Who leads?' }], { id: '913000000000000003', username: 'c' });
      fake.injectFault((r) => r.path.startsWith(`/interactions/${expired.id}/`), FAULTS.unknownInteraction, 10);
      fake.message('How far are the insurgents from Homs?', { id: '913000000000000004', username: 'd' }, { channelId: ASK_CHANNEL_ID });
      await fake.waitFor(() => ((run.output().match(/"event":"reply-failed"/g) ?? []).length >= 2 ? true : undefined), 8000, 'both failures to be logged');
      await fake.waitForRequest((r) => r.path === `/channels/${ASK_CHANNEL_ID}/messages`, 5000);
      await fake.waitForRequest((r) => r.path === `/channels/${CHANNEL_ID}/messages`, 5000);
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
    const output = run.output();
    expect(output).toContain('"event":"refused"');
    expect(output).toContain('"event":"question"');
    expect(output).not.toContain(secret);
    for (const part of secret.split('.')) expect(output).not.toContain(part);
    const sent = fake.requests.filter((r) => r.method !== 'WS');
    expect(sent.length).toBeGreaterThan(5);
    for (const r of sent) {
      expect(JSON.stringify(r.body) ?? '').not.toContain(secret);
      expect(r.path + r.query.toString()).not.toContain(secret);
      const auth = r.headers.authorization;
      // Interaction callbacks and webhook edits are authenticated by the interaction token alone.
      if (/^\/(interactions|webhooks)\//.test(r.path)) expect(auth).toBeUndefined();
      else expect(auth === undefined || auth === `Bot ${secret}`).toBe(true);
    }
  }, 30_000);

  it('a rejected token stops start-up with a clear error that does not contain it', async () => {
    const secret = token();
    fake.injectFault((r) => r.path === '/gateway/bot', { status: 401, body: { message: '401: Unauthorized', code: 0 } }, 5);
    const run = start({ DISCORD_TOKEN: secret, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/article-bot could not start: .*(invalid token|Unauthorized)/i);
    expect(run.output()).not.toContain(secret);
  }, 20_000);

  it('is redacted from a log line even when it hides inside an error message or a nested field', () => {
    const secret = token();
    const lines: string[] = [];
    const log = createLogger({ level: 'debug', secrets: [secret], write: (l) => lines.push(l) });
    log.error('handler-failed', { error: new Error(`request failed with Bot ${secret}`), nested: { deep: [`x${secret}y`] }, token: 'anything' });
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = circular;
    log.warn('odd', { circular });
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain(secret);
    expect(JSON.parse(lines[1])).toMatchObject({ event: 'odd', unloggable: expect.any(String) });
  });

  it('.env is git-ignored and .env.example holds no secrets', () => {
    const ignored = readFileSync('.gitignore', 'utf8').split('\n').map((l) => l.trim());
    expect(ignored).toContain('.env');
    const example = readFileSync('.env.example', 'utf8');
    const settings = example.split('\n').filter((l) => /^[A-Z_]+=/.test(l));
    expect(settings.length).toBeGreaterThan(5);
    for (const line of settings) {
      const [key, ...rest] = line.split('=');
      const value = rest.join('=');
      if (/TOKEN|SECRET|PASSWORD|KEY/.test(key)) expect(value, key).toBe('');
      expect(value, key).not.toMatch(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/);
    }
    expect(settings.map((l) => l.split('=')[0])).toEqual(expect.arrayContaining(['DISCORD_TOKEN', 'MAX_ARTICLE_BYTES', 'QUESTION_BURST', 'QUESTION_COOLDOWN_MS', 'MAX_CONCURRENT_ANSWERS']));
  });
});

describe('floods', () => {
  const message = (userId: string, content: string, sent: Array<{ user: string; reply: Reply }>, deliver: () => Promise<void> = async () => undefined): MessageRequest => ({
    user: { id: userId, name: userId },
    channelId: 'c',
    guildId: 'g',
    member: null,
    content,
    reply: async (r) => {
      if (r.embeds?.length) await deliver();
      sent.push({ user: userId, reply: r });
    },
  });

  it("one user's flood is cut by the per-user cooldown; others are answered as usual", async () => {
    const log = memoryLogger();
    const ctx = createContext({ store: new KnowledgeStore(kb, 'seeds'), config: parseConfig({ QUESTION_BURST: '3', QUESTION_COOLDOWN_MS: '60000' }), log });
    const sent: Array<{ user: string; reply: Reply }> = [];
    const flood = Array.from({ length: 200 }, () => handleMessageQuestion(message('flooder', 'How far are the insurgents from Homs?', sent), ctx));
    const others = ['a', 'b', 'c'].map((u) => handleMessageQuestion(message(u, 'Who is quoted?', sent), ctx));
    await Promise.all([...flood, ...others]);
    const toFlooder = sent.filter((s) => s.user === 'flooder');
    expect(toFlooder.filter((s) => s.reply.embeds?.length)).toHaveLength(3);
    // One brief note for the whole flood, then silence: the bot does not flood the channel itself.
    expect(toFlooder.filter((s) => /slow down/i.test(s.reply.content ?? ''))).toHaveLength(1);
    expect(toFlooder).toHaveLength(4);
    for (const u of ['a', 'b', 'c']) expect(sent.filter((s) => s.user === u && s.reply.embeds?.length)).toHaveLength(1);
    expect(log.events.filter((e) => e.event === 'cooldown' && e.user === 'flooder')).toHaveLength(197);
  });

  it('the cooldown is configurable, and QUESTION_COOLDOWN_MS=0 turns it off', () => {
    const config = parseConfig({ QUESTION_BURST: '10', QUESTION_COOLDOWN_MS: '250', MAX_CONCURRENT_ANSWERS: '8' });
    const ctx = createContext({ store: new KnowledgeStore(kb, 'seeds'), config, log: memoryLogger() });
    expect([ctx.cooldown.burst, ctx.cooldown.refillMs, ctx.limiter.limit]).toEqual([10, 250, 8]);
    const production = createContext({ store: new KnowledgeStore(kb, 'seeds'), config: parseConfig({}), log: memoryLogger() });
    expect([production.cooldown.burst, production.cooldown.refillMs, production.limiter.limit]).toEqual([3, 4000, 32]);
    const off = new Cooldown(1, 0);
    for (let i = 0; i < 100; i += 1) expect(off.take('u').ok).toBe(true);
    expect(() => parseConfig({ QUESTION_BURST: '0' })).toThrow(/QUESTION_BURST/);
    expect(() => parseConfig({ MAX_CONCURRENT_ANSWERS: 'lots' })).toThrow(/MAX_CONCURRENT_ANSWERS/);
  });

  it('a global concurrency bound: many users at once are answered at most N at a time, the overflow told the bot is busy', async () => {
    const log = memoryLogger();
    const ctx = createContext({ store: new KnowledgeStore(kb, 'seeds'), config: parseConfig({}), log, limiter: new Semaphore(2, 5) });
    const sent: Array<{ user: string; reply: Reply }> = [];
    let active = 0;
    let peak = 0;
    const gates: Array<() => void> = [];
    // Each answer's delivery waits until the test lets it through, as a slow Discord would.
    const slow = async () => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise<void>((resolve) => gates.push(resolve));
      active -= 1;
    };
    const all = Array.from({ length: 20 }, (_, i) => handleMessageQuestion(message(`user${i}`, 'Who is quoted?', sent, slow), ctx));
    await new Promise((r) => setTimeout(r, 20));
    // 2 answering (their replies held at the gate), 5 waiting, 13 told at once that the bot is busy.
    expect(sent.filter((s) => /busy/.test(s.reply.content ?? ''))).toHaveLength(13);
    while (sent.length < 20) {
      gates.splice(0).forEach((open) => open());
      await new Promise((r) => setTimeout(r, 5));
    }
    await Promise.all(all);
    expect(peak).toBe(2);
    expect(sent.filter((s) => s.reply.embeds?.length)).toHaveLength(7);
    expect(ctx.limiter.active).toBe(0);
  });
});

describe('stray errors', () => {
  function fakeProcess() {
    const emitter = new EventEmitter();
    const exits: number[] = [];
    const target = Object.assign(emitter, { exit: (code: number) => void exits.push(code) }) as unknown as GuardedProcess & EventEmitter;
    return { target, emitter, exits };
  }

  it('while starting: one clear line and exit 1', () => {
    const { target, emitter, exits } = fakeProcess();
    const lines: string[] = [];
    installProcessGuards(memoryLogger(), target, (l) => lines.push(l));
    emitter.emit('unhandledRejection', new Error('gateway unreachable'));
    expect(exits).toEqual([1]);
    expect(lines).toEqual(['article-bot could not start: gateway unreachable']);
  });

  it('once serving: logged with the error, and the process keeps running', () => {
    const { target, emitter, exits } = fakeProcess();
    const log = memoryLogger();
    const guards = installProcessGuards(log, target, () => undefined);
    guards.serving();
    emitter.emit('unhandledRejection', new Error('a promise nobody awaited'));
    emitter.emit('uncaughtException', new TypeError('a bug in a timer'));
    expect(exits).toEqual([]);
    expect(log.events.map((e) => [e.event, (e.error as { message: string }).message])).toEqual([
      ['unhandled-rejection', 'a promise nobody awaited'],
      ['uncaught-exception', 'a bug in a timer'],
    ]);
  });
});
