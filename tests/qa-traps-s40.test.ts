/**
 * Traps: questions an article leaves unanswered while giving the value of a whole beside a part
 * it names, declined by general regularities of news prose, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a part named only in a list closing the sentence is left uncounted', () => {
  const article =
    'date 2026-07-14\n\nStrawberry picking has begun early at Quenmoss Farm after a warm spring, owner Fenwyn Tibbald said.\n\n' +
    'Sixty pickers are taken on by the farm for the season, among them students on their holidays.\n\n' +
    'Tibbald, 52, said the crop was expected to reach 90 tonnes by August.\n\n' +
    'Down the valley, keeping the Corisande lifeboat station running takes about £14,000 a year, chiefly diesel and the upkeep of its launching tractor.\n\n' +
    'The sanctuary next door has a budget of about £3,000 a year, mainly for barn owl food and nest boxes.\n\n' +
    'Eleven volunteers, including a retired surveyor, rebuilt the station’s slipway over two weekends.';

  it('declines how many pickers are students when the students are only listed', () => {
    expect(ask(article, 'how many pickers are students').answered).toBe(false);
  });

  it('declines what goes on the tractor when it only follows “chiefly”', () => {
    expect(ask(article, 'how much of the money goes on the launching tractor').answered).toBe(false);
  });

  it('declines what the station spends on diesel when only its whole running cost is told', () => {
    expect(ask(article, 'how much does the station spend on diesel').answered).toBe(false);
  });

  it('still answers how many pickers the farm takes on', () => {
    const a = ask(article, 'how many pickers does the farm take on');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Sixty/i);
  });

  it('still answers what the station costs to run', () => {
    const a = ask(article, 'how much does the lifeboat station cost to run');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('14,000');
  });

  it('still answers a sum asked of a whole the listed word only says which one it is', () => {
    const a = ask(article, 'how much is the owl sanctuary’s budget');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('3,000');
  });

  it('still answers a count whose listed aside the clause goes on past', () => {
    const a = ask(article, 'how many volunteers rebuilt the slipway');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Eleven/i);
  });
});
