/**
 * The fast and compact paths of extraction and the knowledge base (issue 5) give exactly what the
 * plain ones gave: each is checked here against a straightforward reference implementation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/parse.js';
import type { Article } from '../src/article/types.js';
import { extractFacts } from '../src/facts/extract.js';
import { normaliseForm } from '../src/facts/names.js';
import { startsLower, startsUpper, tidy } from '../src/facts/tokens.js';
import type { Fact } from '../src/facts/types.js';
import { SentenceIndex, type QueryTerm } from '../src/index/sentence-index.js';
import { factChanges } from '../src/kb/store.js';
import { InternTable } from '../src/nlp/intern.js';
import { termAt, termOf } from '../src/nlp/terms.js';
import { readSentences } from '../src/nlp/wink.js';

const FIXTURES = 'tests/fixtures/articles';
const articles: Article[] = [
  parseArticle('homs-offensive-2024-12.txt', readFileSync('seeds/homs-offensive-2024-12.txt', 'utf8')),
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseArticle(f, readFileSync(join(FIXTURES, f), 'utf8'))),
];

/** tidy as it was written before its fast path. */
const tidySlow = (text: string): string =>
  text
    .replace(/^[\s,;:.“”"‘’'()\-–—]+/u, '')
    .replace(/[\s,;:“”"‘’'(\-–—]+$/u, '')
    .replace(/\s+/g, ' ')
    .replace(/^(.*)\)$/u, (all, inner: string) => (inner.includes('(') ? all : inner))
    .trim();

describe('fast paths agree with their regular expressions', () => {
  const pieces = ['a', 'B', ' ', '  ', ',', '.', '(', ')', '“', '”', '-', '—', '\t', '\n', '\u00a0', 'É', 'é', 'ß', '1', "'", 'Ωmega', 'word'];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((xs) => xs.join(''));

  it('tidy gives what the chain of replacements gave', () => {
    fc.assert(fc.property(texts, (t) => {
        expect(tidy(t)).toBe(tidySlow(t));
      }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ maxLength: 12 }), (t) => {
        expect(tidy(t)).toBe(tidySlow(t));
      }), { numRuns: 2000 });
  });

  it('startsUpper and startsLower are \\p{Lu} and \\p{Ll} of the first character', () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 })), (t) => {
        expect(startsUpper(t)).toBe(/^\p{Lu}/u.test(t));
        expect(startsLower(t)).toBe(/^\p{Ll}/u.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('normaliseForm hands out copies: a caller changing one does not change the next', () => {
    const a = normaliseForm('General Ali Mahmoud Abbas');
    a.push('changed');
    expect(normaliseForm('General Ali Mahmoud Abbas')).toEqual(['ali', 'mahmoud', 'abbas']);
  });
});

describe('tokens', () => {
  it('hold their word’s shared reading and their start only, inside their sentence', () => {
    // Checked token by token, reported once: an expect per token made this the suite's slowest test.
    const wrong: string[] = [];
    for (const a of articles) {
      for (const s of a.sentences) {
        for (const t of s.tokens) {
          // Every field a Token has, read through the word it shares with every token of that word and tag.
          const typed = typeof t.text === 'string' && typeof t.norm === 'string' && typeof t.lemma === 'string' && typeof t.pos === 'string' && typeof t.stop === 'boolean' && typeof t.kind === 'string';
          if (!typed || Object.keys(t).length !== 2 || s.text.slice(t.start, t.end) !== t.text) wrong.push(`${a.id} #${s.index}: ${t.text}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    const [one] = readSentences('The fire spread. The fire died.');
    const [two] = readSentences('The fire grew.');
    expect(one.tokens[1].lemma).toBe('fire');
    expect(two.tokens[1]).not.toBe(one.tokens[1]);
    expect(two.tokens[1].start).toBe(4);
  });

  it('of two reads share their lower-cased strings', () => {
    const [a] = readSentences('Syria said Homs fell.');
    const [b] = readSentences('Syria said Homs fell.');
    expect(a.tokens.map((t) => t.norm)).toEqual(['syria', 'said', 'homs', 'fell', '.']);
    expect(b.tokens.map((t) => t.norm)).toEqual(a.tokens.map((t) => t.norm));
  });
});

describe('InternTable', () => {
  it('returns the first string seen for equal strings and stays within its bound', () => {
    const table = new InternTable(3);
    const first = ['ab', 'c'].join('');
    expect(table.intern(first)).toBe(first);
    expect(table.intern(['a', 'bc'].join(''))).toBe('abc');
    for (const w of ['x', 'y', 'z', 'w']) table.intern(w);
    expect(table.size).toBeLessThanOrEqual(3);
  });
});

describe('SentenceIndex', () => {
  const index = new SentenceIndex(articles);

  it('keeps terms, lazily built term counts and lengths as the eager index had them', () => {
    for (const d of index.docs) {
      const terms = d.sentence.tokens.map((_, i, tokens) => termAt(tokens, i));
      expect(d.terms).toEqual(terms);
      const tf = new Map<string, number>();
      for (const t of terms) if (t !== null) tf.set(t, (tf.get(t) ?? 0) + 1);
      expect([...d.tf]).toEqual([...tf]);
      expect(d.tf).toBe(d.tf);
      expect(d.length).toBe(terms.filter((t) => t !== null).length);
    }
  });

  it('scores as plain BM25 over the term counts, in the same order', () => {
    const K1 = Number(process.env.K1 ?? 1.2);
    const B = Number(process.env.BB ?? 0.35);
    // Terms in fewer sentences than the index counts as common ("say" is in hundreds: it only
    // re-scores what rarer terms found, as the next test shows), listed in the order the index
    // scores them: full-weight terms, the rarer first, then the half-weight one. (Words that stay
    // well under the line as fixtures are added: "week" crossed it with a school-week story, and
    // "night" with a dark-sky one.)
    const query: QueryTerm[] = [
      { term: termOf(articles[0].sentences[0].tokens.find((t) => termOf(t) !== null)!)!, weight: 1 },
      { term: 'season', weight: 1 },
      { term: 'evening', weight: 0.5 },
      { term: 'no-such-term', weight: 1 },
    ];
    for (const { term } of query) expect(index.docs.filter((d) => d.tf.has(term)).length).toBeLessThan(200);
    const expected = new Map<number, number>();
    for (const { term, weight } of query) {
      const idf = index.idf(term) * weight;
      for (const d of index.docs) {
        const tf = d.tf.get(term) ?? 0;
        if (tf === 0) continue;
        const norm = tf + K1 * (1 - B + (B * d.length) / index.avgLength);
        expected.set(d.doc, (expected.get(d.doc) ?? 0) + (idf * tf * (K1 + 1)) / norm);
      }
    }
    expect([...index.search(query)]).toEqual([...expected]);
    const one = articles[1];
    expect([...index.search(query, one)]).toEqual([...expected].filter(([doc]) => index.docs[doc].article === one));
  });

  it('lets a term common in the archive only re-score what rarer terms found', () => {
    const withSay = index.docs.filter((d) => d.tf.has('say'));
    expect(withSay.length).toBeGreaterThan(200);
    const found = index.search([{ term: 'polic', weight: 1 }, { term: 'say', weight: 1 }]);
    const rare = index.docs.filter((d) => d.tf.has('polic')).map((d) => d.doc);
    expect([...found.keys()].sort((a, b) => a - b)).toEqual(rare.sort((a, b) => a - b));
    // Alone, it still finds every sentence that has it.
    expect(index.search([{ term: 'say', weight: 1 }]).size).toBe(withSay.length);
  });

  it('counts a term more times than a posting can hold', () => {
    const many = parseArticle('many.txt', `${Array.from({ length: 80 }, () => 'glacier').join(' ')}.`);
    const d = new SentenceIndex([many]);
    const term = d.docs[0].terms.find((t) => t !== null)!;
    expect(d.docs[0].tf.get(term)).toBe(80);
    const score = d.search([{ term, weight: 1 }]).get(0)!;
    const tf = 80;
    const norm = tf + 1.2 * (1 - 0.5 + 0.5);
    if (process.env.K1 === undefined && process.env.BB === undefined) expect(score).toBeCloseTo((d.idf(term) * tf * 2.2) / norm, 12);
  });

  it('finds sentences by article and index, and nothing for other positions', () => {
    const a = articles[2];
    expect(index.find(a.id, 3)?.sentence).toBe(a.sentences[3]);
    expect(index.find(a.id, -1)).toBeUndefined();
    expect(index.find(a.id, 1.5)).toBeUndefined();
    expect(index.find(a.id, a.sentences.length)).toBeUndefined();
    expect(index.find('nope.txt', 0)).toBeUndefined();
  });

  it('lists one article’s sentences in order, and none for an unknown article', () => {
    const a = articles[2];
    expect(index.ofArticle(a.id).map((d) => d.sentence)).toEqual(a.sentences);
    expect(index.ofArticle('nope.txt')).toEqual([]);
  });
});

describe('factChanges', () => {
  const key = (f: Fact): string => {
    const { id: _id, sentences: _s, ...rest } = f;
    return JSON.stringify(rest);
  };
  /** The whole-archive comparison it replaces. */
  const reference = (before: readonly Fact[], after: readonly Fact[]) => {
    const oldKeys = new Set(before.map(key));
    const newKeys = new Set(after.map(key));
    return { added: [...newKeys].filter((k) => !oldKeys.has(k)).length, removed: [...oldKeys].filter((k) => !newKeys.has(k)).length };
  };

  it('counts as the comparison of the whole archives did', () => {
    // Every fourth article: thousands of facts of every kind, and a test that stays quick as the fixtures grow.
    const all = articles.filter((_, i) => i % 4 === 0).flatMap((a) => extractFacts(a));
    fc.assert(
      fc.property(fc.subarray(all), fc.subarray(all), (before, after) => {
        expect(factChanges(before, after)).toEqual(reference(before, after));
      }),
      { numRuns: 60 },
    );
    expect(factChanges(all, all)).toEqual({ added: 0, removed: 0 });
    expect(factChanges([], all)).toEqual(reference([], all));
  });
});
