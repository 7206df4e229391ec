/**
 * "How much" and "how many" questions: general ways news counts people and gives sizes, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a count of people by their part in an event counts the asked people', () => {
  const article =
    'date 2026-08-02\n\nA lantern walk through the old rope works at Sallowick Hythe drew an estimated 2,600 visitors on its opening night.\n\n' +
    'The organiser, Dorrit Vantloe, said the walk would run every Friday until October.\n\n' +
    'Tickets cost £5, and children under five go free.';

  it('answers how many people turned up', () => {
    const a = ask(article, 'how many ppl turned up on the opening night');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/2,600 visitors/);
  });
});

describe('those killed on a slope are counted by their sport', () => {
  const article =
    'date 2026-01-20\n\nRescuers on the Hallerspitz searched through the night after a slide of snow buried part of a marked trail.\n\n' +
    'The mountain has a grim record: in 2011, an avalanche on its north face killed four skiers.\n\n' +
    'The trail will stay shut until the snow settles, the resort said.';

  it('answers how many people that avalanche killed', () => {
    const a = ask(article, 'how many people died in the 2011 avalanche');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/four skiers/);
  });
});

describe('a count of the thing whose size is asked is no size of it', () => {
  const article =
    'date 2026-10-30\n\nVolunteers in Ostry Wendle have made 300 paper lanterns for the town’s winter parade.\n\n' +
    'The lantern at the head of the parade is about 90 centimetres tall and takes two people to carry.\n\n' +
    'Of the 300 lanterns, 40 were made by pupils at the village school.';

  it('answers how big the lantern is by its height', () => {
    const a = ask(article, 'how big is the lantern');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/90 centimetres/);
  });
});

describe('a thing the article calls free costs nothing', () => {
  const article =
    'date 2026-09-12\n\nThe restored signal box at Wendlecote Quenmere opened to the public on Saturday as a small railway museum.\n\n' +
    'A free lantern tour of the box will leave the old goods yard every Friday evening until November.\n\n' +
    'The upstairs room will be available free to local history clubs, the trust’s chair said.\n\n' +
    'Visitors with a museum ticket may ride the shuttle bus from the town centre, which is free of charge for them.';

  it('answers how much the tour costs', () => {
    const a = ask(article, 'how much does the lantern tour cost');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('free');
  });

  it('answers how much the clubs pay for the room', () => {
    const a = ask(article, 'how much will history clubs pay to use the upstairs room');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('free');
  });

  it('does not answer what the tour costs each year with a tour free to its walkers', () => {
    const a = ask(article, 'how much does the lantern tour cost each year');
    expect(a.answer).not.toBe('free');
  });

  it('does not answer what the bus costs the trust with a fare free to riders', () => {
    const a = ask(article, 'how much will the shuttle bus cost the trust');
    expect(a.answer).not.toBe('free');
  });
});
