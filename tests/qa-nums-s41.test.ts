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

  const toads =
    'date 2026-03-30\n\nNearly 2,000 toads have been helped across a busy road near Haddleby this spring by a team of night-time wardens.\n\n' +
    'The wardens, many of them retired teachers, walk the verge with torches and buckets from dusk.\n\n' +
    'Their log shows that 1,938 toads were carried over Pimbury Lane between February and March.\n\n' +
    'Councillors are considering a tunnel under the road.';

  it('answers with the count the log gave, just under the rounded one', () => {
    const a = ask(toads, 'how many toads have been helped across the road this spring?');
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
