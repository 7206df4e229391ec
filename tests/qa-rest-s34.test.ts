/**
 * Lengths, ages, definitions, quotes and sources: general ways news tells them, each over invented
 * news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a length after the sentence’s own "took" answers how long the act took', () => {
  const article =
    'date 2026-05-10\n\nA mosaic of 4,000 sea-glass tiles has been unveiled in the reading room of Pendrick Library.\n\n' +
    'The mosaic, designed by retired teacher Orsolya Quimbrell, 68, and a group of 25 pupils, fills the whole north wall of the room and took nine weeks to finish.\n\n' +
    'A clear coating applied by the council should protect the mosaic for at least 20 years.\n\n' +
    'The library is open six days a week.';

  it('answers how long the mosaic took with the weeks it took, not how long a coating lasts', () => {
    const a = ask(article, 'How long did the mosaic take?');
    expect(a.answer).toMatch(/nine weeks/);
  });
});

describe('"will take" tells the length of the act the question’s subject names', () => {
  const article =
    'date 2026-03-02\n\nCouncillors in Wexholt Quay on Tuesday approved a ferry route across Lake Ondrimere, ending almost eight years of argument over a crossing for the lake’s northern villages.\n\n' +
    'An end-to-end journey will take 25 minutes, compared with about an hour by road around the lake.\n\n' +
    'Two boats will run from April.';

  it('answers how long a trip along the route will take with the journey’s length', () => {
    const a = ask(article, 'How long will a trip from one end of the route to the other take?');
    expect(a.answer).toMatch(/25 minutes/);
  });
});

describe('"ran for" tells a meeting’s length, asked by "go on for"', () => {
  const article =
    'date 2026-10-15\n\nBrisford’s council voted on Thursday to close two of its five libraries, ending more than four years of debate over how to balance the budget.\n\n' +
    'Councillors backed the plan by 22 votes to 19 at the end of a meeting that ran for almost six hours.\n\n' +
    'The libraries will close at the end of March.';

  it('answers how long the council meeting went on with the hours it ran for', () => {
    const a = ask(article, 'how long did the council meeting go on for');
    expect(a.answer).toMatch(/almost six hours/);
  });
});

describe('"spent" tells how long an act took as well as "took" does', () => {
  const article =
    'date 2026-02-01\n\nA cricket club in Pelmscott Quarry has opened a new pavilion after members spent 14 months turning a derelict grain barn into a clubhouse.\n\n' +
    'Volunteers did most of the building, eight of them parents in the trade, giving some 2,000 unpaid hours between them.\n\n' +
    'The pavilion will host its first match in April.';

  it('answers how long the work took with the months the members spent', () => {
    const a = ask(article, 'how long did the work take them');
    expect(a.answer).toMatch(/14 months/);
  });
});

describe('reported speech that quotes the speaker’s own words on the asked topic answers "what did X say about …"', () => {
  const article =
    'date 2026-04-11\n\nA village in Thornquist Hollow has opened its first community orchard on land left to the parish by a retired grocer.\n\n' +
    'The parish council chair, Idony Quelchmoor, said the orchard would become "a larder for the whole village within ten years".\n\n' +
    '"We planted 60 trees in one weekend, and nobody went home until the last one was in," she said.\n\n' +
    'The trees are apple, pear and plum.';

  it('answers what the chair said about the orchard with her quoted words on it, not the quote after', () => {
    const a = ask(article, 'what did the parish council chair say about the orchard');
    expect(a.answer).toMatch(/larder for the whole village/);
  });
});
