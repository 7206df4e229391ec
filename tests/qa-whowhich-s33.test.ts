/**
 * "Who" and "which" questions: general ways news names who leads, owns or did something, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a bare leading title leads the body the story opens on', () => {
  const article =
    'date 2026-02-11\n\nA family bakery in Tollmarsh is to take on 12 new staff after winning a contract to supply a chain of cafés.\n\n' +
    'Ember & Rowe, which has baked bread on Quarry Lane since 1908, said the deal was worth about £1.4 million a year.\n\n' +
    'The first deliveries will leave the bakery in April.\n\n' +
    'Managing director Ottilie Ember, 47, said the order had come about after a buyer tasted a loaf at a farmers’ market.\n\n' +
    'The bakery was damaged by a flood in 2019 and closed for five months.';

  it('answers who runs the firm with the managing director', () => {
    const a = ask(article, 'who runs ember & rowe');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Ottilie Ember/);
  });
});
