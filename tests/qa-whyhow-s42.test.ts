/**
 * Why and how questions: general ways news gives a cause or a means, each over invented news prose,
 * never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('why: what a thing is traced or linked to is its cause', () => {
  const kettles =
    'date 2026-06-09\n\nA homeware brand has asked customers to stop using about 40,000 electric kettles sold through its website since January.\n\n' +
    'Owners in several towns reported that the kettles cracked and leaked scalding water.\n\n' +
    'A spokesperson for Pemberlow Home said the cracking had been traced to a weak seam in the plastic jug, moulded at a plant that has since been closed.\n\n' +
    'Refunds will be paid within 28 days.';

  it('answers "why did the kettles crack" by what the cracking was traced to', () => {
    const a = ask(kettles, 'why did the kettles crack?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('a weak seam in the plastic jug');
  });

  const pond =
    'date 2026-08-21\n\nDozens of dead carp have been pulled from the boating pond in Orrington Park this week.\n\n' +
    'A dog walker saw the carp belly-up by the bandstand on Monday morning.\n\n' +
    'The deaths were linked to a sharp drop in oxygen after a week of hot, still weather, the park trust said.\n\n' +
    'Pumps have been brought in to stir the water until the weather cools.';

  it('answers "why are the fish dying" by what the deaths were linked to', () => {
    const a = ask(pond, 'why are the fish dying?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('a sharp drop in oxygen');
  });
});
