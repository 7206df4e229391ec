/**
 * Yes/no questions answered from a clause that only shares a word: general reasons a clause does
 * not tell the asked act, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a related word stands for the asked predicate less surely than its own word', () => {
  const article =
    'date 2026-04-14\n\nA bakery in Fenwick Row will shut on Saturday after 38 years, its owner said.\n\n' +
    'Owner Ruth Callan, 66, said rising energy bills meant she could no longer keep the ovens lit.\n\n' +
    'Her son Tom ran the London Marathon last spring and raised £2,000 for a hospice.\n\n' +
    'The bakery sold about 900 loaves a week at its busiest, Ms Callan said.\n\n' +
    'The smell of bread would last for hours on the street, one neighbour said.';

  it('declines whether the bakery survived when no clause says it in the question’s word', () => {
    expect(ask(article, 'Did the bakery survive?').answered).toBe(false);
  });

  it('still answers whether the bakery will close from “shut”', () => {
    const a = ask(article, 'Will the bakery close?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Yes');
    expect(a.answer).toContain('shut');
  });

  it('still answers whether Tom ran the marathon in the question’s own word', () => {
    const a = ask(article, 'Did Tom run the marathon?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('ran the London Marathon');
  });
});

describe('a clause whose asked verb has another subject tells of another’s act', () => {
  const article =
    'date 2026-02-03\n\nA passenger ferry ran aground off Kessel Point on Sunday night with 140 people on board.\n\n' +
    'All passengers were taken off by lifeboat crews before dawn, the coastguard said.\n\n' +
    'The vessel was towed to Harrow Quay, where divers will inspect its hull this week.\n\n' +
    'Accident investigators found the crew had ignored a warning about shallow water.';

  it('declines whether a body was found on the ferry from what investigators found', () => {
    expect(ask(article, 'Was a body found on the ferry?').answered).toBe(false);
  });

  it('still answers whether the ferry was towed to the quay', () => {
    const a = ask(article, 'Was the ferry towed to Harrow Quay?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('towed to Harrow Quay');
  });

  it('still answers whether the passengers were taken off', () => {
    const a = ask(article, 'Were the passengers taken off?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('taken off');
  });
});
