import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs the real CLI in a child process: the only way to prove what reaches stdout. */
function cli(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['src/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('CLI processes', () => {
  it('answer --jsonl: stdout holds one JSON line per question and nothing else, in input order', async () => {
    const input = [
      '{"id": "seed", "question": "Who is leading the offensive?"}',
      '{broken',
      '',
      '{"id": "inline", "question": "How tall is it?", "sentences": ["The tower is tall.", "It is 300 metres tall.", "It is in Paris."]}',
      '{"id": "ctx", "question": "What did he say?", "context": ["Who is the Observatory\'s chief?"]}',
    ].join('\n');
    const r = await cli(['answer', '--jsonl', '--ranking'], input);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((p) => p.id)).toEqual(['seed', null, 'inline', 'ctx']);
    expect(parsed[1].error).toMatch(/not valid JSON/);
    expect(parsed[2].ranking).toHaveLength(3);
    expect(r.stderr).toMatch(/answered 3 of 4 lines/);
  });

  it('facts --json: stdout is exactly one JSON document', async () => {
    const r = await cli(['facts', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('a bad seeds folder: exit 1, a message naming it, no stack trace', async () => {
    const r = await cli(['answer', '--jsonl', '--seeds', 'no-such-folder'], '{"id": "x", "question": "Q?"}\n');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ id: 'x', error: 'cannot load seeds: seeds folder no-such-folder does not exist' });
    expect(r.stderr).toContain('seeds folder no-such-folder does not exist');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
