/**
 * Yes-no, why, how-long and definition questions asked in the asker's own words: general reasons
 * a right sentence earned too little confidence or lost its place, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a why leaves its cause to the sentence, which shares few of its words', () => {
  const article =
    'date 2026-05-02\n\nColby Rovers have named Ana Vell as their new manager on a two-year contract.\n\n' +
    'The club sacked her predecessor, Tomas Brel, in March after the team won only two of its first 20 league games.\n\n' +
    'Vell, 41, previously coached the women’s side at Arden for six seasons.\n\n' +
    'The club’s general manager, Pia Holm, said the old manager had been a popular figure with the fans.\n\n' +
    'Her first match in charge is at home to Penmar on Saturday.';

  it('answers why the old manager was fired with the cause of the sacking', () => {
    const a = ask(article, 'why was the old manager fired');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('won only two');
  });

  it('still declines a why the article never touches', () => {
    expect(ask(article, 'why did the stadium roof collapse').answered).toBe(false);
  });
});
