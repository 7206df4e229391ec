/**
 * Near misses read off a training batch's answered traps: each case is a general form of English
 * by which a sentence gives a value of the asked kind for something other than the asked thing,
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a count whose head noun is another thing than the counted one', () => {
  const article =
    'date 2026-04-02\n\nTwo of the region’s biggest quarrying firms, Kestrel Stone and Marlow Aggregates, agreed on Tuesday to merge.\n\n' +
    'The combined group will employ about 2,600 people, the companies said.\n\n' +
    'Kestrel Stone’s chief executive, Ruth Ambler, said the deal would protect jobs.\n\n' +
    'Marlow Aggregates was fined last year after dust from its site reached a primary school.';

  it('declines a count of quarries the article never gives', () => {
    expect(ask(article, 'how many quarries does kestrel stone run').answered).toBe(false);
  });

  it('still answers a count of the people the question counts', () => {
    const a = ask(article, 'how many people will the combined group employ');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2,600');
  });
});
