/**
 * "What did X say about Y" questions: general ways news gives a speaker's words on the asked topic
 * among her words on other things, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('the speaker’s words that speak of the asked topic answer over her words on something else', () => {
  const article =
    'date 2026-04-11\n\nThe public swimming pool in Carrowby closed without warning on Monday after a crack was found in the main tank, leaving about 600 members without a pool.\n\n' +
    'Brynja Crosslet, 52, a baker who had driven to the pool with her two young daughters, said most members only heard about the closure at the door. ' +
    '“We only found out when the attendant locked the doors in front of us,” she said. ' +
    '“My youngest cried all the way home, and she keeps asking when the pool will open again.”\n\n' +
    'The council said repairs would take at least four months.';

  it('answers what she said about her youngest daughter with her words about her youngest', () => {
    const a = ask(article, 'What did Brynja Crosslet say about her youngest daughter?');
    expect(a.answer).toMatch(/My youngest cried/);
  });
});

describe('“what did X say” asks for words: a sentence that gives none is no answer', () => {
  const article =
    'date 2026-05-02\n\nPlumbers replacing pipes in a terraced house in Quabbley have found a bundle of wartime love letters under a bedroom floor.\n\n' +
    'The letters were tied with a blue ribbon.\n\n' +
    'The owner of the house, a retired nurse, has handed them to the town museum.';

  it('does not answer what the plumber said with the words after “plumbers”', () => {
    const a = ask(article, 'what did the plumber say');
    expect(a.answer).not.toMatch(/replacing pipes/);
  });
});

describe('a first name, or a trade written before the name, picks the one speaker it fits', () => {
  const article =
    'date 2026-05-02\n\nTwelve families moved into new council flats in Farrowgate on Monday, the first homes the council has built in 30 years.\n\n' +
    'Among the first to collect her keys was Zenobie Quarrendale, 29, a hairdresser who had spent two years in a single room in a hostel with her son.\n\n' +
    '"He has never had a garden before, and he ran straight out into it," she said.\n\n' +
    '"I just stood at the window and watched him."\n\n' +
    'Plumber Ian Rook, 44, who fitted the heating in every flat, had worked on the site since the spring.\n\n' +
    '"I’ve never seen people so pleased to see a radiator," he said.\n\n' +
    'The council plans to build another 40 flats next year.';

  it('answers what Zenobie said with her words', () => {
    expect(ask(article, 'what did zenobie say').answer).toMatch(/never had a garden/);
  });

  it('answers what the plumber said with his words', () => {
    expect(ask(article, 'what did the plumber say').answer).toMatch(/pleased to see a radiator/);
  });
});

describe('the asked speaker’s own quoted words answer a question on no topic, though they write her as “she”', () => {
  const article =
    'date 2026-05-02\n\nA disused phone box in the village of Ulvercote Pryde has been turned into a home for a defibrillator, two years after a cyclist died of a heart attack on the green.\n\n' +
    'Ezrin Fenner, 58, collapsed while riding past the church in June 2024.\n\n' +
    'His widow, Carol Fenner, 56, raised £2,400 for the machine with a sponsored walk.\n\n' +
    '"Nobody nearby knew what to do, and the nearest machine was six miles away," she said.\n\n' +
    '"If this box saves one life, then Ezrin has done some good."\n\n' +
    'The parish council will pay for the upkeep.';

  it('answers what his widow said with her words', () => {
    expect(ask(article, 'What did his widow say?').answer).toMatch(/Nobody nearby knew/);
  });
});
