/**
 * "Where" questions: a sentence writing every word of the question, well ahead of any other, that
 * gives a place tells the asked act's place, over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a sentence telling the asked act, far ahead of any other, gives its place', () => {
  const article =
    'date 2026-03-02\n\nThe only swimming pool in Pellowick has closed for at least a year after cracks were found in its roof beams.\n\n' +
    'Inspectors found the cracks during a routine check in February, and the council shut the building the same day.\n\n' +
    'About 900 people a week used the pool, including pupils from six primary schools and two swimming clubs.\n\n' +
    'In the meantime, club members are being referred to Penwarden Leisure Centre in Tullisford, 11 miles away.\n\n' +
    'Repairs are expected to cost about £1.4 million, and the council has applied for a government grant.\n\n' +
    'Parents said the closure would leave many children unable to learn to swim before secondary school.\n\n' +
    'The council said it would meet club leaders next week to talk about lane hire and transport.';

  it('answers where people are being sent with the place they are referred to', () => {
    const a = ask(article, 'where are people being sent in the meantime');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Tullisford/);
  });

  it('still declines where the question names nothing the article tells', () => {
    const a = ask(article, 'where did the mayor go on holiday');
    expect(a.answered).toBe(false);
  });
});

describe('where a thing is got is the “from” after a verb of getting or of handing it out', () => {
  const article =
    'date 2026-05-11\n\nA heath fire burned through 40 hectares of gorse near Tallowby on Saturday afternoon.\n\n' +
    'Crews used a trailer pump to draw water from a farm reservoir because there were no hydrants nearby.\n\n' +
    'The fire service said the blaze was probably started by a disposable barbecue.\n\n' +
    'Residents can collect free smoke alarms, which take ten minutes to fit, from the parish office from Wednesday.\n\n' +
    'The heath is home to nightjars and adders, and rangers fear some nests were lost.';

  it('answers where the crews got their water with the “from” after “draw”', () => {
    const a = ask(article, 'where did the crews get their water');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('from a farm reservoir');
  });

  it('answers where to get a free alarm with the office they are collected from, not the time after it', () => {
    const a = ask(article, 'where can i get a free smoke alarm');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('from the parish office');
  });
});
