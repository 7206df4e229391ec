/**
 * "Which" questions: a name built on the asked noun says which one, in whatever verb its sentence
 * tells it, and its sentence is weighed close to the best match, over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a name built on the asked noun says which one, whatever its verb', () => {
  const article =
    'date 2026-03-04\n\nA former parish clerk who stole from a village charity has been given a suspended sentence.\n\n' +
    'Norah Plimsby, a grandmother from Ulverdale, admitted theft when she appeared at Gribbleston Crown Court on Monday.\n\n' +
    'The court heard that Plimsby had taken £12,300 from the charity over three years.\n\n' +
    'The money had been meant for a new roof on the village’s reading room.\n\n' +
    'Recorder Fennimoss Quorlby gave her a suspended sentence and told her she had let down her neighbours.';

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
    const two = article.replace('on Monday.\n\n', 'on Monday.\n\nHer solicitor, Oskaro Vantley, said she had once sat as a juror at Ulverdale Coroners Court.\n\n');
    const a = ask(two, 'Which court dealt with the case?');
    expect(a.answered).toBe(false);
  });
});

describe('a sentence naming one of the asked kind is weighed close to the best match', () => {
  const article =
    'date 2026-03-04\n\nA roofer who charged pensioners for repairs he never carried out has been jailed for three years.\n\n' +
    'Wendell Asprey, from Yottering, learned his fate at Gribbleston Crown Court on Friday; he had admitted seven counts of fraud in January.\n\n' +
    'Customers were told their roofs were about to collapse, and most of the time no work followed at all, the court heard.\n\n' +
    'One widow, aged 88, handed over £9,000 for tiles that were never laid.\n\n' +
    'For the prosecution, Mina Coldrey called the case deliberate and repeated dishonesty.\n\n' +
    'Ottoline Farrowby, of the council’s trading standards team, said the case showed why work offered at the door should always be refused.';

  it('answers which court dealt with the case ahead of sentences on the case', () => {
    const a = ask(article, 'Which court dealt with the case?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Gribbleston Crown Court/);
  });

  it('does not give the story’s own club, named in the lead, for another club asked of', () => {
    const club =
      'date 2026-03-04\n\nYottering Sailing Club will move into a new clubhouse beside Gribble Water next month, six years after a fire destroyed its last one.\n\n' +
      'Since the fire, members have changed in a tent pitched by the slipway.\n\n' +
      'The club is still short of £8,000 for a rescue boat of its own; for now it uses one lent by a neighbouring club, its commodore, Ottoline Farrowby, said.\n\n' +
      'A lottery grant and members’ fundraising paid for the clubhouse.';
    const a = ask(club, 'which club lent them the rescue boat');
    expect(a.answered).toBe(false);
  });
});
