/**
 * Definition questions ("who is X", "what is X's job"): general ways news describes someone,
 * each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInTurn } from './qa-helpers.js';

describe('a job asked of "her" after an unanswered question is the job of the story’s main person', () => {
  const article =
    'date 2026-04-11\n\nA village pond that had been dry for a decade has been brought back to life by a group of neighbours.\n\n' +
    'The work was led by Orla Penwick, 52, a retired dental nurse, who spent two summers clearing silt by hand.\n\n' +
    'Penwick said frogs had returned within weeks of the first rain.\n\n' +
    '"We did not expect the herons so soon," Penwick said.\n\n' +
    'The parish council has agreed to pay for a new fence around the pond.';

  it('answers “what was her job” with the main person’s former job', () => {
    const a = askInTurn(article, 'who drained the old ditch', 'what was her job');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/retired dental nurse/);
  });
});
