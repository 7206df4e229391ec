/**
 * Traps: questions an article leaves unanswered while naming something of another kind near the
 * asked thing, declined by general regularities of news prose, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a town’s name is no name of a business or a home', () => {
  const article =
    'date 2026-04-02\n\nA footpath beside the Quillan brook will close for six weeks from Monday while a footbridge is replaced.\n\n' +
    'Regular walker Dennis Vawdrey, 81, of Low Tresk, uses the path every day to visit his wife, Joan, who lives in a nursing home in Kestow.\n\n' +
    'Her daughter runs a tearoom at Crossan Farm, beside the new bridge.';

  it('declines the name of the nursing home when only the town it stands in is named', () => {
    expect(ask(article, 'what’s the name of the nursing home joan lives in').answered).toBe(false);
  });

  it('still answers the name of the farm the tearoom is at, named by its own word', () => {
    const a = ask(article, 'what is the name of the farm her daughter runs a tearoom at');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Crossan Farm');
  });
});

describe('a name set after “at” or “on” is where the work is, not the firm doing it', () => {
  const article =
    'date 2026-05-11\n\nWork has begun on a £3 million flood wall along the River Gorrick in Ottlesby.\n\n' +
    'A pumping station will also be built at Pruett’s Wynd to stop water building up behind the wall.\n\n' +
    'The bridge repairs are being carried out by Yarrowby Civil Engineering, which won the contract in March.';

  it('declines which construction firm is building the pumping station', () => {
    expect(ask(article, 'which construction firm is building the pumping station').answered).toBe(false);
  });

  it('still answers which firm is carrying out the bridge repairs', () => {
    const a = ask(article, 'which firm is carrying out the bridge repairs');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Yarrowby');
  });
});
