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
