/**
 * Batch 57 misses: general mechanisms of English and of news writing, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('“where does X live” reads the home news gives after a name and age', () => {
  const article =
    'date 2026-02-14\n\nTwo brothers who stole copper cable from a railway depot have been given suspended sentences.\n\n' +
    'Martin Hale, 38, of Orchard Way, Pelling, and his brother Craig Hale, 33, of Tanyard Lane, Brookmere, admitted theft at Castleford Crown Court.\n\n' +
    'The cable, worth about £12,000, was sold to a scrap dealer in the town.';

  it('answers where the younger brother lives with his own address, not his brother’s', () => {
    const a = ask(article, 'where does Craig Hale live');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tanyard Lane');
    expect(a.answer).not.toContain('Orchard Way');
  });

  it('answers where the elder brother lives', () => {
    const a = ask(article, 'Where does Martin Hale live?');
    expect(a.answer).toContain('Orchard Way');
  });
});

describe('“so” without its “that” before a subject and a modal gives a purpose', () => {
  const article =
    'date 2026-05-02\n\nA new bandstand has opened in Holloway Park after a two-year wait.\n\n' +
    '"The volunteers turned the stage round so it would face the lake at sunset, and everyone loved it," organiser Ruth Ambler said.\n\n' +
    'Electrician Sam Oduya, 39, fitted each kiosk with a heater so the wooden boards stay dry in winter, when frost is common.\n\n' +
    'The first concert, by the Holloway Silver Band, drew about 400 people.';

  it('answers why the stage was turned round with the purpose clause alone', () => {
    const a = ask(article, 'why did the volunteers turn the stage round');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('face the lake');
    expect(a.answer).not.toContain('volunteers');
  });

  it('answers why the kiosks need a heater with what it keeps so', () => {
    const a = ask(article, 'why do the kiosks need a heater');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('dry in winter');
  });
});

describe('“where was its office” reads the place phrase right after the asked noun', () => {
  const article =
    'date 2025-10-20\n\nA removals firm has ceased trading, leaving dozens of customers with their furniture in storage.\n\n' +
    'Kestrel Removals, which had its depot behind a garage in Fennel Street, told staff on Friday that it could no longer pay them.\n\n' +
    'About 70 customers had goods in its storage units, the administrators said.';

  it('answers where the depot was with the phrase after “depot”', () => {
    const a = ask(article, 'where was their depot');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('behind a garage in Fennel Street');
  });

  it('declines a question naming the kind of place when only a phrase is given', () => {
    expect(ask(article, 'which country was their depot in').answer).not.toContain('behind a garage');
  });
});

describe('“nicked” is the everyday word for stolen', () => {
  const article =
    'date 2026-01-09\n\nA man has been jailed for stealing 38 bicycles from railway stations across the county.\n\n' +
    'Gary Pendle, 41, took the bikes over six weeks and sold them online, Dunmore Crown Court heard.\n\n' +
    'Only nine of the bicycles have been returned to their owners.';

  it('answers how many bikes were nicked with the stolen count', () => {
    const a = ask(article, 'how many bicycles were nicked');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('38');
  });
});

describe('a word the question negates is told by its “un-” form', () => {
  const article =
    'date 2026-03-02\n\nA council has defended its parking enforcement after complaints from traders.\n\n' +
    'Wardens issued 412 parking fines in the town centre during the autumn, more than double the year before.\n\n' +
    'By the new year 61 of those fines remained unpaid, the figures show.\n\n' +
    'The council said the money would be spent on road repairs.';

  it('answers how many fines have not been paid with the unpaid count, surely', () => {
    const a = ask(article, 'how many of the fines haven’t been paid');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('61');
    // ("unpaid" is the question's "not paid", not a word merely near it.)
    expect(a.confidence).toBeGreaterThan(0.6);
  });
});

describe('“£20k” in a question is the £20,000 news spells out', () => {
  const article =
    'date 2026-04-11\n\nA village cricket club has raised enough money to replace its flooded pavilion.\n\n' +
    'The appeal opened on a Monday morning and reached its first goal of £15,000 in six days.\n\n' +
    'The money, together with a £40,000 grant from the county sports board, will cover the building work.\n\n' +
    'Club captain Omar Reddy, 35, said the first match in the new pavilion would be held in June, and that the club hoped to hit its second target by then.';

  it('answers how fast they hit £15k with the time it took', () => {
    const a = ask(article, 'how quickly did they hit the first £15k');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('six days');
  });
});

describe('“how many people live in” a place is told by its residents, not by those something happened to', () => {
  const article =
    'date 2025-12-03\n\nA storm has cut power to villages across the valley for a second night.\n\n' +
    'Engineers said Harnby, which has about 2,300 residents, could be without electricity until Friday.\n\n' +
    'Police evacuated about 400 residents of Lower Mossley after the river burst its banks.';

  it('answers how many people live in Harnby with its residents', () => {
    const a = ask(article, 'How many people live in Harnby?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2,300');
  });

  it('does not read another place’s residents as the asked town’s population', () => {
    const other =
      'date 2025-12-03\n\nA storm has cut power to villages across the valley for a second night.\n\n' +
      'After the bridge at Dunford closed, volunteers said that thousands of Carrow residents had lost power, and that the town of Dunford was cut off.\n\n' +
      'Engineers said the lines could be repaired by Friday.';
    expect(ask(other, 'How many people live in Dunford?').answered).toBe(false);
  });

  it('does not read evacuated residents as the population of Lower Mossley', () => {
    expect(ask(article, 'How many people live in Lower Mossley?').answer).not.toContain('400');
  });
});

describe('in court news, admitting a charge is pleading guilty to it', () => {
  const article =
    'date 2026-02-20\n\nA builder who dumped rubble on farmland has been fined.\n\n' +
    'Keith Marlow, 52, of Station Road, Ashcombe, was ordered to pay £3,400 at Hadley Magistrates’ Court after admitting three counts of illegal waste disposal at an earlier hearing.\n\n' +
    'The council said the clean-up had taken four days.';

  it('answers what he pleaded guilty to with the charges admitted', () => {
    const a = ask(article, 'what did he plead guilty to');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('illegal waste disposal');
  });
});

describe('a question asking no rate takes a one-off sum over a running cost', () => {
  const article =
    'date 2026-03-15\n\nA village has opened a community fridge to cut food waste.\n\n' +
    'The fridge, run by the volunteer group Waste Less Wenby, cost £2,150 and was paid for by a raffle, a sponsored swim across Wenby reservoir and a £900 grant from the Ashdown Rural Fund.\n\n' +
    'Organiser Beth Carrow said the fridge would be cleaned every morning by a team of 10 volunteers, and that electricity and repairs would cost about £400 a year.';

  it('answers how much the whole thing cost with the one-off sum', () => {
    const a = ask(article, 'how much did the whole thing cost?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('£2,150');
  });

  it('still answers a yearly cost when a rate is asked', () => {
    expect(ask(article, 'how much will it cost each year?').answer).toContain('£400');
  });
});
