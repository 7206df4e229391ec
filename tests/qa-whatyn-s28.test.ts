/**
 * Open "what" questions: general ways a sentence answers them, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('what follows the question’s own verb is the object asked', () => {
  const article =
    'date 2026-04-02\n\nTwo aid workers kidnapped in the hill district of Marrowvale last month have been freed unharmed, the foreign ministry said on Saturday.\n\n' +
    'The kidnappers, believed to belong to a small armed group, seized the pair from their car on a mountain road on 3 March.\n\n' +
    'The group later posted a video online in which the captives asked their families for patience, and demanded the release of 30 prisoners from the regional jail in Dunmore.\n\n' +
    'The ministry did not say whether any prisoners had been freed.\n\n' +
    'Both workers were flown home on Sunday.';

  it('answers what the kidnappers were demanding with the object of “demanded”', () => {
    const a = ask(article, 'What were the kidnappers demanding in return?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('the release of 30 prisoners');
  });

  it('still declines what the kidnappers were paid, which the article never tells', () => {
    expect(ask(article, 'What ransom did the ministry pay the kidnappers?').answered).toBe(false);
  });
});
