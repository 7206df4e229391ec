/**
 * Names as the fact extractor reads them: what opens a sentence before a name, and what a body
 * named once is called after, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a noun for a person opening the sentence is no part of the name after it', () => {
  const article =
    'date 2026-05-02\n\nA bakery in Tolvey has won a regional prize for its rye bread.\n\n' +
    'Owners Hal Stoddel and his wife Nessa took over the bakery in 2014.\n\n' +
    'Pensioner Ambrose Cardo, 83, has bought a loaf there every morning since it opened.\n\n' +
    'The prize was handed out at a dinner in Castlemore on Friday.';

  it('answers who the pensioner is with his name alone', () => {
    const a = ask(article, 'who is the pensioner');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Ambrose Cardo');
  });

  it('says what the named man is from the word before his name', () => {
    const a = ask(article, 'who is Ambrose Cardo');
    expect(a.answered).toBe(true);
    expect(a.answer.toLowerCase()).toBe('pensioner');
  });

  it('leaves a plural noun for the couple out of the first owner’s name', () => {
    const a = ask(article, 'who owns the bakery');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Hal Stoddel');
  });
});
