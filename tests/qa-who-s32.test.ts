/**
 * "Who" questions: general ways news names who did the asked act, each over invented news prose,
 * never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a doer the best sentence leaves unnamed gives way to one named close behind', () => {
  const club =
    'date 2026-02-11\n\nA boxing club in Carrowdale has moved into a new gym in a former bus depot after raising £90,000.\n\n' +
    'Head coach Wendell Prusk, 64, founded the boxing club in 1989 with five teenagers and a single punchbag.\n\n' +
    '"When I started boxing there was no heating and the roof leaked," he said.\n\n' +
    'The club now has 140 members, a third of them girls.';

  it('answers who started the club with the coach, not with “I”', () => {
    const a = ask(club, 'who started the boxing club');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Wendell Prusk/);
  });

  const mural =
    'date 2026-07-20\n\nA mural of a wartime seamstress has been unveiled on the wall of a car park in Scarrowmere.\n\n' +
    "It was officially unveiled at 10am on Saturday by the town's mayor, Councillor Hamish Drulander, in front of about 200 people who had gathered on the pavement.\n\n" +
    'The mural took three artists six weeks to paint.\n\n' +
    "The seamstress's daughter, Ada Vennick, 97, sat in the front row.\n\n" +
    'She was brought along to the unveiling by her grandson.';

  it('answers who did the unveiling with the mayor it was done by, not the grandson who came along', () => {
    const a = ask(mural, 'who did the unveiling');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Hamish Drulander/);
  });
});

describe('“who is the <kind of person> who …” is answered by a person’s name only', () => {
  const library =
    'date 2026-03-04\n\nA library of things has opened in Quillerby, lending drills, tents and sewing machines for a small fee.\n\n' +
    'Quillerby Library, which was built in 1908 with money from a local brewer, lends more than 300 items.\n\n' +
    'Volunteers check and clean every item after it comes back.';

  it('declines who the brewer that paid for the library was, rather than naming the library', () => {
    const a = ask(library, 'who was the brewer that paid for the library');
    expect(a.answered).toBe(false);
  });

  const chapel =
    'date 2025-10-12\n\nA village trust hopes to buy its chapel after the last service there on Sunday.\n\n' +
    'A former villager who wishes to stay anonymous has offered the trust £30,000, its chairman said.';

  it('declines who the former villager was when the article names no one', () => {
    const a = ask(chapel, 'who is the former villager who offered the £30,000');
    expect(a.answered).toBe(false);
  });
});

describe('“who was driving the bus that …” needs a sentence that tells the driving', () => {
  const crash =
    'date 2026-01-14\n\nA double-decker bus carrying 30 pupils hit a garden wall in Fernmouth on Tuesday morning.\n\n' +
    'The bus that hit the wall belonged to Quarvey Coaches, the county council said.\n\n' +
    'No one was hurt, and the pupils were taken to school in a second bus.';

  it('declines rather than naming the bus company from the clause saying which bus', () => {
    const a = ask(crash, 'who was driving the bus that hit the wall');
    expect(a.answered).toBe(false);
  });
});
