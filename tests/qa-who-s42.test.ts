/**
 * "Who" questions (round 42): general ways news names the one who runs, heads or chairs
 * something, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a title standing for the asked verb of running a place or a body', () => {
  const cafe =
    'date 2026-02-14\n\nA riverside cafe in Pellowick has raised £2,600 for the town lifeboat by selling soup to walkers through the winter.\n\n' +
    'The town council closed the lane between the old bridge and the Copper Kettle for two days in January while workers repaired a burst pipe.\n\n' +
    'Owners of the Copper Kettle, Imogen and Ravi Deshmane, said they had served more than 900 bowls since November from a stall set up on the towpath, giving every penny to the crew.\n\n' +
    'The lifeboat station plans to spend the money on new drysuits.';

  it('answers “who runs the copper kettle” with its owners, though the sentence never says “run”', () => {
    const a = ask(cafe, 'who runs the copper kettle');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Imogen and Ravi Deshmane/);
  });

  const gas =
    'date 2025-12-03\n\nHigh winds brought down trees across the Farrowdale hills on Tuesday night, blocking roads and cutting power lines.\n\n' +
    'About 2,100 homes were left without heating for most of Wednesday when a falling oak cracked a pipe near Holme Bridge, according to the gas network operator, Westmoor Gas Supply.\n\n' +
    'Schools in three villages stayed shut.';

  it('answers “who runs the gas network” with the operator named in apposition', () => {
    const a = ask(gas, 'who runs the gas network');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Westmoor Gas Supply/);
  });

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
