/**
 * Right answers the engine declined: confidence features, floors and vetoes that under-credit a
 * paraphrased question, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an amount tied to the question’s words answers, though the question names one thing in its own noun', () => {
  const article =
    'date 2026-04-11\n\nOrvel Robotics will list its shares on the Dunholm stock exchange next month, the company said on Monday.\n\n' +
    'Its founder, Mira Lund, will keep a stake of about 22% after the listing, the prospectus shows.\n\n' +
    'The company makes warehouse robots and has 340 staff.';

  it('gives the stake “after the flotation”, though the article never writes the word', () => {
    const a = ask(article, 'How big is Mira Lund’s stake after the flotation?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('22%');
  });

  it('still declines a measure the article never gives', () => {
    expect(ask(article, 'What is the population of Dunholm?').answered).toBe(false);
  });
});

describe('a question asking how far or how old names little of its answer', () => {
  const article =
    'date 2026-05-20\n\nThe village school at Orrin will close in July, the county council said on Monday.\n\n' +
    'Its 48 pupils will move to a larger school in the market town of Dunmere, the council said.\n\n' +
    'Some pupils in the outlying farms will then ride a bus up to 30 kilometres each way.\n\n' +
    'Parents said the plan would split the village.';

  it('gives the distance the sentence adds, though it words the journey otherwise', () => {
    const a = ask(article, 'How far do pupils travel to the new school?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('up to 30 kilometres');
  });

  it('still declines a distance or an age the article never gives', () => {
    expect(ask(article, 'How far is Dunmere from Orrin?').answered).toBe(false);
    expect(ask(article, 'How old is the school?').answered).toBe(false);
  });
});

describe('"how strong", "how deep": a measure asked by its adjective names little of its answer too', () => {
  const article =
    'date 2026-01-12\n\nStorm Edda brought down trees and power lines across the north coast on Sunday, the weather service said.\n\n' +
    'Gusts of up to 130 kilometres per hour were recorded at the harbour in Selby.\n\n' +
    'About 8,000 homes were left without electricity overnight.';

  it('gives the speed of the gusts for how strong the winds were', () => {
    const a = ask(article, 'how strong were the winds');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('130 kilometres per hour');
  });
});
