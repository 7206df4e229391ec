/**
 * General mechanisms of English and of news writing behind misses on an unseen batch, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a percent sign after no number stands for “percentage”', () => {
  const article =
    'date 2026-04-02\n\nA new bus timetable for the Ferrow valley will start on Monday, the county council said.\n\n' +
    'Buses will run every 20 minutes between Ferrow and Ludby during the day, up from every half hour.\n\n' +
    'In a survey of 800 passengers, 64 per cent said they would use the bus more often if it ran later in the evening.\n\n' +
    'The last bus from Ludby will now leave at 11.10pm.';

  it('reads “what % of …” as a share', () => {
    const a = ask(article, 'what % of passengers would use the bus more often');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('64 per cent');
  });
});
