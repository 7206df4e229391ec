/**
 * Yes/no verdicts read from the whole clause that tells the asked act, with its verb and its
 * subject, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a verdict reads the clause with its verb and its subject', () => {
  const article =
    'date 2026-03-09\n\nA spring festival in Ardley will be scaled back this year after its main sponsor pulled out, organisers said.\n\n' +
    'Smaller events, such as the lantern parade along the canal towpath, will still take place.\n\n' +
    'A storm flooded the Ardley showground on Friday night.\n\n' +
    'Two marquees, each holding about 300 people, were wrecked by the wind.\n\n' +
    'One steward, aged 58, was taken to hospital with a cut to his head.\n\n' +
    'Tickets will go on sale on 1 April.';

  it('gives the verb of a clause whose asked thing stands in an aside', () => {
    const a = ask(article, 'Is the lantern parade still happening?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('will still take place');
  });

  it('gives the subject of a clause that starts at its verb after an aside', () => {
    const a = ask(article, 'Was anyone taken to hospital?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('One steward');
  });
});

describe('a clause telling the opposite of the asked act answers though the asked verb is nowhere', () => {
  const article =
    'date 2026-02-11\n\nA ferry company in Orrin has cut its winter timetable after a fall in passenger numbers, its managing director said.\n\n' +
    'Passenger numbers on the island route fell by 12% last year, according to figures published on Monday.\n\n' +
    'The company said fares would stay the same until April.';

  it('says no to a rise from a clause telling a fall', () => {
    const a = ask(article, 'Did passenger numbers go up?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: .*fell by 12%/);
  });
});

describe('antonyms of state and change, in the clause that tells them', () => {
  const article =
    'date 2026-05-20\n\nA Ming vase stolen from a museum in Harwick last month has been returned, police said.\n\n' +
    'The vase, which the museum bought at auction in 1990 for £40,000, was returned undamaged to the museum on Friday morning.\n\n' +
    'Two men have been charged with burglary.\n\n' +
    'The economy of the region grew by 2% last year, while tourist numbers shrank by a tenth.';

  it('says no to damage from a clause saying the thing came back undamaged', () => {
    const a = ask(article, 'Was the vase damaged?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: .*undamaged/);
  });

  it('says no to growth from a clause telling a shrinking', () => {
    const a = ask(article, 'Did tourist numbers grow?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: .*shrank/);
  });
});

describe('a negation bears on the phrase it opens, not only on the next word or two', () => {
  const article =
    'date 2026-07-02\n\nA fire at a paint factory in Dunmore sent black smoke over the town on Tuesday, the fire service said.\n\n' +
    'The energy minister said there was no immediate risk of petrol shortages at filling stations in the region.\n\n' +
    'The factory owner said he had not yet been formally told of the cause.\n\n' +
    'Schools stayed open, and no homes would be evacuated, officials said.';

  it('says no from a negation that opens a long noun phrase', () => {
    const a = ask(article, 'Will there be petrol shortages?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: .*no immediate risk of petrol shortages/);
  });

  it('says no from a negation in the verb group of the asked act', () => {
    const a = ask(article, 'Has the owner been told the cause?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: .*not yet been formally told/);
  });
});

describe('what “rather than” or “instead of” sets against the told act did not happen', () => {
  const article =
    'date 2026-04-08\n\nA village hall in Cressby will reopen next month after a two-year rebuild, its trustees said.\n\n' +
    'The new roof, which cost £90,000, was paid for by a lottery grant rather than by local taxpayers.\n\n' +
    'Volunteers laid the new floor themselves instead of hiring a contractor.';

  it('says no to the payer that “rather than” sets aside', () => {
    const a = ask(article, 'Did local taxpayers pay for the roof?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: /);
  });

  it('says no to the act that “instead of” sets aside', () => {
    const a = ask(article, 'Did they hire a contractor for the floor?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: /);
  });
});

describe('an ordinal counted over time tells whether the thing happened before', () => {
  const article =
    'date 2026-01-19\n\nHigh tides flooded the promenade at Wexcombe on Sunday night, leaving cafés and beach huts under water.\n\n' +
    'It was the fourth flood on the promenade in three years, according to the town council.\n\n' +
    'The lifeboat crew was called out to a stranded kayaker in the bay during the storm.\n\n' +
    'It was the first time the crew had been launched in the dark since the station opened.\n\n' +
    'This is not the first time the beach huts have been damaged by the sea.';

  it('says yes to “before” from “the fourth flood … in three years”', () => {
    const a = ask(article, 'Has the promenade flooded before?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes: .*fourth flood/);
  });

  it('says no to “before” from “the first time”', () => {
    const a = ask(article, 'Had the lifeboat crew been launched in the dark before?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: .*first time/);
  });

  it('says yes to “before” from “not the first time”', () => {
    const a = ask(article, 'Have the beach huts been damaged by the sea before?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes: .*not the first time/);
  });
});

describe('denials in other words than “not”', () => {
  const article =
    'date 2026-08-12\n\nA light aircraft made an emergency landing in a field near Tolby on Sunday, the air accident branch said.\n\n' +
    'Investigators found no evidence that the pilot had been drinking.\n\n' +
    'The farmer keeps 40 cows in the field, and said none of them would be sold because of the scare.\n\n' +
    'The pilot refused to speak to reporters at the scene.';

  it('says no from a denied finding', () => {
    const a = ask(article, 'Had the pilot been drinking?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: /);
  });

  it('says no from a refusal of the asked act', () => {
    const a = ask(article, 'Did the pilot speak to reporters?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: /);
  });

  it('says no from “none of them” before the asked act', () => {
    const a = ask(article, 'Will the cows be sold?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: .*none of them/);
  });
});
