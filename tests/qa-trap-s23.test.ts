/**
 * Questions the article leaves unanswered, read off a batch of answered traps: each case is a
 * general form of English or of news writing, over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an age written after a relative’s name', () => {
  const article =
    'date 2025-06-03\n\nA bakery in the village of Colby has closed after 90 years, its owners said on Monday.\n\n' +
    '"We could not find anyone to take over the ovens," said Marta Brell, 61, who ran the shop with her brother Jonas.\n\n' +
    'The bakery was opened in 1935 by their grandfather.';

  it('does not give the sister’s age as the brother’s', () => {
    expect(ask(article, 'How old is Jonas Brell?').answered).toBe(false);
  });

  it('still gives her own age', () => {
    expect(ask(article, 'How old is Marta Brell?').answer).toContain('61');
  });
});

describe('four digits with no comma and no counted noun are a year, not a count', () => {
  const article =
    'date 2025-03-11\n\nA prayer book known as the Lenn Hours has been found in a farmhouse attic near Colby, the county museum said.\n\n' +
    'The book was written by nuns at the priory of Saint Bede around 1340 and vanished from a manor library in 1710.\n\n' +
    'About 4,200 people visited the museum last year.';

  it('does not count the nuns by the year', () => {
    expect(ask(article, 'How many nuns wrote the book?').answered).toBe(false);
  });

  it('still counts what the article counts', () => {
    expect(ask(article, 'How many people visited the museum last year?').answer).toContain('4,200');
  });
});

describe('a time told of the opposite change', () => {
  const article =
    'date 2025-09-02\n\nThe Arland dollar fell 4 percent against the euro on Tuesday, its biggest one-day drop in a decade.\n\n' +
    'Analysts at Tessel Bank said the currency could weaken further if the central bank cut interest rates again at its next meeting on October 14.\n\n' +
    'Exporters welcomed the fall.';

  it('does not date a rise by a cut', () => {
    expect(ask(article, 'When did the central bank last raise interest rates?').answered).toBe(false);
  });

  it('still dates the change the article tells', () => {
    expect(ask(article, 'When did the dollar fall?').answer).toContain('Tuesday');
  });
});

describe('a medal of another colour', () => {
  const article =
    'date 2025-07-20\n\nThe swimmer Lina Arvo has been banned for two years after a failed drug test, the sport’s integrity body said on Friday.\n\n' +
    'Arvo, who won silver in the 200 metres butterfly at the Northern Games in 2023, said she had never knowingly taken the drug.\n\n' +
    'She has 21 days to appeal.';

  it('does not name the silver medallist as the winner of gold', () => {
    expect(ask(article, 'Who won gold in the 200 metres butterfly at the Northern Games?').answered).toBe(false);
  });

  it('still names her for the medal she won', () => {
    expect(ask(article, 'Who won silver in the 200 metres butterfly at the Northern Games?').answer).toContain('Arvo');
  });
});

describe('turnout is a share of the voters, not of the votes', () => {
  const article =
    'date 2026-04-13\n\nVoters in Arland approved a plan to merge the country’s two smallest provinces in a referendum on Sunday, the electoral board said.\n\n' +
    'Turnout was 58 percent nationally, the board said.\n\n' +
    'In the southern region of Tessary, only 34 percent voted "yes".';

  it('does not give a region’s yes vote as its turnout', () => {
    expect(ask(article, 'What was the turnout in Tessary?').answered).toBe(false);
  });

  it('still gives the turnout the article writes', () => {
    expect(ask(article, 'What was the turnout in the referendum?').answer).toContain('58 percent');
  });
});

describe('an amount of a stuff is no bare number and no number of times', () => {
  const article =
    'date 2026-01-09\n\nThe cargo ship Orla ran aground off the coast of Arland on Thursday, spilling about 300 tonnes of diesel, the coastguard said.\n\n' +
    'It is the coast’s worst spill since 2004, when the tanker Nessa broke in two off the same headland and lost more than 9,000 tonnes of crude.\n\n' +
    'The customs agency said it had seized smuggled fuel 14 times last year, up from nine times in 2024.';

  it('does not take "broke in two" for a cargo', () => {
    expect(ask(article, 'How much diesel was the Nessa carrying when it broke up?').answered).toBe(false);
  });

  it('does not take a number of seizures for an amount', () => {
    expect(ask(article, 'How much fuel was seized last year?').answered).toBe(false);
  });

  it('still gives the amount the article writes', () => {
    expect(ask(article, 'How much diesel did the Orla spill?').answer).toContain('300 tonnes');
  });
});

describe('a part asked of a whole the question counts', () => {
  const article =
    'date 2026-02-20\n\nA court in Arland on Thursday blocked the planned takeover of the ferry operator Nordline by its rival Seaway.\n\n' +
    'In a 40-page ruling, the five-judge panel said the takeover would leave passengers on the island routes with no choice of operator.\n\n' +
    'Seaway said it would appeal.';

  it('does not give the whole’s own number as the part', () => {
    expect(ask(article, 'How many of the five judges voted against the takeover?').answered).toBe(false);
  });

  it('still counts what the article counts', () => {
    expect(ask(article, 'How many pages was the ruling?').answer).toContain('40');
  });
});
