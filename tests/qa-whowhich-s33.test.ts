/**
 * "Who" and "which" questions: general ways news names who leads, owns or did something, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a bare leading title leads the body the story opens on', () => {
  const article =
    'date 2026-02-11\n\nA family bakery in Tollmarsh is to take on 12 new staff after winning a contract to supply a chain of cafés.\n\n' +
    'Tabbersley & Vench, which has baked bread on Quarry Lane since 1908, said the deal was worth about £1.4 million a year.\n\n' +
    'The first deliveries will leave the bakery in April.\n\n' +
    'Managing director Wynfrith Tabbersley, 47, said the order had come about after a buyer tasted a loaf at a farmers’ market.\n\n' +
    'The bakery was damaged by a flood in 2019 and closed for five months.';

  it('answers who runs the firm with the managing director', () => {
    const a = ask(article, 'who runs tabbersley & vench');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Wynfrith Tabbersley/);
  });
});

describe('a word typed without the accents the article prints is the same word', () => {
  const article =
    'date 2026-05-20\n\nA tool library has opened in the village of Yarnworth Moss.\n\n' +
    'The scheme was set up by Brisco Yallop, 61, who runs the Wren Café on Mill Row.\n\n' +
    'Members pay £5 a year and can borrow drills, ladders and lawnmowers for up to a week.';

  it('names the café asked for as a cafe', () => {
    const a = ask(article, 'whats the cafe called');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Wren Café/);
  });
});

describe('what a seller charges "for" is the priced thing', () => {
  const article =
    'date 2026-05-20\n\nPublic toilets on the Yarnworth promenade will reopen next week after a kiosk owner agreed to run them.\n\n' +
    'Bryony Skellet, 39, who owns the Puffin Kiosk, signed a lease on the block at a rent of £1 a year.\n\n' +
    'Visitors will pay 30p to use the toilets.';

  it('does not give the rent as the price of a coffee at the kiosk', () => {
    const a = ask(article, 'how much does the puffin kiosk charge for a coffee');
    expect(a.answered).toBe(false);
  });
});
