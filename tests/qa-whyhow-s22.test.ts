/**
 * Why, how and yes-no questions answered from invented news prose: each case is a general form of
 * English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('why: what a party argued or insisted is the reason it gives', () => {
  const article =
    'date 2025-03-11\n\n' +
    'Residents of Holmsted voted on Sunday to close the town’s last public swimming pool, ending a two-year dispute over its future.\n\n' +
    'Supporters of the pool pointed to a survey by the regional health board showing that children who learn to swim early are safer near water.\n\n' +
    'During the debate the mayor argued that the heating bills were too high for a town of 9,000 people.\n\n' +
    'The pool will shut at the end of April.';

  it('"why did the mayor think the pool should close" is answered by what he argued', () => {
    const a = ask(article, 'Why did the mayor think the pool should close?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('heating bills');
    expect(a.sources[0]?.text).toContain('argued that');
  });

  it('still answers why supporters wanted it kept from what they pointed to', () => {
    const a = ask(article, 'Why did supporters want to keep the pool?');
    expect(a.sources[0]?.text ?? '').not.toContain('argued that');
  });
});

describe('yes-no: "was anybody hurt" is settled by a short clause saying nobody was', () => {
  const article =
    'date 2026-01-19\n\n' +
    'A fire in a signal box cut power to the Dremholt line on Monday evening.\n\n' +
    'Regional services were halted for four hours, and 640 commuters had to walk along the tracks out of three buses stranded on the ring road.\n\n' +
    'Nobody was hurt.\n\n' +
    'The operator said a faulty cable was the most likely cause.';

  it('"was anybody injured on the buses" is answered no from "Nobody was hurt"', () => {
    const a = ask(article, 'was anybody injured on the buses');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No/);
    expect(a.sources[0]?.text).toBe('Nobody was hurt.');
  });

  it('still does not answer a yes-no question on something else from it', () => {
    const a = ask(article, 'Did the commuters walk along the tracks?');
    expect(a.sources[0]?.text ?? '').not.toBe('Nobody was hurt.');
  });
});

describe('yes-no: a present question is not answered by the asked verb dated to an earlier year', () => {
  const article =
    'date 2025-06-12\n\n' +
    'A burst pipe flooded the basement of the Tallow Street library on Tuesday night, ruining about 3,000 books.\n\n' +
    'The flood has raised questions about repairs at the old library building, which opened in 1902 and lends about 90,000 books a year to readers across the northern half of the city and its villages.\n\n' +
    'The library will remain closed until at least Thursday.\n\n' +
    'Volunteers spent Wednesday carrying damaged shelves into the car park.';

  it('"is the library open again yet" is answered no from "will remain closed"', () => {
    const a = ask(article, 'is the library open again yet');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No/);
    expect(a.sources[0]?.text).toContain('remain closed');
  });

  it('still answers when the library opened from the dated clause', () => {
    const a = ask(article, 'When did the library open?');
    expect(a.answer).toContain('1902');
  });
});
