/**
 * Short answers to "how many / how much" questions: the value tied to the question's verb or noun,
 * over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a value after "and" starts the next clause, not the object of the verb before it', () => {
  const article =
    'date 2026-03-02\n\nA bus carrying fans home from a football match overturned on a mountain road near Colby on Saturday night.\n\n' +
    'At least eight people were killed and 31 injured when the bus left the road, the regional police said.\n\n' +
    'The driver was arrested at the scene.';

  it('answers the count of the dead with the passive subject, not the count after "and"', () => {
    const a = ask(article, 'How many people were killed in the crash?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('eight');
  });
});

describe('"one in four" is one value: a part in a whole', () => {
  const article =
    'date 2026-04-11\n\nA survey of shop owners in Colby found that nearly one in three traders had cut their opening hours since the winter.\n\n' +
    'The town council said it would review parking charges in the spring.';

  it('answers a share question with the part and its whole', () => {
    const a = ask(article, 'What share of traders have cut their opening hours?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('one in three');
  });
});
