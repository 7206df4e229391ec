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

describe('a year or a date asked, a month or a weekday given', () => {
  const article =
    // (No dateline: the article gives no year a month could be read in.)
    'The Dunmore rowing club has moved into a new boathouse on the river after a fundraising drive of three years.\n\n' +
    'Club secretary Alan Pryce, 52, said members had trained through the winter in a borrowed shed, starting in January.\n\n' +
    'A heron was found nesting on the old boathouse roof on Friday, the club said.\n\n' +
    'The club was founded in 1921.';

  it('declines a year the sentence gives only as a month', () => {
    expect(ask(article, 'what year did the members start training in the shed').answered).toBe(false);
  });

  it('declines a date the sentence gives only as a weekday', () => {
    expect(ask(article, 'what date was the heron found').answered).toBe(false);
  });

  it('still answers a year the sentence gives', () => {
    const a = ask(article, 'what year was the club founded');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1921');
  });
});

describe('an ordinal written with a thousands comma', () => {
  const article =
    'date 2026-05-10\n\nThe new town museum welcomed its 1,000th visitor on Tuesday, a week after it opened, its curator said.\n\n' +
    'The visitor, a retired teacher from Ashby, was given a year’s free entry.\n\n' +
    'The museum is open every day except Monday.';

  it('reads no count of visitors from “1,000th”', () => {
    expect(ask(article, 'how many visitors has the museum had').answered).toBe(false);
  });
});
