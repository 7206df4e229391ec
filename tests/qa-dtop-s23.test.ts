/**
 * Right answers the engine used to decline, though its ranking put the right sentence first: each
 * case is a general form of English or of news writing, over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a height or a depth told by its direction: "above", "altitude", "below", "down"', () => {
  const article =
    'date 2026-03-11\n\nA helicopter carrying four surveyors landed safely at Marrow Field on Tuesday after a warning light came on at an altitude of about 1,800 metres, the operator said.\n\n' +
    'The surveyors had been mapping a disused quarry near the village of Tell, where the flooded pit reaches 85 metres below the road.\n\n' +
    'The new footbridge over the quarry will pass 40 metres above the water, the council said.';

  it('answers "how high" with a distance given as an altitude or "above" something', () => {
    const a = ask(article, 'How high was the helicopter when the light came on?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1,800 metres');
    const b = ask(article, 'how high above the water will the footbridge pass');
    expect(b.answered).toBe(true);
    expect(b.answer).toContain('40 metres');
  });

  it('answers "how deep" with a distance given "below" something', () => {
    const a = ask(article, 'How deep is the flooded pit?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('85 metres');
  });
});

describe('a distance told as "away" or "off" something answers "how far"', () => {
  const article =
    'date 2026-01-20\n\nA tortoise that went missing from a garden in Delby last summer has been returned to its owners after a walker spotted it in a hedge.\n\n' +
    'The tortoise, named Pebble, was found on Saturday about 6 kilometres away, in the grounds of a school in the village of Harl, where a caretaker picked it up.\n\n' +
    'Its owners, Mara and Tom Hesk, said they had put up posters in every shop in Delby.';

  it('answers with the distance "away"', () => {
    const a = ask(article, 'how far away did it end up?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('6 kilometres');
  });
});

describe('"how long … in service": a length after the verb the question’s noun is made from', () => {
  const article =
    'date 2025-08-14\n\nTarn Island’s volunteer rescue crew has taken delivery of a new £1.9 million inshore boat, replacing a craft that had served the island for 31 years.\n\n' +
    'The old boat will be sold, and the new one can reach 35 knots and carries a crew of four.\n\n' +
    'Islanders lined the quay to watch it arrive.';

  it('answers with the length of service', () => {
    const a = ask(article, 'how long was the old one in service');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('31 years');
  });
});

describe('"around each farm" says where a size holds, not that it is one of many shares', () => {
  const article =
    'date 2026-02-10\n\nA strain of swine fever has been found at two pig farms near Welby, the agriculture ministry said on Monday.\n\n' +
    'Vets have set up a 5-kilometre control zone and a 12-kilometre watch zone around each affected farm, banning the movement of pigs.\n\n' +
    'About 4,000 pigs will be culled.';

  it('answers with the zone’s size', () => {
    const a = ask(article, 'How big is the control zone around each farm?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('5-kilometre');
  });
});
