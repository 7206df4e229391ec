/**
 * "What did X say about Y" questions: general ways news gives a speaker's words on the asked topic
 * among her words on other things, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('the speaker’s words that speak of the asked topic answer over her words on something else', () => {
  const article =
    'date 2026-04-11\n\nThe public swimming pool in Carrowby closed without warning on Monday after a crack was found in the main tank, leaving about 600 members without a pool.\n\n' +
    'Ruth Penhale, 52, a baker who had driven to the pool with her two young daughters, said many people had heard about the closure too late. ' +
    '“We only found out when the attendant locked the doors in front of us,” she said. ' +
    '“My youngest cried all the way home, and she keeps asking when the pool will open again.”\n\n' +
    'The council said repairs would take at least four months.';

  it('answers what she said about her youngest daughter with her words about her youngest', () => {
    const a = ask(article, 'What did Ruth Penhale say about her youngest daughter?');
    expect(a.answer).toMatch(/My youngest cried/);
  });
});
