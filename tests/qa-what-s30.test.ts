/**
 * Open "what" questions: general ways news writing tells what someone does or what happened, each
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an aside on the asked one tells what she does', () => {
  const article =
    'date 2026-03-09\n\nStallholders at Brindle Street market say a rise in rents will drive them out by the summer.\n\n' +
    'The council wants to raise the weekly charge for a pitch from £45 to £70 from April.\n\n' +
    'Maya Orsett, 34, who opened a secondhand bookstall by the fountain two years ago, said she would have to close.\n\n' +
    'Another trader, Len Fairby, 61, said footfall had already fallen since the car park shut.';

  it('answers what the trader sells from the object of the aside’s verb', () => {
    const a = ask(article, 'what does maya orsett sell');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('secondhand bookstall');
    expect(a.answer).not.toContain('fountain');
  });
});
