/**
 * "Why" questions: general ways news gives (or only seems to give) the reason of the asked act, each
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an "after" that only tells a time of day or a net sum gives no reason', () => {
  const article =
    'date 2026-03-14\n\nA chess club for pupils at Marrowgate Academy has reached the national final.\n\n' +
    'The six players practise after school in the library twice a week.\n\n' +
    'The club began in 2023 because a maths teacher wanted to give quieter pupils a team of their own.\n\n' +
    'The final will be played in Tollbridge on 2 May.';

  it('does not answer why the players practise in the library with when they do', () => {
    const a = ask(article, 'why do the six players practise in the library');
    expect(a.answer).not.toMatch(/^after school/);
  });
});

describe('what a body looks after is no reason for its acts', () => {
  const article =
    'date 2026-09-01\n\nA village chapel in Osterdale will hold its last service on Sunday.\n\n' +
    'The decision to close the chapel was taken by the Wenmoor circuit, which looks after 12 chapels in the valley.\n\n' +
    'About 40 people are expected to attend.';

  it('does not answer why the chapel is closing with what the circuit looks after', () => {
    const a = ask(article, 'why is the chapel closing');
    expect(a.answer).not.toMatch(/^after 12 chapels/);
  });
});

describe('what a change is down to, or credited to, is its cause', () => {
  const article =
    'date 2026-07-02\n\nVolunteers counting otters on the River Tresk have recorded 41 animals, the highest total since the survey began.\n\n' +
    'The count took place over three nights in June, when 30 volunteers watched from hides along the banks.\n\n' +
    'Last year the survey recorded only 19 otters, after a dry summer.\n\n' +
    'According to the organiser, Dr Tova Karwood, the increase was largely down to cleaner water below the old tannery.\n\n' +
    'The group plans to publish its full results in the autumn.';

  it('answers why the numbers went up with what the increase was down to', () => {
    const a = ask(article, 'Why have the otter numbers gone up so much?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^cleaner water below the old tannery/);
  });

  const credited =
    'date 2026-08-11\n\nThe number of barn owl chicks ringed in the Yarrowgill Valley has doubled in a year, according to a local wildlife group.\n\n' +
    'Members ringed 64 chicks this summer, against 32 last year.\n\n' +
    'The group’s chair, Ruari Pallister, credited the rise to 50 nest boxes that farmers put up last winter.\n\n' +
    'Ringing will start again next May.';

  it('answers why the numbers rose with what the rise was credited to', () => {
    const a = ask(credited, 'Why has the number of chicks risen?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^50 nest boxes/);
  });
});

describe('a "to" after the object of a verb of asking, ordering or taking is no purpose', () => {
  const article =
    'date 2026-02-20\n\nA court in Vastrow on Tuesday ordered a quarry company to halt blasting at night.\n\n' +
    'Residents of Lindel Road said the blasts shook their windows and woke their children.\n\n' +
    'The company said it would appeal.';

  it('does not answer why the company kept blasting with what the court ordered it to do', () => {
    const a = ask(article, 'Why did the quarry company keep blasting at night?');
    expect(a.answer).not.toMatch(/^to halt blasting/);
  });
});

describe('an "-ing" word that only describes the noun after "for" is no reason', () => {
  const article =
    'date 2026-10-05\n\nA craft fair in Wetherstoke drew about 2,000 visitors over the weekend.\n\n' +
    'The fair moved to the parish hall this year because the town’s old market building is being rewired.\n\n' +
    'Its organiser said the weekend cost about £3,000, mostly for hall hire and travel costs for visiting makers.';

  it('does not answer why the costs are high with whom they were for', () => {
    const a = ask(article, 'why are the travel costs so high');
    expect(a.answer).not.toMatch(/^visiting makers/);
  });
});

describe('a gerund of the asked verb inside "because" is the asked act, not a thing it names', () => {
  const article =
    'date 2026-06-03\n\nArchaeologists have found the remains of a medieval barge in the estuary near Pelsworth.\n\n' +
    'The hull itself will stay in the mud because lifting it might snap its old timbers, said project leader Ana Quistrell.\n\n' +
    'A carved tiller and two pots will be brought ashore next month.';

  it('answers why they won’t lift the hull with the reason given', () => {
    const a = ask(article, "Why won't they lift the hull out of the water?");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^because lifting it might snap its old timbers/);
  });
});

describe('an outright cause of the written act answers a why that names a thing of its own', () => {
  const article =
    'date 2026-04-09\n\nA mountain rescue team in the Quellmoor uplands has asked walkers to pack a whistle this spring.\n\n' +
    'The team recommends whistles because sound carries further than a torch beam in thick fog, its leader said.\n\n' +
    'The team was called out 84 times last year.';

  it('answers why whistles rather than flares with the cause given', () => {
    const a = ask(article, 'Why does the team recommend whistles rather than flares?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^because sound carries further/);
  });
});
