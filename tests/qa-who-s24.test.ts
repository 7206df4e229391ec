/**
 * Who and which questions: how news prose names the doer of an act, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask, askInTurn } from './qa-helpers.js';

describe('a relative “who” speaks of a person, not of the body in the apposition before it', () => {
  const article =
    'date 2025-04-02\n\nA survey of dormice in Pellingham Wood has found the population has doubled in five years.\n\n' +
    '"We counted more nests this spring than in any year since the boxes went up, and we are delighted," said Dr. Ana Vellacott, an ecologist at the University of Harlow who led the survey.\n\n' +
    'Volunteers checked 300 nest boxes between March and May.';

  it('answers who led the survey with the ecologist, not her university', () => {
    const a = ask(article, 'Who led the survey?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ana Vellacott');
    expect(a.answer).not.toContain('University');
  });
});

describe('a relative “who” of another word for the asked act takes the name before it', () => {
  const article =
    'date 2025-06-14\n\nThe harbour road at Tollin Bay will close for six weeks from Monday while the sea wall is rebuilt.\n\n' +
    'Traders in Tollin Bay fear the closure will keep visitors away in early summer.\n\n' +
    'Maggie Trescott, 52, who runs the bakery on the quay with her son, Daniel Pryce, said takings could halve.';

  it('answers who runs the bakery with the woman, not her son', () => {
    const a = ask(article, 'who runs the bakery on the quay');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Maggie Trescott');
    expect(a.answer).not.toContain('Pryce');
  });
});

describe('a noun of the act in “-ing” names its doer in “-er”', () => {
  const article =
    'date 2025-03-08\n\nA village fete at Ashby Green raised £12,000 for the church roof on Saturday.\n\n' +
    'The Ashby Green Parish Council said the tents were taken down by a contractor, Marlow Events Ltd, while volunteers swept the green.\n\n' +
    'The Ashby Green Parish Council thanked the caterer, Hollis Kitchens, for the food.';

  it('answers who did the catering with the caterer, not the council thanking it', () => {
    const a = ask(article, 'who did the catering');
    expect(a.answer).toContain('Hollis Kitchens');
  });
});

describe('“its” after a spelt-out body stands for the short form the story goes on to use', () => {
  const article =
    'date 2025-10-21\n\nAnglers in Harby say the river has been fouled by sewage three times this summer, according to a survey by the Harby Federation of Anglers (HFA).\n\n' +
    'Harby Council said it would ask the water company for an explanation.\n\n' +
    'The Harby stretch of the river is popular with swimmers.\n\n' +
    '"We warned about this two years ago," HFA President Tomas Reid said.\n\n' +
    'A Harby Council spokesman said a meeting would be held on Friday.';

  it('answers who its president is after asking what the short form stands for', () => {
    const a = askInTurn(article, 'What does HFA stand for?', 'Who is its president?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tomas Reid');
  });
});
