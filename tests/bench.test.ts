/**
 * The bench's helpers, without timing anything: statistics, the synthetic archive, the child's
 * report lines and the table. `npm run bench` itself never runs under `npm test`.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveQuestions, buildArchive, randomSource, sentencePool, shuffle, writeArchive } from '../bench/archive.js';
import { allOf, check, formatTable, mb, ms, times } from '../bench/report.js';
import { parseTagged } from '../bench/spawn.js';
import { growthExponent, median, percentile, ratio, summarize, timePaired } from '../bench/stats.js';

describe('bench statistics', () => {
  it('median takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('percentile is nearest-rank: always a measured value', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([7, 1, 3], 99)).toBe(7);
    expect(percentile([7, 1, 3], 0)).toBe(1);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('summarize reports n, p50, p99, mean, min and max without reordering the input', () => {
    const xs = [3, 1, 2, 10];
    expect(summarize(xs)).toEqual({ n: 4, p50: 2.5, p99: 10, mean: 4, min: 1, max: 10 });
    expect(xs).toEqual([3, 1, 2, 10]);
  });

  it('ratio is NaN, not Infinity, over a zero floor', () => {
    expect(ratio(6, 2)).toBe(3);
    expect(ratio(1, 0)).toBeNaN();
  });

  it('growthExponent is 1 for linear growth, 0 for flat, 0.5 for square-root growth', () => {
    expect(growthExponent([[10, 1], [100, 10], [1000, 100]])).toBeCloseTo(1, 6);
    expect(growthExponent([[10, 2], [100, 2], [1000, 2]])).toBeCloseTo(0, 6);
    expect(growthExponent([[100, 10], [10_000, 100]])).toBeCloseTo(0.5, 6);
    expect(growthExponent([[10, 1]])).toBeNaN();
  });

  it('timePaired runs both functions the same number of times, interleaved', () => {
    const order: string[] = [];
    const out = timePaired(() => order.push('a'), () => order.push('b'), 3, 1);
    expect(out.a).toHaveLength(3);
    expect(out.b).toHaveLength(3);
    expect(order.join('')).toBe('abababab');
  });
});

const POOL = Array.from({ length: 50 }, (_, i) => `Sentence number ${i} says something about topic ${i % 7}.`);

describe('synthetic archive', () => {
  it('randomSource is deterministic per seed and stays within [0, 1)', () => {
    const a = randomSource(42);
    const b = randomSource(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(randomSource(43)()).not.toBe(xs[0]);
  });

  it('shuffle keeps every item and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffle(input, randomSource(1));
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('sentencePool drops fragments, run-ons and duplicates and tidies whitespace', () => {
    const pool = sentencePool([
      'The  army said it withdrew from the city.',
      'The army said it withdrew from the city.',
      'Too short.',
      'lower-case start is a fragment of something.',
      'No closing punctuation at all here',
      `A ${'very '.repeat(100)}long sentence.`,
      '“Quoted speech opens a sentence,” he said.',
    ]);
    expect(pool).toEqual(['The army said it withdrew from the city.', '“Quoted speech opens a sentence,” he said.']);
  });

  it('buildArchive makes the asked number of articles, each of distinct pool sentences, deterministically', () => {
    const articles = buildArchive(POOL, 12, 20, 5);
    expect(articles).toHaveLength(12);
    for (const a of articles) {
      expect(a.sentences).toHaveLength(20);
      expect(new Set(a.sentences).size).toBe(20);
      for (const s of a.sentences) expect(POOL).toContain(s);
      expect(a.text.startsWith(`title: ${a.title}\ndate: 2024-`)).toBe(true);
      expect(a.text).toContain(a.sentences.join('\n\n'));
    }
    expect(articles.map((a) => a.name)).toEqual([...articles.map((a) => a.name)].sort());
    expect(articles[0].name).toBe('synthetic-00001.txt');
    expect(buildArchive(POOL, 12, 20, 5)).toEqual(articles);
    expect(buildArchive(POOL, 12, 20, 6)[0].sentences).not.toEqual(articles[0].sentences);
  });

  it('buildArchive refuses a pool too small for one article, and a non-positive count', () => {
    expect(() => buildArchive(POOL.slice(0, 3), 1, 20)).toThrow(/fewer than the 20/);
    expect(() => buildArchive(POOL, 0, 20)).toThrow(RangeError);
  });

  it('archiveQuestions builds questions from words of the archive own sentences', () => {
    const articles = buildArchive(POOL, 3, 20, 2);
    const qs = archiveQuestions(articles, 25, 9);
    expect(qs).toHaveLength(25);
    expect(archiveQuestions(articles, 25, 9)).toEqual(qs);
    const vocabulary = new Set(POOL.join(' ').replace(/[.]/g, '').split(' '));
    for (const q of qs) {
      const m = /^(What|Who|When|How many|Why|Where) (.+)\?$/.exec(q);
      expect(m, q).not.toBeNull();
      const words = (m?.[2] ?? '').split(' ');
      expect(words.length).toBeGreaterThanOrEqual(3);
      for (const w of words) expect(vocabulary.has(w), `${w} in ${q}`).toBe(true);
    }
  });

  it('writeArchive writes one file per article, readable back as written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bench-test-'));
    try {
      const articles = buildArchive(POOL, 3, 20, 1);
      await writeArchive(dir, articles);
      expect((await readdir(dir)).sort()).toEqual(articles.map((a) => a.name));
      expect(await readFile(join(dir, articles[1].name), 'utf8')).toBe(articles[1].text);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('child report lines', () => {
  it('parseTagged keeps tagged JSON lines by tag, the last of a tag winning, and skips a cut-off line', () => {
    const lines = parseTagged('noise\nrefreshed {"a":1}\nfirst {"b":2}\nrefreshed {"a":3}\nresult {"c":\n');
    expect(lines.get('refreshed')).toEqual({ a: 3 });
    expect(lines.get('first')).toEqual({ b: 2 });
    expect(lines.has('result')).toBe(false);
    expect(lines.has('noise')).toBe(false);
  });
});

describe('the table', () => {
  it('check gives PASS/FAIL by the comparison and n/a for what was not measured', () => {
    expect(check(0.9, 1, '<')).toBe('PASS');
    expect(check(1, 1, '<')).toBe('FAIL');
    expect(check(1, 1, '<=')).toBe('PASS');
    expect(check(2, 1, '>=')).toBe('PASS');
    expect(check(undefined, 1, '<')).toBe('n/a');
    expect(check(Number.NaN, 1, '<')).toBe('n/a');
    expect(allOf('PASS', 'PASS')).toBe('PASS');
    expect(allOf('PASS', 'FAIL')).toBe('FAIL');
    expect(allOf('FAIL', 'n/a')).toBe('n/a');
  });

  it('formats times, ratios and sizes for reading', () => {
    expect(ms(0.1234)).toBe('0.123 ms');
    expect(ms(3.456)).toBe('3.46 ms');
    expect(ms(42.4)).toBe('42 ms');
    expect(ms(4580)).toBe('4.58 s');
    expect(ms(undefined)).toBe('—');
    expect(times(4.256)).toBe('4.26×');
    expect(times(16.2)).toBe('16×');
    expect(mb(146.4)).toBe('146 MB');
  });

  it('formatTable lays rows out as an aligned Markdown table', () => {
    const table = formatTable([
      { section: 'a', figure: 'one', value: '1 ms', target: '< 2 ms', verdict: 'PASS' },
      { section: 'bb', figure: 'two', value: '10 ms' },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| section \| figure \| value +\| target +\| verdict \|$/);
    expect(lines[2]).toContain('| PASS    |');
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});
