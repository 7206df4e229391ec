/**
 * Traps: questions the article leaves unanswered while sharing their words, declined by general
 * regularities of news prose, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a "what KIND" question is not answered by a phrase of time or place', () => {
  it('declines what dish was served at a banquet the sentence only places in time', () => {
    const article =
      'date 2026-04-18\n\nMore than 60 guests fell ill with food poisoning after a wedding at the Quarrendel Lodge hotel in Brantside, health officials said.\n\n' +
      'Health officer Dr Aurelind Pirrick said the poisoning appeared to have spread after a wedding banquet on the hotel’s second evening, when the first 20 guests began to feel sick within a few hours.\n\n' +
      'The hotel’s kitchen, known for its seafood dishes, has been closed while inspectors take samples.\n\n' +
      'The couple said they were sorry for their guests and thanked the hotel staff.';
    const a = ask(article, 'What dish was served at the wedding banquet blamed for the poisoning?');
    expect(a.answered).toBe(false);
  });

  it('declines what species the new trees will be when only where and by when is told', () => {
    const article =
      'date 2026-05-02\n\nA builder who cut down four protected trees in Marlstow has been fined £3,200 by magistrates.\n\n' +
      'The trees were of a species that the county lists as rare, the court heard.\n\n' +
      'He must also plant eight replacement trees along the stream within 18 months.\n\n' +
      'His lawyer said he had not known the trees were protected.';
    const a = ask(article, 'what species will the replacement trees be');
    expect(a.answered).toBe(false);
    expect(ask(article, 'how many replacement trees must he plant').answer).toMatch(/eight/);
  });
});

describe('a bare span "after" some other event says no time of the asked act', () => {
  it('declines when the fossil goes on display from a sentence timing its find after a storm', () => {
    const article =
      'date 2026-02-11\n\nA 12-year-old boy has found a rare ammonite fossil on the beach at Corlby Bay, just two days after a storm tore away part of the cliff, curators confirmed on Monday.\n\n' +
      'The fossil is about 180 million years old and measures 30 centimetres across.\n\n' +
      'The county museum has asked the family to lend it for a display.';
    const a = ask(article, 'When will the ammonite fossil go on display?');
    expect(a.answered).toBe(false);
    expect(ask(article, 'how old is the fossil').answer).toMatch(/180 million years/);
  });
});
