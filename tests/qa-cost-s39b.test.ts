/**
 * Costs told under another noun: a question's "price tag", a sentence's "bill" or a sum standing
 * before the asked thing's noun, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a price tag is asked as the price', () => {
  const article =
    'date 2026-05-19\n\nTeenagers in Pellory have won their three-year campaign for a skate park.\n\n' +
    'Work on the concrete bowl and ramps behind the sports pavilion starts in July, and Tamsworth Parish Council expects the skate park to cost about £240,000.\n\n' +
    'Half of that has come from a national lottery grant.\n\n' +
    'Jessamy Quennick, 15, who collected 900 signatures, said she would be first in the queue.';

  it('answers the price tag on the skate park with what it is expected to cost', () => {
    const a = ask(article, 'what’s the price tag on the skate park?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/£240,000/);
  });
});

describe('a sum written before the asked thing’s noun is its cost', () => {
  const article =
    'date 2026-10-02\n\nAn observatory run by amateur astronomers near Harthwaite has a new roof.\n\n' +
    'The £85,000 dome was built in a workshop in Sweden and arrived on the back of a lorry.\n\n' +
    'The old timber roof had leaked for years and could no longer be turned to follow the stars.\n\n' +
    'Members raised the money over four years through talks, telescope sales and a legacy from a former treasurer.';

  it('answers the overall cost of the dome with the sum before "dome"', () => {
    const a = ask(article, 'whats the overall cost of the dome');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/£85,000/);
  });
});

describe('a bill is a cost by another word', () => {
  const article =
    'date 2026-02-11\n\nThe Brindlow canal basin has reopened to boats after a winter of dredging.\n\n' +
    'Contractors lifted out 3,000 tonnes of silt, four shopping trolleys and a rusted motorbike.\n\n' +
    'The waterways trust said it had paid the bill for the dredging, £410,000, from its reserves.\n\n' +
    'Narrowboat owners had been unable to moor in the basin since October.';

  it('answers the overall cost of the dredging with the bill for it', () => {
    const a = ask(article, 'whats the overall cost of the dredging');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/£410,000/);
  });
});

describe('what a thing is worth is tied to it by "worth" as a price by "cost"', () => {
  const article =
    'date 2026-08-21\n\nA rowing club in Lunnock has found a sponsor for its new eight.\n\n' +
    'Vellacott Engineering has agreed a sponsorship deal with the club that is worth £12,000 over two seasons.\n\n' +
    'The boat will carry the firm’s name on its bow.\n\n' +
    'The club has 85 members and trains on the river every morning.';

  it('answers what the whole package is worth with the sum after "worth"', () => {
    const a = ask(article, 'what is the whole package worth');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/£12,000/);
  });
});
