/**
 * "How long" questions, round 35b: a length told of the asked act in a sentence that calls the
 * asked place or firm by a common noun ("the castle") after the article has named it; each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a length of the asked act where the article names the place elsewhere', () => {
  const article =
    'date 2026-08-14\n\nPellisford Milling said on Tuesday that two workers had been hurt when a loading crane toppled over at its Grimsworth flour mill.\n\n' +
    'Both were taken to hospital in Kenver with broken bones.\n\n' +
    'About 90 people work at Grimsworth, which supplies bakeries across the county.\n\n' +
    'The injured men were named as Talan Fenwey, 29, a trainee, and Osric Palmerton, 58, a foreman who had worked at the mill for 12 years.\n\n' +
    'A union official said staff had raised worries about the crane last winter.';

  it('answers how long the foreman had worked at the mill the article names', () => {
    const a = ask(article, 'How long had the foreman been working at Grimsworth?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/12 years/);
  });

  it('still declines a name the article never writes', () => {
    const a = ask(article, 'How long had the foreman been working at Carnell?');
    expect(a.answered).toBe(false);
  });
});
