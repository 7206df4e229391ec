/**
 * Bad articles and refreshes: at start-up a clear error naming the file and a non-zero exit; at
 * /refresh a refusal with the reason and the facts in service unchanged. Refresh is atomic, and a
 * second refresh while one runs is refused clearly.
 */
import { PermissionFlagsBits } from 'discord.js';
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { DEFAULTS, parseConfig } from '../src/config.js';
import { answerAndRecord } from '../src/discord/ask-flow.js';
import { createContext, type BotContext } from '../src/discord/context.js';
import { Cooldown } from '../src/discord/cooldown.js';
import type { MemberInfo, Reply } from '../src/discord/request.js';
import { Router } from '../src/discord/router.js';
import { answerQuestion, DEFAULT_MAX_ARTICLE_BYTES, KnowledgeStore, prepareForQuestions, type KnowledgeBase } from '../src/engine.js';
import { memoryLogger } from '../src/log.js';
import { commandRequest, type CommandCall } from './fake-discord/command-request.js';

const SEED = 'seeds/homs-offensive-2024-12.txt';
const SECOND = 'tests/fixtures/articles/karsa-earthquake-2023-09.txt';
const NASTY = 'tests/fixtures/nasty';
const MOD: MemberInfo = { permissions: PermissionFlagsBits.ManageGuild, roleIds: [] };

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'article-bot-articles-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A seeds folder with the seed article and, optionally, one more file. */
async function seedsWith(extra?: { name: string; from?: string; bytes?: Uint8Array }): Promise<string> {
  const dir = await mkdtemp(join(root, 'seeds-'));
  await copyFile(SEED, join(dir, 'homs-offensive-2024-12.txt'));
  if (extra?.from) await copyFile(extra.from, join(dir, extra.name));
  if (extra?.bytes) await writeFile(join(dir, extra.name), extra.bytes);
  return dir;
}

/** The bad inputs of the issue: each with the file (if any) its message must name. */
const BAD: Array<{ what: string; make: () => Promise<string>; names: RegExp; env?: Record<string, string> }> = [
  { what: 'an empty file', make: () => seedsWith({ name: 'empty.txt', from: join(NASTY, 'empty.txt') }), names: /empty\.txt is empty/ },
  { what: 'a whitespace-only file', make: () => seedsWith({ name: 'blank.md', from: join(NASTY, 'whitespace-only.md') }), names: /blank\.md is empty/ },
  { what: 'a binary file', make: () => seedsWith({ name: 'image.txt', from: join(NASTY, 'binary.txt') }), names: /image\.txt (looks like a binary file|is not valid UTF-8)/ },
  { what: 'invalid UTF-8', make: () => seedsWith({ name: 'latin1.txt', from: join(NASTY, 'invalid-utf8.txt') }), names: /latin1\.txt is not valid UTF-8/ },
  { what: 'a file with no sentences', make: () => seedsWith({ name: 'marks.txt', from: join(NASTY, 'no-sentences.txt') }), names: /marks\.txt has no sentences/ },
  {
    what: 'a file over the size limit',
    make: () => seedsWith({ name: 'huge.txt', bytes: new TextEncoder().encode('The council met on Monday. '.repeat(200)) }),
    names: /huge\.txt is 5400 bytes, over the 4096-byte limit/,
    env: { MAX_ARTICLE_BYTES: '4096' },
  },
  { what: 'a missing seeds folder', make: async () => join(root, 'no-such-folder'), names: /seeds folder .*no-such-folder does not exist/ },
  { what: 'a seeds folder with no articles', make: () => mkdtemp(join(root, 'bare-')), names: /has no \.txt or \.md articles/ },
];

function start(env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: '', LOG_LEVEL: '', DISCORD_API_URL: '', MAX_ARTICLE_BYTES: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    }),
  );
}

