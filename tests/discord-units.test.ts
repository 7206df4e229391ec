/** The small pieces of the Discord adapter: limits, escaping, config, logging, bounds. */
import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, requireDeployConfig } from '../src/config.js';
import { toSendOptions } from '../src/discord/adapters.js';
import { parseOptions } from '../src/discord/console-chat.js';
import { Cooldown } from '../src/discord/cooldown.js';
import { pastTense } from '../src/discord/fact-lines.js';
import { fitEmbed, LIMITS, totalEmbedLength, truncate } from '../src/discord/limits.js';
import { LruCache } from '../src/discord/lru.js';
import { defuseMentions, quoteBlock, safeText } from '../src/discord/mentions.js';
import { looksLikeQuestion, questionFromMessage } from '../src/discord/messages.js';
import { plainText } from '../src/discord/render-text.js';
import { Semaphore } from '../src/discord/semaphore.js';
import { autocompleteChoices, suggestQuestions } from '../src/discord/suggestions.js';
import { knowledgeBaseFromText, type KnowledgeBase } from '../src/engine.js';
import { createLogger, memoryLogger } from '../src/log.js';
import { answerReply, paginate } from '../src/reply/discord.js';

describe('limits', () => {
  it('truncates with an ellipsis, never splitting a surrogate pair or leaving a dangling escape', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
    expect(truncate('abc😀def', 5)).toBe('abc…');
    expect(truncate('ab\\*cdef', 4)).toBe('ab…');
  });

  it('fits an embed within every per-part limit and the 6000 total', () => {
    const huge = 'x'.repeat(5000);
    const fitted = fitEmbed({ title: huge, description: huge, footer: { text: huge }, fields: Array.from({ length: 30 }, () => ({ name: huge, value: huge })) });
    expect(fitted.title?.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(fitted.description?.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    for (const f of fitted.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(totalEmbedLength([fitted])).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(fitted.description?.endsWith('…')).toBe(true);
  });

  it('send options cap content at 2000, defuse @everyone, and never ping', () => {
    const opts = toSendOptions({ content: `@everyone ${'y'.repeat(3000)}`, ephemeral: true });
    expect(opts.content?.length).toBeLessThanOrEqual(LIMITS.content);
    expect(opts.content).not.toContain('@everyone');
    expect(opts.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(MessageFlags.Ephemeral).toBe(64);
  });

  it('an answer with a very long source sentence still fits', () => {
    const kb = knowledgeBaseFromText('long.txt', `${'Word '.repeat(2000)}end.`);
    const reply = answerReply(kb, 'q'.repeat(400), {
      answered: true,
      answer: 'a'.repeat(5000),
      intent: 'what',
      confidence: 0.5,
      sources: [0, 0, 0].map(() => ({ article: 'long.txt', index: 0, text: kb.articles[0].sentences[0].text })),
      explanation: { method: 'fallback', rule: 'bm25', matched: [] },
    });
    const embed = reply.embeds?.[0];
    expect(embed?.author?.name.length).toBeLessThanOrEqual(LIMITS.author);
    for (const f of embed?.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(totalEmbedLength(reply.embeds ?? [])).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it('paginates without losing or reordering lines', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `line ${i} ${'z'.repeat(100)}`);
    const pages = paginate(lines, 1000, 15);
    expect(pages.flat()).toEqual(lines);
    for (const p of pages) expect(p.join('\n').length).toBeLessThanOrEqual(1000);
  });
});

describe('mentions and markdown', () => {
  it('escapes markdown and defuses @everyone, @here and raw mentions in quoted text', () => {
    expect(safeText('**bold** _x_')).toBe('\\*\\*bold\\*\\* \\_x\\_');
    const d = defuseMentions('@everyone @here <@123> <@&456> <#789>');
    expect(d).not.toMatch(/@everyone|@here|<@123>|<@&456>|<#789>/);
    expect(quoteBlock('a\nb')).toBe('> a\n> b');
  });

  it('the console shows escaped text as written', () => {
    expect(plainText(safeText('a *b* `c`'))).toBe('a *b* `c`');
    expect(plainText('**bold**')).toBe('bold');
  });
});

describe('config', () => {
  it('has defaults and strips a trailing slash from the API URL', () => {
    const c = parseConfig({ DISCORD_API_URL: 'http://127.0.0.1:9/api/' });
    expect(c).toMatchObject({ token: undefined, seedsDir: 'seeds', logLevel: 'info', apiUrl: 'http://127.0.0.1:9/api', askChannelIds: [], modRoleIds: [] });
    expect(parseConfig({}).apiUrl).toBe('https://discord.com/api');
  });

  it('lists every problem at once, with clear messages and never the token', () => {
    const token = 'not a token "quoted"';
    let error: unknown;
    try {
      parseConfig({ DISCORD_TOKEN: token, DISCORD_GUILD_ID: 'abc', ASK_CHANNEL_IDS: '123456789012345678, nope', LOG_LEVEL: 'loud', DISCORD_API_URL: 'ftp://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect((error as ConfigError).problems).toHaveLength(5);
    expect(message).toMatch(/DISCORD_TOKEN does not look like a bot token/);
    expect(message).toMatch(/DISCORD_GUILD_ID must be a Discord id/);
    expect(message).toMatch(/not ids: nope/);
    expect(message).toMatch(/LOG_LEVEL must be one of/);
    expect(message).not.toContain(token);
  });

  it('deploying needs a token and an application id', () => {
    expect(() => requireDeployConfig(parseConfig({}))).toThrow(/DISCORD_TOKEN is required[\s\S]*DISCORD_CLIENT_ID is required/);
  });
});

describe('logger', () => {
  it('writes one JSON line per event, filtered by level, with the token redacted everywhere', () => {
    const token = 'abc.def-ghi.jkl_mno';
    const lines: string[] = [];
    const log = createLogger({ level: 'info', secrets: [token], write: (l) => lines.push(l) });
    log.debug('hidden');
    log.info('question', { intent: 'who', note: `sent ${token}`, authorization: 'Bot xyz', error: new Error(`bad ${token}`) });
    expect(lines).toHaveLength(1);
    const parsed = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(parsed).toMatchObject({ level: 'info', event: 'question', intent: 'who', authorization: '[redacted]' });
    expect(lines[0]).not.toContain(token);
    expect(lines[0]).not.toContain('xyz');
    expect(memoryLogger('silent').lines).toEqual([]);
  });
});

describe('bounded state', () => {
  it('the LRU forgets the least recently used past its size, and anything past its TTL', () => {
    let now = 0;
    const lru = new LruCache<string, number>(2, 100, () => now);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    now = 500;
    expect(lru.get('c')).toBeUndefined();
    expect(lru.size).toBe(1);
  });

  it('the cooldown allows a burst, refills with time, and flags only the first refusal', () => {
    let now = 0;
    const cd = new Cooldown(2, 1000, () => now);
    expect(cd.take('u').ok).toBe(true);
    expect(cd.take('u').ok).toBe(true);
    expect(cd.take('u')).toEqual({ ok: false, retryAfterMs: 1000, firstRefusal: true });
    expect(cd.take('u')).toMatchObject({ ok: false, firstRefusal: false });
    expect(cd.take('v').ok).toBe(true);
    now = 1000;
    expect(cd.take('u').ok).toBe(true);
  });

  it('the semaphore bounds concurrency and its wait list', async () => {
    const sem = new Semaphore(1, 1);
    const first = sem.tryAcquire();
    expect(sem.tryAcquire()).toBeNull();
    const waiting = sem.acquire();
    await expect(sem.acquire()).rejects.toThrow(/busy/);
    first?.();
    const second = await waiting;
    expect(sem.active).toBe(1);
    second();
    expect(sem.active).toBe(0);
  });
});

describe('which messages are questions for the bot', () => {
  const config = { askChannelIds: ['200'] };
  const base = { authorId: 'u', authorIsBot: false, channelId: '100', guildId: 'g', content: '', mentionsBot: false };
  it('answers mentions (mention stripped) and DMs, ignores bots and itself', () => {
    expect(questionFromMessage({ ...base, content: '<@42> Who is quoted?', mentionsBot: true }, '42', config)).toBe('Who is quoted?');
    expect(questionFromMessage({ ...base, content: 'hello there', guildId: null }, '42', config)).toBe('hello there');
    expect(questionFromMessage({ ...base, content: 'Who?', guildId: null, authorIsBot: true }, '42', config)).toBeNull();
    expect(questionFromMessage({ ...base, content: 'Who?', authorId: '42', mentionsBot: true }, '42', config)).toBeNull();
  });
  it('in ask channels answers questions only; elsewhere nothing without a mention', () => {
    expect(questionFromMessage({ ...base, channelId: '200', content: 'how far is Homs' }, '42', config)).toBe('how far is Homs');
    expect(questionFromMessage({ ...base, channelId: '200', content: 'nice weather' }, '42', config)).toBeNull();
    expect(questionFromMessage({ ...base, content: 'Who is quoted?' }, '42', config)).toBeNull();
    expect(looksLikeQuestion('The city is big?')).toBe(true);
  });
});

describe('console option parsing and verbs', () => {
  it('takes key:value options, or the whole text as the first string option', () => {
    expect([...parseOptions('question: How far? private:true', 'question')]).toEqual([['question', 'How far?'], ['private', 'true']]);
    expect([...parseOptions('What time is it: now?', 'question')]).toEqual([['question', 'What time is it: now?']]);
    expect([...parseOptions('', 'question')]).toEqual([]);
  });
  it('puts reporting verbs in the past', () => {
    expect(['say', 'report', 'describe', 'add', 'deny', 'said'].map(pastTense)).toEqual(['said', 'reported', 'described', 'added', 'denied', 'said']);
  });
});

describe('suggestions', () => {
  const base = knowledgeBaseFromText('t.txt', 'Rebels are now ten kilometres away from Zembla, the agency said. The rebels were tired.');
  const kb: KnowledgeBase = {
    ...base,
    facts: [
      { type: 'quantity', id: 'q', article: 't.txt', sentences: [0], kind: 'distance', text: 'ten kilometres', value: 10, unit: 'km', measures: 'away from Zembla' },
      { type: 'quote', id: 'x', article: 't.txt', sentences: [0], speaker: 'The agency', text: 'Rebels are near', verb: 'say' },
    ],
  };
  it('builds questions from the facts, not from a fixed list', () => {
    const qs = suggestQuestions(kb);
    expect(qs).toContain('How far are rebels from Zembla?');
    expect(qs).toContain('What did the agency say?');
    expect(suggestQuestions(kb)).toBe(qs);
  });
  it('filters by every typed word, offering the typed text first', () => {
    const choices = autocompleteChoices(kb, 'far zem');
    expect(choices.map((c) => c.value)).toEqual(['far zem', 'How far are rebels from Zembla?']);
    expect(autocompleteChoices(kb, '').length).toBeLessThanOrEqual(25);
  });
});
