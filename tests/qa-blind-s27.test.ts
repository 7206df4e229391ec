/**
 * Outsiders' "who", "what", "which" and "where" questions: general readings of English that
 * unseen questions lean on, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('where: a phrase on a common place of work or keeping answers, not only a named place', () => {
  const article =
    'date 2026-05-02\n\nA repair café in Wenby has mended its 2,000th broken appliance since it opened four years ago.\n\n' +
    "Most of the items are toasters and lamps, which the volunteers fix in a neighbour's garage before the owners collect them.\n\n" +
    'The café meets on the first Saturday of every month and charges nothing for the work.\n\n' +
    'Its founder, Lena Park, said people were tired of throwing things away.';

  it('answers where they fix the items with the garage', () => {
    const a = ask(article, 'where do they repair the toasters');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('garage');
  });

  it('still declines where the founder lives, which the article never says', () => {
    expect(ask(article, 'where does Lena Park live').answered).toBe(false);
  });
});

describe('what a thing was made from: "made", a verb too common to index, still ties "of" or "from" to the question', () => {
  const article =
    'date 2026-06-14\n\nA giant snail built for the Tollby summer fair has won first prize in the county float parade.\n\n' +
    'The snail, which the youth club spent three weekends building, is made of chicken wire and old newspapers.\n\n' +
    'Judges praised its moving eyes, which were worked by a bicycle pedal hidden inside the shell.\n\n' +
    'The club will put the £200 prize towards a trip to the coast.';

  it('answers what the snail is made from with its materials alone', () => {
    const a = ask(article, 'what is the snail made from');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^chicken wire and old newspapers/);
  });
});

describe('who runs a place named by a run of modifiers: a bare title keeps only its head noun', () => {
  const article =
    'date 2026-03-20\n\nA hedgehog, a set of bagpipes and 40 left shoes are among more than 2,000 things handed in to the lost property depot at Brackley bus station this winter.\n\n' +
    'Depot manager Farah Quint, 49, said the oddest find was a wedding cake still in its box.\n\n' +
    'Items not claimed within three months are given to charity shops in the town.\n\n' +
    'The station is used by about 9,000 passengers a day.';

  it('answers who manages the lost property depot with the depot manager', () => {
    const a = ask(article, 'who manages the lost property depot');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Farah Quint');
  });
});

describe('which, with a stranded preposition after a noun: "the money for" ties the name after it', () => {
  const article =
    'date 2026-02-08\n\nA charity swim across Lake Orne has been called off after thick fog rolled in, leaving 40 swimmers stranded on the jetty.\n\n' +
    '"We had trained for months for this," said organiser Pia Vance, 51, whose father had swum the lake in 1979.\n\n' +
    'The swimmers, all members of Orne Rowing Club, had been raising money for the Marbeck Cottage Hospice, which looks after about 60 children a year.\n\n' +
    'Ms Vance said the swim would be held again in May.';

  it('answers which charity the money is for with the hospice', () => {
    const a = ask(article, 'which charity was the money for');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Marbeck Cottage Hospice');
  });
});

describe('who did it: the name a passive of the asked act, in a related word, gives as its doer', () => {
  const article =
    'date 2026-07-19\n\nOrganiser Greta Holm, 63, said the winning pudding at the Tarn valley summer fete had been the talk of the village all weekend.\n\n' +
    'The pudding, one of 31 entries, was selected by her neighbour, Ivo Brandt, who said it was "close to perfect".\n\n' +
    'Next year the fete will add a contest for the best jam.';

  it('answers who chose the winning pudding with the one it was selected by', () => {
    const a = ask(article, 'who chose the winning pudding');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ivo Brandt');
  });
});
