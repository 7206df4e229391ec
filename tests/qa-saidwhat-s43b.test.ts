/**
 * "What did she say was … / say about …?" over invented news prose: of the speaker's words, those
 * that speak of the question's topic in another word answer over her words on something else.
 */
import { describe, expect, it } from 'vitest';
import { askInTurn } from './qa-helpers.js';

describe('quote questions: her words on the topic in another word', () => {
  const cave =
    'date 2026-08-14\n\n' +
    'Cavers exploring a flooded passage under Draycombe Fell have found a chamber lined with crystals.\n\n' +
    '"When my torch first lit up the cave, nobody in the team said anything for a good while," said Tamsyn Ostrey, 41, a geologist at Lavinthorpe University who led the dive. ' +
    '"Crystals this big are rare anywhere, and almost unheard of this near the surface, where floods usually break them off long before they can grow to the length of a forearm."\n\n' +
    'The team will return in October to map the rest of the passage.';

  it('"so unusual" is answered by her words that call the crystals rare (a word close by vectors)', () => {
    const a = askInTurn(cave, 'Who is Tamsyn Ostrey?', 'What did she say was so unusual?');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toContain('rare anywhere');
  });

  const market =
    'date 2026-03-03\n\n' +
    'A street market in Kettlemoor will lose its trading permit after traders ignored repeated warnings about blocked fire lanes.\n\n' +
    "The organisers' spokesman asked the panel to consider suspending the permit for a month instead.\n\n" +
    '"The organisers were warned in writing four times, and each time they promised to clear the lanes," said Ingeborg Yarrowby, chair of the council\'s licensing panel. ' +
    '"Closing the stalls for a few weeks would change nothing, because a suspension only delays the day we all end up back in this room."\n\n' +
    'The organisers have 21 days to appeal.';

  it('"suspending" is answered by her words on a suspension (a word news uses for it)', () => {
    const a = askInTurn(market, 'Who is Ingeborg Yarrowby?', 'What did she say about suspending it?');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toContain('a suspension only delays');
  });
});
