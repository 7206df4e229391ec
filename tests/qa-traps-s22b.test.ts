/**
 * Trap questions (the article does not say) that a count of another group used to answer: each
 * case is a general form of English news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('how many people: those sent to answer an event are not the people it held', () => {
  const article =
    'date 2026-03-14\n\n' +
    'A fire tore through the old corn exchange in Halbury on Friday, destroying the roof of the hall.\n\n' +
    'The fire started shortly before 10 pm and took more than 120 firefighters nearly seven hours to bring under control, the county fire service said.\n\n' +
    'The hall was hosting a craft fair that day, and around 600 visitors were led out safely by stewards.';

  it('“how many people were inside the hall when the fire started?” is declined: the firefighters were sent to it', () => {
    const a = ask(article, 'How many people were inside the hall when the fire started?');
    expect(a.answered).toBe(false);
  });

  it('“how many firefighters did it take to bring the fire under control?” is still answered by that count', () => {
    const a = ask(article, 'How many firefighters did it take to bring the fire under control?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('120');
    expect(a.sources[0]?.text).toContain('more than 120 firefighters');
  });

  it('“how many visitors were led out?” is still answered', () => {
    const a = ask(article, 'How many visitors were led out of the hall?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('600');
    expect(a.sources[0]?.text).toContain('around 600 visitors');
  });
});
