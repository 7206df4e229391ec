/**
 * Quote and source questions: general ways news names who said what, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a speaker named in apposition to a relation word', () => {
  const article =
    'date 2026-03-14\n\nA retired joiner from Penmarric has carved a full-size rowing boat from a single oak trunk.\n\n' +
    'Oddvar Grice, 74, spent three winters on the boat in a barn behind his cottage on Brakeworth Lane.\n\n' +
    'His sister, Senna Ashkettle, 70, said the family had long since stopped asking when it would be finished.\n\n' +
    'The boat will be launched on the River Tenn on Saturday.';

  it('names the person between the commas as the one who said it, past her age', () => {
    const a = ask(article, 'Who said the family had stopped asking when it would be finished?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Senna Ashkettle/);
  });
});

describe('a relation of a named person is who later pronouns refer to', () => {
  const article =
    'date 2026-02-09\n\nA teenager who fell through the ice on a flooded quarry near Braddock Fell was pulled out by two dog walkers on Sunday.\n\n' +
    'Torvald Treddle, 14, was treated for hypothermia at Fenwarth Cross Hospital and sent home the next day.\n\n' +
    'Torvald Treddle’s father, Oswy Quillam, 46, said the walkers had reached his son within a minute of the ice giving way.\n\n' +
    '"I will never be able to thank those two enough for what they did on that water," he said.\n\n' +
    'The quarry owners said fences around the water would be repaired this week.';

  it('gives the quotation to the father, not the son named in his description', () => {
    const a = ask(article, 'Who said he would never be able to thank those two enough?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Oswy Quillam/);
  });

});

describe('a relation of a named person asked by that relation', () => {
  const article =
    'date 2026-02-09\n\nTwo dog walkers who pulled a teenager out of a frozen quarry near Braddock Fell have been given bravery awards.\n\n' +
    'Torvald Treddle, 14, fell through the ice in January and was treated for hypothermia at Fenwarth Cross Hospital.\n\n' +
    'Torvald Treddle’s father, Oswy Quillam, 46, watched the ceremony from the front row.\n\n' +
    '"I will never be able to thank those two enough for what they did on that water," he said.\n\n' +
    'The quarry owners said fences around the water would be repaired this week.';

  it('answers what the boy’s dad said with the father’s own words', () => {
    const a = ask(article, 'What did Torvald’s dad say?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/never be able to thank those two enough/);
  });
});
