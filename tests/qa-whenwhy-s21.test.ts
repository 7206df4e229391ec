/**
 * When and why questions answered from invented news prose: each case is a general form of English
 * the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';

/** Answers one question about an inline article, in a fresh conversation. */
function ask(article: string, question: string): ReturnType<typeof answerQuestion> {
  const kb = knowledgeBaseFromText('inline.txt', article);
  return answerQuestion(kb, question, new Conversation());
}

describe('when: a thing noticed, asked with another verb of noticing', () => {
  const article =
    'date 2025-04-17\n\n' +
    'The Tarnby viaduct will stay closed to trains for at least a month, the rail operator said on Thursday.\n\n' +
    'Inspectors discovered the fractures in two of its steel girders during a night survey on Tuesday evening.\n\n' +
    'Replacement buses will run between Tarnby and Oslund until repairs are finished.';

  it('“when were the fractures spotted” is answered by the time they were discovered', () => {
    const a = ask(article, 'When were the fractures spotted?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tuesday evening');
    expect(a.sources[0]?.text).toContain('Inspectors discovered the fractures');
  });

  it('still answers the verb the article itself uses', () => {
    const a = ask(article, 'When were the fractures discovered?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('Inspectors discovered the fractures');
  });
});
