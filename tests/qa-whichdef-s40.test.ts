/**
 * Name-of questions: a name given to the asked noun across describing words joined by hyphens,
 * which count as one word each however many pieces they are cut into, over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a hyphened describing word counts once between a name and its apposition', () => {
  const article =
    'date 2026-05-09\n\nVolunteers in Duxworth have finished restoring a steam engine that spent 40 years rusting in a quarry.\n\n' +
    'On Sunday Brackenbury Belle, a coal-fired narrow-gauge locomotive built in 1914, will haul its first passengers along the Orrest valley line.\n\n' +
    'The work cost £86,000, most of it raised by the Duxworth Railway Society.\n\n' +
    'Tickets for the opening day have sold out.';

  it('answers what the locomotive is called with the name before its apposition', () => {
    const a = ask(article, 'what’s the locomotive called?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Brackenbury Belle/);
  });
});

describe('a hyphened describing word counts once in the opening that names the lead’s thing', () => {
  const article =
    'date 2026-07-18\n\nA hot-air balloon sewn from old shop awnings will rise over Tressilford on Saturday morning.\n\n' +
    'The 28-metre-high red-and-white striped craft, known as Pennyhale Marigold, took a group of retired tailors two winters to stitch.\n\n' +
    'Its first flight was delayed twice by high winds in June.\n\n' +
    'Organisers expect about 3,000 people to watch from Marlgate Common.';

  it('answers what the balloon is called with the name given to the craft', () => {
    const a = ask(article, 'what’s the balloon called?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Pennyhale Marigold/);
  });
});
