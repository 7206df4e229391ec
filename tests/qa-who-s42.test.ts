/**
 * "Who" questions (round 42): general ways news names the one who runs, heads or chairs
 * something, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a title standing for the asked verb of running a place or a body', () => {
  const walkers =
    "date 2026-03-09\n\nA new fence has cut off a path that walkers in Tessendale have used for a century, and the walkers' group says the landowner has ignored its letters.\n\n" +
    '"We have written three times and heard nothing back, and our members are running out of patience," said its general secretary, Bronwen Tallis-Ward.\n\n' +
    'The county council is looking into the complaint.';

  it('answers “who heads the walkers’ group” with the one titled its general secretary', () => {
    const a = ask(walkers, "who heads the walkers' group");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Bronwen Tallis-Ward/);
  });
});
