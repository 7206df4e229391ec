/**
 * Yes/no questions over invented news prose, never an article's own words: an act told only as
 * meant ("had planned to", "was going to", "is booked in to") answers whether it was done no.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const HEAD = 'date 2026-11-03\n\n';

describe('an act told only as meant was not done', () => {
  const ferry =
    HEAD +
    'The skipper of the Tollbridge chain ferry has been given a long-service medal after steering the crossing for 38 years.\n\n' +
    'Osric Penwarden, 71, had intended to hand over the wheel last spring, but the crossing had no one trained to replace him.\n\n' +
    'He now hopes a second skipper will be found by Easter.';

  it('answers “did he hand over the wheel” no by “had intended to hand over”', () => {
    const a = ask(ferry, 'Did Osric hand over the wheel?');
    expect(a.answer).toMatch(/^No: .*intended to hand over/);
  });

  const orchard =
    HEAD +
    'Volunteers at the Wyndcombe community orchard have lost a third of their young trees to deer this winter.\n\n' +
    'Coordinator Seraphine Tregarrow said the group was going to fence the lower field in the autumn, before a grant fell through.\n\n' +
    'Tree guards donated by a nursery in Pelstow will be fitted next month.';

  it('answers “did they fence the field” no by “was going to fence”', () => {
    const a = ask(orchard, 'did the group fence the lower field?');
    expect(a.answer).toMatch(/^No: .*going to fence/);
  });

  const bells =
    HEAD +
    'The six bells of St Ismay’s church in Trelask have been taken down for the first time in a century.\n\n' +
    'The tenor bell, cracked since a storm in 2019, has been booked in to be recast at a foundry next spring.\n\n' +
    'Ringers will practise on handbells until the work is done.';

  it('answers “has the bell been recast yet” no by “booked in to be recast”', () => {
    const a = ask(bells, 'has the tenor bell been recast yet?');
    expect(a.answer).toMatch(/^No: .*booked in to be recast/);
  });

  it('still answers yes where the act is told as done', () => {
    const done = HEAD + 'The tenor bell of St Ismay’s church in Trelask, cracked since a storm in 2019, was recast at a foundry last spring.\n\nRingers rang it again on Sunday.';
    const a = ask(done, 'has the tenor bell been recast?');
    expect(a.answer).toMatch(/^Yes: /);
  });
});
