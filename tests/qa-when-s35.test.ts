/**
 * "When" questions, round 35: how news gives the time of old things, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a year given roughly is the date of a long-gone thing', () => {
  const dig =
    'date 2026-09-02\n\nVolunteers digging a pond at a farm near Orlsby have found a wooden trackway buried in peat.\n\n' +
    'The planks were spotted on Saturday 22 August by farmer Piran Vellanoweth, 48.\n\n' +
    'Laboratory tests on one of the planks placed it at about 1450 BC.\n\n' +
    'The trackway will be lifted next month.';

  it('answers “what date” with a year written roughly, BC', () => {
    const a = ask(dig, 'What date did the laboratory tests give?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/1450 BC/);
  });

  const mural =
    'date 2026-05-14\n\nBuilders renovating a cottage in Zennor Lanyon have uncovered a painted frieze of birds behind a plaster wall.\n\n' +
    'The cottage will open for a viewing day on Saturday 6 June.\n\n' +
    'Conservators from the county archive believe the frieze dates from around 1640, when the cottage was an inn.\n\n' +
    'The owners, Tegen and Rhys Carbery, said they would keep it on show.';

  it('answers what date the frieze is from with “around 1640”, not the viewing day', () => {
    const a = ask(mural, 'what date do conservators think the frieze is from');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/1640/);
  });

  const font =
    'date 2026-02-20\n\nA stone font in St Keyne’s Church, Marrowcott, is older than anyone knew, a study has found.\n\n' +
    'The church will hold an open evening on Friday 6 March.\n\n' +
    'Until now, the parish history dated the font to around 1520, from the style of its carving.\n\n' +
    'Tool marks on its base suggest it was cut two centuries earlier.';

  it('answers what date the font was thought to be from with the rough year it was dated to', () => {
    const a = ask(font, 'what date was the font thought to be from');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/1520/);
  });
});
