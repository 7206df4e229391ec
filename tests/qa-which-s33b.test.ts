/**
 * "Which" questions: general ways news names (or only seems to name) the one of the asked kind,
 * each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask, askInTurn } from './qa-helpers.js';

describe('a sentence giving a name of the asked kind, well ahead of the rest, says which one', () => {
  it('answers which firm got the biggest fine with the firm the largest penalty was imposed on', () => {
    const article =
      'date 2026-04-09\n\nRegulators in Brockvane have fined six drug makers a total of 90 million crowns for rigging tenders to supply hospitals.\n\n' +
      'The largest penalty, 40 million crowns, was imposed on Zellmoor Medica, the country’s biggest maker of cheap medicines.\n\n' +
      'Zellmoor Medica said it would appeal.\n\nThe other firms have not commented.';
    const a = ask(article, 'Which firm got hit with the biggest fine?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Zellmoor Medica/);
  });

  it('does not take a name an apposition classes as another kind for the asked one', () => {
    const article =
      'date 2026-04-09\n\nA court in Quellby has struck down a law letting police read reporters’ phone records.\n\n' +
      '“A state that reads every call treats every reporter as a suspect,” Judge Perpetua Vorn wrote for the majority in the 90-page ruling.\n\n' +
      'The case was brought by the Open Quill Foundation, a campaign group based in the capital, Harnvik, together with a reporter, Zebulon Venner, who found in 2024 that his phone records were sought 17 times in five months.\n\n' +
      'The government said it would study the ruling.';
    const a = askInTurn(article, 'How many times were the reporter’s phone records sought?', 'which newspaper does he write for?');
    expect(a.answered).toBe(false);
  });
});
