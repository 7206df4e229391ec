/** The command and message handlers with the real engine and light fake requests. */
import { PermissionFlagsBits } from 'discord.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { parseConfig } from '../src/config.js';
import { runConsoleChat } from '../src/discord/console-chat.js';
import { createContext, type BotContext } from '../src/discord/context.js';
import { Cooldown } from '../src/discord/cooldown.js';
import { handleMessageQuestion } from '../src/discord/messages.js';
import type { ButtonRequest, Choice, CommandRequest, MemberInfo, MessageRequest, Reply } from '../src/discord/request.js';
import { Router } from '../src/discord/router.js';
import { KnowledgeStore, type KnowledgeBase } from '../src/engine.js';
import { memoryLogger } from '../src/log.js';

const MEMBER: MemberInfo = { permissions: PermissionFlagsBits.SendMessages, roleIds: [] };
const MOD: MemberInfo = { permissions: PermissionFlagsBits.ManageGuild, roleIds: [] };

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = (await KnowledgeStore.open('seeds')).current;
});

function setup(overrides: Partial<BotContext> = {}, env: Record<string, string> = {}) {
  const log = memoryLogger();
  const store = new KnowledgeStore(kb, overrides.store?.seedsDir ?? 'seeds');
  const ctx = createContext({ store, config: parseConfig({ MOD_ROLE_IDS: '123456789012345678', ...env }), log, ...overrides });
  return { ctx, log, router: new Router(commands, ctx) };
}

let userSeq = 0;
function command(name: string, options: Record<string, string | boolean> = {}, member: MemberInfo | null = MEMBER, guildId: string | null = '900000000000000100') {
  const replies: Reply[] = [];
  const deferrals: boolean[] = [];
  let acknowledged = false;
  const request: CommandRequest = {
    commandName: name,
    user: { id: `u${++userSeq}`, name: 'reader' },
    channelId: 'c1',
    guildId,
    member,
    string: (k) => (typeof options[k] === 'string' ? (options[k] as string) : null),
    boolean: (k) => (typeof options[k] === 'boolean' ? (options[k] as boolean) : null),
    defer: async ({ ephemeral }) => {
      acknowledged = true;
      deferrals.push(ephemeral);
    },
    respond: async (r) => {
      acknowledged = true;
      replies.push(r);
    },
    get acknowledged() {
      return acknowledged;
    },
  };
  return { request, replies, deferrals };
}

function button(customId: string) {
  const replies: Reply[] = [];
  const updates: Reply[] = [];
  const request: ButtonRequest = {
    customId,
    user: { id: 'presser', name: 'p' },
    channelId: 'c1',
    guildId: 'g',
    member: MEMBER,
    respond: async (r) => void replies.push(r),
    update: async (r) => void updates.push(r),
    acknowledged: false,
  };
  return { request, replies, updates };
}

