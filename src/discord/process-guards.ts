import type { Logger } from '../log.js';

/** The parts of `process` the guards use, so tests can pass their own. */
export interface GuardedProcess {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  exit(code: number): void;
}

export interface ProcessGuards {
  /** Start-up is over: from now on a stray error is logged and the bot keeps serving. */
  serving(): void;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * A promise nobody awaited or an exception nobody caught must not take the whole bot down once it
 * serves: one bad handler would silence it for every server. During start-up, though, nothing is
 * being served and the state may be half-built, so the same error stops the process with one clear
 * line and a non-zero exit (never a stack with the environment in it).
 */
export function installProcessGuards(log: Logger, target: GuardedProcess = process, fail: (line: string) => void = (l) => console.error(l)): ProcessGuards {
  let serving = false;
  const handle = (event: string, error: unknown): void => {
    if (serving) {
      log.error(event, { error });
      return;
    }
    fail(`article-bot could not start: ${describe(error)}`);
    target.exit(1);
  };
  target.on('unhandledRejection', (reason) => handle('unhandled-rejection', reason));
  target.on('uncaughtException', (error) => handle('uncaught-exception', error));
  return {
    serving() {
      serving = true;
    },
  };
}
