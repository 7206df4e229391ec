/**
 * "What" questions: general ways news tells (or only seems to tell) the asked thing, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('the words after "what did" are the subject, not a noun the answer is built on', () => {
  const article =
    'date 2026-05-11\n\nA pottery in Tumbridge that has fired clay since 1890 is to close next month.\n\n' +
    'Manager Morwenna Quarrie, 58, said the kiln had cracked beyond repair in March.\n\n' +
    'The pottery employs nine people and sells most of its mugs at weekend markets.';

  it('does not answer what Quarrie did with a phrase holding her own name', () => {
    const a = ask(article, 'what did quarrie do when the kiln cracked');
    expect(a.answer).not.toMatch(/Quarrie/);
  });
});
