/**
 * "How many" questions: general reasons a count answers the asked one, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a count of the asked noun told in other words for the act', () => {
  const article =
    'date 2026-03-10\n\nA cargo ship lost power and drifted onto rocks near Dunmore Head on Monday night, the coastguard said.\n\n' +
    'Its 17 crew members were lifted to safety by helicopter before dawn, and none needed hospital treatment.\n\n' +
    'The coastguard has rescued walkers from the same cliffs several times this year, a spokesperson said.\n\n' +
    'Salvage teams will try to refloat the vessel at high tide on Thursday.';

  it('answers how many sailors were rescued from the crew lifted to safety', () => {
    const a = ask(article, 'How many sailors were rescued?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('17');
  });

  it('still declines a count of people the article never counts', () => {
    expect(ask(article, 'How many people were rescued?').answered).toBe(false);
  });
});
