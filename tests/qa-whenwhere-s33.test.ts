/**
 * "When" and "where" questions: general ways news gives the asked time or place, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a time bound by the asked "since" or "until" answers, whatever verb tells the state', () => {
  it('answers since when a cafe has been shut with the time its standing empty began', () => {
    const article =
      'date 2026-06-20\n\nThe lido in Farrowby opened for the summer on Saturday.\n\n' +
      'Its cafe, which has stood empty since March, is expected to find a new tenant soon.\n\n' +
      'Entry costs £4 for adults.';
    const a = ask(article, 'since when has the cafe been closed');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^since March/);
  });

  it('answers until when cyclists are kept off a bridge with the time its closure to them ends', () => {
    const article =
      'date 2026-02-03\n\nThe footbridge over the River Quarle in Oldholt will reopen on Monday after repairs.\n\n' +
      'Walkers have had to use a road bridge two miles away since the footbridge was closed in October.\n\n' +
      'The crossing will stay shut to cyclists until the end of March while the deck surface settles.';
    const a = ask(article, 'until when are cyclists banned from the footbridge');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^until the end of March/);
  });
});

describe('the place a story is set in is too coarse to say where something in it is', () => {
  it('does not answer where a seed swap is held with the town its dateline names', () => {
    const article =
      'HARLOWE — A seed swap in Harlowe has given away more than 20,000 packets of seeds in its first three years, its organisers say.\n\n' +
      'The swap, which runs in the Quaker meeting house on Wickle Street every other Saturday morning, was started by retired gardener Ivy Brightmoss, 71.\n\n' +
      'Visitors can take up to five packets each.';
    const a = ask(article, 'where is the seed swap held');
    expect(a.answer).not.toMatch(/Harlowe/);
  });

  it('answers where exactly a fire started with the spot a later sentence gives, not the lead’s town', () => {
    const article =
      'date 2026-03-02\n\nA fire broke out at a paper mill in the riverside town of Castlemore on Monday, forcing 200 workers to leave the site.\n\n' +
      'The fire started in a storage shed beside the pulping hall, a company spokesman said.\n\n' +
      'Nobody was hurt.';
    const a = ask(article, 'where exactly did the fire start');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toMatch(/storage shed/);
  });
});

describe('a lead that sets its event on a street or by a landmark gives the very spot', () => {
  it('answers where exactly a van overturned with the lead’s street', () => {
    const article =
      'date 2026-08-14\n\nA delivery van overturned at about 6am on Thursday on Quillet Lane, beside the old tollhouse, police said.\n\n' +
      'The driver was unhurt.';
    const a = ask(article, 'where exactly did the van overturn');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Quillet Lane');
  });
});
