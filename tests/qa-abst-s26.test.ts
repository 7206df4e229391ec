/**
 * Right answers the engine declined: general reasons a right sentence earned too little
 * confidence, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('what someone said: the quote answers though the question names its topic in a word of its own', () => {
  const article =
    'date 2026-04-11\n\nThe Colby Rovers manager, Ana Vell, has kept her job after a run of six defeats, the club said on Friday.\n\n' +
    'Supporters had called for her to go after the team lost 4-0 at home to Arden.\n\n' +
    '“We hear the anger in the stands and we owe the fans better,” she said.\n\n' +
    'The club sits 18th in the table, two points above the relegation places.';

  it('answers what she said about the fans’ boycott with her quote on the fans', () => {
    const a = ask(article, "What did Vell say about the fans' boycott?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('We hear the anger');
  });

  it('still declines a topic the article never touches with no quote to give', () => {
    expect(ask(article, 'What did the mayor say about the parking fees?').answered).toBe(false);
  });
});

describe('an age told after "now", or in a clause of its own, is the person’s', () => {
  const article =
    'date 2026-03-09\n\nThe Colby choir is to close after 60 years, its committee said on Monday.\n\n' +
    'The choir was founded in 1966 by a music teacher, Ada Brenn, now 91.\n\n' +
    'Tom Ries took over as conductor in 1998, when he was 27 and still a student.\n\n' +
    'Membership has fallen to 14 singers, from more than 50 in the 1980s.';

  it('reads "Ada Brenn, now 91" as her age', () => {
    const a = ask(article, 'How old is Ada Brenn now?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('91');
  });

  it('reads "when he was 27" as his age then', () => {
    const a = ask(article, 'How old was Tom Ries in 1998?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('27');
  });
});

describe('the place of one in a run of its kind counts the run so far', () => {
  const article =
    'date 2026-01-20\n\nA barn owl found tangled in fishing net near Colby has been released after a week of care.\n\n' +
    'The bird was the ninth owl to be rescued by the Hart Valley sanctuary this winter, its manager said.\n\n' +
    'The sanctuary, the second-largest in the county, relies on donations and 40 volunteers.';

  it('answers how many owls with the ninth owl to be rescued', () => {
    const a = ask(article, 'How many owls has the sanctuary rescued this winter?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('ninth owl');
  });
});

describe('an ordinal in digits before the asked noun says which one', () => {
  const article =
    'date 2026-05-02\n\nThe Colby brass band will play a free concert in the park on Saturday.\n\n' +
    'The concert marks the band’s 120th anniversary, its secretary said.\n\n' +
    'Tickets for the evening dinner cost £15.';

  it('answers which anniversary with the 120th one', () => {
    const a = ask(article, 'Which anniversary does the concert mark?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('120th anniversary');
  });
});
