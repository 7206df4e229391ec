/** The bench's table: one row per figure, with its target and verdict where the issue sets one. */

export type Verdict = 'PASS' | 'FAIL' | 'n/a';

export interface Row {
  section: string;
  figure: string;
  value: string;
  target?: string;
  verdict?: Verdict;
}

/** PASS/FAIL for a measured value; n/a when it could not be measured (NaN, skipped). */
export function check(value: number | undefined, limit: number, kind: '<' | '<=' | '>='): Verdict {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  const ok = kind === '<' ? value < limit : kind === '<=' ? value <= limit : value >= limit;
  return ok ? 'PASS' : 'FAIL';
}

export const allOf = (...verdicts: Verdict[]): Verdict => (verdicts.includes('n/a') ? 'n/a' : verdicts.every((v) => v === 'PASS') ? 'PASS' : 'FAIL');

/** Milliseconds with precision that suits their size. */
export function ms(x: number | undefined): string {
  if (x === undefined || Number.isNaN(x)) return '—';
  if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
  if (x >= 10) return `${x.toFixed(0)} ms`;
  if (x >= 1) return `${x.toFixed(2)} ms`;
  return `${x.toFixed(3)} ms`;
}

export const times = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '—' : `${x.toFixed(x >= 10 ? 0 : 2)}×`);
export const mb = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '—' : `${x.toFixed(0)} MB`);

/** A Markdown table, which reads as well in a terminal as in the README. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['section', 'figure', 'value', 'target', 'verdict'];
  const cells = rows.map((r) => [r.section, r.figure, r.value, r.target ?? '', r.verdict ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: readonly string[]) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
