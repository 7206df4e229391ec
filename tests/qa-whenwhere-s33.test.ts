/**
 * "When" and "where" questions: general ways news gives the asked time or place, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a time bound by the asked "since" or "until" answers, whatever verb tells the state', () => {
  it('answers since when a cafe has been shut with the time its standing empty began', () => {
    const article =
      'date 2026-06-20\n\nThe lido in Farrowby opened for the summer on Saturday.\n\n' +
      'Its cafe, which has stood empty since March, is expected to find a new tenant soon.\n\n' +
      'Entry costs £4 for adults.';
    const a = ask(article, 'since when has the cafe been closed');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^since March/);
  });

  it('answers until when cyclists are kept off a bridge with the time its closure to them ends', () => {
    const article =
      'date 2026-02-03\n\nThe footbridge over the River Senn in Oldholt will reopen on Monday after repairs.\n\n' +
      'Walkers have had to use a road bridge two miles away since the footbridge was closed in October.\n\n' +
      'The crossing will stay shut to cyclists until the end of March while the deck surface settles.';
    const a = ask(article, 'until when are cyclists banned from the footbridge');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^until the end of March/);
  });
});
