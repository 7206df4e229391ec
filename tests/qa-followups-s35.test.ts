/**
 * Follow-up fragments opening with "and" ("and last year?"), read as the last question asked again:
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInTurn } from './qa-helpers.js';

describe('follow-ups: "and …" with no verb or question word keeps asking what the last question asked', () => {
  const article =
    'date 2025-06-02\n\n' +
    'Volunteers at Kenver Dene counted 58 natterjack toads this spring, the reserve’s warden said.\n\n' +
    'The survey began at dusk and finished after midnight on both nights.\n\n' +
    'That compares with 36 toads in 2023, when a dry April kept many in hiding.\n\n' +
    'The warden, Elowen Sulien, has led the count since 2016.';

  it('"How many toads were counted?" then "and in 2023?" is answered with the earlier count', () => {
    const a = askInTurn(article, 'How many toads were counted?', 'and in 2023?');
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('how-many');
    expect(a.answer).toContain('36');
  });

  it('"who leads the count" then "and since when?" still asks by its own question word', () => {
    const a = askInTurn(article, 'who leads the count', 'and since when?');
    expect(a.intent).toBe('when');
  });
});
