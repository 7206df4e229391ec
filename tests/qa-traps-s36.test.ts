/**
 * Traps: questions an article leaves unanswered while naming something of another kind near the
 * asked thing, declined by general regularities of news prose, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a town’s name is no name of a business or a home', () => {
  const article =
    'date 2026-04-02\n\nA footpath beside the Quillan brook will close for six weeks from Monday while a footbridge is replaced.\n\n' +
    'Regular walker Osric Vawdrey, 81, of Low Tresk, uses the path every day to visit his wife, Mabyn, who lives in a nursing home in Kestow.\n\n' +
    'Her daughter runs a tearoom at Crossan Farm, beside the new bridge.';

  it('declines the name of the nursing home when only the town it stands in is named', () => {
    expect(ask(article, 'what’s the name of the nursing home mabyn lives in').answered).toBe(false);
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
    'A pumping station is also to be built at Pruett’s Wynd to stop rain pooling behind the wall.\n\n' +
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

describe('a race time is told to the second, not as a margin or in years', () => {
  const article =
    'date 2026-07-13\n\nTeenager Ione Penfold won the Caddon Hill fell race on Sunday, finishing more than four minutes ahead of the field.\n\n' +
    'She first entered the race almost five years ago, aged 12.\n\n' +
    'The men’s race was won by Tamsen Ferrand in 58 minutes and 12 seconds.';

  it('declines her winning time when only her margin is told', () => {
    expect(ask(article, 'what was Ione Penfold’s winning time').answered).toBe(false);
  });

  it('still answers his winning time', () => {
    const a = ask(article, 'what was Tamsen Ferrand’s winning time');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('58 minutes');
  });
});

describe('how long a creature lives is told only where its living is written', () => {
  it('declines how long hedgehogs live from a sentence timing their decline', () => {
    const article =
      'date 2026-03-02\n\nVolunteers in Tolsey are building tunnels under garden fences to help hedgehogs move between gardens.\n\n' +
      'A national wildlife charity, which keeps a register of sightings, said wild hedgehogs in Britain had declined by 40% in 25 years.';
    expect(ask(article, 'how long do wild hedgehogs live for').answered).toBe(false);
  });

  it('still answers how long hedgehogs live where the article says', () => {
    const article =
      'date 2026-03-02\n\nVolunteers in Tolsey are building tunnels under garden fences to help hedgehogs move between gardens.\n\n' +
      'Wild hedgehogs usually live for two to three years, the group said.';
    const a = ask(article, 'how long do hedgehogs live for');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('three years');
  });
});
