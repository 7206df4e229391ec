/**
 * Who, when and where asked of invented news prose, from the kinds of question a new batch of
 * articles missed: each case is a general form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';

function ask(article: string, question: string): ReturnType<typeof answerQuestion> {
  return answerQuestion(knowledgeBaseFromText('inline.txt', article), question, new Conversation());
}

describe('a time told by another tense of a verb near the asked one', () => {
  const article =
    'date 2026-04-14\n\n' +
    'A retired postman has uncovered a hoard of 300 silver coins in a ploughed field outside Marlby, the county museum said on Tuesday.\n\n' +
    'Walter Pym, 71, spotted the first coin glinting in the mud on Saturday afternoon while walking his dog along the edge of the field.\n\n' +
    'The museum said the hoard would go on display next year.';

  it('answers "which day did he find the coin" with the day he spotted it', () => {
    const a = ask(article, 'which day did Walter Pym find the first coin');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Saturday');
  });
});
