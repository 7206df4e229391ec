/**
 * "Where … from?" questions: what a thing comes from is the "from" after a verb of getting or
 * supplying, and where it sets out from the "from" after a verb of setting out, over invented
 * news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('where a thing comes from is the “from” after a verb of supplying it', () => {
  const article =
    'date 2026-10-04\n\nMore than 300 people turned out for the annual apple day at Corlisham on Saturday, where the village’s pressing team made 900 litres of juice.\n\n' +
    'All the apples are supplied by members from a row of old trees behind the Quarry Lane allotments, and are washed by hand before pressing.\n\n' +
    'The juice was sold in glass bottles, with the money going towards a new roof for the scout hut.\n\n' +
    '"It was the busiest day we have ever had," said organiser Wendell Prask.';

  it('answers where the apples come from, asked with “do”', () => {
    const a = ask(article, 'where do the apples come from');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/from a row of old trees/);
  });
});

describe('where a thing sets out from is the “from” after a verb of setting out', () => {
  const article =
    'date 2026-07-14\n\nA heritage society in Tamsford is offering free guided walks along the town’s old canal towpath this summer.\n\n' +
    'The walks take about 90 minutes and run every Sunday in August at 2pm, setting off from the lock keeper’s cottage on Mill Wharf.\n\n' +
    'Places are limited to 20 a walk and must be booked through the society’s website.\n\n' +
    'The towpath was restored last year with a grant of £85,000.';

  it('answers where the walks leave from with the place after “setting off from”', () => {
    const a = ask(article, 'where do the walks leave from');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/from the lock keeper’s cottage/);
  });
});
