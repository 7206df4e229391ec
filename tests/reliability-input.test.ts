/**
 * Bad questions, from a corpus of nasty cases and from fast-check: no exception escapes, every
 * reply fits Discord's limits, nothing can ping, and quoted text cannot break the embed's markdown.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { runBatch } from '../src/cli/batch.js';
import { parseConfig } from '../src/config.js';
import { createContext, type BotContext } from '../src/discord/context.js';
import { Cooldown } from '../src/discord/cooldown.js';
import { escapeText, safeText } from '../src/discord/mentions.js';
import { handleMessageQuestion } from '../src/discord/messages.js';
import type { ButtonRequest, MessageRequest, Reply } from '../src/discord/request.js';
import { Router } from '../src/discord/router.js';
import { plainText } from '../src/discord/render-text.js';
import { answerQuestion, Conversation, KnowledgeStore, type Answer, type KnowledgeBase } from '../src/engine.js';
import { memoryLogger } from '../src/log.js';
import { commandRequest } from './fake-discord/command-request.js';
import { answerMarkdownProblems, markdownProblems, sendProblems, shownText } from './fake-discord/reply-checks.js';

const NASTY: string[] = JSON.parse(readFileSync(new URL('./fixtures/nasty/questions.json', import.meta.url), 'utf8')) as string[];

/** Questions people type, and the strange things they sometimes paste: any code point, controls, mentions, markdown. */
const markdownUnit = fc.constantFrom('*', '_', '~', '|', '`', '\\', '>', '#', '-', '[', ']', '(', ')', '\n', ' ', '@everyone', '@here', '<@&900000000000000400>', '<@123456789012345678>', 'https://x.y/a_b', '\u0000', '\u202e', '\u200b', '\u0301');
const wordUnit = fc.constantFrom('who', 'what', 'how', 'far', 'many', 'Homs', 'rebels', 'said', 'the', 'is', '?', '.', ',', ' ', ' ', 'he', 'did', 'when');
const question = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: markdownUnit, maxLength: 30 }),
  fc.string({ unit: wordUnit, minLength: 1, maxLength: 20 }),
  fc.string({ unit: fc.oneof(wordUnit, markdownUnit), maxLength: 30 }),
);

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = (await KnowledgeStore.open('seeds')).current;
});

function validAnswer(a: Answer): void {
  expect(typeof a.answered).toBe('boolean');
  expect(typeof a.answer).toBe('string');
  expect(a.answer.length).toBeGreaterThan(0);
  expect(a.confidence).toBeGreaterThanOrEqual(0);
  expect(a.confidence).toBeLessThanOrEqual(1);
  expect(a.sources.length).toBeLessThanOrEqual(3);
  // Every answer from the article cites it; small talk and help ("k", "hi") state no fact.
  if (a.answered && a.intent !== 'smalltalk' && a.intent !== 'help') expect(a.sources.length).toBeGreaterThan(0);
}

describe('the engine with bad questions', () => {
  it('answers or declines every nasty question without throwing, alone and as a follow-up', () => {
    const conversation = new Conversation();
    for (const q of NASTY) {
      validAnswer(answerQuestion(kb, q));
      validAnswer(answerQuestion(kb, q, conversation));
    }
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(question, (q) => {
        validAnswer(answerQuestion(kb, q));
      }),
      { numRuns: 300 },
    );
  });
});

function harness(): { ctx: BotContext; router: Router } {
  // No cooldown here: these tests are about what one question does, not about floods.
  const ctx = createContext({ store: new KnowledgeStore(kb, 'seeds'), config: parseConfig({}), log: memoryLogger('warn'), cooldown: new Cooldown(Number.POSITIVE_INFINITY) });
  return { ctx, router: new Router(commands, ctx) };
}

let seq = 0;
/** One question through a channel message and through /ask; every reply each one sent. */
async function ask(router: Router, q: string): Promise<{ message: Reply[]; slash: Reply[] }> {
  const message: Reply[] = [];
  const where = { user: { id: `u${++seq}`, name: 'r' }, channelId: 'c', guildId: 'g', member: null };
  const request: MessageRequest = { ...where, content: q.replace(/\s+/g, ' ').trim(), reply: async (r) => void message.push(r) };
  await handleMessageQuestion(request, router.ctx);
  const { request: command, replies: slash } = commandRequest('ask', { userId: where.user.id, options: { question: q } });
  await router.handleCommand(command);
  return { message, slash };
}

