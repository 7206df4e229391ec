/**
 * "How much" questions: a price asked of a thing, and a sum a sentence sets for something else;
 * each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a price question passes over a sentence that gives only a count of the thing', () => {
  const article =
    'date 2026-04-14\n\nPellory Cycles of Ashmoor showed its Skelt electric bike to dealers on Monday.\n\n' +
    'Buyers wanting more range can order the Skelt Trail, at £2,340.\n\n' +
    'The Trail model comes with a 750-watt motor and 12 gears.\n\n' +
    'Deliveries to shops begin in June.';

  it('holds the sentence pricing the trail version closest', () => {
    const a = ask(article, 'how much is the trail version');
    expect((a.sources[0] ?? a.closest)?.text).toMatch(/£2,340/);
  });
});

describe('a sum set for things of the sentence’s own naming prices no other thing', () => {
  const article =
    'date 2026-11-03\n\nTwelve council homes heated by ground-source pumps have been handed over in Cranhithe, on the site of an old dairy.\n\n' +
    'They are made up of eight two-bedroom houses, two three-bedroom houses and two cottages for older tenants.\n\n' +
    'Rent is set at £98 per week for a two-bed terrace and £124 for a three-bed semi, the council said.\n\n' +
    'The first tenants moved in on Monday.';

  it('declines the rent for one of the cottages', () => {
    const a = ask(article, 'how much is the rent for one of the cottages');
    expect(a.answered).toBe(false);
  });
});
