/**
 * "Why" and "how" questions: general ways news gives the reason or the means of the asked act, each
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a sentence writing every word of a why question, far ahead of any other, tells the act with its reason', () => {
  const article =
    'date 2026-07-08\n\nA summer fair in Pollardine Tye raised £4,200 for the village school on Saturday.\n\n' +
    'Some stallholders told the organisers that the old cricket pavilion stood in the way of the queue for the tea tent, and it was carted off to the far side of the field on Friday.\n\n' +
    'The fire engine display drew the biggest crowd of the afternoon.\n\n' +
    'The organisers could not say why the generator for the bouncy castle cut out twice during the afternoon.\n\n' +
    '"We would never have carted the pavilion off if we had any choice," said organiser Odalys Vantorp.\n\n' +
    'Heavy rain during the fair in 2024 washed out the dog show.';

  it('answers why the pavilion was carted off with the sentence that tells it', () => {
    const a = ask(article, 'why was the cricket pavilion carted off');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toMatch(/stood in the way of the queue/);
  });

  it('does not answer with a sentence that cannot say why', () => {
    const a = ask(article, 'why did the generator keep cutting out');
    expect(a.answered).toBe(false);
  });

  it('does not answer with a quotation that only writes the act', () => {
    const a = ask(article, 'why would they not have carted it off if they had a choice');
    expect(a.answered).toBe(false);
  });
});

describe('a sentence that tells only the asked act gives no reason for it', () => {
  it('does not answer why the jets could not fly with the sentence that says they were grounded', () => {
    const a = ask('date 2026-02-11\n\nThe charter airline Pennaway grounded all of its jets on Thursday and Friday.\n\nThe airline said flights would resume next week.', "Why couldn't the jets fly on Thursday and Friday?");
    expect(a.answered).toBe(false);
  });
});

describe('a "what caused" question is not answered by a sentence writing the thing only as a time', () => {
  const article =
    'date 2026-05-14\n\nVolunteers counted 212 herons along the River Yennet this spring, the most since the count began in 1996.\n\n' +
    'The survey covered 14 miles of river between Skelbury and the estuary, and took eleven days.\n\n' +
    'Four nests were left empty this year, and two sat by Tansley Mill, where the towpath gave way during flooding in March.\n\n' +
    'The herons feed mostly on small fish and frogs, the group said.\n\n' +
    'Club secretary Wenda Farrish said the river had recovered well since the winter, and that the mill stretch would be surveyed again.\n\n' +
    '"We were worried the birds would not come back after the flooding," she said.\n\n' +
    'The count is run each year by the Yennet Valley Bird Club, which has 80 members.\n\n' +
    'Results will be sent to the national heron survey in June.';

  it('declines what caused the flooding, which the article only dates', () => {
    expect(ask(article, 'what caused the flooding in march').answered).toBe(false);
  });
});
