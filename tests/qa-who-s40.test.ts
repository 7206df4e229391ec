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

describe('the doer after "by" answers though the sentence names the done-to thing by another noun', () => {
  const article =
    'date 2026-05-20\n\nA colony of rare lesser horseshoe bats has been recorded in a disused chapel at Fernhollow for the first time in 40 years.\n\n' +
    'The count was verified last week by the county bat recorder, Dr Olwen Ambrose, who spent two nights in the chapel with a detector.\n\n' +
    'She said at least 23 bats had been roosting in the roof.\n\n' +
    'Visitors have been asked to stay away from the chapel until the autumn.';

  it('answers “who verified the colony” with the recorder', () => {
    const a = ask(article, 'who verified the colony');
    expect(a.answer).toMatch(/Olwen Ambrose/);
  });

  it('still declines a question about a thing the article never writes', () => {
    const a = ask(article, 'who verified the fossil');
    expect(a.answered).toBe(false);
  });
});
