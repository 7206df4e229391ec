/**
 * Yes/no questions: general ways news tells (or only seems to tell) the asked act, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a near synonym of news tells the asked act as its own word would', () => {
  const pub =
    'date 2026-06-03\n\nThe lights over the beer garden of the Talfryn Arms in Ormsgill will go off at 10pm from now on, ending a two-year row with neighbours.\n\n' +
    'The pub’s owner, Morwenna Quaile, had argued that the lamps kept drinkers safe on the steps to the river.\n\n' +
    'At a licensing hearing on Wednesday she conceded after a council officer played a film of the glare from a bedroom opposite.\n\n' +
    'The pub keeps its late licence.';

  it('answers whether she admitted defeat from the clause saying she conceded', () => {
    const a = ask(pub, 'did she admit defeat?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes/);
    expect(a.sources[0].text).toContain('she conceded');
  });

  it('answers so when the question names her', () => {
    const a = ask(pub, 'did quaile admit defeat?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes/);
  });
});

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
