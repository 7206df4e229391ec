/**
 * "What kind of …" questions answered by a narrower word: a sentence naming a kind of the asked noun
 * ("three herons" for "what kind of bird") tells the kind though it never writes the noun. Each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a kind question is answered by a word naming a kind of the asked thing', () => {
  const reservoir =
    'date 2026-04-14\n\nVolunteers spent Saturday clearing discarded fishing line from the banks of Brackendyke Reservoir after a spate of injuries to wildlife.\n\n' +
    'Wardens said they had freed two herons and a cormorant tangled in nylon line near the sailing club since March.\n\n' +
    'The water company has put up new signs asking anglers to take their tackle home.';

  it('names the birds the wardens freed', () => {
    const a = ask(reservoir, 'What kind of birds got tangled?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/herons/);
    expect(a.answer).toMatch(/cormorant/);
  });

  const garden =
    'date 2026-11-20\n\nA community garden in Ruddleby has lost its oldest tree after a storm brought down a branch that crushed its potting shed.\n\n' +
    'The garden’s chairman, Priya Dunmore, said the chestnut had stood beside the gate for more than a century.\n\n' +
    'A replacement sapling will be planted in the spring.';

  it('names the tree the storm brought down', () => {
    const a = ask(garden, 'what kind of tree was it?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/chestnut/);
  });
});
