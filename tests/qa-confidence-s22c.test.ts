/**
 * Questions whose best sentence is the right one but whose confidence fell short: each case is a
 * general form of English the engine reads, in invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a closed compound is a kind of its last part', () => {
  const article =
    'date 2025-09-18\n\n' +
    'Marlow Green town council wants a new allotment site to shorten its waiting list, officials said on Wednesday.\n\n' +
    'A one-acre meadow behind the village library has been suggested, but the landowner has not yet agreed to sell.\n\n' +
    'The council hopes to open the new site in 2027.';

  it('“the owner” is the “landowner” the sentence names', () => {
    const a = ask(article, 'Has the owner agreed to sell the meadow?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No/);
    expect(a.sources[0]?.text).toContain('the landowner has not yet agreed');
  });

  it('a noun no word of the article ends in is still one the article never mentions', () => {
    const a = ask(article, 'Has the farmer agreed to sell the meadow?');
    expect(a.answered).toBe(false);
  });
});

describe('advice reported in the passive: “are being told to …”', () => {
  const article =
    'date 2025-05-20\n\n' +
    'A bicycle maker is recalling 8,000 electric scooters sold in Harwick after several batteries overheated, the consumer safety office said on Tuesday.\n\n' +
    'Riders are being advised to stop charging the scooters and return them to the shop.\n\n' +
    'The firm said it would refund every buyer.';

  it('“what should riders do” is what riders are advised to do', () => {
    const a = ask(article, 'What should riders do?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('stop charging the scooters and return them to the shop');
    expect(a.sources[0]?.text).toContain('Riders are being advised to');
  });

  it('“what can riders do” asks what they are able to do, which advice does not tell', () => {
    const a = ask(article, 'What can riders do?');
    expect(a.answered).toBe(false);
  });
});
