/**
 * "Who" questions: general ways news names (or only seems to name) the one who did the asked act,
 * each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a vague word for someone before "that/who" only asks who did it', () => {
  const article =
    'date 2026-02-09\n\nA church clock in Brinscombe that had stood at twenty past four since the 1990s is chiming again.\n\n' +
    'The mechanism was repaired over the winter by Rudyard Garrick, 67, a retired watchmaker who lives opposite the church.\n\n' +
    'Parishioners raised £1,200 for new parts at a jumble sale in the autumn.\n\n' +
    '"I used to look up at it every morning and think somebody ought to sort that out," he said.';

  it('answers “whos the bloke that repaired it” with the repairer', () => {
    const a = ask(article, 'whos the bloke that repaired it');
    expect(a.answer).toMatch(/Rudyard Garrick/);
  });

  it('answers “who’s the chap who repaired it” with the repairer', () => {
    const a = ask(article, "who's the chap who repaired it");
    expect(a.answer).toMatch(/Rudyard Garrick/);
  });
});
