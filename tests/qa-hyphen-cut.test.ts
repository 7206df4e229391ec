/**
 * A short answer cut to length is never cut inside a hyphened word, over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an answer cut to length reads a hyphened word to its end', () => {
  const article =
    'date 2026-03-09\n\nA box of wartime letters has been handed to the museum in Fallowcombe.\n\n' +
    'Retired nurse Perpetua Hindlewood found them on Saturday while she was clearing the loft of an old house for a well-known builder.\n\n' +
    'The museum said the letters would go on show in the autumn.';

  it('answers what she was doing with the whole word, not “well-”', () => {
    const a = ask(article, 'what was she doing when she found the letters');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/well-known/);
    expect(a.answer).not.toMatch(/-$/);
  });
});
