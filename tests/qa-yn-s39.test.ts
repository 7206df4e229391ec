/**
 * Yes/no questions: an apology told in the word people say it in, over invented news prose, never
 * an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an apology is told by "sorry" as well as by "apologised"', () => {
  const bus =
    'date 2026-09-17\n\nThirty children from Quenwick were left at the roadside for an hour on Monday when their school bus failed to turn up.\n\n' +
    'The operator, Wychbury Coaches, blamed a driver shortage.\n\n' +
    'Its manager, Liesl Varnam, met parents at the village hall that evening. "Those children were let down, and I am sorry," she told them.\n\n' +
    'A spare driver has been hired for the rest of the term.';

  it('answers whether the manager apologised from her saying she is sorry', () => {
    const a = ask(bus, 'did the manager apologise?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes/);
    expect(a.sources[0].text).toContain('I am sorry');
  });

  const gym =
    'date 2026-11-05\n\nMembers of a leisure centre in Seftonhythe were charged twice for their October fees after a fault in a new payment system.\n\n' +
    'The centre says every member affected will be refunded by Friday.\n\n' +
    'Its owners have apologised in an email to all 1,900 members.';

  it('answers whether the owners said sorry from the clause saying they apologised', () => {
    const a = ask(gym, 'have the owners said sorry?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes/);
    expect(a.sources[0].text).toContain('apologised');
  });
});
