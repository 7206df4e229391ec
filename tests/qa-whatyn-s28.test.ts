/**
 * Open "what" questions and yes/no questions: general ways a sentence answers them, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a yes or no is answered by a clause telling the asked act in a near word', () => {
  const article =
    'date 2026-03-09\n\nA small brewery in Hallow Cross will open a second taproom in the old corn exchange this summer, its owners said on Monday.\n\n' +
    'The owners, Priya and Tom Alder, said they had purchased the building from the town council for an undisclosed sum last month.\n\n' +
    'Surveyors checked the roof and the cellar before the sale and found no serious damage, the council said.\n\n' +
    'The brewery employs 14 people and plans to recruit six more staff for the new site.\n\n' +
    'The corn exchange, built in 1864, has stood empty since a furniture shop closed there in 2019.';

  it('answers whether anyone inspected the building with the surveyors who checked it', () => {
    const a = ask(article, 'Did anyone inspect the building before the sale?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('Surveyors checked the roof');
  });

  it('answers whether the roof was examined with the surveyors who checked it', () => {
    const a = ask(article, 'Was the roof examined before the sale?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Surveyors checked the roof');
  });

  it('still declines an act the article tells in no near word', () => {
    expect(ask(article, 'Did the brewery win an award?').answered).toBe(false);
  });
});
