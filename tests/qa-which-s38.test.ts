/**
 * "Which" questions: a name built on the asked noun says which one, in whatever verb its sentence
 * tells it, over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a name built on the asked noun says which one, whatever its verb', () => {
  const article =
    'date 2026-03-04\n\nA former parish clerk who stole from a village charity has been given a suspended sentence.\n\n' +
    'Norah Plimsby, 58, of Yottering Row, Ulverdale, admitted theft when she appeared at Gribbleston Crown Court on Monday.\n\n' +
    'The court heard that Plimsby, a former postmistress, took £12,300 from the charity over three years.\n\n' +
    'The money had been raised to repair the roof of the village’s reading room.\n\n' +
    'Recorder Fennimoss Quorlby told her that she had betrayed the trust of her neighbours.';

  it('answers which court dealt with the case by the court named where she appeared', () => {
    const a = ask(article, 'Which court dealt with the case?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Gribbleston Crown Court/);
  });

  it('still declines a kind the article never names', () => {
    const a = ask(article, 'Which bank held the charity’s account?');
    expect(a.answered).toBe(false);
  });

  it('reads a court named with an apostrophe as one of the kind', () => {
    const a = ask(article.replace('Crown Court', 'Magistrates’ Court'), 'Which court dealt with the case?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Gribbleston Magistrates’ Court/);
  });

  it('declines where the article names another court the question does not tell apart', () => {
    const two = article.replace('on Monday.\n\n', 'on Monday.\n\nHer solicitor, Oskaro Vantley, said she had earlier given evidence at Ulverdale Coroners Court in an unrelated inquest.\n\n');
    const a = ask(two, 'Which court dealt with the case?');
    expect(a.answered).toBe(false);
  });
});
