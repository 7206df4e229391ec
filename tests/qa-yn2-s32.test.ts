/**
 * Yes/no verdicts: general ways news says yes, no or not yet, each over invented news prose, never
 * an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a clause that leaves the asked act open is answered neither yes nor no', () => {
  const article =
    'date 2026-05-12\n\nA court in Tollmere fined the haulage firm Brackwell Freight £80,000 on Monday for letting diesel leak into the River Senn.\n\n' +
    'Brackwell Freight said it would read the judgment closely before deciding whether to appeal against the fine.\n\n' +
    'Anglers said the leak had killed hundreds of trout along a two-mile stretch of the river.';

  it('reads “before deciding whether to appeal” as not yet known', () => {
    const a = ask(article, 'Will Brackwell Freight appeal?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Not yet known: .*deciding whether to appeal/);
  });

  it('reads “including a possible strike” as not yet known', () => {
    const strike =
      'date 2026-02-03\n\nBus drivers in Pellow rejected a 3 per cent pay offer on Friday.\n\n' +
      'Their union said it would now consider its next steps, including a possible strike.\n\n' +
      'The bus company said the offer was fair.';
    const a = ask(strike, 'Are the drivers going to strike?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Not yet known: /);
  });
});
