/**
 * Who, when, where and why questions answered from invented news prose: each case is a general
 * form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';

/** Answers one question about an inline article, in a fresh conversation. */
function ask(article: string, question: string): ReturnType<typeof answerQuestion> {
  const kb = knowledgeBaseFromText('inline.txt', article);
  return answerQuestion(kb, question, new Conversation());
}

describe('when … again: an act asked to happen again is told by a verb of its resuming', () => {
  const article =
    'date 2025-02-14\n\n' +
    'A burst water main flooded the underground car park beneath the Selwick shopping centre on Tuesday, forcing the centre to close for two days.\n\n' +
    'Firefighters pumped about 400,000 litres of water out of the building overnight.\n\n' +
    'The shopping centre reopened to customers at 9 a.m. on Thursday, its manager said.\n\n' +
    'Repairs to the car park are expected to cost about 1.2 million crowns.';

  it('“when did the centre open again” is answered by “reopened … at 9 a.m. on Thursday”', () => {
    const a = ask(article, 'When did the shopping centre open again?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('9 a.m.');
    expect(a.sources[0]?.text).toContain('reopened to customers');
  });

  it('“when did the centre close” is still answered by the closing, not the reopening', () => {
    const a = ask(article, 'When did the shopping centre close?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tuesday');
    expect(a.sources[0]?.text ?? '').not.toContain('reopened');
  });
});
