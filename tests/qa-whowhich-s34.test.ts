/**
 * "Who" questions answered by the doer after a passive's "by": general ways news writes that doer,
 * each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a doer after "by" that opens on a hyphened title is read whole', () => {
  const match =
    'date 2026-03-15\n\nThe Pelbury Otters beat Crannock 22-20 on Saturday to reach the county final for the first time.\n\n' +
    'Crannock led until the last minute, when winger Idrena Dunwater scored in the corner, converted by stand-off Brisca Tremarrow, to win the match.\n\n' +
    'The final will be played at Tresk Park on 4 April.';

  it('answers who kicked the conversion with the stand-off', () => {
    const a = ask(match, 'who kicked the conversion');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Brisca Tremarrow/);
  });
});

describe('a doer after "by" may be a grant, its sum written with a currency sign', () => {
  const park =
    'date 2026-05-02\n\nSix new benches have been put in along the river walk in Hollowby.\n\n' +
    'The benches are paid for by a £900 grant from the Hollinbrook Civic Society.\n\n' +
    'Each carries a small plaque naming a former member of the club.';

  it('answers who pays for the benches with the grant and its giver', () => {
    const a = ask(park, 'who pays for the benches');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Hollinbrook Civic Society/);
  });
});

describe('a common verb’s "by" may stand past its particle and a time', () => {
  const fair =
    'date 2026-07-11\n\nA marquee at the Pellmarsh summer fair blew over in strong winds on Saturday afternoon.\n\n' +
    'The marquee was put up on Friday by Tavrenn Tents Ltd, a firm based in Drayle.\n\n' +
    'No one was hurt.';

  it('reads who put the marquee up as the doer after “by”', () => {
    const a = ask(fair, 'who put the marquee up');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Tavrenn Tents Ltd/);
    expect(a.explanation.rule).toMatch(/doer after "by"/);
  });
});
