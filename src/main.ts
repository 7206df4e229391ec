import { commands } from '../commands/index.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { startBot } from './discord/bot.js';
import { runConsoleChat } from './discord/console-chat.js';
import { createContext } from './discord/context.js';
import { Cooldown } from './discord/cooldown.js';
import { Router } from './discord/router.js';
import { ArticleError, KnowledgeStore, prepareForQuestions } from './engine.js';
import { installProcessGuards } from './discord/process-guards.js';
import { createLogger, redactSecrets } from './log.js';

/** Secrets that no line this process prints may contain; set once the configuration is read. */
let secrets: readonly (string | undefined)[] = [];

function fail(message: string): never {
  console.error(redactSecrets(message, secrets));
  process.exit(1);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(`${error.message}\nSee .env.example for what each setting means.`);
    throw error;
  }
  // The console chat prints answers to the terminal; its logs stay quiet unless LOG_LEVEL asks.
  const level = config.token === undefined && !config.logLevelSet ? 'warn' : config.logLevel;
  secrets = [config.token];
  const log = createLogger({ level, secrets });
  const guards = installProcessGuards(log, process, (line) => console.error(redactSecrets(line, secrets)));

  let store: KnowledgeStore;
  try {
    store = await KnowledgeStore.open(config.seedsDir, { maxBytes: config.maxArticleBytes }, prepareForQuestions);
  } catch (error) {
    if (error instanceof ArticleError) {
      const fix = error.file === undefined ? 'Set SEEDS_DIR to a folder of .txt or .md articles.' : `Fix or remove ${error.file} in ${config.seedsDir}.`;
      fail(`Cannot load the articles: ${error.message}. ${fix}`);
    }
    throw error;
  }

  if (config.token === undefined) {
    const kb = store.current;
    const sentences = kb.articles.reduce((n, a) => n + a.sentences.length, 0);
    console.log(`DISCORD_TOKEN is not set, so this is a local chat on the bundled article (${kb.articles.map((a) => a.id).join(', ')}: ${sentences} sentences, ${kb.facts.length} facts); type a question or /help, Ctrl-D to quit.`);
    // One person at a keyboard (or a piped file) is not a flood: no cooldown.
    const ctx = createContext({ store, config, log, cooldown: new Cooldown(Number.POSITIVE_INFINITY) });
    guards.serving();
    await runConsoleChat(new Router(commands, ctx), { input: process.stdin, write: (t) => process.stdout.write(t), prompt: process.stdin.isTTY === true });
    return;
  }

  const ctx = createContext({ store, config, log });
  log.info('starting', { api: config.apiUrl, seeds: config.seedsDir, askChannels: config.askChannelIds.length, modRoles: config.modRoleIds.length });
  const bot = await startBot(ctx, commands);
  guards.serving();
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info('shutdown', { signal });
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('shutdown-failed', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // Startup failures (e.g. a rejected token) end here: one clear line, no stack, never the token.
  const message = error instanceof Error ? error.message : String(error);
  console.error(redactSecrets(`article-bot could not start: ${message}`, secrets));
  process.exit(1);
});
