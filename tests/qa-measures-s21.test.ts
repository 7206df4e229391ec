/**
 * How-long, how-old, how-far, how and yes-no questions answered from invented news prose: each
 * case is a general form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';
import { askInline as ask } from './qa-helpers.js';

describe('how long: the time between two events is a length', () => {
  const article =
    'date 2025-02-11\n\n' +
    'A landslide buried part of the mountain village of Orvetta early on Monday, burying three houses under mud and rock, the regional civil protection agency said.\n\n' +
    'Firefighters lifted a 70-year-old shepherd alive from the ruins of his cottage in Orvetta at around 9 p.m., nearly 15 hours after the slide, the agency said.\n\n' +
    'Heavy rain had soaked the slopes above the village for a week.';

  it('“how long was the shepherd buried” is answered by “nearly 15 hours after the slide”, not by the hour he was lifted out', () => {
    const a = ask(article, 'How long was the shepherd buried before firefighters got him out?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('15 hours');
    expect(a.sources[0]?.text).toContain('nearly 15 hours after the slide');
  });

  it('a length written as such still comes before an interval', () => {
    const a = ask(
      'date 2025-02-11\n\nThe shepherd was buried under the rubble of his cottage for 15 hours.\n\nHe was lifted out two days after the storm began, firefighters said.',
      'How long was the shepherd buried?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('15 hours');
  });
});

describe('how long: a document’s length is told in its pages', () => {
  const article =
    'date 2026-01-20\n\n' +
    'Auditors found that the Tessby harbour authority had overspent on its new pier by 14 million crowns, according to the audit office’s 212-page report.\n\n' +
    'The pier opened in 2024, two years late.\n\n' +
    'The harbour master said the findings would be studied carefully.';

  it('“how long is the audit report” is answered by “212-page”', () => {
    const a = ask(article, 'How long is the audit report?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('212-page');
    expect(a.sources[0]?.text).toContain('212-page report');
  });

  it('a page count of another document does not tell how long a meeting lasted', () => {
    const a = ask('date 2026-01-20\n\nThe harbour board met on Tuesday to discuss the 212-page report.\n\nThe pier opened in 2024.', 'How long did the board meeting last?');
    expect(a.answer).not.toContain('212');
  });
});

describe('how long: a length written right after the question’s own verb', () => {
  const article =
    'date 2025-09-04\n\n' +
    'The regional council on Thursday approved a new electric ferry route across the Skarvik fjord, to open in 2027.\n\n' +
    'A one-way crossing will take 25 minutes, against about 70 minutes by road around the head of the bay, and boats will sail every half hour.\n\n' +
    'Residents have asked for a shorter trip to the hospital on the far shore for years.';
  const question = 'How long will a ferry crossing from one side of the fjord to the other take?';

  it('“how long will a crossing take” is answered by “will take 25 minutes”', () => {
    const a = ask(article, question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('25 minutes');
    expect(a.sources[0]?.text).toContain('will take 25 minutes');
  });

  it('a length written after another verb is not lifted', () => {
    const a = ask(article.replace('will take 25 minutes, against about 70 minutes by road', 'has been discussed for 25 years, against fierce opposition from the owners of the road bridge'), question);
    expect(a.answered).toBe(false);
  });
});

describe('how old is she: after an unanswered question, the person the story is about', () => {
  const article =
    'date 2025-07-14\n\n' +
    'Marta Quillon, 29, a nurse from the hill town of Fenby, became the first person to swim across the Orrin strait in both directions on Saturday.\n\n' +
    'Quillon took 19 hours to complete the double crossing, battling strong currents on the way back.\n\n' +
    'The strait is 32 kilometres wide, and its water rarely rises above 14 degrees in summer.\n\n' +
    'Her sister, Ines Vell, 33, followed in a rowing boat with food and water.\n\n' +
    '"I thought about giving up twice," Quillon said after reaching the beach.';

  function askAfter(context: string, question: string): ReturnType<typeof answerQuestion> {
    const kb = knowledgeBaseFromText('inline.txt', article);
    const conversation = new Conversation();
    answerQuestion(kb, context, conversation);
    return answerQuestion(kb, question, conversation);
  }

  it('“how old is she?” after a question the article cannot answer is about the swimmer', () => {
    const a = askAfter('Who measured the water temperature?', 'How old is she?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('29');
    expect(a.sources[0]?.text).toContain('Marta Quillon, 29');
  });

  it('after an answer naming someone, “she” is still that person', () => {
    const a = askAfter('Who followed her in a rowing boat?', 'How old is she?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('33');
  });
});

describe('yes or no: the asked act written in its own word answers, however the doer is named', () => {
  const article =
    'date 2025-11-03\n\n' +
    'Passengers waited up to six hours at Velsby harbour on Sunday after a computer fault stopped the ferry check-in system, the port authority said.\n\n' +
    'The head of the port authority, Dagny Orrun, was on holiday when the fault began.\n\n' +
    'Orrun apologised on Monday and promised refunds for every delayed ticket.';

  it('“has the harbour head apologised?” is answered by “Orrun apologised on Monday”', () => {
    const a = ask(article, 'Has the harbour head apologised?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes/);
    expect(a.sources[0]?.text).toContain('Orrun apologised');
  });

  it('an act the sentence does not write is not lifted', () => {
    const a = ask(article.replace('Orrun apologised on Monday and promised', 'Orrun returned on Monday and promised'), 'Has the harbour head apologised?');
    expect(a.answered).toBe(false);
  });
});

describe('how long in jail: a term written “in prison”', () => {
  const article =
    'date 2025-05-06\n\n' +
    'Prosecutors in Sarnholm charged the former port director, Lars Uvden, with taking bribes from shipping firms on Monday.\n\n' +
    'If convicted, Uvden could face up to 12 years in prison.\n\n' +
    'His lawyer said he would plead not guilty.';

  it('“how long could he go to jail?” is answered by “up to 12 years in prison”', () => {
    const a = ask(article, 'How long could he go to jail?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('12 years');
    expect(a.sources[0]?.text).toContain('12 years in prison');
  });

  it('a penalty other than prison does not answer it', () => {
    const a = ask(article.replace('up to 12 years in prison', 'a fine of up to 12,000 crowns'), 'How long could he go to jail?');
    expect(a.answered).toBe(false);
  });
});

describe('how long: a time after “from” is no length unless the span’s other end follows', () => {
  const article =
    'date 2025-05-12\n\n' +
    'The tool maker Brekka is recalling 9,000 cordless drills after reports of motors overheating, the company said on Monday.\n\n' +
    'Replacement motors will be fitted free of charge at any of its repair centres, the company said.\n\n' +
    'Replacement motors will be available at repair centres from 9 June.';

  it('“how long does a motor replacement take at a repair centre” is not answered by “from 9 June”', () => {
    const a = ask(article, 'How long does a motor replacement take at a repair centre?');
    expect(a.answer).not.toContain('9 June');
  });

  it('a span from one time to another still answers', () => {
    const a = ask('date 2025-05-12\n\nThe club signed the striker Aron Pell on Monday.\n\nPell’s contract runs from 2025 until 2029, the club said.', 'How long does Pell’s contract run?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('from 2025 until 2029');
  });
});

describe('how long: a length in which events are counted is no length of one of them', () => {
  const article =
    'date 2026-03-02\n\n' +
    'A tiger that slipped out of its enclosure at Marsby Wildlife Park on Saturday was caught by keepers within the grounds, the park said.\n\n' +
    'It was the second escape from the park in four years; in 2022 a pair of otters got out through a broken gate.\n\n' +
    'No visitors were hurt.';

  it('“how long were the otters missing?” is not answered by “in four years”', () => {
    const a = ask(article, 'How long were the otters missing for?');
    expect(a.answer).not.toContain('four years');
  });

  it('“for the first time in 43 years” still tells how long it had been', () => {
    const a = ask('date 2026-03-02\n\nThe Ulvar volcano erupted on Saturday for the first time in 43 years, sending ash over three villages.\n\nNo one was hurt.', 'How long had it been since the Ulvar volcano last erupted?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('43 years');
  });
});

describe('how old: a body’s history is as long as it is old', () => {
  const article =
    'date 2026-04-20\n\n' +
    'The Tarnholm Rowing Club has elected Vera Sollund as its president, the club said on Sunday.\n\n' +
    'Sollund, a former national champion, becomes the first woman to lead the club in its 112-year history.\n\n' +
    'She takes over from Per Haldor, who held the post for nine years.';

  it('“how old is the rowing club?” is answered by “its 112-year history”', () => {
    const a = ask(article, 'How old is the rowing club?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('112-year');
    expect(a.sources[0]?.text).toContain('112-year history');
  });

  it('a person’s age is not read from the history of what she leads', () => {
    const a = ask(article, 'How old is Sollund?');
    expect(a.answer).not.toContain('112');
  });
});

describe('how far away is that: a closing “that” after a place answered is the place', () => {
  const article =
    'date 2026-02-09\n\n' +
    'About 900 residents of the river town of Haldrup were moved out of their homes on Monday as floodwater rose past the town’s defences, the county said.\n\n' +
    'Buses took the residents to sports halls in the market town of Vintby, 31 kilometres away, shortly after noon.\n\n' +
    'The river is expected to peak on Wednesday.';

  function askAfter(context: string, question: string): ReturnType<typeof answerQuestion> {
    const kb = knowledgeBaseFromText('inline.txt', article);
    const conversation = new Conversation();
    answerQuestion(kb, context, conversation);
    return answerQuestion(kb, question, conversation);
  }

  it('“how far away is that?” after “where were the residents taken?” is answered by “31 kilometres away”', () => {
    const a = askAfter('Where were the residents taken?', 'How far away is that?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('31 kilometres');
    expect(a.sources[0]?.text).toContain('31 kilometres away');
  });

  it('after a question that is no “where”, “that” stays as written', () => {
    const a = askAfter('When is the river expected to peak?', 'How far away is that?');
    expect(a.answer).not.toContain('31 kilometres');
  });
});
