/**
 * Questions whose best sentence is the right one but whose confidence fell short: each case is a
 * general form of English the engine reads, in invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';

/** Answers one question about an inline article, in a fresh conversation. */
function ask(article: string, question: string): ReturnType<typeof answerQuestion> {
  const kb = knowledgeBaseFromText('inline.txt', article);
  return answerQuestion(kb, question, new Conversation());
}

describe('put out: a statement is issued, a fire is extinguished', () => {
  it('“when did the operator put out its statement” is answered by the time the statement was issued', () => {
    const article =
      'date 2025-04-11\n\n' +
      'A freight train carrying grain left the rails near the village of Ostrand on Thursday night, blocking the main line to the coast.\n\n' +
      'The rail operator, Nordline Freight, said in a brief statement issued at 9:40 a.m. on Friday that nobody had been hurt.\n\n' +
      'Engineers expect the line to reopen on Monday.';
    for (const question of ['What time did the operator put out its statement?', 'When was the statement put out?']) {
      const a = ask(article, question);
      expect(a.answered).toBe(true);
      expect(a.answer).toContain('9:40 a.m.');
      expect(a.sources[0]?.text).toContain('statement issued');
    }
  });

  it('“when was the blaze put out” still asks when a fire was extinguished, not when a statement came', () => {
    const article =
      'date 2025-04-11\n\n' +
      'A fire broke out in a grain store near the village of Ostrand on Thursday night.\n\n' +
      'Firefighters extinguished the blaze shortly before midnight.\n\n' +
      'The owner, Halvar Sten, said in a statement on Friday morning that nobody had been hurt.';
    const a = ask(article, 'When was the blaze put out?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('shortly before midnight');
    expect(a.sources[0]?.text).toContain('extinguished the blaze');
  });
});
