/**
 * Follow-up questions answered from invented news prose: each case is a general form of English
 * conversation the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInTurn } from './qa-helpers.js';

describe('follow-ups: a question asking more of the last answer’s figure is answered from its sentence', () => {
  const article =
    'date 2025-03-10\n\n' +
    'A gas explosion tore through a bakery on Mill Street in Dunmore early on Friday.\n\n' +
    'Four people died and 17 were injured in the blast, fire crews said.\n\n' +
    'Last year 9 people were injured in road accidents in the town.\n\n' +
    'The street was reopened to traffic on Sunday evening.';

  it('"How many people died in the blast?" then "and how many were injured?" is answered from the same sentence', () => {
    const a = askInTurn(article, 'How many people died in the blast?', 'and how many were injured?');
    expect(a.answered).toBe(true);
    expect(a.answer).not.toContain('9 people');
    expect(a.sources[0]?.text).toContain('17 were injured');
  });
});
