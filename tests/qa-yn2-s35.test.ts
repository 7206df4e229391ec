/**
 * Yes/no verdicts: the ways news says no without a plain "not" next to the asked word, over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const HEAD = 'date 2026-03-14\n\n';

describe('a negative quantifier before a related word says no', () => {
  const article = HEAD + 'A grain barge ran aground on a sandbank off Pellowick on Tuesday night.\n\nNone of its six crew were hurt, and the barge was towed off at high tide.';

  it('answers no to “was anyone injured”', () => {
    expect(ask(article, 'was anyone injured?').answer).toMatch(/^No: None of its six crew/);
  });
});

describe('“rarely” says no to “usually”', () => {
  const article = HEAD + 'A pharmacy in Morvah is offering free cholesterol checks this month.\n\nHigh cholesterol rarely causes symptoms but raises the risk of strokes, the pharmacist said.';

  it('answers no', () => {
    expect(ask(article, 'Does high cholesterol usually cause symptoms?').answer).toMatch(/^No/);
  });
});

describe('a question ending on an “-ing” act asks that act', () => {
  const article = HEAD + 'A bakery chain is moving its production to a new site at Gwithian Fen.\n\nThe tea room and gift shop at Amberlane Mill, which draws some 9,000 people every year, will stay open.';

  it('answers “is X closing” no from “will stay open”', () => {
    expect(ask(article, 'Is the tea room at Amberlane Mill closing?').answer).toMatch(/^No: The tea room/);
  });
});

describe('a reported clause without “that” is negated by its own verb group', () => {
  const article =
    HEAD + 'A community orchard in Ruan has planted its 500th tree.\n\nShe said the parish council would not put any more money into the orchard this year but would help volunteers apply for a lottery grant.';

  it('answers no', () => {
    expect(ask(article, 'is the council going to put more money into the orchard this year?').answer).toMatch(/^No/);
  });
});

describe('“rule out” denies, and a doubted “rule out” leaves open', () => {
  const article =
    HEAD +
    'A power cut left 4,000 homes in Brenwater without electricity on Monday.\n\nThe network operator ruled out sabotage as the cause of the power cut.\n\n' +
    'A separate water leak at the Brenwater depot is being investigated, and the operator said it could not rule out that the leak had damaged the cables.';

  it('answers no from “ruled out”', () => {
    expect(ask(article, 'Was the power cut caused by sabotage?').answer).toMatch(/^No: The network operator ruled out sabotage/);
  });

  it('answers not yet known from “could not rule out”', () => {
    expect(ask(article, 'did the leak damage the cables?').answer).toMatch(/^Not yet known/);
  });
});

describe('a “none of them” tail denies the asked word of what the clause counted', () => {
  const article = HEAD + 'A late-night tram trial in Osterleigh has been extended.\n\nThe operator said there had been 9 reported fights on the trams during the six-week trial period, none of them serious, and that a guard now rides on every tram.';

  it('answers no and shows the tail', () => {
    expect(ask(article, 'were there any serious fights on the trams?').answer).toMatch(/^No: .*none of them serious/);
  });
});
