/**
 * "How old", "how long" and "how far" questions: general ways news writes an age, a length or a
 * distance, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an age told by "is" or "was" of a person', () => {
  const article =
    'date 2026-04-02\n\nA beekeeping group in Marlcombe has planted 3,000 wildflower bulbs along the old railway cutting.\n\n' +
    'The group now has 26 members and meets every second Tuesday in the church hall.\n\n' +
    'The eldest, retired nurse Perpetua Dunstreve, is 93 and still tends four hives behind her cottage.\n\n' +
    'Organiser Ambrose Kaplan said he had joined to help his grandmother, who is 88 and keeps bees herself.\n\n' +
    'Among the founders was Private Osric Quillanby of the local militia, who was 24 when he set up the first hive in 1951.';

  it('answers how old the eldest member is with the age told after her name', () => {
    const a = ask(article, 'how old is the eldest member');
    expect(a.answer).toBe('93');
  });

  it('answers how old his grandmother is with the age told by a "who is"', () => {
    const a = ask(article, 'how old is his grandmother');
    expect(a.answer).toBe('88');
  });

  it('answers how old the founder was with the age told by a "who was" after his regiment', () => {
    const a = ask(article, 'how old was Osric Quillanby when he set up the first hive');
    expect(a.answer).toBe('24');
  });
});

describe('an age told by "now" after a name’s comma, with the clause going on', () => {
  const article =
    'date 2026-07-19\n\nA swimmer from Wexcliffe Bay has broken the county record for the 1,500 metres freestyle.\n\n' +
    'The old record was set by Brunhild Vantrell in 1994.\n\n' +
    'Vantrell, now 49 and a swimming teacher, watched the race from the stands.';

  it('answers how old the former record holder is now', () => {
    const a = ask(article, 'how old is Brunhild Vantrell now');
    expect(a.answer).toBe('49');
  });
});
