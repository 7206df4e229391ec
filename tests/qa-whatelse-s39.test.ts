/**
 * "What else …?" questions: the further thing news tells of the asked act with a word of addition
 * ("also", "along with", "other … include"), over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a thing told with "also" answers what else was done', () => {
  const article =
    'date 2026-04-22\n\nA small museum in Harnbury has bought a 17th-century longcase clock at auction for £12,000.\n\n' +
    'The Tellerby Museum also acquired a set of pewter plates from the same sale, its curator said.\n\n' +
    'The clock will go on display in the spring once it has been cleaned.';

  it('answers what else the museum bought with the plates, not the clock', () => {
    const a = ask(article, 'what else did the museum buy');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/pewter plates/);
    expect(a.answer).not.toMatch(/clock/);
  });
});

describe('a thing added with "along with" answers what else was done', () => {
  const article =
    'date 2026-01-18\n\nFirefighters were called to a frozen pond near Dellingthorpe on Sunday morning after a horse fell through the ice.\n\n' +
    'Crews waded in with ropes and the animal was hauled out after an hour, along with a young pony that had followed it onto the ice.\n\n' +
    'A vet said both animals were cold but unhurt.';

  it('answers what else was hauled out with the pony', () => {
    const a = ask(article, 'what else was hauled out');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/young pony/);
  });
});

describe('a pronoun with "also" goes on with the thing the sentence before names', () => {
  const article =
    'date 2026-08-05\n\nCouncillors in Carrowdale have voted to keep the district’s mobile library on the road for another five years.\n\n' +
    'Readers in the hills have relied on the mobile library since the branch in Sollby shut. It also delivers large-print books to people who cannot leave their homes.\n\n' +
    'The service costs about £60,000 a year to run.';

  it('answers what else the mobile library does with its deliveries', () => {
    const a = ask(article, 'what else does the mobile library do');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/large-print books/);
  });
});

describe('"other … include" lists the further things', () => {
  const article =
    'date 2026-11-09\n\nBurglars broke into a bowls club in Ludmere overnight on Tuesday and took a cash box holding about £300.\n\n' +
    'Other items stolen from the clubhouse include two laptops, a trophy and a set of club keys, police said.\n\n' +
    'Officers have asked anyone who saw a van near the green to come forward.';

  it('answers what else the burglars stole with the listed items', () => {
    const a = ask(article, 'what else did the burglars steal');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/two laptops/);
  });
});
