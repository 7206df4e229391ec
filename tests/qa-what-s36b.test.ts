/**
 * "What kind of …" questions: general ways news tells a thing's kind, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a name set off by a description with “a” is given its kind there, though the asked noun is never written', () => {
  const article =
    'date 2026-03-14\n\nA pony that went missing from a paddock near Wethercombe a fortnight ago has been found grazing on a golf course.\n\n' +
    'Bramble, a seven-year-old Welsh cob, slipped through a broken gate on the night of 28 February.\n\n' +
    'Her owner, Nessa Trellick, said she had put up posters in every village within ten miles.\n\n' +
    'A greenkeeper spotted the animal near the ninth hole on Thursday and called the number on one of the posters.';

  it('answers what kind of pony Bramble is from the description after her name', () => {
    const a = ask(article, 'what kind of pony is Bramble');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Welsh cob/);
  });
});

describe('a sentence telling only what the asked thing is does not stand in for one telling its kind', () => {
  const article =
    'date 2026-07-02\n\nTwo building societies in the north-east have agreed to combine in an all-cash deal worth 1.4 billion pounds.\n\n' +
    'The deal is the largest in the region’s mutual sector for almost twenty years.\n\n' +
    'Members of both societies will vote on the plan at meetings in September.\n\n' +
    'The combined society will keep all 46 of its branches open for at least three years, its chairman said.';

  it('answers what kind of deal it is from the words before “deal”', () => {
    const a = ask(article, 'What kind of deal is it?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/all-cash/);
  });
});

describe('a sentence giving examples of the asked noun comes before one that only counts it', () => {
  const article =
    'date 2026-09-21\n\nA city library is to hand back 38 old objects to a mountain village in the Andes, its board said on Monday.\n\n' +
    'The objects, which include woven belts, silver pins and a painted wooden mask, were bought by a travelling engineer in 1903.\n\n' +
    'They have sat in a locked cabinet in the reading room for most of the past century.\n\n' +
    'Archivists spent two years tracing each object. Their report found that 29 of the 38 objects being handed back had been taken without consent.\n\n' +
    'The handover is the largest in the library’s history.';

  it('answers what kinds of objects are being handed back from the examples given', () => {
    const a = ask(article, 'What kinds of objects are being handed back?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/woven belts/);
  });
});