const text = (r: Reply | undefined): string =>
  [r?.content ?? '', ...(r?.embeds ?? []).map((e) => [e.author?.name, e.title, e.description, e.footer?.text, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n'))].join('\n');
const customIds = (r: Reply | undefined): string[] => (r?.components ?? []).flatMap((row) => row.components).flatMap((c) => ('custom_id' in c ? [c.custom_id] : []));

describe('/ask', () => {
  it('answers the distance question with the short answer, the quoted source and its position, who says so, and a footer', async () => {
    const { router } = setup();
    const { request, replies } = command('ask', { question: 'How far are the insurgents from Homs?' });
    await router.handleCommand(request);
    const t = text(replies[0]);
    expect(t).toMatch(/five kilometres|three miles/);
    expect(t).toContain('> Insurgents are now five kilometres (three miles) away from Homs');
    expect(t).toMatch(/Source — sentence 7 of \d+/);
    expect(t).toContain('Who says so');
    expect(replies[0].embeds?.[0].footer?.text).toMatch(/^Matched by .+ · confidence \d+%$/);
    expect(replies[0].ephemeral).toBeFalsy();
  });

  it('looks clearly different when the article does not say', async () => {
    const { router } = setup();
    const yes = command('ask', { question: 'How far are the insurgents from Homs?' });
    const no = command('ask', { question: 'What is the capital of France?' });
    await router.handleCommand(yes.request);
    await router.handleCommand(no.request);
    expect(no.replies[0].embeds?.[0].title).toBe("The article doesn't say");
    expect(no.replies[0].embeds?.[0].color).not.toBe(yes.replies[0].embeds?.[0].color);
    expect(text(no.replies[0])).not.toMatch(/^Source/m);
  });

  it('private:true answers ephemerally', async () => {
    const { router } = setup();
    const { request, replies } = command('ask', { question: 'Who is quoted?', private: true });
    await router.handleCommand(request);
    expect(replies[0].ephemeral).toBe(true);
  });

  it('the why button explains the rule and the matched words, only to the presser', async () => {
    const { router } = setup();
    const asked = command('ask', { question: 'How far are the insurgents from Homs?' });
    await router.handleCommand(asked.request);
    const id = customIds(asked.replies[0]).find((c) => c.startsWith('ask:why:'));
    expect(id).toBeDefined();
    const press = button(id ?? '');
    await router.handleButton(press.request);
    expect(press.replies[0].ephemeral).toBe(true);
    const t = text(press.replies[0]);
    expect(t).toContain('Why this answer?');
    expect(t).toMatch(/how-far/);
    expect(t).toMatch(/`insurgents`|`Homs`/i);
  });

  it('a forgotten why button gets a clear message', async () => {
    const { router } = setup();
    const press = button('ask:why:nope');
    await router.handleButton(press.request);
    expect(press.replies[0].content).toMatch(/too old/);
    expect(press.replies[0].ephemeral).toBe(true);
  });

  it('an empty or overlong question gets a clear ephemeral message', async () => {
    const { router, log } = setup();
    const empty = command('ask', { question: '   ' });
    await router.handleCommand(empty.request);
    expect(empty.replies[0]).toMatchObject({ ephemeral: true });
    expect(empty.replies[0].content).toMatch(/type a question/i);
    const long = command('ask', { question: 'why '.repeat(200) });
    await router.handleCommand(long.request);
    expect(long.replies[0].content).toMatch(/under 500/);
    expect(log.events.filter((e) => e.event === 'question')).toHaveLength(0);
  });

  it('a per-user cooldown stops a flood with an ephemeral note', async () => {
    let now = 0;
    const { router } = setup({ cooldown: new Cooldown(2, 5000, () => now) });
    const first = command('ask', { question: 'Who is quoted?' });
    const replies: Reply[] = [];
    for (let i = 0; i < 3; i += 1) {
      const c = command('ask', { question: 'Who is quoted?' });
      const same = { ...c.request, user: first.request.user, respond: async (r: Reply) => void replies.push(r) } as CommandRequest;
      await router.handleCommand(same);
    }
    expect(replies[2].ephemeral).toBe(true);
    expect(replies[2].content).toMatch(/try again in \d+ s/);
    now = 5000;
    const later = { ...first.request, respond: async (r: Reply) => void replies.push(r) } as CommandRequest;
    await router.handleCommand(later);
    expect(replies[3].embeds).toHaveLength(1);
  });

  it('defers when all answering slots are busy, then answers', async () => {
    const { ctx, router } = setup();
    const holds = Array.from({ length: ctx.limiter.limit }, () => ctx.limiter.tryAcquire());
    const { request, replies, deferrals } = command('ask', { question: 'How far are the insurgents from Homs?', private: true });
    const done = router.handleCommand(request);
    await new Promise((r) => setTimeout(r, 10));
    expect(deferrals).toEqual([true]);
    expect(replies).toHaveLength(0);
    holds.forEach((release) => release?.());
    await done;
    expect(text(replies[0])).toMatch(/kilometres|miles/);
  });

  it('autocomplete suggests article questions matching what was typed, at most 25', async () => {
    const { router } = setup();
    const got: Choice[][] = [];
    const where = { user: { id: 'u', name: 'u' }, channelId: 'c', guildId: 'g', member: MEMBER };
    await router.handleAutocomplete({ ...where, commandName: 'ask', focused: { name: 'question', value: 'how far' }, respond: async (c) => void got.push(c) });
    await router.handleAutocomplete({ ...where, commandName: 'ask', focused: { name: 'question', value: '' }, respond: async (c) => void got.push(c) });
    expect(got[0][0].value).toBe('how far');
    expect(got[0].some((c) => /^How far .*Homs\?$/.test(c.value))).toBe(true);
    expect(got[1].length).toBeGreaterThan(3);
    expect(got[1].length).toBeLessThanOrEqual(25);
    for (const c of got[1]) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe('/facts, /sources, /claims, /article, /help', () => {
  it('/facts about a name lists its facts; an unknown name gets a clear message', async () => {
    const { router } = setup();
    const about = command('facts', { about: 'Abbas' });
    await router.handleCommand(about.request);
    expect(about.replies[0].embeds?.[0].title).toBe('Facts about Ali Mahmoud Abbas');
    expect(text(about.replies[0])).toMatch(/good position on the ground/);
    const unknown = command('facts', { about: 'Zanzibar' });
    await router.handleCommand(unknown.request);
    expect(unknown.replies[0].content).toMatch(/no facts about “Zanzibar”/);
  });

  it('/facts alone pages the main names with buttons that turn the page', async () => {
    const { router } = setup();
    const { request, replies } = command('facts');
    await router.handleCommand(request);
    const first = replies[0];
    expect(first.embeds?.[0].title).toBe('Main names in the article');
    const next = customIds(first).find((c) => c === 'facts:p:1:');
    expect(next).toBeDefined();
    const press = button(next ?? '');
    await router.handleButton(press.request);
    expect(press.updates[0].embeds?.[0].footer?.text).toMatch(/Page 2 of/);
    expect(press.updates[0].embeds?.[0].description).not.toBe(first.embeds?.[0].description);
  });

  it('/sources and /claims list every source with its attributed claims and quotes', async () => {
    const { router } = setup();
    for (const name of ['sources', 'claims']) {
      const { request, replies } = command(name);
      await router.handleCommand(request);
      const t = text(replies[0]);
      expect(replies[0].embeds?.[0].title).toBe('Who says what in the article');
      expect(t).toMatch(/Syrian Observatory for Human Rights/);
      expect(t).toMatch(/five kilometres/);
    }
  });

  it('/article gives date, sentences, facts and the refresh time', async () => {
    const { router } = setup();
    const { request, replies } = command('article');
    await router.handleCommand(request);
    const t = text(replies[0]);
    expect(t).toContain('date: 2024-12');
    expect(t).toMatch(new RegExp(`\\*\\*${kb.articles[0].sentences.length}\\*\\* sentences, \\*\\*${kb.facts.length}\\*\\* facts`));
    expect(t).toMatch(/last refreshed <t:\d+:f>/);
  });

  it('/help gives examples taken from the loaded article', async () => {
    const { router } = setup();
    const { request, replies } = command('help');
    await router.handleCommand(request);
    const tryField = replies[0].embeds?.[0].fields?.find((f) => f.name === 'Try')?.value ?? '';
    expect(tryField.split('\n').length).toBeGreaterThanOrEqual(3);
    expect(tryField).toMatch(/Homs|Abbas|Observatory|HTS|Hama|Assad/);
  });
});

describe('/refresh', () => {
  it('refuses a member without Manage Server, in DMs too, and logs the user id', async () => {
    const { router, log, ctx } = setup();
    const before = ctx.store.current;
    const plain = command('refresh', {}, MEMBER);
    await router.handleCommand(plain.request);
    expect(plain.replies[0]).toMatchObject({ ephemeral: true });
    expect(plain.replies[0].content).toMatch(/only moderators/i);
    expect(log.events.find((e) => e.event === 'refused')).toMatchObject({ user: plain.request.user.id, reason: 'not-moderator' });
    const dm = command('refresh', {}, null, null);
    await router.handleCommand(dm.request);
    expect(dm.replies[0].content).toMatch(/only in a server/);
    expect(ctx.store.current).toBe(before);
  });

  it('lets a moderator (permission or MOD_ROLE_IDS role) refresh and reports what changed', async () => {
    const { router, ctx } = setup();
    const before = ctx.store.current;
    const mod = command('refresh', {}, MOD);
    await router.handleCommand(mod.request);
    expect(mod.deferrals).toHaveLength(1);
    expect(text(mod.replies[0])).toMatch(/Facts refreshed[\s\S]*\+0 added, −0 removed \((\d+) → \1\)/);
    expect(ctx.store.current).not.toBe(before);
    const role = command('refresh', {}, { permissions: 0n, roleIds: ['123456789012345678'] });
    await router.handleCommand(role.request);
    expect(text(role.replies[0])).toContain('Facts refreshed');
  });

  it('keeps the old facts in service and says why when the new articles fail to load', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seeds-'));
    try {
      await writeFile(join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
      const log = memoryLogger();
      const store = new KnowledgeStore(kb, dir);
      const ctx = createContext({ store, config: parseConfig({}), log });
      const { request, replies } = command('refresh', {}, MOD);
      await new Router(commands, ctx).handleCommand(request);
      const t = text(replies[0]);
      expect(t).toContain('Refresh failed: nothing changed');
      expect(t).toContain('broken.txt');
      expect(t).toMatch(/previous facts stay in service/);
      expect(store.current).toBe(kb);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('questions in channels', () => {
  const message = (content: string, userId = 'm1') => {
    const replies: Reply[] = [];
    const request: MessageRequest = { user: { id: userId, name: 'm' }, channelId: 'chan', guildId: 'g', member: MEMBER, content, reply: async (r) => void replies.push(r) };
    return { request, replies };
  };

  it('keeps conversation context per channel and user for follow-ups', async () => {
    const { ctx } = setup();
    const first = message('Who is the Observatory’s chief?', 'alice');
    await handleMessageQuestion(first.request, ctx);
    const follow = message('What did he say?', 'alice');
    await handleMessageQuestion(follow.request, ctx);
    expect(text(follow.replies[0])).toMatch(/mother of all battles/);
    expect(ctx.conversations.get('chan:alice')?.turns).toHaveLength(2);
    expect(ctx.conversations.get('chan:bob')).toBeUndefined();
  });

  it('answers a flood once with a brief note, then stays silent', async () => {
    const { ctx } = setup({ cooldown: new Cooldown(1, 60_000) });
    const replies: Reply[] = [];
    for (let i = 0; i < 4; i += 1) {
      const m = message('Who is quoted?', 'flooder');
      await handleMessageQuestion({ ...m.request, reply: async (r) => void replies.push(r) }, ctx);
    }
    expect(replies).toHaveLength(2);
    expect(replies[1].content).toMatch(/Slow down/);
  });
});

describe('local console chat', () => {
  it('runs the same handlers and prints answers, /why and commands as text', async () => {
    const { ctx } = setup({ cooldown: new Cooldown(Number.POSITIVE_INFINITY) });
    const input = new PassThrough();
    let out = '';
    const done = runConsoleChat(new Router(commands, ctx), { input, write: (t) => void (out += t) });
    input.end('How far are the insurgents from Homs?\n/why\n/ask question: What is the capital of France?\n/nope\n');
    await done;
    expect(out).toMatch(/five kilometres \(three miles\)/);
    expect(out).toContain('> Insurgents are now five kilometres');
    expect(out).toContain('== Why this answer? ==');
    expect(out).toContain("== The article doesn't say ==");
    expect(out).toContain('Unknown command /nope');
    expect(out).not.toMatch(/\\\(/);
  });
});
