/**
 * "How much" questions: general ways news writing tells a price or a sum, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a sum written right after a verb of price is what the thing costs', () => {
  const article =
    'date 2026-04-14\n\nVolunteers have reopened the old bowling pavilion on Mill Lane as a games club for teenagers after a two-year closure.\n\n' +
    'The club will meet on Monday and Thursday evenings, with admission costing £1 a night.\n\n' +
    'Organiser Priya Lent said table tennis, pool and board games would be on offer, and a tuck shop run by parents.\n\n' +
    'The parish council has given a grant towards new heating.';

  it('answers what it costs to get in from the sum after “costing”', () => {
    const a = ask(article, 'how much does it cost to get in');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('£1');
    expect(a.sources[0]?.text).toContain('admission costing');
  });

  it('still declines the price of a thing the story never prices', () => {
    const a = ask(article, 'how much did the heating cost');
    expect(a.answered).toBe(false);
  });
});
