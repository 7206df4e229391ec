/**
 * Yes/no questions on a price that the article answers by calling it free, over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const HEAD = 'date 2026-10-14\n\n';

describe('a clause calling the asked price free answers no', () => {
  const article =
    HEAD +
    'A chess club for older people has opened in the library at Wendlecot.\n\n' +
    'The cost of the boards and clocks, about £900, was met by a grant from the town council.\n\n' +
    'Players meet every Thursday afternoon in the reading room, and the club is free to join.';

  it('answers “does it cost anything” by the clause saying free', () => {
    const a = ask(article, 'does it cost anything to join');
    expect(a.answer).toMatch(/^No: .*free to join/);
  });
});

describe('“free of charge” answers whether someone pays for a thing', () => {
  it('answers no to whether it costs anything, by a clause of its own words', () => {
    const article =
      HEAD +
      'Lost cats in Holmbrae are finding their way home faster since a charity began microchipping them last spring.\n\n' +
      'Cats are chipped free of charge by a visiting vet at the community centre, usually on a Saturday morning.';
    expect(ask(article, 'does it cost anything to get your cat chipped').answer).toMatch(/^No: Cats are chipped free of charge/);
  });

  it('settles whether the volunteers pay rent, though the clause names someone else', () => {
    const article =
      HEAD +
      'A community orchard has been planted on a hillside field above Tillinghurst.\n\n' +
      'The volunteers who look after it, about 30 in all, planted 120 apple and pear trees over the winter.\n\n' +
      'Their first harvest is expected in three years.\n\n' +
      'The field belongs to a dairy farmer, Ivo Tindlecombe, whose family has owned it since 1902 and who lets the group use it free of charge.';
    const a = ask(article, 'do the volunteers pay rent for the orchard');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: .*free of charge/);
  });
});
