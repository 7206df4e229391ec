/**
 * "When" questions: a time belongs to the act its own clause tells, each rule over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a time told of a later act in another clause is not the asked act’s time', () => {
  const article =
    'date 2026-04-20\n\nA public library closed since a storm tore off part of its roof will welcome readers back next month, Ashby Town Council said.\n\n' +
    'The Brook Lane building will reopen on Monday 11 May, with new shelves and a children’s corner.\n\n' +
    'Library users put 900 names to a plea for the library to reopen, which was handed to the council in February.\n\n' +
    'The repairs cost £310,000, paid for from the council’s reserves.\n\n' +
    'Library staff will vote on a new pay offer in a ballot that closes on 3 June.';

  it('answers when the library reopens with the reopening, not the petition’s handing in', () => {
    const a = ask(article, 'When does the library reopen?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('11 May');
  });

  it('still answers when the ballot closes from the clause that tells the closing', () => {
    const a = ask(article, 'When does the ballot close?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('3 June');
  });
});

describe('a time its own verb tells of the opposite act is not the asked act’s time', () => {
  const article =
    'date 2026-01-20\n\nA farm shop near Elmby was closed on Friday, and will open its doors again next week, after two masked men robbed it on Thursday night.\n\n' +
    'The men took about £900 from the till and a box of eggs, police said.\n\n' +
    'Jo and Sam Pike opened it in 2012 in an old barn beside their dairy.\n\n' +
    'Customers have offered to help clean up.';

  it('answers when the shop opened with its opening, not the day it was closed', () => {
    const a = ask(article, 'When did the farm shop open?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2012');
  });

  it('still answers when the shop was closed with that day', () => {
    const a = ask(article, 'When was the farm shop closed?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Friday');
  });
});
