/**
 * "Where" questions: a sentence writing every word of the question, well ahead of any other, that
 * gives a place tells the asked act's place, over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a sentence telling the asked act, far ahead of any other, gives its place', () => {
  const article =
    'date 2026-03-02\n\nThe only swimming pool in Pellowick has closed for at least a year after cracks were found in its roof beams.\n\n' +
    'Inspectors found the cracks during a routine check in February, and the council shut the building the same day.\n\n' +
    'About 900 people a week used the pool, including pupils from six primary schools and two swimming clubs.\n\n' +
    'In the meantime, club members are being referred to Quarrendon Leisure Centre in Brackley Moor, 11 miles away.\n\n' +
    'Repairs are expected to cost about £1.4 million, and the council has applied for a government grant.\n\n' +
    'Parents said the closure would leave many children unable to learn to swim before secondary school.\n\n' +
    'The council said it would meet club leaders next week to talk about lane hire and transport.';

  it('answers where people are being sent with the place they are referred to', () => {
    const a = ask(article, 'where are people being sent in the meantime');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Brackley Moor/);
  });

  it('still declines where the question names nothing the article tells', () => {
    const a = ask(article, 'where did the mayor go on holiday');
    expect(a.answered).toBe(false);
  });
});
