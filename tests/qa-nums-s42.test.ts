/**
 * "How many", "how much", "how far" and "how old" questions, round s42: general ways news gives a
 * figure or names its holder, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a given name alone calls the one person the article names in full with it', () => {
  const kiln =
    'date 2026-02-11\n\nA pottery run by Wilhelmina Graystock and Osric Penhale has won a national prize for its salt-glazed jugs.\n\n' +
    'The pair fire their kiln twice a month in a shed behind the old forge.\n\n' +
    '"We never expected to be shortlisted, let alone win," said Graystock, 43, who once taught geography.\n\n' +
    'Penhale, 51, built the kiln from reclaimed bricks.';

  it('gives her age from the sentence that writes only her surname', () => {
    const a = ask(kiln, 'How old is Wilhelmina?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/43/);
    expect(a.sources[0]?.text).toMatch(/Graystock, 43/);
  });

  it('gives his age by his given name as well', () => {
    const a = ask(kiln, 'How old is Osric?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/51/);
  });
});
