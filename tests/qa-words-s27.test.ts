/**
 * Words of a question that wink's stop list would drop: invented news prose throughout.
 */
import { describe, expect, it } from 'vitest';
import { askInline } from './qa-helpers.js';
import { isContentToken } from '../src/nlp/terms.js';
import { readTokens } from '../src/nlp/wink.js';

describe('a plain-form verb after "do" is a word of the question', () => {
  const article =
    'date 2026-03-02\n\nA new camera system has gone live in Wexford Lane car park, the town council said on Friday.\n\n' +
    'The system cost £18,500 and was paid for from the parking budget.\n\n' +
    'Footage is kept for 28 days before it is wiped, unless police ask for it.\n\n' +
    'Drivers had complained of damage to parked cars for more than a year.';

  it('answers "how long do they keep recordings for?" from the sentence on what is kept', () => {
    const a = askInline(article, 'how long do they keep recordings for');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('28 days');
  });

  it('counts "keep", "give", "show", "call" and "move" after "did" as words, but not "did" itself', () => {
    for (const verb of ['keep', 'give', 'show', 'call', 'move']) {
      const words = readTokens(`Why did they ${verb} it?`).filter((t) => isContentToken(t)).map((t) => t.norm);
      expect(words).toEqual([verb]);
    }
  });
});
