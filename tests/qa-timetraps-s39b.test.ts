/**
 * Time traps: a sentence may give the time of another act than the asked one, while the question's
 * words stand in a clause of their own. Each case is over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a time whose own verb is another act, the asked words in another clause, answers nothing', () => {
  const article =
    'date 2026-11-12\n\nA stained-glass panel has been taken from Marrowdene Chapel, the third break-in at a place of worship in the district this year.\n\n' +
    'Thieves forced a side door at about 6.40am on Tuesday and were seen by caretaker Bryn Osgarth, who had arrived early to set out chairs for the choir rehearsal.\n\n' +
    'Police have asked anyone offered old coloured glass for sale to get in touch.';

  it('declines what time the choir rehearsal starts', () => {
    const a = ask(article, 'what time does the choir rehearsal start');
    expect(a.answered).toBe(false);
  });

  it('still answers when the thieves forced the door', () => {
    const a = ask(article, 'what time did the thieves force the door');
    expect(a.answer).toMatch(/6\.40am/);
  });
});

describe('a date of a find does not say when the nearby railway closed', () => {
  const article =
    'date 2025-08-20\n\nA hoard of silver coins has turned up on farmland outside Cobbeston.\n\n' +
    'The coins were dug up on 14 July by metal detectorist Ivor Brindwell, 58, as he searched a field beside the old Cobbeston goods yard.\n\n' +
    'The farmer has agreed to close the field to walkers while archaeologists finish the dig.';

  it('declines when the goods yard closed', () => {
    const a = ask(article, 'when did the cobbeston goods yard close');
    expect(a.answered).toBe(false);
  });

  it('still answers when the coins were dug up', () => {
    const a = ask(article, 'when were the coins dug up');
    expect(a.answer).toMatch(/14 July/);
  });
});

describe('a relative clause’s time is of the noun before it, which the question may ask about', () => {
  const article =
    'date 2026-02-20\n\nA shed of shared tools is coming to Osgarth Green.\n\n' +
    'The tool library, which opens on Saturday 7 March, will keep about 90 drills, saws and ladders in a former bowls pavilion.\n\n' +
    'Members will pay £10 a year and may borrow up to three tools at once, for a week at a time.';

  it('answers when people can borrow from the tool library with its opening day', () => {
    const a = ask(article, 'when can people borrow ladders from the tool library');
    expect(a.answer).toMatch(/7 March/);
  });
});
