/**
 * General mechanisms of English and of news writing behind misses on an unseen batch, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask, askInTurn } from './qa-helpers.js';

describe('a percent sign after no number stands for “percentage”', () => {
  const article =
    'date 2026-04-02\n\nA new bus timetable for the Ferrow valley will start on Monday, the county council said.\n\n' +
    'Buses will run every 20 minutes between Ferrow and Ludby during the day, up from every half hour.\n\n' +
    'In a survey of 800 passengers, 64 per cent said they would use the bus more often if it ran later in the evening.\n\n' +
    'The last bus from Ludby will now leave at 11.10pm.';

  it('reads “what % of …” as a share', () => {
    const a = ask(article, 'what % of passengers would use the bus more often');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('64 per cent');
  });
});

describe('a bare noun phrase headed by a measure asks its value', () => {
  const article =
    'date 2026-02-11\n\nA new footbridge over the River Lenn at Sallow Quay opened to walkers and cyclists on Tuesday, ending a two-mile detour.\n\n' +
    'In total the bridge took nine months to build, with its deck lifted into place by a crane in October.\n\n' +
    'The project cost £2.4 million, most of it paid by the county council.\n\n' +
    'Cyclists must dismount at the southern end, where the path joins a busy road.';

  it('reads “total cost of the bridge?” as asking the sum', () => {
    const a = ask(article, 'total cost of the bridge?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('£2.4 million');
  });
});

describe('the lead’s unnamed subject is cited by the sentence that names it', () => {
  const article =
    'date 2026-01-20\n\nA village teacher has quit after 41 years at the same school, saying the paperwork had become too much.\n\n' +
    'Alan Pembry, 67, taught his last lesson at Hollin Cross Primary School on Friday afternoon.\n\n' +
    'The school said it had been a privilege to have him.\n\n' +
    'Pupils sang for him in the hall.';

  it('answers who quit with the name and cites the naming sentence first', () => {
    const a = ask(article, 'who quit');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Alan Pembry');
    expect(a.sources[0].text).toContain('Alan Pembry');
  });
});

describe('“and the …?” asks the last question again of another thing', () => {
  const article =
    'date 2026-03-14\n\nA 19th-century chapel in Brackley Vale has been given a new bell tower after a five-year fundraising campaign.\n\n' +
    'The new tower stands 18 metres tall and can be seen from the far side of the valley.\n\n' +
    'Its copper spire, added on Thursday, rises a further 6 metres above the roof.\n\n' +
    'The work was carried out by a firm of stonemasons from Edgeford.';

  it('reads “and the spire?” after “how tall is the tower?” as how tall the spire is', () => {
    const a = askInTurn(article, 'how tall is the tower?', 'and the spire?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('6 metres');
  });
});

describe('the time of one end of a stay is not the time of the other', () => {
  const article =
    'date 2026-02-02\n\nA barn full of hay burned down at Oakhurst Farm near Pellow on Sunday night.\n\n' +
    'Two crews from Dunmoor Fire and Rescue Service arrived at 11.20pm and spent around two hours bringing the fire under control.\n\n' +
    'Nobody was hurt, but about 400 bales were lost, and the farmer, Owen Treby, was treated at the scene for smoke inhalation.\n\n' +
    'The fire is thought to have been started by a heater left on in a tack room.';

  it('declines when the crews left the scene when the article gives only their arrival', () => {
    expect(ask(article, 'what time did the fire crews leave the scene').answered).toBe(false);
  });

  it('still answers when the crews arrived', () => {
    const a = ask(article, 'what time did the fire crews arrive');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('11.20pm');
  });
});

describe('a capitalised label before a number (“Year 9”) counts nothing', () => {
  const article =
    'date 2026-06-09\n\nA school in Harnley has won a national robotics contest with a machine that sorts recycling by colour.\n\n' +
    'The robot was built over two terms by a group of Year 9 pupils at Harnley Academy, who named it Binny.\n\n' +
    'The team beat 40 other schools in the final in Birmingham on Saturday.\n\n' +
    'Their prize is a set of laptops for the school.';

  it('does not count nine pupils in “a group of Year 9 pupils”', () => {
    const a = ask(article, 'how many pupils built the robot');
    expect(a.answer).not.toContain('9 pupils');
  });

  it('counts the pupils before the label: “seven Year 11 pupils” are seven', () => {
    const a = ask(article.replace('a group of Year 9 pupils', 'seven Year 11 pupils'), 'how many pupils built the robot');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('seven');
  });
});

describe('a price is a sum: a bare number is none', () => {
  const article =
    'date 2026-07-01\n\nA new community swimming pool has opened in Radley Cross after a three-year campaign by residents.\n\n' +
    'Of the 30 lanes of lockers, eight are set aside for school groups.\n\n' +
    'The pool will be open from 6am to 9pm every day.\n\n' +
    'An adult swim costs £4.50, and children under five swim free.';

  it('declines the price of a locker when the article only counts the lockers', () => {
    expect(ask(article, 'what\'s the price of a locker for school groups').answered).toBe(false);
  });

  it('still answers what an adult swim costs', () => {
    const a = ask(article, 'how much does an adult swim cost');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('£4.50');
  });
});

describe('a telephone number asked is digits to dial', () => {
  const article =
    'date 2026-08-12\n\nA helpline for tenants worried about damp has taken 212 calls in its first week, Morrow District Council said.\n\n' +
    'The line is staffed from 9am to 5pm, five days a week, by council housing officers.\n\n' +
    'Tenants can also report damp by calling the council’s main switchboard on 01632 960 118.\n\n' +
    'Inspections will begin next month.';

  it('declines the helpline’s number when the article gives only its calls and hours', () => {
    expect(ask(article, 'what is the damp helpline phone number').answered).toBe(false);
  });

  it('still answers with a number the article gives to dial', () => {
    const a = ask(article, 'what is the switchboard phone number');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('01632 960 118');
  });
});

describe('“now” asks what holds today: a past progressive tells what held then', () => {
  const article =
    'date 2026-04-21\n\nA family bakery in Tolby has cut back its delivery rounds after the price of flour doubled in a year.\n\n' +
    '"We were running 12 vans across the county, but the numbers stopped adding up," owner Ruth Calder said.\n\n' +
    'The fleet has been cut to five vans, which cover only the villages nearest Tolby.\n\n' +
    'Its shop on Bridge Street is unaffected.';

  it('does not answer how many vans the bakery runs now with the figure it was running', () => {
    expect(ask(article, 'how many vans does the bakery run now').answer).not.toContain('12');
  });

  it('answers how many vans there are now with the present figure', () => {
    const a = ask(article, 'how many vans are there now');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('five');
  });
});

describe('“exactly how many” asks the figure as counted, not a round one', () => {
  const article =
    'date 2026-05-02\n\nA beach clean at Sandle Bay on Saturday cleared more than a tonne of rubbish from the shore.\n\n' +
    'Around 120 volunteers joined the clean, organisers said, and a final count put it at 117 volunteers.\n\n' +
    'The council has promised more bins.';

  it('answers the counted figure', () => {
    const a = ask(article, 'exactly how many volunteers joined the clean');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('117');
  });
});
