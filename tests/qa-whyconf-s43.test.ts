/**
 * How and why questions that name their subject in the asker's own word, over invented news prose:
 * each case is a general shape of English, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe("how / why: one noun in the asker's own word does not veto a sure answer", () => {
  const depot =
    'date 2026-03-14\n\nThieves have taken copper cable worth about £30,000 from a rail depot in Harlowby.\n\n' +
    'CCTV shows two men using an angle grinder on the padlock of the north gate at about 1am on Sunday, according to police.\n\n' +
    'The cable was due to be laid on the Wenbury branch next month.\n\n' +
    'Officers have asked anyone who saw a flatbed van in the area to come forward.';

  it('answers "how did the joyriders get through the north gate" from the sentence on the gate', () => {
    const a = ask(depot, 'how did the joyriders get through the north gate');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('an angle grinder on the padlock');
  });

  const practice =
    'date 2025-11-02\n\nA dental practice in Dunvale is to send appointment reminders by text from next month.\n\n' +
    'Because her reminder letters kept arriving late, Glenys Pruett, 71, missed three appointments in the spring.\n\n' +
    'The practice manager, Ilsey Brayle, said the change would cost about £2,000 a year.';

  it('answers "why did Glenys miss her appts" with the cause given for the missed appointments', () => {
    const a = ask(practice, 'why did Glenys miss her appts');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('her reminder letters kept arriving late');
  });
});

describe('why: a "when" clause right after the asked act is its cause', () => {
  const hamlet =
    'date 2026-01-20\n\nAbout 300 residents of Tovey have been given food parcels by volunteers this week.\n\n' +
    'The residents were stranded for two days when floodwater covered the only road out of the hamlet.\n\n' +
    'The council said the road reopened on Wednesday.\n\n' +
    'A clean-up will begin next week.';

  it('answers "why couldn\'t the residents leave" with what happened as they were stranded', () => {
    const a = ask(hamlet, "why couldn't the residents leave");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('floodwater covered the only road');
  });
});
