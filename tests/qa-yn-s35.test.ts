/**
 * Yes/no questions: a speaker's quoted view against the reporter's own sentence, over invented
 * news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a yes or no about a thing is told by the reporter, not by a quoted view', () => {
  const article =
    'date 2026-04-10\n\nA derelict signal box at Tarrowfield station is to become a small railway museum, the heritage trust that owns it said on Thursday.\n\n' +
    '"Every village museum needs an open day, and the volunteers have been asking for one for years," said trust chair Ottoline Penwarden.\n\n' +
    'The trust will hold the first open day in June, with guided walks along the old branch line.';

  it('answers from the plain sentence on the plan', () => {
    const a = ask(article, 'is there going to be an open day');
    expect(a.sources[0]?.text).toMatch(/^The trust will hold the first open day/);
  });
});

describe('a question about a person may be told by her own quoted words', () => {
  const article =
    'date 2026-05-02\n\nA cardboard model of a retired postwoman riding a tandem has won the Talan Green scarecrow trail, organisers said on Sunday.\n\n' +
    'The model of Hilde Marrack, 81, was built by pupils at the village primary school and shows her on a red tandem with a sack of letters.\n\n' +
    '"I never rode a tandem in my life, I had a very good bicycle," she said.';

  it('answers no from her own words', () => {
    const a = ask(article, 'did she really ride a tandem');
    expect(a.sources[0]?.text).toMatch(/^"I never rode a tandem/);
    expect(a.answer).toMatch(/^No/);
  });
});
