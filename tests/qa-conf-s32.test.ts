/**
 * The answer-or-decline decision: general evidence that lets a right sentence through, or keeps a
 * near miss out, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an answer of the asked kind marked by its own words outweighs a noun the article words otherwise', () => {
  const article =
    'date 2026-04-11\n\nWalkers on Bramwyth Moor have been asked to keep to the marked paths until the end of July.\n\n' +
    'Rangers said dogs must stay on a lead because skylarks nest on the open heather in spring.\n\n' +
    'Volunteers will stand at the three main car parks on weekend mornings to hand out leaflets.\n\n' +
    'Volunteers repainted the old boathouse on Saturday because damp had blistered its timber.\n\n' +
    'The Quarn Valley mill will close in September with the loss of 140 jobs, according to the Weavers’ Union.';

  it('answers why dogs “and stuff” must stay on a lead with the cause the sentence gives', () => {
    const a = ask(article, 'why must dogs and stuff stay on a lead');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/skylarks nest/);
  });

  it('declines why a thing the article never names had the act done to it', () => {
    expect(ask(article, 'Why did the volunteers repaint the lifeboat?').answered).toBe(false);
  });

  it('answers according to whom the mill will close with redundancies with the named source', () => {
    const a = ask(article, 'according to who will the mill close with redundancies');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Weavers/);
  });
});

describe('a sum raised through several means is their whole, not one part’s', () => {
  const article =
    'date 2026-03-02\n\nA scout hut in Wennick has a new roof after a year of fundraising.\n\n' +
    'The troop raised £6,200 through a sponsored swim, a jumble sale and a quiz at the Dunsaddle Arms.\n\n' +
    'The roof was fitted by volunteers over two weekends in February.';

  it('declines how much one of the listed means raised', () => {
    expect(ask(article, 'how much did the jumble sale raise').answered).toBe(false);
  });

  it('still answers how much the raisers raised in all', () => {
    expect(ask(article, 'how much did the troop raise').answer).toMatch(/6,200/);
  });
});
