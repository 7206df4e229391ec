/**
 * Quote questions that name the speaker by a role: a title written before her name, "the head"
 * for a headteacher, and a "she said" that must not reach back to a town the tagger took for a
 * person. Invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a “she said” does not reach back to a one-word place after “from”', () => {
  const article =
    'date 2025-08-02\n\nA trail of 12 carvings made from fallen oak opened in Wexcombe Woods on Saturday.\n\n' +
    'The trail was led by woodworker Tamsin Evercreech, 44, who moved to Wexcombe from Pellingby in 2018 and began collecting fallen branches on her walks with her dog.\n\n' +
    '"Every storm brings down another tree, and I hate to see good wood rot where it falls," she said.\n\n' +
    'The trail is free to visit until October.';

  it('gives the woodworker’s quoted words for “the woodworker”', () => {
    const a = ask(article, 'what did the woodworker say about the storms');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/good wood rot/);
  });

  it('names the woodworker, not the town, as the one who said it', () => {
    const a = ask(article, 'who said good wood should not rot where it falls');
    expect(a.answer).toMatch(/Evercreech/);
  });
});
