/**
 * "Why" and "how" questions: words of the asker's own idiom that the answer never writes, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('"in the first place" asks for the original cause, and names nothing the answer writes', () => {
  const article =
    'date 2026-05-11\n\nThe ferry between Quibbleton and the island of Skelpie is running again after a break of seven weeks.\n\n' +
    'The first sailing took place on Monday after the slipway was declared safe, and the first passengers were given a free cup of tea.\n\n' +
    'Sailings were halted in March because storms had cracked the slipway.\n\n' +
    'The repairs cost about £80,000.';

  it('answers why the sailings stopped by the cracked slipway, not by when the first sailing took place', () => {
    const a = ask(article, 'why did the sailings stop in the first place');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/storms had cracked the slipway/);
  });
});

describe('"end up" and "manage to" only say that something came to be or came off', () => {
  const article =
    'date 2026-02-20\n\nA goat has been rescued from the roof of a barn at Fenhallow Farm near Marchwyn.\n\n' +
    'The rescue came to an end at noon, when firefighters lowered the goat in a sling.\n\n' +
    'The farmer, Zelda Oxlade, said the goat had climbed a stack of hay bales and jumped across to the roof.\n\n' +
    'The goat was unhurt.';

  it('does not answer how the goat ended up there with when the rescue came to an end', () => {
    const a = ask(article, 'how did it end up up there');
    expect(a.answer).not.toMatch(/noon/);
  });

  const managed =
    'date 2026-02-20\n\nA goat has been rescued from the roof of a barn at Fenhallow Farm near Marchwyn.\n\n' +
    'The station manager, Ted Gorringe, said the call came in at 9am.\n\n' +
    'Firefighters lowered the goat to the ground in a sling after tempting it with apples.\n\n' +
    'The goat was unhurt.';

  it('does not read “manage to” as the station manager', () => {
    const a = ask(managed, 'how did they manage to get the goat down');
    expect((a.sources[0] ?? a.closest)?.text).not.toMatch(/station manager/);
  });
});
