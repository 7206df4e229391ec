/**
 * "How long" questions: general ways news gives the length asked, each over invented news prose,
 * never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a gap is told from its end: a return "for the first time in" a length, or a length "after" the stop', () => {
  const museum =
    'date 2026-05-02\n\nThe Ostwick Toy Museum has welcomed visitors again for the first time in nine years, its trustees said.\n\n' +
    'A surveyor advised the trustees to close the Georgian building in 2017, and a 30-minute inspection was all it took to find dry rot under every floor.\n\n' +
    'Entry costs £4 for adults.';
  const cinema =
    'date 2026-10-20\n\nFilms are back on the screen at the Wethercote Picture House, nearly four years after a burst water main flooded the auditorium and shut it.\n\n' +
    'Volunteers from the Tansley Film Society raised £85,000 to replace the seats and carpets.\n\n' +
    'The first showing on Friday sold out within an hour.';

  it('answers how long the museum was closed with the length it reopened after', () => {
    const a = ask(museum, 'how long was the museum closed?');
    expect(a.answer).toBe('nine years');
  });

  it('answers how long the cinema has been shut with the length after the flood, hedge and all', () => {
    const a = ask(cinema, 'how long has the cinema been shut');
    expect(a.answer).toBe('nearly four years');
  });
});
