/**
 * Short answers read off the right sentence (session 26): which of its words the question asks for.
 * Invented news prose throughout.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a clause opened after a name describes no one by that name', () => {
  const article =
    'date 2025-05-12\n\nHARLOW BAY — A missing spaniel has been returned to her owners after nine days on the run.\n\n' +
    'Bess, a three-year-old springer, slipped her lead on a beach walk on 3 May.\n\n' +
    'She was found 30 miles away, in the town of Delmore, where a van driver saw her hiding under a trailer.\n\n' +
    'Her owner, Carla Winn, 41, said she had given up hope.';

  it('answers “who saw her” with the unnamed doer, not the town', () => {
    const a = ask(article, 'who saw her');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('van driver');
    expect(a.answer).not.toContain('Delmore');
  });
});

describe('a change from one value to another: which end the question asks', () => {
  const article =
    'date 2025-10-06\n\nFENWICK — A village bowls club says it may have to fold unless younger players sign up.\n\n' +
    'Membership of the Fenwick Bowls Club has slumped from a high of about 180 players in the 1980s to 45 today, its secretary said.\n\n' +
    'The number of greens the club keeps up shrank from six in 2001 to around two last year, the club said.\n\n' +
    'The wait for a groundsman grew to 12 weeks, up from five weeks two years earlier.\n\n' +
    'Annual subscriptions went up from £60 to £85 in April.\n\n' +
    'The county league drew 17 million viewers online last year, against up to 30 million spectators a year hoped for by 2030.\n\n';

  it('answers “now” with the end of the change, past a start named before its number', () => {
    expect(ask(article, 'how many players are there now').answer).toContain('45');
  });

  it('answers “how many are left” with the end a count of the subject’s things reaches', () => {
    const a = ask(article, 'how many greens are left');
    expect(a.answer).toContain('two');
    expect(a.answer).not.toContain('six');
  });

  it('answers with the end written beside the year the question names', () => {
    expect(ask(article, 'how many greens did it keep in 2001').answer).toContain('six');
  });

  it('answers “… two years ago” with the start of the change, a single length of time', () => {
    expect(ask(article, 'what was the wait for a groundsman two years ago').answer).toBe('five weeks');
  });

  it('gives the end of a change of price alone, not as a range', () => {
    expect(ask(article, 'how much is the subscription now').answer).toBe('£85');
  });

  it('answers “last year” with the count written beside it', () => {
    expect(ask(article, 'how many viewers did the league get last year').answer).toContain('17 million');
  });

  it('reads a range written with “ranging from” as no change', () => {
    const shares =
      'date 2025-08-01\n\nORLEY — A community shop has opened after villagers bought shares in it.\n\n' +
      'In all, 412 people joined in, with stakes ranging from the minimum of £10 to the maximum of £5,000, according to the organiser, Dana Hurst.';
    expect(ask(shares, 'what’s the lowest amount anyone could stake').answer).toBe('£10');
  });
});

describe('“which” is answered by the name a phrase on the question’s noun is set off after', () => {
  const article =
    'date 2026-02-20\n\nPELLOW — A baby formula has been taken off shelves after a safety scare.\n\n' +
    "Dunmore, the region's biggest supermarket chain, said it had removed the product from all 60 of its stores.\n\n" +
    'The Food Safety and Standards Board, the national food regulator, confirmed on Tuesday that it had opened an inquiry.\n\n' +
    'Pellow Lifeguards, the volunteer crew that watches the beaches, said the harbour beach would stay open.';

  it('names the chain, not “the region’s biggest supermarket”', () => {
    expect(ask(article, 'which supermarket removed the formula').answer).toBe('Dunmore');
  });

  it('names the whole body over its “and”', () => {
    expect(ask(article, 'Which regulator opened an inquiry?').answer).toContain('Food Safety and Standards Board');
  });

  it('does not take the name before a phrase whose noun sits in a clause inside it', () => {
    expect(ask(article, 'which beach will stay open').answer).not.toContain('Lifeguards');
  });
});

describe('“what is the <noun>?” is answered by the value written after the noun’s “of”', () => {
  const article =
    'date 2025-11-03\n\nKELLOW — Police have renewed an appeal to find a man who escaped from custody.\n\n' +
    'Detectives offered a reward of £20,000 for information leading to the arrest of Dane Hollis, 34.\n\n' +
    'Trials compared the lowest of four doses, 2 milligrams, with a dummy pill.';

  it('answers the reward with its sum, not with who offered it', () => {
    expect(ask(article, 'What is the reward for information leading to Hollis’s arrest?').answer).toBe('£20,000');
  });

  it('reads no value after an adjective’s “of”', () => {
    expect(ask(article, 'What was the lowest dose in the trials?').answer).not.toBe('four doses');
  });
});

describe('a venue named as a place goes on to the places listed after it', () => {
  const article =
    'date 2025-11-10\n\nHEXBY — Dozens of families spent the night away from home after the river burst its banks.\n\n' +
    'The council opened rest centres at the Hexby leisure centre and the Mill Lane library on Monday evening.';

  it('answers “where” with both venues', () => {
    expect(ask(article, 'where were the rest centres opened').answer).toBe('at the Hexby leisure centre and the Mill Lane library');
  });
});

describe('who says so: a speaker named after the claim, and one an aside follows', () => {
  const article =
    'date 2026-06-09\n\nBRANTOFT — Four fishermen were rescued from a capsized boat off Brantoft on Tuesday.\n\n' +
    'The four were extremely lucky to survive in water of around 10 degrees, said Pavel Lind, chief of the Brantoft fire and rescue service.\n\n' +
    'The crew had been at sea for six hours, a Norvik diplomat said, asking not to be named.';

  it('answers “who said …” with the name after “said”', () => {
    expect(ask(article, 'who said the fishermen were very lucky').answer).toBe('Pavel Lind');
  });

  it('answers “according to whom” with the whole speaker, not the name qualifying it', () => {
    expect(ask(article, 'According to whom had the crew been at sea for six hours?').answer).toBe('a Norvik diplomat');
  });
});

describe('a range of counts before “after” is one interval', () => {
  const article =
    'date 2025-02-14\n\nDARNLEY — Health officials have warned parents about a measles outbreak at two schools.\n\n' +
    'Rashes usually appear 10 to 14 days after a child is infected, the health board said.';

  it('answers “how long after” with both ends', () => {
    expect(ask(article, 'hw long after infection does the rash show up').answer).toBe('10 to 14 days');
  });
});
