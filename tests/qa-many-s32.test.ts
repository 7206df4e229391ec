/**
 * "How many" questions: general ways news tells a count, and counts of another thing or another act
 * that answer nothing, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a count some other act was done to is not what a body holds', () => {
  const article =
    'date 2026-03-04\n\nThe regional airline Tamsholt Air cancelled dozens of flights on Tuesday after a strike by baggage handlers at its home airport.\n\n' +
    'The airline said it had leased three aircraft from a rival carrier so that its summer timetable could go on.\n\n' +
    'Union leaders said about 600 handlers had joined the walkout and that talks would resume on Friday.';

  it('declines how many planes the airline has from the aircraft it leased', () => {
    const a = ask(article, 'How many planes does Tamsholt Air have?');
    expect(a.answered).toBe(false);
  });

  it('still answers how many handlers joined the walkout', () => {
    const a = ask(article, 'How many handlers joined the walkout?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/600/);
  });
});

describe('a count after a preposition of another thing is not what a firm employs', () => {
  const article =
    'date 2026-03-04\n\nThe packaging maker Drellmoor Boxes will close its factory in Ostby next year, the company said on Monday.\n\n' +
    'It said it would try to find jobs at its other sites for up to 250 workers from the Ostby factory.\n\n' +
    'The closure is the third in the region this year.';

  it('declines how many people work at the factory', () => {
    const a = ask(article, 'How many people work at the Ostby factory?');
    expect(a.answered).toBe(false);
  });
});

describe('a held count still answers', () => {
  const article =
    'date 2026-03-04\n\nThe regional airline Tamsholt Air cancelled dozens of flights on Tuesday after a strike by baggage handlers.\n\n' +
    'The airline, which operates 14 aircraft, said it would refund every passenger.\n\n' +
    'A spokesman said it would affect about 40 of the airline’s 120 daily flights.';

  it('answers how many planes the airline has from the aircraft it operates', () => {
    const a = ask(article, 'How many planes does Tamsholt Air have?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/14/);
  });
});
