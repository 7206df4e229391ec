/**
 * Yes/no questions: general ways news tells (or only seems to tell) the asked act, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a near synonym of news tells the asked act as its own word would', () => {
  const pub =
    'date 2026-06-03\n\nThe lights over the beer garden of the Talfryn Arms in Ormsgill will go off at 10pm from now on, ending a two-year row with neighbours.\n\n' +
    'The pub’s owner, Morwenna Quaile, had argued that the lamps kept drinkers safe on the steps to the river.\n\n' +
    'At a licensing hearing on Wednesday she conceded after a council officer played a film of the glare from a bedroom opposite.\n\n' +
    'The pub keeps its late licence.';

  it('answers whether she admitted defeat from the clause saying she conceded', () => {
    const a = ask(pub, 'did she admit defeat?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes/);
    expect(a.sources[0].text).toContain('she conceded');
  });

  it('answers so when the question names her', () => {
    const a = ask(pub, 'did quaile admit defeat?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes/);
  });
});
