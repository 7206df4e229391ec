/**
 * Definitions, "which" questions and quotes: a speaker's own quoted words on the asked topic, and
 * the asked kind written as several nouns after "which". Invented news prose, never an article's
 * own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('the asked speaker’s quoted words, in a sentence writing the topic, are what she said of it', () => {
  const article =
    'date 2026-05-18\n\nSOLBRIDGE, May 17 - Oonagh Threlkeld of Solbridge lost the county bowls final on Saturday, beaten by Callerby’s Wynn Pendrake on the last end after leading for most of the afternoon.\n\n' +
    'Threlkeld, 67, who had won the title twice before, missed her final wood by a few inches.\n\n' +
    '"I let one end get away from me, and you cannot do that in a final," Threlkeld said. Her club will enter a team in the summer league for the first time.\n\n' +
    '"The green was as quick as I have ever known it," Threlkeld said of the conditions.\n\n' +
    'Pendrake first won the title in 2019 and will now represent the county at the national championships in July.';

  it('gives her quoted words for what she said about her defeat', () => {
    const a = ask(article, 'What did Threlkeld say about her defeat?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/one end get away/);
  });

  it('declines a topic the article never writes', () => {
    expect(ask(article, 'what did Threlkeld say about the prize money').answered).toBe(false);
  });
});
