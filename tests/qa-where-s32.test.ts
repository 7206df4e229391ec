/**
 * "Where" and "how" questions: general ways news tells a place or a means, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('where money came from is a grant, a loan or a fundraiser, not a place', () => {
  const article =
    'date 2026-04-11\n\nA village bowling green in Quillerby has reopened after a two-year restoration costing £84,000.\n\n' +
    'Most of the money came from a £60,000 sports grant, the rest from club members.\n\n' +
    'Members raised £24,000 through a sponsored bowl, a quiz night and the sale of old woods.\n\n' +
    'The club, founded in 1921, now has 48 members and hopes to reach 60 by the end of the summer.\n\n' +
    'To help pay for new benches, the club is holding a summer fete on the green on 14 June.';

  it('answers where most of the money came from with the grant', () => {
    const a = ask(article, 'where did most of the money come from');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('from a £60,000 sports grant');
  });

  it('answers how the members raised their share with the fundraisers', () => {
    const a = ask(article, 'how did the members raise their share');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^through a sponsored bowl, a quiz night/);
  });

  it('answers how the benches will be paid for with what is done to pay for them', () => {
    const a = ask(article, 'how will the new benches be paid for');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('the club is holding a summer fete on the green on 14 June');
  });
});

describe('a grant from a giver is where start-up money came from', () => {
  const article =
    'date 2026-02-20\n\nA tool library in Hobbleton Wick has lent out more than 3,000 items in its first year, its volunteers say.\n\n' +
    'The library is open on Saturday mornings in the old fire station on Mill Road.\n\n' +
    'Retired joiner Osric Quaile, 66, set up the library in January 2025 with a £3,000 grant from the Wick Rural Trust after seeing a similar scheme in a nearby town.\n\n' +
    'Borrowers pay £10 a year, and the most popular items are ladders, drills and carpet cleaners.';

  it('answers where the start-up money came from with the grant and its giver', () => {
    const a = ask(article, 'where did the start-up money come from');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('a £3,000 grant from the Wick Rural Trust');
  });
});

describe('where someone is going is the phrase after the "to" of a verb of going', () => {
  const article =
    'date 2026-03-09\n\nHundreds of passengers were stranded at Kellmoor airport on Sunday after a strike by baggage handlers grounded 40 flights.\n\n' +
    'Tamsyn Quorley, 29, a teacher who had been due to fly to Dunvessa for a friend’s wedding, said she had been offered a seat on Wednesday.\n\n' +
    'The union’s leader, Joos Verhelst, said he would travel to the regional capital, Vessendam, next week to meet the airport’s owners.\n\n' +
    'Two men seen on camera in the baggage hall were later filmed walking towards the staff car park.';

  it('answers where the teacher was trying to fly to with the place after “fly to”', () => {
    const a = ask(article, 'where was the teacher trying to fly to');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('to Dunvessa');
  });

  it('answers where he is going with the capital named in apposition', () => {
    const a = ask(article, 'Where is Joos Verhelst going next week?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Vessendam$/);
  });

  it('answers where the men were going with a place that has no name', () => {
    const a = ask(article, 'where were the men seen on camera going');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('towards the staff car park');
  });
});
