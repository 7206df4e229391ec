/**
 * "Who runs / manages X?" answered by a sentence that opens on the title of X's holder ("Its
 * operator, …", "Manager …", "The landlord of …, …") right after the sentence naming X: invented
 * prose, each a general shape of news English.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('owner: a title opening the sentence after the asked thing names its holder', () => {
  it('"Its operator, NAME, said" answers who runs the thing the sentence before names', () => {
    const a = ask(
      'date 2026-01-10\n\n' +
        'Thick fog settled over Harrowmede on Tuesday.\n\n' +
        'It also stopped the Wendrick Point ferry, which normally crosses the estuary twice an hour. Its operator, Zephyrgate Lines, said sailings would resume once visibility improved.\n\n' +
        'Drivers were told to use the bridge instead.',
      'who runs the ferry',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Zephyrgate Lines');
    expect(a.sources[0]?.text).toContain('Its operator, Zephyrgate Lines');
  });

  it('"Manager NAME said" answers who manages the named place before it', () => {
    const a = ask(
      'date 2026-02-14\n\n' +
        'Valentine orders kept the town busy all week.\n\n' +
        'Queues formed outside the Pellinor Row bakery, which sold 900 heart-shaped buns by noon on Friday. Manager Dabney Oshiro said the ovens had been running since four in the morning.\n\n' +
        'The florist next door also ran out of roses.',
      'who manages pellinor row bakery',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Dabney Oshiro');
    expect(a.sources[0]?.text).toContain('Manager Dabney Oshiro');
  });

  it('"The landlord of PLACE, NAME, said" gives the landlord, not the place', () => {
    const a = ask(
      'date 2026-03-03\n\n' +
        'A storm brought down power lines across Orbleton on Saturday.\n\n' +
        'The outage left the village shop and its only pub without electricity for two days. The landlord of the Gilded Ferret, Eamon Trelawn, said he had thrown away most of the food in his freezers.\n\n' +
        'Engineers restored the supply on Monday morning.',
      'who runs the pub',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Eamon Trelawn');
    expect(a.sources[0]?.text).toContain('Eamon Trelawn');
  });
});
