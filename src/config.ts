import { config as loadDotEnvFile } from 'dotenv';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** Discord's own REST base; @discordjs/rest appends `/v10`. */
export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';

export interface Config {
  /** Absent: `npm start` runs the local console chat instead of connecting. */
  token?: string;
  clientId?: string;
  guildId?: string;
  askChannelIds: readonly string[];
  modRoleIds: readonly string[];
  seedsDir: string;
  logLevel: LogLevel;
  /** Whether LOG_LEVEL was given, so the console chat can stay quiet by default. */
  logLevelSet: boolean;
  apiUrl: string;
  /** Largest article file accepted, in bytes (MAX_ARTICLE_BYTES). */
  maxArticleBytes: number;
  /** Questions one user may ask at once before the cooldown applies (QUESTION_BURST). */
  questionBurst: number;
  /** Then one more question every this many milliseconds (QUESTION_COOLDOWN_MS). */
  questionCooldownMs: number;
  /** Questions answered at the same time, across all users (MAX_CONCURRENT_ANSWERS). */
  maxConcurrentAnswers: number;
}

export const DEFAULTS = {
  maxArticleBytes: 2 * 1024 * 1024,
  questionBurst: 3,
  questionCooldownMs: 4000,
  maxConcurrentAnswers: 32,
} as const;

/** Every problem found in the environment, listed at once so one restart fixes them all. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Configuration problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const SNOWFLAKE = /^\d{15,21}$/;
// A bot token is three dot-separated base64url parts; checking the shape catches pasted quotes or spaces.
const TOKEN_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

type Env = Readonly<Record<string, string | undefined>>;

const value = (env: Env, key: string): string | undefined => {
  const v = env[key]?.trim();
  return v === undefined || v === '' ? undefined : v;
};

function idList(env: Env, key: string, problems: string[]): string[] {
  const raw = value(env, key);
  if (raw === undefined) return [];
  const ids = raw.split(/[\s,]+/).filter(Boolean);
  const bad = ids.filter((id) => !SNOWFLAKE.test(id));
  if (bad.length > 0) problems.push(`${key} must be a comma-separated list of Discord ids (digits only); not ids: ${bad.join(', ')}`);
  return ids.filter((id) => SNOWFLAKE.test(id));
}

function oneId(env: Env, key: string, problems: string[]): string | undefined {
  const id = value(env, key);
  if (id !== undefined && !SNOWFLAKE.test(id)) problems.push(`${key} must be a Discord id (15-21 digits), got "${id}"`);
  return id;
}

/** A whole number within bounds, or the default when unset. */
function integer(env: Env, key: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = value(env, key);
  if (raw === undefined) return fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    problems.push(`${key} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return n;
}

/** Validates a configuration from an environment. Pure: tests pass their own `env`. */
export function parseConfig(env: Env): Config {
  const problems: string[] = [];
  const token = value(env, 'DISCORD_TOKEN');
  // Never echo the token itself, not even in an error.
  if (token !== undefined && !TOKEN_SHAPE.test(token)) problems.push('DISCORD_TOKEN does not look like a bot token (three parts separated by dots, no spaces or quotes)');
  const clientId = oneId(env, 'DISCORD_CLIENT_ID', problems);
  const guildId = oneId(env, 'DISCORD_GUILD_ID', problems);
  const askChannelIds = idList(env, 'ASK_CHANNEL_IDS', problems);
  const modRoleIds = idList(env, 'MOD_ROLE_IDS', problems);
  const seedsDir = value(env, 'SEEDS_DIR') ?? 'seeds';

  const levelRaw = value(env, 'LOG_LEVEL')?.toLowerCase();
  let logLevel: LogLevel = 'info';
  if (levelRaw !== undefined) {
    if ((LOG_LEVELS as readonly string[]).includes(levelRaw)) logLevel = levelRaw as LogLevel;
    else problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${levelRaw}"`);
  }

  let apiUrl = value(env, 'DISCORD_API_URL') ?? DEFAULT_DISCORD_API_URL;
  try {
    const url = new URL(apiUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') problems.push(`DISCORD_API_URL must be an http(s) URL, got "${apiUrl}"`);
    apiUrl = apiUrl.replace(/\/+$/, '');
  } catch {
    problems.push(`DISCORD_API_URL is not a URL: "${apiUrl}"`);
  }

  const maxArticleBytes = integer(env, 'MAX_ARTICLE_BYTES', DEFAULTS.maxArticleBytes, 1024, 256 * 1024 * 1024, problems);
  const questionBurst = integer(env, 'QUESTION_BURST', DEFAULTS.questionBurst, 1, 1000, problems);
  const questionCooldownMs = integer(env, 'QUESTION_COOLDOWN_MS', DEFAULTS.questionCooldownMs, 0, 3_600_000, problems);
  const maxConcurrentAnswers = integer(env, 'MAX_CONCURRENT_ANSWERS', DEFAULTS.maxConcurrentAnswers, 1, 1000, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    token,
    clientId,
    guildId,
    askChannelIds,
    modRoleIds,
    seedsDir,
    logLevel,
    logLevelSet: levelRaw !== undefined,
    apiUrl,
    maxArticleBytes,
    questionBurst,
    questionCooldownMs,
    maxConcurrentAnswers,
  };
}

/** Reads `.env` (if present; real environment variables win) and validates the result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // dotenv types its target as string-valued; it only adds keys, which a ProcessEnv accepts.
  loadDotEnvFile({ quiet: true, processEnv: env as Record<string, string> });
  return parseConfig(env);
}

/** What deploying commands needs beyond the base configuration. */
export function requireDeployConfig(config: Config): Config & { token: string; clientId: string } {
  const problems: string[] = [];
  if (config.token === undefined) problems.push('DISCORD_TOKEN is required to deploy commands');
  if (config.clientId === undefined) problems.push('DISCORD_CLIENT_ID is required to deploy commands (the application id from the Developer Portal)');
  if (problems.length > 0 || config.token === undefined || config.clientId === undefined) throw new ConfigError(problems);
  return { ...config, token: config.token, clientId: config.clientId };
}
