/**
 * Occupations: a job given up, told as a "retired" or "former" title on the asked one, whether
 * the question gives only the surname or names no one at all. Invented news prose, never an
 * article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a “retired” title before the full name answers a question giving only the surname', () => {
  const article =
    'date 2026-03-09\n\nQUERNSIDE — A rare clouded yellow butterfly has been seen in a churchyard in Quernside for the first time in 40 years.\n\n' +
    'Retired ferryman Odo Fentriss, 72, who has kept a tally of the parish’s butterflies since 1998, took the only photograph.\n\n' +
    'Mr Fentriss said it was the best moment of his hobby.\n\n' +
    'The county wildlife trust said the warm spring had helped several species move north.';

  it('gives the job he did before', () => {
    const a = ask(article, 'what did Fentriss do for a living');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/ferryman/);
  });
});

describe('a lead bringing in its subject by a job given up answers a question naming no one', () => {
  const article =
    'date 2026-02-14\n\nORLWICK — A retired dentist has handed in a wallet holding £2,000 in cash that he found on the back seat of a bus on Thursday.\n\n' +
    'Its owner, a builder, had drawn the money that morning to pay his team and did not notice it had gone until he reached the yard.\n\n' +
    'Bus drivers in the town said lost property was usually umbrellas and gloves, according to Orlwick Transport.\n\n' +
    'The company thanked the finder for his honesty.';

  it('gives the job the one who handed in the wallet did before', () => {
    const a = ask(article, 'what did the one who handed in the wallet use to do for a living');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/dentist/);
  });

  it('declines a named person’s past job the article never gives', () => {
    expect(ask(article, 'what did Isadore Hobday do for a living').answered).toBe(false);
  });
});
