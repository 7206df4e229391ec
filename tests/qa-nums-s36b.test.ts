/**
 * "How many" and "how much" questions: general ways news writes the count a question asks, each
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a count asked as added ("how many more") is the one the sentence marks as added', () => {
  const article =
    'date 2026-04-18\n\nA volunteer group has brightened the canal at Quarnley Lock after walkers complained it was too dark in winter.\n\n' +
    'Each winter the volunteers hang 120 lanterns along the towpath.\n\n' +
    'Once a grant from the canal trust comes through in the autumn, the volunteers will hang another 60 lanterns along the towpath between the lock and the old wharf, organiser Zennor Quillett said.';

  it('answers how many more lanterns with the added ones, not those hung each winter', () => {
    const a = ask(article, 'how many more lanterns are the volunteers hanging along the towpath');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/60 lanterns/);
  });

  it('still reads "more than" as a bound, not as added', () => {
    const a = ask(
      'date 2026-04-18\n\nMore than 300 millimetres of rain fell on the Harrowfell hills this week, the weather service said.\n\n' +
        'The weather service expects another 40 millimetres of rain to fall over the hills by Sunday.\n\n' +
        'Roads in the valley remain shut.',
      'how much more rain will fall on the hills',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/40 millimetres/);
  });
});
