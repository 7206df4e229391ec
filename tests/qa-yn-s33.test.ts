/**
 * Yes/no questions: general ways news tells whether something happened, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a yes or no checks a detail beyond the lead', () => {
  const article =
    'date 2026-04-02\n\nSix red squirrels were released into Brackwood Forest near Quorrowby on Wednesday afternoon, the first time the species has lived in the woods for over 80 years, the county wildlife trust said.\n\n' +
    'The squirrels were bred at a sanctuary in the north of the county.\n\n' +
    'The trust intends to release another eight squirrels next spring if the first group settles.\n\n' +
    'Volunteers will check feeding boxes every week.';

  it('answers whether more will be released from the sentence on the trust’s plans, not the lead', () => {
    const a = ask(article, 'are more squirrels going to be released later?');
    expect(a.sources[0]?.text).toMatch(/^The trust intends to release another eight/);
    expect(a.answer).toMatch(/^Yes/);
  });
});
