/**
 * Sentence choice weighed by the typed answer: for a question that is not precise, how surely a
 * sentence gives a name or a clause of the asked kind counts in full, while finding none counts
 * for less, and the confidence model still reads the milder scale it was fitted on.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBaseFromText } from '../src/engine.js';
import { analyzeQuestion } from '../src/qa/analyze.js';
import { typedFactor } from '../src/qa/candidates.js';
import type { Extraction } from '../src/qa/extract/context.js';
import { askInline as ask } from './qa-helpers.js';

describe('the typed answer’s strength counts in full for a question that is not precise', () => {
  const article =
    'date 2026-04-11\n\nThe Colby lifeboat was called out twice on Saturday, the station said.\n\n' +
    'Volunteer helmsman Piet Marlow steered the lifeboat to a yacht that had lost its mast off Hart Point.\n\n' +
    'The rainfall at the station reached 80 millimetres on Saturday, the wettest day of the year.\n\n' +
    'His daughter, Anja Marlow, 24, joined the crew last spring.';
  const kb = knowledgeBaseFromText('lifeboat.txt', article);
  const named = (strength: number): Extraction => ({ text: 'Piet Marlow', type: 'person', how: 'name(person)', strength });

  it('a sure name ranks its sentence further ahead of a doubtful one than its square root would', () => {
    const who = analyzeQuestion(kb, 'who steered the lifeboat');
    expect(typedFactor(who, named(1))).toBeCloseTo(1);
    expect(typedFactor(who, named(0))).toBeCloseTo(0.6);
    expect(typedFactor(who, named(0), true)).toBeCloseTo(Math.sqrt(0.6));
  });

  it('a sentence naming no one keeps the milder weight, so a name alone does not outrank what is asked', () => {
    const who = analyzeQuestion(kb, 'who measured the rainfall');
    expect(typedFactor(who, null)).toBeCloseTo(Math.sqrt(0.45));
    const a = ask(article, 'who measured the rainfall');
    expect(a.answered).toBe(false);
    expect(a.closest?.text).toContain('rainfall');
  });

  it('still answers the who-question the article does answer', () => {
    expect(ask(article, 'who steered the lifeboat').answer).toContain('Piet Marlow');
  });
});
