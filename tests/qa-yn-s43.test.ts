/**
 * Yes/no questions over invented news prose, never an article's own words: a question asking of a
 * share ("most", "all") is answered no by a clause telling a smaller one.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const HEAD = 'date 2026-10-14\n\n';

describe('a smaller share told answers a share asked no', () => {
  const race =
    HEAD +
    'The Quillersby fell race was run in driving hail on Saturday, with the summit cairn hidden in cloud for most of the afternoon.\n\n' +
    'Organiser Corrabine Haverick said fewer than half of the 212 starters reached the finish at Orvellow Bridge.\n\n' +
    'The course will be marked with extra flags next year.';

  it('answers “did most starters reach the finish” no by “fewer than half”', () => {
    const a = ask(race, 'Did most of the starters reach the finish?');
    expect(a.answer).toMatch(/^No: .*fewer than half/);
  });

  const letters =
    HEAD +
    'A box of letters found under the floor of the Lintmoor post office has been handed to the county record office.\n\n' +
    'Most of the letters are written in pencil, according to archivist Feverel Dunnimore.\n\n' +
    'They will be shown to the public in the spring.';

  it('answers “are they all in pencil” no by “most of the letters are”', () => {
    const a = ask(letters, 'are the letters all written in pencil?');
    expect(a.answer).toMatch(/^No: Most of the letters/);
  });
});
