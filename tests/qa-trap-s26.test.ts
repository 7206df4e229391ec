/**
 * Near misses read off a training batch's answered traps: each case is a general form of English
 * by which a sentence gives a value of the asked kind for something other than the asked thing,
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a price asked of a thing the sentence never names', () => {
  const article =
    'date 2026-05-10\n\nThe Ashby spring fair returns to Mill Meadow on Saturday after a two-year break, its organisers said.\n\n' +
    'Last year the fair raised about 40,000 euros for the village school.\n\n' +
    'Honey from the Ashby hives has become the fair’s best seller, and a 250-gram pot sells for 6 euros.\n\n' +
    'The new footbridge over the river cost 2.4 million euros, the council said.\n\n' +
    'Parking on the meadow is free.';

  it('declines a ticket’s price that the article never gives', () => {
    expect(ask(article, 'how much is a ticket for the spring fair').answered).toBe(false);
    expect(ask(article, 'How much will a ticket for the footbridge tour cost?').answered).toBe(false);
  });

  it('declines a price of one size the article gives only for another', () => {
    expect(ask(article, 'how much is a crate of the honey').answered).toBe(false);
  });

  it('still answers the price of the thing the sentence names, in its word or a near one', () => {
    const pot = ask(article, 'how much does a pot of honey cost');
    expect(pot.answered).toBe(true);
    expect(pot.answer).toContain('6 euros');
    const jar = ask(article, 'how much does a jar of the honey cost');
    expect(jar.answered).toBe(true);
    expect(jar.answer).toContain('6 euros');
  });

  it('reads the thing in the sentence before one opening on a pronoun', () => {
    const a = ask('date 2026-05-10\n\nThe village bakery has started selling a rye loaf made with Ashby honey.\n\nIt costs 4 euros and sells out most mornings, the baker said.', 'how much does the rye loaf cost');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('4 euros');
  });
});

describe('"at the last election": the vote before this one, which the sentence must tell of', () => {
  const article =
    'date 2026-04-20\n\nThe Harbour Party won the Tarrow council by-election on Sunday, taking 41 percent of the vote, the electoral office said.\n\n' +
    'Its candidate, Mira Calder, 38, received 2,140 votes, while the Green candidate, Olaf Brenn, received 1,310 votes.\n\n' +
    'Turnout was 34 percent, down from 52 percent at the last election in 2022.';

  it('declines a figure of the earlier vote that the article gives only for this one', () => {
    expect(ask(article, 'how many votes did Olaf Brenn get at the last election').answered).toBe(false);
    expect(ask(article, 'How many votes did the Green candidate receive in the previous election?').answered).toBe(false);
  });

  it('still answers the figure of this vote', () => {
    const a = ask(article, 'how many votes did Olaf Brenn get');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1,310');
  });
});

describe('"a 40-metre section of the wall": the measure of a part, not of the whole', () => {
  const article =
    'date 2026-03-11\n\nPart of the old town wall in Kestow collapsed after heavy rain on Tuesday, closing the road beside it.\n\n' +
    'Engineers said a 40-metre section of the Kestow wall had come down, and the rest would be checked this week.\n\n' +
    'Diesel leaked into the Marl Canal on Monday, and officials closed a 12-kilometre stretch of the canal to boats.';

  it('declines the length of the whole thing', () => {
    expect(ask(article, 'How long is the Kestow wall?').answered).toBe(false);
    expect(ask(article, 'how long is the Marl Canal').answered).toBe(false);
  });

  it('still answers the length of the part the question asks about', () => {
    expect(ask(article, 'how long is the section of wall that came down').answer).toBe('40-metre');
    expect(ask(article, 'How long is the closed stretch of canal?').answer).toBe('12-kilometre');
  });
});
