/**
 * Which sentence answers: general reasons the right sentence lost to another read off a new
 * batch's misses, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a value written beside the question’s noun is told of it', () => {
  const article =
    'date 2026-03-02\n\nA clinic in Colby has been told to improve after inspectors found patients left waiting in corridors, missed checks on medicines and nurses working shifts of up to 13 hours during the winter.\n\n' +
    'Patients waited for up to 40 minutes for help, and rotas showed 9 shifts in January with too few nurses.\n\n' +
    'The clinic said it had hired four new nurses since the visit.';

  it('takes the length written right after “shifts”, not one several words and a comma away', () => {
    const a = ask(article, 'how long were the shifts');
    expect(a.answer).toBe('up to 13 hours');
    expect(a.sources[0].text).toContain('shifts of up to 13 hours');
  });

  it('still answers by the verb where the value stands beside no noun of the question', () => {
    expect(ask(article, 'how long did patients wait').answer).toBe('up to 40 minutes');
  });
});
