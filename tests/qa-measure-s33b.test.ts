/**
 * "How old", "how long" and "how far" questions: general ways news writes an age, a length or a
 * distance, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an age told by "is" or "was" of a person', () => {
  const article =
    'date 2026-04-02\n\nA beekeeping group in Marlcombe has planted 3,000 wildflower bulbs along the old railway cutting.\n\n' +
    'The group now has 26 members and meets every second Tuesday in the church hall.\n\n' +
    'The eldest, retired nurse Perpetua Dunstreve, is 93 and still tends four hives behind her cottage.\n\n' +
    'Organiser Ambrose Kaplan said he had joined to help his grandmother, who is 88 and keeps bees herself.\n\n' +
    'Among the founders was Private Osric Quillanby of the local militia, who was 24 when he set up the first hive in 1951.';

  it('answers how old the eldest member is with the age told after her name', () => {
    const a = ask(article, 'how old is the eldest member');
    expect(a.answer).toBe('93');
  });

  it('answers how old his grandmother is with the age told by a "who is"', () => {
    const a = ask(article, 'how old is his grandmother');
    expect(a.answer).toBe('88');
  });

  it('answers how old the founder was with the age told by a "who was" after his regiment', () => {
    const a = ask(article, 'how old was Osric Quillanby when he set up the first hive');
    expect(a.answer).toBe('24');
  });
});

describe('an age told by "now" after a name’s comma, with the clause going on', () => {
  const article =
    'date 2026-07-19\n\nA swimmer from Wexcliffe Bay has broken the county record for the 1,500 metres freestyle.\n\n' +
    'The old record was set by Brunhild Vantrell in 1994.\n\n' +
    'Vantrell, now 49 and a swimming teacher, watched the race from the stands.';

  it('answers how old the former record holder is now', () => {
    const a = ask(article, 'how old is Brunhild Vantrell now');
    expect(a.answer).toBe('49');
  });
});

describe('one of a unit of time after a qualifier is a length', () => {
  const article =
    'date 2026-05-11\n\nA swarm of wasps closed the bandstand in Pellowmere park on Saturday.\n\n' +
    'It took two volunteers from the county beekeeping club just under an hour to move the nest into a sealed crate.\n\n' +
    'A council spokesman said the repairs to the bandstand roof could take up to a year.';

  it('answers how long moving the nest took', () => {
    const a = ask(article, 'how long did it take the volunteers to move the nest');
    expect(a.answer).toMatch(/under an hour$/);
  });

  it('answers how long the repairs could take', () => {
    const a = ask(article, 'how long could the repairs take');
    expect(a.answer).toBe('up to a year');
  });
});

describe('a length after a superlative tells how long since the last such', () => {
  const article =
    'date 2026-03-01\n\nHeavy rain flooded roads in Quillanby on Friday.\n\n' +
    'Gauges recorded 80 millimetres overnight, making Friday the wettest night anywhere in the county for almost nine years.\n\n' +
    'Three roads were closed until Saturday afternoon.';

  it('does not answer how long the rain lasted with the years since a heavier one', () => {
    const a = ask(article, 'how long did it rain on Friday night');
    expect(a.answer).not.toBe('almost nine years');
  });

  it('still answers how long it has been since such rain', () => {
    const a = ask(article, 'how long since the county had such a wet night');
    expect(a.answer).toBe('almost nine years');
  });
});

describe('the time another act took is no span up to now', () => {
  const article =
    'date 2026-10-08\n\nParents in Gorsedge have launched a campaign to save the village school bus.\n\n' +
    'Campaign leader Thessaly Dunstreve said the group had gathered 2,400 signatures on a petition in less than five days.\n\n' +
    'The county council will decide the route’s future in December.';

  it('does not answer how long she has led the campaign with how long the petition took', () => {
    const a = ask(article, 'how long has she been in charge of the campaign?');
    expect(a.answer).not.toBe('less than five days');
  });
});
