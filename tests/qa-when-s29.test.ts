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
    'Library users gathered 900 signatures on a petition calling for the library to reopen, which was handed to the council in February.\n\n' +
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
