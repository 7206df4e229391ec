/**
 * Tie-breaks between two sentences that each hold a value of the asked kind: the one whose value
 * the question's own act holds answers. Invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a place written right after the asked verb answers ahead of a place another verb holds', () => {
  const opera =
    'date 2026-04-20\n\nA lost opera by the composer Ida Fenwell is to have its first performance, a century after she finished it.\n\n' +
    'The Holm Singers, an amateur company founded in 1962, obtained permission to stage the opera from her grandson, Peter Fenwell, who lives in Dunholm.\n\n' +
    'Rehearsals began in January.\n\n' +
    'The opera will be staged by the company at the Weyburn Assembly Rooms from 3 to 6 June.\n\n' +
    'Tickets go on sale next week.';

  it('answers where the opera is staged with the hall after "staged", not where a grandson lives', () => {
    const a = ask(opera, "and where's the opera being staged");
    expect(a.answer).toMatch(/Weyburn Assembly Rooms/);
  });

  const gym =
    'date 2026-05-14\n\nThe Kettle Lane boxing club opened its new gym on Mill Street on Saturday, with two rings and changing rooms for girls.\n\n' +
    'For 30 years the club trained in a church hall with one shower.\n\n' +
    '"When I started there were three girls and we got changed in the vestry," said coach Dana Hurst.\n\n' +
    'The club now has 40 girl members.';

  it('answers where the girls changed with the room after "changed", not the new gym’s street', () => {
    const a = ask(gym, 'where did girls get changed in the old hall');
    expect(a.answer).toMatch(/vestry/);
  });
});
