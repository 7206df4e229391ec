/**
 * "What …" answered by the words after the question's own: a period told against the present
 * ("this winter", "each year") names no thing, so it answers no what-question that asks no time.
 * Each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a bare period after the question words answers no what-question', () => {
  const canal =
    'date 2026-02-11\n\nAnglers on the Marrowdene Canal say catches have fallen sharply since the autumn.\n\n' +
    'Boaters have complained that the water near Pellowick lock has turned brown and smelly this winter.\n\n' +
    'The waterways trust said it would send divers to inspect the lock gates next month.';

  it('does not give "this winter" for what turned the water brown', () => {
    const a = ask(canal, 'what was turning the water brown and smelly');
    expect(a.answer).not.toMatch(/^this winter$/i);
  });

  const bridge =
    'date 2025-11-04\n\nA timber footbridge over the River Yarwell at Fenlock is to be replaced after parts of its deck gave way twice.\n\n' +
    'The first collapse came in March this year.\n\n' +
    'A quad bike towing a trailer of hay bales broke through two planks near the middle of the span.\n\n' +
    'Nobody was hurt, but the bridge has been closed to all traffic since.';

  it('does not give "this year" for what broke through in a month', () => {
    const a = ask(bridge, 'What broke through in March?');
    expect(a.answer).not.toMatch(/^this year$/i);
  });
});
