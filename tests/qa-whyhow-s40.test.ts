/**
 * "Why" and "how" questions: general ways news tells the cause or the means of the asked act, each
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('how a thing came to be known is the clause behind its finding', () => {
  const honey =
    'date 2026-05-09\n\nA beekeeping cooperative in Quarrowby has withdrawn 3,000 jars of honey sold as local after tests showed much of it had been imported.\n\n' +
    'The cooperative’s chair, Hilda Odgers, apologised to customers and said refunds would be paid at the Saturday market.\n\n' +
    'The mix-up came to light in March, when a shopper with a pollen allergy paid a laboratory to test a jar.\n\n' +
    'Trading standards officers are now checking the labels of two other suppliers.';

  it('answers how the mix-up was discovered by what happened when it came to light', () => {
    const a = ask(honey, 'how was the mix-up discovered');
    expect(a.answer).toMatch(/shopper with a pollen allergy/);
  });

  const lido =
    'date 2026-08-21\n\nThe open-air lido in Pellowdene will stay shut until September while engineers repair a burst pipe beneath the main pool.\n\n' +
    'Around 40,000 litres of water drained away over the weekend, the council said.\n\n' +
    'The leak was not detected until Tuesday, when a lifeguard saw that the water had fallen below the tiled edge.\n\n' +
    'Season ticket holders will be offered free swims at the Brenlow leisure centre.';

  it('answers how they found out from a finding told "not … until …, when"', () => {
    const a = ask(lido, 'how did they find out about the leak');
    expect(a.answer).toMatch(/lifeguard saw/);
  });

  const spire =
    'date 2026-02-03\n\nScaffolding will go up around the spire of St Cuthbert’s Church in Tarbury next month after cracks were spotted in its stonework.\n\n' +
    'The repairs are expected to cost about £180,000, and the parish has applied for a heritage grant.\n\n' +
    'The damage was first noticed during a drone survey of the roof paid for by the Venmoor Trust.\n\n' +
    'Bell ringing has been suspended until the work is finished.';

  it('answers how the cracks were found by the survey they were noticed during', () => {
    const a = ask(spire, 'how were the cracks found');
    expect(a.answer).toMatch(/drone survey/);
  });
});
