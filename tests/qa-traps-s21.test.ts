/**
 * Trap questions (the article does not say) that a count about something near the asked thing
 * used to answer: each case is a general form of English news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('how many: a count of two things together is no count of one of them', () => {
  const article =
    'date 2026-01-14\n\n' +
    'Animal health inspectors in the western county of Dunrow began destroying about 60,000 geese and turkeys on Tuesday after avian flu was confirmed at a farm near Pellick.\n\n' +
    'Farmers will be paid for every bird that is destroyed, the agriculture ministry said.\n\n' +
    'The county last had an outbreak in 2019.';

  it('“how many turkeys are being destroyed?” is declined: “60,000 geese and turkeys” counts both', () => {
    const a = ask(article, 'How many turkeys are being destroyed?');
    expect(a.answered).toBe(false);
  });

  const single =
    'date 2026-01-14\n\n' +
    'Animal health inspectors in the western county of Dunrow began destroying about 60,000 turkeys on Tuesday after avian flu was confirmed at a farm near Pellick.\n\n' +
    'Farmers will be paid for every bird that is destroyed, the agriculture ministry said.\n\n' +
    'The county last had an outbreak in 2019.';

  it('“how many turkeys are being destroyed?” is answered where the count is of turkeys alone', () => {
    const a = ask(single, 'How many turkeys are being destroyed?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('60,000');
    expect(a.sources[0]?.text).toContain('about 60,000 turkeys');
  });
});

describe('how much: an amount of the opposite act is no amount of the asked one', () => {
  const article =
    'date 2026-07-20\n\n' +
    'A long drought has cut the barley harvest in Morvland by a third, the farm ministry said on Monday.\n\n' +
    'Morvland exported 900,000 tonnes of barley last year, most of it to brewers abroad.\n\n' +
    'Bakers warned that bread prices could rise by autumn.';

  it('“how much barley did Morvland import?” is declined: the sentence tells what it exported', () => {
    const a = ask(article, 'How much barley did Morvland import last year?');
    expect(a.answered).toBe(false);
  });

  it('“how much barley did Morvland export?” is still answered', () => {
    const a = ask(article, 'How much barley did Morvland export last year?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('900,000 tonnes');
    expect(a.sources[0]?.text).toContain('exported 900,000 tonnes');
  });
});
