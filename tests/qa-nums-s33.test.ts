/**
 * "How much" and "how many" questions: general ways news gives a value for one of many, or in each
 * period, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a sentence opening on "each" gives its values for one of many', () => {
  const article =
    'date 2026-04-11\n\nA holiday park at Frennick Cove has opened eight new timber cabins for families.\n\n' +
    'Each cabin has a wood-burning stove, a small kitchen and four bunk beds, and all face the sea.\n\n' +
    'The park’s owner, Ivett Ormund, said the cabins had cost about £640,000 to build.\n\n' +
    '"Every storm costs us, and in the end our guests, about £3,000 in repairs," she said.';

  it('answers how many beds each cabin has', () => {
    const a = ask(article, 'how many bunk beds does each cabin get');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/four bunk beds/);
  });

  it('answers how much each storm costs past the comma', () => {
    const a = ask(article, 'how much does each storm cost');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/£3,000/);
  });
});

describe('"for every" gives a value for one of many as "each" does', () => {
  const article =
    'date 2026-02-19\n\nThe night bus between Dunmarl and Crossby will stop running in May, the transport board said.\n\n' +
    'The chair of the board, Halsgrove Saar, said the service carried about 30 riders a night.\n\n' +
    '"We are paying 14 crowns in subsidy for every rider who gets on," he said.';

  it('answers how much subsidy each rider gets', () => {
    const a = ask(article, 'how much subsidy does each rider get');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/14 crowns/);
  });
});

describe('a length joined to a period noun is a length in each period', () => {
  const article =
    'date 2026-06-03\n\nNurses at Tesselby General Hospital have voted to strike next month.\n\n' +
    'The union’s regional secretary, Mina Olufemi, said staff were working 55-hour weeks to cover empty posts.\n\n' +
    'The hospital said it would meet the union on Friday.';

  it('answers how many hours a week the staff work', () => {
    const a = ask(article, 'how many hours a week are the staff working');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/55-hour/);
  });
});

describe('a weight answers “how heavy” by its own unit', () => {
  const article =
    'date 2026-05-09\n\nA bronze bell missing from the church at Quarnley Tye since 1944 has been found in a barn.\n\n' +
    'The bell, which is 52 centimetres across and weighs roughly 140 kilograms, was cast in a foundry at Pellquist in 1811.\n\n' +
    'It will be rehung in the tower in time for Christmas.';

  it('answers how heavy the bell is', () => {
    const a = ask(article, 'how heavy is it');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/140 kilograms/);
  });
});

describe('a percentage written “of” the asked whole is the asked share', () => {
  const article =
    'date 2026-07-14\n\nThe first results of the Brantlemoor census were published on Monday.\n\n' +
    'About 64 percent of households filled in the forms on the internet, against 30 percent in 2019.\n\n' +
    'The full results will follow in the spring.';

  it('answers what share of households answered online', () => {
    const a = ask(article, 'What share of households answered the census online?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/64 percent/);
  });
});
