/**
 * Traps: questions an article leaves unanswered while sharing its words. Each test is over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a date alone does not answer what a thing is', () => {
  const article =
    'date 2026-03-11\n\nNurses in Vallemor have accepted a pay offer that ends a four-month dispute with the regional health board.\n\n' +
    'The deal also caps weekly overtime at 12 hours for ward staff from 2028, a key demand of the nurses’ union.\n\n' +
    'A pharmacy in Orsby, where medicines were stolen on 3 February, has since fitted new shutters.';

  it('declines what the overtime cap will be for clinic staff', () => {
    expect(ask(article, 'What will the overtime cap be for clinic staff?').answered).toBe(false);
  });

  it('declines what else was stolen from the pharmacy', () => {
    expect(ask(article, 'what was stolen from the pharmacy in orsby besides medicines').answered).toBe(false);
  });

  it('still answers when the medicines were stolen', () => {
    const a = ask(article, 'When were the medicines stolen from the pharmacy?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/3 February/);
  });
});
