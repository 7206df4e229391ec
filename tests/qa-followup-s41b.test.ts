/**
 * Follow-ups asking more of the act the last answer's sentence tells: a value of the asked kind
 * there answers, though its extractor tied it loosely. Invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInTurn } from './qa-helpers.js';

describe('follow-ups: a value of the asked kind in the last answer’s sentence, which writes the follow-up’s words', () => {
  const signalBox =
    'date 2026-03-09\n\n' +
    'A plan to turn the disused signal box at Vellacott into a tiny museum has cleared its first hurdle.\n\n' +
    'Members of the Vellacott Line Society, a club of retired railway workers, handed their bid to the district council last November along with 900 signatures.\n\n' +
    'Planners will visit the site in April.';

  it('"Who handed in the bid?" then "when did they send it?" is answered by the time in that sentence', () => {
    const a = askInTurn(signalBox, 'Who handed in the bid?', 'when did they send it?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('November');
  });

  const watermill =
    'date 2025-10-02\n\n' +
    'The watermill at Tamsworth turned again at the weekend for the first time since the floods.\n\n' +
    'Volunteers from the mill trust rebuilt the wheel in June, a job that meant hauling oak beams down a muddy bank.\n\n' +
    'About 400 visitors came to see it.';

  it('a month is no length: "how long did they take to rebuild it?" is still declined', () => {
    const a = askInTurn(watermill, 'Who rebuilt the wheel?', 'how long did they take to rebuild it?');
    expect(a.answered).toBe(false);
  });
});
