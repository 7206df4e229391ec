/**
 * "How many" and "how much" questions: general ways news writes the noun a count or a measure is
 * of, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a breed’s capitalised name before the counted noun', () => {
  const article =
    'date 2026-03-14\n\nA smallholding above Tressock Dene has taken on a new tenant, who plans to farm it without pesticides.\n\n' +
    'Until the spring, the tenant’s flock of 140 Kelbrook Down sheep will graze the old hay meadows.\n\n' +
    'The parish council said the lease would run for ten years.';

  it('answers how many sheep the flock holds', () => {
    const a = ask(article, 'how many sheep does the tenant have');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/140 Kelbrook Down sheep/);
  });
});

describe('livestock counted by the head', () => {
  const article =
    'date 2026-07-09\n\nA farmer near Ulverbeck says rubbish dumped in a gateway blocked the only track to his summer grazing.\n\n' +
    '"I had to drive 65 head of cattle the long way round by the quarry road," he said.\n\n' +
    'The council said the waste had been cleared on Tuesday.';

  it('answers how many cows he had to move', () => {
    const a = ask(article, 'how many cows did the farmer have to move');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/65 head of cattle/);
  });
});

describe('a hyphened measure before a noun wink reads as a verb and a noun', () => {
  const article =
    'date 2026-09-21\n\nThe disused fire station on Corve Street is to become a climbing centre and cafe, the owners said.\n\n' +
    'The engine bay will hold the cafe, and the 18-metre drill tower behind it will be fitted with climbing holds.\n\n' +
    'Work is due to finish next summer.';

  it('answers how tall the drill tower is', () => {
    const a = ask(article, 'how tall is the drill tower');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/18-metre/);
  });
});
