/**
 * "What kind of …?" questions read from invented news prose: each case is a general form of English
 * the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';
import { matchIntent } from '../src/qa/intents.js';

const article =
  'date 2025-12-03\n\n' +
  'A family farm near Holby has won the top prize at the county show for a soft cheese it began making three years ago.\n\n' +
  'Mara Linde, 41, makes the cheese with milk from the farm’s herd of 60 Jersey cows.\n\n' +
  'The dairy plans to use vats made from recycled stainless steel, which keep the milk cooler.\n\n' +
  'Among the prizes handed out on the day were a silver cup, a rosette and £2,000.\n\n' +
  'Inspectors found mould in part of the old barn last spring.';

const ask = (question: string): ReturnType<typeof answerQuestion> => answerQuestion(knowledgeBaseFromText('inline.txt', article), question, new Conversation());

describe('what kind of X: the kind the article gives the thing', () => {
  it('reads "what breed", "what kind of", "which type of" as asking for a kind', () => {
    for (const q of ['what breed are the cows', 'what kind of dog is it', 'which type of vats will they use', 'what species of bird was seen']) expect(matchIntent(q).rule.name).toBe('kind-of');
    // ("What makes of …" asks what makes something, not for a make.)
    expect(matchIntent('what makes of the town a good place to live').rule.name).not.toBe('kind-of');
  });

  it('answers with the words written before the noun ("60 Jersey cows")', () => {
    const a = ask('what breed r the cows');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Jersey');
  });

  it('answers with a kind told after the noun ("vats made from …")', () => {
    const a = ask('what kind of vats will they use');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('recycled stainless steel');
  });

  it('answers "among the X were …" with what the noun holds', () => {
    const a = ask('what kind of prizes were handed out');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('silver cup');
  });

  it('declines where the article names the thing but no kind of it', () => {
    const a = ask('what species of mould did the inspectors find');
    expect(a.answered).toBe(false);
  });
});
