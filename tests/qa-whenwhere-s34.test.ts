/**
 * "When" and "where" questions, round 34: general ways news tells the asked time or place (or
 * seems to, and does not), each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a named thing in quotation marks keeps its own which-clause', () => {
  it('answers when a "kit cupboard" starts lending with the day its which-clause gives', () => {
    const article =
      'date 2026-04-02\n\nNeighbours in Saxelwick will be able to borrow a lawnmower or a pressure washer from next month.\n\n' +
      'The "kit cupboard", which opens on Tuesday 14 April, will start with 90 items kept in a garage behind the parish hall.\n\n' +
      'Membership costs £5 a year.';
    const a = ask(article, 'when does the kit cupboard start');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/14 April/);
  });
});

describe('a time of year or of day, or "the future", is no place', () => {
  it('does not answer where the village water comes from with the height of the tourist season', () => {
    const article =
      'date 2026-07-20\n\nThe lake at Brellingham has been closed to swimmers after blue-green algae were found in the water.\n\n' +
      'The ban comes at the height of the tourist season, when the village fills with visitors.\n\n' +
      'Signs have been put up at the jetty.';
    const a = ask(article, 'where does the village water come from');
    expect(a.answer).not.toMatch(/season/);
  });

  it('does not answer where a council meeting is held with what the meeting is on, a pavilion’s future', () => {
    const article =
      'date 2026-02-11\n\nThe Yarnley Players will stage their spring pantomime despite the closure of the village hall.\n\n' +
      "Parish clerk Ann Motte said the council would hold an open meeting on the pavilion's future in March.\n\n" +
      'Tickets cost £8.';
    const a = ask(article, 'where will the council hold the meeting');
    expect(a.answer).not.toMatch(/future/);
  });
});

describe('a bigger or worse one asked of in the past is an earlier one', () => {
  it('answers in what year there was a bigger fire with the time the superlative counts from', () => {
    const article =
      'date 2026-09-30\n\nA fire at a timber yard in Oskelby destroyed three warehouses on Monday night.\n\n' +
      'The fire was the largest in the town since 2011, when a blaze gutted the old rope works on Quillet Street.\n\n' +
      'No one was hurt.';
    const a = ask(article, 'in what year was there a bigger fire in the town');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/2011/);
  });
});

describe('"the first one since" a time tells when the last one was', () => {
  it('answers when the last flood at a mill was with the year the first since counts from, not the year the mill opened', () => {
    const article =
      'date 2026-01-19\n\nThe Harrowdene flour mill was flooded on Saturday after the River Tamble burst its banks.\n\n' +
      'Harrowdene Mill, which opened in 1887, has 40 staff and a flood barrier.\n\n' +
      'It is the first flood at the site since 2009, when water reached the grinding floor.\n\n' +
      'Owners expect to reopen within a month.';
    const a = ask(article, 'when was the last flood at the mill before this one');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/2009/);
  });
});
