/**
 * Traps in "when", "who" and "what" questions: general ways news gives the time, person or thing
 * of another act than the one asked, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a question on the "other" ones is not answered by a sentence on the first', () => {
  const article =
    'date 2026-04-20\n\nThe library in Ferncombe will reopen on Saturday after a year of repairs to its roof.\n\n' +
    'Two other libraries in the district, at Bexmoor and Tarrbeck, closed at the same time.\n\n' +
    'The council said the Ferncombe branch will open from 9am to 5pm, six days a week.\n\n' +
    'Librarian Osric Mellow, 58, wrote three plays for the village drama group in the 1990s.';

  it('declines when the other libraries will reopen', () => {
    const a = ask(article, 'when will the other two libraries reopen');
    expect(a.answered).toBe(false);
  });

  it('declines what other plays the librarian has written', () => {
    const a = ask(article, 'what other plays has osric mellow written');
    expect(a.answered).toBe(false);
  });

  it('still answers when the library itself reopens', () => {
    const a = ask(article, 'when will the library in ferncombe reopen');
    expect(a.answer).toMatch(/Saturday/);
  });
});

describe('a sentence telling of the other ones still answers for them', () => {
  const article =
    'date 2026-05-11\n\nA trust running seven primary schools in the Tollard valley has banned mobile phones at Highcross School.\n\n' +
    'Governors will choose in September whether the ban should spread to the trust’s other six schools, its head Perrin Quarnby said.\n\n' +
    'Parents at Highcross were told of the ban in a letter last week.';

  it('answers when the governors will choose for the other schools', () => {
    const a = ask(article, 'when will the governors choose for the other schools');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/September/);
  });
});
