/**
 * Group sizes: news tells how many a body holds by "a choir of 30" or "the 11-member committee",
 * which answers "how many are in it?" whatever people noun the question counts; a size given for
 * another body the article names is no answer. Invented news prose throughout.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a group’s size after "of" answers how many it holds', () => {
  const article =
    'date 2026-05-09\n\nSinging for pleasure has come back to Quillhaven after a break of almost a decade.\n\n' +
    'Organist Isolde Marlpit formed a choir of 32 last autumn and rehearsals are held every Tuesday in the old corn exchange.\n\n' +
    'Its first concert, of sea shanties and hymns, raised £1,900 for the harbour fund.\n\n' +
    'More voices, especially tenors, would be welcome, Ms Marlpit said.';

  it('answers how many singers are in the choir with the number after "a choir of"', () => {
    const a = ask(article, 'how many singers are in the choir');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/\b32\b/);
  });
});

describe('"the N-member" body answers how many sit on it', () => {
  const article =
    'date 2026-02-17\n\nPlans for a skate park in Brackmoor have been sent back for more work.\n\n' +
    'Objectors told councillors that the site beside the bowling green was too close to homes.\n\n' +
    'The 11-member planning committee voted to defer the decision until a noise survey has been done.\n\n' +
    'Supporters have collected more than 600 signatures since January.';

  it('answers how many councillors are on the committee from "the 11-member planning committee"', () => {
    const a = ask(article, 'how many councillors are on the committee');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/\b11\b/);
  });
});

describe('another body’s size does not answer for the group asked', () => {
  const article =
    'date 2026-06-11\n\nThe Yewbank Glee will give the first concert at the restored Caddow bandstand on Saturday afternoon.\n\n' +
    'The choir has rehearsed every Thursday since March, learning songs written for the bandstand’s opening in 1911.\n\n' +
    'A group of 40 people from the town’s twin in Normandy will travel over for the weekend.\n\n' +
    'The bandstand was rebuilt at a cost of £85,000.';

  it('does not give the visiting group’s size as the choir’s', () => {
    const a = ask(article, 'how many people are in the choir');
    expect(a.answer).not.toMatch(/\b40\b/);
  });
});
