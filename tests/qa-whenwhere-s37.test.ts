/**
 * "When", "where" and "how long" questions: general ways news tells a time, a place or a length,
 * each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a place set after the asked act by a preposition of standing is where it was done', () => {
  const article =
    'date 2026-11-20\n\nRescue crews on Thursday called off the search for a yacht that vanished off the Garrel Banks three days ago, after a lifejacket and part of its mast were found.\n\n' +
    'The yacht had left Pennick harbour on Monday with two sailors on board.\n\n' +
    'The coastguard said the weather had been calm.';

  it('answers where the yacht went missing with the place after the verb in other words', () => {
    const a = ask(article, 'where did the yacht go missing');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Garrel Banks/);
  });

  it('still declines where the question asks the very spot, which the lead tells only coarsely', () => {
    const a = ask(article, 'where exactly did the yacht vanish');
    expect(a.answered).toBe(false);
  });
});

describe('a town a loose verb sets with "in" tells where the asked act is done', () => {
  const article =
    'date 2026-07-02\n\nA wildfire forced more than 900 people from their homes in the hill village of Vindlecote on Tuesday, and firefighters said the blaze was still spreading east.\n\n' +
    'Evacuees were being put up in a gym and two primary schools in Quortonby, a market town 15 km further along the valley.\n\n' +
    'The cause of the fire is not yet known.';

  it('answers where the evacuees are staying with the town after "in"', () => {
    const a = ask(article, 'where are the evacuees staying');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Quortonby/);
  });
});
