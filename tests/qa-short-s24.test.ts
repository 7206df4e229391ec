/**
 * Short answers read off the right sentence: the asked value with what makes it that value, not a
 * neighbouring one or a piece of it. Each case is a general form of English or of news writing,
 * over invented prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a person’s capitalised title is part of the name news writing gives', () => {
  const article =
    'date 2026-04-11\n\nThe new lifeboat was named on Saturday by Professor Mara Quist, who chairs the harbour trust.\n\n' +
    'The town’s mayor, Councillor Owen Tallis, will unveil a plaque on the quay next month.\n\n' +
    'Ms Ruth Penner, a volunteer, said the crew had waited nine years for the boat.';

  it('keeps "Professor" and "Councillor" before the name', () => {
    expect(ask(article, 'who named the lifeboat').answer).toBe('Professor Mara Quist');
    expect(ask(article, 'who will unveil the plaque').answer).toBe('Councillor Owen Tallis');
  });

  it('leaves out a mere courtesy such as "Ms"', () => {
    expect(ask(article, 'who said the crew had waited nine years').answer).toBe('Ruth Penner');
  });
});

describe('a rate or an "each" written right after a value is part of it', () => {
  const article =
    'date 2026-05-02\n\nThe growers say the rare tulip bulbs have sold for up to £80 each at auction.\n\n' +
    'Last spring Dale watered the bed with up to 300 litres a day, he said.\n\n' +
    'The choir travelled 120 miles each way by minibus to reach the festival.';

  it('keeps "each" and "a day" after the amount', () => {
    expect(ask(article, 'how much have the bulbs sold for').answer).toBe('up to £80 each');
    expect(ask(article, 'how much water did Dale give the bed').answer).toBe('up to 300 litres a day');
  });

  it('leaves the "each" of "each way", which belongs to its own noun', () => {
    expect(ask(article, 'how far did the choir travel').answer).toBe('120 miles');
  });
});

describe('the word after a length says how it is measured, and is part of the answer', () => {
  const article =
    'date 2026-06-20\n\nThe new footbridge is around 46 metres long and was lifted into place on Sunday.\n\n' +
    'Its concrete landing stands about 1,200 metres above sea level.\n\n' +
    'Walkers park at a quarry about 12 kilometres north of Dunmere, where the route begins.\n\n' +
    'A cabin for rescuers stands a mere 90 metres away.';

  it('keeps "long" and "above sea level"', () => {
    expect(ask(article, 'how long is the footbridge').answer).toBe('around 46 metres long');
    expect(ask(article, 'how high is the concrete landing').answer).toBe('about 1,200 metres above sea level');
  });

  it('keeps a direction with the place it is measured from', () => {
    expect(ask(article, 'how far is the quarry from Dunmere').answer).toBe('about 12 kilometres north of Dunmere');
  });

  it('keeps "away", and still answers a question that asks "how far away"', () => {
    const a = ask(article, 'how far away is the rescuers’ cabin');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('90 metres away');
  });
});

describe('a value written as one end of a range, or one side of a size, comes with the other', () => {
  const article =
    'date 2026-07-08\n\nEngineers say rebuilding the sea wall could cost between £60,000 and £90,000.\n\n' +
    'The old boathouse measures about 9 metres by 4 metres.\n\n' +
    'Two brothers, aged 71 and 67, have run the ferry since 1980.\n\n' +
    'The ferry company cut its timetable from 12 crossings to eight crossings last winter.';

  it('gives both ends of "between … and …"', () => {
    expect(ask(article, 'how much could rebuilding the sea wall cost').answer).toBe('between £60,000 and £90,000');
  });

  it('gives both sides of a size and both ages of a pair', () => {
    expect(ask(article, 'how big is the boathouse').answer).toBe('about 9 metres by 4 metres');
    expect(ask(article, 'how old are the brothers').answer).toBe('aged 71 and 67');
  });

  it('leaves a change from one value to another apart', () => {
    expect(ask(article, 'how many crossings are there now').answer).not.toContain('12');
  });
});

describe('a count of a part answers before the count of its whole', () => {
  const article =
    'date 2026-08-14\n\nThe lifeboat crew said 12 of the yacht’s 15 passengers had been lifted to safety by helicopter.\n\n' +
    'Of the 30 stalls booked for the fair, eight were left empty because of the rain.\n\n' +
    'Wardens counted 40 nests in May, and 11 of them failed before the chicks fledged.\n\n' +
    'Twenty people needed hospital treatment, three of them for burns.';

  it('answers "how many of …" with the part, written with its whole', () => {
    expect(ask(article, 'how many of the yacht’s passengers were lifted to safety').answer).toBe('12 of the yacht’s 15 passengers');
    expect(ask(article, 'how many of the nests failed').answer).toBe('11');
  });

  it('reads a whole opening its sentence ("Of the 30 stalls …, eight …")', () => {
    expect(ask(article, 'how many stalls were left empty').answer).toBe('eight');
    expect(ask(article, 'how many stalls were booked in total').answer).toContain('30');
  });

  it('leaves a part with no verb of its own, which only says more of the whole', () => {
    expect(ask(article, 'how many people were taken to hospital').answer).toBe('Twenty people');
  });
});

describe('a clock time with "pm" closing its sentence', () => {
  it('gives the whole time, not its minutes and the full stop', () => {
    const article = 'date 2026-01-20\n\nThe council said the breakfast club would stay in the village hall and the homework club would run at the library until 6.45pm.';
    expect(ask(article, 'till what time does the homework club run').answer).toBe('until 6.45pm');
  });
});

describe('a clock time and its day, joined by "on" or "at", are one time', () => {
  const article =
    'date 2026-03-03\n\nThe ferry will sail again at 6 a.m. on Thursday, the operator said.\n\n' +
    'A public meeting about the harbour will be held in the village hall on 12 March at 7.30pm.';

  it('gives the day with the clock time, and the clock time with the day', () => {
    expect(ask(article, 'when will the ferry sail again').answer).toContain('6 a.m. on Thursday');
    expect(ask(article, 'when is the public meeting').answer).toContain('12 March at 7.30pm');
  });
});

describe('"how long" answered by a time: the end of a span, with the word that makes it one', () => {
  const article =
    'date 2026-09-09\n\nThe coast road will stay closed until at least Thursday while engineers check the cliff.\n\n' +
    'The library will remain shut through Saturday, the council said.';

  it('keeps "until at least" and "through" before the day', () => {
    expect(ask(article, 'how long will the coast road stay closed').answer).toContain('until at least Thursday');
    expect(ask(article, 'how long will the library be shut').answer).toContain('through Saturday');
  });
});

describe('words that set a value’s sign or make it a bound are part of it', () => {
  const article =
    'date 2026-12-04\n\nOvernight the temperature in the valley dropped to minus 7.5 degrees Celsius, forecasters said.\n\n' +
    'The regulator told the water company to send it a written explanation within 21 days.\n\n' +
    'The mayor said the new bus lanes could cut journey times by as much as 15%.';

  it('keeps "minus" before a temperature', () => {
    expect(ask(article, 'how cold did it get in the valley').answer).toBe('minus 7.5 degrees Celsius');
  });

  it('keeps "within" and "as much as"', () => {
    expect(ask(article, 'how long does the water company have to send its explanation').answer).toBe('within 21 days');
    expect(ask(article, 'by how much could the bus lanes cut journey times').answer).toBe('as much as 15%');
  });
});

describe('a word for part of a year, or for a time only near it, stays with the year', () => {
  const article =
    'date 2026-02-10\n\nThe rebuilt pier is due to reopen in late 2027, the council said.\n\n' +
    'Records suggest the first chapel on the site was built around 1410.';

  it('keeps "late" and "around"', () => {
    expect(ask(article, 'when will the pier reopen').answer).toBe('late 2027');
    expect(ask(article, 'when was the first chapel built').answer).toBe('around 1410');
  });
});

describe('the end of a change counts what its start counts', () => {
  const article =
    'date 2026-05-19\n\nThe club plans to enlarge the ground from 8,000 seats to 12,500 by 2028.\n\n' +
    'To save money, the museum cut its weekend staff from six attendants to three last year.';

  it('answers with the new value, though only the old one names the noun', () => {
    expect(ask(article, 'how many seats will the ground have after it is enlarged').answer).toBe('12,500');
    expect(ask(article, 'how many weekend attendants does the museum have now').answer).toContain('three');
  });
});

describe('a measure written as one hyphenated adjective is given with its noun', () => {
  it('answers "a 25-metre section", not "25-metre"', () => {
    const article = 'date 2026-10-02\n\nHeavy rain on Tuesday washed away a 25-metre section of the canal towpath near the lock.';
    expect(ask(article, 'how much of the towpath was washed away').answer).toBe('a 25-metre section');
  });
});

describe('"until when" asks for the time that closes the span', () => {
  it('answers with the time after "until", not another of the sentence', () => {
    const article = 'date 2026-04-30\n\nThe old signal box, built beside the line in 1898, was used until 1986 and now houses a small museum.';
    expect(ask(article, 'until when was the old signal box used').answer).toContain('1986');
  });
});
