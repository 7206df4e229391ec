/**
 * Short answers read off the right sentence: which of its values the question asks for. Invented
 * news prose throughout.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask, askInTurn } from './qa-helpers.js';

describe('a count after “including” is a part of the count before it', () => {
  const article =
    'date 2025-06-02\n\nPORTVILLE — Customs officers searched a bonded warehouse at Portville docks on Monday.\n\n' +
    'Seven people were detained, including three crane drivers, a customs spokesperson said.\n\n' +
    'A fire in the transit shed last winter killed 11 people, including four children.';

  it('answers “how many people” with the whole, not the part named after it', () => {
    const a = ask(article, 'how many people were detained');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Seven');
    expect(a.answer).not.toContain('three');
  });

  it('still answers with the part when the question counts what the part counts', () => {
    expect(ask(article, 'how many crane drivers were detained').answer).toContain('three');
    expect(ask(article, 'how many kids died in the fire').answer).toContain('four');
  });
});

describe('“how much longer”, “how many more years” ask a length of time', () => {
  const article =
    'date 2025-09-01\n\nKELBY — Pupils at Kelby High will stay at school longer from September.\n\n' +
    'From September the school day is to be lengthened by 35 minutes, ending at 4pm, the head said.\n\n' +
    'Two schools in the town have already made the change.\n\n' +
    'A tree surgeon said the braced beech by the gates could stand for another 40 years.';

  it('answers “how much longer” with the length added, not a count', () => {
    const a = ask(article, 'How much longer will the school day be?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('35 minutes');
  });

  it('answers “how many more years” with the years to come', () => {
    const a = ask(article, 'how many more years could the beech stand');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('40 years');
  });
});

describe('a number in a capitalised label counts nothing', () => {
  const article =
    'date 2026-02-10\n\nHALMER — A drug maker has paused a trial of its sleep medicine after two patients fell ill.\n\n' +
    'The Stage 2 study, which began last spring, was testing the pill in 1,300 adults at 45 clinics.\n\n' +
    'The company said results were due in June.';

  it('answers “how many adults were in the study” with the adults, not “2 study”', () => {
    const a = ask(article, 'How many adults were enrolled in the study?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1,300');
  });
});

describe('a time’s bound word is part of the answer to “when”', () => {
  const article =
    'date 2025-10-20\n\nMILLBY — Mill Lane shuts for a week from 3 November while the bridge is mended, the council said.\n\n' +
    'A flood warning for the river stays in force until 6pm Friday.\n\n' +
    'Residents will have to pay for green-waste collections for the first time from 1 April.';

  it('gives “from” with the day a closure starts', () => {
    expect(ask(article, 'when does mill lane shut').answer).toContain('from 3 November');
  });

  it('gives “until” with the hour a warning ends', () => {
    expect(ask(article, 'till when is the flood warning on').answer).toContain('until 6pm');
  });

  it('still reads a time after “from” as the start asked by “when do … start”', () => {
    const a = ask(article, 'when do the green waste charges start');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1 April');
  });
});

describe('“what” as the subject of the question’s verb asks for the sentence’s subject', () => {
  const article =
    'date 2024-07-15\n\nBRENNA — Thousands of dead fish washed up along the River Ollen this week, the water agency said.\n\n' +
    'In 2011 a diesel leak from a goods train wiped out the fish along a stretch upstream.\n\n' +
    'Two days later, the old scout hut in the Eastfield district burned down after fireworks were thrown through a window.\n\n' +
    'The bridge was closed by flooding on Tuesday.\n\n' +
    'A milk tanker spilled diesel near the Ollen roundabout.';

  it('gives the doer of a transitive verb, not the words after it', () => {
    expect(ask(article, 'What wiped out the fish in 2011?').answer).toContain('a diesel leak from a goods train');
  });

  it('gives the subject of an intransitive verb', () => {
    expect(ask(article, 'What burned down in Eastfield?').answer).toContain('the old scout hut');
  });

  it('leaves a passive sentence and an object the sentence gives to the other rules', () => {
    expect(ask(article, 'What closed the bridge?').answer).not.toContain('The bridge');
    expect(ask(article, 'what spilled near the ollen roundabout').answer).not.toBe('A milk tanker');
  });
});

describe('a predicate told before the question’s words: what follows them answers, not the subject', () => {
  const article =
    'date 2025-05-02\n\nELMBURY — A nursing home in Elmbury has been rated inadequate by inspectors, who gave it six months to improve.\n\n' +
    'The harbour town was a rich prize for the raiders, the museum’s curator said.\n\n' +
    'Staff at the home said they would appeal.';

  it('gives the rating, not the home', () => {
    const a = ask(article, 'what rating did it get');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('inadequate');
    expect(ask(article, 'what was it rated').answer).toContain('inadequate');
  });

  it('still gives the subject a “what was …” question describes', () => {
    expect(ask(article, 'What was a rich prize for the raiders?').answer).toContain('harbour town');
  });
});

describe('a body the sentence names with “the” keeps it', () => {
  const article =
    'date 2026-03-03\n\nTARNBY — The complaint was brought by the Civic Rights Trust, a campaign group based in the city.\n\n' +
    'Judge Ada Moll will hear the case in May.';

  it('answers “the Civic Rights Trust”, as written', () => {
    expect(ask(article, 'who brought the complaint').answer).toBe('the Civic Rights Trust');
  });
});

describe('a place’s name goes on to the venue it names', () => {
  const article =
    'date 2025-09-10\n\nASHCOMBE — The under-14 derby kicks off at Marlow Lane recreation ground this weekend.\n\n' +
    'The joint concert is at St Edith’s Church, with tickets at £8.\n\n' +
    'Tarn residents said they would go.';

  it('answers with the whole venue, not the name before its nouns', () => {
    expect(ask(article, 'where is the derby being played').answer).toContain('Marlow Lane recreation ground');
    expect(ask(article, 'Where is the joint concert?').answer).toContain('St Edith’s Church');
  });
});

describe('“where did the club finish in the league?” asks for a placing', () => {
  const article =
    'date 2026-05-20\n\nKELBY — Kelby Rovers ended up seventh in the league last season after a poor winter.\n\n' +
    'The town was ranked 12th of 30 in a survey of high streets.\n\n' +
    'The charity fun run will finish at the harbour wall.';

  it('gives the placing, not a place', () => {
    expect(ask(article, 'Where did Kelby Rovers finish in the league last season?').answer).toBe('seventh');
    expect(ask(article, 'where was the town ranked').answer).toContain('12th');
  });

  it('still gives the place where a race finishes', () => {
    expect(ask(article, 'where will the fun run finish').answer).toContain('harbour wall');
  });
});

describe('the words before a title say which post it is', () => {
  const article =
    'date 2026-02-14\n\nFestival director Ines Calder said ticket sales had doubled.\n\n' +
    'The pier was bought by a consortium led by shipping magnate Olav Brandt.\n\n' +
    'Coastal flood agency chief Rhona Teale said 12 homes had been evacuated.';

  it('gives the whole title, not its last word', () => {
    expect(ask(article, 'who is ines calder').answer).toBe('Festival director');
    expect(ask(article, 'who is olav brandt').answer).toBe('shipping magnate');
    expect(ask(article, 'who is rhona teale').answer).toBe('Coastal flood agency chief');
  });
});

describe('a doctor’s title before the name is part of the name given for a role', () => {
  const article =
    'date 2025-11-03\n\nThe dog weighed less than six kilograms when it was found, said the clinic’s head vet, Dr. Ruth Ames.\n\n' +
    'The clinic opened in 2019.';

  it('answers “who is the head vet” with “Dr. Ruth Ames”', () => {
    expect(ask(article, 'who is the head vet at the clinic').answer).toBe('Dr. Ruth Ames');
  });
});

describe('a claim’s source keeps a doctor’s title as written', () => {
  const article =
    'date 2025-08-08\n\nThe divers recovered fragments of a leather purse, according to Dr. Mina Holt, the museum’s finds officer.\n\n' +
    'The finds will go on show next year.';

  it('answers “according to whom” with “Dr. Mina Holt”', () => {
    expect(ask(article, 'according to who did the divers find a leather purse').answer).toBe('Dr. Mina Holt');
  });
});

describe('a bare “where?” after a “when” question asks where, of the same event', () => {
  const article =
    'date 2025-06-10\n\nA lorry shed its load of gravel at about 7am on Tuesday on Mill Road, near the level crossing, police said.\n\n' +
    'The road was closed for three hours.';

  it('answers with the place, not the time', () => {
    const a = askInTurn(article, 'when did the lorry shed its load', 'where exactly');
    expect(a.intent).toBe('where');
    expect(a.answer).toContain('Mill Road');
  });
});

describe('an unnamed doer after “by” goes on to the name set after it', () => {
  const article =
    'date 2025-03-01\n\nThe allotments were laid out in 1919 on land given by a local miller, Edwin Farrow, to help feed families after the war.\n\n' +
    'There are now 60 plots.';

  it('answers “who gave the land” with the miller’s name', () => {
    const a = ask(article, 'who gave the land');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Edwin Farrow');
  });
});
