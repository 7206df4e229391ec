import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText } from '../src/engine.js';
import { describedEntity, referentsOf } from '../src/qa/definite.js';
import { askedEntities } from '../src/qa/entities.js';

const rocket = knowledgeBaseFromText(
  'rocket.txt',
  `date 2025-01-22

A rocket carrying a new weather satellite exploded less than two minutes after lift-off on Tuesday.

The Corvid-2 rocket, built by the private company Halcyon Launch Systems, lifted off at 14:32 from the Skelda Point spaceport.

The rocket then began to tilt sharply to the east and was destroyed at an altitude of 14 kilometres.

A University of Aldmoor spokesperson said the company had not commented.`,
);

const classesOf = (name: string): string[] => {
  const [article] = rocket.articles;
  const entry = [...referentsOf(rocket, article).classes].find(([f]) => f.name === name);
  return entry ? [...entry[1]] : [];
};

describe('definite descriptions', () => {
  it('learns what the article calls an entity: a noun against its name, and its name’s head', () => {
    expect(classesOf('Corvid-2')).toContain('rocket');
    expect(classesOf('Halcyon Launch Systems')).toContain('company');
    expect(classesOf('Skelda Point')).toContain('spaceport');
    // "a University of Aldmoor spokesperson" is a person of the university, not the university.
    expect(classesOf('University of Aldmoor')).not.toContain('spokesperson');
  });

  it('reads "the rocket" and "the company" later on as mentions of the entity named before', () => {
    const [article] = rocket.articles;
    const { described } = referentsOf(rocket, article);
    const of = (name: string): number[] => [...described].find(([f]) => f.name === name)?.[1] ?? [];
    expect(of('Corvid-2')).toEqual([2]);
    expect(of('Halcyon Launch Systems')).toEqual([3]);
    expect(describedEntity(rocket, article, 'rocket')?.name).toBe('Corvid-2');
  });

  it('links a lead’s unnamed thing to the name that opens the next sentence', () => {
    const ferry = knowledgeBaseFromText(
      'ferry.txt',
      `date 2025-10-14

More than 300 passengers were rescued from a ferry that ran aground in a storm on Sunday.

The Ostrava Spirit, operated by Nordhavn Lines, was sailing to Hellmo when it struck rocks.

The ferry’s captain, Henrik Lavaud, stayed on board until everyone had been taken off.

Nordhavn Lines said it would pay for passengers’ accommodation.`,
    );
    const a = answerQuestion(ferry, 'Who was the captain of the Ostrava Spirit?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Henrik Lavaud');
  });

  it('reads "the 18-kilometre line links …" as a mention of the line, though wink tags "links" a noun', () => {
    const metro = knowledgeBaseFromText(
      'metro.txt',
      `date 2026-09-12

Calvera's first driverless metro line opened to passengers on Saturday.

The first train on the Green Line left Harbour Square station at 5:45 in the morning.

The 18-kilometre line links the city's airport with the university district and has 14 stations.`,
    );
    const a = answerQuestion(metro, 'How long is the Green Line?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('18-kilometre');
    // The lead tells of the line by its noun alone; the next sentence names it.
    const opened = answerQuestion(metro, 'When did the Green Line open?');
    expect(opened.answered).toBe(true);
    expect(opened.answer).toContain('Saturday');
  });

  it('links no company to a lead on one of its plants', () => {
    const spill = knowledgeBaseFromText(
      'spill.txt',
      `date 2025-07-09

A chemical leak from a fertiliser plant has killed more than 30,000 fish in the River Trell.

The Hestra Chemicals plant, which employs 400 people, was shut on Tuesday.`,
    );
    const [article] = spill.articles;
    const described = [...referentsOf(spill, article).described].find(([f]) => f.name === 'Hestra Chemicals')?.[1] ?? [];
    expect(described).not.toContain(0);
  });
});

describe('a definite description in the question', () => {
  const kb = knowledgeBaseFromText(
    'agency.txt',
    `date 2025-01-22

A rocket exploded after lift-off on Tuesday, the Esterlund National Space Agency (ENSA) said.

The agency said the Corvid-2 rocket had been insured.

The cost of the launch was 64 million dollars, government figures show.

ENSA has appointed Hedda Langvik, a former chief engineer at the agency, to lead an inquiry.`,
  );

  it('takes "the rocket" for the one entity the article calls so', () => {
    expect(askedEntities(kb, 'What did the agency say about insurance?').map((e) => e.fact.name)).toContain('Esterlund National Space Agency');
    expect(askedEntities(kb, 'Was the rocket insured?').map((e) => e.fact.name)).toEqual(['Corvid-2']);
    expect(askedEntities(kb, 'Who built the Corvid-2 rocket?').map((e) => e.fact.name)).toEqual(['Corvid-2']);
    expect(askedEntities(kb, 'Has the chief engineer spoken?').map((e) => e.fact.name)).toEqual(['Hedda Langvik']);
    expect(askedEntities(kb, 'What did the government say?').map((e) => e.fact.name)).toEqual([]);
    expect(answerQuestion(kb, 'Who will lead the agency’s inquiry?').answer).toContain('Hedda Langvik');
  });

  it('takes the head of "the quarry worker" for who is meant, not its modifier', () => {
    const find = knowledgeBaseFromText(
      'find.txt',
      'date 2025-04-10\n\nThe species is named after Helga Vintner, the quarry worker who spotted the first bones at the Stavel quarry.\n\nThe museum is exhibiting the skull.\n\nVintner received 25,000 francs for her discovery.',
    );
    expect(askedEntities(find, 'How much was the quarry worker paid for the find?').map((e) => e.fact.name)).toEqual(['Helga Vintner']);
    expect(answerQuestion(find, 'How much was the quarry worker paid for the find?').answer).toContain('25,000 francs');
  });
});

describe('descriptions of an organisation, and what they refer to', () => {
  const airline = knowledgeBaseFromText(
    'airline.txt',
    `date 2025-02-19

Skyrell, one of the country’s biggest budget airlines, collapsed into administration on Wednesday.

The government said it would fly stranded passengers home. The flights will be free for anyone holding a Skyrell ticket, he said.

The airline stopped trading at 4am, according to the administrators.

Built in 1971, the six-lane steel bridge is 480 metres long and carries 30,000 vehicles a day, according to the Roads Agency.

A 25-metre section of the Tarrow Bridge fell into the river.`,
  );
  const [article] = airline.articles;
  const nameOf = (name: string) => airline.facts.find((f) => f.type === 'name' && f.name === name);

  it('reads "X, one of the country’s biggest airlines," as a description, and a speech tag’s "he" as no person', () => {
    expect(airline.facts).toContainEqual(expect.objectContaining({ type: 'role', subject: 'Skyrell', description: 'one of the country’s biggest budget airlines' }));
    expect(nameOf('Skyrell')).toMatchObject({ kind: 'organisation' });
    expect(describedEntity(airline, article, 'airline')?.name).toBe('Skyrell');
  });

  it('answers about a name from a sentence that calls it by its description', () => {
    const a = answerQuestion(airline, 'What time did Skyrell stop operating?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('4am');
  });

  it('finds the head past a hyphenated modifier: "the six-lane steel bridge"', () => {
    const later = knowledgeBaseFromText(
      'bridge.txt',
      `date 2025-08-14

A 25-metre section of the Tarrow Bridge fell into the river on Wednesday.

Built in 1971, the six-lane steel bridge is 480 metres long, officials said.`,
    );
    const of = [...referentsOf(later, later.articles[0]).described].find(([f]) => f.name === 'Tarrow Bridge')?.[1];
    expect(of).toEqual([1]);
  });

  it('does not take the source of a claim ("according to the Roads Agency") for who did it', () => {
    const a = answerQuestion(airline, 'Which company built the six-lane bridge in 1971?');
    expect(a.answered).toBe(false);
  });
});

describe('an acronym the article never writes', () => {
  const kb = knowledgeBaseFromText(
    'displaced.txt',
    `date 2025-09-19

Fighting in the east of Marrow has driven thousands from their homes.

The United Nations refugee agency says more than 1.2 million people have been forced from their homes inside Marrow.`,
  );

  it('takes "the UN" for the one name with those initials', () => {
    expect(askedEntities(kb, 'How many people are displaced according to the UN?').map((e) => e.fact.name)).toContain('United Nations');
    const a = answerQuestion(kb, 'How many people are displaced according to the UN?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1.2 million');
  });
});

describe('a title in other words', () => {
  it('takes "the transportation minister" for the Transport Minister', () => {
    const kb = knowledgeBaseFromText(
      'minister.txt',
      `date 2025-08-14

Transport Minister Anneliese Korbin visited the site on Thursday.

“Families deserve to know how this could happen,” Korbin told reporters at the scene.`,
    );
    expect(askedEntities(kb, 'What did the transportation minister tell reporters?').map((e) => e.fact.name)).toEqual(['Anneliese Korbin']);
    expect(answerQuestion(kb, 'What did the transportation minister tell reporters?').answer).toContain('Families deserve to know');
  });
});
