/**
 * "How many" questions whose counted noun the article writes in another word news uses for the
 * same things; each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a count written under another word for the same things answers', () => {
  const article =
    'date 2026-05-19\n\nA puppet theatre in Zennock has won the first £40,000 award of the Pellbrook Arts Trust.\n\n' +
    'In all, 37 bids reached the judges before the March deadline, according to Quendrith Sorrick, who chairs the trust.\n\n' +
    'Osric Quarvell, who farms the moor above the village, keeps about 450 ewes and lends the puppeteers a barn.\n\n' +
    'A fire alarm at the town’s hospital on Friday meant 19 operations had to be cancelled.';

  it('counts the proposals by the bids', () => {
    const a = ask(article, 'how many proposals did the trust get');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/37/);
  });

  it('counts a farmer’s sheep by his ewes', () => {
    const a = ask(article, 'how many sheep does quarvell have');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/450/);
  });

  it('counts the surgeries by the operations cancelled', () => {
    const a = ask(article, 'how many surgeries were cancelled at the hospital');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/19/);
  });
});

describe('a period written before the asked noun makes its price one by that period', () => {
  const article =
    'date 2026-02-11\n\nA community rowing hub on the Tavel at Brindock opened to the public in January.\n\n' +
    'Its manager, Odalys Brimsover, said sales of the annual pass had passed 640 since the doors opened; it is priced at £75.\n\n' +
    'The Brindock Kestrels, the hub’s own crew, put their season costs after promotion at about £12,000, most of it for travel.';

  it('prices the yearly pass by the annual one', () => {
    const a = ask(article, 'how much is a yearly pass');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/£75/);
  });

  it('prices a season by the season costs', () => {
    const a = ask(article, 'how much will a season cost the kestrels');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/£12,000/);
  });
});
