/**
 * "When" questions, round 35 (second pass): a month or a day told as still to come is dated
 * forward, and a sentence's only time answers where it holds the whole question but its verb.
 * Over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a month or a day in a clause about the future is dated forward', () => {
  const inhaler =
    'date 2026-11-10\n\nRegulators in Brendavia have approved a new asthma inhaler made by Korlin Health.\n\n' +
    'The company said it expected the inhaler to be available in chemists from March.\n\n' +
    'Trials at nine clinics found it cut night-time attacks by a third.';

  it('answers “when will it be available” with a month after the article’s, the verb’s object between', () => {
    const a = ask(inhaler, 'When will the inhaler be available in chemists?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/March \(2027-03\)/);
  });

  const mourning =
    'date 2026-03-03\n\nA landslide has buried six houses in the hill town of Varsko, killing four people.\n\n' +
    'The town’s mayor, Grete Korven, declared a day of remembrance for Friday and opened a fund for families who lost their homes.\n\n' +
    'Rescue teams worked through the night.';

  it('answers when a day set aside “for Friday” will be held', () => {
    const a = ask(mourning, 'When will the day of remembrance be held?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Friday/);
  });

  const ferry =
    'date 2026-01-14\n\nThe island ferry between Holmsey and Brea Point will stop running on Sundays.\n\n' +
    'Councillors voted to cut the service to save money.\n\n' +
    'From April, the boats will sail only on weekdays.';

  it('dates a month opening a sentence in the future forward', () => {
    const a = ask(ferry, 'When will the boats sail only on weekdays?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/April \(2026-04\)/);
  });
});

describe('a sentence’s only time, where it holds all the question but its verb', () => {
  const tower =
    'date 2026-05-20\n\nThe closure of the old radio masts on Quantock Fell is due to be completed by August 2028.\n\n' +
    'Engineers will switch off the smaller masts first, the broadcaster said.\n\n' +
    'Listeners will need a digital set.';

  it('answers when the masts will be switched off with the sentence’s one time', () => {
    const a = ask(tower, 'When will the old radio masts on Quantock Fell be switched off completely?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/August 2028/);
  });
});
