/**
 * Which sentence answers: cases read off the training articles' misses, each a general form of news
 * writing over invented prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a news lead has only a small head start on "who" questions', () => {
  const article =
    'date 2026-03-02\n\nA rare silver coin minted more than 900 years ago has been found in a ploughed field near the village of Colby, the county museum said on Tuesday.\n\n' +
    'Farmhand Tom Hale, 58, first spotted it in the mud on 12 February while checking a hedge for storm damage.\n\n' +
    'Experts say only four others of its kind are known.\n\n' +
    'The museum hopes to buy it for its collection.';

  it('answers from the sentence that names the person, not the lead that tells the find', () => {
    const a = ask(article, 'who first spotted the coin');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tom Hale');
    expect(a.sources[0]?.text).toContain('first spotted it');
  });

  it('still answers a question about the find itself from the lead', () => {
    expect(ask(article, 'where was the coin found').sources[0]?.text).toContain('ploughed field');
  });
});

describe('an adverb that only stresses the question is no word to match', () => {
  const article =
    'date 2026-03-02\n\nA gas blast destroyed a bakery in the town of Colby early on Sunday, injuring two workers, the fire service said.\n\n' +
    'The explosion happened at 4:50 a.m., shortly before the first shift was due to start.\n\n' +
    'Nobody knows exactly when the first bakery on the site opened, though town records mention one in 1790.\n\n' +
    'Investigators said the cause of the blast was not yet known.';

  it('answers "exactly when" from the sentences about the blast, not one that says "exactly"', () => {
    const a = ask(article, 'exactly when was the blast');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).not.toContain('Nobody knows');
    expect(a.answer).not.toContain('1790');
  });

  it('still finds the time asked with "when exactly"', () => {
    expect(ask(article, 'when exactly did the explosion occur').answer).toBe('4:50 a.m.');
  });
});

describe('"how many of the injured": a part of a group the sentence does not count', () => {
  const article =
    'date 2026-03-02\n\nA fire tore through a paint factory in the town of Colby early on Tuesday, killing two workers and injuring 23 others, officials said.\n\n' +
    'The blaze started in a storage shed and spread to the main hall within minutes.\n\n' +
    'A hospital spokesman said five of the injured remained in a serious state, most of them with burns.\n\n' +
    'The cause of the fire is being investigated.';

  it('answers with the part, from its sentence, not the lead’s total', () => {
    const a = ask(article, 'how many of the injured are in a serious state');
    expect(a.answer).toBe('five of the injured');
    expect(a.sources[0]?.text).toContain('hospital spokesman');
  });

  it('still answers the total from the lead', () => {
    expect(ask(article, 'how many people were injured').answer).toContain('23');
  });
});

describe('a time to come given as a range: "within four to six days"', () => {
  const article =
    'date 2026-03-02\n\nA regional airline grounded its whole fleet on Monday after engineers found a crack in a propeller gearbox.\n\n' +
    'Passengers booked on flights up to 14 March will get full refunds, the airline said.\n\n' +
    'Its chief executive said the first aircraft should be flying again within four to six days, once every gearbox had been checked.\n\n' +
    'Health officials said they expected fresh infections to begin dropping within three or four weeks.';

  it('answers "when will …" with the range', () => {
    expect(ask(article, 'when will the planes be flying again').answer).toBe('within four to six days');
    expect(ask(article, 'when do officials expect fresh infections to begin dropping').answer).toBe('within three or four weeks');
  });
});

describe('a "who" answer is someone: a subject that names a thing is a weak doer', () => {
  const article =
    'date 2026-03-02\n\nThe town of Colby will mark 40 years of its twinning with a Dutch town this weekend.\n\n' +
    'The festival ends on Saturday with the lighting of a bonfire on the green and the unveiling of a new town sign showing the way to the harbour.\n\n' +
    'About 90 visitors are expected.';

  it('declines rather than give "the unveiling of …" as who designed the sign', () => {
    expect(ask(article, 'who designed the new town sign').answered).toBe(false);
  });

  it('still gives a person who is the subject', () => {
    const a = ask('date 2026-03-02\n\nA retired teacher designed the new town sign, which shows the way to the harbour.', 'who designed the new town sign');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('retired teacher');
  });
});
