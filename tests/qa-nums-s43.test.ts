/**
 * "How many", "how much", "how far" and "how old" questions, round s43: general ways news gives a
 * figure, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a count tied to the question answers though the article counts it in words of its own', () => {
  const bakery =
    'date 2026-03-04\n\nPellagrine, a family bakery in the market town of Quillenby, has won a national award for its sourdough loaves.\n\n' +
    'The bakery was founded in 1962 by the grandparents of its current owner, Imogen Venstrom.\n\n' +
    'Pellagrine employs about 240 people, most of them on the early shift.\n\n' +
    'The firm supplies bread to cafes and shops across the county, and plans a second oven hall next year.';

  it('counts the staff by the people the firm employs', () => {
    const a = ask(bakery, 'How many staff are on the payroll at the firm?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/240/);
    expect(a.sources[0]?.text).toMatch(/employs about 240 people/);
  });

  const hospital =
    'date 2026-03-04\n\nThe cottage hospital in Quillenby has closed its second ward for the winter because it cannot find enough nurses.\n\n' +
    'Nine nursing posts stood empty when the winter rota was drawn up, the matron told governors.\n\n' +
    'The health board said it would advertise abroad in the new year.';

  it('counts vacancies by the posts left empty', () => {
    const a = ask(hospital, 'how many nursing vacancies are there');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Nine/);
    expect(a.sources[0]?.text).toMatch(/Nine nursing posts stood empty/);
  });
});
