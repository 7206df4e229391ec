/**
 * Runs one bench child and times it from spawn to the line it prints when ready, by the parent's
 * clock, so the figure includes everything a real process start costs.
 */
import { spawn } from 'node:child_process';

export interface ChildRun<T> {
  /** Spawn to the `ready`/`result` line, ms. */
  wallMs: number;
  data: T;
}

export class ChildError extends Error {
  constructor(message: string, readonly stderr: string) {
    super(`${message}${stderr ? `\n--- child stderr ---\n${stderr.slice(-2000)}` : ''}`);
    this.name = 'ChildError';
  }
}

const LINE = /^(ready|result) (.*)$/m;

export function runChild<T>(command: string, args: readonly string[], options: { cwd: string; timeoutMs: number }): Promise<ChildRun<T>> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'silent' } });
    let out = '';
    let err = '';
    let wallMs: number | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new ChildError(`bench child timed out after ${options.timeoutMs} ms: ${args.join(' ')}`, err));
    }, options.timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (wallMs === undefined && LINE.test(out)) wallMs = performance.now() - started;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = LINE.exec(out);
      if (code !== 0 || !line || wallMs === undefined) {
        reject(new ChildError(`bench child exited with code ${code} without a ready line: ${args.join(' ')}`, err));
        return;
      }
      resolve({ wallMs, data: JSON.parse(line[2]) as T });
    });
  });
}
