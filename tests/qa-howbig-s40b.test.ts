/**
 * "How big / what is it made of" questions: general ways news tells (or only seems to tell) a
 * thing's size or its material, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a count tied to nothing asked tells no thing’s size', () => {
  const article =
    'date 2026-04-18\n\nA new glasshouse has opened at Quillmarsh botanic garden after a two-year restoration.\n\n' +
    'Staff moved 240 tropical plants into the glasshouse over the winter, helped by a team from Tadrow College.\n\n' +
    'Curator Yolanthe Feddon said the heating system had been the hardest part of the work.\n\n' +
    'The garden is open daily from 10am.';

  it('does not answer how big the glasshouse is with the plants moved into it', () => {
    const a = ask(article, 'how big is the glasshouse');
    expect(a.answer).not.toMatch(/240/);
  });

  it('does not answer how big the barn was with the crews sent to it', () => {
    const a = ask(
      'date 2025-11-02\n\nA fire destroyed a hay barn near Oskarby early on Saturday.\n\nThe blaze at the barn was tackled by four crews from Crowle and Pellwick, who stayed until dawn.\n\nNo animals were hurt.',
      'how big was the barn',
    );
    expect(a.answer).not.toMatch(/four/);
  });
});

describe('a thing’s material is told after a verb of making', () => {
  const raft =
    'date 2026-07-11\n\nThirty teams paddled home-made rafts down the River Ousel at Wyvelle on Saturday, and the winning raft reached the bridge in 52 minutes.\n\n' +
    'Crowds lined both banks for the charity event, now in its ninth year.\n\n' +
    'Judges praised the winners from Hobbet Rowing Club, whose raft was built from 40 empty cider barrels lashed to a wooden frame.\n\n' +
    'The race raised about £6,000 for the local hospice.';

  it('answers what the winning raft was made of by the sentence telling it, not the lead', () => {
    const a = ask(raft, 'what was the winning raft made of');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/cider barrels/);
  });

  const statue =
    'date 2026-03-02\n\nA statue of a shepherd and his dog has been unveiled on the green at Sedley.\n\n' +
    'It is made of local sandstone, cut from a quarry on the edge of the moor.\n\n' +
    'Parish councillors paid for it with money left by a former resident.';

  it('answers what stone it is made of though no sentence writes "stone"', () => {
    const a = ask(statue, 'what stone is it made of');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/sandstone/);
  });

  const bench =
    'date 2025-10-20\n\nA memorial bench has been placed beside the duck pond in Oskarby in memory of a long-serving lollipop man.\n\n' +
    'Villagers said the spot was where he liked to feed the ducks every morning.\n\n' +
    'His nephews built the bench in their garage using reclaimed oak boards and brass screws.';

  it('answers what the bench was made out of by the words after "using"', () => {
    const a = ask(bench, 'what was the bench made out of');
    expect(a.answer).toMatch(/reclaimed oak boards/);
  });
});
