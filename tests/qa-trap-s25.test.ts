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
    'The spring fair opens with a brass band concert on Saturday evening, followed by a dog show on Sunday.\n\n' +
    'A stolen landscape by the painter Ada Brell was found on Tuesday near the village of Tarn, about 40 kilometres (25 miles) north of the city.';

  it('gives no share for a measure asked in a unit', () => {
    expect(ask(article, 'What is the capacity of the Harlow Reservoir in cubic metres?').answered).toBe(false);
    expect(ask(article, 'How full is the Harlow Reservoir?').answer).toContain('22%');
  });

  it('gives no day for a clock time', () => {
    expect(ask(article, 'what time does the spring fair open').answered).toBe(false);
    expect(ask(article, 'when does the spring fair open').answer).toContain('Saturday');
  });

  it('gives no place’s distance from another for a size', () => {
    expect(ask(article, 'how big is the stolen landscape').answered).toBe(false);
  });
});