describe('bad articles at start-up', () => {
  it('each fails the load with an ArticleError naming the file (or folder)', async () => {
    for (const b of BAD) {
      const dir = await b.make();
      const maxBytes = parseConfig(b.env ?? {}).maxArticleBytes;
      await expect(KnowledgeStore.open(dir, { maxBytes }), b.what).rejects.toMatchObject({ name: 'ArticleError', message: expect.stringMatching(b.names) });
    }
  });

  it('stop the bot with one clear line naming the file or folder, and a non-zero exit', async () => {
    // The process prints the loader's message as is (checked above for every case); two cases
    // through the real process show the line, the exit code, and that no stack trace is printed.
    const cases = [BAD.find((b) => b.what === 'invalid UTF-8'), BAD.find((b) => b.what === 'a missing seeds folder')].filter((b) => b !== undefined);
    const runs = await Promise.all(cases.map(async (b) => ({ b, run: await start({ SEEDS_DIR: await b.make(), ...b.env }) })));
    for (const { b, run } of runs) {
      expect(run.code, b.what).toBe(1);
      expect(run.err, b.what).toMatch(/^Cannot load the articles: /);
      expect(run.err, b.what).toMatch(b.names);
      expect(run.err.trim().split('\n'), b.what).toHaveLength(1);
      expect(run.out, b.what).toBe('');
    }
    expect(runs[0].run.err).toMatch(/Fix or remove latin1\.txt in /);
    expect(runs[1].run.err).toMatch(/Set SEEDS_DIR to a folder/);
  }, 20_000);

  it('MAX_ARTICLE_BYTES is checked and defaults to 2 MB, the same as the loader', () => {
    expect(parseConfig({}).maxArticleBytes).toBe(DEFAULT_MAX_ARTICLE_BYTES);
    expect(DEFAULTS.maxArticleBytes).toBe(2 * 1024 * 1024);
    expect(parseConfig({ MAX_ARTICLE_BYTES: '4096' }).maxArticleBytes).toBe(4096);
    expect(() => parseConfig({ MAX_ARTICLE_BYTES: '2MB' })).toThrow(/MAX_ARTICLE_BYTES must be a whole number/);
    expect(() => parseConfig({ MAX_ARTICLE_BYTES: '0' })).toThrow(/MAX_ARTICLE_BYTES/);
  });
});

const refreshCommand = (userId = 'mod'): CommandCall => commandRequest('refresh', { member: MOD, userId });

const replyText = (r: Reply | undefined): string => [r?.content ?? '', ...(r?.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).map((f) => f.value)])].join('\n');

async function storeFor(dir: string, env: Record<string, string> = {}): Promise<{ ctx: BotContext; router: Router; store: KnowledgeStore }> {
  const config = parseConfig(env);
  const store = await KnowledgeStore.open(dir, { maxBytes: config.maxArticleBytes });
  const ctx = createContext({ store, config, log: memoryLogger(), cooldown: new Cooldown(Number.POSITIVE_INFINITY) });
  return { ctx, router: new Router(commands, ctx), store };
}

describe('bad articles at /refresh', () => {
  it('are refused with the reason, naming the file, and the facts in service stay the same', async () => {
    for (const b of BAD) {
      const { store } = await storeFor(await seedsWith(), b.env);
      const before = store.current;
      // The facts in service came from a good folder; the folder now read is the bad one.
      const moved = new KnowledgeStore(before, await b.make(), store.loadOptions);
      const ctx = createContext({ store: moved, config: parseConfig(b.env ?? {}), log: memoryLogger() });
      const { request, replies } = refreshCommand();
      await new Router(commands, ctx).handleCommand(request);
      const text = replyText(replies[0]);
      expect(text, b.what).toContain('Refresh failed: nothing changed');
      expect(text, b.what).toMatch(b.names);
      expect(text, b.what).toMatch(/previous facts stay in service \(\d+ facts, \d+ sentences\)/);
      expect(moved.current, b.what).toBe(before);
      expect(moved.refreshing, b.what).toBe(false);
    }
  });
});

