/**
 * "Why" and "how" questions: general ways news gives the reason or the means of the asked act, each
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a “where” clause after the asked place tells why things went as they did there', () => {
  const article =
    'date 2026-05-11\n\nA bakery chain in Dunmarrow will close its last branch on the quay next month.\n\n' +
    'The firm said trade had been strong in the town centre, and it would open a second shop on Fellgate Road.\n\n' +
    'Staff at the quay branch have been offered jobs at the other shops, the owner, Ilse Varrow, said.\n\n' +
    'Customers have stopped coming to the old harbour front, where most of the car parks were closed in 2024.\n\n' +
    'The branch opened in 1998.';

  it('answers why customers stopped coming with what happened on the harbour front', () => {
    const a = ask(article, 'why have customers stopped coming to the harbour front');
    expect(a.answer).toMatch(/^most of the car parks were closed/);
  });

  it('answers in other words for the asked act', () => {
    const a = ask(article, 'why are shoppers staying away from the harbour front');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/car parks were closed/);
  });

  it('does not read a question asked within a sentence as a clause on a place', () => {
    const told =
      'date 2026-05-11\n\nA farmer in Harnby has found a rock older than the oceans while ploughing a field.\n\n' +
      'The rock was easy to spot, lying on its own in a strip of freshly turned soil.\n\n' +
      '"Rocks like this show us where the first salt may have come from," said Dr Oren Malk, a geologist.\n\n' +
      'The rock will go on show at the town museum in June.';
    const a = ask(told, 'why do rocks like this matter');
    expect(a.answer).not.toMatch(/salt may have come from/);
  });
});
