/**
 * How a question's words are read, over invented news prose: forms the engine met in questions
 * written by people who never saw it.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a word of a place’s name, written in the question as a verb, is the verb', () => {
  const article =
    'date 2026-01-20\n\nStorm winds tore the roof off the sports hall at Pellow Primary School on Sunday night.\n\n' +
    'Gusts of 70mph were recorded at Storr Head, two miles away.\n\n' +
    'Headteacher Grace Mensah, who has led the school for nine years, said pupils would return on Monday.';

  it('answers how long she has been head, though "Head" names a headland', () => {
    const a = ask(article, 'how long has mensah been head there');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('nine years');
  });
});

describe('"get going" and "kick off" are starting', () => {
  const article =
    'date 2025-09-09\n\nA campaign to reopen the Tilby lido has raised £40,000 in six months.\n\n' +
    'The campaign started with a petition outside the post office in March, its organiser said.\n\n' +
    'The lido closed in 2019 after its boiler failed.';

  it('finds the sentence telling how the campaign started', () => {
    for (const q of ['how did the campaign get going', 'how did the campaign kick off']) {
      const a = ask(article, q);
      expect(a.answered, q).toBe(true);
      expect(a.sources[0].text, q).toContain('started with a petition');
    }
  });
});
