/**
 * "Who", quote and source questions: general ways news names who said what, each over invented
 * news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a quote after reported speech is the words of the one the sentence before names', () => {
  const article =
    'date 2026-05-11\n\nA park in Colderby will be patrolled at night after a spate of damage to its play area.\n\n' +
    'Inspector Rhona Quiddle of Ormsgrave Police said the force would send officers to the park twice a night. ' +
    '"Most of the damage happens after midnight, and we intend to be there when it does," she said.\n\n' +
    'The council will review the patrols in the autumn.';

  it('answers what the police inspector said about it with her own words', () => {
    const a = ask(article, 'what did the ormsgrave police inspector say about it');
    expect(a.answer).toMatch(/Most of the damage happens after midnight/);
  });
});

describe('the reporter’s account stays the answer where it alone tells the asked topic', () => {
  const article =
    'date 2026-05-11\n\nA park in Colderby will be patrolled at night after a spate of damage to its play area.\n\n' +
    'Inspector Rhona Quiddle of Ormsgrave Police said the force would send officers to the park twice a night. ' +
    '"Most of the damage happens after midnight, and we intend to be there when it does," she said.\n\n' +
    'The council will review the patrols in the autumn.';

  it('answers what the inspector said about the officers with the account that tells of them', () => {
    const a = ask(article, 'what did the inspector say about the officers');
    expect(a.answer).toMatch(/send officers/);
  });
});
