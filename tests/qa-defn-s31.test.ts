/**
 * Definition questions: general ways news writing defines a person, each over invented news prose,
 * never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask, askInTurn } from './qa-helpers.js';

describe('an office named with its portfolio before the name defines the person', () => {
  const article =
    'date 2026-03-02\n\nA town swimming pool will close for a year from June while its roof is replaced, the district board said.\n\n' +
    'The board’s cabinet member for leisure, Cllr Petra Osgood, 49, said the work could not wait any longer.\n\n' +
    'Swimmers will be offered places at a pool in Harwick, eight miles away.\n\n' +
    'The pool opened in 1974 and has about 2,000 regular users.';

  it('answers who Petra Osgood is with her whole office', () => {
    const a = ask(article, 'Who is Petra Osgood?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('cabinet member for leisure');
    expect(a.answer).not.toContain('could not wait');
  });

  it('does not read a time phrase before a name as an office', () => {
    const other =
      'date 2026-03-02\n\nA factory will close by the end of 2027, manager Olaf Brenn said.\n\n' +
      'About 300 people work at the site.';
    expect(ask(other, 'Who is Olaf Brenn?').answer).not.toContain('end of');
  });
});

describe('a job asked before is told by “as a …” after a word for work, or by a “retired” title', () => {
  const article =
    'date 2026-05-11\n\nA goat’s cheese made on a hill farm near Tarnby has been named the best in the country.\n\n' +
    'Moira Flett, 41, gave up a job as a school librarian in 2019 to make cheese with her brother.\n\n' +
    'The farm’s shop is run by its owners, retired bus drivers Alan and Joan Pyke.\n\n' +
    'The cheese sells for £6 a round.';

  it('answers what Moira did before from “a job as a school librarian”', () => {
    const a = ask(article, 'what was moira’s job before cheese');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('school librarian');
  });

  it('answers what the owners did for a living from a “retired” title', () => {
    const a = ask(article, 'what did the owners do for a living');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('bus drivers');
    expect(a.answer).not.toContain('shop is run');
  });
});

describe('a job asked “back then” or “at the time” is still an occupation question', () => {
  const article =
    'date 2026-02-09\n\nA library book borrowed in 1961 has been posted back to a village library in Carrowmore.\n\n' +
    'The book was borrowed by Nora Quill, then a 19-year-old bakery assistant, weeks before she moved to Leeds.\n\n' +
    'Staff said the fine would have come to £212, but it has been waived.';

  it('answers what her job was back then from the apposition', () => {
    const a = askInTurn(article, 'Who borrowed the book?', 'what was her job back then');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('bakery assistant');
  });
});
