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
    '"People think you need a permit to launch a kayak here, but anyone can use the slipway for nothing," said harbour master Emrys Tolgarrick.';

  it('answers no and shows the denial', () => {
    expect(ask(article, 'do you need a permit to launch a kayak').answer).toMatch(/^No: .*but anyone can use the slipway/);
  });
});

describe('a belief of people at large, marked by a habit of belief, asserts nothing', () => {
  const article =
    HEAD +
    'Thieves took 40 lambs from a field near Caddow Rigg last week.\n\n' +
    'Police said many thefts are never reported, as shepherds often think missing lambs have wandered off or died.\n\n' +
    'Six of them died after being loaded into a horsebox, the farmer said.';

  it('answers from the sentence that tells the deaths', () => {
    expect(ask(article, 'did any of the lambs die').sources[0]?.text).toMatch(/^Six of them died/);
  });
});

describe('a clause saying the asked thing goes on answers a “still” question', () => {
  const article =
    HEAD +
    'Lead thieves have stripped the roof of St Ebba’s church in Quillby Edge.\n\n' +
    'Only 30 people attend Sunday services, though more than 250 diners usually crowd in for the harvest supper.\n\n' +
    'The harvest supper will go ahead as planned in the village school hall on 3 October.';

  it('answers yes by “will go ahead as planned”', () => {
    const a = ask(article, 'is the harvest supper still on');
    expect(a.answer).toMatch(/^Yes: The harvest supper will go ahead/);
    expect(a.explanation.rule).toMatch(/goes on/);
  });

  it('answers no where the clause says it will not go ahead', () => {
    const other = HEAD + 'Lead thieves have stripped the roof of St Ebba’s church.\n\nThe vicar said the harvest supper would not go ahead this year.';
    expect(ask(other, 'is the harvest supper still going ahead?').answer).toMatch(/^No/);
  });
});

describe('weighing whether to do the asked act leaves it open', () => {
  const article =
    HEAD +
    'A tribunal has ruled that a bus driver was unfairly sacked by Dunstrey Coaches.\n\n' +
    'A spokesman for Dunstrey Coaches, which runs 40 buses in the valley, said the firm was considering whether to appeal.';

  it('answers not yet known', () => {
    expect(ask(article, 'is dunstrey coaches going to appeal the ruling?').answer).toMatch(/^Not yet known/);
  });
});
