import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/parse.js';
import { extractFacts } from '../src/facts/extract.js';
import { FACT_TYPES } from '../src/facts/types.js';
import { factsToJson, formatFactsText } from '../src/reply/facts.js';
import { load } from './facts-helpers.js';

const seed = load('seeds/homs-offensive-2024-12.txt');
const other = load('tests/fixtures/articles/karsa-earthquake-2023-09.txt');
const articles = [seed.article, other.article];
const facts = [...seed.facts, ...other.facts];

describe('facts formatter', () => {
  it('writes one block per article, grouped by type, each line led by its sentence indices', () => {
    const text = formatFactsText(articles, facts);
    expect(text).toContain(`== homs-offensive-2024-12.txt (2024-12): ${seed.article.sentences.length} sentences, 17 paragraphs`);
    expect(text).toContain('== karsa-earthquake-2023-09.txt (2023-09-12)');
    expect(text).toMatch(/Aliases \(1\)\n {2}\[2\] HTS = Hayat Tahrir al-Sham/);
    expect(text).toContain('[7] Rami Abdurrahman (say): “The battle of Homs is the mother of all battles');
    expect(text).toContain('[6] five kilometres (three miles) [distance, 5 km] — away from Homs; source: Syrian Observatory for Human Rights');
    expect(text).toContain('[3] Ghaith Alsayed / AP — Syrian opposition fighters');
    expect(text).toContain('late on Sunday [weekday → 2023-09-10]');
    expect(text.indexOf('Names (')).toBeLessThan(text.indexOf('Photo credits ('));
  });

  it('says so when there are no articles', () => {
    expect(formatFactsText([], [])).toBe('No articles loaded.\n');
  });

  it('makes one JSON document with meta.date, sizes and every fact type', () => {
    const json = factsToJson(articles, facts);
    const round = JSON.parse(JSON.stringify(json)) as typeof json;
    expect(round.articles.map((a) => a.id)).toEqual(['homs-offensive-2024-12.txt', 'karsa-earthquake-2023-09.txt']);
    const first = round.articles[0];
    expect(first.meta).toEqual({ date: '2024-12' });
    expect(first.sentences).toBe(seed.article.sentences.length);
    expect(first.paragraphs).toBe(17);
    expect(Object.keys(first.facts)).toEqual([...FACT_TYPES]);
    expect(first.facts.alias).toEqual([expect.objectContaining({ id: 'homs-offensive-2024-12.txt#alias#0', name: 'Hayat Tahrir al-Sham', alias: 'HTS' })]);
    expect(first.facts.name.every((f) => !('article' in f))).toBe(true);
    const total = round.articles.reduce((n, a) => n + Object.values(a.facts).reduce((m, list) => m + list.length, 0), 0);
    expect(total).toBe(facts.length);
  });

  it('keeps a title and an empty group for an article without facts of a type', () => {
    const a = parseArticle('tiny.txt', 'title: Tiny\ndate: 2024-01-02\n\nThe meeting ended early.');
    const json = factsToJson([a], extractFacts(a));
    expect(json.articles[0].meta).toEqual({ title: 'Tiny', date: '2024-01-02' });
    expect(json.articles[0].facts.quote).toEqual([]);
    expect(formatFactsText([a], extractFacts(a))).toContain('== tiny.txt (Tiny, 2024-01-02): 1 sentences, 1 paragraphs');
  });
});
