/**
 * Open "what" and "how" questions read off the misses of questions written by people who never
 * saw the engine, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('"what happens if …" asks for the consequence, told with a modal', () => {
  const article =
    'date 2026-02-11\n\nA riding school in Fenwold has been given six months to repair its stables after a council inspection.\n\n' +
    'Inspectors said the owners must replace the rotten timber in the main barn.\n\n' +
    'If the repairs are not finished by August, the council can suspend the school’s licence, which would stop all lessons.\n\n' +
    'The school teaches about 120 riders a week.';

  it('answers with the clause that follows the condition', () => {
    const a = ask(article, 'what happens if the repairs arent done');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toContain('suspend the school');
    expect(a.answer).toContain('suspend the school’s licence');
  });
});

describe('"how did they …": a means close behind answers, though its verb paraphrases the asked one', () => {
  const article =
    'date 2025-08-14\n\nA fire at a timber yard in Brackley burned for most of Tuesday night.\n\n' +
    'Two yard staff who had been trying to stop the fire needed hospital treatment after breathing in smoke.\n\n' +
    'Crews brought the blaze under control shortly after dawn by pumping water from the canal beside the yard.\n\n' +
    'The owner said the yard would reopen next month.';

  it('answers with the means, not with words after the asked ones', () => {
    const a = ask(article, 'How did crews stop the fire?');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toContain('pumping water');
    expect(a.answer).toContain('by pumping water from the canal');
  });
});

describe('"how did they pay for …": a passive’s "by" names the means', () => {
  const article =
    'date 2025-06-02\n\nA village hall in Orley has reopened after a two-year restoration.\n\n' +
    'The roof alone cost £18,000 to replace, with the bill covered by a plant sale and gifts from former residents.\n\n' +
    'The hall was built in 1923 as a memorial to the war dead.';

  it('answers with what covered the bill', () => {
    const a = ask(article, 'how did they pay for the roof');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('by a plant sale');
  });
});

describe('"rated", "classified" and "graded" tell the same verdict', () => {
  const article =
    'date 2025-07-19\n\nThe beach at Saltby has lost its blue flag after tests found sewage in the water.\n\n' +
    'Under national rules, a beach that is classified as poor for three summers running must be closed to swimmers.\n\n' +
    'The council said it would pay for a new outfall pipe.';

  it('finds the rule on a beach rated poor', () => {
    const a = ask(article, 'what happens if the beach keeps getting rated poor');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toContain('classified as poor');
  });
});
