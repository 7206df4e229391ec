/**
 * Name-of and "which" questions: a role noun written as the title before a name ("Club treasurer
 * Orlaith Prackett said …", "Inspector Orlaith Prackett found …") says the name is the asked one's, over
 * invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('the asked noun ending the title before a name gives that name', () => {
  const article =
    'date 2026-05-19\n\nA bowls club in Yarrowdale has lost its green to a burst water main, weeks before the county finals it was due to host.\n\n' +
    'Water flooded the green overnight on Thursday and left a layer of silt across most of the rinks.\n\n' +
    'It will take at least a month of rolling and reseeding before anyone can play on it again.\n\n' +
    'Club secretary Ostley Brisbow said members were heartbroken but determined to be back by the summer.\n\n' +
    'The finals will now be held at a club in Cobbleford, about six miles away.';

  it('answers what the club secretary is called by the name the title runs into', () => {
    const a = ask(article, 'what’s the club secretary called');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Ostley Brisbow/);
  });

  it('reads a title naming the role’s place of work, in a name-of question', () => {
    const fete =
      'date 2026-07-02\n\nA village fete in Ilsworth has been called off after its field was flooded.\n\n' +
      'Heavy rain on Sunday left the meadow under several inches of water, and the marquee could not be put up.\n\n' +
      'School governor Pellick Gorvane, who has run the tombola for 20 years, said the money raised would have gone to new library books.\n\n' +
      'A smaller event may be held in the church hall instead.';
    const a = ask(fete, 'what is the name of the school governor');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Pellick Gorvane/);
  });
});

describe('a "which" question’s noun ending the title before a name says the name is of the asked kind', () => {
  const article =
    'date 2026-10-02\n\nA ferry operator has been fined £40,000 after a deckhand broke his leg when a loading ramp collapsed at Brunswold harbour.\n\n' +
    'Nobody had serviced the ramp for two years, Inspector Wilmer Harwin told the court.\n\n' +
    'In a 40-page inspection report, Harwin said the crew had never been shown how to check it.\n\n' +
    'The deckhand, who is 23, has since returned to work.';

  it('answers which inspector dealt with the case from the sentence titling him', () => {
    const a = ask(article, 'Which inspector dealt with the case?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Wilmer Harwin/);
    expect(a.sources[0].text).toContain('Inspector Wilmer Harwin');
  });
});
