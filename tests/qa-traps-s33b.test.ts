/**
 * Decline questions: general ways a sentence shares a question's words but gives a value of
 * another kind than the one asked, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a price asked of a thing is answered only by a sum', () => {
  const article =
    'date 2026-07-10\n\nA summer fair will be held on the green at Pellacombe on Saturday 25 July.\n\n' +
    'Tickets for the fair are expected to sell out, and about 40% of them have gone to families from outside the parish.\n\n' +
    'Visitors coming from Strandley, 35 miles away, can use a free shuttle bus from the station.\n\n' +
    'A day pass for the craft tent is limited to 20 per family.';

  it('does not give a share of the tickets for how much they are', () => {
    const a = ask(article, 'how much are tickets for the summer fair');
    expect(a.answered).toBe(false);
  });

  it('does not give a limit per family for how much a day pass is', () => {
    const a = ask(article, 'how much is a day pass for the craft tent');
    expect(a.answered).toBe(false);
  });
});

describe('a price told as a sum still answers', () => {
  const article =
    'date 2026-07-10\n\nA summer fair will be held on the green at Pellacombe on Saturday 25 July.\n\n' +
    'Tickets for the fair cost £7 for adults and are on sale at the village shop.';

  it('gives the sum for how much tickets are', () => {
    const a = ask(article, 'how much are tickets for the fair');
    expect(a.answer).toMatch(/£7/);
  });
});

describe('a figure asked over a wide area is not one place’s', () => {
  const article =
    'date 2026-04-02\n\nVolunteers at Quobbin Fleet nature reserve have counted a record number of nesting herons this spring.\n\n' +
    'The survey found 31 pairs of grey herons on the reserve, up from 19 last year.\n\n' +
    'Across the region, otter sightings have risen by 40 percent over six years, the Wessling Wildlife Trust says.';

  it('does not give the reserve’s count for the whole county', () => {
    const a = ask(article, 'how many pairs of grey herons are there in the whole county');
    expect(a.answered).toBe(false);
  });

  it('still gives a count told across the region', () => {
    const a = ask(article, 'how much have otter sightings gone up across the region');
    expect(a.answer).toMatch(/40 percent/);
  });
});

describe('a "which" of a thing known by name is not answered by its kind said back', () => {
  const article =
    'date 2025-11-20\n\nA Dunsleigh food bank has run out of tinned goods a month before Christmas.\n\n' +
    'An appeal on local radio last week brought in 60 volunteers but few donations.\n\n' +
    'Its tins are usually sold on by traders at street markets across the valley.';

  it('does not give the kind back for which radio station', () => {
    const a = ask(article, 'which radio station ran the appeal');
    expect(a.answered).toBe(false);
  });

  it('does not give the kind back for which markets', () => {
    const a = ask(article, 'which markets were the tins sold at');
    expect(a.answered).toBe(false);
  });
});
