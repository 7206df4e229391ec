/**
 * Occupations: a job given up, told as a "retired" or "former" title on the asked one, whether
 * the question gives only the surname or names no one at all. Invented news prose, never an
 * article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a “retired” title before the full name answers a question giving only the surname', () => {
  const article =
    'date 2026-03-09\n\nBRAMWICK — A rare clouded yellow butterfly has been seen in a churchyard in Bramwick for the first time in 40 years.\n\n' +
    'The butterfly was photographed on Sunday by retired ferryman Tobias Penhallow, 72, as he cut the grass around the lychgate.\n\n' +
    'Mr Penhallow, who has counted butterflies in the parish every summer since 1998, said it was the best moment of his hobby.\n\n' +
    'The county wildlife trust said the warm spring had helped several species move north.';

  it('gives the job he did before', () => {
    const a = ask(article, 'what did Penhallow do for a living');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/ferryman/);
  });
});

describe('a lead bringing in its subject by a job given up answers a question naming no one', () => {
  const article =
    'date 2026-02-14\n\nCASTERDEN — A retired dentist has pulled a spaniel out of the icy Casterden reservoir after it fell through the ice on Thursday morning.\n\n' +
    'The dog had chased a duck onto the thin ice near the dam, about 30 metres from the bank.\n\n' +
    'Its owner said she was "shaking with relief" when the pair reached the shore, according to Wendmoor Fire and Rescue Service.\n\n' +
    'The service warned people to keep pets on leads near frozen water.';

  it('gives the job the one who saved the dog did before', () => {
    const a = ask(article, 'what did the one who pulled the spaniel out use to do for a living');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/dentist/);
  });

  it('declines a named person’s past job the article never gives', () => {
    expect(ask(article, 'what did Ellis Marrow do for a living').answered).toBe(false);
  });
});
