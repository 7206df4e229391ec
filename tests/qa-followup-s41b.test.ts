/**
 * Follow-ups asking more of the act the last answer's sentence tells: a value of the asked kind
 * there answers, though its extractor tied it loosely. Invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInTurn } from './qa-helpers.js';

describe('follow-ups: a value of the asked kind in the last answer’s sentence, which writes the follow-up’s words', () => {
  const powerCut =
    'date 2026-01-22\n\n' +
    'A power cut left hundreds of homes and shops in Hennaby without electricity for most of Tuesday.\n\n' +
    'The network operator blamed a digger that cut through a cable near the bypass.\n\n' +
    'Osgar Pennethwaite, 51, who runs a bakery on the high street, said he had lost about £900 in sales because his ovens were cold for 20 hours.\n\n' +
    'Power was back by Wednesday morning.';

  it('"How much did the baker lose?" then "how long was he without power?" is answered by the length in that sentence', () => {
    const a = askInTurn(powerCut, 'How much did the baker lose?', 'how long was he without power?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('20 hours');
  });

  const signalBox =
    'date 2026-03-09\n\n' +
    'A plan to turn the disused signal box at Vellacott into a tiny museum has cleared its first hurdle.\n\n' +
    'The bid was lodged in November 2025 by the Vellacott Line Society, a club of retired railway workers formed in 2019 that now counts about 90 members.\n\n' +
    'Planners will visit the site in April.';

  it('"Who lodged the bid?" then "when did they send it in?" is answered by the time in that sentence', () => {
    const a = askInTurn(signalBox, 'Who lodged the bid?', 'when did they send it in?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('November 2025');
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
