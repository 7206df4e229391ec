/**
 * "How long is the …?" asked of a thing the article measures under a kindred word ("vessel" for the
 * ferry, "route" for the road): invented news prose, no fixture's names or sentences.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a length written of a word related to the asked thing measures it', () => {
  const ferry =
    'date 2026-04-11\n\nA ferry carrying 140 passengers lost power in gales off Quenholt on Thursday and drifted for three hours before tugs reached it.\n\n' +
    'Coastguards said the ferry came within 2 kilometres of the rocks at Dunmaw Point before the first tow line held.\n\n' +
    'The 64-metre vessel was built in 1997 and serves the Orrwick crossing twice a day.\n\n' +
    'Its operator, Caddow Sea Links, said an engine room fire alarm had shut both engines down.';

  it('answers "how long is the ferry?" with the vessel’s own length, not a distance beside the ferry', () => {
    const a = ask(ferry, 'How long is the ferry?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/64-metre/);
    expect(a.sources[0]?.text).toMatch(/64-metre vessel/);
  });

  const ship =
    'date 2026-06-02\n\nA cargo ship that lost its steering in the mouth of the Vardock estuary was towed clear on Monday after blocking the channel for a day.\n\n' +
    'Pilots said small boats under 8 metres long were allowed past on the falling tide.\n\n' +
    'The 118-metre bulk carrier vessel Pellicar Star had been bound for Tarrisford with a load of grain.';

  it('reads a name after the measured noun as which one, not as the thing measured', () => {
    const a = ask(ship, 'how long is the ship');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/118-metre/);
    expect(a.sources[0]?.text).toMatch(/118-metre bulk carrier/);
  });

  const road =
    'date 2026-11-20\n\nThe county will stop salting the moor road above Skelmoss this winter to save £60,000, councillors decided on Tuesday.\n\n' +
    'Highways officers said the county salts about 900 miles of roads, and the cut removes 40 miles from the list.\n\n' +
    'Farmers say the 7-mile route over the top is the only way for milk tankers to reach the upper valley.';

  it('answers how long the road is from its length written as a route', () => {
    const a = ask(road, 'how long is the road');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/7-mile/);
  });
});
