/**
 * Questions the article does not answer, read off a new batch's traps: each case is a general sign
 * that a sentence does not answer, over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('what someone earns is pay told by a period or a word of pay', () => {
  const article =
    'date 2026-03-04\n\nBus drivers in Colby walked out on Monday in a row over pay, halting every route in the city for two days.\n\n' +
    'The chamber of commerce said the bus drivers’ strike would cost the city about 4 million crowns.\n\n' +
    'Colby Transit reported net earnings of 31 million crowns last year, and the drivers’ union says its members should get a fair share of that.\n\n' +
    'A newly qualified nurse at Colby General earns 2,900 crowns a month, the health union said.';

  it('does not take a sum for the economy or a firm’s earnings as a driver’s pay', () => {
    expect(ask(article, 'How much does a Colby bus driver currently earn?').answered).toBe(false);
    expect(ask(article, 'How much do drivers earn?').answered).toBe(false);
  });

  it('still answers with pay told by the month', () => {
    const a = ask(article, 'How much does a newly qualified nurse earn?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2,900 crowns');
  });
});

describe('a day of the week names when, not which thing', () => {
  const article =
    'date 2026-05-10\n\nThe village of Colby will lose its last shop at the end of the month, the parish council said.\n\n' +
    'Without the shop, the nearest supermarket is in Arden, 12 miles away, reached by a ferry that sails just twice a day and never on Sundays.\n\n' +
    'The brass band played in the final of the regional contest on Saturday evening, in front of about 200 people.';

  it('does not name a company or a piece by a day', () => {
    expect(ask(article, 'which company runs the ferry to arden').answered).toBe(false);
    expect(ask(article, 'What march did the band play in the final?').answered).toBe(false);
  });

  it('still gives the day when the question asks when', () => {
    expect(ask(article, 'when did the band play in the final').answer).toContain('Saturday evening');
  });
});

describe('a passive told of another thing is not the asked thing’s', () => {
  const article =
    'title: Colby town hall clock chimes again\ndate 2026-06-20\n\nFor nine years its hands stood still. On Saturday the clock chimed again after a restoration paid for by local people.\n\n' +
    'The clock was built in 1872 by a firm of Arden clockmakers and has four faces, each 1.5 metres across.\n\n' +
    'The restoration cost about £40,000, most of it raised at a summer fair.';

  it('does not date the hall by when its clock was built', () => {
    expect(ask(article, 'when was the town hall built').answered).toBe(false);
  });

  it('still dates the clock', () => {
    expect(ask(article, 'when was the clock built').answer).toContain('1872');
  });
});

describe('a street’s name is an address, not a firm or a band', () => {
  const article =
    'date 2026-04-02\n\nColby will mark the 150th birthday of its market with a weekend of events, the town council said.\n\n' +
    'Elm Road will be closed to traffic from noon to 5pm on Sunday for a street party with music from a brass band, and the mayor of Colby, Councillor Ann Pell, will cut a birthday cake.\n\n' +
    'The baker, Hollis Bakes, which has a shop on Mill Lane, said it had baked the cake free of charge.';

  it('does not name the owner of a firm by the street its shop is on', () => {
    expect(ask(article, 'who owns Hollis Bakes').answered).toBe(false);
  });

  it('still names a street when the question asks for one', () => {
    expect(ask(article, 'which road will be closed on Sunday').answer).toBe('Elm Road');
  });
});
