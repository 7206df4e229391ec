/**
 * Yes/no questions whether a thing is required: the clause that tells the duty answers, in
 * whatever act it binds, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a question whether a thing is required is answered by the clause telling the duty', () => {
  const article =
    'date 2026-04-18\n\nA new climbing wall opened at the Tarrowfield leisure centre on Saturday, the first indoor wall in the valley, after a two-year fundraising drive by the Tarrowfield Rock Club.\n\n' +
    'Sessions cost £7 for adults and £4 for under-16s, and the wall is open every evening until 9pm.\n\n' +
    'Chalk bags are available to borrow at the desk, but knee pads are advised rather than compulsory.\n\n' +
    'The club is also looking for volunteers to belay at its junior sessions on Sunday mornings.\n\n' +
    'No experience is needed, and the club provides harnesses and radios.\n\n' +
    'All climbers must sign a safety form before their first session, the centre said.';

  it('says no where the duty is denied, though the article never writes the asked act', () => {
    const a = ask(article, 'do you have to wear knee pads');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toMatch(/^Chalk bags are available/);
    expect(a.answer).toMatch(/^No/);
  });

  it('says no where the thing asked for is not needed', () => {
    const a = ask(article, 'do i need experience to volunteer');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toMatch(/^No experience is needed/);
    expect(a.answer).toMatch(/^No/);
  });
});

describe('a want named by a noun is no duty', () => {
  const article =
    'date 2026-02-09\n\nA community larder has opened in the old bus shelter at Quillby Cross, stocked with food given by two supermarkets and local allotment holders.\n\n' +
    'Volunteer organiser Dorothea Quarless said the weekly queues showed the scale of need across the parish.';

  it('does not answer whether a proof is required from a sentence on the level of need', () => {
    const a = ask(article, 'do u need to prove ur on benefits to use it');
    expect(a.answered).toBe(false);
  });
});
