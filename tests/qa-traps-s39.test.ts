/**
 * Traps: questions an article leaves unanswered while naming someone near the asked act, declined
 * by general regularities of news prose, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a buyer is named only where a purchase or a sale to someone is told', () => {
  const article =
    'date 2026-03-14\n\nA map of Pelverton parish drawn in 1790 by the surveyor Osric Thewlis sold for £41,000 at Garnford Auction Rooms on Saturday.\n\n' +
    'The auctioneer, Morwenna Cullis, said bidding lasted nine minutes.\n\n' +
    'The Wrenfold Street tithe barn has also been sold, the Pennack Trust confirmed on Monday.\n\n' +
    'A brass telescope from the same house was bought by collector Alaric Strode for £2,300.\n\n' +
    'Lorimer Farms sold its dairy herd to Rufus Dacombe, who keeps cattle near Ostley.';

  it('declines who bought the map when the sale names only the one who drew it', () => {
    expect(ask(article, 'who bought the map of Pelverton parish').answered).toBe(false);
  });

  it('declines who bought the barn when only the seller’s word is told', () => {
    expect(ask(article, 'who bought the tithe barn').answered).toBe(false);
  });

  it('still answers who bought the telescope, told by “bought by”', () => {
    const a = ask(article, 'who bought the telescope');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Alaric');
  });

  it('still answers who bought the herd, told by “sold … to”', () => {
    const a = ask(article, 'who bought the dairy herd');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Dacombe');
  });
});

describe('a means listed before a sum that another item holds gives no sum of its own', () => {
  const article =
    'date 2026-05-02\n\nThe new inshore lifeboat at Polkerris was named on Saturday by the station’s oldest volunteer.\n\n' +
    'It was funded by a sponsored cycle ride to Fenwarren, a summer fair, a village raffle and, above all, a former coxswain’s legacy of £74,000.\n\n' +
    'The boat can reach 25 knots and will replace one that served the station for 14 years.';

  it('declines what the cycle ride raised when the sum after the list is the legacy’s', () => {
    expect(ask(article, 'how much did the sponsored cycle ride raise').answered).toBe(false);
  });

  it('declines what the raffle made, another item of the same list', () => {
    expect(ask(article, 'how much did the raffle make').answered).toBe(false);
  });

  it('still answers the legacy, whose item holds the sum', () => {
    const a = ask(article, 'how much was the legacy');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('£74,000');
  });
});

describe('a worth is not a sum set before another noun', () => {
  const article =
    'date 2026-06-09\n\nA penny-farthing built in 1884 has been ridden through Gwennap for the first time in a century after a retired engineer spent two winters restoring it.\n\n' +
    'Morwenna Cullis, 68, restored the bicycle with help from a £250 heritage grant and a great deal of patience.\n\n' +
    'She plans to lend the bicycle to the Gwennap heritage centre for the summer.\n\n' +
    'An auction house valued her late father’s tricycle at £1,200 last year.';

  it('declines what the bicycle is worth when the only sum is a grant’s', () => {
    expect(ask(article, 'how much is the bicycle worth').answered).toBe(false);
  });

  it('still answers what the tricycle is worth, told as a valuation', () => {
    const a = ask(article, 'how much is the tricycle worth');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('£1,200');
  });
});
