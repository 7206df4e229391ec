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
    'A chess club for older people has opened in the library at Wendle Marsh.\n\n' +
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
      'A scheme that fits cats with microchips has reunited 140 lost pets with their owners in Holmbrae.\n\n' +
      'Owners can have their cats chipped free of charge at the vet’s clinic on the first Monday of each month.';
    expect(ask(article, 'does it cost anything to get your cat chipped').answer).toMatch(/^No: Owners can have their cats chipped free of charge/);
  });

  it('settles whether the organisers pay rent, though the clause names someone else', () => {
    const article =
      HEAD +
      'A weekly 5km run has started on the old racecourse at Tillinghurst.\n\n' +
      'The organisers, a group of 20 volunteers, hope to add a junior run in the spring.\n\n' +
      'More than 300 runners took part in the first run on the grass track on Saturday.\n\n' +
      'The course closed to racing in 1961 and the land has since been grazed by the Penhale family, who have agreed to let the track be used free of charge.';
    const a = ask(article, 'do the organisers pay rent for the track');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: .*free of charge/);
  });
});
