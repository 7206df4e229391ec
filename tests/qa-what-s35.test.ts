/**
 * "What" questions: general ways news writing answers them, each over invented news prose, never an
 * article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('the examples a noun is said to include tell what it is', () => {
  const article =
    'date 2026-04-09\n\nA boatyard in Carnell has won an order to build three passenger launches for a lake operator.\n\n' +
    'The yard, which has stood on the quay since 1911, last built a passenger boat in 1987.\n\n' +
    'Managing director Lowenna Penwick, 52, said the order would keep the yard busy until 2029.\n\n' +
    'The new jobs include four welders, two joiners, a painter and an apprentice electrician.\n\n' +
    'A recruitment morning will be held at the yard on Saturday.';

  it('answers what jobs are going with the jobs the examples list', () => {
    const a = ask(article, 'what jobs are going');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/four welders/);
  });
});

describe('a kind question is answered by the examples given of the asked thing', () => {
  const article =
    'date 2026-02-17\n\nA community orchard in Tillbury Dene has raised £18,000 to replace trees lost in last winter’s storms.\n\n' +
    'Most of the money came from a lottery grant, with the rest raised by volunteers through fundraising days, including a sponsored swim across the reservoir.\n\n' +
    'Orchard chair Perran Nancarrow, 61, said 40 new trees would be planted in March.\n\n' +
    'The orchard was planted by villagers in 1994.';

  it('answers what kind of fundraising with the event the examples name', () => {
    const a = ask(article, 'what kind of fundraising did they do');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/sponsored swim/);
  });

  const breach =
    'date 2026-05-21\n\nA regional bus operator, Caddock Coaches, said on Tuesday that hackers had broken into its booking system and copied the details of about 80,000 passengers.\n\n' +
    'The firm said it had informed the data regulator and the police.\n\n' +
    'The stolen information included birth dates, email addresses and phone numbers.\n\n' +
    'Chief executive Dervla Trethowan apologised to passengers.';

  it('answers what kind of information was taken from the sentence listing it, though it shares little else', () => {
    const a = ask(breach, 'What kind of information did the hackers take?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/email addresses/);
  });
});
