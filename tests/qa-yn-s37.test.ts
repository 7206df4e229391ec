/**
 * Yes/no questions that use a short form the article spells out, over invented news prose, never
 * an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const HEAD = 'date 2026-09-02\n\n';

describe('an acronym is spelled over the small words between its letters', () => {
  const article =
    HEAD +
    'A harbour trust at Porthsallow has been told to stop renting out moorings to old wooden boats.\n\n' +
    'None of the nine boats had a permit as a vessel of historic interest, which harbour rules require for any boat older than 50 years.';

  it('answers no to a question writing the permit’s short form', () => {
    const a = ask(article, 'did the boats have a VHI permit?');
    expect(a.answer).toMatch(/^No: None of the nine boats/);
    expect(a.sources[0]?.text).toContain('vessel of historic interest');
  });
});

describe('a two-letter acronym is spelled by a name', () => {
  const article =
    HEAD +
    'Thieves stripped copper pipes from the pavilion at Quelthorpe cricket ground last month.\n\n' +
    'The Quelthorpe Rowers Club has donated £750 towards the repairs, the club’s chairman said.';

  it('answers yes from the name it spells', () => {
    const a = ask(article, 'did the RC donate');
    expect(a.answer).toMatch(/^Yes/);
    expect(a.sources[0]?.text).toContain('Rowers Club');
  });

  it('is not spelled by two words in lower case', () => {
    const other = HEAD + 'Thieves stripped copper pipes from the pavilion at Quelthorpe cricket ground.\n\nA repair appeal has raised £6,400, including £750 from a rowing club in the town.';
    expect(ask(other, 'did the RC donate').answered).toBe(false);
  });
});

describe('an acronym with “&” is spelled by two words joined by “and”, and may be plural', () => {
  const article =
    HEAD +
    'Tourist lets in the old quarter of Tallowick will be capped at 90 nights a year from January.\n\n' +
    'The cap covers guest houses as well, but every bed and breakfast with fewer than four rooms is exempt, the council said.';

  it('answers from the words “B&Bs” stands for', () => {
    const a = ask(article, 'are small B&Bs exempt?');
    expect(a.answer).toMatch(/^Yes/);
    expect(a.sources[0]?.text).toContain('bed and breakfast');
  });
});
