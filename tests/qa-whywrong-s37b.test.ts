/**
 * "Who" questions answered by the subject of a verb: a crowd told only by its size, or what stands
 * before a verb written after a hyphen, names no one who did the asked act. Each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const DECLINED = /doesn['’]t say/;

describe('a crowd told by how many is no answer to who did a thing', () => {
  const coaches = (crowd: string): string =>
    'date 2026-02-17\n\nA coach firm based in Tarnby has stopped trading after losing its school contracts.\n\n' +
    `Council officers said that ${crowd} holding bus passes were affected by the collapse.\n\n` +
    'The county council said new routes would be in place by March.';

  it('declines who is handling the collapse rather than give a rough crowd', () => {
    const a = ask(coaches('dozens of pupils'), 'who is handling the collapse');
    expect(a.answer).toMatch(DECLINED);
  });

  it('declines who is handling the collapse rather than give a count in thousands', () => {
    const a = ask(coaches('2,800 pupils'), 'who is handling the collapse');
    expect(a.answer).toMatch(DECLINED);
  });
});

describe('a verb after a hyphen is half a describing word, and what stands before it no one', () => {
  const article =
    'date 2026-08-21\n\nA bakery in Orrinford has been bought by its staff.\n\n' +
    'Worker-owned bakeries have become more common in the county, with at least nine now trading.\n\n' +
    'The sale was agreed on Tuesday.';

  it('does not answer who owned the bakeries with the first half of a describing word', () => {
    const a = ask(article, 'who owned the bakeries before');
    expect(a.answer).not.toMatch(/^worker-?$/i);
  });
});
