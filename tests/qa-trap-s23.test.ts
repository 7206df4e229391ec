/**
 * Questions the article leaves unanswered, read off a batch of answered traps: each case is a
 * general form of English or of news writing, over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';

function ask(article: string, question: string): ReturnType<typeof answerQuestion> {
  return answerQuestion(knowledgeBaseFromText('inline.txt', article), question, new Conversation());
}

describe('an age written after a relative’s name', () => {
  const article =
    'date 2025-06-03\n\nA bakery in the village of Colby has closed after 90 years, its owners said on Monday.\n\n' +
    '"We could not find anyone to take over the ovens," said Marta Brell, 61, who ran the shop with her brother Jonas.\n\n' +
    'The bakery was opened in 1935 by their grandfather.';

  it('does not give the sister’s age as the brother’s', () => {
    expect(ask(article, 'How old is Jonas Brell?').answered).toBe(false);
  });

  it('still gives her own age', () => {
    expect(ask(article, 'How old is Marta Brell?').answer).toContain('61');
  });
});
