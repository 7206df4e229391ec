/**
 * How-many, how-much and why questions answered from invented news prose: each case is a general
 * form of English the engine reads, never an article's own words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText } from '../src/engine.js';
import { askInline as ask } from './qa-helpers.js';

describe('how many people: a count of people named by their field of work', () => {
  const article =
    'date 2025-10-02\n\n' +
    'Researchers have uncovered a Bronze Age burial ground beside a motorway building site near the town of Relvik, the regional heritage office said on Thursday.\n\n' +
    'A team of 35 archaeologists has been working at the dig site since April.\n\n' +
    'The graves hold pottery, bronze pins and the remains of at least nine people.';

  it('"how many people are on the team" is answered by "a team of 35 archaeologists"', () => {
    const a = ask(article, 'How many people are on the dig team?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('35 archaeologists');
  });
});

describe('why: a thing that hinders the asked act', () => {
  const article =
    'date 2025-03-05\n\n' +
    'A climber who fell into a crevasse on the Veller glacier was found alive on Wednesday after three days, mountain rescuers said.\n\n' +
    'Thick fog grounded rescue helicopters on Monday and Tuesday, and teams searched the glacier on foot.\n\n' +
    'The man, 34, was taken to hospital in Arnsdal with a broken leg.';

  it('"why couldn\'t the helicopters fly" is answered by the subject of "grounded" ("Thick fog")', () => {
    const a = ask(article, "Why couldn't the helicopters fly on Monday and Tuesday?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Thick fog');
  });

  it('gives no company that grounds its own fleet as the reason', () => {
    const a = ask('date 2025-03-05\n\nThe airline Skelvair grounded all of its planes on Monday and Tuesday.\n\nThe company said flights would resume on Friday.', "Why couldn't the planes fly on Monday and Tuesday?");
    expect(a.answer).not.toContain('Skelvair');
  });
});

describe('how big: a size is given by an area or a length, not by an untied count', () => {
  const article = readFileSync(new URL('./fixtures/articles/dornfeld-factory-closure-2026-03.txt', import.meta.url), 'utf8');

  it('"how big is the factory site" is answered by "the 22-hectare site", not by the lead\'s "cutting 1,150 jobs"', () => {
    const a = ask(article, 'How big is the factory site?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('22-hectare');
  });

  it('"how big a fine" still asks for a sum or a share by its noun', () => {
    const a = ask('date 2025-06-03\n\nRegulators could fine the water company up to 3 percent of its annual turnover, the ministry said.\n\nAbout 40,000 homes were told to boil their water.', 'How big a fine could the company face?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('3 percent');
  });
});

describe('why: a clause opened by "as" after the asked event', () => {
  const article =
    'date 2025-02-12\n\n' +
    'The drug maker Velsar reported on Wednesday a sharp drop in fourth-quarter earnings and said it would cut 600 jobs.\n\n' +
    'Net profit fell 40 percent to 210 million crowns as cheaper copies of its best-selling heart drug ate into sales.\n\n' +
    'Shares in Velsar closed 3 percent lower.';

  it('"why did net profit fall" is answered by "as cheaper copies … ate into sales"', () => {
    const a = ask(article, 'Why did net profit fall?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('cheaper copies');
  });

  it('reads no clause into "known as" or "as big as"', () => {
    const a = ask('date 2025-02-12\n\nThe new bridge, known as the Silver Arch, is nearly as long as the old one.\n\nIt opened on Monday.', 'Why did the new bridge open?');
    expect(a.answered).toBe(false);
  });

  it('gives way to a reason given outright close behind', () => {
    const article = readFileSync(new URL('./fixtures/articles/brackwater-rate-decision-2025-09.txt', import.meta.url), 'utf8');
    const a = ask(article, 'Why did the committee decide to raise rates?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('price rises were spreading');
  });
});

describe('how many: a noun of instances counts what its "of" names', () => {
  it('"how many bribery charges" is answered by "six counts of bribery"', () => {
    const a = ask(
      "date 2026-02-20\n\nA court in Marvik on Friday convicted the city's former housing director, finding Paul Edder, 58, guilty on six counts of bribery and one count of fraud.\n\nEdder, who denied the charges, will be sentenced next month.",
      'How many bribery charges was he found guilty on?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('six counts');
  });
});

describe('why: what one is punished for, an adverb before the act', () => {
  it('reads "fined … for quietly cutting …" as the reason for the fine', () => {
    const story = knowledgeBaseFromText(
      'juice.txt',
      'date 2026-03-10\n\nThe juice maker Oldfield Press was fined 1.2 million euros on Tuesday for quietly cutting the fruit content of its best-selling drinks while keeping prices unchanged, the food standards agency said.\n\nThe company said it would appeal.\n\nShoppers said the fine was too small.',
    );
    const a = answerQuestion(story, 'Why was Oldfield Press fined?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^quietly cutting the fruit content/);
  });
});

describe('how many per hour: a value at the asked rate', () => {
  it('outweighs a count close to the asked verb that has no rate', () => {
    const story = knowledgeBaseFromText(
      'gondola.txt',
      'date 2026-03-10\n\nThe town council of Sella approved a gondola lift to the ski slopes on Monday.\n\nThe lift will have 40 cabins, each carrying up to eight passengers, and is designed to move 2,400 people an hour up the mountain.\n\nIt is expected to open in December.',
    );
    const a = answerQuestion(story, 'How many passengers can the lift carry per hour?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2,400');
  });
});

describe('how old: the age of what a person owns', () => {
  it('is not the owner’s age', () => {
    const story = knowledgeBaseFromText(
      'dogs.txt',
      'date 2026-03-10\n\nDog owners recover faster after knee surgery, a hospital study has found.\n\nThe 71-year-old retired postman Aarne Lehtola, from the village of Kurki, said his spaniel, Ruska, got him walking again within a week.\n\nThe study followed 900 patients over two years.',
    );
    expect(answerQuestion(story, 'How old is Lehtola’s spaniel?').answered).toBe(false);
    const own = answerQuestion(story, 'How old is Lehtola?');
    expect(own.answered).toBe(true);
    expect(own.answer).toContain('71');
  });

  it('is not a named person’s age when the question asks about a thing', () => {
    const story = knowledgeBaseFromText(
      'cat.txt',
      'date 2025-12-02\n\nA cat missing for two years has been found 90 kilometres from home, its owners said.\n\nTheir grandson Ivo, 7, had kept the cat’s bowl by the door.\n\nThe family runs the 80-year-old bakery on Mill Street.',
    );
    expect(answerQuestion(story, 'How old is the cat?').answered).toBe(false);
    expect(answerQuestion(story, 'how old is the bakery').answer).toContain('80');
    expect(answerQuestion(story, 'how old is Ivo').answer).toContain('7');
  });

  it('is not the owner’s age when the question drops the apostrophe', () => {
    const story = knowledgeBaseFromText(
      'farm.txt',
      'date 2026-01-21\n\nA city scheme will pay 400 families with young children a monthly grant for two years.\n\nOne of those chosen, Tomas Vell, 41, a bus mechanic and father of three, said he would use it to fix his roof.',
    );
    expect(answerQuestion(story, 'how old are vells kids').answered).toBe(false);
    expect(answerQuestion(story, 'how old is vell').answer).toContain('41');
  });
});

describe('how many per day: a share is no count at a rate', () => {
  it('declines "how many bars a day" from a cut by a percentage', () => {
    const story = knowledgeBaseFromText(
      'bars.txt',
      'date 2026-03-10\n\nThe snack maker Brandt Foods was fined 2 million euros on Monday for cutting the weight of its cereal bars by up to 12 percent while keeping prices unchanged.\n\nThe company said it would appeal.',
    );
    expect(answerQuestion(story, 'How many bars does Brandt Foods make per day?').answered).toBe(false);
  });
});

describe('how many: a number after its noun names one, it counts nothing', () => {
  it('declines "how many pages" from "between pages 40 and 41"', () => {
    const story = knowledgeBaseFromText(
      'atlas.txt',
      'date 2026-03-10\n\nAn atlas borrowed from a school library in 1962 has been returned by post with an apology.\n\nA pressed daisy was found between pages 40 and 41.\n\nThe librarian said the atlas would go on display.',
    );
    expect(answerQuestion(story, 'How many pages does the atlas have?').answered).toBe(false);
  });
});

describe('how heavy: a weight says by its unit what it measures', () => {
  it('answers from a sentence that never writes "heavy" or "weigh", with the weight tied to no noun', () => {
    const story = knowledgeBaseFromText(
      'rugby.txt',
      'date 2026-03-10\n\nHalsted won the national underwater rugby title on Sunday, beating Orvik 3-2 in the final.\n\nThe winning goal came in extra time, when forward Ilsa Marn pushed the 3.2-kilogram lead ball past two defenders and into the basket.\n\nAbout 900 spectators watched from the pool side.',
    );
    const a = answerQuestion(story, 'How heavy is the ball?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('3.2-kilogram');
  });
});

describe('how many workers: the people a verb of employing counts', () => {
  const article =
    'date 2025-06-11\n\n' +
    'The last paper mill in the Orrin valley will close in September, its owner Brackley Board said on Wednesday.\n\n' +
    'The mill opened in 1952 and at its busiest employed about 900 people.\n\n' +
    'About 40 people watched the final reel leave the line.';

  it('"how many workers did the mill have" is answered by "employed about 900 people"', () => {
    const a = ask(article, 'How many workers did the mill have at its busiest?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('900');
    expect(a.sources[0]?.text).toContain('employed about 900 people');
  });

  it('"how many people watched" still counts the onlookers, where no one is employed', () => {
    const a = ask(article, 'How many people watched the final reel?');
    expect(a.answer).toContain('40');
  });
});

describe('how much is a thing: its price, not a count written before it', () => {
  const article =
    'date 2025-04-02\n\n' +
    'A walking club in Fennick has published a guide to the hill paths of the Morrow range.\n\n' +
    'The 300-page guidebook, called "Ways Over Morrow", took the club’s members six years to write.\n\n' +
    'The guidebook costs £14, and the club will give its profits to the local mountain rescue team.';

  it('"how much is the guidebook" is answered by "£14"', () => {
    const a = ask(article, 'how much is the guidebook');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('£14');
  });

  it('"how many pages is the guidebook" still reads the count before the noun', () => {
    const a = ask(article, 'how many pages does the guidebook have');
    expect(a.answer).toContain('300');
  });
});

describe('how big is a town: the people of "a … town of N people"', () => {
  const article =
    'date 2025-08-20\n\n' +
    'The only cinema in Tarnby closed on Sunday after 74 years, its owners said.\n\n' +
    'The closure leaves Tarnby, a fishing town of about 8,000 people, without a screen for 30 kilometres.\n\n' +
    'The building, which fills about 40 metres of the harbour front, will be sold.';

  it('"how big is Tarnby" is answered by "about 8,000 people"', () => {
    const a = ask(article, 'how big is tarnby');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('8,000');
  });
});

describe('how big: an area close behind answers for a sum the lead does not tie to the size', () => {
  it('answers "how big will the wind farm be" with the hectares, not the money raised', () => {
    const story = knowledgeBaseFromText(
      'wind.txt',
      'date 2026-02-18\n\nVillagers in Hollin have raised £2.1 million to build a community-owned wind farm on the moor above the village.\n\nThe farm will cover 14 hectares of grazing land at Brook Farm, leased from farmer Ada Moll for 25 years.\n\nThe cooperative now has 600 members, most of them living in Hollin.\n\nIts four turbines are due to turn in 2027.',
    );
    const a = answerQuestion(story, 'how big will the wind farm be');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('14 hectares');
  });
});

describe('how big: a weight tells a thing’s size too', () => {
  it('answers "how big was the marrow" with what it weighed', () => {
    const story = knowledgeBaseFromText(
      'marrow.txt',
      'date 2025-09-14\n\nA retired baker won the Hesby Harvest Show on Saturday with a marrow grown on his allotment.\n\nHis marrow weighed 41 kilograms, the judges said.\n\nSecond place went to a school garden club.',
    );
    const a = answerQuestion(story, 'how big was his marrow');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('41 kilograms');
  });
});
