/**
 * "Which" questions: a name built on the asked noun says which one, in whatever verb its sentence
 * tells it, and its sentence is weighed close to the best match, over invented news prose.
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

describe('a sentence naming one of the asked kind is weighed close to the best match', () => {
  const article =
    'date 2026-03-04\n\nA builder who took thousands of pounds from elderly customers for work he never did has been jailed.\n\n' +
    'Wendell Asprey, 47, of Gorsemoor Close, Yottering, was sentenced at Gribbleston Crown Court on Friday after admitting seven counts of fraud.\n\n' +
    'The court heard that he told customers their roofs needed urgent repairs, and in most cases he did no work at all.\n\n' +
    'In the worst case, a widow, 88, paid £9,000 for a new roof that was never fitted.\n\n' +
    'Prosecutor Mina Coldrey told the court it was a case of deliberate and repeated dishonesty.\n\n' +
    'Trading standards officer Ottoline Farrowby said the case showed why people should never agree to work offered at the door.';

  it('answers which court dealt with the case ahead of sentences on the case', () => {
    const a = ask(article, 'Which court dealt with the case?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Gribbleston Crown Court/);
  });

  it('does not give the story’s own club, named in the lead, for another club asked of', () => {
    const club =
      'date 2026-03-04\n\nYottering Sailing Club will open a new clubhouse on the shore of Gribble Water next month, ending six years without one.\n\n' +
      'The club’s old clubhouse burned down in 2020, and members have since changed in a tent.\n\n' +
      'Commodore Ottoline Farrowby, 52, said the club still needed £8,000 for a new rescue boat, as its present one is borrowed from a neighbouring club.\n\n' +
      'The clubhouse was paid for by a grant and by members’ fundraising.';
    const a = ask(club, 'which club lent them the rescue boat');
    expect(a.answered).toBe(false);
  });
});
