/**
 * Why and how long: a reason or a length counts for the question only where it belongs to the
 * asked act, over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('why: a reason hung on the asked act, in a related word, earns the open questions’ lift', () => {
  const article =
    'date 2026-03-10\n\n' +
    'The Tallow Rovers board named Ines Marr as head coach on Monday.\n\n' +
    'Marr replaces Otto Brandt, who was dismissed in May after the club finished bottom of the league for a second season.\n\n' +
    'She signed a three-year contract.';

  it('answers why the last manager was fired with the "after" clause of "was dismissed"', () => {
    const a = ask(article, 'Why was the last manager fired?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('finished bottom of the league');
  });

  it('still declines where the clause hangs on another verb', () => {
    const other = article.replace('who was dismissed in May after', 'who was dismissed in May and moved abroad after');
    expect(ask(other, 'Why was the last manager fired?').answered).toBe(false);
  });
});

describe('why: a plural subject wink reads as the verb after the auxiliary', () => {
  const article =
    'date 2025-10-07\n\n' +
    'The owners of the Marrow Lane ice rink said on Monday they would sell the site to a housing developer after 38 years.\n\n' +
    'Skaters have been kept off the ice on Saturday after the final match of the junior league.\n\n' +
    'About 400 people signed a petition asking the council to buy the rink.';

  it('reads "people" in "why can’t people skate" as the subject, so "kept" is no asked act', () => {
    expect(ask(article, 'Why can’t people skate at the rink any more?').answered).toBe(false);
  });
});

describe('how long: a length hung on a verb of lasting is the asked act’s, whatever it is called', () => {
  const article =
    'date 2026-04-02\n\n' +
    'Thieves broke into a jeweller on Harbour Street in Tollby early on Sunday and escaped with watches worth about 90,000 pounds, in a well-rehearsed raid that lasted less than five minutes.\n\n' +
    'Police said a silver van was seen leaving the street at about 3am.\n\n' +
    'The shop reopened on Tuesday.';

  it('answers how long the robbery lasted with the raid that lasted less than five minutes', () => {
    const a = ask(article, 'How long did the robbery last?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('less than five minutes');
  });
});

describe('how long has …: a span told by its start, as a clause after "since"', () => {
  const article =
    'date 2025-11-20\n\n' +
    'The Brackley Town Band won the regional brass championship on Saturday for the first time.\n\n' +
    'Its conductor, Owen Castell, 61, a retired music teacher who has led the band since he came back from university, said the players had rehearsed twice a week all summer.\n\n' +
    'The band will play at the national finals in March.';

  it('answers how long he has led the band with "since he came back from university"', () => {
    const a = ask(article, 'How long has Owen Castell been leading the band?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('since he came back from university');
  });

  it('still declines a length the article never gives', () => {
    expect(ask(article, 'How long has the band been rehearsing in the church hall?').answered).toBe(false);
  });
});

describe('how long: a length hung on the verb a question’s noun is made from', () => {
  const article =
    'date 2026-02-11\n\n' +
    'A crack found in the Mellow Creek road bridge has forced the county to close it to lorries, officials said on Tuesday.\n\n' +
    'The fault was spotted last week by engineers from Harlow Surveys, which has inspected the bridge for the county since it opened in 1974.\n\n' +
    'Cars and buses can still cross.';

  it('answers how long the company has been in charge of inspections with "has inspected … since it opened"', () => {
    const a = ask(article, 'How long has the company been in charge of inspections?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('since it opened in 1974');
  });
});
