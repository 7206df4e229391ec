/**
 * "Why was she at the bakery?": why someone was at a place is told by the errand that took them
 * there, after a verb of going, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('why someone was at a place is the errand after their verb of going', () => {
  const bakery =
    'date 2026-03-14\n\nA family bakery on Tolworth Parade was gutted by fire in the early hours of Friday, and its owners hope to trade from a market stall within a fortnight.\n\n' +
    'Gellibrand Tapsworth, who supplies the shop with flour, said he had come round to drop off sacks for the weekend bake and found smoke pouring from under the shutters.\n\n' +
    'Nobody was inside the building, and the cause is being investigated.';

  it('answers why he was at the bakery by what he had come round to do', () => {
    const a = ask(bakery, 'why was he at the bakery that morning');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^to drop off sacks/);
  });

  const school =
    'date 2026-01-09\n\nPupils at Harrock Primary School will stay at home until Wednesday after a tank in the roof split and soaked four classrooms.\n\n' +
    'The school’s bursar, Morwenna Yelverton, had driven back to collect a laptop from her office on Sunday evening and found water pouring through a ceiling light.\n\n' +
    'Insurers have been told, and lessons are to be set online.';

  it('answers why she was in the school from an errand told after "driven back"', () => {
    const a = ask(school, 'why was the bursar in the school on Sunday');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^to collect a laptop/);
  });

  const regatta =
    'date 2026-07-19\n\nRowing at the Ravensbourne regatta was stopped at noon when a thunderstorm crossed the river.\n\n' +
    'Umpires waved the crews back to the landing stage, and one coach walked over to ask when racing would restart.\n\n' +
    'Organisers said the rules do not allow boats on the water while lightning is within ten miles.';

  it('does not read a question of an act halted at a time as one of presence', () => {
    const a = ask(regatta, 'why was racing stopped at the regatta');
    expect(a.explanation.rule).not.toContain('errand');
  });
});
