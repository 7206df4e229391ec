/**
 * Tie-breaks between two sentences that each hold a value of the asked kind: the one whose value
 * the question's own act holds answers. Invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a place written right after the asked verb answers ahead of a place another verb holds', () => {
  const opera =
    'date 2026-04-20\n\nA comic opera written by a Ruddleby schoolteacher in the 1920s is to be performed for the first time.\n\n' +
    "The Marsh Singers were given the rights to stage the opera by the teacher's grandson, Osgar Vantress, who lives in Dunholm.\n\n" +
    'Rehearsals began in January.\n\n' +
    'The opera will be staged in the Weyburn Assembly Rooms, with four performances in June.\n\n' +
    'Tickets go on sale next week.';

  it('answers where the opera is staged with the hall after "staged", not where the grandson lives', () => {
    const a = ask(opera, "and where's the opera being staged");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Weyburn Assembly Rooms/);
    expect(a.answer).not.toMatch(/Dunholm/);
  });
});
