/**
 * Yes/no questions over invented news prose, never an article's own words: asking after someone's
 * health in everyday words ("is he OK now?").
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const HEAD = 'date 2026-10-14\n\n';

describe('a question after someone’s health in everyday words', () => {
  const farm =
    HEAD +
    'A farmer who was airlifted after his quad bike overturned on a steep field above Wethercombe is back at work, his family said.\n\n' +
    'Pellinor Trevanion, 63, spent a week on a neurological ward after the accident in March.\n\n' +
    'His daughter, Morwenna, said her father had recovered faster than his doctors expected and was already mending fences.';

  it('answers “is he ok now” by a clause telling his recovery', () => {
    const a = ask(farm, 'is pellinor ok now?');
    expect(a.answer).toMatch(/^Yes: .*recovered/);
    expect(a.sources[0].text).toMatch(/recovered faster/);
  });

  const pony =
    HEAD +
    'A pony that slipped its halter at a gymkhana near Gulliford trotted for two miles along the bypass before a lorry driver blocked the road with his cab.\n\n' +
    'The pony, Thistle, was unhurt, though a horsebox parked on the verge had a dented door.\n\n' +
    'Traffic was held for about twenty minutes.';

  it('answers “was the pony okay” by a clause calling it unhurt', () => {
    const a = ask(pony, 'was the pony okay?');
    expect(a.answer).toMatch(/^Yes: .*unhurt/);
  });
});
