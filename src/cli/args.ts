import { parseArgs } from 'node:util';
import { UsageError } from './usage.js';

export type FlagSpec = Record<string, { type: 'string' | 'boolean' }>;

export interface ParsedArgs {
  flags: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Parses one command's flags strictly: an unknown flag or a missing value is a UsageError, never
 * silently ignored, so a typo like `--seed` does not quietly answer from the wrong folder.
 */
export function parseCommandArgs(command: string, argv: readonly string[], spec: FlagSpec, allowPositionals = false): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: spec, strict: true, allowPositionals: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${command}: ${message.replace(/\. To specify a positional argument.*$/s, '')}`);
  }
  if (!allowPositionals && parsed.positionals.length > 0) {
    throw new UsageError(`${command}: unexpected argument ${JSON.stringify(parsed.positionals[0])}`);
  }
  const flags: ParsedArgs['flags'] = {};
  for (const [key, value] of Object.entries(parsed.values)) {
    // parseArgs only yields arrays for `multiple: true` options, which no command declares.
    flags[key] = Array.isArray(value) ? String(value[value.length - 1]) : value;
  }
  for (const [key, { type }] of Object.entries(spec)) {
    if (type === 'string' && flags[key] === '') throw new UsageError(`${command}: --${key} needs a value`);
  }
  return { flags, positionals: parsed.positionals };
}

export const stringFlag = (args: ParsedArgs, name: string): string | undefined => {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
};

export const booleanFlag = (args: ParsedArgs, name: string): boolean => args.flags[name] === true;