async function pressWhy(router: Router, reply: Reply): Promise<Reply[]> {
  const id = (reply.components ?? []).flatMap((r) => r.components).flatMap((c) => ('custom_id' in c ? [c.custom_id] : []))[0];
  if (!id) return [];
  const out: Reply[] = [];
  const request: ButtonRequest = { user: { id: 'p', name: 'p' }, channelId: 'c', guildId: 'g', member: null, customId: id, respond: async (r) => void out.push(r), update: async (r) => void out.push(r), acknowledged: false };
  await router.handleButton(request);
  return out;
}

async function checkQuestion(router: Router, q: string): Promise<void> {
  const { message, slash } = await ask(router, q);
  // A message that is only whitespace never reaches the bot as a question; everything else gets one reply.
  expect(message.length).toBe(1);
  expect(slash).toHaveLength(1);
  for (const reply of [...message, ...slash, ...(await pressWhy(router, slash[0]))]) {
    expect(sendProblems(reply), JSON.stringify(q)).toEqual([]);
    expect(answerMarkdownProblems(reply), JSON.stringify(q)).toEqual([]);
  }
}

describe('the bot with bad questions', () => {
  it('answers each nasty question exactly once, within limits, pinging no one', async () => {
    const { router, ctx } = harness();
    for (const q of NASTY) await checkQuestion(router, q);
    const failures = (ctx.log as ReturnType<typeof memoryLogger>).events.filter((e) => e.event === 'handler-failed');
    expect(failures).toEqual([]);
  });

  it('turns empty, whitespace-only and overlong questions into a clear message', async () => {
    const { router } = harness();
    for (const q of ['', '   ', '\n\t', 'x'.repeat(6000), Array(10_000).fill('homs').join(' ')]) {
      const { slash } = await ask(router, q);
      expect(slash[0].content).toMatch(/type a question|keep it under 500/);
      expect(slash[0].ephemeral).toBe(true);
    }
  });

  it('holds for arbitrary questions (property)', async () => {
    const { router } = harness();
    await fc.assert(
      fc.asyncProperty(question, async (q) => {
        await checkQuestion(router, q);
      }),
      { numRuns: 150 },
    );
  });
});

describe('quoted text and markdown', () => {
  it('escaped text triggers no markdown and reads back exactly as written (property)', () => {
    const text = fc.oneof(fc.string({ unit: markdownUnit, maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(
      fc.property(text, (s) => {
        const escaped = escapeText(s);
        expect(markdownProblems(escaped)).toEqual([]);
        expect(shownText(escaped)).toBe(s.replace(/\u200b/g, ''));
        expect(shownText(safeText(s))).toBe(s.replace(/\u200b/g, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes what discord.js escapeMarkdown leaves: quotes, subtext, single marks, web addresses', () => {
    for (const s of ['> quoted', '>>> all of it', '-# small print', '# big', '- item', '1. first', '[x](https://e.example)', 'see https://e.example/a_b**', 'ends with \\']) {
      expect(markdownProblems(safeText(s)), s).toEqual([]);
    }
    expect(safeText('> q')).toBe('\\> q');
    expect(safeText('https://e.example/x')).toBe('https\\://e.example/x');
  });

  it('the console shows escaped text as written', () => {
    for (const s of ['1. first', '> q', 'a_b *c* `d` ~~e~~ ||f||', 'https://e.example/x', '-# s', '\\']) expect(plainText(safeText(s))).toBe(s);
  });
});

describe('batch CLI with malformed lines', () => {
  it('gives an error line for each malformed line and answers the rest, in order (property)', async () => {
    const good = JSON.stringify({ id: 'ok', question: 'How far are the insurgents from Homs?' });
    const junk = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\n') && !s.includes('\r') && s.trim() !== ''),
      fc.constantFrom('{', '[]', 'null', '42', '"text"', '{"question": 5}', '{"id": {}, "question": "x"}', '{"question": ""}', '{"question": "x", "sentences": []}', '{"question": "x", "context": "not a list"}'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(junk, fc.constant(good)), { minLength: 1, maxLength: 8 }), async (lines) => {
        const input = new PassThrough();
        const output = new PassThrough();
        let out = '';
        output.on('data', (d: Buffer) => (out += d.toString()));
        input.end(`${lines.join('\n')}\n`);
        await runBatch(input, output, { seeds: async () => kb });
        const results = out.trim().split('\n').map((l) => JSON.parse(l) as { id?: unknown; error?: string; answered?: boolean });
        expect(results).toHaveLength(lines.length);
        results.forEach((r, i) => {
          if (lines[i] === good) expect(r).toMatchObject({ id: 'ok', answered: true });
          else if (r.error === undefined) expect(typeof r.answered).toBe('boolean');
        });
      }),
      { numRuns: 40 },
    );
  });
});