describe('refresh under load', () => {
  it('is atomic: questions asked while it runs are answered from the old or the new facts, never a mix', async () => {
    const dir = await seedsWith();
    const { ctx, store } = await storeFor(dir);
    const old = store.current;
    await copyFile(SECOND, join(dir, 'karsa-earthquake-2023-09.txt'));
    const seen = new Set<KnowledgeBase>();
    let asked = 0;
    let stop = false;
    const questions = ['How far are the insurgents from Homs?', 'What was the magnitude of the earthquake?', 'Who is quoted?', 'How many people died?'];
    const asker = (async () => {
      while (!stop) {
        const a = answerAndRecord(ctx, questions[asked % questions.length], { userId: 'u', channelId: 'c', via: 'test' });
        asked += 1;
        seen.add(a.kb);
        // Every source must be a sentence of the knowledge base the answer came from, word for word.
        for (const s of [...a.answer.sources, ...(a.answer.closest ? [a.answer.closest] : [])]) {
          const article = a.kb.articles.find((x) => x.id === s.article);
          expect(article?.sentences[s.index]?.text).toBe(s.text);
        }
        await new Promise((r) => setImmediate(r));
      }
    })();
    const report = await store.refresh();
    stop = true;
    await asker;
    expect(report.articles).toHaveLength(2);
    expect(asked).toBeGreaterThan(1);
    expect([...seen].every((kb) => kb === old || kb === store.current)).toBe(true);
    expect(store.current).not.toBe(old);
    expect(Object.isFrozen(store.current)).toBe(true);
  });

  it('a second /refresh while one runs is refused clearly; the first completes', async () => {
    const dir = await seedsWith({ name: 'karsa.txt', from: SECOND });
    const { router, store, ctx } = await storeFor(dir);
    const first = refreshCommand('mod1');
    const second = refreshCommand('mod2');
    await Promise.all([router.handleCommand(first.request), router.handleCommand(second.request)]);
    expect(replyText(first.replies[0])).toContain('Facts refreshed');
    expect(second.replies[0].content).toMatch(/a refresh is already running; try again when it has finished/i);
    expect(store.refreshing).toBe(false);
    const log = ctx.log as ReturnType<typeof memoryLogger>;
    expect(log.events.filter((e) => e.event === 'refresh')).toHaveLength(1);
    // Once it has finished, the next refresh runs.
    const third = refreshCommand('mod3');
    await router.handleCommand(third.request);
    expect(replyText(third.replies[0])).toContain('Facts refreshed');
  });

  it('the store itself refuses a concurrent refresh with RefreshInProgressError', async () => {
    const dir = await seedsWith();
    const { store } = await storeFor(dir);
    const a = store.refresh();
    await expect(store.refresh()).rejects.toThrow(/already running/);
    await expect(a).resolves.toMatchObject({ ok: true });
  });
});

describe('a knowledge base readied before it goes into service', () => {
  it('is prepared at open and at every refresh, before the swap, and answers as it would unprepared', async () => {
    const dir = await seedsWith();
    const prepared: KnowledgeBase[] = [];
    const store = await KnowledgeStore.open(dir, {}, (kb) => prepared.push(kb));
    expect(prepared).toEqual([store.current]);
    await store.refresh();
    expect(prepared).toHaveLength(2);
    expect(prepared[1]).toBe(store.current);
    const ready = await KnowledgeStore.open(dir, {}, prepareForQuestions);
    const plain = await KnowledgeStore.open(dir);
    for (const q of ['How far are the insurgents from Homs?', 'Who is Rami Abdurrahman?', 'What did he say?']) {
      expect(answerQuestion(ready.current, q)).toEqual(answerQuestion(plain.current, q));
    }
  });
});

describe('an unreadable seeds folder', () => {
  it('is reported with its path', async () => {
    const file = join(root, 'not-a-folder.txt');
    await mkdir(root, { recursive: true });
    await writeFile(file, 'x');
    await expect(KnowledgeStore.open(file)).rejects.toThrow(/seeds folder .*not-a-folder\.txt is not a folder/);
  });
});
