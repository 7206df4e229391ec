/**
 * "Why" questions: general ways news gives the reason of the asked act, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('what a thing is too much for says why an act did not happen', () => {
  const article =
    'date 2026-05-02\n\nA ferry service between Drellby and the island of Oster was suspended on Friday after a crew shortage.\n\n' +
    'The operator said it had hoped to send its second vessel, but the boat was too old to carry passengers safely.\n\n' +
    'About 300 islanders use the ferry each week, mostly to reach the hospital and the secondary school.\n\n' +
    'A replacement vessel is expected in June, the operator said.';

  it('answers why the second vessel wasn’t sent with what it was too old for', () => {
    const a = ask(article, 'Why wasn’t the second vessel sent?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^too old to carry passengers/);
  });
});
