/**
 * Times and lengths of time, read off the misses of questions written by people who never saw the
 * engine, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a clipped noun (“op”, “uni”) is the longer word it opens', () => {
  const article =
    'date 2026-03-10\n\nA hospital in Dunmere has cancelled 40 planned procedures this week after a heating failure closed two wards.\n\n' +
    'Maud Perrin, 71, whose hip replacement was called off on Tuesday, said she had waited 11 months for the operation.\n\n' +
    'The hospital said engineers expected to restore heating by Friday.';

  it('answers how long she waited for her op', () => {
    const a = ask(article, 'how long had Maud Perrin been waiting for her op');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('11 months');
  });
});
