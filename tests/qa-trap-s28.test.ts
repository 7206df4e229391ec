/**
 * Declinable questions the engine answered: general reasons a near miss passed, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('“what time” asks the hour: a day alone leaves it unsaid', () => {
  const article =
    'date 2026-03-10\n\nResidents of Marlow Green will hold a public meeting at the church hall on Thursday evening to discuss plans for a new car park on the village green.\n\n' +
    'The parish council wants to turn part of the green into 40 parking spaces, saying visitors to the shops have nowhere to park.\n\n' +
    'A petition against the plans has gathered 612 signatures, organiser Dana Pell, 52, said.\n\n' +
    'The village fete will open at 11am on Saturday 6 June, with a dog show at 2pm.';

  it('declines what time residents meet when the article gives only the day', () => {
    expect(ask(article, 'What time will residents meet at the church hall?').answered).toBe(false);
  });

  it('still answers what time the fete opens with its hour', () => {
    const a = ask(article, 'What time does the village fete open?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('11am');
  });

  it('still answers when the meeting is with its day', () => {
    const a = ask(article, 'When is the public meeting?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Thursday');
  });
});

describe('“which” asks which ones: a count names none', () => {
  const article =
    'date 2026-05-18\n\nA sponsored swim across Holm Lake raised £8,400 on Sunday, and the money will be shared between two local charities.\n\n' +
    'Some 46 swimmers took part, the oldest of them 81, organiser Petra Lune said.\n\n' +
    'Last year the swim raised £5,900 for the Holm Valley Hospice.\n\n' +
    'The lake was closed to boats for the morning while lifeguards from the Holm Sailing Club kept watch.';

  it('declines which charities share the money when the article only counts them', () => {
    expect(ask(article, 'Which charities will share the money from the swim?').answered).toBe(false);
  });

  it('still answers which club the lifeguards came from with its name', () => {
    const a = ask(article, 'Which club did the lifeguards come from?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Holm Sailing Club');
  });
});

describe('“who else” asks past the one the story names', () => {
  const article =
    'date 2026-02-09\n\nA retired nurse from Tarnby has been named the town’s citizen of the year after a public vote.\n\n' +
    'Moira Quell, 71, was picked from a shortlist of four at a dinner in the Tarnby Arms on Friday.\n\n' +
    'She has run a lunch club for older residents for 19 years and drives neighbours to hospital appointments.\n\n' +
    'The award was set up by the town council in 2011.';

  it('declines who else was on the shortlist when the article names only the winner', () => {
    expect(ask(article, 'Who else was on the shortlist?').answered).toBe(false);
  });

  it('still answers who was picked from the shortlist', () => {
    const a = ask(article, 'Who was picked from the shortlist?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Moira Quell');
  });
});

describe('a question on what holds now is not answered by a plan', () => {
  const article =
    'date 2026-04-21\n\nA village hall in Pennock Cross is to get solar panels and a heat pump after a £42,000 grant from the county council.\n\n' +
    'Hall chairman Ruth Asker, 63, said 24 solar panels would be fitted on the south roof by September.\n\n' +
    'The hall is used by 14 clubs and groups, from a toddler group to a bridge club.\n\n' +
    'Its heating bill has risen from £2,100 in 2022 to £4,800 this year.';

  it('declines how many solar panels the hall has now when the article gives only those to be fitted', () => {
    expect(ask(article, 'How many solar panels does the hall have at the moment?').answered).toBe(false);
  });

  it('still answers how many solar panels will be fitted', () => {
    const a = ask(article, 'How many solar panels will be fitted?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('24');
  });

  it('still answers how much the heating bill is now from what it has risen to', () => {
    const a = ask(article, 'How much is the heating bill now?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('£4,800');
  });
});

describe('a question on a time gone by is not answered by a time still to come', () => {
  // Undated, as many stories reach the engine: no dateline settles which side of it a day falls.
  const article =
    'DUNHOLM — Work on a footbridge to replace the level crossing on Mill Lane in Dunholm will start on Monday 9 March, the rail operator said.\n\n' +
    'The crossing has been the scene of three near misses in two years.\n\n' +
    'The bridge will cost £2.2 million.';

  it('declines when the level crossing was put in when the article gives only when work will start', () => {
    expect(ask(article, 'When was the level crossing on Mill Lane put in?').answered).toBe(false);
  });

  it('still answers when work on the footbridge will start', () => {
    const a = ask(article, 'When will work on the footbridge start?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('9 March');
  });
});

describe('an average asked is not answered by one case’s figure', () => {
  const article =
    'date 2026-05-03\n\nMore than 400 runners took part in the first Brackley Downs 10K on Sunday, raising £9,600 for the town’s air ambulance.\n\n' +
    'The fastest finisher was Dan Orme, 27, a postman from Wetherby, who completed the course in 33 minutes and 12 seconds.\n\n' +
    'Finishers averaged 58 minutes on the hilly course, the organisers said.';

  it('declines the average time when the article gives only the winner’s time', () => {
    const a = ask(article.replace('\n\nFinishers averaged 58 minutes on the hilly course, the organisers said.', ''), 'What was the average finishing time?');
    expect(a.answered).toBe(false);
  });

  it('still answers the average time from the figure told as one', () => {
    const a = ask(article, 'What was the average finishing time?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('58 minutes');
  });

  it('still answers the winner’s time', () => {
    const a = ask(article, 'What was the fastest finishing time?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('33 minutes');
  });
});
