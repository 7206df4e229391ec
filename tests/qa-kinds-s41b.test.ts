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
    'Their vessel, a wooden lobster skiff, was later towed into the harbour by volunteers.\n\n' +
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
    'Eleven-year-old Caspian Threlkeld spotted the insect, a Violet Oil Beetle, crawling across a path near the old mill.\n\n' +
    'Experts from the county museum confirmed the find on Tuesday.';

  it('answers what sort of beetle from a sort written as a name of its own', () => {
    const a = ask(beetle, 'what sort of beetle did he find');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Violet Oil Beetle/);
  });
});
