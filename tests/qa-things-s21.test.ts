/**
 * What, which and definition questions answered from invented news prose: each case is a general
 * form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';

/** Answers one question about an inline article, in a fresh conversation. */
function ask(article: string, question: string): ReturnType<typeof answerQuestion> {
  const kb = knowledgeBaseFromText('inline.txt', article);
  return answerQuestion(kb, question, new Conversation());
}

describe('what is the penalty: a fine is the penalty asked for', () => {
  const article =
    'date 2025-04-09\n\n' +
    'The town council of Marrowfield voted on Tuesday to ban overnight parking of camper vans along its seafront from June.\n\n' +
    'Owners who leave a van on the promenade after midnight will be fined 60 florins, the council said.\n\n' +
    'About 300 camper vans used the seafront last summer, according to local traders.';

  it('"what is the penalty for parking there overnight" is answered by "will be fined 60 florins"', () => {
    const a = ask(article, 'What is the penalty for leaving a van on the promenade?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('60 florins');
    expect(a.sources[0]?.text).toContain('will be fined 60 florins');
  });

  it('"what penalty does an owner face" is answered by the fine too', () => {
    const a = ask(article, 'What penalty does an owner face for leaving a van on the promenade?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('60 florins');
  });

  it('a penalty the article never gives is not answered by another sum', () => {
    const a = ask(
      'date 2025-04-09\n\nThe town council of Marrowfield voted on Tuesday to ban overnight parking of camper vans along its seafront from June.\n\nA parking permit for the season will cost 60 florins, the council said.',
      'What is the penalty for leaving a van on the promenade?',
    );
    expect(a.answered).toBe(false);
  });
});
