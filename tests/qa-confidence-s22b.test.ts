/**
 * Questions whose best sentence is the right one but whose confidence fell short (second round):
 * each case is a general form of English the engine reads, in invented news prose, never an
 * article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a typo two slips from the article’s word is read as that word', () => {
  const article =
    'date 2025-06-02\n\n' +
    'The government on Monday declared the Harrel Marshes a protected wetland, closing them to drainage and building.\n\n' +
    'The marshes are home to more than 800 recorded species, including the rare marsh harrier and several orchids.\n\n' +
    'Local farmers said they feared losing grazing land.';

  it('“how many spieces live in the marshes” is answered by the count of species', () => {
    const a = ask(article, 'How many spieces live in the marshes?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('800');
    expect(a.sources[0]?.text).toContain('recorded species');
  });

  it('a real English word the article lacks (“spices”) is still not read as “species”', () => {
    const a = ask(article, 'How many spices are grown in the marshes?');
    expect(a.answered).toBe(false);
  });
});

describe('where: a name of no known kind after “at”, “in” or “on” is written as a place', () => {
  const article =
    'date 2025-09-14\n\n' +
    'More than 40 guests fell ill after a charity dinner in the town of Welby last weekend, health officials said.\n\n' +
    'About 180 people attended the dinner on Saturday at the Corran Rooms, a restored grain warehouse beside the canal.\n\n' +
    'The caterer, Plattford Kitchens, has been told to close its kitchen for two weeks.';

  it('“where did the dinner take place” is answered by the named hall', () => {
    const a = ask(article, 'Where did the dinner take place?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Corran Rooms');
    expect(a.sources[0]?.text).toContain('attended the dinner');
  });

  it('a where question about something the article never tells of is still declined', () => {
    const a = ask(article, 'Where did the auction take place?');
    expect(a.answered).toBe(false);
  });
});

describe('when … last: a superlative’s “since” is the time of the last like event', () => {
  const article =
    'date 2025-03-09\n\n' +
    'Floodwater swept through the centre of Dunmarrow on Saturday after two days of heavy rain, forcing about 300 people from their homes.\n\n' +
    'The flood is the worst to strike the town since 1987, when the river burst its banks at the old mill.\n\n' +
    'Council workers began pumping out cellars on Sunday.';

  it('“when did the town last suffer a flood this bad” is answered by the year after “since”', () => {
    const a = ask(article, 'When did the town last suffer a flood this bad?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1987');
    expect(a.sources[0]?.text).toContain('worst to strike the town');
  });

  it('“when did the flood hit the town” is still answered by this flood’s day, not the earlier year', () => {
    const a = ask(article, 'When did the flood hit the town?');
    expect(a.answer).not.toContain('1987');
  });
});
