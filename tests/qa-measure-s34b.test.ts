/**
 * "How long" questions, round 34b: a length asked of a thing, told with "long" after it or beside
 * another of its measures, and a state asked about ("how long was the road closed?") as a time;
 * each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a thing’s state after the copula asks a time, not a size', () => {
  const article =
    'date 2026-04-09\n\nA swing bridge over the Marrow Cut in Dunsell has reopened after repairs to its turning gear.\n\n' +
    'The bridge, which is 42 metres long, carries about 3,000 vehicles a day.\n\n' +
    'The reopening was delayed by 14 weeks after engineers found rusted bolts in the pivot.\n\n' +
    'Drivers were sent on a diversion through the village of Ploverby.';

  it('answers how long the delay was with the weeks the reopening was held up', () => {
    const a = ask(article, 'how long was the delay');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/14 weeks/);
  });
});

describe('a length asked is not another measure of the thing', () => {
  const article =
    'date 2026-06-20\n\nA new boardwalk across Yarrowick Moss has opened to walkers and wheelchair users.\n\n' +
    'The boardwalk is two metres wide and built from recycled plastic planks.\n\n' +
    'The 1.4-mile boardwalk links the visitor centre at Reedham Lock with a bird hide on the estuary.\n\n' +
    'It cost about £800,000, paid for by a wildlife charity.';

  it('does not answer how long the boardwalk is with its width', () => {
    const a = ask(article, 'how long is the new boardwalk');
    expect(a.answer).not.toMatch(/wide/);
    expect(a.answer).toMatch(/1\.4-mile/);
  });
});

describe('a distance written with “long” after it is the length of a thing asked with a clause after it', () => {
  const article =
    'date 2026-02-11\n\nA sail-maker in Brisquay has won an order to make canvas covers for a fleet of river barges.\n\n' +
    'The firm will stitch covers up to 18 metres long, which will be stretched over the barges’ holds in winter.\n\n' +
    'Its owner, Nerys Ombleton, said the order would keep her six staff busy until the summer.';

  it('answers how long the covers they will make are with their length', () => {
    const a = ask(article, 'how long are the biggest covers they’ll make');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/18 metres/);
  });

  it('still reads a state the question asks about as a time', () => {
    const a = ask(article, 'how long was the firm closed');
    expect(a.answer).not.toMatch(/metres/);
  });
});

describe('how long something took, told as the time gone by until its end', () => {
  const article =
    'date 2026-03-02\n\nA red panda that slipped out of its enclosure at Brackwood Wildlife Park has been found safe in a nearby orchard.\n\n' +
    'Keepers believe the animal climbed a branch that had fallen against the fence in strong winds at about 3pm on Saturday.\n\n' +
    'Staff did not notice it was gone until the evening feed at 8pm, nearly five hours later.\n\n' +
    'A neighbour spotted it in an apple tree on Sunday morning and called the park.';

  it('answers how long staff took to notice with the hours before they did', () => {
    const a = ask(article, 'how long did it take staff to realise the panda had escaped');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/five hours/);
  });
});

describe('a length after “after deliberating for” is how long the act took', () => {
  const article =
    'date 2026-10-15\n\nA former parish clerk in Wendle Cross has been found guilty of stealing from a church restoration fund.\n\n' +
    'A jury at Vexford Crown Court convicted Corin Alsop, 52, on Tuesday after deliberating for five hours.\n\n' +
    'Alsop, who had looked after the accounts for 14 years, told the jury the payments were loans he meant to repay.\n\n' +
    'He will be sentenced next month.';

  it('answers how long the jury took to decide with its deliberation', () => {
    const a = ask(article, 'How long did the jury take to reach a verdict?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/five hours/);
  });
});
