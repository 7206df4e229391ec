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
    'Osric Penwick, 61, who was elected for the Green Party in June 2022, last attended a meeting in October.\n\n' +
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
  const quake =
    'date 2026-08-19\n\nA strong earthquake struck the hill district of Tallowbeck late on Tuesday, bringing down houses and cutting roads to three villages.\n\n' +
    'The magnitude 6.1 quake hit at 10:15pm local time, with its centre 30 kilometres west of the district town.\n\n' +
    'Soldiers cleared landslides from the roads by Wednesday noon.';

  it('keeps the hour the body gives for when the quake struck, not the lead’s day', () => {
    const a = ask(quake, 'When did the quake strike?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/10:15pm/);
  });
});

describe('opening hours, and what hours, are a span of the day with both its ends', () => {
  const cafe =
    'date 2026-06-05\n\nA café run by volunteers has opened in the old waiting room at Dunford railway station.\n\n' +
    'The first customers were served at 7am on Saturday, when the mayor cut a ribbon across the door.\n\n' +
    'The café is open from 8am to 4pm every day except Monday, and profits go to the station’s garden.\n\n' +
    'Volunteers hope to add evening openings in the summer.';

  it('answers the opening hours with the span the café is open', () => {
    const a = ask(cafe, 'what are the opening hours');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/8am to 4pm/);
  });

  const road =
    'date 2026-02-11\n\nA main road through Quennbury will close at night for three weeks while a gas main is replaced.\n\n' +
    'The road will be shut at 9pm on Monday, and from then on between 9pm and 5am each night.\n\n' +
    'Buses will run to a temporary stop outside the village hall.';

  it('answers what hours the road is shut with both ends of the span', () => {
    const a = ask(road, 'what hours will the road be shut');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/9pm and 5am/);
  });
});
