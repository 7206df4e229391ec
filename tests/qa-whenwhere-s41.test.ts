/**
 * "When", "where" and "how long" questions (session 41): general ways news tells the asked time or
 * place, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a phrasal verb meets the plain verb of its meaning', () => {
  const rugby =
    'date 2026-11-20\n\nQuillbury Rugby Club played its first evening match in 40 years on Friday, beating Tamsford 24-10 in front of 900 fans.\n\n' +
    'The club raised £86,000 for the new lights over two years, with the last £20,000 coming from a quiz night in June.\n\n' +
    'Its new LED floodlights were switched on for the first time on 3 November, in a short ceremony with the club’s oldest member, Osric Pennowen, 93.\n\n' +
    'Neighbours had objected to the plans in 2024, saying the glare would reach their bedrooms.';

  it('answers when the floodlights were turned on from the sentence saying they were switched on', () => {
    const a = ask(rugby, 'When were the floodlights turned on?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/3 November/);
  });

  const allotments =
    'date 2026-04-14\n\nTenants of the Ledworth allotments can now book a plot, pay their rent and report a broken tap online, the parish council said.\n\n' +
    'The council has run the 120 plots since 1987 and kept a paper waiting list until this spring.\n\n' +
    'Its new booking website was launched on 2 March after a trial with ten plot holders in February.\n\n' +
    'The parish clerk answers calls on weekdays between 10am and 2pm for those who would rather phone.';

  it('answers when a website went live from the sentence telling when it was launched', () => {
    const a = ask(allotments, 'when did the booking website go live?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/2 March/);
  });

  const dredging =
    'date 2026-09-08\n\nFishing boats in Brockwater will be able to leave the harbour at low tide again by Christmas, the harbour board said.\n\n' +
    'Silt carried down by the winter floods left the channel too shallow for the larger boats.\n\n' +
    'Work to deepen the channel began on 17 August, with a barge from Corrindale taking away about 400 tonnes of mud a day.\n\n' +
    'The channel was last dredged in 2019, when the work took five weeks.\n\n' +
    'The board expects the work to cost £310,000.';

  it('answers when a job got underway from the sentence saying it began', () => {
    const a = ask(dredging, 'When did the work get underway?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/17 August/);
  });

  const mill =
    'date 2026-06-30\n\nA derelict flour mill on the river at Marnfield is to be turned into 18 flats after surveyors found its walls were sound.\n\n' +
    'Surveyors from the district council visited the mill on 9 May, three weeks after a section of its roof fell into the yard.\n\n' +
    'The mill stopped grinding in 1961 and was last used as a furniture store.\n\n' +
    'The surveyors will return to the mill in September to check its cellars.';

  it('answers when surveyors went round from the sentence saying they visited', () => {
    const a = ask(mill, 'when did they go round the mill?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/9 May/);
  });

  const rink =
    'date 2027-01-05\n\nAn outdoor ice rink in Yelbourne town square drew more than 14,000 skaters over the festive season, the town council said.\n\n' +
    'The rink opened on 28 November and stayed open until 10pm each night.\n\n' +
    'It will be dismantled on Monday 12 January, and the council hopes to bring it back next winter.';

  it('answers when the rink is taken down from the sentence saying it will be dismantled', () => {
    const a = ask(rink, 'when is the rink being taken down?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/12 January/);
  });
});
