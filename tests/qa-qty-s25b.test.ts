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

describe('a value told as a difference keeps its comparative', () => {
  const article =
    'date 2026-05-20\n\nShares in the Colby bus maker Arnvale closed 6.2 percent lower on Tuesday after it cut its sales forecast.\n\n' +
    'Arnvale said it would build 40 fewer buses this year because of a shortage of batteries.';

  it('answers with "lower" and "fewer" after the value', () => {
    expect(ask(article, 'how much did Arnvale shares close down on Tuesday').answer).toBe('6.2 percent lower');
    expect(ask(article, 'how many buses will Arnvale build less this year').answer).toContain('40 fewer');
  });

  it('leaves "behind" with a noun after it, a place, out', () => {
    const a = ask('date 2026-05-20\n\nPolice found the stolen paintings packed in 12 crates behind a wall of boxes.', 'How many crates were the paintings packed in?');
    expect(a.answer).toBe('12 crates');
  });
});

describe('what a measured value is of, written right after it, is part of the answer', () => {
  const article =
    'date 2026-06-03\n\nThe regulator said it had opened an inquiry into the Colby water company and could fine it up to 4 percent of its annual turnover.\n\n' +
    'The dry spring has left the Arn reservoirs at 27 percent of capacity, the company said.\n\n' +
    'About 12 millimetres of rain fell on Colby in May.';

  it('keeps the "of" phrase the question does not name', () => {
    expect(ask(article, 'How big a fine could the water company face?').answer).toBe('up to 4 percent of its annual turnover');
    expect(ask(article, 'how full are the Arn reservoirs').answer).toBe('27 percent of capacity');
  });

  it('leaves out what the question names already', () => {
    expect(ask(article, 'how much rain fell on Colby in May').answer).toBe('About 12 millimetres');
  });
});

describe('a bare count after "and" counts the noun of the count before it', () => {
  const article =
    'date 2026-03-02\n\nA roof collapsed at a sports hall in Colby on Saturday during a youth tournament.\n\n' +
    'At least 12 people were killed and 45 injured when the roof fell in, the regional police said.\n\n' +
    'The hall had been inspected in January.';

  it('answers the injured with the count whose verb is asked', () => {
    expect(ask(article, 'How many people were injured?').answer).toContain('45');
    expect(ask(article, 'How many people were killed?').answer).toContain('12');
  });
});
