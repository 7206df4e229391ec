/**
 * Ages of things and ages at events: whose age, and which one, a "how old" question asks, over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an age told of the asked thing’s noun is the thing’s, though a name stands beside it', () => {
  const article =
    'date 2026-08-11\n\nA steam locomotive that once hauled slate down the Brendlow valley is to carry passengers again next spring.\n\n' +
    'The engine belongs to retired signalman Osric Talbrook, 77, who bought it for scrap value in 1989.\n\n' +
    'Talbrook said the locomotive, which he calls Morwen, was now more than 110 years old and needed a new boiler.\n\n' +
    'A fundraising appeal has raised £62,000 so far.';

  it('answers how old the locomotive is with its own age, not its owner’s', () => {
    const a = ask(article, 'how old is the locomotive');
    expect(a.answer).toMatch(/110/);
  });
});

describe('an age a few words behind the asked noun is its own, past the skipper’s', () => {
  const article =
    'date 2026-05-19\n\nVolunteers in Carrowby have relaunched a Thames sailing barge after a three-year repair.\n\n' +
    'Her skipper, Cadwic Ordway, 58, said the barge, rigged with new red sails, was 96 years old.\n\n' +
    'She will now take school groups along the estuary.';

  it('answers how old the barge is with the barge’s age', () => {
    const a = ask(article, 'how old is the barge?');
    expect(a.answer).toMatch(/96/);
  });
});

describe('a closed compound is a sort of its last part: a footbridge’s age answers for the bridge', () => {
  const article =
    'date 2026-02-03\n\nA 250-year-old stone footbridge over the River Quendle has reopened after flood repairs.\n\n' +
    'Walkers had been forced to take a two-mile detour while the bridge was shut, said parish councillor Edwy Pellmoss, 69.\n\n' +
    'The work cost £41,000.';

  it('answers how old the bridge is with the footbridge’s age, not the councillor’s', () => {
    const a = ask(article, 'how old is the bridge');
    expect(a.answer).toMatch(/250/);
  });
});
