/**
 * Yes/no verdicts over invented news prose, never an article's own words: a clause that cites the
 * right sentence must still read its verdict right ("turned down" says no).
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const HEAD = 'date 2026-11-02\n\n';

describe('a thing rejected did not come about', () => {
  const bowls =
    HEAD +
    'Quillmoor Bowls Club will have to find £40,000 on its own to replace its flooded clubhouse, its treasurer said.\n\n' +
    'The county sports fund turned down a rebuilding grant for the club, saying its money for the year had already been spent.\n\n' +
    'Members are now selling raffle tickets at the Saturday market.';

  it('answers “did they get the grant” no by a grant that was turned down', () => {
    const a = ask(bowls, 'did they get a grant from the sports fund?');
    expect(a.answer).toMatch(/^No: .*turned down/);
  });

  it('still answers yes where the question asks of the rejection itself', () => {
    const a = ask(bowls, 'did the sports fund turn down a rebuilding grant?');
    expect(a.answer).toMatch(/^Yes: .*turned down/);
  });

  const turbine =
    HEAD +
    'A planning inspector has ruled on the row over a wind turbine planned for a hill farm outside Brasswick.\n\n' +
    'In a 30-page decision, she rejected the farm’s claim of community benefit, saying the power would go to the grid and not to the village.\n\n' +
    'The farm has six months to appeal.';

  it('answers “did she back the claim” no by an inspector who rejected it', () => {
    const a = ask(turbine, 'did the inspector back the farm’s community benefit claim?');
    expect(a.answer).toMatch(/^No: .*rejected/);
  });

  const ferry =
    HEAD +
    'The night ferry between Hesterby and the islands will keep sailing through the winter, operators confirmed on Friday.\n\n' +
    'A proposal to scrap the late crossing was rejected by the island council in September after nurses warned they would be stranded.\n\n' +
    'Fares will rise by 5% from January.';

  it('answers “are they scrapping the late crossing” no by a proposal that was rejected', () => {
    const a = ask(ferry, 'are they scrapping the late crossing?');
    expect(a.answer).toMatch(/^No: .*rejected/);
  });

  const gardens =
    HEAD +
    'Visitors to Pemberlow Gardens will pay £2 more to park from April, the trust that runs them said.\n\n' +
    'Plans for a second car park on the east meadow were dismissed by the trustees because orchids grow there.\n\n' +
    'The gardens drew 90,000 visitors last year.';

  it('answers no by a thing dismissed in a passive', () => {
    const a = ask(gardens, 'Is a second car park going on the east meadow?');
    expect(a.answer).toMatch(/^No: .*dismissed/);
  });
});
