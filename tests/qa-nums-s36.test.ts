/**
 * "How many" and "how much" questions: general ways news writes the count a question asks, each
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a count of the earlier event a record is measured from gives way to the story’s own', () => {
  const article =
    'date 2026-02-11\n\nThree walkers were killed and five hurt on Sunday when a rockfall struck a path above the Vellisk Gorge, mountain rescuers said.\n\n' +
    'The path had been inspected in the autumn, the park authority said.\n\n' +
    'It was the deadliest rockfall in the Vellisk hills since 2014, when a rockfall near the village of Quellbrinn buried a farmhouse and killed six people.\n\n' +
    'The gorge path will stay shut while engineers examine the cliff.';

  it('answers how many people died in the rockfall with this week’s toll', () => {
    const a = ask(article, 'How many people died in the rockfall?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Three walkers/);
  });
});
