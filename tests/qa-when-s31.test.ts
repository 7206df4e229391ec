/**
 * "When" and "how long" questions: general ways news ties a time or a length to the asked thing,
 * each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a thing’s history gives how long it has been going', () => {
  const article =
    'date 2026-05-09\n\nA village choir from Ashlow has won the regional singing cup, beating 11 other groups in Marbury Hall.\n\n' +
    'The final lasted almost four hours, and the choir sang for about 20 minutes of it.\n\n' +
    'Its conductor, Rhona Vail, 58, said it was the best night in the choir’s 74-year history.\n\n' +
    'Members rehearse every Thursday evening at the church on Mill Lane.';

  it('answers how long the choir has been going from its history', () => {
    const a = ask(article, 'how long has the choir been going');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('74-year');
  });

  it('still answers how long the final lasted', () => {
    const a = ask(article, 'how long did the final last');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('four hours');
  });
});
