/**
 * Who-questions: the doer of the asked act and the holder of the asked role, each over invented
 * news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('the doer after "by" may stand past phrases of time and place', () => {
  const article =
    'date 2026-05-11\n\nAbout 300 walkers took part in the Brindle Hill sponsored hike on Sunday, raising £9,000 for the village school.\n\n' +
    'The hike was arranged for the fourth year by the Brindle Hill Ramblers Society.\n\n' +
    'Walkers climbed about 400 metres over the 14-kilometre route.\n\n' +
    'The Tarnby Athletic club won the team prize on Sunday afternoon by a clear margin.';

  it('names the society as the doer though four words stand between the verb and “by”', () => {
    const a = ask(article, 'who arranges the hike');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Brindle Hill Ramblers Society');
  });

  it('does not read “by a clear margin” after an object as a doer', () => {
    const a = ask(article, 'who won the team prize');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tarnby Athletic');
  });
});

describe('a name given the title made from the asked verb holds the asked role', () => {
  const bakery =
    'date 2026-04-02\n\nHealth inspectors have closed a bakery in Harlow Street after finding mice in its storeroom.\n\n' +
    'The inspection on Monday found droppings near flour sacks and a broken drain cover.\n\n' +
    'Crumb & Kettle’s owner, Tomas Reyes, said the firm had hired a pest control company.\n\n' +
    'The bakery can reopen once a second inspection finds no sign of mice.';
  const count =
    'date 2026-06-20\n\nVolunteers surveying glow-worms in an old chalk pit near Wendle logged 212 glowing females in one night, the highest total since counts began.\n\n' +
    'The count took place on the night of 14 June.\n\n' +
    'The count has been led since 2010 by a retired teacher.\n\n' +
    'Organiser Ruth Kemble, 58, said the total was astonishing.';

  it('names the owner the sentence gives though it names the bakery otherwise', () => {
    const a = ask(bakery, 'who owns the bakery');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tomas Reyes');
  });

  it('names the organiser, not the volunteers, as the one who organises the count', () => {
    const a = ask(count, 'who organises the glow-worm count');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ruth Kemble');
  });
});

describe('a subject whose possessive opens a thing noun is no doer', () => {
  const article =
    'date 2026-10-03\n\nA regional airline has cancelled all flights for a week after finding cracks in the wings of two of its planes.\n\n' +
    'Passengers will get full refunds, and the airline said its busiest routes would run with hired aircraft.\n\n' +
    'Engineers are inspecting the rest of the fleet.';

  it('declines who runs the airline rather than answer “its busiest routes”', () => {
    expect(ask(article, 'who runs the airline').answered).toBe(false);
  });
});

describe('a side named as a place, written right before the asked act, did it', () => {
  const article =
    'date 2026-08-20\n\nTarvia won the world water polo title on Sunday, a first for the country, beating the defending champions Elsmark 9-8 after extra time.\n\n' +
    'In the women’s final earlier in the day, Norvale beat Kessia 11-6.\n\n' +
    'About 4,000 fans watched the finals in Port Alder.';

  it('names Norvale as the winner of the women’s final', () => {
    const a = ask(article, 'who won the women’s final');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Norvale');
  });

  it('names the side Tarvia beat, over a description', () => {
    const a = ask(article, 'who did Tarvia beat in the final');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Elsmark');
  });
});
