/**
 * Trap questions (the article does not say) that a count about something near the asked thing
 * used to answer: each case is a general form of English news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';

/** Answers one question about an inline article, in a fresh conversation. */
function ask(article: string, question: string): ReturnType<typeof answerQuestion> {
  const kb = knowledgeBaseFromText('inline.txt', article);
  return answerQuestion(kb, question, new Conversation());
}

describe('how many: a count of two things together is no count of one of them', () => {
  const article =
    'date 2026-01-14\n\n' +
    'Animal health inspectors in the western county of Dunrow began destroying about 60,000 geese and turkeys on Tuesday after avian flu was confirmed at a farm near Pellick.\n\n' +
    'Farmers will be paid for every bird that is destroyed, the agriculture ministry said.\n\n' +
    'The county last had an outbreak in 2019.';

  it('“how many turkeys are being destroyed?” is declined: “60,000 geese and turkeys” counts both', () => {
    const a = ask(article, 'How many turkeys are being destroyed?');
    expect(a.answered).toBe(false);
  });

  const single =
    'date 2026-01-14\n\n' +
    'Animal health inspectors in the western county of Dunrow began destroying about 60,000 turkeys on Tuesday after avian flu was confirmed at a farm near Pellick.\n\n' +
    'Farmers will be paid for every bird that is destroyed, the agriculture ministry said.\n\n' +
    'The county last had an outbreak in 2019.';

  it('“how many turkeys are being destroyed?” is answered where the count is of turkeys alone', () => {
    const a = ask(single, 'How many turkeys are being destroyed?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('60,000');
    expect(a.sources[0]?.text).toContain('about 60,000 turkeys');
  });
});
