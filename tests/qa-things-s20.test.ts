/**
 * Questions for a thing (what, which, its name) answered from invented news prose: each case is a
 * general form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';

/** Answers one question about an inline article, in a fresh conversation. */
function ask(article: string, question: string): ReturnType<typeof answerQuestion> {
  const kb = knowledgeBaseFromText('inline.txt', article);
  return answerQuestion(kb, question, new Conversation());
}

describe('name-of: a thing named once, by another word for it', () => {
  const article =
    'date 2025-09-14\n\n' +
    'A passenger ferry ran aground off the island of Tesmark on Saturday night, and all 96 people on board were taken off safely, the coastguard said.\n\n' +
    'The vessel, the Korrin Dawn, had left the harbour of Velby about an hour earlier.\n\n' +
    'The harbour’s director, Lotte Brandvik, said divers would inspect the hull on Monday.';

  it('"what was the ferry called" is answered by the name given to "the vessel"', () => {
    const a = ask(article, 'What was the ferry called?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Korrin Dawn');
    expect(a.sources[0]?.text).toContain('The vessel, the Korrin Dawn');
  });

  it('a person is still named by the role as asked, not by a related one ("director" for "manager")', () => {
    const a = ask(article, 'What is the name of the night manager?');
    expect(a.answer).not.toContain('Brandvik');
  });
});
