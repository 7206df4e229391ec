import { ArticleError } from '../engine.js';
import { EvalDataError } from '../eval/datasets.js';
import type { CliIO } from './io.js';
import { USAGE, UsageError } from './usage.js';

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

// Each command module is loaded only when run: a command never pays for (or breaks on) another's imports.
const COMMANDS: Record<string, Command> = {
  ask: async (argv, io) => (await import('./ask.js')).askCommand(argv, io),
  chat: async (argv, io) => (await import('./chat.js')).chatCommand(argv, io),
  answer: async (argv, io) => (await import('./answer.js')).answerCommand(argv, io),
  facts: async (argv, io) => (await import('./facts.js')).factsCommand(argv, io),
  eval: async (argv, io) => (await import('./eval.js')).evalCommand(argv, io),
};

/**
 * Runs one CLI command and returns the exit status. This is the one place errors become messages:
 * usage mistakes exit 2 with the usage, problems a person can fix (a bad seeds file, missing eval
 * data) exit 1 with a message and no stack trace.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    if (name === undefined) throw new UsageError('no command given');
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`error: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof ArticleError || error instanceof EvalDataError) {
      io.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`error: ${detail}\n`);
    if (process.env.DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
