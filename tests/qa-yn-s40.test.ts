/**
 * Yes/no questions over invented news prose, never an article's own words: a price waived in the
 * short sentence after the one telling of the thing.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const HEAD = 'date 2026-09-02\n\n';

describe('a price waived in the sentence after the thing it prices', () => {
  const article =
    HEAD +
    'A steam engine rally returns to Quellinghurst this month after a four-year gap, with free shuttle buses from the station.\n\n' +
    'Organisers said about 60 traction engines and a fairground organ would take part, along with a vintage tractor parade on the Sunday afternoon.\n\n' +
    'Families can walk with paper lanterns through the beech wood at dusk on Sunday to close the weekend. Admission is free, though donations to the village school are welcome.\n\n' +
    'Parking in the showground costs £8 a car, and blue badge holders park free.';

  it('answers “do I have to pay” no by the next sentence calling it free', () => {
    const a = ask(article, 'do you have to pay to walk with a lantern through the beech wood');
    expect(a.answer).toMatch(/^No: Admission is free/);
    expect(a.sources[0].text).toMatch(/^Admission is free/);
  });

  it('answers “does it cost anything” the same way', () => {
    const a = ask(article, 'does it cost anything to walk through the beech wood with the lanterns');
    expect(a.answer).toMatch(/^No: Admission is free/);
  });
});

describe('a free thing named before its noun is not the asked price', () => {
  it('never answers by a free thing beside the asked one', () => {
    const article =
      HEAD +
      'A furniture charity in Tobermoss has begun taking old sofas away from homes across the town.\n\n' +
      'Its van calls on Tuesdays and Fridays to pick sofas up. A free mattress bag comes with every booking.\n\n' +
      'Each pickup costs £15, or £5 for pensioners, the charity’s manager, Wendell Oddicombe, said.';
    const a = ask(article, 'do you have to pay to have a sofa taken away');
    expect(a.answer).not.toMatch(/^No: A free mattress bag/);
  });
});
