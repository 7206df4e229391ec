/**
 * "What" questions about a thing's fate, over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a question on what is happening to a thing asks its fate still to come', () => {
  const article =
    'date 2026-03-02\n\nThe Ravelly Weekly Post, a weekly paper in the valley for 90 years, printed its last issue on Friday.\n\n' +
    'Its photo archive was started in 1936 by its first photographer, Ambrose Bosanko, who worked for the paper for 40 years.\n\n' +
    'The photo archive will be handed to the county record office.\n\n' +
    'Editor Morwen Tregellas, 58, said the closure was a sad day for the town.';

  it('answers what’s happening to the photo archive with what will be done with it', () => {
    const a = ask(article, 'whats happening to the photo archive');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/county record office/);
  });

  it('answers what happens to the photo archive the same way', () => {
    const a = ask(article, 'what happens to the photo archive');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/county record office/);
  });
});
