/**
 * Why, how and yes-no questions answered from invented news prose: each case is a general form of
 * English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';

/** Answers one question about an inline article, in a fresh conversation. */
function ask(article: string, question: string): ReturnType<typeof answerQuestion> {
  const kb = knowledgeBaseFromText('inline.txt', article);
  return answerQuestion(kb, question, new Conversation());
}

describe('why: what a party argued or insisted is the reason it gives', () => {
  const article =
    'date 2025-03-11\n\n' +
    'Residents of Holmsted voted on Sunday to close the town’s last public swimming pool, ending a two-year dispute over its future.\n\n' +
    'Supporters of the pool pointed to a survey by the regional health board showing that children who learn to swim early are safer near water.\n\n' +
    'During the debate the mayor argued that the heating bills were too high for a town of 9,000 people.\n\n' +
    'The pool will shut at the end of April.';

  it('"why did the mayor think the pool should close" is answered by what he argued', () => {
    const a = ask(article, 'Why did the mayor think the pool should close?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('heating bills');
    expect(a.sources[0]?.text).toContain('argued that');
  });

  it('still answers why supporters wanted it kept from what they pointed to', () => {
    const a = ask(article, 'Why did supporters want to keep the pool?');
    expect(a.sources[0]?.text ?? '').not.toContain('argued that');
  });
});
