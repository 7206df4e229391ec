/**
 * "How much" questions: general ways news gives (or leaves out) the asked amount, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a count of things is no amount', () => {
  const article =
    'date 2026-03-14\n\nThe Zembrook water board will close its customer office on Mill Lane at the end of May.\n\n' +
    'The board said it would save money by closing the Mill Lane office, which is now visited by about 40 people a week.\n\n' +
    'The Oxvale Street bakery beat 140 other bakeries to the title at the regional awards, helped by its new stone oven.\n\n' +
    'Membership of the Dunwold rambling club has grown by 300 people in five years, its secretary said.';

  it('declines how much the board will save when the sentence counts only visitors', () => {
    expect(ask(article, 'How much will the board save by closing the office?').answered).toBe(false);
  });

  it('declines how much the oven was when the sentence counts only rivals', () => {
    expect(ask(article, 'how much was the new oven').answered).toBe(false);
  });

  it('still answers how much the club has grown with a count', () => {
    const a = ask(article, 'How much has the club grown?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/300 people/);
  });

  it('still answers how many people visit the office', () => {
    const a = ask(article, 'How many people visit the office each week?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/40 people/);
  });
});

describe('a sum raised through several means is none of theirs alone', () => {
  const article =
    'date 2026-04-02\n\nThe Vantock scout hut has reopened after a two-year rebuild.\n\n' +
    'Parents and leaders raised £48,000 through sponsored swims, a quiz night, a plant sale and a sponsored bike ride to Kelm.\n\n' +
    'The hut is used by about 60 scouts every week.';

  it('declines how much one of the listed means raised', () => {
    expect(ask(article, 'how much did the quiz night raise').answered).toBe(false);
  });

  it('still answers how much those who raised it raised', () => {
    const a = ask(article, 'how much did the parents raise');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/£48,000/);
  });
});

describe('a price of another sort of the thing is not the asked sort’s', () => {
  const article =
    'date 2026-05-09\n\nThe Grelsby transport museum reopens on Saturday after a two-year refit.\n\n' +
    'Adult tickets will cost £9 and children under five go free, the museum said.\n\n' +
    'The housing association said rent for a three-bedroom house on the new Copley Fields estate will be £720 a month.\n\n' +
    'The estate has 24 homes in all.';

  it('declines the price of a family ticket when only adult tickets are priced', () => {
    expect(ask(article, 'How much does a family ticket cost?').answered).toBe(false);
  });

  it('declines the rent of a two-bedroom house when only a three-bedroom one’s is given', () => {
    expect(ask(article, 'how much is the rent on a two-bedroom house').answered).toBe(false);
  });

  it('still answers the price of the sort the sentence names', () => {
    expect(ask(article, 'how much is an adult ticket').answer).toMatch(/£9/);
    expect(ask(article, 'how much is the rent on a three-bedroom house').answer).toMatch(/£720 a month/);
  });
});

describe('a sum of another sort answers no question of its own sort', () => {
  const article =
    'date 2026-06-11\n\nAnglers on the Wendle must now hold a rod licence, the river trust said.\n\n' +
    'Anyone caught fishing without one can be fined up to £250, the trust warned.\n\n' +
    'The parish council will fit two new benches by the weir, costing about £3,400.\n\n' +
    'The old boathouse, which lost £12,000 last year, is up for sale.';

  it('declines what the council gave when the sentence gives only what the benches cost', () => {
    expect(ask(article, 'how much has the parish council given for the benches').answered).toBe(false);
  });

  it('declines the asking price when the sentence gives only a loss', () => {
    expect(ask(article, 'what is the asking price for the boathouse').answered).toBe(false);
  });

  it('still answers each sum’s own question', () => {
    expect(ask(article, 'how much will the benches cost').answer).toMatch(/£3,400/);
    expect(ask(article, 'how much did the boathouse lose').answer).toMatch(/£12,000/);
    expect(ask(article, 'how much can you be fined for fishing without a licence').answer).toMatch(/£250/);
  });
});

describe('a sum tied to another thing is not the asked thing’s', () => {
  const article =
    'date 2026-07-20\n\nFood prices in Dravenia have climbed sharply after the driest spring on record.\n\n' +
    'The price of rye flour has gone up by 18 percent since March, the statistics office said.\n\n' +
    'The dravo fell 2.4 percent against the dollar on Friday, traders said.';

  it('declines the rise in the price of another food', () => {
    expect(ask(article, 'How much has the price of butter gone up?').answered).toBe(false);
  });

  it('declines the fall against another currency', () => {
    expect(ask(article, 'How much did the dravo fall against the euro?').answered).toBe(false);
  });

  it('still answers for the thing the sentence ties the sum to', () => {
    expect(ask(article, 'How much has the price of rye flour gone up?').answer).toMatch(/18 percent/);
    expect(ask(article, 'How much did the dravo fall against the dollar?').answer).toMatch(/2\.4 percent/);
  });
});

describe('a sum the asked giver shares with others is not its own', () => {
  const article =
    'date 2026-08-03\n\nThe restored bandstand in Yarrowgate Park was reopened on Saturday by the mayor.\n\n' +
    'The money came from the town council, a heritage charity and about 400 residents, who together gave £86,000.\n\n' +
    'The café next to it bought a £9,500 coffee machine funded partly by a council grant.';

  it('declines what one of those who gave together gave', () => {
    expect(ask(article, 'how much did the town council give').answered).toBe(false);
  });

  it('declines the grant that paid only part of a price', () => {
    expect(ask(article, 'how much was the council grant for the coffee machine').answered).toBe(false);
  });

  it('still answers the whole sums', () => {
    expect(ask(article, 'how much was given in all').answer).toMatch(/£86,000/);
    expect(ask(article, 'how much was the coffee machine').answer).toMatch(/£9,500/);
  });
});
