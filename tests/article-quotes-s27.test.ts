/**
 * A quotation of several sentences is one unit of the article: the speaker's words stay with the
 * attribution that closes them, so a citation never gives half a quote with no speaker.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/parse.js';
import { askInline as ask } from './qa-helpers.js';

const texts = (body: string): string[] => parseArticle('t', body).sentences.map((s) => s.text);

describe('sentences inside one quotation', () => {
  it('keeps a quotation’s sentences with the words that close it, in curly or straight marks', () => {
    expect(texts('The ferry did not sail on Friday. “The engine failed twice. We could not risk it,” said the skipper, Ivo Marsh. He apologised.')).toEqual([
      'The ferry did not sail on Friday.',
      '“The engine failed twice. We could not risk it,” said the skipper, Ivo Marsh.',
      'He apologised.',
    ]);
    expect(texts('"The engine failed twice. We could not risk it," Marsh said. Repairs start on Monday.')).toEqual([
      '"The engine failed twice. We could not risk it," Marsh said.',
      'Repairs start on Monday.',
    ]);
  });

  it('joins nothing when the quotation runs on to the next paragraph, or after it has closed', () => {
    expect(texts('“The engine failed twice. We could not risk it.\n\n“Nobody wants to be stuck at sea,” Marsh said.')).toEqual([
      '“The engine failed twice.',
      'We could not risk it.',
      '“Nobody wants to be stuck at sea,” Marsh said.',
    ]);
    expect(texts('“The engine failed,” Marsh said. “We could not risk it.”')).toEqual(['“The engine failed,” Marsh said.', '“We could not risk it.”']);
  });

  it('cites the whole quotation, with its speaker, for what she said', () => {
    const article =
      'date 2026-05-02\n\nThe Penwith Road bakery will close at the end of May after 41 years, its owner said on Thursday.\n\n' +
      'Flour and energy prices had doubled since 2022, according to the owner, Ros Tandy, 63.\n\n' +
      '“We kept the loaf at a pound for as long as we could. In the end the ovens cost more to run than the shop takes,” Tandy said.\n\n' +
      'The building has been sold to a developer.';
    const a = ask(article, 'what did tandy say about the ovens');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toContain('We kept the loaf at a pound');
    expect(a.sources[0].text).toContain('Tandy said');
  });
});
