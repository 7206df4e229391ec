/**
 * "When" questions: general ways news tells when the asked act was done, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a time written right after the asked verb tells when that act was done', () => {
  const article =
    'date 2026-04-10\n\nA parish councillor in Mossleigh has been removed from office after missing every meeting for six months.\n\n' +
    'The last by-election in Mossleigh, in 2017, had a turnout of 21%.\n\n' +
    'Harold Penwick, 61, who was elected as an independent in June 2022, last attended a meeting in October.\n\n' +
    'A by-election will be held in the summer.';

  it('answers when he was elected with the time after “elected”, not a by-election’s year', () => {
    const a = ask(article, 'when was he elected');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/June 2022/);
  });

  const shop =
    'date 2026-03-20\n\nA community larder behind the Quarry Road library in Thornbeck has given away four tonnes of food.\n\n' +
    'The larder is open from 9am to 6pm every day except Monday.\n\n' +
    'The Thornbeck Community Larder opened on 3 February in a former garden shed, run by 20 volunteers.\n\n' +
    'Supermarkets and bakeries in the town give their unsold food each evening.';

  it('answers when the larder opened with the day it opened, not its opening hours', () => {
    const a = ask(shop, 'when did it open');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/3 February/);
  });
});
