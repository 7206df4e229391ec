/**
 * "When" and "how long" questions: general ways news ties a time or a length to the asked thing,
 * each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a thing’s history gives how long it has been going', () => {
  const article =
    'date 2026-05-09\n\nA village choir from Ashlow has won the regional singing cup, beating 11 other groups in Marbury Hall.\n\n' +
    'The final lasted almost four hours, and the choir sang for about 20 minutes of it.\n\n' +
    'Its conductor, Rhona Vail, 58, said it was the best night in the choir’s 74-year history.\n\n' +
    'Members rehearse every Thursday evening at the church on Mill Lane.';

  it('answers how long the choir has been going from its history', () => {
    const a = ask(article, 'how long has the choir been going');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('74-year');
  });

  it('still answers how long the final lasted', () => {
    const a = ask(article, 'how long did the final last');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('four hours');
  });
});

describe('a time that points ahead of the article’s day does not tell when a past act was', () => {
  const article =
    'A community land trust in Ebbley has finished eight affordable homes for local families.\n\n' +
    'The land trust now hopes to build six more homes on land by the school, and plans a public meeting in the new year.\n\n' +
    'The homes were handed over on 20 September by the trust, which villagers set up in 2016.';

  it('does not answer when the trust was started by the new year', () => {
    const a = ask(article, 'when was the land trust started');
    expect(a.answer).not.toContain('new year');
  });

  it('still answers when the public meeting will be', () => {
    const a = ask(article, 'when will the public meeting be');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('in the new year');
  });
});

describe('asked in the perfect, a span’s start answers how long', () => {
  const article =
    'Voters in Dorrin go to the polls on Sunday in an election the ruling party is expected to win.\n\n' +
    'Prime Minister Ilse Varga has led the country since 2015 and is seeking a fourth term.\n\n' +
    'Her main rival, Tomas Kell, 44, has promised lower fuel taxes.';

  it('answers how long she has been in power by “since 2015”', () => {
    const a = ask(article, 'how long has varga been in power');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('since 2015');
  });
});

describe('a span may open on a clause’s verb after “since”', () => {
  const article =
    'A retired couple in Wexby have been rescued after their narrowboat sank on the canal on Friday.\n\n' +
    'The pair, who have lived aboard the boat since leaving their jobs in 2018, were unhurt.\n\n' +
    'Firefighters spent about an hour pumping out the hull.';

  it('answers how long they have lived on the boat by the “since leaving” clause', () => {
    const a = ask(article, 'how long have they been living on the boat');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('since leaving their jobs');
  });
});

describe('a calendar time close behind answers ahead of a lead’s loose one', () => {
  const article =
    'A time capsule buried by scouts in Hollin Green 40 years ago has been dug up and opened at a village fete.\n\n' +
    'The capsule was buried beside the scout hut in June 1985 to mark the troop’s jubilee.\n\n' +
    'Inside were letters, badges and a cassette of songs, the troop leader said.';

  it('answers when the capsule was buried by the month and year', () => {
    const a = ask(article, 'when did they bury the capsule');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('June 1985');
  });
});

describe('a feast dates a time by the calendar', () => {
  const article =
    'A primary school in Kelbury will ban mobile phones from its classrooms after a trial in two year groups.\n\n' +
    'The head teacher, Ann Ravel, said the governors would decide before Easter whether to extend the ban to the nursery.\n\n' +
    'The school hall is used for the Christmas fair and for concerts between Easter and July.';

  it('answers when the governors will decide by “before Easter”', () => {
    const a = ask(article, 'when will the governors decide about the nursery');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('before Easter');
  });

  it('reads a range between a feast and a month as one time', () => {
    const a = ask(article, 'when are the concerts in the school hall');
    expect(a.answer).toContain('between Easter and July');
  });
});
