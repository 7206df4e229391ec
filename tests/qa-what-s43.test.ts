/**
 * "What kinds …?" and "which …?" answered by a count broken down by kind ("…, mostly X and Y"),
 * over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const GALE =
  'date 2025-11-14\n\n' +
  'QUELLBURY — A gale that blew across the Yarnlow hills overnight on Wednesday left roads blocked and thousands of homes without power.\n\n' +
  'By Thursday evening, council crews had cleared more than 400 trees from the roads, most of them beech, ash and old sycamore.\n\n' +
  'The district council said its depot at Ossenmere had worked through the night.\n\n' +
  'Farmer Tilda Pettigrue said the wind had lifted the roof off her lambing shed.';

const KENNEL =
  'date 2026-02-03\n\n' +
  'An animal rescue centre near Farrowdine has taken in 62 animals from a smallholding that was closed by inspectors last week.\n\n' +
  'Staff said they had rehoused 35 animals since Monday, mainly goats, ponies and ducks, and were asking for volunteers to walk the rest.\n\n' +
  'The centre, which opened in 1994, is run by the Brackwith Animal Trust.';

describe('kinds told as what most of a count were', () => {
  it('"which trees …?" is answered by "…, most of them beech, ash and old sycamore"', () => {
    const a = ask(GALE, 'Which trees came down?');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toContain('most of them beech');
    expect(a.answer).toContain('beech, ash and old sycamore');
  });

  it('"what type of vehicles …?" takes the kinds after "mainly", not the noun before the count\'s place', () => {
    const article =
      'date 2025-09-02\n\n' +
      'A hailstorm that swept across Yarnlow on Sunday afternoon damaged cars, roofs and greenhouses.\n\n' +
      'Police said 90 vehicles were damaged in a supermarket car park, mainly vans and small lorries.\n\n' +
      'The storm lasted less than twenty minutes.';
    const a = ask(article, 'What type of vehicles were damaged?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('vans and small lorries');
  });

  it('"which animals …?" is answered by "35 animals since Monday, mainly goats, ponies and ducks"', () => {
    const a = ask(KENNEL, 'Which animals have been rehoused?');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toContain('mainly goats');
    expect(a.answer).toContain('goats, ponies and ducks');
  });

  it('a narrower noun before "mostly" still tells the asked kinds ("seabirds" for "birds")', () => {
    const article =
      'date 2025-07-21\n\n' +
      'Oil from a holed tanker has washed up on beaches south of Hulvane.\n\n' +
      'Volunteers have collected 210 oiled seabirds, mostly puffins and razorbills, and taken them to a cleaning centre.';
    const a = ask(article, 'What kinds of birds were oiled?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('puffins and razorbills');
  });
});
