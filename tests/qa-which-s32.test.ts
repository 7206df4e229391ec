/**
 * "Which" questions: general ways news names the one of the asked kind, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a name set off after a phrase whose head the asked noun modifies says which one', () => {
  const article =
    'date 2026-04-11\n\nA new skatepark opened in Mellisford on Saturday after four years of fundraising by local teenagers.\n\n' +
    'The £48,000 cost was met by the parish council, which gave £30,000, and a local roofing firm, Gwyllan Slate, which gave the rest.\n\n' +
    'About 200 people came to the opening, the organisers said.\n\n' +
    'The park will be open from 8am until dusk every day.';

  it('answers which roofing company paid with the name after “a local roofing firm”', () => {
    const a = ask(article, 'Which roofing company paid for it?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Gwyllan Slate/);
  });
});

describe('an unnamed one of the asked kind is named by a name set off right after it', () => {
  const article =
    'date 2026-03-02\n\nA hospital in Brenwick will let volunteers bring rescue dogs onto its wards from next month.\n\n' +
    'The dogs will come from a local animal charity, Pawhaven, for two afternoons a week.\n\n' +
    'Ward manager Nimmo Hesketh said patients had asked for the visits for years.\n\n' +
    'The scheme will be reviewed after six months.';

  it('answers which charity provides the dogs with the name after its phrase', () => {
    const a = ask(article, 'Which animal charity is providing the dogs?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Pawhaven/);
  });
});

describe('a sentence that brings in one of the asked kind unnamed does not say which one', () => {
  const article =
    'date 2026-02-19\n\nA ferry operator in Dunnerby has switched to ropes made by a small family firm after a year of trials.\n\n' +
    'Tolvey & Ashgarth won the contract because its ropes came out best in wear trials that an independent laboratory ran for the operator.\n\n' +
    'Lottery winner Quarbeck Nimmo chose to go public after gossip in Orrisby, a village of 800 people, claimed the winner was a retired teacher.\n\n' +
    'The new ropes will be fitted to all four boats by the summer.';

  it('declines which laboratory ran the tests when the sentence names only the rope maker', () => {
    const a = ask(article, 'Which lab did the wear tests?');
    expect(a.answered).toBe(false);
  });

  it('declines which teacher was rumoured to be the winner when none is named', () => {
    const a = ask(article, 'Which retired teacher was rumoured to be the winner?');
    expect(a.answered).toBe(false);
  });
});
