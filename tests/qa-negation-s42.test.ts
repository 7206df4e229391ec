/**
 * Yes/no verdicts over invented news prose: a negation higher up the asked word's chain of verbs
 * still says no of it ("was not involved in the survey", "did not order the keeper to sell the
 * herd", "I don't think we have a buyer").
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const HEAD = 'date 2026-10-14\n\n';

describe('a negated verb that governs the asked word', () => {
  const survey =
    HEAD +
    'A count of barn owls across the Tollingham hills found 64 breeding pairs this summer, up from 41 in 2019.\n\n' +
    'The landowner, Wenna Colquhoun, lets the volunteers cross her fields but is not involved in the survey.\n\n' +
    'Volunteers checked 300 nest boxes between May and July.';

  it('answers no by an adjective negated before its preposition', () => {
    const a = ask(survey, 'was wenna colquhoun part of the survey?');
    expect(a.answer).toMatch(/^No: .*not involved in the survey/);
  });

  const fine =
    HEAD +
    'A goat farm near Brindlecombe has been fined £2,000 over a blocked footpath.\n\n' +
    'The magistrates did not order Mr Ablewhite to sell his herd of goats.\n\n' +
    'He has 28 days to reopen the path.';

  it('answers no by a negated verb before its object and "to"', () => {
    const a = ask(fine, 'was he made to sell his herd of goats?');
    expect(a.answer).toMatch(/^No: .*did not order .* to sell his herd/);
  });

  const mill =
    HEAD +
    'The old corn mill at Bradwater has been on sale for eight months, its owners said.\n\n' +
    '"Plenty of people have walked round it, but I don\'t think we have a buyer yet," said co-owner Ilse Marchbank.\n\n' +
    'The asking price was cut to £380,000 in September.';

  it('answers no by a belief negated above the clause that holds the asked word', () => {
    const a = ask(mill, 'have they got a buyer for the mill?');
    expect(a.answer).toMatch(/^No: .*don't think we have a buyer/);
  });
});
