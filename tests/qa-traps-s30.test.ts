/**
 * Questions the article does not answer, which a near-miss sentence shares most words with:
 * general reasons the sentence does not tell what is asked, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a sum asked of one part alone is not told by the whole', () => {
  const article =
    'date 2026-05-02\n\nA village in the Orrel valley has reopened its lido after a two-year restoration.\n\n' +
    'The work cost £84,000, paid for with £60,000 from the parish council and the Kettering Trust, with the rest raised by villagers, partly through a sponsored swim.\n\n' +
    'Thieves broke into the kiosk on Sunday night and escaped with about £900 in cash.\n\n' +
    'The Kettering Trust said it gave £15,000 on its own last year to restore the changing rooms.';

  it('declines what the parish council gave on its own when only the shared sum is told', () => {
    expect(ask(article, 'How much did the parish council give on its own?').answered).toBe(false);
  });

  it('declines what came from the sponsored swim alone when it raised only part of the rest', () => {
    expect(ask(article, 'How much came from the sponsored swim alone?').answered).toBe(false);
  });

  it('declines what was taken from the till alone when the sentence names no till', () => {
    expect(ask(article, 'How much cash was taken from the till alone?').answered).toBe(false);
  });

  it('still answers what the trust gave on its own where a sentence gives its sum alone', () => {
    const a = ask(article, 'How much did the Kettering Trust give on its own?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('15,000');
  });
});
