/**
 * How-many and how-much questions answered, or declined, from invented news prose: each case is a
 * general form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';

/** Answers one question about an inline article, in a fresh conversation. */
function ask(article: string, question: string): ReturnType<typeof answerQuestion> {
  const kb = knowledgeBaseFromText('inline.txt', article);
  return answerQuestion(kb, question, new Conversation());
}

describe('how many people live in a place: a population, said by a word of dwelling', () => {
  const opening =
    'date 2025-06-14\n\n' +
    'The restored lighthouse at Pellmouth was lit again on Saturday for the first time in 40 years, the harbour board said.\n\n' +
    'The work took three years and cost about 4 million crowns, most of it raised by local families.\n\n' +
    'The keeper, Edda Rusk, 58, said the light could be seen 30 kilometres out to sea.\n\n';

  it('declines “how many people live in Pellmouth” from a crowd at a ceremony broadcast live', () => {
    const a = ask(opening + 'About 2,400 people gathered on the quay in Pellmouth for the ceremony, which was broadcast live on local radio.', 'How many people live in Pellmouth?');
    expect(a.answered).toBe(false);
  });

  it('answers “how many people live in Pellmouth” from “home to about 7,200 people”', () => {
    const a = ask(opening + 'Pellmouth is home to about 7,200 people.', 'How many people live in Pellmouth?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('7,200');
    expect(a.sources[0]?.text).toContain('home to about 7,200 people');
  });

  it('still answers from the verb itself: “about 7,200 people live in Pellmouth”', () => {
    const a = ask(opening + 'About 7,200 people live in Pellmouth, most of them in fishing families.', 'How many people live in Pellmouth?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('7,200 people live in Pellmouth');
  });
});
