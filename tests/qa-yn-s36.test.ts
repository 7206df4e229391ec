/**
 * Yes/no questions: how news sets up a belief of people at large to correct it, over invented
 * news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

const HEAD = 'date 2026-08-20\n\n';

describe('a belief of people at large that the sentence denies says no', () => {
  const article =
    HEAD +
    'A new slipway for kayaks and paddleboards has opened at Tressilow harbour.\n\n' +
    '"People think you need a permit to launch a kayak here, but anyone can use the slipway for nothing," said harbour master Idris Penwarne.';

  it('answers no and shows the denial', () => {
    expect(ask(article, 'do you need a permit to launch a kayak').answer).toMatch(/^No: .*but anyone can use the slipway/);
  });
});

describe('a belief of people at large, marked by a habit of belief, asserts nothing', () => {
  const article =
    HEAD +
    'Thieves took 40 lambs from a field near Caddow Rigg last week.\n\n' +
    'Police said rustling goes unreported because farmers often assume missing lambs have wandered off or died.\n\n' +
    'Six of them died after being loaded into a horsebox, the farmer said.';

  it('answers from the sentence that tells the deaths', () => {
    expect(ask(article, 'did any of the lambs die').sources[0]?.text).toMatch(/^Six of them died/);
  });
});
