/**
 * Traps: questions an article leaves unanswered while giving a near miss, declined by general
 * regularities of news prose, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a count asked of the dead or hurt is not answered by a sentence telling of none', () => {
  const article =
    'date 2026-03-02\n\nFloodwater swept through the Osgrift valley on Saturday night after the Tamsker burst its banks near Lundquay.\n\n' +
    'Volunteers at Brannaway Farm herded 300 goats to higher ground as the water rose.\n\n' +
    'Coastguard crews in two boats lifted 14 walkers off the towpath before dawn.';
  const losses =
    'date 2026-03-02\n\nThe Tamsker flood has cost the riding school at Lundquay most of its animals.\n\n' +
    'The owner said 19 ponies died when their paddock was cut off by the rising water.';

  it('declines how many goats died when the goats are only moved to safety', () => {
    expect(ask(article, 'how many goats died in the flood').answered).toBe(false);
  });

  it('declines how many walkers were hurt when the walkers are only rescued', () => {
    expect(ask(article, 'how many walkers were injured').answered).toBe(false);
  });

  it('still answers how many ponies died', () => {
    const a = ask(losses, 'how many ponies died in the flood');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('19');
  });

  it('still answers how many goats the volunteers moved', () => {
    const a = ask(article, 'how many goats did the volunteers herd to higher ground');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('300');
  });
});
