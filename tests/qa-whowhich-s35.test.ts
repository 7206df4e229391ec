/**
 * "Who" and "which" questions answered by the doer of the asked act: in a relative clause whose
 * verb carries auxiliaries ("who is leading"), and after a passive's "by" set behind an aside.
 * Invented news prose throughout.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a relative clause with auxiliaries names the doer of the asked act', () => {
  const bridge =
    'date 2026-02-11\n\nThree people were hurt when a footbridge collapsed during a riverside festival in Tresco on Saturday, police said.\n\n' +
    'Chief Superintendent Demelza Kenver, who is leading the bridge investigation, said officers were looking at the bolts that held the deck.\n\n' +
    'The national Ministry of Justice said late on Sunday that an inquiry, independent of the force, would be set up next to the police investigation into the collapse of the footbridge.\n\n' +
    'The festival was cancelled.';

  it('answers who is heading the inquiry with the one “who is leading” it, over a body the rules doubt', () => {
    const a = ask(bridge, 'Who is heading the police inquiry?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Demelza Kenver/);
  });

  const ferry =
    'date 2026-03-09\n\nThe ferry between Zennor Quay and the island of Skerrin will stop running in the winter months from next year.\n\n' +
    'Fares will rise by 10% in April, according to Polglase Marine, which has operated the ferry since 1998.\n\n' +
    'The Skerrin Island Council said islanders were angry and would petition the minister for transport, Senara Darrowby.';

  it('answers which company operates the ferry with the firm “which has operated” it', () => {
    const a = ask(ferry, 'Which company operates the ferry?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Polglase Marine/);
  });
});

describe('a passive’s "by" may stand behind an aside set off by commas', () => {
  const meadow =
    'date 2026-06-20\n\nA wildflower meadow on the edge of Tollerbeck has been bought by the village’s conservation society.\n\n' +
    'The field was sold to the society for £12,000, about half its value as grazing land, by retired shepherd Osric Penmarric, 79.\n\n' +
    'Volunteers will sow yellow rattle there in the autumn.';

  it('answers who sold the field with the doer after the aside', () => {
    const a = ask(meadow, 'who sold them the field');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Osric Penmarric/);
  });
});
