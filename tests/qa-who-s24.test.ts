/**
 * Who and which questions: how news prose names the doer of an act, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a relative “who” speaks of a person, not of the body in the apposition before it', () => {
  const article =
    'date 2025-04-02\n\nA survey of dormice in Pellingham Wood has found the population has doubled in five years.\n\n' +
    '"We counted more nests this spring than in any year since the boxes went up, and we are delighted," said Dr. Ana Vellacott, an ecologist at the University of Harlow who led the survey.\n\n' +
    'Volunteers checked 300 nest boxes between March and May.';

  it('answers who led the survey with the ecologist, not her university', () => {
    const a = ask(article, 'Who led the survey?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ana Vellacott');
    expect(a.answer).not.toContain('University');
  });
});
