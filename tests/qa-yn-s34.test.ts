/**
 * Yes/no questions: how news says a thing goes on or has ended, and a subject's verb read past an
 * aside, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a relative clause set off by commas is an aside before the verb', () => {
  const article =
    'date 2026-05-12\n\nNurses in Pellwick walked out on Monday in the first national strike in the profession for 30 years, shutting outpatient wards across the district.\n\n' +
    'Private clinics, which treat around 8% of patients, were not affected.\n\n' +
    'The Vellacott garden centre, which employs 25 people, will stay open through the summer.';

  it('reads the negated verb after the subject’s relative clause', () => {
    const a = ask(article, 'Were private clinics shut too?');
    expect(a.sources[0]?.text).toMatch(/^Private clinics, which treat/);
    expect(a.answer).toMatch(/^No: Private clinics, which treat around 8% of patients, were not affected/);
  });

  it('answers with the clause past the relative clause', () => {
    const a = ask(article, 'is the Vellacott garden centre closing?');
    expect(a.answer).toMatch(/will stay open/);
  });
});

describe('a “still” question is answered no by a clause telling the end', () => {
  const article =
    'date 2026-03-04\n\nThe old ferry slipway at Brackenhithe has been shut after engineers found cracks in its concrete, the harbour board said on Tuesday.\n\n' +
    'The Yarrowby family sold their stake in the boatyard in 1988.\n\n' +
    'The harbour cafe will open as usual at weekends.\n\n' +
    'Anglers and swimmers are also barred from the quay.';

  it('says no where the asked thing has since been sold', () => {
    const a = ask(article, 'does the yarrowby family still own part of the boatyard');
    expect(a.sources[0]?.text).toMatch(/^The Yarrowby family sold/);
    expect(a.answer).toMatch(/^No/);
  });

  it('says no where the asked act is barred, though the article never writes the act', () => {
    const a = ask(article, 'can u still fish or swim from the quay?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toMatch(/^Anglers and swimmers are also barred/);
    expect(a.answer).toMatch(/^No/);
  });

  it('still says yes where the clause tells no end', () => {
    const a = ask(article, 'is the harbour cafe still opening at weekends');
    expect(a.answer).toMatch(/^Yes/);
  });
});

describe('“no longer” denies the verb it stands before', () => {
  const article =
    'date 2026-02-19\n\nThe church bells at Lower Hesketh have been fitted with an electric chiming system after a two-year appeal, the parish council said.\n\n' +
    'The system sounds the bells on the hour, so volunteers will no longer need to climb the tower each morning.';

  it('answers no to whether the act is still needed', () => {
    const a = ask(article, 'do volunteers still have to climb the tower');
    expect(a.answer).toMatch(/^No/);
  });
});
