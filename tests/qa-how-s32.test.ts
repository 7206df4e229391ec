/**
 * "How long" questions on the length of a thing: general ways news gives it, each over invented
 * news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a thing’s length is measured, not the time of some act told of it', () => {
  it('answers how long a pier is with the distance its verb of extent gives', () => {
    const article =
      'date 2026-04-11\n\nThe seaside pier at Wrenholm will reopen to visitors next month after a two-year repair.\n\n' +
      'Wrenholm Pier, which stretches 310 metres out to sea, was closed in 2024 after a storm damaged its decking.\n\n' +
      'The borough council has agreed to pay for the pier’s upkeep for the next eight years.';
    const a = ask(article, 'How long is the pier?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('310 metres');
  });

  it('answers how long a bridge to be built is going to be with the distance it will span', () => {
    const article =
      'date 2026-03-02\n\nA footbridge is to replace the level crossing at Dunley station.\n\n' +
      'Network engineers said work on the bridge at Dunley will start in May and take about 30 weeks.\n\n' +
      'The new bridge will span 31 metres and stand about six metres above the tracks.';
    const a = ask(article, 'how long is the bridge going to be');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('31 metres');
  });

  it('answers how long a planned runway will be with the length written before its name', () => {
    const article =
      'date 2026-03-02\n\nPlanners approved a second runway at Hesketh Moor airport on Tuesday, ending a four-year dispute.\n\n' +
      'The council voted 8-3 in favour of the 2.8-kilometre runway after a long hearing.\n\n' +
      'Night landings on the new runway are to be banned from midnight until five in the morning.';
    const a = ask(article, 'How long will the new runway be?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('2.8-kilometre');
  });

  it('answers how long a tunnel is with the length before its proper name', () => {
    const article =
      'date 2026-11-02\n\nThe longest road tunnel in Ostreland opened on Monday, three years late.\n\n' +
      'The minister conceded the new tunnel had run over budget. “It was dear, but our grandchildren will still drive through it,” she said.\n\n' +
      'The 12-kilometre Harrowgap Tunnel runs beneath the Gallet hills and cuts the drive to the coast by an hour.';
    const a = ask(article, 'how long is the new tunnel');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^12-kilometre/);
  });
});
