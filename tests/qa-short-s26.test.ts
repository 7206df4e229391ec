/**
 * Short answers read off the right sentence (session 26): which of its words the question asks for.
 * Invented news prose throughout.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a clause opened after a name describes no one by that name', () => {
  const article =
    'date 2025-05-12\n\nHARLOW BAY — A missing spaniel has been returned to her owners after nine days on the run.\n\n' +
    'Bess, a three-year-old springer, slipped her lead on a beach walk on 3 May.\n\n' +
    'She was found 30 miles away, in the town of Delmore, where a delivery driver spotted her sheltering under a loading bay.\n\n' +
    'Her owner, Carla Winn, 41, said she had given up hope.';

  it('answers “who spotted her” with the unnamed doer, not the town', () => {
    const a = ask(article, 'who spotted her');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('delivery driver');
    expect(a.answer).not.toContain('Delmore');
  });
});
