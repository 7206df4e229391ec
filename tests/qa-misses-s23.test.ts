/**
 * Rates, shorthand and other forms read off a new batch's misses: each case is a general form of
 * English the engine reads, over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { matchIntent } from '../src/qa/intents.js';
import { askInline as ask } from './qa-helpers.js';

describe('"how often": a rate of recurrence, not whatever follows the question’s words', () => {
  const article =
    'date 2025-10-02\n\nThe 12 bus, which runs four times a day between Arden and the village of Colby, will stop in March, the operator said.\n\n' +
    'The operator said the route had lost money since a council grant ended in 2023.\n\n' +
    'Riders complained about late buses "roughly once a month", the council said, and inspectors now check the timetable every six weeks.\n\n' +
    'On the last day the church bell in Colby will ring 12 times.';

  it('reads "how often" and "how frequently" as their own rule', () => {
    expect(matchIntent('how often does the bus run').rule.name).toBe('how-often');
    expect(matchIntent('how frequently do the trains run').rule.name).toBe('how-often');
  });

  it('answers with the rate the sentence gives', () => {
    expect(ask(article, 'how often does the 12 bus run').answer).toBe('four times a day');
    expect(ask(article, 'how often did riders complain').answer).toBe('once a month');
    expect(ask(article, 'how frequently do inspectors check the timetable').answer).toBe('every six weeks');
  });

  it('takes "three evenings a week" as a rate too', () => {
    const a = ask('date 2025-10-02\n\nThe Colby under-12 team trains three evenings a week at the leisure centre, its coach said.', 'how often does the team train');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('three evenings a week');
  });
});

describe('phrases that mean one plain verb, and a period asked "how far in advance"', () => {
  const article =
    'date 2026-02-14\n\nA young otter found injured on a riverbank near Colby has been released at Hart Pool after eight weeks at the Brenn Wildlife Trust.\n\n' +
    'The trust said caring for an otter costs about £1,500, mostly for food and vets’ fees.\n\n' +
    'The trust is currently looking after 11 otters, the most in its history.\n\n' +
    'Visitors to its open day must book at least 48 hours in advance.';

  it('"let go" is released and "look after" is caring for', () => {
    expect(ask(article, 'where was the otter let go').answer).toContain('Hart Pool');
    expect(ask(article, 'how much does it cost to look after an otter').answer).toContain('£1,500');
  });

  it('"rn" is chat shorthand for now', () => {
    const a = ask(article, 'how many otters has the trust got rn');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('11');
  });

  it('"how far in advance" asks for a period of time, not a distance', () => {
    expect(matchIntent('how far in advance do you have to book').rule.intent).toBe('how-long');
    expect(ask(article, 'how far in advance do visitors have to book').answer).toContain('48 hours');
  });
});

describe('"a 96-page guide": a number joined to a noun counts that noun', () => {
  const article = 'date 2026-03-02\n\nThe society has published a 96-page guide to the village, written by Ann Shaw from old photographs and parish records.';

  it('declines "how many copies were printed" instead of answering with the pages', () => {
    const a = ask(article, 'how many copies of the guide have been printed');
    expect(a.answered).toBe(false);
  });

  it('still answers "how many pages" with it, and counts "Thirty-two pupils" as pupils', () => {
    expect(ask(article, 'how many pages is the guide').answer).toContain('96-page');
    const kids = ask('date 2025-02-02\n\nThirty-two pupils have caught chickenpox in Arden, health officials said.', 'how many kids have caught chickenpox');
    expect(kids.answer).toContain('Thirty-two pupils');
  });
});

describe('"what did the keepers name her": the name given to one a pronoun points back to', () => {
  it('reads the question as asking for a name', () => {
    expect(matchIntent('what did the rescuers name her').rule.name).toBe('name-of');
    expect(matchIntent('what is she called').rule.name).toBe('name-of');
    expect(matchIntent('what did the rescuers find').rule.name).not.toBe('name-of');
  });

  it('answers with the name the sentence gives', () => {
    const article =
      'date 2026-02-10\n\nA hedgehog taken in underweight last autumn went back to the wild on Sunday after a winter at the Arden animal shelter.\n\n' +
      'The young male, named Bramble by the volunteers who nursed him, was set free in Colby Woods.';
    expect(ask(article, 'what did the volunteers name him').answer).toBe('Bramble');
  });
});

describe('"what time": an hour, which a day with no part of it told does not give', () => {
  const article =
    'date 2025-10-02\n\nThe 12 bus between Arden and the village of Colby will leave Colby for the last time on Friday 12 March, the operator said.\n\n' +
    'Passenger numbers have fallen by half since 2019.';

  it('declines "what time does the van get to Colby" where only the day is given', () => {
    const van = 'date 2026-01-12\n\nThe county’s mobile library will be withdrawn in March.\n\nMavis Orde, 79, from the village of Colby, has used the van every other Thursday since 1991.';
    expect(ask(van, 'what time does the van get to Colby').answered).toBe(false);
  });

  it('still answers with a clock time, or a day with its part ("late on Sunday")', () => {
    const timed = article.replace('on Friday 12 March', 'at 6.40pm on Friday 12 March');
    expect(ask(timed, 'what time does the last bus leave Colby').answer).toContain('6.40pm');
    const late = 'date 2025-10-02\n\nStorm Bella made landfall near Arden late on Sunday, the weather service said.';
    expect(ask(late, 'what time did the storm make landfall').answered).toBe(true);
  });
});

describe('"when’s the last bus": the question’s "last" is of the bus, not a "last year" to echo', () => {
  const article =
    'date 2025-10-02\n\nThe operator of the 12 bus between Arden and Colby said it would withdraw the route.\n\n' +
    'Passenger numbers on the 12 bus dropped to about 38,000 last year, the operator said.';

  it('declines rather than answer with "last year"', () => {
    expect(ask(article, "when's the last bus").answered).toBe(false);
  });

  it('still answers "when did passenger numbers fall" with it', () => {
    expect(ask(article, 'when did passenger numbers on the 12 bus fall').answer).toContain('last year');
  });
});

describe('"who is the boss at Fellmark": a person described by a role at a body, asked by name', () => {
  it('answers with the person the role is given to, not with what a sentence says of something else', () => {
    const article =
      'date 2025-10-02\n\nFellmark Ferries said on Tuesday that its Arden to Colby crossing, which sails four times a day, will be withdrawn at the end of the year.\n\n' +
      'Ticket sales on the crossing have dropped from about 60,000 a year to fewer than 35,000, according to figures from Fellmark Ferries.\n\n' +
      'Fellmark’s managing director, Dana Rowe, said the choice had been "painful for everyone".\n\n' +
      '"We cannot go on losing £80,000 a year on one crossing," she said.';
    const a = ask(article, 'who is the boss at fellmark');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Dana Rowe');
  });
});

describe('"what is Ann Orde’s dog called": a name asked of what a named person owns', () => {
  const article =
    'date 2026-02-10\n\nAn injured owl found on a footpath near Arden has been released after a month of care.\n\n' +
    'It was found by a dog walker, Ann Orde, 47, who said: "It could not fly and one wing hung down at a strange angle."';

  it('reads it as asking for a name', () => {
    expect(matchIntent("what is ann orde's dog called").rule.name).toBe('name-of');
  });

  it('declines where the article gives the dog no name, instead of answering with words after hers', () => {
    expect(ask(article, "what is Ann Orde's dog called").answered).toBe(false);
  });
});

describe('"does the bus run on Sundays?": the asked day must be written in the sentence', () => {
  const article =
    'date 2025-10-02\n\nThe 12 service, which leaves Arden four times a day for the village of Colby, will stop in November, the council said.\n\n' +
    'The Colby market is held on Saturdays.';

  it('declines where the sentence tells of days but not of Sundays', () => {
    expect(ask(article, 'does the 12 run on sundays').answered).toBe(false);
  });

  it('still answers where the day is written', () => {
    expect(ask(article, 'is the colby market held on saturdays').answered).toBe(true);
  });
});

describe('"Ann and Tom Reyes, both 68,": an age set off after a name says how old, not who', () => {
  const article =
    'date 2025-06-10\n\nThe Arden choir will sing in its twin town of Montverre for the first time since 1990.\n\n' +
    'Among its singers are Ann and Tom Reyes, both 68, who joined the choir after moving back to Arden in 1999.';

  it('does not answer "what job did Tom Reyes do" with "both 68"', () => {
    expect(ask(article, 'what job did Tom Reyes do').answer).not.toBe('both 68');
  });
});

describe('"How many jobs did it cut in 2016?": a figure dated "the following year" is another year’s', () => {
  const article =
    'date 2026-05-10\n\nThe drug maker Corvel said on Monday it had halted a trial of its sleep pill.\n\n' +
    'The failure echoes the 2016 withdrawal of a cough syrup made by Tarrow Labs. Tarrow, at the time the region’s biggest employer, cut 1,100 jobs the following year.';

  it('declines the asked year’s count', () => {
    expect(ask(article, 'How many jobs did Tarrow cut in 2016?').answered).toBe(false);
  });
});

describe('"who made the screen?": a sentence from which no one is read is no answer to who', () => {
  const article =
    'date 2026-01-20\n\nA storm tore the roof off Colby’s village chapel on Sunday night, its warden said.\n\n' +
    'The chapel, which opened in 1861, also lost a carved oak screen given by a retired joiner in 1962.';

  it('declines instead of answering with the whole sentence', () => {
    const a = ask(article, 'who made the carved oak screen');
    expect(a.answered).toBe(false);
  });
});

describe('"which rival did it try to buy?": the words that merely follow the question’s name no one', () => {
  const article =
    'date 2026-02-10\n\nThe drug maker Orvel said on Tuesday its profit fell by a fifth last year.\n\n' +
    'Orvel tried to buy a competitor in 2024. Cheaper copies sold by at least four rival firms have cut its price by a third since then.';

  it('declines instead of answering with the words after "tried to"', () => {
    expect(ask(article, 'which rival did orvel try to take over').answered).toBe(false);
  });
});
