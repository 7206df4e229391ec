/**
 * Costs asked or told under another word: a question's "price tag", a sentence's "worth", each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a price tag is asked as the price', () => {
  const article =
    'date 2026-05-19\n\nTeenagers in Pellory have won their three-year campaign for a skate park.\n\n' +
    'Work on the concrete bowl and ramps behind the sports pavilion starts in July, and Tamsworth Parish Council expects the skate park to cost about £240,000.\n\n' +
    'Half of that has come from a national lottery grant.\n\n' +
    'Jessamy Quennick, 15, who collected 900 signatures, said she would be first in the queue.';

  it('answers the price tag on the skate park with what it is expected to cost', () => {
    const a = ask(article, 'what’s the price tag on the skate park?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/£240,000/);
  });
});

describe('what a thing is worth is tied to it by "worth" as a price by "cost"', () => {
  const article =
    'date 2026-08-21\n\nA rowing club in Lunnock has found a sponsor for its new eight.\n\n' +
    'Vellacott Engineering has agreed a sponsorship deal with the club that is worth £12,000 over two seasons.\n\n' +
    'The boat will carry the firm’s name on its bow.\n\n' +
    'The club has 85 members and trains on the river every morning.';

  it('answers what the whole package is worth with the sum after "worth"', () => {
    const a = ask(article, 'what is the whole package worth');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/£12,000/);
  });
});
