/**
 * The confidence skips its floors and its veto where they could not change it (a speed-up): that
 * holds only while every floor gives at most HIGHEST_FLOOR and every veto cap is at least VETO_CAP.
 * These read the module's own text, so a new floor or cap past those bounds fails here rather than
 * silently changing answers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../src/qa/confidence.ts', import.meta.url), 'utf8');
const constant = (name: string): number => Number(new RegExp(`const ${name} = ([0-9.]+);`).exec(source)?.[1]);

describe('confidence shortcuts stay exact', () => {
  it('every fixed veto cap is at least VETO_CAP, the bound below which veto is skipped', () => {
    const caps = [...source.matchAll(/Math\.min\(cap, ([0-9.]+)\)/g)].map((m) => Number(m[1]));
    expect(caps.length).toBeGreaterThan(10);
    expect(Math.min(...caps)).toBeGreaterThanOrEqual(constant('VETO_CAP'));
  });

  it('every floor gives 0 or one of the values HIGHEST_FLOOR is the largest of', () => {
    const levels = new Set([...source.matchAll(/\b([A-Z_]+_CONFIDENCE)\b/g)].map((m) => m[1]));
    expect([...levels].sort()).toEqual(['ACT_TOLD_CONFIDENCE', 'SETTLED_CONFIDENCE']);
    expect(source).toContain('const HIGHEST_FLOOR = Math.max(SETTLED_CONFIDENCE, ACT_TOLD_CONFIDENCE);');
    const floors = [...source.matchAll(/\nfunction (\w+Floor)\([\s\S]*?\n\}\n/g)];
    expect(floors.length).toBeGreaterThan(10);
    for (const [body] of floors) {
      const literals = [...body.matchAll(/(?:\?|return)\s*([0-9.]+)\s*[:;]/g)].map((m) => Number(m[1]));
      expect(literals.filter((v) => v !== 0)).toEqual([]);
    }
  });
});
