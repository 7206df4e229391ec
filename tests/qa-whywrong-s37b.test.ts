/**
 * "Who" questions answered by the subject of a verb: a crowd told only by its size, or what stands
 * before a verb written after a hyphen, names no one who did the asked act. Each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const DECLINED = /doesn['’]t say/;

describe('a crowd told by how many is no answer to who did a thing', () => {
  const coaches = (crowd: string): string =>
    'date 2026-02-17\n\nA coach firm based in Quellbury has stopped trading after losing its school contracts.\n\n' +
    `Council officers said that ${crowd} holding bus passes were affected by the collapse.\n\n` +
    'The county council said new routes would be in place by March.';

  it('declines who is handling the collapse rather than give a rough crowd', () => {
    const a = ask(coaches('dozens of pupils'), 'who is handling the collapse');
    expect(a.answer).toMatch(DECLINED);
  });

  it('declines who is handling the collapse rather than give a count in thousands', () => {
    const a = ask(coaches('2,800 pupils'), 'who is handling the collapse');
    expect(a.answer).toMatch(DECLINED);
  });
});

describe('a verb after a hyphen is half a describing word, and what stands before it no one', () => {
  const article =
    'date 2026-08-21\n\nA bakery in Brisnock has been bought by its staff.\n\n' +
    'Worker-owned bakeries have become more common in the county, with at least nine now trading.\n\n' +
    'The sale was agreed on Tuesday.';

  it('does not answer who owned the bakeries with the first half of a describing word', () => {
    const a = ask(article, 'who owned the bakeries before');
    expect(a.answer).not.toMatch(/^worker-?$/i);
  });
});

describe('"to protect" or "to prevent" after a duty or a failure tells what it is of, no purpose', () => {
  const toys =
    'date 2026-04-11\n\nA toy maker in Zandermoor has lost a court fight over the name of its best-selling puzzle.\n\n' +
    'The judge found that the puzzle box was too close to a rival design, and gave little weight to a customer poll the firm had paid for, saying its questions pushed people towards one answer.\n\n' +
    'The firm’s chief executive said it had a duty to protect puzzle names that parents have trusted since the 1970s.';

  it('answers why the judge did not trust the poll from the judge’s own words', () => {
    const a = ask(toys, 'why didnt the judge trust the poll');
    expect(a.answer).not.toMatch(/^to protect/);
    expect(a.answer).toMatch(/questions pushed people/);
  });

  const water =
    'date 2026-03-05\n\nA water company in Oskerby Fen has been fined £2 million for polluting the River Pelm.\n\n' +
    'The fine was lowered by a quarter because the company reported the spill itself and paid for the clean-up.\n\n' +
    'Inspectors said the firm had shown repeated failures to prevent sewage reaching the river.';

  it('answers why the fine was lowered, not what the firm failed at', () => {
    const a = ask(water, 'why did the inspectors lower the fine');
    expect(a.answer).toMatch(/reported the spill/);
  });
});
