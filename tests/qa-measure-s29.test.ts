/**
 * A measure its unit names (a temperature, a weight): the sentence holding a value of that kind
 * answers, though another sentence shares more of the question's words. Invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a measure whose unit names it', () => {
  const article =
    'KELBY — Dozens of dead trout have been found in the River Lenn below Kelby weir after a fortnight of dry weather, the environment agency said.\n\n' +
    'Water in the shallows touched 25C on Monday.\n\n' +
    'Volunteers have pulled some 30 tonnes of weed out of the River Lenn since April to keep it flowing.\n\n' +
    'Anglers said the river had never been so low, and the club has closed two stretches of the river to fishing.';

  it('answers how warm the river got with the one temperature, not a sentence that names the river', () => {
    const a = ask(article, 'How warm did the river get?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('25C');
    expect(a.sources[0].index).toBe(1);
  });

  it('answers how heavy the weed was with the tonnes, as before', () => {
    const a = ask(article, 'how heavy was the weed they pulled out');
    expect(a.answer).toContain('30 tonnes');
  });
});
