/**
 * Ages, lengths and definitions: general ways news tells them, each over invented news prose,
 * never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an age written before a name is that name’s, whoever’s clause holds it', () => {
  const article =
    'date 2026-04-18\n\nThe rebuilt swimming baths in Quillerby reopened on Saturday after two years of repairs.\n\n' +
    'Mayor Zofrina Hensable, who cut the ribbon alongside eight-year-old Pippa Trelawne, the pool’s most frequent young swimmer, said the wait had been worth it.\n\n' +
    'The baths will open seven days a week.';

  it('answers how old the child is with the age before her name, not a decline', () => {
    const a = ask(article, 'How old is Pippa Trelawne?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/eight-year-old/);
  });

  it('still reads "the N-year-old" followed by a nationality as the person met before', () => {
    const runner =
      'date 2026-09-07\n\nIvo Pellweather won the Marrowdale half marathon on Sunday in a course record time, his coach said.\n\n' +
      'The 29-year-old Drusklander pulled clear of the leading group with three kilometres to go, Mr Pellweather said.\n\n' +
      'Sixty runners finished the race.';
    const a = ask(runner, 'How old is Ivo Pellweather?');
    expect(a.answer).toMatch(/29/);
  });
});

describe('a person asked of by first name is the one whose full name the age is given with', () => {
  // (A quotation calling him by his first name alone gives that name an entry of its own.)
  const article =
    'date 2026-02-09\n\nThe last saddler in Brindlecot is to close his workshop at the end of the month.\n\n' +
    'Ambrose Tillingham, 73, took over the business from his uncle, Cedric, in 1979.\n\n' +
    'Mr Tillingham said he had no one to hand it on to.\n\n' +
    '"Cedric made my wedding boots and Ambrose mended my grandson’s school bag. I don’t know where I’ll go now."\n\n' +
    'The building will be sold.';

  it('answers how old Ambrose is with the age after his full name', () => {
    const a = ask(article, 'how old is ambrose');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/73/);
  });
});

describe('a name’s description reads from where the name ends, not from a later word of it', () => {
  const article =
    'date 2026-07-21\n\nA colony of great crested newts has been found in ponds beside a planned car park in Hobmarsh.\n\n' +
    'The Lenwater Meadows Board, which looks after the meadows the ponds drain into, said it would ask for the plans to be changed.\n\n' +
    'Work on the car park had been due to start in August.';

  it('answers what the board is with the clause after its name alone, though the clause writes "meadows" again', () => {
    const a = ask(article, 'What is the Lenwater Meadows Board?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^looks after the meadows/);
  });
});

describe('where someone is from, like an age, is looked past to the clause describing them', () => {
  const article =
    'date 2026-03-12\n\nPupils in Quorlecombe have mapped the worst spots for litter around their school.\n\n' +
    '"The bus stop was the worst place by far," said Milo Tazzelwick, 10, from Gatton Lane Primary, who drew the map shown to councillors.\n\n' +
    'The council said it would put two new bins near the bus stop.';

  it('answers who the pupil is with the clause after his school alone, not the whole sentence', () => {
    const a = ask(article, 'who is Milo Tazzelwick');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^drew the map/);
  });
});
