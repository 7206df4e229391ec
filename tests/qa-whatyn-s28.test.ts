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

describe('what follows the question’s own verb is the object asked', () => {
  const article =
    'date 2026-04-02\n\nTwo aid workers kidnapped in the hill district of Marrowvale last month have been freed unharmed, the foreign ministry said on Saturday.\n\n' +
    'The kidnappers, believed to belong to a small armed group, seized the pair from their car on a mountain road on 3 March.\n\n' +
    'The group later posted a video online in which the captives asked their families for patience, and demanded the release of 30 prisoners from the regional jail in Dunmore.\n\n' +
    'The ministry did not say whether any prisoners had been freed.\n\n' +
    'Both workers were flown home on Sunday.';

  it('answers what the kidnappers were demanding with the object of “demanded”', () => {
    const a = ask(article, 'What were the kidnappers demanding in return?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('the release of 30 prisoners');
  });

  it('still declines what the kidnappers were paid, which the article never tells', () => {
    expect(ask(article, 'What ransom did the ministry pay the kidnappers?').answered).toBe(false);
  });
});
