/**
 * "How much" money questions priced by a period or a payer ("a monthly pass", "an adult place"),
 * and "from now on" as a question on what is to come, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a sum followed by the asked period or payer is that price', () => {
  const article =
    'date 2026-04-02\n\nA village lido in Dunsallow Fen will reopen on Saturday after a two-year restoration by volunteers.\n\n' +
    'Regular swimmers pay £18 a month for unlimited early-morning sessions.\n\n' +
    'Guided nature swims run every Sunday morning and cost £7 for adults and £4 for children, with booking at the kiosk.\n\n' +
    'The restoration was led by retired engineer Orlaith Brummage, 71, who said the pool had been "a labour of love".';

  it('answers a monthly subscription by the sum paid a month', () => {
    const a = ask(article, 'how much is the monthly subscription');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/£18/);
  });

  it('answers an adult ticket by the sum for adults', () => {
    const a = ask(article, 'how much is an adult ticket for the nature swim');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/£7/);
  });

  it('still declines a weekly ticket, a period the article never prices by', () => {
    expect(ask(article, 'how much is a weekly ticket for the sauna').answered).toBe(false);
  });
});

describe('a sum after a verb of change is not the asked price', () => {
  const article =
    'date 2026-05-11\n\nTraders at the Brackfold Lane covered market face higher rents from June, the borough council has confirmed.\n\n' +
    'Double units at the front of the hall will rise from £150 to £205 a week.\n\n' +
    'The council said the rise would pay for a new roof and better lighting.';

  it('declines a weekly price of a plain pitch given only for double units', () => {
    expect(ask(article, 'how much is a plain pitch going to cost per week').answered).toBe(false);
  });
});

describe('"from now on" asks what is to come', () => {
  const article =
    'date 2026-02-20\n\nThe Harnock Water ferry will keep running after a six-month trial, the county council said on Thursday.\n\n' +
    'From April the crossing will be funded by the council at a cost of roughly £310,000 a year, covering crew, fuel and a spare vessel.\n\n' +
    'Passenger numbers during the trial beat forecasts by a quarter, the council said.';

  it('answers what the service will cost a year from now on by the planned sum', () => {
    const a = ask(article, 'what is the crossing going to cost a year from now on');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/£310,000/);
  });
});

describe('a sum written with its sign keeps the period after it', () => {
  const article =
    'date 2026-05-09\n\nA community bakery in Quarnby Brig has signed up its 200th bread subscriber.\n\n' +
    'Subscribers pay £14 a month for two loaves a week, collected from the shop on Fridays.\n\n' +
    'The bakery opened in a former bank in 2023.';

  it('answers what subscribers pay with the period, not a sum cut off at “a”', () => {
    const a = ask(article, 'how much do subscribers pay');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/£14 a month/);
  });
});
