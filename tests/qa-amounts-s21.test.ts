/**
 * How-many and how-much questions answered, or declined, from invented news prose: each case is a
 * general form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('how many people live in a place: a population, said by a word of dwelling', () => {
  const opening =
    'date 2025-06-14\n\n' +
    'The restored lighthouse at Pellmouth was lit again on Saturday for the first time in 40 years, the harbour board said.\n\n' +
    'The work took three years and cost about 4 million crowns, most of it raised by local families.\n\n' +
    'The keeper, Edda Rusk, 58, said the light could be seen 30 kilometres out to sea.\n\n';

  it('declines “how many people live in Pellmouth” from a crowd at a ceremony broadcast live', () => {
    const a = ask(opening + 'About 2,400 people gathered on the quay in Pellmouth for the ceremony, which was broadcast live on local radio.', 'How many people live in Pellmouth?');
    expect(a.answered).toBe(false);
  });

  it('answers “how many people live in Pellmouth” from “home to about 7,200 people”', () => {
    const a = ask(opening + 'Pellmouth is home to about 7,200 people.', 'How many people live in Pellmouth?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('7,200');
    expect(a.sources[0]?.text).toContain('home to about 7,200 people');
  });

  it('still answers from the verb itself: “about 7,200 people live in Pellmouth”', () => {
    const a = ask(opening + 'About 7,200 people live in Pellmouth, most of them in fishing families.', 'How many people live in Pellmouth?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('7,200 people live in Pellmouth');
  });
});

describe('what is the X rate: a percentage says it is a rate, not which one', () => {
  const opening =
    'date 2025-04-09\n\n' +
    'The city council of Morvale approved a new ferry terminal on Wednesday after a two-year debate, the mayor said.\n\n' +
    'The terminal will cost 80 million crowns and open in 2028.\n\n';

  it('declines “what is the interest rate on the loan” from the share of the cost a loan pays', () => {
    const a = ask(opening + 'Forty percent will come from a loan by the Coastal Investment Bank and the rest from the harbour fund.', 'What is the interest rate on the loan?');
    expect(a.answered).toBe(false);
  });

  it('still answers it where the sentence names the interest rate', () => {
    const a = ask(opening + 'The loan from the Coastal Investment Bank carries an interest rate of 3.5 percent, the council said.', 'What is the interest rate on the loan?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('3.5 percent');
    expect(a.sources[0]?.text).toContain('interest rate of 3.5 percent');
  });

  it('answers from “the figure” that goes on about the rate the sentence before names', () => {
    const a = ask(opening + 'Across Morvale the recycling rate is 52 percent, the council said.\n\nIn the Harbour district the figure is 37 percent.', 'What is the recycling rate in the Harbour district?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('37 percent');
    expect(a.sources[0]?.text).toContain('the figure is 37 percent');
  });
});

describe('how much did it fall: a change needs a word of change in the sentence', () => {
  const opening =
    'date 2025-05-20\n\n' +
    'The food maker Tamsen Foods recalled 40,000 jars of baby food on Monday after glass was found in two of them, the safety agency said.\n\n' +
    'No children were hurt, the agency said.\n\n';

  it('declines “how much did the shares fall” from what the recall will cost', () => {
    const a = ask(opening + 'The recall will cost Tamsen Foods, whose shares are listed in Orlen, about 12 million euros, the company said.', 'How much did Tamsen Foods shares fall?');
    expect(a.answered).toBe(false);
  });

  it('still answers it from “shares … fell 6 percent”', () => {
    const a = ask(opening + 'Shares in Tamsen Foods fell 6 percent in Orlen trading after the announcement.', 'How much did Tamsen Foods shares fall?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('6 percent');
    expect(a.sources[0]?.text).toContain('fell 6 percent');
  });
});
