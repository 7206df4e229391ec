/**
 * "What" questions: general ways news answers what someone did, does or was doing, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('what someone was doing at a moment is told by an act in progress, whatever words it shares', () => {
  const article =
    'date 2026-02-11\n\nThieves stole about £2,000 from a garden centre in Brindleford on Monday evening.\n\n' +
    'Two men wearing balaclavas came in through the back door at about 6pm.\n\n' +
    'Two members of staff were counting the day’s takings at the time.\n\n' +
    'Manager Grizel Vospergh said the shop would fit a new alarm and that she wanted staff to feel safe at work.\n\n' +
    'Police have asked anyone with information to call 101.';

  it('answers what the staff were doing when the men came in from the sentence telling their act', () => {
    const a = ask(article, 'what were the staff doing when the men came in');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^counting the day’s takings/);
  });
});

describe('an "-ing" right after "while" is an act in progress, though the tagger calls it a noun', () => {
  const article =
    'date 2026-05-03\n\nA nine-year-old boy has found a Roman brooch on his grandparents’ farm near Ottersby.\n\n' +
    'Cosmo Odderwell spotted the bronze brooch in a ploughed field on Sunday while checking fences with his grandfather.\n\n' +
    'The county finds officer said it was probably made in the second century.\n\n' +
    'Cosmo said he wanted the brooch to go on show in the village school so his friends could see it.';

  it('answers what the boy was doing when he found it', () => {
    const a = ask(article, 'what was Cosmo doing when he found it');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^checking fences/);
  });
});

describe('an "-ing" set off by a comma and followed by "when" tells what was going on at that moment', () => {
  const article =
    'date 2026-08-19\n\nA parrot that flew out of a pet shop in Pelsingham three weeks ago has been found safe.\n\n' +
    'The grey parrot, called Biscuit, turned up in the garden of a retired nurse, Hilda Tuckwell, on Friday morning.\n\n' +
    '"She looked very pleased with herself, pecking at my strawberries when I found her," Mrs Tuckwell said.\n\n' +
    'The shop has since fitted a second door at its entrance.';

  it('answers what the parrot was up to when it was found', () => {
    const a = ask(article, 'what was the parrot up to when it was found');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^pecking at my strawberries/);
  });
});
