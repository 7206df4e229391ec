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

describe('“what reason did she give”, “what set off” ask a cause as “why” does', () => {
  const article =
    'date 2026-03-03\n\nThe head of the Dobbinhurst water board, Ysanne Ketteridge, resigned on Monday after eight years in the post.\n\n' +
    'In a short letter to the board, Ketteridge said she was stepping down to spend more time caring for her elderly father.\n\n' +
    'Her deputy, Perpetua Sorrelby, will run the board until a successor is appointed.';
  const strike =
    'date 2026-03-05\n\nEngineers at the Dobbinhurst water board walked out on Wednesday in the first strike at the board for 20 years.\n\n' +
    'The strike was triggered by a decision in February to close two of the board’s four depots.\n\n' +
    'Managers said water supplies would not be affected.';

  it('answers what reason she gave for stepping down with the reason', () => {
    const a = ask(article, 'What reason did Ketteridge give for stepping down?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^to spend more time caring for her elderly father/);
  });

  it('answers what set off the strike with what triggered it', () => {
    const a = ask(strike, 'what set off the strike');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^a decision in February/);
  });
});

describe('a court report gives the offence after the sentence it passed', () => {
  const article =
    'date 2026-05-14\n\nA court in Tregothnan on Thursday sentenced the town’s former treasurer, Osric Pemmerly, to six years in prison for stealing from a fund for flood victims.\n\n' +
    'Pemmerly, 61, held the post from 2015 until his arrest in 2024.\n\n' +
    'Two of his former colleagues were cleared.\n\n' +
    'Dozens of people gathered outside to support the former treasurer.';

  it('answers what the former treasurer was convicted of from the sentence passed', () => {
    const a = ask(article, 'What was the former treasurer convicted of?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^stealing from a fund for flood victims/);
  });
});

describe('a question of the money’s use is answered where a use is told, not where money is only named', () => {
  const article =
    'date 2026-03-12\n\nA tool library where residents can borrow drills, ladders and tents has opened in the back room of Ravensmoor Library.\n\n' +
    'The scheme has been set up with £14,000 from the town council’s recycling fund, which paid for racks, a booking website and about 60 of the tools.\n\n' +
    'Members pay £10 a year and can borrow up to three items at a time.\n\n' +
    'Ravensmoor Library, which was built in 1907 with money from a local brewer, lost a day of its opening hours in 2024.';

  it('answers what the money paid for from the sentence telling what it paid for', () => {
    const a = ask(article, 'what did the money pay for');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^racks, a booking website/);
  });
});

describe('time spent is no use of money', () => {
  const article =
    'date 2026-07-30\n\nThe government of Quillhythe province will release 12 million crowns in emergency funding after a week of record heat.\n\n' +
    'Hospitals said they had treated more than 900 people for heatstroke since Saturday.\n\n' +
    'Ysanne Drabble, 84, told reporters that she spent last night on the stairs of her flat, and that the emergency funding had come too late.';

  it('does not answer what the funding will be spent on with where she spent the night', () => {
    const a = ask(article, 'What will the emergency funding be spent on?');
    expect(a.answer).not.toMatch(/stairs/);
  });
});
