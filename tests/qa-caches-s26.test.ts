/**
 * Caches of question-independent work (src/qa/match.ts): a knowledge base built again from a
 * changed article must never read what was found for the old one.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBaseFromText, type KnowledgeBase } from '../src/engine.js';
import { analyzeQuestion } from '../src/qa/analyze.js';
import { matchSentence } from '../src/qa/match.js';

/** The same article, one word changed: its sentences keep their numbers. */
const article = (noun: string): string => `Harbour news\n\nThe crew painted the old ${noun} on Monday, the port said.\n`;

/** Coverage of the article's sentence for the question: "truck" is matched there only by word vectors. */
function coverage(kb: KnowledgeBase): number {
  const q = analyzeQuestion(kb, 'Who painted the truck?');
  const d = kb.index.docs.find((x) => x.sentence.text.includes('Monday'));
  if (!d) throw new Error('the sentence is missing');
  return matchSentence(kb, q, d, 0).coverage;
}

describe('question-independent caches follow the knowledge base', () => {
  it('a word’s similarity to a sentence is the refreshed article’s', () => {
    const lorry = coverage(knowledgeBaseFromText('harbour.txt', article('lorry')));
    // "car" is nearer "truck" than "lorry" is, at the same sentence number of a new knowledge base.
    const car = coverage(knowledgeBaseFromText('harbour.txt', article('car')));
    expect(car).toBeGreaterThan(lorry);
    expect(coverage(knowledgeBaseFromText('harbour.txt', article('lorry')))).toBe(lorry);
  });

  it('the sentence a pronoun leans on is the refreshed article’s', () => {
    // "Its cost …" continues the sentence before: the bridge is credited there, the festival is not.
    const story = (thing: string): string => `Harbour news\n\nThe ${thing} opened in May. Its cost was 2 million euros.\n`;
    const costOf = (kb: KnowledgeBase): number => {
      const q = analyzeQuestion(kb, 'What was the cost of the bridge?');
      const d = kb.index.docs.find((x) => x.sentence.text.startsWith('Its cost'));
      if (!d) throw new Error('the sentence is missing');
      return matchSentence(kb, q, d, 0).coverage;
    };
    const bridge = costOf(knowledgeBaseFromText('harbour.txt', story('bridge')));
    const festival = costOf(knowledgeBaseFromText('harbour.txt', story('festival')));
    expect(festival).toBeLessThan(bridge);
    expect(costOf(knowledgeBaseFromText('harbour.txt', story('bridge')))).toBe(bridge);
  });
});
