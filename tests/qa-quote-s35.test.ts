/**
 * Quote questions on no topic: "what did X say?" asks for her own words, so her quoted words close
 * behind answer over the reporter's account of what she said. Invented news prose, never an
 * article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('“what did X say?” is answered by her own quoted words over the reporter’s account', () => {
  const article =
    'date 2026-04-18\n\nA lido in Bosanko will stay open all year after volunteers raised £40,000 to heat the pool.\n\n' +
    'Harbour swim club chair Lowenna Penwithen, 52, said membership had almost tripled since the autumn, when the pool first stayed open after October. ' +
    '"On a frosty morning you can hear people laughing from the car park," she said.\n\n' +
    'The pool will close for two weeks in March for repairs.';

  it('gives the club chair’s quoted words, not the membership figures', () => {
    const a = ask(article, 'what did lowenna penwithen say');
    expect(a.answer).toMatch(/frosty morning/);
    expect(a.sources[0]?.text).toMatch(/frosty morning/);
  });

  it('still gives the reporter’s account when she is asked about the topic it tells', () => {
    const a = ask(article, 'what did lowenna penwithen say about membership');
    expect(a.answer).toMatch(/tripled/);
  });
});

describe('a speaker the reporter’s sentence leaves to a relative clause is still the one asked', () => {
  const article =
    'date 2026-11-02\n\nA bonfire night in Quarrowby raised £3,200 for the village school.\n\n' +
    'The event was run for the fourth year by the Quarrowby Round Table, whose secretary, Denzil Roskear, 38, said ticket sales had risen by half since last year. ' +
    '"It has turned into the one night the whole village turns out." ' +
    '"We only ask that people leave their own fireworks at home," he said.\n\n' +
    'Next year’s bonfire is planned for 7 November.';

  it('gives the secretary’s quoted words', () => {
    const a = ask(article, 'what did denzil roskear say');
    expect(a.answer).toMatch(/whole village turns out|fireworks at home/);
    expect(a.answer).not.toMatch(/ticket sales/);
  });
});
