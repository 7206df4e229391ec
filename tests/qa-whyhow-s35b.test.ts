/**
 * "Why" questions whose reason the article gives outright, in a sentence that writes the asked act
 * in other words, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBaseFromText } from '../src/engine.js';
import { analyzeQuestion } from '../src/qa/analyze.js';
import { askInline as ask } from './qa-helpers.js';

describe('a cause given outright in a sentence writing every word of the question answers it', () => {
  const article =
    'date 2026-03-02\n\nA fish ladder has been opened at the weir on the River Skelderbeck at Quorlby, letting sea trout reach the upper river for the first time in a century.\n\n' +
    'The weir was built in the 1870s to feed a corn mill, and has blocked trout ever since.\n\n' +
    'Pulling the weir down entirely was looked at, but the idea was dropped because it sits inside a protected old quarter of the village and because engineers worried that doing so might weaken the banks under the old mill, which stands about 40 metres away.\n\n' +
    'The ladder, a run of concrete pools along one bank, cost £600,000.\n\n' +
    'Volunteers will count trout at the weir each autumn.';

  it('answers why they didn’t just get rid of the weir by the “because” the idea was dropped for', () => {
    const a = ask(article, 'why didnt they just get rid of the weir');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/protected old quarter/);
  });
});

describe('the last word after a modal and its subject is the asked verb', () => {
  const kb = knowledgeBaseFromText(
    'merger.txt',
    'date 2026-08-14\n\nTwo building societies in the west of Marrowvale have agreed to merge, creating the region’s largest lender.\n\n' +
      'Analysts expect the market regulator to look hard at the deal because the merged society would hold more than a third of all savings in the region.',
  );

  it('reads “object” in “why might the market regulator object” as the act, not a thing the article must write', () => {
    const q = analyzeQuestion(kb, 'Why might the market regulator object?');
    expect(q.terms.find((t) => t.word === 'object')?.pos).toBe('VERB');
  });

  it('still reads a state after “will” as asked, not as a verb', () => {
    const q = analyzeQuestion(kb, 'when will the branch open');
    expect(q.terms.find((t) => t.word === 'open')?.pos).not.toBe('VERB');
  });
});
