/**
 * Yes/no verdicts: general ways news says yes, no or not yet, each over invented news prose, never
 * an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a clause that leaves the asked act open is answered neither yes nor no', () => {
  const article =
    'date 2026-05-12\n\nA court in Quibbleton fined the haulage firm Brackwell Freight £80,000 on Monday for letting diesel leak into the River Oxwim.\n\n' +
    'Brackwell Freight said it would read the judgment closely before deciding whether to appeal against the fine.\n\n' +
    'Anglers said the leak had killed hundreds of trout along a two-mile stretch of the river.';

  it('reads “before deciding whether to appeal” as not yet known', () => {
    const a = ask(article, 'Will Brackwell Freight appeal?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Not yet known: .*deciding whether to appeal/);
  });

  it('reads “including a possible strike” as not yet known', () => {
    const strike =
      'date 2026-02-03\n\nBus drivers in Zandrigg rejected a 3 per cent pay offer on Friday.\n\n' +
      'Their union said it would now consider its next steps, including a possible strike.\n\n' +
      'The bus company said the offer was fair.';
    const a = ask(strike, 'Are the drivers going to strike?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Not yet known: /);
  });
});

describe('what costs nothing, or is kept as it was, answers no', () => {
  const article =
    'date 2026-04-20\n\nThe restored tide mill at Plimquay Creek will open to visitors on Saturday after a two-year repair.\n\n' +
    'Adults will pay £5 to tour the mill, while children under ten go free.\n\n' +
    'The mill trust has kept its membership fee unchanged at £30 a year.\n\n' +
    'A local farmer has let the trust use his meadow as a car park free of charge.';

  it('reads “children go free” as no to whether children pay', () => {
    const a = ask(article, 'Do children under ten have to pay?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: .*go free/);
  });

  it('reads “kept its fee unchanged” as no to a raise', () => {
    const a = ask(article, 'Did the trust raise its membership fee?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: .*unchanged/);
  });

  it('reads “free of charge” as no to a charge', () => {
    const a = ask(article, 'Does the farmer charge the trust for the car park?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: .*free of charge/);
  });

  it('reads “will be exempt” as no to paying', () => {
    const toll =
      'date 2026-01-09\n\nA toll of £2 will be charged on the new Yarvelt Bridge from March, the county council said.\n\n' +
      'Buses, ambulances and fire engines will be exempt.\n\n' +
      'The bridge cost £14 million to build.';
    const a = ask(toll, 'Will ambulances have to pay the toll?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: .*exempt/);
  });
});

describe('a negated verb governing the asked thing answers no, though a phrase lies between', () => {
  const article =
    'date 2026-06-02\n\nBuilders finished work on the new community hub on Quenbury Lane on Monday after a year.\n\n' +
    'She said staff at the hub would not be able to help with housing benefit claims.';

  it('reads “would not be able to help with claims” as no', () => {
    const a = ask(article, 'Can the hub help with housing benefit claims?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: .*not be able to help/);
  });
});
