/**
 * Wrong sentences read off a batch of answered misses: each case is a general form of news writing
 * the ranking or the extraction reads, over invented prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('"how many": a count written as a number over an order of size in the lead', () => {
  const article =
    'date 2025-11-08\n\nSeveral hundred fans were turned away from the Arden Stadium gates on Saturday evening after a ticketing system failed before the cup final.\n\n' +
    'The club said the fault began at about 5 p.m., when the scanners at four of the six entrances stopped reading tickets.\n\n' +
    'By kick-off, an estimated 2,300 fans had been turned away, stewards said.\n\n' +
    'The club has promised refunds and said it would review its contract with the ticketing firm.';

  it('answers with the estimated count, not "several hundred"', () => {
    const a = ask(article, 'How many fans were turned away?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('2,300');
  });
});

describe('"when": a time followed by "a week after" is of the act before it, not of the one after', () => {
  const article =
    'date 2025-11-08\n\nThe manager of the Colby water works resigned on Friday, two weeks after inspectors found lead in the tap water of three schools.\n\n' +
    'The council said the inspectors took their samples on October 21 and sent them to a laboratory in Arden.\n\n' +
    'The water board has promised to replace the old pipes by the spring.';

  it('does not give the resignation’s day for when the lead was found', () => {
    const a = ask(article, 'When did inspectors find lead in the water?');
    expect(a.answer).not.toContain('Friday');
  });
});

describe('"who": the sentence that writes the name in full over one that gives only the surname', () => {
  const article =
    'date 2025-09-14\n\nTalks between the two rail unions and the operator Nordline resumed on Monday in Arden, after a strike that halted trains for three days.\n\n' +
    'The talks are being chaired by the former labour minister Ada Brandt, 64, and a retired judge, Tomas Ekdal.\n\n' +
    'The unions want a pay rise of 9 percent over two years, while Nordline has offered 5 percent.\n\n' +
    'Brandt said the chairs of the talks had given both sides until Friday to agree on a deal.';

  it('cites the sentence naming Ada Brandt in full', () => {
    const a = ask(article, 'Who is chairing the talks?');
    expect(a.answer).toBe('Ada Brandt');
    expect(a.sources[0]?.text).toContain('chaired by the former labour minister');
  });
});

describe('"altogether": the value written as the whole over one for a part of it', () => {
  const article =
    'date 2026-03-10\n\nThe national banking watchdog on Monday fined three lenders a combined 40 million marks for overcharging customers on overdrafts.\n\n' +
    'The largest fine, 18 million marks, was imposed on Harbury Bank, the country’s oldest lender.\n\n' +
    'The watchdog said the lenders had overcharged about 200,000 customers between 2019 and 2023.';

  it('answers with the combined fine', () => {
    expect(ask(article, 'How much were the lenders fined altogether?').answer).toBe('40 million marks');
  });
});
