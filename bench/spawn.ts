/**
 * Runs one bench child and times it from spawn to the line it prints when ready, by the parent's
 * clock, so the figure includes everything a real process start costs. A child reports through
 * tagged JSON lines (`ready {…}`, `refreshed {…}`, `result {…}`); when it runs past its deadline
 * it is killed and whatever it reported so far is returned, so a slow engine cannot stall the bench.
 */
import { spawn } from 'node:child_process';

export interface ChildRun {
  /** Spawn to the first `ready` or `result` line, ms (undefined if none came). */
  wallMs?: number;
  /** The JSON of each tagged line, by tag; the last line of a tag wins. */
  lines: Map<string, unknown>;
  timedOut: boolean;
}

export class ChildError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(`${message}${stderr ? `\n--- child stderr ---\n${stderr.slice(-2000)}` : ''}`);
    this.name = 'ChildError';
  }
}

const TAGGED = /^([a-z]+) (\{.*\})$/;
const DONE = /^(?:ready|result) /m;

/** Tagged JSON lines of a child's output; other lines are ignored. */
export function parseTagged(out: string): Map<string, unknown> {
  const lines = new Map<string, unknown>();
  for (const line of out.split('\n')) {
    const m = TAGGED.exec(line.trim());
    if (!m) continue;
    try {
      lines.set(m[1], JSON.parse(m[2]) as unknown);
    } catch {
      // A line cut off by a kill is not a figure.
    }
  }
  return lines;
}

export function runChild(command: string, args: readonly string[], options: { cwd: string; timeoutMs: number }): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'silent' } });
    let out = '';
    let err = '';
    let wallMs: number | undefined;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (wallMs === undefined && DONE.test(out)) wallMs = performance.now() - started;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lines = parseTagged(out);
      if (timedOut) resolve({ wallMs, lines, timedOut });
      else if (code !== 0 || wallMs === undefined) reject(new ChildError(`bench child ended (code ${code}, signal ${signal}) without a result: ${args.join(' ')}`, err));
      else resolve({ wallMs, lines, timedOut });
    });
  });
}
