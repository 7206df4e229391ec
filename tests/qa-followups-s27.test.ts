/**
 * A follow-up that leans on the last answer ("how much was it worth?", "where was that?") asks more
 * of that answer's sentence, though it shares none of its words. Invented news prose throughout.
 */
import { describe, expect, it } from 'vitest';
import { askInline, askInTurn } from './qa-helpers.js';

const article =
  'date 2026-02-20\n\n' +
  'The Harnby bus depot has handed out 2,300 forgotten items this winter, its manager said on Monday.\n\n' +
  'The oddest find of the season was a brass trumpet, later valued at £1,450, left on a bench at Dunsby bus station.\n\n' +
  'Umbrellas, gloves and phone chargers make up most of what is left behind.\n\n' +
  'Anything unclaimed after 90 days goes to a charity shop on Quay Street.';

describe('a follow-up asking more of the last answer’s sentence', () => {
  it('answers "how much is that?" after the oddest find, from the find’s sentence', () => {
    const a = askInTurn(article, 'what was the strangest thing found', 'how much is that');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('£1,450');
    expect(a.sources[0].text).toContain('brass trumpet');
  });

  it('answers "where was that?" from the last answer’s sentence, which shares no word with it', () => {
    const a = askInTurn(article, 'what was the strangest thing found', 'where was that');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Dunsby bus station');
  });

  it('does not answer the same question asked on its own, with nothing to lean on', () => {
    expect(askInline(article, 'how much is that').answered).toBe(false);
  });

  it('does not lean on the last answer for a question that stands on its own', () => {
    const a = askInTurn(article, 'what was the strangest thing found', 'How long are unclaimed items kept?');
    expect(a.answer).toContain('90 days');
  });
});
