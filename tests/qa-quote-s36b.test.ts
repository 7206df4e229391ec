/**
 * Quote questions that name the speaker by a role: a title written before her name, "the head"
 * for a headteacher, and a "she said" that must not reach back to a town the tagger took for a
 * person. Invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a role written as a title before the name finds the speaker the quote calls by surname', () => {
  const article =
    'date 2026-02-09\n\nTwo men stole £6,000 in cash from a post office in Brantisworth on Friday afternoon.\n\n' +
    'Detective Inspector Morwenna Quiller of Daleshire Police described the men as in their twenties and wearing grey hoodies.\n\n' +
    '"The staff behaved with real courage and nobody was hurt," DI Quiller said. ' +
    '"Anyone with dashcam footage from Kettle Lane should call us."\n\n' +
    'The post office reopened on Saturday morning.';

  it('gives the inspector’s quoted words for “the detective”', () => {
    const a = ask(article, 'what did the detective say');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/real courage|dashcam/);
  });
});

describe('“the head” of a school is its headteacher', () => {
  const article =
    'date 2026-03-14\n\nPupils at Ottersley Primary School have planted 300 trees on the edge of their playing field, within sight of the old Rook Head lighthouse.\n\n' +
    'The headteacher, Ifor Elsworthy, said the planting had taken three weekends. ' +
    '"Watching a sapling grow has taught them more patience than any lesson I could plan," he said.\n\n' +
    'Parent Dilys Varcoe said her son had come home muddy every Saturday. "He has learned the name of every tree on the field," she said.\n\n' +
    'A second planting is planned for the autumn.';

  it('gives the headteacher’s quoted words, not the parent’s', () => {
    const a = ask(article, 'what did the head say');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/patience/);
  });
});

describe('a “she said” does not reach back to a one-word place after “from”', () => {
  const article =
    'date 2025-08-02\n\nA trail of 12 carvings made from fallen oak opened in Yarnfield Woods on Saturday.\n\n' +
    'The trail was led by woodworker Kezia Evercreech, 44, who moved to Yarnfield from Pellingby in 2018 and began collecting fallen branches on her walks with her dog.\n\n' +
    '"Every storm brings down another tree, and I hate to see good wood rot where it falls," she said.\n\n' +
    'The trail is free to visit until October.';

  it('gives the woodworker’s quoted words for “the woodworker”', () => {
    const a = ask(article, 'what did the woodworker say about the storms');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/good wood rot/);
  });

  it('names the woodworker, not the town, as the one who said it', () => {
    const a = ask(article, 'who said good wood should not rot where it falls');
    expect(a.answer).toMatch(/Evercreech/);
  });
});
