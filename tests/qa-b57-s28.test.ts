/**
 * Batch 57 misses: general mechanisms of English and of news writing, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('“where does X live” reads the home news gives after a name and age', () => {
  const article =
    'date 2026-02-14\n\nTwo brothers who stole copper cable from a railway depot have been given suspended sentences.\n\n' +
    'Martin Hale, 38, of Orchard Way, Pelling, and his brother Craig Hale, 33, of Tanyard Lane, Brookmere, admitted theft at Castleford Crown Court.\n\n' +
    'The cable, worth about £12,000, was sold to a scrap dealer in the town.';

  it('answers where the younger brother lives with his own address, not his brother’s', () => {
    const a = ask(article, 'where does Craig Hale live');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tanyard Lane');
    expect(a.answer).not.toContain('Orchard Way');
  });

  it('answers where the elder brother lives', () => {
    const a = ask(article, 'Where does Martin Hale live?');
    expect(a.answer).toContain('Orchard Way');
  });
});
