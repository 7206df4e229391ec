/**
 * "What was X doing when …": an act in progress at a moment, each over invented news prose, never
 * an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an act in progress answers though its sentence words the moment otherwise', () => {
  const article =
    'date 2026-05-19\n\nA moored yacht was gutted by fire at Quellbury Marina on Tuesday.\n\n' +
    '"I was coiling ropes on the far pontoon and smelt smoke, then the cabin windows blew out," said harbour hand Rufus Tamblyn.\n\n' +
    'Nobody was aboard, and by noon two crews were still damping down the blackened hull.\n\n' +
    'The marina said repairs to two damaged berths would cost about £8,000.';

  it('answers what he was doing when he spotted the flames', () => {
    const a = ask(article, 'what was he doing when he spotted the flames');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^coiling ropes/);
  });
});

describe('a day the question names may be told far from the act in progress', () => {
  const article =
    'date 2026-08-03\n\nA kestrel chick that fell from a church tower in Dunwray on Sunday morning is being hand-reared by volunteers.\n\n' +
    'The pair of adult birds has nested behind the clock face for six summers.\n\n' +
    'A ringer who climbs the tower each week said a second chick was still in the nest.\n\n' +
    'Churchwarden Morwen Pitsford found the fallen bird in long grass while she was mowing around the graves.\n\n' +
    'Volunteers were feeding it minced mice every two hours, and it will be released once it can fly, the rescue centre said.';

  it('answers what the churchwarden was doing on Sunday when she spotted it', () => {
    const a = ask(article, 'what was the churchwarden doing on Sunday when she spotted it');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^mowing around the graves/);
  });
});

describe('a sentence telling no act in progress gives way to one that does', () => {
  const article =
    'date 2026-02-11\n\nA lorry shed its load of timber on the Gorsey bypass at about 7am on Monday, closing the road for five hours.\n\n' +
    'Postwoman Velma Lusmore said she was crawling along behind the lorry in her van when its straps snapped.\n\n' +
    '"Planks just slid off the back like a deck of cards," she said.\n\n' +
    'Highways staff cleared the timber by midday and the road reopened at noon on Monday.';

  it('answers what the postwoman was doing at the time with her act in progress', () => {
    const a = ask(article, 'what was the postwoman doing at the time the road was closed on Monday');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^crawling along behind the lorry/);
  });
});
