/**
 * "Who" questions, round 36: a win told as a title the winner was given ("was elected mayor", "was
 * named best actor"), each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a win told as a title given answers who won', () => {
  const vote =
    'date 2026-05-11\n\nVoters in Pellowby have chosen a political newcomer to lead the town for the next four years.\n\n' +
    'Ysmay Tamsworth, a former lifeboat volunteer who has never stood for office, was elected mayor of Pellowby on Sunday with 54% of the vote.\n\n' +
    'In the council election held the same day, the Pellowby First Party won 19 of the 33 seats.\n\n' +
    'Turnout was 48%, up from 41% four years ago.';

  it('answers who won the mayoral election with the one “elected mayor”, not the party that won seats', () => {
    const a = ask(vote, 'Who won the Pellowby mayoral election?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Ysmay Tamsworth/);
  });

  const festival =
    'date 2026-09-21\n\nA slow drama about two brothers rebuilding a boat won the top award at the Varnsey Film Festival on Saturday.\n\n' +
    'The jury president, Wenlorne Ebury, an actor who won the festival’s prize himself in 2004, said the vote had been close.\n\n' +
    'Aurick Tibbald was named best actor for “The Long Slip”, his first film role.\n\n' +
    'About 40,000 people attended the ten-day festival.';

  it('answers who won best actor with the one “named best actor”, not a past winner who speaks', () => {
    const a = ask(festival, 'Who won best actor?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Aurick Tibbald/);
  });
});

describe('what someone thought is told in their own “I thought”', () => {
  const bang =
    'date 2026-06-09\n\nTwo workers were hurt in an explosion at a paint factory in Corvick on Monday night.\n\n' +
    'Residents within a kilometre of the site were told to keep their windows shut.\n\n' +
    '"I thought it was thunder, then the windows rattled and the dog started howling," said Tibby Marnock, 52, whose garden backs onto the factory.\n\n' +
    'The cause of the blast is being investigated.';

  it('answers what a neighbour thought it was at first with her “I thought”', () => {
    const a = ask(bang, 'what did the woman living next to the factory think it was at first');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/thunder/);
  });
});
