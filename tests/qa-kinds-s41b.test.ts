/**
 * "What kind / sort / type of X" questions: general ways news gives a thing's sort, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a thing first called by a broad noun or a word for it, then its sort set off with "a"', () => {
  const boat =
    'date 2026-05-09\n\nTwo anglers were pulled from the sea off Quillmouth on Friday after their boat began taking on water.\n\n' +
    'Coastguards said the men had set out before dawn and had no radio on board.\n\n' +
    'Volunteers from the lifeboat station later towed their vessel, a wooden lobster skiff, back into the harbour.\n\n' +
    'Neither man needed hospital treatment.';

  it('answers what kind of boat from the sort given its vessel', () => {
    const a = ask(boat, 'what kind of boat was it');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/lobster skiff/);
  });

  const owl =
    'date 2026-11-20\n\nAn owl that was hit by a lorry near Trewhidden has been nursed back to health at a rescue centre.\n\n' +
    'Staff at the centre found that one wing was badly bruised but not broken.\n\n' +
    'On Sunday volunteers plan to free the bird, a young tawny owl, in woodland where it was first seen.';

  it('answers what kind of owl from the sort given after a broad noun for it', () => {
    const a = ask(owl, 'what kind of owl was hit');
    expect(a.answer).toMatch(/tawny owl/);
  });

  const beetle =
    'date 2026-07-03\n\nA schoolboy on a nature walk in Scarthwick has found a beetle not seen in the valley for a century.\n\n' +
    'Caspian Threlkeld, 11, took a photograph of it on a path near the old mill and sent it to the county museum.\n\n' +
    'Museum staff say the insect, a Violet Oil Beetle, had not been recorded in Scarthwick since 1926.';

  it('answers what sort of beetle from a sort written as a name of its own', () => {
    const a = ask(beetle, 'what sort of beetle did he find');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Violet Oil Beetle/);
  });
});

describe('a colour is a sort, given only by a colour word', () => {
  const tram =
    'date 2026-02-17\n\nCommuters in Larchmere got their first ride on Monday on a tram service that had been suspended for two winters.\n\n' +
    'Each of the six carriages now runs in a deep maroon livery chosen by a vote of passengers.\n\n' +
    'The livery cost the operator £40,000 and took a month to apply.\n\n' +
    'At the depot, the old ticket booth, repainted pale blue, has become a café run by volunteers.\n\n' +
    'Fares will stay at £1.20 until the end of the year.';

  it('answers what colour the livery is from a colour word before it', () => {
    const a = ask(tram, 'what colour is the livery');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/maroon/);
  });

  it('answers what colour the booth was painted from the colour after a verb of painting', () => {
    const a = ask(tram, 'what colour was the ticket booth');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/pale blue/);
  });

  const choir =
    'date 2026-06-28\n\nA male voice choir from Pentreglyn has won its first national title after 70 years of trying.\n\n' +
    'The singers, in the choir’s scarlet and white colours, were cheered by more than 300 people as they came off the stage.\n\n' +
    'The choir will perform at a homecoming concert in the town in July.';

  it('answers what a choir’s colours are from the colour words before "colours"', () => {
    const a = ask(choir, 'What are Pentreglyn choir’s colours?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/scarlet and white/);
  });
});
