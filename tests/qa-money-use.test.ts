/**
 * "What will the prize money be spent on?": what money goes to, over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { matchIntent } from '../src/qa/intents.js';
import { askInline as ask } from './qa-helpers.js';

describe('what money is spent on or goes to', () => {
  const article =
    'date 2025-06-02\n\nThe Dunmore Male Voice Choir won first prize at the Harlow Eisteddfod on Saturday, beating 14 other choirs.\n\n' +
    'The choir won £1,500, and the prize money will go towards a new set of uniforms, its secretary, Alun Price, said.\n\n' +
    'A raffle at the concert raised £420, with profits going to the Harlow hospice.\n\n' +
    'The council gave the choir a grant of £800 in March for travel to the contest.';

  it('reads the ways of asking it as one rule', () => {
    for (const q of ['what will the prize money be spent on', "what's the choir going to spend the money on", 'what r they doing with the prize money', 'where do the raffle profits go', 'what was the grant for']) {
      expect(matchIntent(q.replace(/\br\b/, 'are')).rule.name, q).toBe('money-use');
    }
    expect(matchIntent('how much money was spent on the uniforms').rule.name).not.toBe('money-use');
    expect(matchIntent('where did the money come from').rule.name).not.toBe('money-use');
  });

  it('answers with what the money goes to', () => {
    expect(ask(article, 'what will the prize money be spent on').answer).toBe('a new set of uniforms');
    expect(ask(article, 'where do the raffle profits go').answer).toBe('the Harlow hospice');
    expect(ask(article, 'what was the council grant for').answer).toBe('travel to the contest');
  });
});
