/**
 * Definitions over invented prose: "what is X" answered by the aside set off right after the noun a
 * sentence opens on ("X, once …,", "X, in which …,", "X, which …,"), whatever its main verb.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const SHAGREEN =
  'date 2026-02-11\n\n' +
  'A collector in Wrayhurst paid £400 for a shagreen box at a country sale on Saturday.\n\n' +
  'The shagreen on the lid had cracked in two places, the auctioneer said.\n\n' +
  'Shagreen, once prized by cabinet makers for covering small boxes and sword grips, was rarely seen in local sales after the 1930s.\n\n' +
  'The box will go on show at the town library in May.';

const PARGILL =
  'date 2025-09-20\n\n' +
  'The Quennick Show brought back pargill on Sunday, with a cup for the winners and a pie for the last pair.\n\n' +
  'Pargill, in which two teams take turns to bowl a wooden cheese down a chalked lane, has not been part of the show since 1985.\n\n' +
  '"My grandfather kept the old pargill cheese in his shed," said organiser Odran Tamsett.\n\n' +
  'The show committee hopes to hold pargill every year.';

describe('definitions: an aside after the sentence\'s opening noun says what it is', () => {
  it('"what is shagreen" takes the sentence opening on it with "once …" over those merely naming it', () => {
    const a = ask(SHAGREEN, 'what is shagreen');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('once prized by cabinet makers');
    expect(a.answer).toContain('prized by cabinet makers');
  });

  it('"what even is pargill" takes the "in which …" aside', () => {
    const a = ask(PARGILL, 'what even is pargill');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('in which two teams take turns');
    expect(a.answer).toContain('bowl a wooden cheese');
  });
});
