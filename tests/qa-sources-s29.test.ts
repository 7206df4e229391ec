/**
 * What an answer cites, and who a quotation is given to: the sentence that names a speaker the
 * cited one calls only "she" is cited too, and a name set off after another name's head word is
 * a person, not an office. Invented news prose throughout.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const shop =
  'FENWICK STOKE — A village shop that shut in the spring will open again next month as a cooperative, after 240 residents bought shares.\n\n' +
  'The cooperative’s chair, retired librarian Maud Pellow, 66, said it would sell bread from the mill and eggs from two farms.\n\n' +
  '"We let the shop go once and we are not going to let it go again," she said.\n\n' +
  'The shop will open from 8am to 6pm every day but Christmas Day.';

describe('a speaker the cited sentence calls only by a pronoun', () => {
  it('cites the sentence that names her after the one with her words', () => {
    const a = ask(shop, 'who said they would not let the shop go again');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Maud Pellow');
    expect(a.sources.map((s) => s.index)).toEqual([2, 1]);
  });

  it('cites no extra sentence when the cited one writes the name', () => {
    const a = ask(shop, 'who is the chair of the cooperative');
    expect(a.answer).toContain('Maud Pellow');
    expect(a.sources.map((s) => s.index)).toEqual([1]);
  });
});

describe('a name after a capitalised head word of another name', () => {
  const article =
    'HOLLINGBY — Thieves stole the lead from the roof of the village hall on Tuesday night, leaving rain pouring into the main room.\n\n' +
    'The hall’s caretaker, Janet Oakes, found water across the stage on Wednesday morning. "The floor is ruined," she said.\n\n' +
    'The chairman of Hollingby Parish Council, Victor Maye, 70, said the theft had shocked the village, which lost its shop in 2020.\n\n' +
    'The nearest hall is now in Dunsford, nine miles away.\n\n' +
    '"Nobody here thinks a thing like this could happen to us," he said.';

  it('takes "he" back to the person named there, not to a woman named before him', () => {
    const a = ask(article, 'who said nobody thought it could happen to them');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Victor Maye');
  });
});
