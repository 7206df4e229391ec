/**
 * Traps: questions an article leaves unanswered while sharing its words, declined by general
 * regularities of news prose, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a time of making, finishing or buying a thing is told only where that act is written', () => {
  const article =
    'date 2026-06-14\n\nA former bus garage in Quellby has reopened as a climbing centre, its owners said on Saturday.\n\n' +
    'The listed brick building had stood empty since the last buses left the garage in 2011.\n\n' +
    'Torvald Dallow, 64, and his wife Ingrith, 61, were woken at about 4am by a smoke alarm and found the cabin of their narrowboat, Silver Heron, full of smoke.\n\n' +
    'Visitors can buy day passes at the door, and a new café is expected to be completed by October.\n\n' +
    'The Quellby swimming baths were built in 1928.\n\n' +
    'Building work on a second climbing wall starts in August.';

  it('declines when the garage was built when only the day it was left empty is told', () => {
    expect(ask(article, 'when was the bus garage built').answered).toBe(false);
  });

  it('declines when the narrowboat was bought when only a night’s alarm is timed', () => {
    expect(ask(article, 'when did they buy the silver heron').answered).toBe(false);
  });

  it('still answers when the café will be finished from “completed”', () => {
    const a = ask(article, 'when will the café be finished');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('October');
  });

  it('still answers when the swimming baths were built', () => {
    const a = ask(article, 'when were the swimming baths built');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1928');
  });

  it('still answers when building work starts, where “building” names the work', () => {
    const a = ask(article, 'when does building work on the second wall start');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('August');
  });
});
