/**
 * "How many" and "how much" questions: general ways news gives a figure, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a lead’s rounded count gives way to the count as made further down', () => {
  const beach =
    'date 2026-05-18\n\nMore than 160 volunteers turned out in Quillbarrow on Sunday to clear rubbish from the town’s north beach.\n\n' +
    'Nets, rope and plastic bottles filled two skips by the afternoon, the organisers said.\n\n' +
    'The sign-in sheet at the lifeguard hut shows 163 volunteers turned out by noon.\n\n' +
    'The next clean is planned for September.';

  it('answers with the count the sign-in gave', () => {
    const a = ask(beach, 'how many volunteers turned out for the beach clean?');
    expect(a.answer).toMatch(/163/);
  });

  const books =
    'date 2026-03-30\n\nNearly 2,000 books have been lent from a converted telephone box in Haddleby since it opened as a swap library last spring.\n\n' +
    'Anyone may take a book as long as they leave another, and a retired printer checks the shelves each week.\n\n' +
    'According to his notebook, 1,938 books have been lent so far, most of them crime novels.\n\n' +
    'The parish council is considering a second box near the bus shelter on Pimbury Lane.';

  it('answers with the count the notebook gave, just under the rounded one', () => {
    const a = ask(books, 'how many books have been lent from the box?');
    expect(a.answer).toMatch(/1,938/);
  });

  const swim =
    'date 2026-08-09\n\nAbout 2,600 swimmers entered the Tovey Lake mile on Saturday, the largest field in its history.\n\n' +
    'Strong wind made the second half slow, and safety boats picked up several tired swimmers.\n\n' +
    'Officials said 2,410 swimmers finished the course.\n\n' +
    'The winner, from Corvell, finished in 21 minutes.';

  it('keeps the rounded count where the later one is of another act, outside its rounding', () => {
    const a = ask(swim, 'how many swimmers entered the race?');
    expect(a.answer).toMatch(/2,600/);
  });
});
