/**
 * When and why questions answered from invented news prose: each case is a general form of English
 * the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('when: a thing noticed, asked with another verb of noticing', () => {
  const article =
    'date 2025-04-17\n\n' +
    'The Tarnby viaduct will stay closed to trains for at least a month, the rail operator said on Thursday.\n\n' +
    'Inspectors discovered the fractures in two of its steel girders during a night survey on Tuesday evening.\n\n' +
    'Replacement buses will run between Tarnby and Oslund until repairs are finished.';

  it('“when were the fractures spotted” is answered by the time they were discovered', () => {
    const a = ask(article, 'When were the fractures spotted?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tuesday evening');
    expect(a.sources[0]?.text).toContain('Inspectors discovered the fractures');
  });

  it('still answers the verb the article itself uses', () => {
    const a = ask(article, 'When were the fractures discovered?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('Inspectors discovered the fractures');
  });
});

describe('when: a rule coming into force, not the day it was passed', () => {
  const article =
    'date 2025-09-10\n\n' +
    'Varnholm passes law requiring lights on bicycles\n\n' +
    'The parliament of Varnholm on Tuesday passed a law requiring cyclists to carry lights and reflectors after dark.\n\n' +
    'The law takes effect on November 1, although riders will have until January to buy the new lights.\n\n' +
    'Police figures show 61 cyclists were hurt in crashes at night last year.\n\n' +
    'A cycling group said the law was sensible but asked for more bike lanes.';

  it('“when does the law come into force” is not answered by the day parliament passed it', () => {
    const a = ask(article, 'When does the law requiring lights come into force?');
    expect(a.answer).not.toContain('Tuesday');
  });

  it('“when does the law kick in” is answered by when it takes effect', () => {
    const a = ask(article, 'when does the cycle light law kick in');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('November 1');
    expect(a.sources[0]?.text).toContain('takes effect');
  });

  it('“when was the law passed” is still answered by the day it was passed', () => {
    const a = ask(article, 'When was the law passed?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tuesday');
  });

  it('an earlier, narrower ban’s year is no answer to when the new ban comes into force', () => {
    const a = ask(
      'date 2025-09-10\n\nOrlsby to ban wood stoves\n\nThe town of Orlsby banned wood stoves in new homes in 2017.\n\nThe council said on Monday it will ban wood stoves in all homes from May 1, 2027, to cut winter smog.\n\nStove makers said the ban would cost jobs.',
      'When does the wood stove ban come into force?',
    );
    expect(a.answer).not.toContain('2017');
  });
});
