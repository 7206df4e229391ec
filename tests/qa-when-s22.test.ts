/**
 * When-questions read from invented news prose: each case is a general form of English the engine
 * reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';
import { readQuestion } from '../src/qa/answer.js';

const article =
  'date 2026-05-18\n\n' +
  'Marlow’s open-air swimming pool reopened on Saturday for the first time in nine years after a £2.8 million restoration.\n\n' +
  'More than 400 people queued along the promenade before the gates opened at 7 a.m., some of them in dressing gowns.';

describe('"when does the pool close": the time of the opposite act is no answer', () => {
  const kb = knowledgeBaseFromText('inline.txt', article);

  it('reads "close" after "does the pool" as the verb, though a preposition follows it', () => {
    const q = readQuestion(kb, 'what time does the pool close in the evening');
    expect(q.terms.find((t) => t.word === 'close')?.pos).toBe('VERB');
  });

  it('declines rather than give the hour the gates opened', () => {
    const a = answerQuestion(kb, 'what time does the pool close in the evening', new Conversation());
    expect(a.answered).toBe(false);
    expect(a.answer).not.toContain('7 a.m.');
  });

  it('still answers when the gates opened', () => {
    const a = answerQuestion(kb, 'what time did the gates open', new Conversation());
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('7 a.m.');
  });

  it('still answers "when will it reopen" by how long it stays closed ("closed until …")', () => {
    const shut = knowledgeBaseFromText('shut.txt', 'date 2026-05-18\n\nThe Kelby aquarium will remain closed until Thursday after a leak in its main tank, the council said.');
    const a = answerQuestion(shut, 'When will the aquarium reopen?', new Conversation());
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Thursday');
  });
});

describe('"when will the bench go in": a time that recurs is no time of a one-off act', () => {
  const kb = knowledgeBaseFromText(
    'inline.txt',
    // (Undated: a dated article resolves "Sunday" to the one gone by.)
    'The council voted on Monday to save the 250-year-old beech on Church Lane.\n\nThe tree will be checked every six months after the work is done, and a memorial bench will be placed beside it.\n\nThe town band plays free concerts in the park every Sunday from June until August.',
  );

  it('declines rather than give "six months after" from "every six months after"', () => {
    const a = answerQuestion(kb, 'when will the bench be put in', new Conversation());
    expect(a.answered).toBe(false);
  });

  it('still answers a question about what recurs with the recurring time', () => {
    const a = answerQuestion(kb, 'when are the free concerts', new Conversation());
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Sunday');
  });
});
