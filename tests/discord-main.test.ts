/** `npm start` as a process: the local chat without a token, and a real login against the fake Discord with one. */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, BOT_USER, CHANNEL_ID, FakeDiscord } from './fake-discord/server.js';

const TOKEN = 'bWFpbi10ZXN0.main-token.never-real-987654321';

/** Straight from the sources; `npm start` runs the same program as built by `npm run build`. */
const FROM_SOURCES = ['--import', 'tsx', 'src/main.ts'];

function start(env: Record<string, string>, stdin?: string, args = FROM_SOURCES) {
  // Empty values keep a developer's .env from filling them in (dotenv never overrides).
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: '', DISCORD_GUILD_ID: '', ASK_CHANNEL_IDS: '', MOD_ROLE_IDS: '', LOG_LEVEL: '', DISCORD_API_URL: '', SEEDS_DIR: 'seeds', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  if (stdin !== undefined) child.stdin.end(stdin);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  void exited.then(() => clearTimeout(timer));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe('npm start without DISCORD_TOKEN', () => {
  it('says so in one line and answers piped questions with the same handlers, exiting at EOF', async () => {
    const run = start({}, 'How far are the insurgents from Homs?\n');
    expect(await run.exited).toBe(0);
    const lines = run.out().split('\n');
    expect(lines[0]).toMatch(/^DISCORD_TOKEN is not set, so this is a local chat on the bundled article/);
    expect(run.out()).toMatch(/five kilometres \(three miles\)/);
    expect(run.out()).toContain('> Insurgents are now five kilometres (three miles) away from Homs');
  });

  it('runs the same from the build npm start makes', async () => {
    const built = await new Promise<number | null>((resolve) => spawn('npm', ['run', '-s', 'build'], { stdio: 'ignore' }).on('exit', resolve));
    expect(built).toBe(0);
    const run = start({}, 'How far are the insurgents from Homs?\n', ['dist/src/main.js']);
    expect(await run.exited).toBe(0);
    expect(run.out()).toMatch(/^DISCORD_TOKEN is not set/);
    expect(run.out()).toMatch(/five kilometres \(three miles\)/);
  });

  it('stops with a clear message on bad configuration', async () => {
    const run = start({ LOG_LEVEL: 'chatty', DISCORD_GUILD_ID: 'x' });
    expect(await run.exited).toBe(1);
    expect(run.err()).toMatch(/LOG_LEVEL must be one of/);
    expect(run.err()).toMatch(/DISCORD_GUILD_ID must be a Discord id/);
  });
});

describe('npm start with a token and DISCORD_API_URL pointing at a fake', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await new FakeDiscord().start();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('logs in, answers a mention, logs JSON lines without the token, and shuts down on SIGTERM', async () => {
    const run = start({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl });
    try {
      await fake.waitFor(() => (run.err().includes('"event":"ready"') ? true : undefined), 12_000, 'the bot to be ready');
      fake.message(`<@${BOT_USER.id}> How far are the insurgents from Homs?`, { id: '912345678901234567', username: 'reader' }, { mentions: [BOT_USER] });
      const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`, 5000);
      expect(JSON.stringify(reply.body)).toMatch(/five kilometres/);
      await fake.waitFor(() => (run.err().includes('"event":"question"') ? true : undefined), 2000, 'the question log line');
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
    const logLines = run.err().trim().split('\n');
    for (const line of logLines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(logLines.some((l) => l.includes('"event":"shutdown"'))).toBe(true);
    expect(run.err() + run.out()).not.toContain(TOKEN);
  });
});
