/**
 * Questions an article does not answer, met by a sentence that shares their words: general reasons
 * the near miss tells something else, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a name whose first word the question writes is the one asked about, not the answer', () => {
  const article =
    'date 2026-02-09\n\nA teenage boxer from Marrowby has won a national junior title, her club said on Monday.\n\n' +
    'Ffion Orrell, 16, won the national final in Hexley on Saturday on a split decision, having beaten three opponents over two days.\n\n' +
    'Her coach, Declan Pryce, said the club would hold a party for her next week.\n\n' +
    'The club has 140 members and trains in a former chapel.';

  it('declines whom the boxer beat when only her own full name is written', () => {
    expect(ask(article, 'Who did Ffion beat in the national final?').answered).toBe(false);
  });

  it('still names her coach', () => {
    const a = ask(article, 'Who is Ffion’s coach?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Declan Pryce');
  });
});
