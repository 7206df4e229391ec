/**
 * "Where" at premises: a name after a part of premises ("the back room of", "the car park of") or
 * after a word setting a thing beside them ("behind", "opposite") is a venue, and the part or the
 * spot is where, over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a part of premises before “of” makes the name after it a venue', () => {
  const article =
    'date 2026-03-11\n\nA chess club that has met every Thursday for half a century is looking for new players after its membership fell to nine.\n\n' +
    'The Marnock Knights were founded in 1976 by two railway clerks who played in the back room of the Grebe and Anchor, and moved to the library in 1990.\n\n' +
    'Secretary Osgar Pottle said younger players now mostly played online.\n\n' +
    'A free beginners’ evening will be held next month, with boards and clocks provided.';

  it('answers where the founders played with the room and the venue it belongs to', () => {
    const a = ask(article, 'where did the founders play');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/back room of the Grebe and Anchor/);
  });
});

describe('a car park before “of” makes the name after it a venue', () => {
  const article =
    'date 2026-06-02\n\nA mobile blood donation unit is making its first visit in three years.\n\n' +
    'The unit, which holds eight beds, will be parked on Saturday in the car park of Larkspur Grange.\n\n' +
    'Organisers in Tullworth said about 60 appointments were still free.';

  it('answers where the unit will be with the car park and the venue', () => {
    const a = ask(article, 'where will the unit be');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/car park of Larkspur Grange/);
  });
});

describe('a spot behind premises makes the name after it a venue', () => {
  const article =
    'date 2026-09-20\n\nCyclists in Sollery finally have somewhere dry to leave their bikes.\n\n' +
    'A covered rack for 40 bikes, paid for by the parish council, went up over the summer behind the Wendle Arms.\n\n' +
    'Councillor Tamsa Brindy said it had been full most weekday mornings since.\n\n' +
    'It cost £6,500.';

  it('answers where the rack is with the spot behind the venue', () => {
    const a = ask(article, 'where is the bike rack');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/behind the Wendle Arms/);
  });
});
