/**
 * "What" questions: general ways news tells what such a question asks, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('the place a what-happened question names is where the lead’s event took place', () => {
  const article =
    'date 2026-02-17\n\nVandals have smashed eleven stained-glass windows at a 300-year-old chapel in the hamlet of Quillhythe, leaving the pews open to the rain.\n\n' +
    'The chapel was last restored in 1988, when its trustees raised £40,000 from a village fete and a sponsored walk.\n\n' +
    'Trustee Wilfred Pemmerly, 72, said the chapel had asked for a grant towards a £2,500 alarm last spring but had not yet had it fitted.\n\n' +
    'Police said they were checking footage from a camera on the nearby farm track.';

  it('answers what happened at the chapel from the lead that writes the chapel after its verb', () => {
    const a = ask(article, 'what happened at the chapel');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toMatch(/^Vandals have smashed/);
  });
});

describe('“what’s happened at” asks of the event there as “what happened at” does', () => {
  const article =
    'date 2026-01-22\n\nThree men in balaclavas forced their way into a jeweller’s shop in Hesketh Drabble on Tuesday afternoon and escaped with watches worth about £40,000.\n\n' +
    'The owner, Olwen Lennox, 51, was pushed to the floor but was not badly hurt.\n\n' +
    'The chairman of the Hesketh Drabble Traders’ Association, Wilfred Ketteridge, said members were worried the shops would be targeted again.\n\n' +
    'Police have asked anyone with doorbell footage to come forward.';

  it('answers whats happened at hesketh drabble from the lead', () => {
    const a = ask(article, 'whats happened at hesketh drabble');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toMatch(/^Three men in balaclavas/);
  });
});

describe('a sentence telling what money goes to names the money in its own word', () => {
  const article =
    'date 2026-06-09\n\nA sponsored swim across Yarnick Water has raised £6,400 for a village playgroup in Crennick Bay.\n\n' +
    'Twenty-two swimmers, the oldest of them 71, crossed the 2-kilometre lake on Saturday morning.\n\n' +
    'The playgroup needed £5,000 to replace the rotten fence around its garden, organiser Della Hughes said.\n\n' +
    'The surplus will go towards a sandpit and a set of outdoor easels.\n\n' +
    'The swimmers are already planning a second crossing next summer.';

  it('answers what they will spend the cash on from the sentence on the surplus', () => {
    const a = ask(article, 'what will they spend the cash on');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^a sandpit and a set of outdoor easels/);
  });
});
