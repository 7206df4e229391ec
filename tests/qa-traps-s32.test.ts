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

describe('a role written only in what a named person says is left unfilled', () => {
  const article =
    'date 2026-04-20\n\nA sailing club in Pellory has been fined after a dinghy capsized during a junior race last summer.\n\n' +
    'Commodore Tamsk Quarrendew, 58, said the club had since hired a full-time safety officer and bought two new rescue boats.\n\n' +
    'According to Quarrendew, a parent filmed the capsize from the slipway.';

  it('declines who the safety officer is', () => {
    expect(ask(article, 'who is the safety officer at the club').answered).toBe(false);
  });

  it('declines who the parent who filmed it is', () => {
    expect(ask(article, 'who is the parent who filmed the capsize').answered).toBe(false);
  });

  it('still names the commodore', () => {
    const a = ask(article, 'Who is the club’s commodore?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Tamsk Quarrendew/);
  });
});
