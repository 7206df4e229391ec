/**
 * Yes/no questions: a near synonym of news tells the asked act as its own word would, where the one
 * doing it is the one asked of; each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a near synonym of news tells the asked act as its own word would', () => {
  const chess =
    'date 2026-03-14\n\nA 15-year-old from Mabyn has reached the final of the national junior chess championship after a five-hour semi-final in Harrogate on Saturday.\n\n' +
    'Ros Yelverton, playing black, was a pawn down for most of the afternoon before a late attack on the king.\n\n' +
    'On move 71 Leontes Pembrose conceded.\n\n' +
    'The final will be played in May.';

  it('answers whether he admitted defeat from the clause saying he conceded, as the asked act itself', () => {
    const a = ask(chess, 'did Pembrose admit defeat?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes/);
    expect(a.sources[0].text).toContain('conceded');
    expect(a.explanation.rule).toContain('clause with the question words');
  });
});

describe('a near synonym done by another is no verdict on the asked one', () => {
  const choir =
    'date 2026-05-21\n\nA choir for teenagers has started up in Mabyn, meeting in the library on Saturday mornings.\n\n' +
    'Its leader, Brinsworthy music teacher Ros Yelverton, hopes to take the singers to a festival next spring.\n\n' +
    'The sessions are held in the children’s section and funded by a grant from a housing association.';

  it('does not answer yes from a passive whose doer is another', () => {
    const a = ask(choir, 'do the teenagers have to pay for the sessions?');
    expect(a.answer).not.toMatch(/^Yes/);
  });

  const swim =
    'date 2026-07-09\n\nA Hallowmere grandmother has learned to swim at the age of 74 after a lifetime of watching from the side of the pool.\n\n' +
    'She signed up for a beginners’ course at the leisure centre last autumn.\n\n' +
    'The borough council funded the course to get older people active.';

  it('does not answer yes from a clause whose subject is no person, asked of her', () => {
    const a = ask(swim, 'did she pay for the lessons?');
    expect(a.answer).not.toMatch(/^Yes/);
  });
});
