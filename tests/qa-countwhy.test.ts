/**
 * How-many, how-much and why questions answered from invented news prose: each case is a general
 * form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';

/** Answers one question about an inline article, in a fresh conversation. */
function ask(article: string, question: string): ReturnType<typeof answerQuestion> {
  const kb = knowledgeBaseFromText('inline.txt', article);
  return answerQuestion(kb, question, new Conversation());
}

describe('how many people: a count of people named by their field of work', () => {
  const article =
    'date 2025-10-02\n\n' +
    'Researchers have uncovered a Bronze Age burial ground beside a motorway building site near the town of Relvik, the regional heritage office said on Thursday.\n\n' +
    'A team of 35 archaeologists has been working at the dig site since April.\n\n' +
    'The graves hold pottery, bronze pins and the remains of at least nine people.';

  it('"how many people are on the team" is answered by "a team of 35 archaeologists"', () => {
    const a = ask(article, 'How many people are on the dig team?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('35 archaeologists');
  });
});
