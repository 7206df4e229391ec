/**
 * Shared loading for the QA tests (qa-intents, qa-conversation): builds each knowledge base once from the
 * seed article or a fixture article, and small assertions over an `Answer`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { answerQuestion, Conversation, knowledgeBaseFromText, loadKnowledgeBase, type Answer, type KnowledgeBase } from '../src/engine.js';

export const SEEDS = fileURLToPath(new URL('../seeds', import.meta.url));

/** The fixture articles under tests/fixtures/articles, by base name. */
export const FIXTURES = [
  'halvorsen-brightwater-2023-03',
  'karsa-earthquake-2023-09',
  'corvale-cup-final-2024-05',
  'lanovia-election-2025-04',
  'tessin-glaciers-study-2024-10',
  'esterlund-rocket-launch-2025-01',
  'quillford-nurses-strike-2025-11',
  'ardelsby-museum-theft-2025-05',
  'harrowgate-wildfire-2025-08',
] as const;
export type FixtureName = (typeof FIXTURES)[number];

export function fixtureKb(name: FixtureName): KnowledgeBase {
  const path = fileURLToPath(new URL(`./fixtures/articles/${name}.txt`, import.meta.url));
  return knowledgeBaseFromText(`${name}.txt`, readFileSync(path, 'utf8'));
}

export type Kbs = Record<'seed' | FixtureName, KnowledgeBase>;

/** Every knowledge base the QA tests use, built once. */
export async function loadAllKbs(): Promise<Kbs> {
  const seed = await loadKnowledgeBase(SEEDS);
  const out = { seed } as Kbs;
  for (const name of FIXTURES) out[name] = fixtureKb(name);
  return out;
}

export interface Expected {
  /** The intent the question should be classified as (omit to not check). */
  intent?: Answer['intent'];
  /** The short answer contains one of these (case-insensitive). */
  answer: string | string[];
  /** The first (best) source sentence contains this. */
  source: string;
}

/** Asserts an answered reply: intent, short answer, first source. */
export function expectAnswer(a: Answer, want: Expected): void {
  expect(a.answered, `answered (got "${a.answer}")`).toBe(true);
  if (want.intent) expect(a.intent).toBe(want.intent);
  const keys = Array.isArray(want.answer) ? want.answer : [want.answer];
  const lower = a.answer.toLowerCase();
  expect(
    keys.some((k) => lower.includes(k.toLowerCase())),
    `answer "${a.answer}" contains one of ${JSON.stringify(keys)}`,
  ).toBe(true);
  expect(a.sources.length).toBeGreaterThan(0);
  expect(a.sources[0].text).toContain(want.source);
}

/** Asserts a clear "the article doesn't say" reply. */
export function expectAbstain(a: Answer): void {
  expect(a.answered, `declined (got "${a.answer}")`).toBe(false);
  expect(a.answer).toMatch(/doesn.t say/i);
  expect(a.sources).toEqual([]);
  expect(a.explanation.method).toBe('abstain');
}

/** Asks the questions in turn about an inline article, in one conversation, and returns the last answer. */
export function askInTurn(article: string, ...questions: string[]): Answer {
  const kb = knowledgeBaseFromText('inline.txt', article);
  const conversation = new Conversation();
  let last: Answer | undefined;
  for (const q of questions) last = answerQuestion(kb, q, conversation);
  if (!last) throw new Error('askInTurn needs a question');
  return last;
}

/** Answers a question on a knowledge base made from an article written in the test, in a fresh conversation. */
export function askInline(article: string, question: string): Answer {
  return answerQuestion(knowledgeBaseFromText('inline.txt', article), question, new Conversation());
}
