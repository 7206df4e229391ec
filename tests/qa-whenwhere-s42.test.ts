/**
 * "When" and "how long" asked of an act the article tells in other words: the thing the act is done
 * to, written after the sentence's own verb, says that verb is the asked act. Invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('the asked act’s object marks the sentence’s own verb for it', () => {
  const weir =
    'date 2026-09-14\n\nA rowing club in Tessingford has been given £40,000 to rebuild the landing stage it lost in last winter’s floods.\n\n' +
    'Members of Tessingford Rowing Club had voiced worries about the weir in April, after two of their boats were swept against it.\n\n' +
    'The grant comes from the county’s sports fund, and work on the new landing stage begins next month.\n\n' +
    'Club captain Ruth Carrack said the crews would train on the lower reach until it is finished.';

  it('answers when of a grievance told as worries voiced about the same thing', () => {
    const a = ask(weir, 'When did the rowing club complain about the weir?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/April/);
    expect(a.sources[0]?.text).toMatch(/voiced worries about the weir/);
  });

  const creamery =
    'date 2026-02-03\n\nA creamery on the edge of Hollin Moss has been fined £90,000 after admitting polluting the Brisk Beck.\n\n' +
    'Prosecutors said the plant, which makes butter for several supermarket chains, let untreated whey escape into the beck for a total of 212 hours in 2024, according to its own logs.\n\n' +
    'The company said it had since fitted a second holding tank and apologised to anglers on the beck.';

  it('answers how long of an act told by another verb on the same thing', () => {
    const a = ask(creamery, 'how long did the creamery dump whey');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/212 hours/);
  });
});
