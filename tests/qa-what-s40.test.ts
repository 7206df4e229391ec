/**
 * "What" questions: the cause someone blames, each over invented news prose, never an article's own
 * words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('what someone blames is the cause after the verb of blaming', () => {
  const orchard =
    'date 2026-10-03\n\nCider makers in Quarrendale have pressed their smallest crop of apples in twenty years.\n\n' +
    'The Tibbersley Press, which buys fruit from 30 orchards, took in 41 tonnes this autumn against 118 tonnes last year.\n\n' +
    'Its owner, Petronella Scollop, blamed the shortfall on a late frost that killed the blossom in April.\n\n' +
    'Prices for a bottle of its dry cider will rise by 40p from November.';

  it('answers with what follows "on", not the outcome before it', () => {
    const a = ask(orchard, 'what does Scollop blame for the small crop');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/late frost/);
    expect(a.answer).not.toMatch(/shortfall/);
  });

  const chess =
    'date 2026-05-11\n\nThe Wimbrel chess club lost its place in the county first division on Saturday after a 5-1 defeat at Orvanne.\n\n' +
    'It was the club’s ninth defeat in eleven matches this season.\n\n' +
    'Captain Ruslan Corvelle blamed the departure of three of its strongest players, who moved away for work last summer.\n\n' +
    'The club meets on Tuesday evenings above the library.';

  it('answers "put down to" by the cause blamed in the article’s own verb', () => {
    const a = ask(chess, 'what did the captain put the defeats down to');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^the departure of three of its strongest players/);
  });

  const ferry =
    'date 2026-02-19\n\nFerry crossings between Yarwick and the island of Drumbleside were cut to two a day for most of last week.\n\n' +
    'About 300 islanders who work on the mainland were left to find beds in Yarwick or stay at home.\n\n' +
    'In a statement, Hesketine Ferries said the cancellations were caused by a fault in the steering gear of its larger vessel.\n\n' +
    'A full timetable is due to return on Monday.';

  it('answers "blame … on" by what a cause is said to be caused by', () => {
    const a = ask(ferry, 'what did the ferry firm blame the cancellations on');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^a fault in the steering gear/);
  });
});

describe('over what period: a period told by its ends or its length', () => {
  const library =
    'date 2026-11-20\n\nA former caretaker has admitted selling rare books from the Brightcombe town library.\n\n' +
    'Magistrates heard that Tobiah Pimlott, 59, sold 212 volumes to dealers, most of them through an online auction site.\n\n' +
    'The sales took place between April 2022 and September 2024, when a visiting historian noticed gaps on the shelves.\n\n' +
    'Pimlott will be sentenced at Taverley Crown Court next month.';

  it('answers by the two ends of the period', () => {
    const a = ask(library, 'over what period were the books sold');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('between April 2022 and September 2024');
  });

  const roadworks =
    'date 2026-03-08\n\nResurfacing of the Gorrick bypass is to finish a week early, the county council said.\n\n' +
    'Crews laid 9,000 tonnes of asphalt over eleven weeks, working mostly at night to keep traffic moving.\n\n' +
    'The council said the scheme had come in under its budget of £3.1 million.';

  it('answers by a length after "over"', () => {
    const a = ask(roadworks, 'over what period did the crews do this');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('over eleven weeks');
  });
});
