/**
 * Definition questions on what a place was before ("what was the building before?"): news writes
 * the earlier use as "a former …", "in what had been …", "turning … into", never in the asker's
 * words. Each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a place’s earlier use answers “what was the building before”', () => {
  const article =
    'date 2026-03-02\n\nA bicycle repair workshop has opened on Plumtrove Street, run by volunteers who fix donated bikes for children.\n\n' +
    'The workshop, which has six benches and a paint booth, opened on Saturday in what had been a candle factory.\n\n' +
    'Organiser Brannoc Veale, 41, said more than 200 bikes had been donated since January.\n\n' +
    'The group rents the building from the council, and the workshop building needs a new roof.\n\n' +
    'The group hopes to open on weekday evenings from April.';

  it('answers with the phrase after “what had been”', () => {
    const a = ask(article, 'what was the building before');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/candle factory/);
    expect(a.sources[0]?.text).toMatch(/what had been a candle factory/);
  });
});

describe('a “former” place answers what stood on a site', () => {
  const article =
    'date 2026-05-14\n\nForty affordable homes have been finished on Orlop Road, two months ahead of schedule.\n\n' +
    'The homes were built by the Harrowvane Housing Trust in place of a former cattle market that closed in 2011.\n\n' +
    'Former trust chair Milda Ostrow, 70, cut the ribbon on Monday.\n\n' +
    'Rents will be set at 60 percent of the local market rate.\n\n' +
    'A site manager will be on hand until the last tenants move in, which is expected to be in June.';

  it('answers “what used to be on the site” with the former place, not a former person’s title', () => {
    const a = ask(article, 'what used to be on the site');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/former cattle market/);
  });
});

describe('a place built or turned into its present use tells what it was originally', () => {
  const article =
    'date 2026-01-20\n\nA climbing club has moved into a home of its own after members spent a year turning a disused grain store into a bouldering hall.\n\n' +
    'The club has 90 members and opens four evenings a week.\n\n' +
    'The hall cost £60,000, most of it raised at a sponsored climb.';

  it('answers “what was the building before” with the place turned into the hall', () => {
    const a = ask(article, 'what was the building before');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/grain store/);
  });

  it('answers “what was it originally” with it too', () => {
    const a = ask(article, 'what was it originally');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/grain store/);
  });
});

describe('a job asked of “her” or “him” with no one named is the job a sentence gives someone of that gender', () => {
  const article =
    'date 2026-07-09\n\nA woman from the village of Ashmarrow has turned 105, and celebrated with a tea dance at the parish hall.\n\n' +
    'Merrit Quarrington was born in 1921 and has lived in the same cottage on Wicken Lane since her wedding.\n\n' +
    'She worked for 41 years as a school cook, and still bakes bread every Sunday.\n\n' +
    'Her nephew, Dace Vellacombe, said the family had flown in from three countries for the party.';

  it('answers “what was her job” with the job the “she” sentence gives', () => {
    const a = ask(article, 'what was her job');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/school cook/);
  });

  it('answers “what does he do for a living” without her job', () => {
    const a = ask(article, 'what does he do for a living');
    expect(a.answer).not.toMatch(/school cook/);
  });
});

describe('a job held between shifts answers “what’s his day job”', () => {
  const article =
    'date 2026-02-17\n\nA rowing club has won its first regional title in 30 years.\n\n' +
    'The crew was stroked by Brisca Thurlowe, 23, who joined the club at school.\n\n' +
    'Bow man Corin Ashlake, 27, who trains before and after his shifts as a hospital porter, said the win had been worth every early start.\n\n' +
    'The club will race at the national championships in July.';

  it('answers with the job after “his shifts as”', () => {
    const a = ask(article, 'whats his day job');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/hospital porter/);
  });
});
