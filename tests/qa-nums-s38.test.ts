/**
 * "How many" questions whose counted noun the article writes in another word news uses for the
 * same things; each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a count written under another word for the same things answers', () => {
  const article =
    'date 2026-05-19\n\nThe Pellbrook Arts Trust has picked a puppet theatre in Zennock for its first £40,000 award.\n\n' +
    'Trust chair Quendrith Sorrick said the panel had received 37 bids for the award and chose the theatre after two rounds of interviews.\n\n' +
    'Hill farmer Osric Quarvell, 61, keeps about 450 ewes on the moor above the village and lends the theatre a barn for rehearsals.\n\n' +
    'At Zennock General, a power cut on Friday forced staff to call off 19 planned operations.';

  it('counts the proposals by the bids received', () => {
    const a = ask(article, 'how many proposals did the trust get');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/37/);
  });

  it('counts a farmer’s sheep by his ewes', () => {
    const a = ask(article, 'how many sheep does quarvell have');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/450/);
  });

  it('counts the surgeries by the operations called off', () => {
    const a = ask(article, 'how many surgeries were called off at the hospital');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/19/);
  });
});

describe('a period written before the asked noun makes its price one by that period', () => {
  const article =
    'date 2026-02-11\n\nA community rowing hub on the Tavel at Brindock has opened its doors to the public.\n\n' +
    'Some 640 people have already bought an annual pass, which costs £75, the hub’s manager Odalys Brimsover said.\n\n' +
    'The Brindock Kestrels, the hub’s own crew, reckon their season costs will climb to about £12,000 after promotion.';

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
