/**
 * Yes-no, why, how-long and definition questions asked in the asker's own words: general reasons
 * a right sentence earned too little confidence or lost its place, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a yes or no told by a clause of the asked act, in the article’s own word, with words of its own', () => {
  const article =
    'date 2026-05-02\n\nRepairs to the Colby river bridge will begin on Monday, the county council said.\n\n' +
    'The work is expected to take four weeks, with the bridge closed overnight between 9pm and 5am.\n\n' +
    'A diversion through Penmar will add about six miles to journeys.\n\n' +
    'The bridge carries about 12,000 vehicles a day.';

  it('answers whether the bridge is closed during the day from the overnight closure (“shut”, a related word, answers less surely: see qa-yn-s29)', () => {
    const a = ask(article, 'will the bridge be closed during the day');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('closed overnight');
  });

  it('still declines whether anyone has been fined, which the article never tells', () => {
    expect(ask(article, 'has anyone been fined for ignoring the diversion').answered).toBe(false);
  });
});

describe('“what is the …” of a common noun asks what fills a part of the story, told in other words', () => {
  const article =
    'date 2026-05-02\n\nMore than 40 bakers entered the Colby village cake contest on Saturday.\n\n' +
    'The judges chose a lemon and poppy seed sponge baked by Iris Kell, 81.\n\n' +
    'The winner received a silver cup and a 30-pound voucher for the village shop.\n\n' +
    'The contest has raised money for the church roof since 1987.';

  it('answers what the prize for the winner was with what the winner received', () => {
    const a = ask(article, 'what was the prize for the winner');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('silver cup');
  });

  it('still declines the part of one thing the article never names', () => {
    expect(ask(article, 'what is the recipe of the winning sponge').answered).toBe(false);
  });
});
