/**
 * Questions as outsiders word them: general mechanisms of English that the engine misread, each
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('every form of “get” is as light as its plain form', () => {
  const article =
    'date 2026-03-09\n\nA fire at a furniture warehouse on the Brenley industrial estate sent thick smoke across the town on Sunday afternoon.\n\n' +
    'About 40 staff got out of the building before the roof caught light, the company said.\n\n' +
    'Crews from four stations spent six hours bringing the flames under control, the county fire service said.\n\n' +
    'Two workers were injured and taken to hospital with burns to their hands.\n\n' +
    'Nearby roads were closed until the evening and residents were told to keep their windows shut.\n\n' +
    'The owner, Dale Kemp, said he got the keys to the building only last year.\n\n' +
    'Investigators said the cause of the fire was not yet known.';

  it('answers how many workers got hurt with the two injured, not the staff who got out', () => {
    const a = ask(article, 'how many workers got hurt');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Two');
  });

  it('answers how many were getting hurt with the injured, though no sentence writes “getting”', () => {
    const a = ask(article, 'how many people were getting hurt in the fire');
    expect(a.answer).toContain('Two');
  });
});
