/**
 * "How old is …?" of a thing: told as often by when it came to be as by a count of years. Over
 * invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a thing’s age told by when it was built or made', () => {
  const article =
    'date 2026-02-11\n\nThe reading room at Oxley Green will shut for six months while its roof is replaced, the parish council said on Monday.\n\n' +
    'The reading room, which was built in 1889 by a quarry owner, has leaked every winter since the storms of 2023.\n\n' +
    'A brass lectern made in the 1930s will be lent to the village school while the work goes on.\n\n' +
    'The 16th-century tithe barn next door will host the library in the meantime.\n\n' +
    'The Oxley Reading Room Friends, which was formed in 2019, has raised £14,000 towards the roof.\n\n' +
    'Librarian Ruth Combe said readers had been patient.';

  it('answers how old the reading room is with the year it was built', () => {
    const a = ask(article, 'how old is the reading room');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1889');
  });

  it('answers how old the lectern is with the decade it was made', () => {
    expect(ask(article, 'How old is the lectern?').answer).toContain('1930s');
  });

  it('answers how old the barn is with the century set before it', () => {
    expect(ask(article, 'how old is the tithe barn?').answer).toContain('16th-century');
  });
});

describe('only the asked thing’s making tells its age', () => {
  const article =
    'date 2026-05-02\n\nThe sails of the Dunmoor windmill turned again on Saturday after a three-year repair, watched by about 400 people.\n\n' +
    'The Dunmoor Windmill Trust, which was formed in 2019, paid for the work with £90,000 of grants.\n\n' +
    'Its volunteers now want to repair other mills built before 1900.';

  it('does not give the year the trust named after the mill was formed', () => {
    expect(ask(article, 'how old is the windmill').answer).not.toContain('2019');
  });

  it('does not read a bound on other mills’ building as the year this one was built', () => {
    expect(ask(article, 'how old are the mills').answer).not.toContain('1900');
  });
});

describe('a year set before the asked noun', () => {
  const article =
    'date 2026-04-20\n\nMARLBY — A bakery is to move into the town’s disused 1931 bus depot on Quarry Lane, creating 12 jobs.\n\n' +
    'The depot closed in May 2017 when services moved to a new garage at Hesket, two miles away.\n\n' +
    'Owner Dan Pryce, 41, said ovens would arrive in the summer.';

  it('answers how old the depot is with the year before it', () => {
    const a = ask(article, 'how old is the depot');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1931');
  });

  it('answers when the depot was built with that year, though no verb of building is written', () => {
    const a = ask(article, 'when was the bus depot built');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('1931');
  });

  it('does not read "in 1931" before another noun as the asked thing’s year', () => {
    const other = 'date 2026-04-20\n\nThe mill stopped grinding in 1931 when flour prices fell.\n\nThe mill is now a museum run by volunteers.';
    expect(ask(other, 'how old is the museum').answer).not.toContain('1931');
  });

  it('still answers when the depot closed with its own time', () => {
    expect(ask(article, 'when did the depot close').answer).toContain('May 2017');
  });
});
