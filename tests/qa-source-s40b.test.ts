/**
 * Who says so: a speaker named between commas right before the reporting verb, where the clause
 * opens on words that are no subject (a lead-in phrase, a title). Invented news prose, never an
 * article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInTurn } from './qa-helpers.js';

describe('a name set off by commas before "said" speaks, whatever opens the clause', () => {
  const article =
    'date 2026-05-02\n\nA rowing club in Tullingford has raised enough money to replace its storm-damaged boathouse.\n\n' +
    'In a letter to members on Friday, the club’s boat captain, Ottoline Purefoy, said the new boathouse would cost £212,000.\n\n' +
    'Building work starts in June.';

  it('answers "says who?" after the cost with the captain named past the lead-in', () => {
    const a = askInTurn(article, 'how much will the new boathouse cost', 'says who?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Ottoline Purefoy/);
  });
});

describe('a speaker whose age follows the name', () => {
  const article =
    'date 2026-08-19\n\nAllotment holders in Haverbrook are to get a new water supply after years of carrying cans from a standpipe.\n\n' +
    'Until this year, plot holder Branwell Crabbe, 81, said the parish had charged each plot £45 a year for water.\n\n' +
    'Trenches for the pipes will be dug in October.';

  it('answers "according to whom" after the charge with the plot holder, past his age', () => {
    const a = askInTurn(article, 'how much did the parish charge each plot for water', 'according to whom');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Branwell Crabbe/);
  });
});
