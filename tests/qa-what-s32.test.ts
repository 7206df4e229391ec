/**
 * "What" questions: general ways news answers what someone did, found or blamed, each over invented
 * news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an “is due to” sentence tells a plan, not what its subject is', () => {
  const article =
    'date 2026-04-14\n\nA village pond in Calderby has been drained for the first time in 40 years so that it can be cleaned.\n\n' +
    'Volunteers found a shopping trolley, two bicycles and a rusted safe in the mud.\n\n' +
    'The parish council paid £4,000 towards the work.\n\n' +
    'The volunteers are due to return to the pond next month to plant reeds along its edge.';

  it('answers what the volunteers found with the finds, not their plans', () => {
    const a = ask(article, 'what did the volunteers find in the pond');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toMatch(/^Volunteers found a shopping trolley/);
  });
});

describe('an adverb between “be” and its verb hides a passive, not a definition', () => {
  const article =
    'date 2025-09-20\n\nMembers of a rowing club in Wrenlowby have raised £1.2 million for a new home on the River Lune.\n\n' +
    'The old boathouse, built in 1901, was destroyed by fire in March 2016.\n\n' +
    'Members trained from shipping containers on the riverbank for most of the years since.\n\n' +
    'The old boathouse site will be formally handed over to the club by the council on Saturday.';

  it('answers what happened to the old boathouse with the fire', () => {
    const a = ask(article, 'what happened to the old boathouse');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toMatch(/destroyed by fire in March 2016/);
  });
});

describe('a news lead has only a small head start on one detail asked with “what”', () => {
  const article =
    'date 2026-02-04\n\nInspectors have closed a takeaway in Morrowby after finding mice droppings in its kitchen, the second closure in the town this year.\n\n' +
    'The inspectors found that the fridges were running at 14C, well above the legal limit of 8C.\n\n' +
    'The owner, Dev Quillan, 44, said he had ordered new fridges and hoped to reopen within a fortnight.\n\n' +
    'A bakery on the same street was closed in January for similar reasons.';

  it('answers what the inspectors found about the fridges from the sentence on them', () => {
    const a = ask(article, 'what did the inspectors find about the fridges');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toMatch(/fridges were running at 14C/);
  });

  it('still answers what happened from the lead', () => {
    const a = ask(article, 'what happened in Morrowby');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toMatch(/^Inspectors have closed a takeaway/);
  });
});
