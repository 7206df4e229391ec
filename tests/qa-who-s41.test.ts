/**
 * "Who" questions: general ways news names the one who did the asked act, each over invented
 * news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('the doer after "by" of the asked verb, where the sentence calls the asked thing otherwise', () => {
  const contest =
    'date 2026-08-30\n\nBakers across the Drossholm valley have until Friday to enter the village show pie contest, which returns after a two-year break.\n\n' +
    'Each one will be judged on Saturday by Prudence Okwuosa-Lee, who runs the kitchen at the Plovermere Hotel.\n\n' +
    'The winner receives a silver ladle and £150.';

  it('answers “who will judge the pies” with the judge named after “by”', () => {
    const a = ask(contest, 'who will judge the pies');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Prudence Okwuosa-Lee/);
  });

  const footbridge =
    'date 2025-11-02\n\nThe footbridge over the Wendle at Crayside will reopen on Saturday, six weeks after floodwater tore away its handrails.\n\n' +
    'Its deck and piers were inspected last week by Torvald Emberley-Ash, who found no cracks.\n\n' +
    'New oak rails were fitted by volunteers from the canoe club.';

  it('answers “who inspected the crossing” with the one named after “by”, the sentence naming only its deck and piers', () => {
    const a = ask(footbridge, 'who inspected the crossing');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Torvald Emberley-Ash/);
  });

  it('still declines where no sentence tells the asked act', () => {
    const a = ask(footbridge, 'who painted the crossing');
    expect(a.answered).toBe(false);
  });
});
