/**
 * Which sentence answers: cases read off the training articles' misses, each a general form of news
 * writing over invented prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a news lead has only a small head start on "who" questions', () => {
  const article =
    'date 2026-03-02\n\nA rare silver coin minted more than 900 years ago has been found in a ploughed field near the village of Colby, the county museum said on Tuesday.\n\n' +
    'Farmhand Tom Hale, 58, first spotted it in the mud on 12 February while checking a hedge for storm damage.\n\n' +
    'Experts say only four others of its kind are known.\n\n' +
    'The museum hopes to buy it for its collection.';

  it('answers from the sentence that names the person, not the lead that tells the find', () => {
    const a = ask(article, 'who first spotted the coin');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tom Hale');
    expect(a.sources[0]?.text).toContain('first spotted it');
  });

  it('still answers a question about the find itself from the lead', () => {
    expect(ask(article, 'where was the coin found').sources[0]?.text).toContain('ploughed field');
  });
});
