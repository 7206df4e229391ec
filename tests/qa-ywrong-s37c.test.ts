/**
 * Wrong "how long" answers: general ways news writes a length that is no answer to the asked span,
 * each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a length written before a noun is no gap between two times', () => {
  const article =
    'date 2026-04-09\n\nA parish magazine posted to a family in Wrenhollow has finally arrived.\n\n' +
    'Postmaster Osric Fellowe said it was the strangest delivery in the sorting office’s 90-year history.\n\n' +
    'The magazine was delivered to the wrong house hours before the parish fete, in the worst mix-up in the post office’s 90-year history.\n\n' +
    'The magazine will go on show in the village hall on Saturday.';

  it('does not answer how late the magazine was with the sorting office’s history', () => {
    const a = ask(article, 'how late was the magazine');
    expect(a.answer).not.toMatch(/90-year/);
  });

  it('does not answer how long before the fete it came with the post office’s history', () => {
    const a = ask(article, 'how long before the fete was the magazine delivered');
    expect(a.answer).not.toMatch(/90-year/);
  });
});
