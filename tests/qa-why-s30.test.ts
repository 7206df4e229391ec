/**
 * Why-questions: general ways news gives the reason of an act, each over invented news prose,
 * never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('the sentence after the act gives its reason', () => {
  const article =
    'date 2026-03-09\n\nA plan to turn the old cinema on Dale Street into flats was approved by councillors on Tuesday.\n\n' +
    'Pensioner Edna Marlowe, 81, who lives opposite the cinema, was among those who opposed the plan. "I saw my first film there in 1952 and I cannot bear to see it go," she said.\n\n' +
    'The developer will pay £40,000 towards a new crossing under the agreement. The town council had asked for the money after two accidents on the road last year.\n\n' +
    'Work is due to start in the summer.';

  it('answers why a named objector opposed it from her words that follow', () => {
    const a = ask(article, 'Why did Edna Marlowe oppose the plan?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('cannot bear to see it go');
  });

  it('answers why the developer pays from what had happened before', () => {
    const a = ask(article, 'Why will the developer pay £40,000?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('had asked for the money');
  });
});
