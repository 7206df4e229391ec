/**
 * "When" questions whose right sentence was found but declined: general ways news tells a time
 * that the engine did not read as one, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a length after "in", told of what is to come, says when', () => {
  const article =
    'date 2026-11-03\n\nA chain ferry across the Tobermere estuary has been taken out of service after a cable snapped during a crossing on Sunday.\n\n' +
    'No passengers were hurt, but eleven cars were stranded on the far bank at Skellan until the evening.\n\n' +
    'Engineers say a replacement cable is due from the makers in five weeks, and the operator hopes to carry foot passengers on a hired launch in the meantime.\n\n' +
    'Pellowmarsh Harbour Board will look again at the ferry’s timetable in 18 months, a spokeswoman said.\n\n' +
    'Traffic over the estuary bridge has doubled in four years, according to the county council.';

  it('answers when the replacement cable will be here by the length after “due”', () => {
    const a = ask(article, 'when will the replacement cable be here');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/five weeks/);
  });

  it('answers when the board will look at the timetable again by the length after "will"', () => {
    const a = ask(article, 'when will the harbour board look at the timetable again');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/18 months/);
  });

  it('does not answer a past act by a span gone by ("doubled in four years")', () => {
    const a = ask(article, 'when did traffic over the bridge double');
    expect(a.answer).not.toMatch(/four years/);
  });
});
