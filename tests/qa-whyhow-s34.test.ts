/**
 * "Why" and "how" questions: general ways news gives the reason or the means of the asked act, each
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a state that runs on “since” an event has that event as its cause', () => {
  const article =
    'date 2026-05-20\n\nResidents of Quillby Green have asked the county to put a zebra crossing on Marten Road.\n\n' +
    'Neighbours have been pressing for a crossing on Marten Road since an elderly man was struck by a van outside the post office in January.\n\n' +
    'Local shopkeeper Thea Wendrick has been wary of the road since seeing the crash from her window, she said.\n\n' +
    'The county has not had the road surveyed since 2019 and says it will look again in the autumn.';

  it('answers why neighbours want a crossing with the event they have pressed since', () => {
    const a = ask(article, 'why do neighbours want a crossing on Marten Road');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^an elderly man was struck by a van/);
  });

  it('answers why the shopkeeper is wary with the gerund after “since”', () => {
    const a = ask(article, 'why is Thea Wendrick wary of the road');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^seeing the crash/);
  });

  it('does not give a year after “since” as the reason', () => {
    const a = ask(article, 'why has the county not surveyed the road');
    expect(a.answer).not.toMatch(/^2019/);
  });
});
