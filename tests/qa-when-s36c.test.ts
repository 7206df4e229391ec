/**
 * "When" questions: a sentence may give a time for another act than the asked one; each case is
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a span cut off at "after" gives way to the date beside it', () => {
  const article =
    'date 2026-04-20\n\nA new bakery counter will open at the Pellowby village hall on 11 May, two days after the old shop in Marle Street shuts.\n\n' +
    'Volunteers will run the counter three mornings a week.';

  it('answers when the counter opens with its date', () => {
    const a = ask(article, 'when does the new bakery counter open');
    expect(a.answer).toMatch(/11 May/);
  });
});

describe('a time told in the past is not future because a "will" comes earlier', () => {
  // (Undated, as many wire stories are: the weekday is the story's own.)
  const article =
    'Cyclists in Dunmarsh will finally be able to cross the river without a detour after a new footbridge was opened on Tuesday.\n\n' +
    'The £2 million bridge, paid for by the county council, replaces a ferry that ran only in summer.\n\n' +
    'Councillor Ada Quellow said it was "a good day for the town".';

  it('answers when the footbridge opened', () => {
    const a = ask(article, 'when did the new footbridge open');
    expect(a.answer).toMatch(/Tuesday/);
  });
});

describe('a time in a "since" clause is of the act it measures from', () => {
  const article =
    'date 2026-10-02\n\nPupils at Hallowmere Primary have found a rare beetle living in a soil sample.\n\n' +
    'The sample was dug from under an oak at the edge of the school field in May 2025.\n\n' +
    'Since the Bug Finders project began in 2019, more than 900 samples have been collected by schools in the valley.\n\n' +
    'The beetle will be shown at the county museum.';

  it('answers when the sample was collected with its own time, not the project’s start', () => {
    const a = ask(article, 'when was the sample collected');
    expect(a.answer).not.toMatch(/2019/);
  });

  it('still answers when the project began from the "since" clause', () => {
    const a = ask(article, 'when did the bug finders project begin');
    expect(a.answer).toMatch(/2019/);
  });
});
