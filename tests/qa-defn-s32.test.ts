/**
 * Definition questions ("who is X", "what is X's job"): general ways news describes someone,
 * each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask, askInTurn } from './qa-helpers.js';

describe('a job asked of "her" after an unanswered question is the job of the story’s main person', () => {
  const article =
    'date 2026-04-11\n\nA village pond that had been dry for a decade has been brought back to life by a group of neighbours.\n\n' +
    'The work was led by Zelda Quorrin, 52, a retired dental nurse, who spent two summers clearing silt by hand.\n\n' +
    'Penwick said frogs had returned within weeks of the first rain.\n\n' +
    '"We did not expect the herons so soon," Penwick said.\n\n' +
    'The parish council has agreed to pay for a new fence around the pond.';

  it('answers “what was her job” with the main person’s former job', () => {
    const a = askInTurn(article, 'who drained the old ditch', 'what was her job');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/retired dental nurse/);
  });
});

describe('a person ranked by the asked superlative answers “who is the oldest …”', () => {
  const article =
    'date 2026-06-20\n\nA bell-ringing band in the village of Tassock has rung every Sunday for 50 years without missing a week.\n\n' +
    'The band has 14 ringers, who practise on Wednesday evenings in the church tower.\n\n' +
    'The oldest member, Osric Quaile, 88, has rung the tenor bell since 1961 and still climbs the 70 steps each week.\n\n' +
    'The band will mark the anniversary with a three-hour peal in August.';

  it('answers “who is the oldest ringer” with the oldest member’s name', () => {
    const a = ask(article, 'who is the oldest ringer');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Osric Quaile/);
  });
});
