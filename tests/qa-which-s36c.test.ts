/**
 * "Where" questions: a phrase on a building after "to" says where something moves to, and the
 * front desk or a hospital ward of a building is a place, over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const article =
  'date 2026-02-11\n\nA fire in the kitchen of a village pub in Orlby has closed it for at least a month.\n\n' +
  'Firefighters were called to the Crooked Kettle at about 9pm on Sunday after a fryer caught fire.\n\n' +
  'No one was hurt, but the pub will stay shut for at least a month while the kitchen is rebuilt.\n\n' +
  'Quiz nights will move to the village hall for at least six weeks, landlord Zofia Brandeth said.\n\n' +
  'The quiz trophy, a silver teapot first played for in 1988, is now on show in the library’s reception.\n\n' +
  'Brandeth said regulars had offered to help repaint the bar according to the brewery’s new colours.\n\n' +
  'The brewery said it hoped to have the pub open again in time for the spring darts final.';

describe('a phrase on a building after “to” says where a thing moves to', () => {
  it('answers where quiz nights will be held with the building they move to', () => {
    const a = ask(article, 'where will quiz nights be held');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/village hall/);
  });

  it('gives a building’s front desk as where a thing is kept', () => {
    const a = ask(article, 'where is the quiz trophy now');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/reception/);
  });

  it('still declines where the article names no such place', () => {
    const a = ask(article, 'where did the mayor go on holiday');
    expect(a.answered).toBe(false);
  });
});

describe('the “to” of a source is no place a thing moves to', () => {
  const article =
    'date 2026-02-12\n\nA gas leak closed a hotel in Quenbury for six hours on Tuesday.\n\n' +
    'About 80 guests were taken out of the building shortly after 7am.\n\n' +
    'Most guests were allowed back inside by 1pm, according to the town hall.\n\n' +
    'Engineers said a cracked pipe under the car park had caused the leak.';

  it('does not give the body a figure is credited to as where guests were taken', () => {
    const a = ask(article, 'where were the guests allowed back');
    expect(a.answer).not.toMatch(/town hall/);
  });
});
