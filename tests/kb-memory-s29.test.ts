/**
 * Session 29 made the knowledge base smaller: tokens shared by word and start, terms found when
 * first read, postings in one typed array, shared one-sentence lists, facts by sentence in arrays,
 * name keys as numbers, metadata copied out of the file. Each compact form is read here against a
 * plain reading of the same data, and a refreshed knowledge base is checked to see only its own.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/parse.js';
import type { Article } from '../src/article/types.js';
import { answerQuestion, KnowledgeStore, knowledgeBaseFromText, prepareForQuestions } from '../src/engine.js';
import { mentionedNames } from '../src/facts/names.js';
import type { Fact } from '../src/facts/types.js';
import { SentenceIndex } from '../src/index/sentence-index.js';
import { termAt } from '../src/nlp/terms.js';
import type { Token } from '../src/nlp/token.js';
import { articleFacts, factsOf } from '../src/qa/sentence-facts.js';

const FIRST = `title: Gravel barge runs aground near Pellow Quay
date: 2025-03-14

The gravel barge Marisol ran aground near Pellow Quay on Tuesday, the harbour office said.

Captain Odile Fenwick, the barge's master, said the tide had fallen faster than the charts showed. "We were on the sand in a minute," Ms Fenwick said.

The harbour office said 14 tonnes of gravel were moved to a second barge before the Marisol floated free at 9pm.`;

const SECOND = `title: Ferry timetable changes at Wenlow
date: 2025-04-02

The Wenlow ferry will leave at 7am, not 8am, from Monday, the operator Tarrow Lines said.

Tarrow Lines said the earlier sailing would suit the 300 people who work at the Wenlow mill.`;

/** Every field of a token, as plain values. */
const valuesOf = (t: Token): string => JSON.stringify([t.text, t.norm, t.lemma, t.pos, t.stop, t.kind, t.start, t.end]);
const tokenValues = (a: Article): string[] => a.sentences.flatMap((s) => s.tokens.map(valuesOf));

describe('tokens shared by word and start', () => {
  it('read as the sentence writes them, and no later article changes one an earlier holds', () => {
    const first = parseArticle('barge.txt', FIRST);
    const before = tokenValues(first);
    const second = parseArticle('ferry.txt', SECOND);
    const again = parseArticle('barge-again.txt', FIRST);
    for (const a of [first, second, again]) {
      for (const s of a.sentences) for (const t of s.tokens) expect(s.text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(tokenValues(first)).toEqual(before);
    expect(tokenValues(again)).toEqual(before);
    // The same text read again holds the very tokens of the stop words and marks (so sharing is on).
    const shared = first.sentences[0].tokens.filter((t, i) => t === again.sentences[0].tokens[i]);
    expect(shared.map((t) => t.text)).toContain('the');
    expect(shared.every((t) => t.stop || t.kind === 'punctuation')).toBe(true);
  });

  it('keep the title as its header wrote it, without the rest of the file', () => {
    expect(parseArticle('barge.txt', FIRST).meta).toEqual({ title: 'Gravel barge runs aground near Pellow Quay', date: '2025-03-14' });
  });
});

describe('the index over compact postings', () => {
  const articles = [parseArticle('barge.txt', FIRST), parseArticle('ferry.txt', SECOND)];
  const index = new SentenceIndex(articles);

  it('gives each sentence the terms and counts its tokens have', () => {
    for (const d of index.docs) {
      const terms = d.sentence.tokens.map((_, i) => termAt(d.sentence.tokens, i));
      expect(d.terms).toEqual(terms);
      const counts = new Map<string, number>();
      for (const t of terms) if (t !== null) counts.set(t, (counts.get(t) ?? 0) + 1);
      expect([...d.tf]).toEqual([...counts]);
      expect(d.length).toBe(terms.filter((t) => t !== null).length);
    }
  });

  it('finds for every term exactly the sentences that have it', () => {
    const all = new Set(index.docs.flatMap((d) => d.terms.filter((t): t is string => t !== null)));
    for (const term of all) {
      const having = index.docs.filter((d) => d.terms.includes(term)).map((d) => d.doc);
      expect(index.df(term)).toBe(having.length);
      expect(index.has(term)).toBe(true);
      expect([...index.search([{ term, weight: 1 }]).keys()].sort((a, b) => a - b)).toEqual(having);
    }
    expect(index.df('zzyzxqk')).toBe(0);
    expect(index.has('zzyzxqk')).toBe(false);
  });
});

describe('facts and their look-ups', () => {
  const kb = knowledgeBaseFromText('barge.txt', FIRST);
  prepareForQuestions(kb);

  it('list the sentences each fact comes from, in lists nothing can change', () => {
    for (const f of kb.facts) {
      expect(f.sentences.length).toBeGreaterThan(0);
      for (const s of f.sentences) expect(kb.articles[0].sentences[s]).toBeDefined();
    }
    const one = kb.facts.find((f) => f.sentences.length === 1)!;
    expect(() => (one.sentences as number[]).push(99)).toThrow(TypeError);
  });

  it('give each sentence and the article the facts a plain filter gives', () => {
    const article = kb.articles[0];
    for (const s of article.sentences) {
      const plain = kb.facts.filter((f: Fact) => f.sentences.includes(s.index));
      expect(factsOf(kb, article.id, s.index)).toEqual(plain);
    }
    expect(factsOf(kb, article.id, article.sentences.length)).toEqual([]);
    expect(factsOf(kb, article.id, 1.5)).toEqual([]);
    expect(factsOf(kb, article.id, -1)).toEqual([]);
    expect(articleFacts(kb, article.id)).toEqual(kb.facts);
  });

  it('find the names a text mentions by any of their forms', () => {
    const found = mentionedNames(kb.facts, 'What did Ms Fenwick say about Pellow Quay?').map((n) => n.name);
    expect(found).toContain('Odile Fenwick');
    expect(mentionedNames(kb.facts, 'Nobody here is named.')).toEqual([]);
  });
});

describe('a refreshed knowledge base', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('answers from the changed article only, its look-ups built afresh', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kb-memory-s29-'));
    dirs.push(dir);
    await writeFile(join(dir, 'barge.txt'), FIRST);
    const store = await KnowledgeStore.open(dir, {}, prepareForQuestions);
    const old = store.current;
    const asked = 'How many tonnes of gravel were moved?';
    expect(answerQuestion(old, asked).answer).toContain('14 tonnes');
    await writeFile(join(dir, 'barge.txt'), FIRST.replace('14 tonnes', '23 tonnes'));
    await store.refresh();
    const kb = store.current;
    expect(kb).not.toBe(old);
    const answer = answerQuestion(kb, asked);
    expect(answer.answer).toContain('23 tonnes');
    expect(answer.sources[0]?.text).toContain('23 tonnes');
    const at = answer.sources[0]?.index ?? -1;
    const texts = factsOf(kb, 'barge.txt', at).map((f) => JSON.stringify(f));
    expect(texts.some((t) => t.includes('23 tonnes'))).toBe(true);
    expect(texts.some((t) => t.includes('14 tonnes'))).toBe(false);
    // The old one, still held by whoever asked before the refresh, answers as it did.
    expect(answerQuestion(old, asked).answer).toContain('14 tonnes');
  });
});
