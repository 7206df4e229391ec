/**
 * Amounts and measures (how many, how much, how long …) answered from invented news prose: each
 * case is a general form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('how many people died: a count of people in a sentence telling of no deaths is not tied by "people"', () => {
  const article =
    'date 2025-11-14\n\n' +
    'Heavy rain swamped the river town of Dunnow on Tuesday, and rescuers in boats pulled residents from cars and homes.\n\n' +
    'The flood forced about 1,500 people from their homes in the lower town, the council said.\n\n' +
    'Two elderly residents were found dead in a basement on Wednesday morning, police said.\n\n' +
    'The last big flood in the town, in 2009, cut off the main bridge and left 800 people without power for a week.';

  it('“how many people died in the 2009 flood” is not answered by the 800 left without power', () => {
    const a = ask(article, 'How many people died in the 2009 flood?');
    expect(a.answered).toBe(false);
  });

  it('“how many people lost power in 2009” is still answered by them', () => {
    const a = ask(article, 'How many people lost power in 2009?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('800 people');
    expect(a.sources[0]?.text).toContain('without power');
  });
});

describe('what share: a count that gives no share is a weak answer', () => {
  const article =
    'date 2025-09-03\n\n' +
    'Teachers in the coastal district of Marrowby walked out on Thursday in a dispute over class sizes, closing 30 of its 38 schools.\n\n' +
    'About 400 teachers joined a march through the town centre, the union said.\n\n' +
    'The district employs 1,900 teachers across 38 schools.\n\n' +
    'Talks with the education board are due to resume next week.';

  it('“what percentage of the teachers marched” trusts “about 400 teachers” far less than “how many” does', () => {
    const share = ask(article, 'what percentage of the district’s teachers marched');
    const count = ask(article, 'How many of the district’s teachers marched?');
    expect(count.answered).toBe(true);
    expect(count.answer).toContain('400 teachers');
    expect(share.confidence).toBeLessThan(count.confidence - 0.15);
  });

  it('“30 of its 38 schools” gives a share by the whole written beside it', () => {
    const a = ask(article, 'What share of the district’s schools closed?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('30 of its 38 schools');
    expect(a.confidence).toBeGreaterThan(0.85);
  });
});

describe('how long did the act take: a length told by "lasted" of the act under another noun', () => {
  const article =
    'date 2025-04-11\n\n' +
    'Armed men stopped a security van on the ring road outside Tessby early on Thursday and escaped with about 2 million crowns, police said.\n\n' +
    'Witnesses said the raid lasted about four minutes, and the men then drove off in a stolen car.\n\n' +
    'The robbery was the third on the ring road in 18 months, and the van company has asked for a police escort.\n\n' +
    'The ring road was closed for five hours while officers searched for evidence.';

  it('“how long did the robbery take” is answered by “the raid lasted about four minutes”', () => {
    const a = ask(article, 'How long did the robbery take?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('four minutes');
    expect(a.sources[0]?.text).toContain('the raid lasted');
  });

  it('“how long was the ring road closed” is still answered by its own sentence', () => {
    const a = ask(article, 'How long was the ring road closed?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('five hours');
  });
});

describe('what is the fine: a sum is asked, never a speed, a length or a weight', () => {
  const article =
    'date 2025-05-20\n\n' +
    'The city council of Lorvik on Monday banned cyclists from the harbour promenade during the summer months.\n\n' +
    'Until the ban starts in June, cyclists on the promenade must keep their speed below 10 kilometres an hour.\n\n' +
    'The council said it would put up new signs along the route.';

  it('“what is the fine for cycling on the promenade” is not answered by “10 kilometres an hour”', () => {
    const a = ask(article, 'What is the fine for cycling on the promenade?');
    expect(a.answered).toBe(false);
  });

  it('“what is the speed limit for cyclists” is still answered by it', () => {
    const a = ask(article, 'What is the speed limit for cyclists on the promenade?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('10 kilometres an hour');
  });
});

describe('what was the vote: a tally given by a word of voting answers, in whatever words it names the rest', () => {
  const article =
    'date 2025-06-18\n\n' +
    'The town council of Brellick on Tuesday approved plans for a new covered market on the site of the old bus depot.\n\n' +
    'Councillors voted 23 to 14 in favour after a long and heated debate.\n\n' +
    'The final design of the market hall will be shown to residents in September.\n\n' +
    'Traders said the old open-air market had lost customers to a retail park outside the town.';

  it('“what was the final vote” is answered by “voted 23 to 14”, not by “the final design”', () => {
    const a = ask(article, 'What was the final vote?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('23 to 14');
    expect(a.sources[0]?.text).toContain('Councillors voted');
  });

  it('“how did the council vote on the market” is answered by it too', () => {
    const a = ask(article, 'How did the council vote on the market?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('23 to 14');
  });

  it('“when will the final design be shown” is still answered by its own sentence', () => {
    const a = ask(article, 'When will the final design be shown?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('final design');
  });
});
