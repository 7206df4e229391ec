/**
 * Questions the article does not answer, which a near-miss sentence shares most words with:
 * general reasons the sentence does not tell what is asked, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a sum asked of one part alone is not told by the whole', () => {
  const article =
    'date 2026-05-02\n\nA village in the Orrel valley has reopened its lido after a two-year restoration.\n\n' +
    'The work cost £84,000, paid for with £60,000 from the parish council and the Kettering Trust, with the rest raised by villagers, partly through a sponsored swim.\n\n' +
    'Thieves broke into the kiosk on Sunday night and escaped with about £900 in cash.\n\n' +
    'The Kettering Trust said it gave £15,000 on its own last year to restore the changing rooms.';

  it('declines what the parish council gave on its own when only the shared sum is told', () => {
    expect(ask(article, 'How much did the parish council give on its own?').answered).toBe(false);
  });

  it('declines what came from the sponsored swim alone when it raised only part of the rest', () => {
    expect(ask(article, 'How much came from the sponsored swim alone?').answered).toBe(false);
  });

  it('declines what was taken from the till alone when the sentence names no till', () => {
    expect(ask(article, 'How much cash was taken from the till alone?').answered).toBe(false);
  });

  it('still answers what the trust gave on its own where a sentence gives its sum alone', () => {
    const a = ask(article, 'How much did the Kettering Trust give on its own?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('15,000');
  });
});

describe('a time asked of a day of the week is told only by a sentence writing that day', () => {
  const article =
    'date 2026-03-10\n\nA covered market in Harlow Cross will stay open later from next month, traders said.\n\n' +
    'The market is open from 8am to 5pm on weekdays and closed on Sundays, which shoppers have long complained about.\n\n' +
    'On Fridays the fish stalls open at 6am, an hour before the rest.\n\n' +
    'A craft fair will fill the car park on Saturday, 21 March.';

  it('declines when the market opens on Saturdays where no sentence writes Saturday', () => {
    expect(ask(article, 'what time does the market open on saturdays').answered).toBe(false);
  });

  it('still answers when the fish stalls open on Fridays', () => {
    const a = ask(article, 'What time do the fish stalls open on Fridays?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('6am');
  });
});

describe('a part asked of a whole is not told by a count of the whole', () => {
  const article =
    'date 2026-08-19\n\nA sightseeing boat struck a rock off Gallan Head on Tuesday with 62 passengers on board.\n\n' +
    'Ewa Marsh, 41, who was on board with her three children, said the deck tilted sharply.\n\n' +
    'All 62 passengers were brought ashore by lifeboat crews within two hours.\n\n' +
    'Nine passengers were treated for hypothermia, and four of them were kept in hospital overnight.\n\n' +
    'About 30 passengers signed a complaint to the operator on Wednesday.';

  it('declines how many of the passengers were children when only one family’s children are counted', () => {
    expect(ask(article, 'How many of the passengers were children?').answered).toBe(false);
  });

  it('still answers how many of the passengers were kept in hospital', () => {
    const a = ask(article, 'How many of the passengers were kept in hospital?');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toContain('four of them');
  });

  it('still answers how many of the passengers signed the complaint from a count whose clause tells the act', () => {
    const a = ask(article, 'How many of the passengers signed the complaint?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('30 passengers');
  });
});

describe('a place’s name written before another noun names no thing of the asked kind', () => {
  const article =
    'date 2026-04-02\n\nKelby’s old swimming baths welcomed swimmers back on Saturday after a two-year restoration.\n\n' +
    'To raise money for a new diving board, the swimming club is holding a relay race against a team of firefighters at Kelby village green on Sunday.\n\n' +
    'The Orla river burst its banks last winter and flooded the changing rooms.';

  it('declines which fire station the firefighters are from when only the green’s village is named', () => {
    expect(ask(article, 'which fire station are the firefighters from').answered).toBe(false);
  });

  it('still answers which river burst its banks from the name before “river”', () => {
    const a = ask(article, 'which river burst its banks');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Orla');
  });
});

describe('an amount asked of the first of a series is not told by a sentence that never says first', () => {
  const article =
    'date 2026-10-07\n\nA pine marten has been caught on film at a Parrow Dale nature reserve, its first sighting there in 80 years.\n\n' +
    'The trust that runs the reserve will buy five extra trail cameras next spring with a council grant of about £2,400.';

  it('declines how much the first camera cost when only the cost of more cameras is told', () => {
    expect(ask(article, 'how much did the first camera cost').answered).toBe(false);
  });

  it('still answers how much the first camera cost from a sentence on the first one', () => {
    const a = ask(`${article}\n\nThe first camera cost £350 and was paid for from a village fete.`, 'how much did the first camera cost');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('350');
  });
});
