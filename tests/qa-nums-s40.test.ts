/**
 * "How many people live in …?" and "what is the population of …?": a population told as the size
 * of a settlement ("a town of 7,200 people"), ahead of a crowd or a petition's count; each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a population told as the size of a settlement answers', () => {
  const bank =
    'date 2026-03-02\n\nThe last bank branch in Quenwick will shut its doors on 30 April, the Marrowgate Building Society has confirmed.\n\n' +
    'Quenwick, a market town of about 7,200 people, has had a branch on its square since 1893.\n\n' +
    'A mobile banking van will call at the square every Tuesday morning from May.';

  it('gives the population asked by that word', () => {
    const a = ask(bank, 'what is the population of Quenwick?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/7,200/);
  });

  const ferry =
    'date 2025-11-14\n\nMore than 60 people crowded into the chapel in Thurlby on Thursday night to hear that the island ferry will no longer call there.\n\n' +
    'The Yarrowby Shipping Company said too few passengers used the stop to justify the detour.\n\n' +
    'Thurlby, a fishing hamlet of around 140 people, has been served by the boat since 1911.';

  it('passes over the crowd at a meeting for the people who live there', () => {
    const a = ask(ferry, 'how many people live in Thurlby');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/140/);
  });

  const school =
    'date 2026-01-20\n\nA primary school in the Felcote valley is to close in July after its roll fell to 11 pupils.\n\n' +
    'Caddow, a village of about 650 people at the head of the Felcote valley, lost its post office in 2019.';

  it('does not give a village’s size for the valley it stands in', () => {
    const a = ask(school, 'how many people live in the Felcote valley?');
    expect(a.answered).toBe(false);
  });
});
