/**
 * "Where" questions: general ways news writing tells where the asked thing is or the asked act
 * happened, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a building the sentence sets the thing in outranks a name tied to no act', () => {
  const article =
    'date 2026-04-02\n\nFamilies in Thornley Green have put together 120 of their favourite recipes to raise money for the village school.\n\n' +
    'The resulting booklet, Pudding Lane Suppers, is on sale at the corner shop for £8, with profits going to the Parents’ Association.\n\n' +
    'Head teacher Ruth Ambler said the money would pay for a new climbing frame.\n\n' +
    'A second edition is planned for the autumn.';

  it('answers where to buy the booklet with the shop, not the booklet’s title', () => {
    const a = ask(article, 'where can i buy the booklet');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('corner shop');
    expect(a.answer).not.toContain('Pudding Lane');
  });
});

describe('a verb that only says an event took place asks where the event’s noun is', () => {
  const article =
    'date 2026-05-11\n\nParish councillors voted six to three on Tuesday to shut the public toilets on the seafront, at a meeting in the school canteen that ran past midnight.\n\n' +
    'A fresh vote will be held at least a month from now if enough residents sign a petition.\n\n' +
    'The toilets cost about £9,000 a year to clean and repair, the clerk said.';

  it('answers where the meeting was held from the phrase after the noun', () => {
    const a = ask(article, 'where was the meeting held');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('school canteen');
  });
});

describe('a thing’s source need be no place: what follows the “from” of “come” says it', () => {
  const article =
    'date 2026-06-14\n\nA village in the Marlow valley has opened a free tool library in a converted railway wagon beside the recreation ground.\n\n' +
    'Members can borrow more than 300 tools, from hedge trimmers to wallpaper steamers, for up to a week at a time.\n\n' +
    'Organiser Priya Wendell, 52, said the idea came from her son, who had seen a similar scheme while studying abroad.\n\n' +
    'The wagon was donated by a heritage railway and repainted by volunteers over the winter.';

  it('answers where the idea came from with the person', () => {
    const a = ask(article, 'where did the idea come from');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('her son');
  });
});

describe('a place phrase after the asked verb runs to its end', () => {
  const article =
    'date 2026-08-03\n\nTwo walkers stranded by rising water on the estuary mudflats were rescued by the inshore lifeboat on Saturday afternoon.\n\n' +
    'The pair had set out from the car park at low tide but misjudged how quickly the channel would fill.\n\n' +
    'They raised the alarm at the nearby gate-keeper’s cottage, and the lifeboat reached them within 20 minutes.\n\n' +
    'The couple later recovered at a guesthouse in the village of Sallow Cross.';

  it('keeps the whole of a long phrase with a possessive', () => {
    const a = ask(article, 'where did they raise the alarm');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('cottage');
  });

  it('keeps the whole of the name the phrase ends in', () => {
    const a = ask(article, 'where did the couple recover');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Sallow Cross');
  });
});

describe('a place’s name is answered whole, as the sentence writes it', () => {
  const article =
    'date 2026-09-21\n\nA youth brass band that lost its rehearsal room to a burst pipe has found a new home.\n\n' +
    'The band, now based in the Harwell Concert Hall, rehearses there two evenings a week free of charge.\n\n' +
    'A second-hand instrument shop that supplied many of its players has moved too, and now trades in Cooper’s Row.\n\n' +
    'Band leader Tom Aske, 44, said numbers had grown to 38 players.';

  it('keeps the “the” of a venue’s name', () => {
    const a = ask(article, 'where is the band based');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('the Harwell Concert Hall');
  });

  it('keeps a possessive’s street', () => {
    const a = ask(article, 'where does the instrument shop trade now');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Cooper’s Row');
  });
});
