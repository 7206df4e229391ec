/**
 * Signs that a sentence does not answer, read off questions an article leaves unanswered: each case
 * is a general form of English or of news writing, over invented news prose, never an article's own
 * words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a value of another kind than the one asked', () => {
  const article =
    'date 2026-04-11\n\nThe Harlow Reservoir, which supplies most of Colby’s tap water, is at 22% of capacity after the driest spring on record, the water board said.\n\n' +
    'A stolen landscape by the painter Ada Brell was found on Tuesday near the village of Tarn, about 40 kilometres (25 miles) north of the city.';

  it('gives no share for a measure asked in a unit', () => {
    expect(ask(article, 'What is the capacity of the Harlow Reservoir in cubic metres?').answered).toBe(false);
    expect(ask(article, 'How full is the Harlow Reservoir?').answer).toContain('22%');
  });

  it('gives no place’s distance from another for a size', () => {
    expect(ask(article, 'how big is the stolen landscape').answered).toBe(false);
  });
});

describe('a name that holds the name the question gives names that one back', () => {
  const article =
    'date 2026-05-02\n\nThe board voted 5-2 to shorten the school week from April.\n\n' +
    'The two teachers on the board who voted against, Tom Ries and Ana Vell, said the board had rushed the change.\n\n' +
    'Colby rower Ida Lind won silver on Sunday, the club said.';

  it('does not answer what is asked of a person with a list naming that person', () => {
    expect(ask(article, 'Which subject does Ana Vell teach?').answered).toBe(false);
  });

  it('still answers with the list where the question names no one in it', () => {
    expect(ask(article, 'Which two teachers voted against?').answer).toBe('Tom Ries and Ana Vell');
    expect(ask(article, 'who won silver?').answer).toBe('Ida Lind');
  });

  it('still answers with a full name that opens with the asked one', () => {
    const a = ask('date 2026-05-02\n\nThe Corvo, a small electric van, is built by Corvo Motors AG at a plant near Colby.', 'who makes the Corvo');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Corvo Motors AG');
  });
});
