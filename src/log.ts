import type { LogLevel } from './config.js';

export type Fields = Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: Fields): void;
  info(event: string, fields?: Fields): void;
  warn(event: string, fields?: Fields): void;
  error(event: string, fields?: Fields): void;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Strings that must never reach a log line (the bot token). */
  secrets?: readonly (string | undefined)[];
  /** Where lines go; stderr by default so stdout stays free for the console chat. */
  write?: (line: string) => void;
  now?: () => Date;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const SECRET_KEY = /token|authorization|password|secret/i;
const REDACTED = '[redacted]';

function plain(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** `text` with every secret (8 characters or longer, longest first) replaced by a marker. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  const list = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8).sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of list) out = out.split(s).join(REDACTED);
  return out;
}

/** A structured logger: one JSON object per line, one line per event. */
export function createLogger(options: LoggerOptions): Logger {
  const min = RANK[options.level];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const secrets = options.secrets ?? [];

  const emit = (level: LogLevel, event: string, fields: Fields = {}): void => {
    if (RANK[level] < min) return;
    const time = now().toISOString();
    const replacer = (key: string, v: unknown): unknown => (key !== '' && SECRET_KEY.test(key) && typeof v === 'string' ? REDACTED : plain(v));
    let line: string;
    try {
      line = JSON.stringify({ time, level, event, ...fields }, replacer);
    } catch (error) {
      // A circular or hostile field must not turn logging into a crash; the event itself still counts.
      line = JSON.stringify({ time, level, event, unloggable: error instanceof Error ? error.message : String(error) });
    }
    write(redactSecrets(line, secrets));
  };
  return {
    debug: (e, f) => emit('debug', e, f),
    info: (e, f) => emit('info', e, f),
    warn: (e, f) => emit('warn', e, f),
    error: (e, f) => emit('error', e, f),
  };
}

/** For tests: keeps every line, parsed. */
export function memoryLogger(level: LogLevel = 'debug', secrets: readonly string[] = []): Logger & { lines: string[]; events: Fields[] } {
  const lines: string[] = [];
  const logger = createLogger({ level, secrets, write: (l) => lines.push(l) });
  return {
    ...logger,
    lines,
    get events(): Fields[] {
      return lines.map((l) => JSON.parse(l) as Fields);
    },
  };
}
