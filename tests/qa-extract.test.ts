/**
 * Typed answers on small articles written here: each case is a general pattern of news prose, so a
 * failure points at one extraction rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerQuestion, Conversation, knowledgeBaseFromText, rankSentences } from '../src/engine.js';
import { analyzeQuestion } from '../src/qa/analyze.js';
import { matchIntent } from '../src/qa/intents.js';
import { ofType } from './facts-helpers.js';

/** A knowledge base of one article under tests/fixtures/articles. */
const fixtureArticleKb = (name: string) => knowledgeBaseFromText(name, readFileSync(new URL(`./fixtures/articles/${name}`, import.meta.url), 'utf8'));

const kb = knowledgeBaseFromText(
  'bridge.txt',
  `date 2025-03-12

The opening of the Arlen river bridge has been delayed by a year, the transport ministry announced on Tuesday.

The bridge was due to open in 2025 but will now not open before 2026, officials said.

Its cost has risen from 40 million euros to 55 million euros, according to the ministry.

Maria Ostby, who has run the project since 2019, said the delay was caused by flooding.

Workers on the Arlen bridge in March (Jon Berg/Reuters)

The bridge will carry about 20,000 cars a day.`,
);

const ask = (q: string) => answerQuestion(kb, q);

describe('typed answers', () => {
  it('takes the value after "to" for what holds now, and after "from" for what held before', () => {
    expect(ask('How much will the bridge cost now?').answer).toContain('55 million');
    expect(ask('How much was the bridge originally going to cost?').answer).toContain('40 million');
  });

  it('answers "when" with the event’s time, not the time of the report about it', () => {
    const later = ask('When will the bridge open now?');
    expect(later.answer).toContain('2026');
    expect(ask('When was the bridge originally due to open?').answer).toContain('2025');
  });

  it('describes a person by the relative clause after the name', () => {
    const a = ask('Who is Maria Ostby?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/run the project since 2019/);
  });

  it('ranks a photo caption below the story for questions about the story', () => {
    const a = ask('When did the workers start on the bridge?');
    expect(a.sources[0]?.caption ?? false).toBe(false);
    expect(ask('Who took the photo of the workers?').answer).toContain('Jon Berg');
  });

  it('gives a reason after "caused by"', () => {
    const a = ask('Why was the bridge delayed?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/flooding/);
  });
});

describe('a lead that names its subject only later', () => {
  const story = knowledgeBaseFromText(
    'crash.txt',
    `date 2025-06-02

A 43-year-old lorry driver from Dunmere has been jailed for six years for causing the deaths of two cyclists.

Magistrates heard that Colin Varga had been using his phone when his lorry hit the pair on the A59 in May last year.

Julia Penrose, the cyclists' club secretary, said the sentence brought little comfort.

His passenger, Ed Lowe, 30, was cleared of causing the deaths but admitted lying to police, and received a six-month suspended sentence.`,
  );
  const askStory = (q: string) => answerQuestion(story, q);

  it('links the lead’s description to the person named next, as a role fact', () => {
    const roles = story.facts.filter((f) => f.type === 'role' && f.via === 'lead');
    expect(roles).toMatchObject([{ subject: 'Colin Varga', description: 'a 43-year-old lorry driver from Dunmere', sentences: [0] }]);
  });

  it('answers about the named person from the lead', () => {
    const a = askStory('How long was Varga jailed for?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('six years');
    expect(a.sources[0]?.index).toBe(0);
  });

  it('names the lead’s subject for "who" and for the description', () => {
    expect(askStory('Who was jailed for six years?').answer).toContain('Colin Varga');
    expect(askStory('Who is the lorry driver?').answer).toContain('Colin Varga');
  });

  it('takes a clause that opens on its verb (", and received …") for the same person’s', () => {
    const a = askStory("How long was Ed Lowe's suspended sentence?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('six-month');
  });
});

describe('points in a match', () => {
  const match = knowledgeBaseFromText(
    'match.txt',
    `date 2024-04-07

Harwick Rovers beat Selby Town 2-1 on Saturday to stay top of the league.

Lina Moss scored the winner in the second half, in the 81st minute, after a long run from her own half.`,
  );

  it('answers "in which minute" with the minute, not the half', () => {
    const a = answerQuestion(match, 'In which minute did Moss score the winner?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('81st minute');
  });

  it('answers "what was the score" with the result', () => {
    expect(answerQuestion(match, 'What was the score against Selby Town?').answer).toContain('2-1');
  });
});

describe('measures', () => {
  const lake = knowledgeBaseFromText(
    'lake.txt',
    `date 2024-08-01

The water in Lake Orsen has warmed by 1.8C (3.2F) since 1990, a survey by the Nordal Institute found.

The lake, which is 12 kilometres long, has lost about a fifth of its fish, the survey said.

Nordal has 40 monitoring buoys on the lake.

The lake was dredged by the council.`,
  );

  it('reads "1.8C (3.2F)" as a temperature and answers "how much" with it', () => {
    expect(lake.facts.find((f) => f.type === 'quantity' && f.kind === 'temperature')).toMatchObject({ text: '1.8C (3.2F)' });
    expect(answerQuestion(lake, 'How much has the water in Lake Orsen warmed?').answer).toContain('1.8C');
  });

  it('does not answer "when" with the time of another event', () => {
    expect(answerQuestion(lake, 'When was Lake Orsen dredged?').answered).toBe(false);
  });

  it('does not answer "how many" about one thing with a share of another', () => {
    const a = answerQuestion(lake, 'How many species has the lake lost?');
    expect(a.answer).not.toContain('a fifth');
  });
});

describe('a preposition left at the end of the question', () => {
  it('reads "what was X caused by?" as asking why', () => {
    const a = answerQuestion(kb, 'What was the bridge delay caused by?');
    expect(a.intent).toBe('why');
    expect(a.answer).toMatch(/flooding/);
  });

  it('answers with the phrase after it where it follows the question’s verb', () => {
    const story = knowledgeBaseFromText('spend.txt', 'date 2024-11-21\n\nPart of the money was spent on a holiday villa in Spain and a collection of classic cars, the court heard.');
    expect(answerQuestion(story, 'What did he spend the money on?').answer).toBe('a holiday villa in Spain and a collection of classic cars');
  });

  it('is answered by a sentence that writes it after the verb, behind a lead that writes the verb alone', () => {
    const story = knowledgeBaseFromText(
      'obituary.txt',
      'date 2026-03-03\n\nOskar Hallenberg, the novelist whose family sagas sold more than 40 million copies, died on Monday at his home in the capital.\n\nHe was 87.\n\nHallenberg died of complications from pneumonia, according to a statement from his publisher.',
    );
    expect(answerQuestion(story, 'what did hallenberg die of').answer).toBe('complications from pneumonia');
  });
});

describe('yes or no', () => {
  it('answers no when the article negates a related word ("no reports of deaths" for "killed")', () => {
    const story = knowledgeBaseFromText('deaths.txt', 'date 2025-08-12\n\nA sawmill and 12 homes have been destroyed, but there were no reports of deaths.\n\nThe minister visited the area on Monday.');
    expect(answerQuestion(story, 'Has anyone been killed?').answer).toMatch(/^No: there were no reports of deaths/);
  });

  it('declines when the article never names the asked property, in any word', () => {
    const trial = readFileSync(new URL('./fixtures/articles/kellbrook-fraud-trial-2024-11.txt', import.meta.url), 'utf8');
    const story = knowledgeBaseFromText('trial.txt', trial);
    expect(answerQuestion(story, "Was the jury's verdict unanimous?").answered).toBe(false);
    expect(answerQuestion(story, 'Did Aldous deny the charges?').answer).toMatch(/^Yes/);
  });

  it('asks nothing of an adjective that only names a thing ("the weather office")', () => {
    const story = knowledgeBaseFromText(
      'blizzard.txt',
      'date 2026-01-15\n\nA blizzard hit Hesker on Tuesday.\n\nThe Hesker Meteorological Office issued a red warning on Monday, a day before the snow fell.',
    );
    expect(answerQuestion(story, 'Did the weather office issue a warning before the snow?').answer).toMatch(/^Yes: The Hesker Meteorological Office issued a red warning/);
  });

  it('asks nothing of a light verb the article never uses ("let them go")', () => {
    const story = knowledgeBaseFromText('ransom.txt', 'date 2025-08-21\n\nFour aid workers were freed on Wednesday.\n\n“No ransom was paid, not by Norvania and not by anyone acting for us,” the minister said of the kidnappers.');
    const a = answerQuestion(story, 'Did Norvania pay the kidnappers to let them go?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No/);
  });

  it('reads "without" as a negation', () => {
    const story = knowledgeBaseFromText('towns.txt', 'date 2024-12-06\n\nA radio station said the rebels entered Rastan and Talbiseh without facing any resistance.');
    expect(answerQuestion(story, 'Did the rebels face resistance in Rastan?').answer).toMatch(/^No/);
  });

  it('answers no from a clause saying the opposite ("denied" for "admit"), and never from a clause without a predicate', () => {
    const story = knowledgeBaseFromText(
      'mayor.txt',
      'date 2025-01-16\n\nKonrad Veltz resigned as mayor on Thursday. He denied any wrongdoing.\n\nHis party said the budget was well within its limits.',
    );
    const a = answerQuestion(story, 'Did Veltz admit to any wrongdoing?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: He denied any wrongdoing/);
    expect(answerQuestion(story, "Is the budget within the party's limits?").answer).toMatch(/^Yes/);
  });
});

describe('what a count counts', () => {
  const port = knowledgeBaseFromText(
    'port.txt',
    'date 2023-03-15\n\nThe combined company will keep all 62 vessels in service, its chief executive said.\n\nAbout 4,000 residents of Bergholm work at the port.',
  );

  it('answers "how many ships" with vessels, a near synonym', () => {
    expect(answerQuestion(port, 'How many ships will the company keep?').answer).toContain('62');
  });

  it('does not answer "how many fishermen" with a count of residents', () => {
    expect(answerQuestion(port, 'How many fishermen work at the port?').answered).toBe(false);
  });

  it('is its head noun, not a noun modifying it ("two shipping lines" are no ships)', () => {
    const kb = knowledgeBaseFromText(
      'port.txt',
      'date 2025-08-12\n\nAt least 38 container ships were waiting at anchor off the Port of Velsund on Tuesday.\n\nAt least two shipping lines, Corvane Lines and Tessaly Shipping, have diverted some vessels to Harlow Bay, a smaller port up the coast.',
    );
    expect(answerQuestion(kb, 'How many ships did Corvane Lines divert to Harlow Bay?').answered).toBe(false);
    expect(answerQuestion(kb, 'How many shipping lines have diverted vessels?').answer).toContain('two shipping lines');
  });

  it('is anything, for a word that counts anything ("400,000 units"), in a clause whose verb acts on it though another clause names the thing', () => {
    const kb = knowledgeBaseFromText(
      'phone.txt',
      "date 2026-09-09\n\nLumora unveiled its Aster 9 smartphone on Wednesday.\n\nLast year's Aster 8 was hit by complaints that it overheated during video calls, and Lumora recalled about 400,000 units in November.",
    );
    expect(answerQuestion(kb, 'How many phones were recalled?').answer).toBe('about 400,000 units');
    expect(answerQuestion(kb, 'How many Aster 8 phones were recalled?').answer).toBe('about 400,000 units');
  });
});

describe('causes and pledges', () => {
  const fire = knowledgeBaseFromText(
    'fire.txt',
    `date 2025-08-12

Strong gusts and temperatures above 38C had made the fire almost impossible to predict, the fire chief said.

The minister promised 8 million euros in emergency funding for the area.`,
  );

  it('answers "why" with the subject of a causative verb whose object the question names', () => {
    const a = answerQuestion(fire, 'Why has the fire been so hard to predict?');
    expect(a.intent).toBe('why');
    expect(a.answer).toContain('Strong gusts and temperatures above 38C');
  });

  it('takes a close synonym of a verb the article never uses ("pledged" for "promised")', () => {
    const a = answerQuestion(fire, 'How much emergency money has the minister pledged?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('8 million euros');
  });

  it('reads "what might have caused …" as asking why', () => {
    expect(answerQuestion(fire, 'What might have caused the fire?').intent).toBe('why');
  });
});

describe('a year the question names', () => {
  const cup = knowledgeBaseFromText(
    'cup.txt',
    'date 2025-07-14\n\nSelvar won the Continental Cup for the first time on Sunday, beating holders Dravonia 4-3 on penalties.\n\nThe final in Lenmark was watched by 61,000 fans, most of them from Selvar.',
  );

  it('is not answered by a sentence dated otherwise', () => {
    expect(answerQuestion(cup, 'Who won the Continental Cup in 2017?').answered).toBe(false);
  });

  it('is not answered by a sentence about today when another sentence tells of that year, but may be by the one going on about it', () => {
    const avalanche = knowledgeBaseFromText(
      'avalanche.txt',
      'date 2026-02-11\n\nAn avalanche buried part of the Altmoor ski resort on Tuesday.\n\nMore than 150 rescuers, including soldiers and eight dog teams, searched the debris for seven hours.\n\nThe resort was last hit in 1999, when an avalanche destroyed two chalets.\n\nThat avalanche killed four people.',
    );
    expect(answerQuestion(avalanche, 'How many dog teams were used in the 1999 rescue?').answered).toBe(false);
    expect(answerQuestion(avalanche, 'How many people were killed in the 1999 avalanche?')).toMatchObject({ answered: true, answer: expect.stringContaining('four') });
  });

  it('may be the article\'s own year, which its sentences leave unsaid', () => {
    expect(answerQuestion(cup, 'Who won the Continental Cup in 2025?').answer).toBe('Selvar');
    expect(answerQuestion(cup, 'Who won the Continental Cup?').answer).toBe('Selvar');
  });
});

describe('why a question is declined', () => {
  const kb = knowledgeBaseFromText(
    'why.txt',
    'date 2025-02-11\n\nForty-three children have caught measles in Marrow since January.\n\nThe health authority opened three clinics on Monday.',
  );

  it('says the article never mentions a word only when no sentence has it or a related word', () => {
    expect(answerQuestion(kb, 'How tall is the cathedral in Marrow?').explanation.rule).toMatch(/never mentions .*"cathedral"/);
    // "Marrow" is in the article, only not in the closest sentence.
    const near = answerQuestion(kb, 'How much did the health authority clinics cost in Marrow?');
    expect(near.answered).toBe(false);
    expect(near.explanation.rule).not.toMatch(/never mentions/);
  });
});

describe('a population asked as "how many people live in …"', () => {
  const story = (extra: string) =>
    knowledgeBaseFromText('flood.txt', `date 2025-09-18\n\nAt least six people were killed when the River Tarn flooded parts of Orvik on Tuesday.${extra}`);

  it('is declined where the article counts only the people something happened to', () => {
    const a = answerQuestion(story(''), 'How many people live in Orvik?');
    expect(a.answered).toBe(false);
  });

  it('is declined where only a word related to living modifies another ("last week")', () => {
    const march = knowledgeBaseFromText(
      'm.txt',
      'date 2026-04-02\n\nThe bill passed on Thursday after weeks of protests.\n\nUnions brought around 120,000 people onto the streets of the capital, Orvik, on March 14, and rail workers walked out for two days last week.',
    );
    expect(answerQuestion(march, 'how many people live in Orvik').answered).toBe(false);
  });

  it('asks for a workforce as "how many people work at …": declined for people something happened to, answered by whom it employs', () => {
    const kb = knowledgeBaseFromText(
      'w.txt',
      'date 2026-03-02\n\nCorvane is recalling 180,000 tablets after batteries overheated.\n\nEleven people suffered minor burns, according to the Office for Product Safety (OPS), the national regulator.\n\nA plant in the town of Essby, which employs about 900 people, will close next year.',
    );
    expect(answerQuestion(kb, 'how many people work at the OPS').answered).toBe(false);
    expect(answerQuestion(kb, 'how many people work at the Essby plant').answer).toBe('about 900 people');
  });

  it('is answered where the article says who lives there', () => {
    const a = answerQuestion(story('\n\nAbout 42,000 people live in Orvik, most of them near the river.'), 'How many people live in Orvik?');
    expect(a.answer).toBe('About 42,000 people');
    expect(answerQuestion(story(''), 'How many people died in Orvik?').answer).toBe('At least six people');
  });
});

describe('ordinals tell one thing from another', () => {
  it('answers "when was the first case confirmed" from the first case, not from later ones', () => {
    const kb = knowledgeBaseFromText(
      'cases.txt',
      'date 2025-02-11\n\nCases have also been confirmed at five other schools since January.\n\nThe first case was confirmed on January 14, after a pupil returned from a holiday abroad.',
    );
    expect(answerQuestion(kb, 'When was the first case confirmed?').answer).toContain('January 14');
  });
});

describe('a count of an earlier event the article recalls', () => {
  const kb = knowledgeBaseFromText(
    'cull.txt',
    [
      'DRENSBURG, February 11 (Reuters) - Veterinary authorities in the northern province of Marrovia began culling about 1.4 million chickens and ducks on Wednesday after a highly pathogenic strain of avian influenza was confirmed on three farms.',
      'The province last suffered a major outbreak in November 2021, when some 600,000 birds were culled on four farms.',
      'Farmers will be paid compensation for every bird.',
    ].join('\n\n'),
  );

  it('does not answer of the story’s own event ("last suffered … in November 2021, when …")', () => {
    expect(answerQuestion(kb, 'How many birds are being culled?').answer).not.toContain('600,000');
  });

  it('answers a question about that event', () => {
    expect(answerQuestion(kb, 'How many birds were culled in the 2021 outbreak?').answer).toBe('some 600,000 birds');
  });

  it('gives way to the story’s own count close behind, unless the question names a year of its own', () => {
    const cull = fixtureArticleKb('drensburg-bird-flu-poultry-cull-2026-02.txt');
    expect(answerQuestion(cull, 'How many birds are being culled?').answer).toContain('1.4 million');
    const strike = fixtureArticleKb('marrowick-nurses-strike-2026-10.txt');
    expect(answerQuestion(strike, 'How many nurses walked out during the 2015 strike?').answered).toBe(false);
  });
});

describe('who leads something ("who heads / runs / leads X?")', () => {
  it('is the holder of a leading title of X ("Social Labour\'s leader", "KWA director")', () => {
    expect(answerQuestion(fixtureArticleKb('solmara-hung-parliament-2026-06.txt'), 'Who leads Social Labour?').answer).toBe('Stefan Orloff');
    expect(answerQuestion(fixtureArticleKb('kharavel-heat-record-water-rationing-2026-01.txt'), 'Who is in charge of the Kharavel Water Authority?').answer).toBe('Tariq Osmane');
  });

  it('is not someone who heads something else ("head of the CWN" for "who runs Corvane?"), but may hold a rank ("Chief Inspector")', () => {
    expect(answerQuestion(fixtureArticleKb('corvane-tablet-recall-2026-03.txt'), 'who runs corvane').answer).not.toBe('Mira Jansk');
    expect(answerQuestion(fixtureArticleKb('port-alden-bank-robbery-2026-11.txt'), 'Who is in charge of the investigation?').answer).toBe('Chief Inspector Harriet Molden');
  });

  it('is asked in any tense, and a title of a named owner may lead a thing the question does not name', () => {
    const kb = knowledgeBaseFromText(
      'merger.txt',
      [
        'date 2025-09-12',
        "Harlund Savings Bank and Corvessa Commercial Bank said on Thursday they had agreed to merge, creating the country's second-largest lender.",
        '"This is a merger of equals," said Elsa Brandt, Harlund\'s chief executive, who will lead the new group.',
        'Chief Financial Officer Marta Lind said costs would fall by a fifth.',
      ].join('\n\n'),
    );
    expect(answerQuestion(kb, 'Who will run the new group?').answer).toBe('Elsa Brandt');
    expect(answerQuestion(fixtureArticleKb('solmara-hung-parliament-2026-06.txt'), 'Who is leading Social Labour?').answer).toBe('Stefan Orloff');
  });
});

describe('when something opens again', () => {
  it('is when what closed it ends ("will remain closed until Wednesday")', () => {
    const kb = knowledgeBaseFromText(
      'zoo.txt',
      [
        'date 2026-05-11',
        'A snow leopard escaped from Grenvik Zoo on Sunday evening and was recaptured on Monday.',
        'The zoo, which houses about 900 animals from 180 species, will remain closed until Wednesday.',
        'Visitors who had booked tickets for Monday and Tuesday will be offered refunds, the zoo said.',
      ].join('\n\n'),
    );
    expect(answerQuestion(kb, 'When will the zoo reopen?')).toMatchObject({ answered: true });
    expect(answerQuestion(kb, 'When will the zoo reopen?').answer).toContain('Wednesday');
  });
});

describe('who held a record before', () => {
  const kb = knowledgeBaseFromText(
    'record.txt',
    [
      'date 2026-04-19',
      "Aiyana Torvik broke Quenmark's women's marathon record on Sunday, crossing the line at the Pella Harbour Marathon in 2 hours, 21 minutes and 48 seconds.",
      'The 29-year-old, who was running only her third marathon, finished second overall behind Sefa Oduya of Lirien.',
      "Torvik's time beat the previous national record of 2:22:59, set by Marta Heskel in Brennholt in 2009.",
    ].join('\n\n'),
  );

  it('is who the sentence says set it ("set by Marta Heskel"), whatever verb the question uses', () => {
    expect(answerQuestion(kb, 'who held the old record')).toMatchObject({ answered: true, answer: 'Marta Heskel' });
  });

  it('is not asked of a record the question says is another ("the men\'s national record")', () => {
    expect(answerQuestion(kb, "who holds the men's national record?").answered).toBe(false);
  });
});

describe('what someone called a thing', () => {
  const kb = knowledgeBaseFromText(
    'plant.txt',
    [
      'date 2026-03-10',
      'Kestrel said on Monday it would close its Dornfeld plant with the loss of 900 jobs.',
      '"They made record profits two years ago and now they are throwing us away," said union secretary Jonas Berg.',
      'The United Metalworkers\' Union (UMU), which represents most of the staff, called the offer "an insult" and said it would ballot members on strike action.',
      'The minister offered a support fund, but the union rejected the proposal as "a plaster on a broken leg".',
    ].join('\n\n'),
  );

  it('is the quoted words a naming verb gives it ("called the offer “an insult”")', () => {
    expect(answerQuestion(kb, 'What did the union call the offer?')).toMatchObject({ answered: true, answer: 'an insult' });
  });

  it('is the quoted words it was rejected or dismissed as', () => {
    expect(answerQuestion(kb, "what did the union call the minister's proposal").answer).toBe('a plaster on a broken leg');
  });
});

describe('a tally asked with no other word', () => {
  it('is found by its shape ("voted 27 to 22")', () => {
    const kb = knowledgeBaseFromText(
      'vote.txt',
      'date 2026-05-12\n\nCouncillors in Port Veyne voted 27 to 22 late on Monday to commit 145 million dollars of public money towards a new stadium.\n\nThe decision came at 11:48 p.m. after a six-hour meeting at City Hall.',
    );
    expect(answerQuestion(kb, "what's the tally?")).toMatchObject({ answered: true, answer: '27 to 22' });
  });
});

describe('reasons told without "because"', () => {
  const kb = knowledgeBaseFromText(
    'sale.txt',
    [
      'date 2026-06-14',
      'A 1937 coupe sold for 41 million dollars at an auction in Carden on Saturday.',
      'It had been owned since 1994 by the family of the industrialist Gustav Ekholm, who put it up for sale to fund a medical research foundation.',
      "Police said one victim was a local ski instructor, whose name was not released at the family's request.",
      "Marek Soltan, head of the drivers' union, said staff shortages meant drivers were routinely working 12-hour shifts.",
      '"I want to thank the bidders for their patience," the auctioneer said.',
    ].join('\n\n'),
  );

  it('is what an infinitive after the question’s words says it was done for, not a verb’s own infinitive ("want to thank")', () => {
    expect(answerQuestion(kb, 'Why did the Ekholm family put the car up for sale?').answer).toBe('to fund a medical research foundation');
    expect(answerQuestion(kb, 'Why did the auctioneer want to thank the bidders?').explanation.rule).not.toContain('what it was done for');
  });

  it('is at whose request it was done', () => {
    expect(answerQuestion(kb, "Why was the ski instructor's name withheld?").answer).toBe("at the family's request");
  });

  it('is what "meant" it, without the verb reporting it', () => {
    expect(answerQuestion(kb, 'why are drivers working such long shifts, according to the union?').answer).toBe('staff shortages');
  });
});

describe('a reason given as what a party blames', () => {
  it('is what follows "blaming" ("cancelled its tour, blaming a dispute with the ministry")', () => {
    const kb = knowledgeBaseFromText(
      'tour.txt',
      'date 2024-06-18\n\nThe Essendal Symphony Orchestra has cancelled a 12-concert tour of Asia scheduled for September, blaming a dispute with the culture ministry over a cut to its grant.\n\nThe tour would have marked its 75th anniversary.',
    );
    expect(answerQuestion(kb, 'why was the tour called off?')).toMatchObject({ answered: true, answer: expect.stringContaining('a dispute with the culture ministry') });
  });
});

describe('reasons named as such', () => {
  it('takes the subject of "was one reason for" as the reason', () => {
    const law = knowledgeBaseFromText(
      'law.txt',
      'date 2025-04-10\n\nThe skeleton was sold to a private collector abroad in 1911.\n\nThat sale was one reason for a law passed in 1998 under which any important fossil belongs to the state.',
    );
    const a = answerQuestion(law, 'Why was the 1998 fossil law introduced?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('sale');
  });

  it('takes the subject of "is the main driver of" or "was the likely cause of", not who says so', () => {
    const kb = knowledgeBaseFromText(
      'birds.txt',
      'date 2025-03-12\n\nMigrating birds are reaching Ardley nine days earlier than in the 1980s, a study found.\n\nThe scientists say climate change is the main driver of the earlier arrival.\n\nA faulty valve was the likely cause of the leak at the field station, engineers said.',
    );
    expect(answerQuestion(kb, 'What is the main reason the birds are arriving earlier?')).toMatchObject({ answered: true, answer: 'climate change' });
    expect(answerQuestion(kb, 'What caused the leak?')).toMatchObject({ answered: true, answer: 'A faulty valve' });
  });

  it('does not give the reason a sentence gives for something else ("forced from their homes after … rain")', () => {
    const a = answerQuestion(fixtureArticleKb('lindhaven-river-flood-2025-09.txt'), 'What caused such heavy rain?');
    expect(a.answer).not.toMatch(/^after the Velka River burst its banks/);
  });

  it('does not take "26 minutes after departure" for a reason', () => {
    const flight = knowledgeBaseFromText(
      'landing.txt',
      'date 2025-12-01\n\nThe crew shut the engine down and turned back, landing at 18:31, 26 minutes after departure.\n\nPassengers left the aircraft down emergency slides.',
    );
    expect(answerQuestion(flight, 'Why did the crew turn back?').answer).not.toMatch(/^after departure/);
  });
});

describe('"how big a …"', () => {
  it('takes the adjective for the kind of question and the noun for what is measured', () => {
    const story = knowledgeBaseFromText(
      'fine.txt',
      'date 2025-06-19\n\nThe regulator said it could fine Norrvik up to 4% of its annual global turnover, which was 3.1 billion euros last year.',
    );
    const a = answerQuestion(story, 'How big a fine could Norrvik face?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('4%');
  });
});

describe('"how full"', () => {
  it('asks for a share of the capacity', () => {
    const story = knowledgeBaseFromText(
      'water.txt',
      'date 2026-01-14\n\nThe city began rationing water to its 2.4 million residents on Monday.\n\nThe water authority said the three main reservoirs were at 19 percent of capacity, the lowest level since 1998.',
    );
    // (What the share is of, written after it and not asked, is part of the answer.)
    expect(answerQuestion(story, 'how full are the reservoirs').answer).toBe('19 percent of capacity');
  });
});

describe('what a value measures', () => {
  const story = knowledgeBaseFromText('turnover.txt', 'date 2025-06-19\n\nNorrvik could be fined up to 4% of its annual turnover, which was 3.1 billion euros last year.');

  it('answers the measure the sentence names, and declines another one', () => {
    expect(answerQuestion(story, "What was Norrvik's turnover last year?").answer).toContain('3.1 billion euros');
    expect(answerQuestion(story, "What was Norrvik's profit last year?").answered).toBe(false);
  });

  it('takes a percentage for a rate, a share or a majority, though the sentence never says the word', () => {
    const trial = knowledgeBaseFromText('trial.txt', 'date 2025-02-18\n\nBrain swelling appeared on scans in 9.8% of patients on the drug and 1.7% of the placebo group.\n\nThe drop-out rate was low.');
    expect(answerQuestion(trial, 'What is the swelling rate in the placebo group?').answer).toContain('1.7%');
    const vote = knowledgeBaseFromText(
      'vote.txt',
      'date 2025-03-10\n\nShareholders will vote in June, and the deal needs backing from holders of at least two-thirds of the shares voted.\n\nA simple majority would not be enough.',
    );
    expect(answerQuestion(vote, 'What majority do shareholders need to approve the deal?').answer).toContain('two-thirds');
  });
});

describe('a fire that broke out', () => {
  const blaze = knowledgeBaseFromText(
    'blaze.txt',
    `date 2025-08-12

The blaze broke out on Saturday afternoon near the village of Ashcombe and spread east overnight.

Scientists said the fire season now began about three weeks earlier than it did in the 1990s.`,
  );

  it('reads "broke out" as "started", so "where did it start" finds it, and stops a place before "and spread"', () => {
    const a = answerQuestion(blaze, 'Where did the blaze start?');
    expect(a.sources[0]?.index).toBe(0);
    expect(a.answer).toContain('Ashcombe');
    expect(a.answer).not.toContain('spread');
  });

  it('answers "what day" with a day, not with "three weeks earlier"', () => {
    expect(answerQuestion(blaze, 'What day did the blaze begin?').answer).toContain('Saturday');
  });
});

describe('another of the asked kind', () => {
  const story = knowledgeBaseFromText(
    'flood.txt',
    'A flash flood tore through the mountain town of Tarvel late on Sunday.\n\nThe flood struck shortly after 11 p.m., when the river burst through a debris dam.\n\nAfter a smaller flood in 2016, the regional government began building a flood wall along the river, but it was only half finished when Sunday\'s flood struck.',
  );

  it('has its own time: "a smaller flood in 2016" is not when the flood struck (though "struck" is there too)', () => {
    expect(answerQuestion(story, 'When did the flood strike?').answer).toContain('11 p.m.');
  });

  it('is asked with a verb after "did" and its subject, though wink reads "the flood strike" as one noun', () => {
    const pos = (q: string, word: string) => analyzeQuestion(story, q).terms.find((t) => t.word === word)?.pos;
    expect(pos('When did the flood strike?', 'strike')).toBe('VERB');
    expect(pos('When did the government build the flood wall?', 'wall')).toBe('NOUN');
    expect(pos('When did the flood wall first open?', 'open')).toBe('VERB');
    expect(pos('When did the water become safe?', 'safe')).toBe('ADJ');
  });

  it('still dates what followed it', () => {
    expect(answerQuestion(story, 'When did the government begin building the flood wall?').answer).toContain('2016');
  });
});

describe('an amount for each one', () => {
  it('may name the one it is given to right before it ("pay each rescued miner 50,000 ardes")', () => {
    const kb = knowledgeBaseFromText(
      'mine.txt',
      'date 2026-02-12\n\nThe company said it would cover all medical costs and would pay each rescued miner 50,000 ardes (about $6,800) in compensation.',
    );
    expect(answerQuestion(kb, 'How much compensation will each miner get in dollars?')).toMatchObject({ answered: true, answer: 'about $6,800' });
  });

  it('may name them as the subject of the clause ("each of the two children will receive …")', () => {
    const kb = knowledgeBaseFromText(
      'will.txt',
      'date 2026-05-14\n\nA court on Wednesday upheld the will of the painter Anton Reval, which leaves his house and 300 paintings to his assistant.\n\nUnder the ruling, each of the two children will receive 1.5 million euros in cash, but no paintings.',
    );
    expect(answerQuestion(kb, 'How much cash does each of the children get?')).toMatchObject({ answered: true, answer: '1.5 million euros' });
  });

  it('keeps the rate written right after a sum ("a year", "per worker")', () => {
    const kb = knowledgeBaseFromText(
      'coach.txt',
      'date 2026-08-14\n\nOstin will be paid about 1.8 million pesos a year, the federation said.\n\nThe company is offering an average severance of 48,000 euros per worker.\n\nThe night allowance rises to 42 crowns per shift.',
    );
    expect(answerQuestion(kb, 'How much is the night allowance?').answer).toBe('42 crowns per shift');
    expect(answerQuestion(kb, 'How much will Ostin be paid?').answer).toBe('about 1.8 million pesos a year');
    expect(answerQuestion(kb, "What's the average severance being offered?").answer).toBe('48,000 euros per worker');
  });
});

describe('"how much more"', () => {
  it('asks for the change, which a percentage answers though the question says "cost"', () => {
    const kb = knowledgeBaseFromText('prices.txt', 'date 2026-07-08\n\nThe price of bread has gone up by 22 percent since January, the statistics office said.');
    expect(answerQuestion(kb, 'How much more does bread cost than in January?').answer).toBe('22 percent');
  });

  it('is the move, not the level it ends at, for "how much did the shares drop?"', () => {
    const kb = knowledgeBaseFromText('shares.txt', 'date 2025-06-11\n\nBrannvik Home shares fell 11.2 percent to 84.30 krona on Tuesday after the retailer cut its forecast.');
    expect(answerQuestion(kb, 'how much did the stock drop on tuesday').answer).toBe('11.2 percent');
  });

  it('takes "cost" for the kind of change asked, not a word the answer must write', () => {
    const kb = knowledgeBaseFromText('budget.txt', 'date 2025-11-12\n\nDuty on a pack of cigarettes will rise by 1.10 krell.');
    const cost = analyzeQuestion(kb, 'How much more will a packet of cigarettes cost?').terms.find((t) => t.word === 'cost');
    expect(cost?.isCue).toBe(true);
    // ("By how much has pay fallen?": pay there is what changed.)
    expect(analyzeQuestion(kb, 'By how much has pay fallen?').terms.find((t) => t.word === 'pay')?.isCue).toBe(false);
  });
});

describe('a rise or a cut asked for by "what"', () => {
  it('is a value: "What pay rise …?" takes the percentage, not "a real pay rise"', () => {
    const kb = knowledgeBaseFromText(
      'strike.txt',
      'date 2026-01-15\n\n"Our members have not had a real pay rise in four years," union leader Marta Quillon said.\n\nThe union said drivers were seeking a 9 percent pay increase this year.',
    );
    expect(matchIntent('what pay rise are the drivers asking for?').rule.intent).toBe('how-much');
    expect(answerQuestion(kb, 'What pay rise are the drivers asking for?').answer).toBe('9 percent');
  });

  it('is not a value told of the other outcome ("pay had fallen by about 15 percent")', () => {
    const kb = knowledgeBaseFromText('pay.txt', 'date 2026-01-15\n\nThe union wants a pay rise after pay had fallen by about 15 percent in real terms since 2015.');
    expect(answerQuestion(kb, 'What pay rise does the union want?').answer).not.toContain('15 percent');
  });
});

describe('a temperature written "50.7 C", with a space', () => {
  it('is a temperature, not a count of C', () => {
    const story = knowledgeBaseFromText(
      'heat.txt',
      'date 2026-01-14\n\nTemperatures in the desert city of Kharavel reached 51.3 degrees Celsius on Wednesday.\n\nThe reading was taken at the airport, beating the previous record of 50.7 C set in January 2019.',
    );
    expect(answerQuestion(story, 'What was the previous temperature record?').answer).toBe('50.7 C');
  });
});

describe('a value of the earlier event a time is counted from', () => {
  it('does not answer for this one: "the first strike since a one-day walkout"', () => {
    const story = knowledgeBaseFromText(
      'strike.txt',
      'Teachers will return to work on Monday after their union accepted a pay deal.\n\nIt was the first full strike since a one-day walkout in March 2023.',
    );
    const a = answerQuestion(story, 'How long did the strike go on?');
    expect(a.answer).not.toContain('one-day');
  });
});

describe('times written one after another', () => {
  const story = knowledgeBaseFromText('strike.txt', 'date 2026-01-14\n\nThe union said the stoppage began at 3 a.m. on Wednesday and would end at 3 a.m. on Friday, January 16.');

  it('are one time, and a time written twice is told apart by where it stands', () => {
    expect(answerQuestion(story, 'When will the stoppage end?').answer).toContain('3 a.m. on Friday, January 16');
    expect(answerQuestion(story, 'When did the stoppage begin?').answer).toContain('3 a.m. on Wednesday');
  });

  it('are one range from "from" to its end ("from 8 a.m. to 10 p.m.")', () => {
    const kb = knowledgeBaseFromText('helpline.txt', 'date 2026-01-20\n\nThe company has set up a helpline, open from 8 a.m. to 10 p.m. every day, for worried customers.');
    expect(answerQuestion(kb, 'What hours is the helpline open?').answer).toBe('from 8 a.m. to 10 p.m.');
  });
});

describe('"when did X become Y?"', () => {
  const kb = knowledgeBaseFromText(
    'strike.txt',
    'date 2025-09-08\n\nAbout 4,200 nurses began a 72-hour strike on Monday.\n\n"We value our nurses enormously," Health Minister Ruben Osei-Hart said in a television interview on Monday evening.\n\nMira Castell was appointed chief nurse in March 2021.',
  );

  it('is not answered by when the holder spoke in the post', () => {
    expect(answerQuestion(kb, 'When did Ruben Osei-Hart become health minister?').answered).toBe(false);
  });

  it('is answered by a sentence telling of the appointment', () => {
    expect(answerQuestion(kb, 'When did Mira Castell become chief nurse?').answer).toContain('March 2021');
  });
});

describe('the tense of "when"', () => {
  it('does not answer "when will …" with a date before the article', () => {
    const story = knowledgeBaseFromText(
      'inquiry.txt',
      'date 2025-02-18\n\nThe safety board said in a report published in January that work on the tunnel had been halted.\n\nOpposition politicians called for an independent inquiry.',
    );
    expect(answerQuestion(story, 'When will the independent inquiry report its findings?').answered).toBe(false);
    expect(answerQuestion(story, 'When was the report published?').answer).toContain('January');
  });

  it('does not answer "when was …" with a time still ahead ("within six months")', () => {
    const story = knowledgeBaseFromText(
      'trial.txt',
      [
        'A court on Tuesday sentenced former transport minister Aldo Vasquel to nine years in prison for taking bribes.',
        "Vasquel's arrest in March 2022 at Tarvell airport triggered weeks of protests.",
        'The 14 months he spent in pre-trial detention following his arrest will be deducted from his sentence, and the appeal court must hear his case within six months.',
      ].join('\n\n'),
    );
    expect(answerQuestion(story, 'When was Vasquel detained?').answer).toContain('March 2022');
  });

  it('does not answer "when … before?" with the story\'s own week, nor with the day a speaker spoke', () => {
    const story = knowledgeBaseFromText(
      'canal.txt',
      'date 2025-11-13\n\nA container ship ran aground on Thursday, blocking the Dunmere Canal and the busy waterway around it in both directions for hours.\n\nThe canal was last shut in 2021 for three days.',
    );
    const before = answerQuestion(story, 'When was the canal blocked before?');
    expect(before.answer).not.toContain('Thursday');
    const war = knowledgeBaseFromText(
      'talks.txt',
      'date 2025-09-18\n\n“We came here to end this war, not to reward those who started it,” the minister told reporters on Thursday.',
    );
    expect(answerQuestion(war, 'When did the war start?').answered).toBe(false);
  });

  it('reads "when did X last …" as asking about an earlier time, and "when will …" about a later day than the story\'s', () => {
    const story = knowledgeBaseFromText(
      'water.txt',
      'date 2025-06-11\n\nAbout 180,000 people in Merrow were told to boil their tap water on Wednesday after tests found bacteria.\n\nIt is the first boil-water notice in Merrow since August 2016.',
    );
    expect(answerQuestion(story, 'When did Merrow last have to boil its water?').answer).toContain('August 2016');
    // Nor is "when will …" answered by the story's own day.
    expect(answerQuestion(story, 'When will people be able to drink the tap water again?').answer).not.toContain('Wednesday');
  });

  it('answers "when" with a deadline ("within three weeks"), though it gives no date', () => {
    const fire = knowledgeBaseFromText('fire.txt', 'date 2025-07-16\n\nThe fire chief said a full technical report was expected within three weeks.\n\nA by-election must be held within 90 days.');
    expect(answerQuestion(fire, 'When does the fire chief expect the technical report?').answer).toBe('within three weeks');
    expect(answerQuestion(fire, 'On what date will the by-election be held?').answered).toBe(false);
  });

  it('lets a planned time ("when was his contract due to end?") fall after the article', () => {
    const club = fixtureArticleKb('kelston-manager-sacked-2025-03.txt');
    const conversation = new Conversation();
    answerQuestion(club, 'Who is Dario Venk?', conversation);
    expect(answerQuestion(club, 'When was his contract due to end?', conversation).answer).toContain('June 2026');
  });

  it('reads any "will" as the future, and "what date" as asking for a day', () => {
    const race = knowledgeBaseFromText(
      'race.txt',
      'date 2025-04-14\n\nThe Harlow marathon was won by Ada Renn on Sunday.\n\nThe sponsor raised the prize fund by 20% this year.',
    );
    expect(answerQuestion(race, "On what date will next year's Harlow marathon be held?").answered).toBe(false);
    expect(answerQuestion(race, 'On what date was the Harlow marathon won?').answer).toContain('Sunday');
    const show = knowledgeBaseFromText('show.txt', 'date 2025-11-13\n\nThe foundation said the painting would go on display in Tarrow from April next year.');
    // A month is no date, and "what exact date" asks for one.
    expect(answerQuestion(show, 'On what exact date will the painting go on display?').answered).toBe(false);
    expect(answerQuestion(show, 'In what month will the painting go on display?').answer).toContain('April');
  });
});

describe('"on what date" in an article that gives no date of its own', () => {
  it('is not answered by a weekday there is nothing to count from', () => {
    const kb = knowledgeBaseFromText(
      'trial.txt',
      'A jury on Friday cleared a police officer who shot a delivery driver during a traffic stop.\n\nThe driver died in the early hours of November 13, 2022, after police stopped his van.',
    );
    expect(answerQuestion(kb, 'On what date was the driver shot?').answer).toContain('November 13, 2022');
  });
});

describe('what someone did before', () => {
  it('is their former job, though the article never names what came after', () => {
    const kb = knowledgeBaseFromText(
      'rent.txt',
      'date 2025-06-12\n\n"Families are being priced out," said Councillor Mirela Oskan, who sponsored the bill.\n\nOskan, 44, is a former nurse who was elected in 2021 on a housing platform.',
    );
    expect(answerQuestion(kb, 'What did Mirela Oskan do before politics?').answer).toBe('a former nurse');
  });

  it('is what a later sentence says of someone, not the phrase a sentence opens on ("In the women’s race, …")', () => {
    const kb = knowledgeBaseFromText(
      'race.txt',
      'date 2026-04-14\n\nIn the women’s race, Anna Sorvik won her second title in 2:19:44, beating Grace Wanjeri by 37 seconds.\n\nThe course was flat and fast.\n\nSorvik, a 31-year-old nurse who trains around her hospital shifts, said she hoped to run the distance again next year.',
    );
    const c = new Conversation();
    answerQuestion(kb, 'Who won the women’s race?', c);
    expect(answerQuestion(kb, 'What does she do for a living?', c).answer).toContain('nurse');
  });
});

describe('what follows the question words', () => {
  it('is a weak answer when it names nothing ("by which time the thieves had gone")', () => {
    const a = answerQuestion(fixtureArticleKb('ardelsby-museum-theft-2025-05.txt'), 'How did the thieves get inside the building?');
    expect(a.answer).not.toBe('gone');
  });
});

describe('the subject of the asked predicate', () => {
  it('is never a bare pronoun', () => {
    const kb = knowledgeBaseFromText('trial.txt', 'date 2025-02-11\n\n“For the first time, we have a medicine that gives patients more time,” said Dr Lena Hovik, who led the trial.');
    expect(answerQuestion(kb, 'How do patients receive the medicine?').answer).not.toMatch(/^(?:we|she|he|they|it|I)$/i);
  });
});

describe('how a body voted', () => {
  it('is answered by the tally', () => {
    const kb = knowledgeBaseFromText(
      'rate.txt',
      'date 2025-09-18\n\nThe central bank raised its main rate to 4.75% on Thursday.\n\nThe bank’s nine-member monetary policy committee voted seven to two for the rise, according to minutes published alongside the decision.',
    );
    expect(answerQuestion(kb, 'How did the committee vote?').answer).toBe('seven to two');
  });
});

describe('who said words the question describes', () => {
  it('is the speaker of the quote, named in an earlier sentence', () => {
    const kb = knowledgeBaseFromText(
      'bridge.txt',
      'date 2025-08-14\n\nA section of the Kessler Bridge gave way on Wednesday evening.\n\nJonas Vedric, 44, was driving behind a bus when the road dropped away. “It was like somebody pulled a tablecloth off a table,” he said.',
    );
    expect(answerQuestion(kb, 'Who compared the collapse to yanking a tablecloth off a table?').answer).toBe('Jonas Vedric');
  });
});

describe('what a common noun is', () => {
  it('is the phrase set off after it ("an avalanche transceiver, a small radio device …")', () => {
    const kb = knowledgeBaseFromText(
      'avalanche.txt',
      'date 2026-02-05\n\nFour skiers were killed when an avalanche swept across a run on Thursday.\n\nOne woman was rescued alive. She was wearing an avalanche transceiver, a small radio device that sends a signal rescuers can track, which helped them to find her quickly.\n\nThe resort closed all its slopes.',
    );
    expect(answerQuestion(kb, 'wat is an avalanche transceiver').answer).toBe('a small radio device that sends a signal rescuers can track');
  });
});

describe('"X is NP" for a name', () => {
  it('needs the name to be the subject, not inside a phrase after a preposition ("Investigators from the KFRS were …")', () => {
    const kb = knowledgeBaseFromText(
      'fire.txt',
      'date 2026-03-03\n\nThe blaze broke out at 2:15 a.m. in the Tervala industrial park, according to the Karvesh Fire and Rescue Service (KFRS).\n\nInvestigators from the KFRS were expected to enter the damaged battery room on Wednesday.',
    );
    expect(answerQuestion(kb, 'What is the KFRS?').answer).toBe('Karvesh Fire and Rescue Service (KFRS)');
  });
});

describe('a building named "X of Y"', () => {
  const kb = knowledgeBaseFromText(
    'dig.txt',
    'date 2026-09-02\n\nDivers found a Bronze Age wreck off Cape Lirra.\n\nSamples of wood have been sent to the University of Pelleno for radiocarbon dating.\n\nThe National Museum of Marivia will display the finds.',
  );

  it('is a place something is sent to, but no answer to "in which city"', () => {
    expect(answerQuestion(kb, 'Where have the samples been sent?').answer).toContain('University of Pelleno');
    expect(answerQuestion(kb, 'In which city is the museum?').answered).toBe(false);
  });
});

describe('where, said without a place name', () => {
  const kb = knowledgeBaseFromText(
    'tornado.txt',
    'date 2025-04-17\n\nA tornado tore through the town of Grell Crossing on Wednesday evening.\n\nKatya Morrell, 29, said she sheltered with her two children in a bathtub while the house shook around them.\n\n“We played our third match in eight days,” the coach said.',
  );

  it('is the place phrase a few words after the verb', () => {
    expect(answerQuestion(kb, 'Where did Katya Morrell take cover?').answer).toBe('in a bathtub');
  });

  it('is never a length of time', () => {
    expect(answerQuestion(kb, 'Where did they play the match?').answer).not.toContain('eight days');
  });

  it('comes before a place name the sentence ties to nothing, and past a clock time', () => {
    const zoo = knowledgeBaseFromText(
      'zoo.txt',
      'date 2025-06-14\n\nA snow leopard escaped from Orlen Zoo on Sunday.\n\nThe four-year-old female, named Vesna, was found at about 5:40 a.m. sheltering under a disused railway bridge.\n\nThe findings were published on Wednesday in the journal Stellar Notes and presented at a news conference at Tarvik.',
    );
    expect(answerQuestion(zoo, 'Where was the female found sheltering?').answer).toBe('under a disused railway bridge');
    expect(answerQuestion(zoo, 'Where was the research published?').answer).toBe('in the journal Stellar Notes');
  });
});

describe('a quotation over two sentences', () => {
  it('is cited whole, as one sentence with its speaker', () => {
    const story = knowledgeBaseFromText(
      'quote.txt',
      'date 2025-06-19\n\nThe council received 3,000 complaints. “An apology is not enough. People deserve compensation,” said its chair, Lotte Brandsma.',
    );
    const a = answerQuestion(story, 'What did Lotte Brandsma say?');
    expect(a.answer).toContain('An apology is not enough');
    expect(a.sources[0].index).toBe(1);
    expect(a.sources[0].text).toMatch(/^“An apology is not enough\. .+ Lotte Brandsma\.$/);
  });

  it('answers a question on the topic of its second sentence with the whole quotation', () => {
    const story = knowledgeBaseFromText(
      'quote.txt',
      'date 2025-06-19\n\nThe council received 3,000 complaints. “I feel sick. These paintings survived two wars,” said its chair, Lotte Brandsma.',
    );
    const a = answerQuestion(story, 'What did Lotte Brandsma say about the paintings?');
    expect(a.answer).toContain('I feel sick');
    expect(a.sources[0].index).toBe(1);
    expect(a.sources[0].text).toContain('These paintings survived two wars');
  });
});

describe('a question with a particular verb of speech', () => {
  const story = knowledgeBaseFromText(
    'ferry.txt',
    'date 2025-06-19\n\nA ferry ran aground off Velden on Sunday. Anton Greve, the operator’s chief executive, apologised and said the company would pay for every passenger’s hotel. The mayor vowed to close the harbour to large ships.',
  );

  it('is answered by what a plain "said" reports, when the sentence does not use the verb', () => {
    const a = answerQuestion(story, 'What did Anton Greve promise?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('the company would pay for every passenger’s hotel');
  });

  it('is answered by what follows the verb, when the sentence uses it', () => {
    expect(answerQuestion(story, 'What did the mayor vow?').answer).toContain('close the harbour to large ships');
  });

  it('is answered by the speaker\'s words for "what did X call …", when no one "calls" anything', () => {
    const court = knowledgeBaseFromText(
      'court.txt',
      'date 2025-12-10\n\nA court jailed the former mayor, Aurel Kastrovan, for eight years.\n\n"My client is innocent and this sentence is completely disproportionate," his lawyer, Benedikt Sorvall, told reporters.',
    );
    expect(answerQuestion(court, 'What did the defence lawyer call the sentence?').answer).toContain('completely disproportionate');
  });
});

describe('who did it, in which clause', () => {
  const match = knowledgeBaseFromText(
    'final.txt',
    'date 2024-05-19\n\nTomas Reyne, the club’s captain, scored twice in the second half after Port Aldren had taken the lead through a penalty by Luka Ferro.\n\nFerro was later sent off for a second yellow card.',
  );

  it('answers from the clause that names the question’s team, and knows a surname-only name for a person', () => {
    expect(match.facts.find((f) => f.type === 'name' && f.name === 'Luka Ferro')).toMatchObject({ kind: 'person' });
    const a = answerQuestion(match, "Who scored Port Aldren's goal?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Luka Ferro');
  });
});

describe('a ferry that ran aground', () => {
  const ferry = knowledgeBaseFromText(
    'ferry.txt',
    `date 2025-10-14

More than 300 passengers and crew were rescued from a ferry that ran aground late on Sunday.

The ferry was sailing from the port of Skarvik to the island of Hellmo when it struck rocks at around 22:40.

The ship was carrying about 180 tonnes of fuel oil.`,
  );

  it('counts passengers and crew as people', () => {
    expect(answerQuestion(ferry, 'How many people were rescued from the ferry?').answer).toContain('300');
  });

  it('prefers a value that measures the thing asked about to one close ahead that measures nothing named', () => {
    const rail = knowledgeBaseFromText(
      'rail.txt',
      'date 2025-02-17\n\nThe opening of the new rail line between Velmora and Castrel has been delayed by at least two years, the government said on Monday.\n\nThe new 410-kilometre (255-mile) line was due to carry its first passengers in 2026.',
    );
    expect(answerQuestion(rail, 'How long is the new line?').answer).toContain('410-kilometre');
  });

  it('answers "where was it going" with a destination, not where it was ("off the coast of Teslund")', () => {
    const wreck = fixtureArticleKb('ostrava-ferry-rescue-2025-10.txt');
    expect(answerQuestion(wreck, 'Where was the ferry going?').answer).toContain('Hellmo');
    const rail = fixtureArticleKb('velmora-rail-delay-2025-02.txt');
    // "…, the government said on Monday" is when it was said; "due to carry its first passengers in 2026".
    expect(answerQuestion(rail, 'When was it originally supposed to open?').answer).toContain('2026');
  });

  it('counts a crowd or an audience as people', () => {
    const stadium = knowledgeBaseFromText('s.txt', 'date 2024-05-20\n\nThe final was watched by a crowd of 61,240 at Halden Park.\n\nThe stadium has 12 bars.');
    const a = answerQuestion(stadium, 'How many people watched the final?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('61,240');
  });

  it('answers "where was it going" with where it was going to, never where it left from', () => {
    expect(answerQuestion(ferry, 'Where was the ferry sailing to?').answer).toContain('Hellmo');
    const from = knowledgeBaseFromText('from.txt', 'date 2025-10-14\n\nA passenger from Skarvik said the ship was going too fast.');
    const a = answerQuestion(from, 'Where was the ship going?');
    expect(a.answer).not.toContain('Skarvik');
    const bound = knowledgeBaseFromText('bound.txt', 'date 2025-12-02\n\nThe flight had left Ellisport at 18:05 bound for the island of Marrenholm.');
    expect(answerQuestion(bound, 'Where was the flight going?').answer).toContain('Marrenholm');
  });

  it('reads "22:40" as a time of day, and corrects a typo the article spells right', () => {
    expect(ferry.facts.some((f) => f.type === 'time' && f.kind === 'time-of-day' && f.text === 'around 22:40')).toBe(true);
    expect(answerQuestion(ferry, 'how much fuel was the ship carying').answer).toContain('180 tonnes');
  });
});

describe('answers of the kind asked', () => {
  it('take a full-strength value close behind a best one at half strength ("a 40-metre section of the bridge" / "the bridge is 620 metres long")', () => {
    const kb = knowledgeBaseFromText(
      'bridge.txt',
      [
        'A road bridge over the Vell river collapsed on Wednesday evening in the city of Marrow, sending at least six cars into the water, officials said.',
        "A 40-metre (130-foot) section of the southbound carriageway of the Tolland Bridge gave way at about 5.45pm, according to the city's fire service.",
        'Eleven people were taken to hospital, three of them with serious injuries.',
        'Built in 1968, the four-lane concrete bridge is 620 metres (about 2,030 feet) long and carries around 38,000 vehicles a day.',
      ].join('\n\n'),
    );
    expect(answerQuestion(kb, 'How long is the Tolland Bridge?').answer).toBe('620 metres (about 2,030 feet) long');
  });

  it('answers "where" with a hospital or an airport, which are organisations and places', () => {
    const crash = knowledgeBaseFromText(
      'crash.txt',
      'date 2025-04-14\n\nA cyclist, Tomas Wren, was hit by a van on the ring road on Sunday.\n\nHe was taken by ambulance to Northgate General Hospital, where he was in a stable condition on Monday.',
    );
    const conversation = new Conversation();
    answerQuestion(crash, 'Who is Tomas Wren?', conversation);
    const a = answerQuestion(crash, 'Where was he taken?', conversation);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Northgate General Hospital');
    // A company is still no place.
    const deal = knowledgeBaseFromText('deal.txt', 'date 2025-04-14\n\nThe contract was won by Harlan Logistics after a long tender.');
    expect(answerQuestion(deal, 'Where was the contract won?').answered).toBe(false);
  });

  it('does not answer "who came second" with the winner, nor take a second of time for the placing', () => {
    const race = knowledgeBaseFromText(
      'race.txt',
      'date 2025-04-14\n\nIn the women’s race, Ada Renn won her first title in 2 hours 21 minutes 14 seconds.\n\nThe men’s race was won by Tomas Hale, with Piet Varga third.',
    );
    expect(answerQuestion(race, "Who came second in the women's race?").answered).toBe(false);
    expect(answerQuestion(race, "Who finished third in the men's race?").answer).toContain('Piet Varga');
    expect(answerQuestion(race, 'who came 3rd').answer).toContain('Piet Varga');
  });

  it('answers "how old is" with an age now, not one at an event ("joined at the age of nine"), which "when" asks for', () => {
    const player = knowledgeBaseFromText(
      'player.txt',
      'date 2025-08-14\n\nThe 24-year-old forward Tomas Lind has signed for Harlow.\n\nLind joined the academy of Brent Rovers at the age of nine.',
    );
    expect(answerQuestion(player, 'How old is Tomas Lind?').answer).toContain('24');
    expect(answerQuestion(player, 'How old was Lind when he joined the academy?').answer).toContain('nine');
  });
  it('answers "what time" with a clock time before a year in a sentence ranked above it', () => {
    const storm = knowledgeBaseFromText(
      'storm.txt',
      'date 2025-09-17\n\nThe cyclone made landfall near Tavoy Bay at about 11.40pm with winds of 185 km/h.\n\nIt was the strongest cyclone to hit the country since Cyclone Orla in 2011.',
    );
    expect(answerQuestion(storm, 'What time did the cyclone make landfall?').answer).toContain('11.40pm');
  });
  it('takes a value in a clause on an earlier year for that past event, unless the question asks about it', () => {
    const storm = knowledgeBaseFromText(
      'storm.txt',
      'date 2025-09-17\n\nCyclone Imara hit the coast on Tuesday, killing at least 14 people.\n\nIt was the strongest cyclone to hit the country since Cyclone Orla in 2011, which killed 63 people.',
    );
    expect(answerQuestion(storm, 'How many people died in the cyclone?').answer).toContain('14');
    expect(answerQuestion(storm, 'How many people did Cyclone Orla kill?').answer).toContain('63');
    const fire = knowledgeBaseFromText(
      'fire.txt',
      'date 2025-07-16\n\nThe warehouse fire burned for almost seven hours on Tuesday.\n\nIt was the largest blaze since March 2019, when a fire at a paint factory in Vellinge burned for two days.',
    );
    expect(answerQuestion(fire, 'How long did the fire in Vellinge burn?').answer).toContain('two days');
    expect(answerQuestion(storm, 'How many people did the previous strongest cyclone kill?').answer).toContain('63');
  });

  it('reads a sentence opening on an earlier year, or a clause after one over its commas, as that past event', () => {
    const outbreak = knowledgeBaseFromText(
      'outbreak.txt',
      'date 2025-02-20\n\nThe measles outbreak has put 31 children in hospital this month.\n\nIn 2019, an outbreak in the eastern districts infected 27 people, and no patient needed intensive care.',
    );
    expect(answerQuestion(outbreak, 'How many people has the outbreak infected?').answered).toBe(false);
    // "In November 2022, rival Pellion Biotech halted a late-stage trial …" is another trial.
    const trial = fixtureArticleKb('meridex-drug-trial-2025-02.txt');
    expect(answerQuestion(trial, 'Did anyone die during the trial?').answer).not.toContain('Pellion');
    const ferry = knowledgeBaseFromText(
      'ferry.txt',
      'date 2025-10-13\n\nMore than 300 passengers were rescued after the ferry ran aground on Sunday.\n\nIt is the worst ferry accident in Teslund since 2009, when the Vega Star sank in the Karvan Sea, killing 12 people.',
    );
    expect(answerQuestion(ferry, 'How many people died in the ferry accident?').answered).toBe(false);
    // "In 2019, …, and no patient needed intensive care" does not say no one has this time.
    const measles = fixtureArticleKb('marrow-measles-outbreak-2025-02.txt');
    expect(answerQuestion(measles, 'Has anyone ended up in intensive care?').answer).not.toMatch(/^No/);
  });

  it('takes "last" closing a how-long question for the verb, not an earlier event', () => {
    const strike = knowledgeBaseFromText(
      'strike.txt',
      'date 2025-11-18\n\nThe 48-hour strike began on Monday.\n\nThe last strike was in 2019, when porters walked out for three days.',
    );
    expect(answerQuestion(strike, 'How long will the strike last?').answer).toContain('48-hour');
    expect(answerQuestion(strike, 'How long did the last strike go on for?').answer).toContain('three days');
  });
  it('answers "which town" with the name written after "the town of"', () => {
    const heat = fixtureArticleKb('kessel-heatwave-power-2025-08.txt');
    expect(answerQuestion(heat, 'Which town held the previous heat record?').answer).toContain('Lusk');
  });
  it('answers "how high" with a percentage too ("how high did inflation get")', () => {
    const kb = knowledgeBaseFromText('rates.txt', 'date 2025-10-13\n\nUnder Veller, inflation peaked at 11.2% in 2023 before falling back.');
    expect(answerQuestion(kb, 'How high did inflation get under Veller?').answer).toContain('11.2%');
  });
  it('answers "how long did it take" with a length of time, not a window ("in the past decade")', () => {
    const fire = fixtureArticleKb('tarnby-warehouse-fire-2025-07.txt');
    expect(answerQuestion(fire, 'How long did it take to get the fire under control?').answer).toContain('seven hours');
  });
  it('does not answer "which towns" with a city named beside the towns a sentence leaves unnamed', () => {
    const war = knowledgeBaseFromText(
      'war.txt',
      'date 2024-12-06\n\nRebels entered two central towns early on Friday just north of the central city of Varna.\n\nThe break into Orsk and Delby came a day after rebels captured the city of Tarn.',
    );
    expect(answerQuestion(war, 'Which towns did the rebels enter?').answer).not.toContain('Varna');
    expect(answerQuestion(war, 'Which city did the rebels capture?').answer).toBe('Tarn');
  });
});

describe('rates and titles at the start of a sentence', () => {
  const bank = knowledgeBaseFromText(
    'bank.txt',
    'date 2025-09-18\n\nGovernor Elsbeth Varano said the committee had acted because prices were rising.\n\nAnnual consumer price inflation rose to 5.8% in August, the statistics office said.\n\nMs Varano, 58, became governor in 2021.',
  );

  it('keeps a capitalised title that opens the sentence ("Governor Elsbeth Varano said")', () => {
    expect(bank.facts).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'role', subject: 'Elsbeth Varano', description: 'Governor', via: 'title' })]));
    expect(answerQuestion(bank, 'Who is Elsbeth Varano?').answer).toMatch(/governor/i);
  });

  it('answers "what was the inflation rate" from a sentence that says "inflation rose to"', () => {
    const a = answerQuestion(bank, 'What was the inflation rate in August?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('5.8%');
  });
});

describe('places without names, days to come, and a city before its institution', () => {
  const story = knowledgeBaseFromText(
    'raft.txt',
    `date 2025-10-14

The governor spoke at the bank’s headquarters in Brackwater on Monday.

Two passengers were missing for several hours before they were found in a life raft.

Nordhavn Lines has suspended the route until at least Friday.

Shares on the Brackwater Stock Exchange fell 1.3%.`,
  );

  it('answers "where" with the phrase after the verb when no place is named', () => {
    expect(answerQuestion(story, 'Where were the two missing passengers found?').answer).toBe('in a life raft');
  });

  it('reads "until Friday" as the coming Friday', () => {
    expect(story.facts).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'time', text: 'Friday', resolved: '2025-10-17' })]));
  });

  it('keeps a city named before the institution named after it apart from it', () => {
    const names = story.facts.filter((f) => f.type === 'name').map((f) => (f.type === 'name' ? f.name : ''));
    expect(names).toEqual(expect.arrayContaining(['Brackwater', 'Brackwater Stock Exchange']));
  });
});

describe('who a person is, from the phrase before the name', () => {
  it.each([
    ['Her coach, the veteran grandmaster Anton Selisk, said the team had prepared 400 lines.', 'Her coach, the veteran grandmaster'],
    ['Her coach, Anton Selisk, said the team had prepared 400 lines.', 'Her coach'],
    ['She beat title holder Anton Selisk on Sunday.', 'title holder'],
  ])('%s', (sentence, description) => {
    const kb = knowledgeBaseFromText('chess.txt', `date 2025-12-14\n\nMira Talven became world chess champion on Sunday.\n\n${sentence}`);
    const a = answerQuestion(kb, 'Who is Anton Selisk?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe(description);
  });

  it('for a name joined by a hyphen, which the question reads as several words', () => {
    const kb = knowledgeBaseFromText(
      'fines.txt',
      'The Norland Trade Board (NTB) on Tuesday fined three bakeries for fixing prices.\n\n"They met every month to agree on prices," NTB director general Ilse Varga-Holm said at a news conference.',
    );
    expect(answerQuestion(kb, 'Who is Ilse Varga-Holm?')).toMatchObject({ answered: true, answer: 'NTB director general' });
  });

  describe('after a quotation: “…,” his lawyer, Benedikt Sorvall, told reporters', () => {
    const kb = knowledgeBaseFromText(
      'court.txt',
      'date 2025-12-10\n\nA court on Wednesday jailed the former mayor, Aurel Kastrovan, for eight years.\n\nKastrovan stood with his hands clasped as the verdict was read. His wife sat in the front row.\n\n"My client is innocent," his lawyer, Benedikt Sorvall, told reporters.',
    );

    it('is who the person is', () => {
      expect(answerQuestion(kb, 'Who is Benedikt Sorvall?').answer).toBe('his lawyer');
    });

    it('answers for the one "his" refers back to', () => {
      expect(answerQuestion(kb, "Who is Kastrovan's lawyer?")).toMatchObject({ answered: true, answer: 'Benedikt Sorvall' });
    });
  });
});

describe('what a named person said', () => {
  const chess = knowledgeBaseFromText(
    'chess.txt',
    `date 2025-12-14

Mira Talven became world chess champion on Sunday, defeating title holder Yusuf Kardal in a tense series of tie-breaks.

"I made one bad decision, and against a player like Mira that is enough," Kardal said.

The match was watched by 3.1 million people online.`,
  );

  it('is never the words of a sentence where the person says nothing', () => {
    const a = answerQuestion(chess, 'What did Kardal say about his defeat?');
    expect(a.sources.map((s) => s.index)).not.toContain(0);
    expect(answerQuestion(chess, 'What did Kardal say?').answer).toBe('“I made one bad decision, and against a player like Mira that is enough”');
  });
});

describe('a quote whose speaker is only "she"', () => {
  const kb = knowledgeBaseFromText(
    'wait.txt',
    `date 2025-11-18

Nurses walked out across the region on Monday, and hospitals cancelled 2,300 operations.

Harriet Coyle, 71, whose hip operation was cancelled for the third time, said she was in constant pain. “I have waited fourteen months already. I blame whoever let it get this far,” she said.

The health board said the strike had lasted for three days in 2019.`,
  );

  it('finds a quote over two sentences through its speaker, though neither names her', () => {
    const a = answerQuestion(kb, 'How long has Harriet Coyle been waiting?');
    expect(a.answer).toContain('fourteen months');
    expect(a.sources[0].text).toContain('I have waited');
  });
});

describe('"how long after"', () => {
  const kb = knowledgeBaseFromText(
    'launch.txt',
    'date 2025-01-22\n\nA rocket carrying a weather satellite exploded less than two minutes after lift-off on Tuesday.\n\nThe rocket had flown three times before.',
  );

  it('answers with the interval, not the day', () => {
    const a = answerQuestion(kb, 'How long after launch did the rocket explode?');
    expect(a.answer).toBe('less than two minutes');
  });
});

describe('"after" with a time is no reason', () => {
  const kb = knowledgeBaseFromText(
    'alarm.txt',
    'date 2025-05-12\n\nThe first police officers arrived at the museum after 03:40.\n\nThey were slow to arrive because a false alarm had drawn them to the other side of the city.',
  );

  it('takes the reason, not the time, for "why"', () => {
    const a = answerQuestion(kb, 'Why did the police officers arrive at the museum so late?');
    expect(a.answer).toContain('false alarm');
  });
});

describe('a verb the article never uses', () => {
  const kb = knowledgeBaseFromText(
    'range.txt',
    'date 2024-10-02\n\nThe Tessin Range has lost a fifth of its ice since 2000, a study found.\n\nThe Tessin Range supplies water to about 12 million people in the lowlands.\n\nThe club was promoted in 2019.',
  );

  it('answers a count from a sentence with every other word of the question', () => {
    const a = answerQuestion(kb, 'How many people depend on water from the Tessin Range?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('12 million');
  });

  it('still declines a time for an event the article never mentions', () => {
    expect(answerQuestion(kb, 'When was the club founded?').answered).toBe(false);
  });
});

describe('a count that is the passive subject of the question’s verb', () => {
  const kb = knowledgeBaseFromText(
    'sold.txt',
    'date 2025-07-08\n\nOf the affected cars, about 61,000 were sold in Sundmark, 97,000 elsewhere in Europe and the rest in Asia.',
  );

  it('answers "how many were sold in X" with the number before "were sold"', () => {
    expect(answerQuestion(kb, 'How many of the cars were sold in Sundmark?').answer).toContain('61,000');
  });

  it('and "how many are needed" with the number before "needed"', () => {
    const seats = knowledgeBaseFromText('seats.txt', 'date 2025-04-14\n\nCivic Union is set to hold 71 of the 150 seats in parliament, five short of the 76 needed to govern alone.');
    expect(answerQuestion(seats, 'How many seats are needed for a majority?').answer).toContain('76');
  });
});

describe('a role asked for in other words', () => {
  const kb = fixtureArticleKb('tervala-car-recall-2025-07.txt');

  it('answers "who is the boss of X" from "X’s chief executive, Y", and a follow-up about her', () => {
    const c = new Conversation();
    const a = answerQuestion(kb, 'Who is the boss of Veltra?', c);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ingrid Solvang');
    expect(answerQuestion(kb, 'How old is she?', c).answer).toContain('57');
  });

  it('answers "who used to coach X" from "X’s former coach, Y", behind a lead on "his former coach" unnamed', () => {
    const race = fixtureArticleKb('lisvara-marathon-record-2026-04.txt');
    expect(answerQuestion(race, 'Who used to coach Kamuren?').answer).toBe('Daniel Mbaro');
  });
});

describe('the object of the question’s verb', () => {
  const kb = knowledgeBaseFromText(
    'carry.txt',
    'date 2025-01-22\n\nA rocket carrying a new weather satellite exploded less than two minutes after lift-off on Tuesday.\n\nThe launch cost 64 million dollars.',
  );

  it('ends where the sentence’s own verb begins', () => {
    expect(answerQuestion(kb, 'What was the rocket carrying?').answer).toBe('a new weather satellite');
  });
});

describe('whether anything happened at all', () => {
  const kb = fixtureArticleKb('ostrava-ferry-rescue-2025-10.txt');

  it('answers "were there any fatalities" with the clause that says none', () => {
    const a = answerQuestion(kb, 'Were there any fatalities?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: No one was killed/);
  });

  it('answers from a clause saying none that leaves out the story’s subject, when the article names it', () => {
    const volcano = fixtureArticleKb('orsland-volcano-eruption-2025-03.txt');
    const a = answerQuestion(volcano, 'Was anyone killed in the eruption?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: No deaths/);
    // A subject the article never names is not the story's.
    expect(answerQuestion(volcano, 'Was anyone killed in the tsunami?').answered).toBe(false);
  });

  it('answers from a short clause saying none, well behind a longer sentence on the story that lacks the asked predicate', () => {
    const kb = knowledgeBaseFromText('fire.txt', 'date 2026-03-03\n\nA fire broke out at a data centre on Monday.\n\nNo one was injured.\n\nThe building was evacuated.');
    expect(answerQuestion(kb, 'Was anyone hurt in the fire?').answer).toMatch(/^No: No one was injured/);
    expect(answerQuestion(kb, 'Was anybody hurt in the fire?').answer).toMatch(/^No: No one was injured/);
  });

  it('never says "yes" from a clause that lacks what is asked ("killed") and only shares its subject', () => {
    const recall = fixtureArticleKb('tervala-car-recall-2025-07.txt');
    const a = answerQuestion(recall, 'Has anyone been killed because of the fault?');
    expect(a.answer).not.toMatch(/^Yes/);
  });
});

describe('a measure written before the asked noun', () => {
  const kb = knowledgeBaseFromText(
    'deal.txt',
    'date 2025-12-14\n\nNurses across the province of Orlen will return to wards on Monday after their union accepted a pay offer that ends a three-week strike which shut more than 40 clinics and delayed about 9,000 operations, officials said.\n\nThe strike had been called over pay.\n\n"Nobody wanted this strike to last so long," the union said.\n\nThe strike was the first since a one-day walkout in 2021.\n\nThe 2.4-kilometre runway at Orlen airport was closed.\n\nThe existing terminal is old.',
  );

  it('answers from the long sentence that measures it ("ends a three-week strike")', () => {
    expect(answerQuestion(kb, 'How long did the strike go on?').answer).toContain('three-week');
  });

  it('is not a measure of the asked noun with another modifier ("the existing runway")', () => {
    const airport = fixtureArticleKb('corrandale-airport-second-runway-2026-03.txt');
    expect(answerQuestion(airport, 'How long is the existing runway?').answered).toBe(false);
  });
});

describe('how long something lasted', () => {
  it('is never answered by a distance ("climbing to about 2,400 metres")', () => {
    const kb = knowledgeBaseFromText(
      'flight.txt',
      'date 2025-12-01\n\nThe plane was climbing through about 2,400 metres (7,900 feet) when the engine caught fire.\n\nThe crew turned back to the airport.',
    );
    expect(answerQuestion(kb, 'how long was the plane in the air').answer).not.toContain('2,400');
  });

  it('is not answered by a point in time ("at 03:26", "on Monday"), only by one that bounds a span', () => {
    const kb = knowledgeBaseFromText(
      'raid.txt',
      'date 2025-05-12\n\nThieves raided the Orlen Museum early on Sunday.\n\nThe alarm sounded at 03:14, but the first patrol car did not arrive until 03:26.\n\nThe museum said its doors would remain closed through Friday.\n\nThe building was shut (4 March – 9 April 2019) after a flood.',
    );
    expect(answerQuestion(kb, 'How long did the alarm sound?').answered).toBe(false);
    expect(answerQuestion(kb, 'How long will the museum stay shut?').answer).toContain('Friday');
    expect(answerQuestion(kb, 'How long was the building shut after the flood?').answer).toContain('March');
  });
});

describe('an age belongs to its person', () => {
  it('does not answer how old one person is with another’s age in the same sentence', () => {
    const kb = knowledgeBaseFromText(
      'race.txt',
      'date 2025-04-14\n\nJonas Abeyo won the Valder City Marathon on Sunday.\n\nAbeyo, 27, crossed the line in 2 hours 4 minutes 51 seconds, improving the previous record set by Ondoria’s Felix Marangu in 2019.',
    );
    expect(answerQuestion(kb, 'How old is Felix Marangu?').answered).toBe(false);
    expect(answerQuestion(kb, 'How old is Jonas Abeyo?').answer).toContain('27');
  });

  it('is found in a long sentence that ranks low among the many naming the person', () => {
    const mayor = fixtureArticleKb('pellmark-mayor-resigns-2025-01.txt');
    expect(answerQuestion(mayor, 'How old is Konrad Veltz?').answer).toContain('57');
  });

  it('keeps apart two people who share a surname', () => {
    const kb = knowledgeBaseFromText(
      'sale.txt',
      'date 2025-11-13\n\nThe painting was bought in 1931 by the industrialist Frederik Aalund.\n\n“My grandfather bought it because he liked her,” said Anna Aalund, 71, speaking for the family.',
    );
    expect(answerQuestion(kb, 'How old was Frederik Aalund when he bought the painting?').answered).toBe(false);
    expect(answerQuestion(kb, 'How old is Anna Aalund?').answer).toContain('71');
  });
});

describe('what a share or a count is of', () => {
  it('reads a hyphenated group ("five-year-olds") word by word', () => {
    const kb = knowledgeBaseFromText('jabs.txt', 'date 2025-02-20\n\nOnly 81% of five-year-olds in Marrow have had both doses of the vaccine, compared with a national target of 95%.');
    const a = answerQuestion(kb, 'What share of five-year-olds in Marrow got both doses?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('81%');
  });

  it('keeps a value in a second "that" clause with its speaker', () => {
    const kb = knowledgeBaseFromText(
      'race.txt',
      'date 2025-04-14\n\nRace director Ines Darrow said a record 18,400 runners started the race, and that about 150,000 spectators lined the route.',
    );
    const a = answerQuestion(kb, 'How many spectators did Ines Darrow say came out to watch?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('150,000');
  });
});

describe('who does something to a named group', () => {
  const story = 'date 2024-12-06\n\nThe rebels, led by the hardline Northern Liberation Front group, or NLF, say they will march on Tarsk.\n\nThe offensive is being led by the NLF as well as an umbrella group of militias called the Free Army.';

  it('is never the group itself, under another of its names, nor one it acts alongside', () => {
    const kb = knowledgeBaseFromText('war.txt', story);
    expect(answerQuestion(kb, 'Who leads the NLF?').answered).toBe(false);
    expect(answerQuestion(kb, 'Who is leading the offensive?').answer).toContain('Northern Liberation Front');
  });

  it('is found where the article says it', () => {
    const kb = knowledgeBaseFromText('war.txt', `${story}\n\nThe NLF is headed by Omar Vell, a former army officer.`);
    expect(answerQuestion(kb, 'Who leads the NLF?').answer).toBe('Omar Vell');
  });
});

describe('the name of a thing', () => {
  it('is not the name of an earlier one the article recalls', () => {
    const kb = knowledgeBaseFromText(
      'spill.txt',
      'date 2025-08-20\n\nThe Marisol-flagged tanker Solveig Star struck a submerged reef off Cape Tallow on Monday, spilling oil onto beaches.\n\nThe spill is the worst to hit the coast since 1999, when the tanker Caldera broke in two in the same waters.',
    );
    expect(answerQuestion(kb, 'What is the name of the tanker?').answer).toBe('Solveig Star');
    expect(answerQuestion(kb, 'What was the name of the tanker that broke up in 1999?').answer).toBe('Caldera');
  });

  it('may be the name a group gives itself ("The group, which called itself “Grey Lantern”")', () => {
    const kb = knowledgeBaseFromText(
      'hack.txt',
      [
        'Police in three cities arrested five people on Tuesday suspected of belonging to a hacking group that locked the computer systems of at least 14 hospitals and demanded ransom.',
        'The arrests followed an 18-month investigation by the National Cyber Crime Unit.',
        'Officers seized 31 laptops and several hard drives.',
        'The group, which called itself "Grey Lantern", is accused of breaking into hospital networks through phishing emails.',
      ].join('\n\n'),
    );
    expect(answerQuestion(kb, 'What was the group called?')).toMatchObject({ answered: true, answer: 'Grey Lantern' });
  });

  it('may be asked of someone’s relative ("the name of the painter’s daughter")', () => {
    const kb = knowledgeBaseFromText(
      'will.txt',
      'date 2026-05-14\n\nA court on Wednesday upheld the final will of the painter Anton Reval, who left most of his estate to his assistant.\n\nAn earlier will had divided the estate equally between his son, Jonas Reval, and his daughter, Mila Reval-Sand.\n\nThe painter died in 2024 at the age of 81.',
    );
    const a = answerQuestion(kb, "What's the name of the painter's daughter?");
    expect(a).toMatchObject({ answered: true, answer: 'Mila Reval-Sand' });
    // (As the name the sentence gives the daughter, not as any person named near the question's words.)
    expect(a.explanation.rule).toContain('name given to the asked noun');
  });

  it('is found in a long sentence that writes it after the noun ("the Marlon-flagged tanker Aurelia Star"), through a typo', () => {
    const collision = fixtureArticleKb('elmstad-sarrow-strait-tanker-collision-2026-10.txt');
    expect(answerQuestion(collision, 'Whats the name of the oil tankr?').answer).toBe('Aurelia Star');
  });
});

describe('which company', () => {
  it('is answered by a name, never by the words after "the management company"', () => {
    const kb = knowledgeBaseFromText(
      'gas.txt',
      "date 2025-10-14\n\nA gas explosion destroyed a block of flats on Halden Street on Monday.\n\nSeveral residents said they had reported a smell of gas to the building's management company in recent weeks.",
    );
    expect(answerQuestion(kb, 'Which company manages the building?').answer).not.toContain('recent weeks');
  });
});

describe('which one, when the article names it only in the question’s words', () => {
  const kb = knowledgeBaseFromText('council.txt', 'date 2025-03-02\n\nA local councillor resigned on Monday after a row over parking fees. The town hall said the vote would go ahead.');

  it('is declined, not answered by those words nor by the time after the verb', () => {
    expect(answerQuestion(kb, 'Which local councillor resigned?').answered).toBe(false);
  });

  it('takes the article’s fuller phrase when it says more than the question', () => {
    expect(answerQuestion(kb, 'Which councillor resigned?').answer).toBe('A local councillor');
  });
});

describe('who heads a thing the question names by its own words', () => {
  it('is not that thing\'s name, nor its short form', () => {
    const bank = knowledgeBaseFromText(
      'bank.txt',
      'date 2025-09-18\n\nThe Central Bank of Terrano (CBT) unexpectedly cut its main interest rate on Thursday.\n\nThe CBT said inflation had fallen faster than it expected.',
    );
    const a = answerQuestion(bank, 'Who heads the central bank?');
    expect(a.answer).not.toContain('Central Bank of Terrano');
    expect(a.answer).not.toContain('CBT');
  });
});

describe('who did an act the article tells in the passive', () => {
  const story = (by: string) =>
    knowledgeBaseFromText(
      'asteroid.txt',
      `date 2026-02-12\n\nThe Aldoran Space Agency (ASA) landed its Kirrin probe on the asteroid Tessaly on Wednesday.\n\nTessaly, a dark, rocky asteroid, was discovered in 2009${by} and is named after a figure from Aldoran folklore.\n\nThe ASA said the probe would collect samples for 14 months.`,
    );

  it('is the doer after "by", though a time comes between', () => {
    expect(answerQuestion(story(' by the astronomer Ines Varo'), 'Who discovered Tessaly?').answer).toBe('the astronomer Ines Varo');
  });

  it('is no other name in the sentence where no "by" names one', () => {
    expect(answerQuestion(story(''), 'Who discovered Tessaly?').answered).toBe(false);
  });
});

describe('who did it, when the doer is no name', () => {
  it('is the doer after "by" of the asked verb, not the speaker named in the sentence', () => {
    const story = knowledgeBaseFromText(
      'war.txt',
      'date 2024-12-06\n\nGeneral Ali Mahmoud Abbas said that the rebels, whom he described as extremists, are backed by foreign countries.',
    );
    expect(answerQuestion(story, 'Who backs the rebels?').answer).toBe('foreign countries');
  });

  it('is the subject of the asked verb, not the news agency that reports it', () => {
    const story = knowledgeBaseFromText(
      'air.txt',
      'date 2024-12-06\n\nState news agency SANA quoted an unnamed official as saying on Friday that Syrian and Russian air forces are attacking rebels in Hama province.',
    );
    expect(answerQuestion(story, 'Who is attacking rebels in Hama province?').answer).toBe('Syrian and Russian air forces');
  });
});

describe('who or what fits a description', () => {
  it('is what the asked noun names ("the capital, Tarsk"), not what a longer description holding it describes', () => {
    const kb = knowledgeBaseFromText(
      'cities.txt',
      'date 2024-12-06\n\nThe city of Varna is a major crossroads between the capital, Tarsk, and Olvania’s coastal provinces.',
    );
    expect(answerQuestion(kb, 'What is the capital of Olvania?').answer).toBe('Tarsk');
  });
});

describe('a possessive name', () => {
  it('answers with the people it qualifies ("Mr Vell’s opponents"), not the name', () => {
    const kb = knowledgeBaseFromText('war.txt', 'date 2024-12-06\n\nThe capture of the northern city of Tarn was a stunning prize for Mr Vell’s opponents.');
    expect(answerQuestion(kb, 'Who captured Tarn?').answer).toBe('Mr Vell’s opponents');
  });
});

describe('a kind of person and a plain word for people', () => {
  it('lets "the men" stand for the miners a question asks about, though never a nurse for a firefighter', () => {
    const kb = knowledgeBaseFromText(
      'mine.txt',
      'date 2025-10-15\n\nSeventeen miners are trapped 600 metres underground.\n\nRescuers are digging a bypass tunnel, but it could take four to six days to bring the men to the surface.\n\nA nurse earns 2,450 marks a month.',
    );
    expect(answerQuestion(kb, 'How long will it take to bring the miners up?').answer).toContain('four to six days');
    expect(answerQuestion(kb, 'How much does a firefighter earn?').answered).toBe(false);
  });
});

describe('a count that only gives an order of size', () => {
  it('is a weak answer: "hundreds of people" sent to hospital does not say how many died', () => {
    const a = answerQuestion(fixtureArticleKb('kessel-heatwave-power-2025-08.txt'), 'How many people have died in the heatwave so far?');
    expect(a.answer).not.toContain('hundreds of people');
  });
});

describe('an amount for each of many', () => {
  const kb = knowledgeBaseFromText(
    'aid.txt',
    'date 2025-03-05\n\nThe government announced 25 million euros in emergency aid for evacuated families.\n\nThe recall will cost 1.1 billion kronor, or roughly 6,000 kronor per vehicle.',
  );

  it('is not answered by a total, but by an amount given per one', () => {
    expect(answerQuestion(kb, 'How much emergency aid will each evacuated family receive?').answer).not.toContain('25 million euros');
    expect(answerQuestion(kb, 'How much will the recall cost per vehicle?').answer).toContain('6,000 kronor');
  });
});

describe('"how much land", "how much power"', () => {
  it('is never answered by money', () => {
    const a = answerQuestion(fixtureArticleKb('maridia-dam-ruling-2024-11.txt'), 'How much land would the dam have flooded?');
    expect(a.answer).not.toContain('$2.3 billion');
  });
});

describe('a measure its unit names', () => {
  it('answers "what was the temperature record" with a temperature, though the sentence says only "record"', () => {
    const kb = knowledgeBaseFromText(
      'heat.txt',
      'date 2025-08-06\n\nThe thermometer at Orvala airport reached 44.1C (111.4F), beating the previous national record of 42.6C (108.7F), set in 1994.\n\nPower cuts hit 210,000 homes.',
    );
    expect(answerQuestion(kb, 'What was the old national temperature record?').answer).toContain('42.6C');
  });
});

describe('a dimension a distance does not say by itself', () => {
  it('takes "40 kilometres downstream" for no depth, but "1.8 metres deep" for one', () => {
    const far = fixtureArticleKb('lindhaven-river-flood-2025-09.txt');
    expect(answerQuestion(far, 'How deep was the floodwater in Marren?').answered).toBe(false);
    const deep = knowledgeBaseFromText('deep.txt', 'date 2025-09-23\n\nThe floodwater in Marren was 1.8 metres (5.9ft) deep on Tuesday, police said.');
    expect(answerQuestion(deep, 'How deep was the floodwater in Marren?').answer).toContain('1.8 metres');
  });

  it('takes a length written before the asked thing for its height ("the 140-metre dam" for "how tall"), though no sentence says "tall"', () => {
    const kb = knowledgeBaseFromText(
      'dam.txt',
      'date 2026-01-20\n\nThe Maridia High Court halted work on the Corran Gorge dam on Wednesday.\n\nThe alliance argued that the 140-metre (459-foot) dam would drown about 18,000 hectares of farmland.\n\nThe government said it would appeal.',
    );
    expect(answerQuestion(kb, 'How tall would the dam be?').answer).toBe('140-metre (459-foot)');
  });

  it('takes a height told as "high" for "how tall"', () => {
    const kb = knowledgeBaseFromText(
      'stage.txt',
      'date 2026-08-20\n\nOrganisers cancelled the festival on Thursday.\n\nThe main stage, which stands 22 metres high, could not be secured against winds of that strength, the organisers said.\n\nThe site lies 40 kilometres from the coast.',
    );
    expect(answerQuestion(kb, 'How tall is the main stage?').answer).toBe('22 metres high');
  });
});

describe('"when might …" asks about the future', () => {
  it('is not answered by a day already past', () => {
    const a = answerQuestion(fixtureArticleKb('trell-chemical-spill-2025-07.txt'), 'When might water supplies be restored?');
    expect(a.answer).not.toContain('on Tuesday');
  });
});

describe('one kind of person is not another', () => {
  it('but a broad word for people may stand for a particular kind ("the scientist" / "an ecologist")', () => {
    const a = answerQuestion(fixtureArticleKb('trell-chemical-spill-2025-07.txt'), 'Which university does the scientist work for?');
    expect(a.answer).toContain('Ardenholm University');
  });

  it('declines what a firefighter earns when the article gives a nurse’s pay', () => {
    const kb = knowledgeBaseFromText(
      'pay.txt',
      'date 2025-11-18\n\nNurses in Quillford began a 48-hour strike on Monday over pay.\n\nA newly qualified nurse in Quillford earns 2,450 marks a month, according to the union.\n\nThe health board said it could not afford the rise.',
    );
    expect(answerQuestion(kb, 'How much does a firefighter in Quillford earn?').answered).toBe(false);
    expect(answerQuestion(kb, 'How much does a nurse in Quillford earn?').answer).toContain('2,450 marks');
  });
});

describe('"which company", "which player": the kind of name the noun asks for', () => {
  const kb = knowledgeBaseFromText(
    'sank.txt',
    'date 2025-10-14\n\nIt is the worst ferry accident since 2009, when the Vega Star sank in the Karvan Sea, killing 12 people.\n\nThe club broke the Premier Division record.',
  );

  it('never answers "which company" with a place, nor "which player" with a league', () => {
    expect(answerQuestion(kb, 'Which company operated the Vega Star?').answer).not.toContain('Karvan Sea');
    expect(answerQuestion(kb, 'Which player broke the record?').answer).not.toContain('Premier Division');
  });
});

describe('"which X" where the article names a kind of X', () => {
  const kb = knowledgeBaseFromText(
    'road.txt',
    'date 2025-08-12\n\nPolice closed a 30-kilometre stretch of the A41 motorway between Ashcombe and Fennick Cross.\n\nThe fire had burned for three days.',
  );

  it('answers "which road" with the named motorway', () => {
    expect(answerQuestion(kb, 'Which road was closed?').answer).toContain('A41');
  });
});

describe('"what is the name of X"', () => {
  const kb = knowledgeBaseFromText(
    'names.txt',
    `date 2025-12-02

Prosecutors said Aldous moved the money into accounts controlled by a shell company, Greyfield Consulting, which he had set up in 2017.

“People were screaming, and a man behind me started praying,” said Helena Marsh, 34, a schoolteacher.

The Swiss Psalm is the national anthem of Switzerland.`,
  );

  it('is answered by the name the sentence gives that noun, directly or through "is the"', () => {
    expect(answerQuestion(kb, 'What was the name of the shell firm?').answer).toContain('Greyfield Consulting');
    expect(answerQuestion(kb, 'What is the name of the national anthem of Switzerland?').answer).toContain('Swiss Psalm');
  });

  it('is declined where the article mentions the noun but never names it', () => {
    expect(answerQuestion(kb, 'What is the name of the man who started praying?').answered).toBe(false);
  });
});

describe('"when will" answered only by what is still to come', () => {
  const kb = knowledgeBaseFromText(
    'again.txt',
    'date 2025-01-22\n\nA rocket exploded after lift-off from the Skelda Point spaceport on Tuesday.\n\nThe Corvid-2 had flown successfully three times before, most recently in October last year.',
  );

  it('declines "when will it fly again" where the article gives only a past flight', () => {
    expect(answerQuestion(kb, 'When will the Corvid-2 fly again?').answered).toBe(false);
  });
});

describe('money asked for in dollars', () => {
  it('finds the sentence that gives dollars only by their sign', () => {
    const kb = knowledgeBaseFromText('cruise.txt', 'date 2025-05-12\n\nThe ship docked on Sunday.\n\nFares for the voyage ranged from 2,100 to 9,800 caldri ($1,400 to $6,530).');
    const a = answerQuestion(kb, 'how much were tickets in dollars');
    expect(a.sources[0]?.text ?? a.closest?.text).toContain('$1,400');
  });
});

describe('an average', () => {
  it('may be a length of time ("the average wait … was 41 days")', () => {
    const kb = knowledgeBaseFromText(
      'cancer.txt',
      'date 2025-03-12\n\nA new cancer wing opened in Breska on Monday.\n\nHospital figures show the average wait from diagnosis to a first radiation session in the region was 41 days last year, compared with 23 days in the south.',
    );
    expect(answerQuestion(kb, 'whats the avg wait for radiation in the north last yr').answer).toBe('41 days');
  });
});

describe('money in a currency the lexicon does not know', () => {
  const kb = knowledgeBaseFromText(
    'drought.txt',
    'date 2024-08-02\n\nGovernor Teodor Vales said on Monday the province would spend 1.2 billion rovins on emergency measures.\n\nThe port exported 3 million barrels of oil last year.',
  );

  it('is read from millions of a word no vocabulary knows', () => {
    expect(answerQuestion(kb, 'How much will the province spend on emergency measures?').answer).toBe('1.2 billion rovins');
  });

  it('is not read from millions of a common word', () => {
    expect(answerQuestion(kb, 'How much money did the port earn from oil exports?').answered).toBe(false);
  });
});

describe('a count beside a name the question gives', () => {
  const kb = knowledgeBaseFromText(
    'drought.txt',
    "date 2024-08-02\n\nWater will be cut off for eight hours a night in Port Edrin from Monday, the water authority said.\n\nLake Osmund, which supplies about 70% of Port Edrin's drinking water, is at 18% of capacity, down from 41% at the same time last year.\n\nConsumption in Port Edrin fell by 11% in July, after the authority urged people to take shorter showers.",
  );

  it('does not count the people the question asks about', () => {
    expect(answerQuestion(kb, 'How many people live in Port Edrin?').answered).toBe(false);
    expect(answerQuestion(kb, "What share of Port Edrin's water comes from Lake Osmund?").answer).toBe('about 70%');
  });
});

describe('a rate in the question', () => {
  const kb = knowledgeBaseFromText(
    'rate.txt',
    'date 2025-12-02\n\nFlight BW417, operated by the low-cost carrier Bluewing Air, had left Ellisport at 18:05 with 170 passengers and six crew on board.\n\nThe airport handles about 3.2 million passengers a year.',
  );

  it('is answered by a value of that rate, not by a one-off count', () => {
    expect(answerQuestion(kb, 'How many passengers does the airport handle a year?').answer).toContain('3.2 million');
    expect(answerQuestion(kb, 'How many passengers does Bluewing Air carry a year?').answered).toBe(false);
  });

  it('is met by the rate of the noun a value is “of”', () => {
    const savings = knowledgeBaseFromText('bank.txt', 'date 2025-09-18\n\nThe banks said they expected annual cost savings of 420 million euros by 2028.');
    expect(answerQuestion(savings, 'How much do the banks expect to save each year?').answer).toBe('420 million euros');
  });

  it('is met by a rate written on the subject of the value’s clause', () => {
    const rents = knowledgeBaseFromText('rent.txt', 'date 2025-06-12\n\nThe average monthly rent for a two-bedroom flat now stands at 1,450 euros, up from 1,105 euros in 2020.');
    expect(answerQuestion(rents, 'How much does a two-bedroom flat cost per month?').answer).toBe('1,450 euros');
  });
});

describe('a precise question whose best-matching sentence holds no such value', () => {
  const kb = knowledgeBaseFromText(
    'age.txt',
    `date 2025-04-17

Scientists have identified a new species of giant marine reptile from a skeleton found in a quarry.

The researchers have named it Brenmoorsaurus helgae, after the town and after Helga Vintner, the quarry worker who spotted the first bones.

Vintner, 46, was driving a digger at the Stavel quarry in September 2022 when she noticed a row of stones.

“I still go past that spot every morning,” Vintner said.`,
  );

  it('is answered by the sentence close behind that holds one', () => {
    const a = answerQuestion(kb, 'How old is Helga Vintner?');
    expect(a.answer).toContain('46');
  });
});

describe('the noun a "what" question asks about', () => {
  const kb = knowledgeBaseFromText(
    'rise.txt',
    'date 2025-11-18\n\nAbout 14,000 nurses walked out on Monday.\n\nThe nurses’ union is asking for a pay rise of 11% this year, while the board has offered 4.5%.',
  );

  it('is the last noun of the phrase after "what" ("what pay rise"), with its number whole', () => {
    expect(analyzeQuestion(kb, 'What pay rise are the nurses asking for?').focus?.word).toBe('rise');
    expect(answerQuestion(kb, 'What pay rise are the nurses asking for?').answer).toContain('11%');
  });

  it('is no answer by itself ("another vehicle" for "what vehicle")', () => {
    const chase = knowledgeBaseFromText('chase.txt', 'date 2025-06-11\n\nPolice said the two men had used the truck but had since switched to another vehicle.');
    expect(answerQuestion(chase, 'What vehicle are the two men driving now?').answered).toBe(false);
  });
});

describe('"which company" among several names', () => {
  const kb = knowledgeBaseFromText(
    'maker.txt',
    'date 2025-01-22\n\nA rocket exploded after lift-off on Tuesday.\n\nThe Corvid-2 rocket, built by the private company Halcyon Launch Systems, lifted off at 14:32.',
  );

  it('answers with the name given to the asked noun, not the name of the thing asked about', () => {
    expect(answerQuestion(kb, 'Which company made the rocket?').answer).toContain('Halcyon Launch Systems');
  });
});

describe('"to" before a value', () => {
  const kb = knowledgeBaseFromText(
    'to.txt',
    'date 2024-11-21\n\nA former finance director was sentenced on Wednesday to nine years in prison, at the end of a trial that lasted almost four months.\n\nThe bank raised its main rate by a quarter of a percentage point to 4.75% on Thursday.',
  );

  it('marks the new value of a change, not the object of "sentenced to"', () => {
    expect(answerQuestion(kb, 'How long did the trial last?').answer).toContain('four months');
    expect(answerQuestion(kb, "What is the bank's main rate now?").answer).toContain('4.75%');
  });
});

describe('"how much" named by its noun', () => {
  const kb = knowledgeBaseFromText(
    'dam.txt',
    `date 2024-11-14

The court halted the 2.3 billion dollar dam project on Wednesday.

Campaigners said the 140-metre dam would flood about 18,000 hectares (44,500 acres) of farmland.

The dam would have produced 1,100 megawatts of electricity.

The government has 30 days to appeal against the ruling.`,
  );

  it('answers "how much land / power / time" with an area, a power and a duration', () => {
    expect(answerQuestion(kb, 'How much land would the dam have flooded?').answer).toContain('18,000 hectares');
    expect(answerQuestion(kb, 'How much power would the dam have produced?').answer).toContain('1,100 megawatts');
    expect(answerQuestion(kb, 'How much time does the government have to appeal?').answer).toContain('30 days');
  });
});

describe('"who was piloting the plane"', () => {
  const kb = knowledgeBaseFromText(
    'pilot.txt',
    'date 2025-12-02\n\nA passenger jet made an emergency landing at Ellisport Airport on Monday.\n\nThe aircraft was flown by Captain Ruth Calder, 49, who has more than 14,000 flying hours.',
  );

  it('asks who did it, not what "piloting the plane" is', () => {
    const a = answerQuestion(kb, 'Who was piloting the plane?');
    expect(a.intent).toBe('who');
    expect(a.answer).toContain('Ruth Calder');
  });
});

describe('reasons: why someone felt or did something', () => {
  const kb = knowledgeBaseFromText(
    'angry.txt',
    'date 2025-08-28\n\nRavensholt City signed the striker on Thursday for a record fee.\n\nIts chair, Patricia Elm, said fans were angry that the club had sold its best player four days before the transfer window closes.',
  );

  it('is answered by what the feeling is about ("angry that …")', () => {
    const a = answerQuestion(kb, 'Why did she say fans were angry?');
    expect(a.answer).toBe('the club had sold its best player four days before the transfer window closes');
  });

  it('is not what a speaker added that only names the asked thing again', () => {
    const story = knowledgeBaseFromText(
      'army.txt',
      'date 2024-12-06\n\nThe break into Rastan came a day after rebels captured the city of Hama, after the Syrian army said it withdrew to avoid fighting inside the city.\n\n“We are in a good position,” Mr Abbas said, adding that Thursday’s withdrawal of the Syrian army from Hama was “a temporary tactical measure”.',
    );
    expect(answerQuestion(story, 'Why did the Syrian army withdraw from Hama?').answer).toBe('to avoid fighting inside the city');
  });

  it('is answered by what a fear is of, and a refusal by the reason given with it', () => {
    const story = knowledgeBaseFromText(
      'mine.txt',
      'date 2025-10-15\n\nGeologists fear that water seeping from old workings could flood the lower galleries.\n\nBrightmere rejected an approach in 2023, saying it undervalued the company.\n\nA spokesman declined to comment, saying only that the probe was at an advanced stage.',
    );
    expect(answerQuestion(story, 'Why are geologists worried?').answer).toContain('water seeping from old workings');
    expect(answerQuestion(story, 'Why did Brightmere turn down the approach?').answer).toContain('undervalued');
    expect(answerQuestion(story, 'Why did the spokesman decline to comment?').answered).toBe(false);
  });

  it('is what sparked or triggered it', () => {
    const fire = knowledgeBaseFromText(
      'fire.txt',
      'date 2025-07-18\n\nMore than 8,300 people were ordered to leave their homes on Thursday as a wildfire spread.\n\nInvestigators believe the fire was sparked by a safety chain dragging along the road from a trailer, officials said.',
    );
    expect(answerQuestion(fire, 'What caused the fire?').answer).toBe('a safety chain dragging along the road from a trailer');
  });

  it('is the concern, suspicion or protest a decision was taken over', () => {
    const story = knowledgeBaseFromText(
      'nets.txt',
      'date 2026-01-12\n\nThe council will meet on Tuesday to discuss shark nets, a measure it rejected in 2022 over concerns about harm to dolphins and turtles.\n\nTwo men were arrested on suspicion of fraud at the harbour on Monday.\n\nShops in the old town closed in protest at the new parking charges.',
    );
    expect(answerQuestion(story, 'Why did the council turn down shark nets?').answer).toBe('over concerns about harm to dolphins and turtles');
    expect(answerQuestion(story, 'Why were the two men arrested?').answer).toBe('on suspicion of fraud at the harbour on Monday');
    expect(answerQuestion(story, 'why did the shops close').answer).toBe('in protest at the new parking charges');
  });

  it('is what a thing is blamed on or driven by', () => {
    const story = knowledgeBaseFromText(
      'drought.txt',
      'date 2026-07-08\n\nThe wheat harvest will fall by 38 percent this year after the worst drought in decades.\n\nMeteorologists blame the drought on a persistent high-pressure system over the west.\n\nThe volcano has erupted three times since Sunday, and scientists said the eruption was being driven by fresh magma rising from below the surface.',
    );
    expect(answerQuestion(story, 'What is causing the drought?').answer).toBe('a persistent high-pressure system over the west');
    expect(answerQuestion(story, 'What is driving the eruption?').answer).toContain('fresh magma rising');
  });

  it('is no schedule ("were due to open")', () => {
    const story = knowledgeBaseFromText(
      'festival.txt',
      "date 2026-08-20\n\nOrganisers cancelled this year's festival on Thursday, less than 24 hours before gates were due to open, because of a severe storm forecast.",
    );
    expect(answerQuestion(story, 'Why was the festival cancelled?').answer).toBe('because of a severe storm forecast');
  });

  it('is the argument given with a dissent', () => {
    const ruling = knowledgeBaseFromText(
      'ruling.txt',
      "date 2025-05-23\n\nThe court upheld a record fine against PulseTrack on Thursday.\n\nTwo judges dissented, arguing that the fine was out of proportion to the company's annual revenue.",
    );
    expect(answerQuestion(ruling, 'Why did two judges dissent?').answer).toBe("the fine was out of proportion to the company's annual revenue");
  });

  it('is what a court rules, though a time comes between "ruling" and "that"', () => {
    const dam = knowledgeBaseFromText(
      'dam.txt',
      "date 2024-11-21\n\nMaridia's High Court has halted construction of the Corran Gorge dam, ruling on Wednesday that the government failed to consult the communities whose land would be flooded.\n\nThe government said it would appeal.",
    );
    expect(answerQuestion(dam, 'Why did the court block the dam?').answer).toBe('the government failed to consult the communities whose land would be flooded');
  });
});

describe('a length written before its noun', () => {
  it('measures that noun, not what the question asks about ("the 10-year bond" for "how long did the speech last")', () => {
    const kb = knowledgeBaseFromText(
      'budget.txt',
      'date 2025-11-19\n\nThe finance minister, Helene Strasny, told parliament in a speech that lasted about 90 minutes that the budget would cut the deficit.\n\nThe 10-year government bond yield fell 0.08 percentage points after the speech.',
    );
    expect(answerQuestion(kb, 'how long did her speech go on for').answer).toBe('about 90 minutes');
  });
});

describe('what someone was punished for', () => {
  it('is the reason: "shown a red card for kicking an opponent"', () => {
    const kb = knowledgeBaseFromText(
      'match.txt',
      'date 2025-07-14\n\nSelvar beat Dravonia 2-1 on Sunday.\n\nDravonia defender Erik Holm was shown a red card for kicking an opponent in the 70th minute.',
    );
    expect(answerQuestion(kb, 'Why was Erik Holm shown a red card?').answer).toBe('kicking an opponent in the 70th minute');
  });

  it('is no "for nothing" or "for the morning"', () => {
    const kb = knowledgeBaseFromText('match.txt', 'date 2025-07-14\n\nSelvar beat Dravonia 2-1 on Sunday.\n\nDravonia defender Erik Holm was sent off for nothing, his coach said.');
    expect(answerQuestion(kb, 'Why was Erik Holm sent off?').answer).not.toMatch(/^nothing/);
  });
});

describe('a point in a trip or a match', () => {
  it('answers "when" with the ordinal day of what it belongs to', () => {
    const kb = knowledgeBaseFromText('cruise.txt', 'date 2025-05-12\n\nMore than 300 passengers fell ill on the cruise ship.\n\nLotte Brannigan, 52, said her husband fell ill on the fifth day of the trip.');
    expect(answerQuestion(kb, "When did Lotte Brannigan's husband get sick?").answer).toBe('on the fifth day of the trip');
  });
});

describe('the dead and the injured', () => {
  const kb = knowledgeBaseFromText(
    'train.txt',
    'date 2025-05-13\n\nAt least 14 people were killed and 63 injured when a train left the tracks near Brask on Monday.\n\nThe derailment is the worst since March 2003, when a freight train collided with a commuter service near Halden, killing 22 people.',
  );

  it('are never counted for each other', () => {
    expect(answerQuestion(kb, 'How many people were injured in the 2003 Halden collision?').answered).toBe(false);
    expect(answerQuestion(kb, 'How many people were killed in the 2003 Halden collision?').answer).toBe('22 people');
  });

  it('are not counted for each other when another asked verb is there ("caved in …, killing seven")', () => {
    const rink = knowledgeBaseFromText(
      'bridge.txt',
      'date 2025-08-14\n\nA bridge collapsed in Haldane on Wednesday.\n\nIt was the worst disaster since 2009, when the roof of an ice rink in the city of Vallmo caved in under heavy snow, killing seven people.',
    );
    expect(answerQuestion(rink, 'How many people were injured when the Vallmo ice rink roof caved in?').answered).toBe(false);
    expect(answerQuestion(rink, 'How many people died when the Vallmo ice rink roof caved in?').answer).toBe('seven people');
  });
});

describe('a numbered name', () => {
  const kb = knowledgeBaseFromText(
    'tram.txt',
    'date 2025-06-12\n\nArvik city council approved a new tram line on Wednesday.\n\nThe new route, to be known as Line 2, will have 19 stops and is expected to carry about 42,000 passengers a day.\n\nThe existing line opened in 2016.',
  );

  it('is another thing under another number ("Line 1" is not "Line 2")', () => {
    expect(answerQuestion(kb, 'How many stops does the existing Line 1 have?').answered).toBe(false);
    expect(answerQuestion(kb, 'How many stops will Line 2 have?').answer).toBe('19 stops');
  });

  it('is another model without the word after its number ("Aster 9" is not "Aster 9 Pro")', () => {
    const phone = knowledgeBaseFromText(
      'phone.txt',
      'date 2026-09-09\n\nLumora unveiled its Aster 9 smartphone on Wednesday.\n\nThe Aster 9 has a 6.7-inch display and weighs 189 grams.\n\nA larger Aster 9 Pro will cost $1,199.',
    );
    expect(answerQuestion(phone, 'How much does the Aster 9 Pro weigh?').answered).toBe(false);
    expect(answerQuestion(phone, 'How much does the Aster 9 weigh?').answer).toBe('189 grams');
  });
});

describe('a rank below the top', () => {
  const kb = knowledgeBaseFromText(
    'port.txt',
    "date 2026-11-20\n\nCustoms officers in Port Arden have seized 2.4 tonnes of cocaine.\n\nPort Arden handles about 3.2 million containers a year, making it the country's second-busiest port.\n\nThe seizure is the biggest since 2019, when officers found 1.1 tonnes in the port of Tarsk, Olvania's fourth largest city.",
  );

  it('does not answer a question about the top ("the busiest port")', () => {
    expect(answerQuestion(kb, "Which is the country's busiest port?").answered).toBe(false);
  });

  it('answers a question that asks for that rank', () => {
    expect(answerQuestion(kb, "Which city is Olvania's fourth largest?").answer).toBe('Tarsk');
  });
});

describe('a time the question already gives', () => {
  it('is no answer, preposition and all ("on Saturday" for "what time … on Saturday?")', () => {
    const kb = knowledgeBaseFromText('canal.txt', 'date 2025-11-13\n\nA container ship ran aground in the canal on Thursday.\n\nEngineers said a fresh attempt to free it could be made at high tide on Saturday.');
    expect(answerQuestion(kb, 'What time is high tide on Saturday?').answered).toBe(false);
  });
});

describe('a yes or no about before', () => {
  it('is not answered by a clause about this time', () => {
    const kb = knowledgeBaseFromText(
      'zoo.txt',
      'date 2025-06-14\n\nA snow leopard that escaped from Halvik zoo was recaptured early on Saturday.\n\nThe licensing authority said on Saturday it would open an inquiry into the escape.\n\nIn 2021, a pair of capybaras dug under a fence and spent three days on a nearby golf course before being caught.',
    );
    const a = answerQuestion(kb, 'Has anything escaped from this zoo before?');
    expect(a.answered && a.sources[0].text.startsWith('A snow leopard')).toBe(false);
  });

  it('is answered by a past perfect ("had passed an inspection in February")', () => {
    const a = answerQuestion(fixtureArticleKb('tarnby-warehouse-fire-2025-07.txt'), 'Did the warehouse pass its last fire safety inspection?');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toContain('had passed a fire safety inspection in February');
  });
});

describe('a length written as an adjective after a qualifier', () => {
  it('measures its noun ("a nearly three-week search"), not what "how long" asks about', () => {
    const kb = knowledgeBaseFromText(
      'lottery.txt',
      'Retired bus driver claims record lottery jackpot\n\nA retired bus driver from the coastal town of Kessbury has come forward to claim a record lottery jackpot, organisers said on Wednesday, ending a nearly three-week search for the winner.\n\nHarald Pemberton, 67, matched all six numbers in the October 26 draw.\n\nPemberton, who drove buses in the Kessbury area for 34 years before retiring in 2020, said he would buy a boat.',
    );
    expect(answerQuestion(kb, 'How long did Pemberton work as a bus driver?').answer).toContain('34 years');
  });
});

describe('"what should X do"', () => {
  const kb = knowledgeBaseFromText(
    'recall.txt',
    'date 2026-01-20\n\nA drugmaker has recalled 1.3 million bottles of eye drops after tests found bacteria in them.\n\n"Patient safety is our first priority," the company said.\n\n"Patients should stop using these drops immediately and return them to the pharmacy," the regulator\'s chief medical officer said.',
  );

  it('is answered by what follows the subject and the modal', () => {
    const a = answerQuestion(kb, 'What should patients do if they have the drops at home?');
    expect(a).toMatchObject({ answered: true, intent: 'what' });
    expect(a.answer).toContain('stop using these drops immediately');
  });

  it('is answered for "will" by what the subject said it "would" do', () => {
    const fines = knowledgeBaseFromText(
      'fines.txt',
      'date 2026-06-09\n\nThe competition regulator on Tuesday fined four drug makers a combined 312 million crowns for fixing prices.\n\nThe Hospitals Federation, which buys medicines for 64 public hospitals, said it would seek compensation from the companies.',
    );
    expect(answerQuestion(fines, 'What will the hospitals federation do now?')).toMatchObject({ answered: true, answer: 'seek compensation from the companies' });
  });
});

describe('a title the question writes in lower case', () => {
  it('asks for the person holding it, though the article capitalises it in a name', () => {
    const kb = knowledgeBaseFromText(
      'port.txt',
      'date 2026-02-10\n\nDockworkers in Tessingen ended a strike on Monday.\n\n"This contract proves that when workers stand together, they win," HTWU General Secretary Rosa Kellan told reporters.',
    );
    expect(answerQuestion(kb, 'Who is the HTWU general secretary?')).toMatchObject({ answered: true, answer: 'Rosa Kellan' });
  });
});

describe('a name the rules all but rule out', () => {
  it('gives way to a strong one in a sentence that covers more of the question', () => {
    const kb = fixtureArticleKb('kharavel-heat-record-water-rationing-2026-01.txt');
    expect(answerQuestion(kb, 'Who is in charge of the Kharavel Water Authority?')).toMatchObject({ answered: true, answer: 'Tariq Osmane' });
  });

  it('answers "who runs X" with the holder of a role heading it', () => {
    expect(answerQuestion(fixtureArticleKb('karvesh-port-automation-2026-03.txt'), 'Who runs the port authority?').answer).toBe('Ilse Marrow');
  });
});

describe('a noun the question asks about, given to another name', () => {
  it('answers for that name only ("Dravonia coach" is not the Selvar coach)', () => {
    const kb = knowledgeBaseFromText(
      'final.txt',
      'Selvar win the Nations Cup on penalties\n\nSelvar won the Continental Nations Cup on Sunday, beating Dravonia 4-3 on penalties.\n\nDravonia coach Henrik Saal blamed fatigue after his team played extra time in both the quarter-final and the semi-final.\n\nLumo had been sent on specifically to take a penalty, Selvar coach Rafael Ybarra said.',
    );
    expect(answerQuestion(kb, 'Who coaches the Selvar team?').answer).toBe('Rafael Ybarra');
    expect(answerQuestion(kb, 'Who coaches Dravonia?').answer).toBe('Henrik Saal');
  });

  it('takes the asked name\'s short form for that name ("DST chair" for the supporters\' trust)', () => {
    const kb = fixtureArticleKb('dravenholt-united-takeover-bid-2025-12.txt');
    expect(answerQuestion(kb, "Who chairs the supporters' trust?")).toMatchObject({ answered: true, answer: 'Marta Ekholm' });
  });

  it('answers nothing about one company from a sentence whose subject is another', () => {
    const kb = knowledgeBaseFromText(
      'merger.txt',
      'Talvik Bank to buy Orsen Bank\n\nTalvik Bank agreed on Thursday to buy Orsen Bank for 4.1 billion lorins.\n\nBoth lenders have struggled with falling interest rates. Orsen Bank reported a 12% drop in net profit last year, to 210 million lorins.',
    );
    expect(answerQuestion(kb, "What was Orsen Bank' net profit last year?").answer).toBe('210 million lorins');
    expect(answerQuestion(kb, "What was Talvik Bank's net profit last year?").answered).toBe(false);
  });
});

describe('a capitalised word inside a name in the question', () => {
  const kb = knowledgeBaseFromText(
    'avalanche.txt',
    'date 2025-02-11\n\nThe group of six, all members of a climbing club from the city of Aurel Falls, was caught by an avalanche shortly after 7:40 a.m.\n\nThe Aurel Falls Mountaineering Club said it was devastated.',
  );

  it('is part of the name, not a verb ("Falls")', () => {
    const falls = analyzeQuestion(kb, 'When was the Aurel Falls Mountaineering Club founded?').terms.find((t) => t.word === 'Falls');
    expect(falls).toMatchObject({ pos: 'PROPN', isName: true });
  });

  it('leaves "when was it founded?" unanswered by a sentence that only names it', () => {
    expect(answerQuestion(kb, 'When was the Aurel Falls Mountaineering Club founded?').answered).toBe(false);
  });
});

describe('the count of an earlier event', () => {
  const kb = knowledgeBaseFromText(
    'avalanche.txt',
    'An avalanche on Mount Kelder killed two climbers on Tuesday.\n\nIt was the deadliest accident on the peak since March 2019, when an avalanche on the same face killed three skiers.',
  );

  it('is known by "since" in an article with no date of its own, and does not answer for this one', () => {
    expect(answerQuestion(kb, 'How many skiers were killed by the avalanche?').answered).toBe(false);
    expect(answerQuestion(kb, 'How many people died in the avalanche?').answer).toBe('two climbers');
  });

  it('gives way in the ranking to a count of this one a good way behind it', () => {
    const dated = knowledgeBaseFromText(
      'avalanche.txt',
      'date 2025-02-11\n\nTwo climbers were killed on Tuesday on Mount Kelder, rescue officials said.\n\nPolice identified the two climbers who died as Tomas Brell, 51, and Ilka Varn, 27.\n\nIt was the deadliest avalanche on the peak since March 2019, when an avalanche on the same face killed three skiers.',
    );
    expect(rankSentences(dated, 'How many people died in the avalanche?')[0].index).toBe(1);
  });
});

describe('the time of an earlier event', () => {
  const kb = knowledgeBaseFromText(
    'blizzard.txt',
    'date 2026-01-15\n\nA blizzard left about 310,000 homes without power on Thursday.\n\nThe region was last hit this hard in February 2010, when a storm left 11 people dead.\n\nThe block, built in 1962, had last been inspected in 2019, the inspectorate said.',
  );

  it('does not say when this one happened ("was last hit … in February 2010")', () => {
    expect(answerQuestion(kb, 'When did the storm hit?').answered).toBe(false);
  });

  it('answers a question about the last time, however wink tags its "last"', () => {
    expect(answerQuestion(kb, 'When was the region last hit this hard?').answer).toContain('February 2010');
    expect(answerQuestion(kb, 'When was it last inspected?').answer).toBe('2019');
  });
});

describe('a reason inside the sentence that holds the asked thing', () => {
  it('gives the reason before the comma ("Because …, many nests miss …")', () => {
    const kb = knowledgeBaseFromText(
      'birds.txt',
      'date 2025-03-20\n\nWarblers now reach their breeding grounds 11 days earlier than in 1994.\n\nBecause the birds have moved their arrival forward by only 11 days, many nests now miss the peak of the food supply.',
    );
    const a = answerQuestion(kb, 'Why do so many warbler nests miss the peak in food?');
    expect(a.answer).toContain('the birds have moved their arrival forward');
  });

  it('is what acts on the asked thing, when that thing is the reason clause’s object', () => {
    const kb = knowledgeBaseFromText(
      'grid.txt',
      'date 2025-08-12\n\nAbout 212,000 homes were without power on Tuesday.\n\nViktor Halvane, the chief executive of the grid operator, said the network had been squeezed from both sides because low river levels had cut output from hydroelectric dams by nearly a third.',
    );
    expect(answerQuestion(kb, 'Why was hydroelectric output down?').answer).toBe('low river levels');
  });
});

describe('reasons an inquiry gives, and reasons for an earlier event', () => {
  const story = knowledgeBaseFromText(
    'rocket.txt',
    `date 2025-06-04

A Corvid rocket failed two minutes after lift-off from Tresk on Tuesday.

Tuesday's failure is under investigation, and early data pointed to a leak in a fuel line, the agency said.

The only previous failure came in 2021, when a smaller rocket failed because of a software error.`,
  );

  it('is answered by what the evidence points to', () => {
    const a = answerQuestion(story, "What caused Tuesday's failure?");
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('a leak in a fuel line');
  });

  it('is not the reason for an earlier event the question does not ask about', () => {
    expect(answerQuestion(story, 'Why did the rocket fail?').answer).not.toContain('software');
    expect(answerQuestion(story, 'Why did the rocket fail in 2021?').answer).toBe('because of a software error');
  });
});

describe('a kind of named thing', () => {
  const floods = knowledgeBaseFromText(
    'floods.txt',
    `date 2025-03-02

Floods swept through Marbury on Monday after three days of heavy rain.

Hundreds of homes were damaged when the River Tallis burst its banks near the Aldwin Bridge, the Marbury Fire Service said.`,
  );

  it('answers "what river" as "which river" would, with the name that holds the asked kind', () => {
    for (const q of ['What river burst its banks?', 'Which river burst its banks?']) expect(answerQuestion(floods, q).answer).toBe('River Tallis');
  });
});

describe('a dimension asked by its adjective', () => {
  it('finds "how deep" in a sentence that gives the depth', () => {
    const wreck = knowledgeBaseFromText(
      'wreck.txt',
      `date 2025-04-09

Divers have found the wreck of a merchant ship off the coast of Caldor.

The vessel sank in a storm in 1652. It lies at a depth of 68 metres (223 feet), the team said.

A 500-metre (1,640-foot) exclusion zone has been set up around the wreck.`,
    );
    const a = answerQuestion(wreck, 'How deep is the wreck?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('68 metres');
  });

  it('takes "in miles per hour" for a speed\'s unit, not a rate the value must be followed by', () => {
    const storm = knowledgeBaseFromText(
      'storm.txt',
      'date 2026-01-15\n\nThe storm arrived on Tuesday evening, bringing winds of up to 110 km/h (68 mph) and heavy snow.\n\nSchools were closed for a third day.',
    );
    const a = answerQuestion(storm, 'How fast were the winds in miles per hour?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('68 mph');
  });

  it('finds "how heavy" in a sentence that says what something weighs', () => {
    const launch = knowledgeBaseFromText(
      'satellite.txt',
      `date 2025-06-04

The Aurelis satellite was launched from Skelda on Tuesday to study the Aurelis sea ice.

Engineers said the satellite would send its first Aurelis images within a week.

It weighs 1,200 kilograms (2,645 pounds) and carries four cameras.`,
    );
    const a = answerQuestion(launch, 'How heavy is the Aurelis satellite?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('1,200 kilograms (2,645 pounds)');
  });
});

describe('a unit counted', () => {
  it('answers "how many acres" with an area, in the unit asked or beside it', () => {
    const kb = knowledgeBaseFromText(
      'meadow.txt',
      `date 2025-03-12

The Ardmoor Wildlife Trust manages 12 nature reserves in the region.

The trust said it would restore 600 hectares (1,480 acres) of meadow by 2030.`,
    );
    const a = answerQuestion(kb, 'How many acres of meadow is the trust going to restore?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1,480 acres');
  });

  it('reads the unit after "by how many" as well ("by 47 seconds" is a duration, not a count)', () => {
    const kb = knowledgeBaseFromText(
      'race.txt',
      `date 2025-10-19

Joran Essendell broke the Carravel Marathon course record by 47 seconds on Sunday, pulling away from a leading group of five runners.

He earned a bonus for breaking the record.`,
    );
    const a = answerQuestion(kb, 'By how many seconds was the course record broken?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('47 seconds');
  });
});

describe('a compound the article writes in parts', () => {
  const kb = knowledgeBaseFromText(
    'cyber.txt',
    `date 2025-11-19

Hackers shut down the computer systems of the Sorrento Hospitals Group on Monday.

Health Minister Paolo Ricardi said the government would spend 200 million lusari ($150 million) over the next three years to strengthen cyber defences in public hospitals.`,
  );

  it('does not call "cybersecurity" unmentioned where the article writes "cyber defences"', () => {
    const a = answerQuestion(kb, 'How much will the government spend on hospital cybersecurity?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('$150 million');
  });

  it('still declines a thing the article never names in any part', () => {
    expect(answerQuestion(kb, 'What is the population of Sorrento?').answered).toBe(false);
  });
});

describe('a thinking verb around the asked event', () => {
  it('asks about the event it frames ("when does the bank think inflation will be back")', () => {
    const kb = knowledgeBaseFromText(
      'rates.txt',
      `date 2025-09-18

The central bank raised its main interest rate to 5.25% on Thursday.

The bank now expects inflation to peak at about 6.1% in the final three months of 2025 and to return to its target only in the second half of 2027.`,
    );
    const a = answerQuestion(kb, 'When does the bank think inflation will be back at its target?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2027');
  });
});

describe('a value and the verb it is the subject of', () => {
  it('is of the asked event when it is the subject of the asked verb, whatever the other clause names', () => {
    const kb = knowledgeBaseFromText(
      'slide.txt',
      `date 2025-10-21

At least 14 people were killed and 22 others were missing after a landslide buried part of the mountain village of Tolvane early on Monday, officials said.

Rescuers with sniffer dogs searched the rubble through the night.`,
    );
    const a = answerQuestion(kb, 'How many people died in the Tolvane landslide?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('14 people');
  });
});

describe('works and their titles', () => {
  const kb = knowledgeBaseFromText(
    'festival.txt',
    `date 2025-09-14

Director Mira Castellane won the Golden Heron, the top prize at the Valmont film festival, on Saturday for “The Salt Orchard”, a drama about salt farmers.

Voss’s film instead took the Silver Heron, the festival’s second prize.`,
  );

  it('answers "what movie" with the title in quotation marks, from the sentence naming the asked prize', () => {
    const a = answerQuestion(kb, 'what movie won the golden heron?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Salt Orchard');
    expect(a.sources[0].text).toContain('Golden Heron');
  });
});

describe('a sentence without the name asked about', () => {
  it('ranks below one that names it ("Verenta’s shares rose 12%" for Kestrel’s rise)', () => {
    const kb = fixtureArticleKb('kestrel-tech-ipo-2025-05.txt');
    expect(answerQuestion(kb, 'How much did Kestrel’s stock rise on its first day of trading?').answer).toContain('38%');
  });
});

describe('a role owned by a short form, after an age', () => {
  it('is held by the name before the age, for a question naming the body in other words', () => {
    const kb = knowledgeBaseFromText(
      'nurses.txt',
      'date 2026-10-14\n\nNurses returned to work on Tuesday after their union accepted a pay offer.\n\nMembers of the United Nursing Federation (UNF) voted 78 percent in favour of the deal.\n\n"This is the first real raise in a decade," said Ilse Brandvold, 52, the UNF’s general secretary.',
    );
    expect(ofType(kb.facts, 'role')).toContainEqual(expect.objectContaining({ subject: 'Ilse Brandvold', description: 'the UNF’s general secretary' }));
    expect(answerQuestion(kb, "Who is the general secretary of the nurses' union?").answer).toBe('Ilse Brandvold');
  });
});

describe('a role of a body the sentence calls "the company" or "the cooperative"', () => {
  const kb = knowledgeBaseFromText(
    't.txt',
    'date 2026-01-20\n\nA power cut hit Norvik on Monday.\n\nThe valley’s dairy cooperative lost 20,000 litres of milk. “We had to pour it away,” said Tomas Vell, the cooperative’s chairman.',
  );

  it('is the holder for the company named before ("at Telvanta, the country’s largest telecoms operator")', () => {
    const outage = fixtureArticleKb('telvanta-network-outage-2026-01.txt');
    expect(answerQuestion(outage, 'Who is Telvanta’s chief technology officer?').answer).toBe('Viktor Halme');
  });

  it('is the holder for the body the question describes more fully, and for no other', () => {
    expect(answerQuestion(kb, 'Who is the chairman of the dairy cooperative?').answer).toBe('Tomas Vell');
    expect(answerQuestion(kb, 'Who is the chairman of the football club?').answered).toBe(false);
  });
});

describe('a value of another person than the asked one', () => {
  it('does not answer what a doctor or a firefighter earns with what a nurse earns', () => {
    expect(answerQuestion(fixtureArticleKb('larkhaven-nurses-strike-2025-09.txt'), 'How much does a doctor earn in Dravonia?').answered).toBe(false);
    expect(answerQuestion(fixtureArticleKb('quillford-nurses-strike-2025-11.txt'), 'How much does a firefighter in Quillford earn?').answered).toBe(false);
    expect(answerQuestion(fixtureArticleKb('larkhaven-nurses-strike-2025-09.txt'), 'How much does a nurse earn in Dravonia?').answer).toContain('41,000 drav');
  });

  it('does not answer what the runner-up receives with what the winners receive', () => {
    expect(answerQuestion(fixtureArticleKb('corvale-cup-final-2024-05.txt'), 'How much prize money does the runner-up receive?').answered).toBe(false);
  });
});

describe('a time after "since"', () => {
  const kb = knowledgeBaseFromText(
    't.txt',
    'date 2025-12-15\n\nMira Talven became world chess champion on Sunday after beating Yusuf Kardal, who had been champion since 2019, in a tie-break.\n\nThe match was played in Orleth.\n\nIrena Vask, who has run the club since 2017, said the win was historic.',
  );

  it('answers "since when" and "how long has", and is the earlier event’s time for any other question', () => {
    expect(answerQuestion(kb, 'Since when had Kardal been champion?').answer).toBe('since 2019');
    expect(answerQuestion(kb, 'How long has Irena Vask run the club?').answer).toBe('since 2017');
    expect(answerQuestion(kb, 'Since what year has Irena Vask run the club?').answer).toBe('since 2017');
    expect(answerQuestion(kb, 'When did Talven become champion?').answer).toContain('on Sunday');
  });
});

describe('a vote asked for', () => {
  it('is the tally ("the final vote on the charge", "a vote of six to one")', () => {
    const kb = knowledgeBaseFromText(
      'vote.txt',
      'date 2026-11-21\n\nDorvik city council approved a congestion charge on Wednesday evening.\n\nThe congestion charge passed by 31 votes to 28 with two abstentions.\n\nThe bank board decision was taken by a vote of six to one.',
    );
    expect(answerQuestion(kb, 'What was the final vote on the congestion charge?').answer).toBe('31 votes to 28');
    expect(answerQuestion(kb, 'What was the vote on the bank board?').answer).toBe('six to one');
  });
});

describe('an earlier event the sentence calls "the last"', () => {
  it('holds its own values, which answer only a question naming its year', () => {
    const kb = knowledgeBaseFromText(
      'strike.txt',
      'MARROWICK, Oct 14 (Nordwire) — Nurses at five hospitals returned to work on Tuesday after a 19-day strike.\n\nThe last major nurses strike in the country took place in 2009, when about 4,200 nurses walked out for six days.',
    );
    expect(answerQuestion(kb, 'How many nurses walked out?').answered).toBe(false);
    expect(answerQuestion(kb, 'How many nurses walked out in 2009?').answer).toBe('about 4,200 nurses');
  });
});

describe('a cause', () => {
  it('is never the name a hyphen joins to "led" ("An SLA-led coalition")', () => {
    const kb = knowledgeBaseFromText(
      'vote.txt',
      'date 2026-06-09\n\nThe ruling party lost its majority in Sunday’s election.\n\nAn SLA-led coalition with the Greens and the Farmers League would hold 128 seats, seven more than needed.\n\nThe Greens have refused to serve in a cabinet with ministers from the Farmers League, which opposes their plan to phase out coal by 2035.',
    );
    expect(answerQuestion(kb, "Why won't the Greens sit in a cabinet with the Farmers League?").answer).not.toContain('SLA-');
  });
});

describe('a length written before the asked noun', () => {
  it('is that noun’s, though another clause of the sentence names the asked place ("a pay offer that ends a 19-day strike")', () => {
    expect(answerQuestion(fixtureArticleKb('marrowick-nurses-strike-2026-10.txt'), "How long did the nurses' strike in Marrowick last?").answer).toBe('19-day');
  });
});

describe('an earlier one of a kind', () => {
  it('is the phrase the sentence writes for it ("the previous record of …", "since 2009, when …")', () => {
    const kb = knowledgeBaseFromText(
      'transfer.txt',
      'date 2026-08-01\n\nRavensholt signed the striker Mateo Lindqvist for a domestic record fee of £92 million on Friday.\n\nThe fee beats the previous domestic record of £78 million, which Castlemere United paid for Jonah Okafor two years ago.\n\nThe closure is the largest in the car industry since 2009, when the Kessler Vane truck works shut with the loss of 2,100 jobs.',
    );
    expect(answerQuestion(kb, 'What was the previous transfer record?').answer).toBe('the previous domestic record of £78 million');
    expect(answerQuestion(kb, 'What was the last car industry closure on this scale?').answer).toBe('in 2009, when the Kessler Vane truck works shut with the loss of 2,100 jobs');
  });
});

describe('a year the sentence counts from', () => {
  const kb = knowledgeBaseFromText(
    't.txt',
    'date 2026-05-04\n\nVoters in Ostmark elected a new parliament on Sunday.\n\nTurnout was 67.2%, the highest since 2008, the commission said.\n\nThe landslide was the deadliest since 2011, when a mudslide killed 14 people in the village of Varn.',
  );

  it('is not the year of the value ("the highest since 2008")', () => {
    expect(answerQuestion(kb, 'What was the turnout in 2008?').answered).toBe(false);
    expect(answerQuestion(kb, 'What was the turnout?').answer).toBe('67.2%');
  });

  it('is, when a clause tells of it ("since 2011, when a mudslide killed 14 people")', () => {
    expect(answerQuestion(kb, 'How many people were killed by the mudslide in 2011?').answer).toBe('14 people');
  });
});

describe('a time of the unit asked', () => {
  it('answers "what time" from a sentence giving the hour, over the lead’s day further ahead', () => {
    const kb = fixtureArticleKb('ostrava-ferry-rescue-2025-10.txt');
    const a = answerQuestion(kb, 'What time did the ferry run aground?');
    expect(a.answer).toContain('22:40');
  });

  it('is taken over the other times of its sentence ("what time" / "completed in 1978, burst at about 4:20 a.m.")', () => {
    const kb = knowledgeBaseFromText(
      't.txt',
      'date 2026-07-14\n\nA dam in the Velmar valley gave way before dawn on Tuesday, flooding three towns.\n\nThe Ostrev Dam, a concrete structure completed in 1978, burst at about 4:20 a.m. after nine days of heavy rain.\n\nRescuers worked through the day.',
    );
    expect(answerQuestion(kb, 'what time did the dam burst').answer).toBe('about 4:20 a.m.');
  });
});

describe('a unit the article writes otherwise', () => {
  it('does not call "degrees" unmentioned where the article writes "1.5C"', () => {
    const kb = knowledgeBaseFromText(
      'warming.txt',
      `date 2024-10-02

If warming is kept to 1.5C, the study found, the glaciers would still lose about a third of their ice by 2100.

The team measured 19 glaciers over ten years.`,
    );
    const a = answerQuestion(kb, 'what happens to the glaciers if warming is kept to 1.5 degrees');
    expect(a.explanation.rule).not.toMatch(/never mentions/);
    expect(a.answered).toBe(true);
  });
});

describe('who holds a title', () => {
  it('is not whoever speaks of the title-holder', () => {
    const kb = knowledgeBaseFromText(
      'strike.txt',
      'date 2025-09-08\n\nAbout 4,200 nurses began a 72-hour strike on Monday.\n\nHealth Minister Ruben Osei-Hart said the demands of the union would cost about 310 million drav a year and that the offer of the government was fair.\n\nOpposition leader Jonas Berrin blamed the government. "This is not a dispute the health minister can solve on his own. It needs money, and only the prime minister can find it," Berrin said.',
    );
    expect(answerQuestion(kb, 'Who is the health minister?').answer).toBe('Ruben Osei-Hart');
  });

  it('is the named holder, close behind a sentence that only follows it', () => {
    const kb = knowledgeBaseFromText(
      'strike.txt',
      'date 2025-09-08\n\n"Our members are exhausted. They are looking after ten patients on a night shift, and they are leaving for jobs abroad," union president Carla Menzies told reporters on a picket line outside Larkhaven General.\n\nA nurse with five years\' experience earns about 41,000 drav a year, according to union figures. The union says about one in seven nursing posts in Larkhaven\'s public hospitals is vacant.\n\nOutside Larkhaven General on Monday afternoon, several hundred nurses in purple union T-shirts waved placards.',
    );
    expect(answerQuestion(kb, "Who is the union's president?").answer).toBe('Carla Menzies');
  });
});

describe('a change in the other direction', () => {
  const kb = knowledgeBaseFromText(
    'shares.txt',
    "date 2025-06-10\n\nBrannvik Home said on Tuesday that sales fell 6.4 percent in its first quarter, sending its shares down 11.2 percent.\n\nLumo's shares rose 1.4 percent on Tuesday as some investors switched out of Brannvik.\n\nThe Falls Street store will close in July.",
  );

  it('does not answer how much something fell', () => {
    expect(answerQuestion(kb, 'how much did the stock drop on tuesday').answer).not.toContain('1.4');
    expect(answerQuestion(kb, 'How much did sales decline in the first quarter?').answer).toBe('6.4 percent');
  });

  it('is not read in a name ("Aurel Falls")', () => {
    const club = knowledgeBaseFromText(
      'club.txt',
      'date 2025-02-11\n\nSix members of a climbing club from Aurel Falls were caught by an avalanche that killed four of them.\n\nThe Aurel Falls Mountaineering Club said it was devastated by the deaths.\n\nIt has about 300 members and its membership rose last year.',
    );
    expect(answerQuestion(club, 'How many members does the Aurel Falls Mountaineering Club have?').answer).toContain('300');
  });
});

describe('a sentence opening on an earlier year', () => {
  // Undated: "In 2019 the … fire burned" tells of the past, with or without a comma after the year.
  const kb = knowledgeBaseFromText(
    'fire.txt',
    'MARROW CREEK (Northline News) — More than 8,300 people were ordered to leave their homes on Thursday as a wildfire spread through the hills.\n\nBy Thursday evening the blaze had destroyed at least 47 homes and 12 farm buildings, officials said.\n\nIn 2019 the Harrow Gap fire burned more than 3,000 hectares south of Marrow Creek and destroyed 19 homes.',
  );

  it('does not answer about the story in an undated article', () => {
    expect(answerQuestion(kb, 'How many homes has the fire destroyed?').answer).not.toContain('19');
  });

  it('answers about the earlier event the question names', () => {
    expect(answerQuestion(kb, 'How many homes did the Harrow Gap fire destroy?').answer).toBe('19 homes');
  });
});

describe('a number in a name', () => {
  it('counts nothing ("Route 9")', () => {
    const kb = knowledgeBaseFromText(
      'fire.txt',
      'MARROW CREEK (Northline News) — More than 8,300 people were ordered to leave their homes on Thursday as a wildfire spread through the hills.\n\nThe blaze, named the Sorrel Ridge fire, started at around 2:40 p.m. on Wednesday near a truck rest stop on Route 9, according to the fire service.',
    );
    expect(answerQuestion(kb, 'How much is the damage from the Sorrel Ridge fire estimated at?').answer).not.toBe('9');
  });
});

describe('a sum asked in a currency', () => {
  const kb = knowledgeBaseFromText(
    'retail.txt',
    'date 2025-06-10\n\nBrannvik Home said on Tuesday that sales fell 6.4 percent in its first quarter, sending its shares down 11.2 percent to 84.30 krona.\n\nGroup revenue for the three months to April 30 came to 4.2 billion krona ($390 million), down from 4.5 billion krona a year earlier.\n\nOperating profit dropped 23 percent to 212 million krona.',
  );

  it('is the figure the article gives in it', () => {
    expect(answerQuestion(kb, 'What was the quarterly revenue in dollars?').answer).toBe('$390 million');
    expect(answerQuestion(kb, 'What was the group revenue?').answer).toBe('4.2 billion krona ($390 million)');
  });

  it('is less sure of a sum given only in another currency', () => {
    expect(answerQuestion(kb, 'What was the operating profit in US dollars?').confidence).toBeLessThan(answerQuestion(kb, 'What was the operating profit?').confidence);
  });
});

describe('an acronym the article spells out', () => {
  const kb = knowledgeBaseFromText(
    'final.txt',
    'date 2025-06-14\n\nHarbour City beat Olvenna Athletic 3-2 in the cup final on Saturday.\n\nThe goal was checked by the video assistant referee for a possible push but was allowed to stand.',
  );

  it('stands for the words whose initials it is', () => {
    const a = answerQuestion(kb, 'Was the winning goal checked by VAR?');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toContain('video assistant referee');
  });

  it('is still unknown when no words spell it', () => {
    expect(answerQuestion(kb, 'Was the goal checked by the FIFA referee?').explanation.rule).toMatch(/never mentions "FIFA"/);
  });
});

describe('a population', () => {
  it('counts people, not what someone took with them', () => {
    const kb = knowledgeBaseFromText(
      'fire.txt',
      'date 2025-07-18\n\nMore than 8,300 people were ordered to leave their homes in Marrow Creek on Thursday.\n\nIda Brennock, 71, who has lived in Marrow Creek for more than four decades, said she left with her two dogs and a box of photographs.',
    );
    expect(answerQuestion(kb, 'What is the population of Marrow Creek?').answer).not.toContain('dogs');
  });

  it('is no sum of money, and a profit no count', () => {
    const kb = knowledgeBaseFromText(
      'court.txt',
      'date 2026-03-10\n\nA court in the city of Harlow on Tuesday ordered the owner of a paper mill to pay 12 million crowns to residents living near the site.\n\nThe three-judge panel found that Kessing Paper had ignored the rules.',
    );
    expect(answerQuestion(kb, 'What is the population of Harlow?').answered).toBe(false);
    expect(answerQuestion(kb, 'How much did Kessing Paper make in profit last year?').answered).toBe(false);
  });
});

describe('a clause cut off at its verb by a quotation', () => {
  it('goes on in the quoted words', () => {
    const kb = knowledgeBaseFromText(
      'museum.txt',
      'date 2025-09-14\n\nThe National Museum reopened on Saturday after a seven-year renovation.\n\nThe opposition\'s culture spokesman, Nils Parrow, said the project had been "a textbook example of poor planning" and called for a public inquiry.',
    );
    expect(answerQuestion(kb, 'How did the opposition describe the project?').answer).toBe('a textbook example of poor planning');
  });
});

describe('a yes/no question on a named subject', () => {
  it('reads the word after the subject as the asked verb, though wink tags it a noun', () => {
    const kb = knowledgeBaseFromText(
      'ruling.txt',
      "date 2025-05-23\n\nVeloria's Supreme Administrative Court on Thursday upheld a record fine against the fitness app maker PulseTrack for selling location data of users in Veloria.\n\nThe ruling is final and cannot be appealed within Veloria, though legal experts said PulseTrack could take the case to a regional court.",
    );
    const a = answerQuestion(kb, 'Can PulseTrack appeal the decison in Veloria?');
    expect(a.sources[0].text).toContain('cannot be appealed');
    expect(a.answer).toMatch(/^No/);
  });
});

describe('a time owning a noun', () => {
  it('tells when that was, not when what is asked happened', () => {
    const kb = knowledgeBaseFromText(
      'festival.txt',
      'Small drama wins Amber Heron\n\nISBRAND, Valtessa (Brindle Wire) — "The Weight of Small Rivers," a quiet drama about three sisters caring for their dying father in a flooded mountain village, won the Amber Heron for best film at the Isbrand International Film Festival on Sunday, October 26, giving first-time feature director Mirela Aszkenor the festival\'s top prize.\n\nFounded in 1962, the Isbrand festival is the oldest film festival in Valtessa. Last year\'s Amber Heron went to "The Long Winter Letter" by director Ilse Vorquist, which later became the first Valtessan film to be shortlisted for a major international award.',
    );
    expect(answerQuestion(kb, 'When was the top award handed out?').answer).toBe('October 26');
  });

  it('answers when the noun is the one asked about ("Sunday\'s election")', () => {
    const kb = knowledgeBaseFromText('vote.txt', "date 2025-04-07\n\nThe Civic Union party won Sunday's parliamentary election with 38.4% of the vote.");
    expect(answerQuestion(kb, 'When was the election held?').answer).toContain('Sunday');
  });
});

describe('an age given by "the 27-year-old"', () => {
  it('answers how old the person told of is', () => {
    const kb = knowledgeBaseFromText(
      'marathon.txt',
      'date 2025-10-19\n\nJoran Essendell broke the Carravel Marathon course record by 47 seconds on Sunday.\n\n“I was patient for 35 kilometres,” Essendell told reporters.\n\nThe 27-year-old Sundrian erased the previous mark of 2:05:38, set by Halvard Quist in 2019.',
    );
    expect(answerQuestion(kb, 'How old is Joran Essendell?').answer).toContain('27');
  });
});

describe('how much of a substance', () => {
  const kb = knowledgeBaseFromText(
    'leak.txt',
    'date 2025-10-22\n\nAbout 3,400 people were evacuated from their homes overnight after a cloud of toxic ammonia gas escaped from a chemical plant.\n\nCompany officials estimated that about 1.8 tonnes (4,000 pounds) of anhydrous ammonia escaped from a pressurised tank.\n\nIn 2022 inspectors fined the company 850,000 gelders ($94,000) after a smaller ammonia release.',
  );

  it('is an amount of it, not people or money', () => {
    expect(answerQuestion(kb, 'how much ammonia escaped').answer).toContain('1.8 tonnes');
  });

  it('still asks the price of a sum ("how much damage", "how much tax")', () => {
    expect(analyzeQuestion(kb, 'How much damage did the leak cause?').rule).toBe('how-much');
    expect(analyzeQuestion(kb, 'How much ammonia escaped?').rule).toBe('how-much-of');
  });
});

describe('which film, book or song', () => {
  it('is the title in quotation marks', () => {
    const kb = knowledgeBaseFromText(
      'festival.txt',
      'date 2025-10-27\n\n"The Weight of Small Rivers," a quiet drama about three sisters, won the Amber Heron for best film on Sunday, giving director Mirela Aszkenor the top prize.\n\nJury president Solveig Tarranova, who won the Amber Heron herself in 2009, said the decision was unanimous.',
    );
    expect(answerQuestion(kb, 'Which film won the Amber Heron?').answer).toBe('The Weight of Small Rivers');
  });
});

describe('an annual rate given as a percentage', () => {
  it('needs no "a year" after it: the percentage is the yearly change', () => {
    const kb = knowledgeBaseFromText(
      'rates.txt',
      'date 2025-10-10\n\nThe Reserve Bank cut its benchmark interest rate to 4.50% on Thursday.\n\nFigures published on Tuesday showed that consumer prices rose 3.2% in September compared with a year earlier, down from 3.9% in August.',
    );
    expect(answerQuestion(kb, 'What was the annual inflation rate in September?').answer).toBe('3.2%');
  });
});

describe('a typo in the measured word', () => {
  it('is mended before deciding what is asked', () => {
    const kb = knowledgeBaseFromText('rates.txt', 'date 2025-10-10\n\nThe Reserve Bank cut its benchmark interest rate to 4.50% on Thursday.\n\nCore inflation, which strips out volatile food and energy prices, eased to 3.6% from 4.1%.');
    const a = answerQuestion(kb, 'What is core inflaton now?');
    expect(a.intent).toBe('how-much');
    expect(a.answer).toBe('3.6%');
  });
});

describe('the kind a which-question asks for', () => {
  it('is no name, though a name in the article has the word ("Civic Renewal Party")', () => {
    const kb = knowledgeBaseFromText(
      'vote.txt',
      "date 2025-10-13\n\nValdecorte, 44, of the Civic Renewal Party (CRP), won 51.8% of the vote.\n\nOsterhag took 38.4%, while Pavel Drummin of the Green Harbour Alliance finished third with 9.8%.",
    );
    const q = analyzeQuestion(kb, 'Which party does Pavel Drummin represent?');
    expect(q.terms.find((t) => t.word === 'party')?.isName).toBe(false);
    expect(q.terms.find((t) => t.word === 'Drummin')?.isName).toBe(true);
  });
});

describe('a drug trial', () => {
  const kb = knowledgeBaseFromText(
    'trial.txt',
    'date 2025-11-14\n\nThe regulator approved a daily migraine pill made by Veltrano Therapeutics on Friday.\n\nIn the 14-month trial, which enrolled 1,240 patients, those taking the pill saw their monthly migraine days fall from an average of 17.2 to 9.1, a reduction of 47 percent.\n\nVeltrano said the pill would cost 1,150 korvens (about 980 euros) for a 30-day supply before discounts.',
  );

  it('answers a share question with a percentage, whatever it is of', () => {
    expect(answerQuestion(kb, 'By what percentage did monthly migraine days fall for those taking the pill?').answer).toBe('47 percent');
  });

  it('reads "a month\'s supply" as an amount, not a rate', () => {
    expect(answerQuestion(kb, "How much will a month's supply cost in euros?").answer).toBe('about 980 euros');
  });
});

describe('how long a thing is', () => {
  it('is no year it opened', () => {
    const kb = knowledgeBaseFromText(
      'bridge.txt',
      'date 2025-11-12\n\nAt least seven people were killed when the Orvenna Bridge collapsed on Wednesday.\n\nThe Orvenna Bridge, which opened in 1971, carried about 38,000 vehicles a day.',
    );
    expect(answerQuestion(kb, 'How long is the Orvenna Bridge in total?').answer).not.toContain('1971');
    expect(analyzeQuestion(kb, 'How long is the Orvenna Bridge in total?').rule).toBe('how-long-size');
  });
});

describe('a length asked in a unit', () => {
  it('is the figure the article gives in it', () => {
    const kb = knowledgeBaseFromText(
      'bridge.txt',
      'date 2025-11-12\n\nAt least seven people were killed on Wednesday when a 90-metre (295-foot) span of the Orvenna Bridge collapsed into the Sarle River.\n\nThe bridge carried about 38,000 vehicles a day.',
    );
    expect(answerQuestion(kb, 'How long was the span that collapsed, in feet?').answer).toBe('295-foot');
    expect(answerQuestion(kb, 'How long was the span that collapsed?').answer).toBe('90-metre (295-foot)');
  });
});

describe('"that" event of an earlier year', () => {
  const kb = knowledgeBaseFromText(
    'volcano.txt',
    'VESKARO (Wire) — Mount Brenvask erupted on Saturday for the first time in 43 years, sending a column of ash into the sky.\n\nNo deaths were reported, but two farmers were treated in hospital for breathing problems.\n\nBrenvask\'s last major eruption, in 1982, lasted five months. That eruption killed three people, including a geologist.',
  );

  it('does not answer about this one', () => {
    expect(answerQuestion(kb, 'Did anyone die in the eruption?').answer).not.toMatch(/^Yes/);
  });

  it('answers about the one the question dates', () => {
    expect(answerQuestion(kb, 'How many people were killed in the 1982 eruption?').answer).toContain('three people');
  });
});

describe('the final score', () => {
  it('is the result, not a score on the way ("from 5-1 down")', () => {
    const kb = knowledgeBaseFromText(
      'tennis.txt',
      'date 2025-09-07\n\nSabine Orlec saved a match point to beat defending champion Talia Brennholt 4-6, 7-6 (8-6), 6-3 in the women\'s final of the Ravelmont Open on Saturday.\n\nShe came back from 5-1 down in the final set of her quarter-final.',
    );
    expect(answerQuestion(kb, 'What was the final score?').answer).toBe('4-6, 7-6 (8-6), 6-3');
  });
});

describe('an earlier eruption told in an undated article', () => {
  const kb = knowledgeBaseFromText(
    't.txt',
    'Mount Tervik, a volcano in the north, erupted early on Saturday, forcing 26,000 people from their homes.\n\nMount Tervik, which rises 2,100 metres above sea level, last erupted in 1987, when mudflows buried two villages and killed 14 people.\n\nNo deaths had been reported by Saturday evening, but two people were treated for breathing problems.',
  );

  it('answers whether anyone was killed from the clause saying none was, not from the earlier eruption', () => {
    const a = answerQuestion(kb, 'was anyone killed?');
    expect(a.answer).toMatch(/^No: No deaths/);
    expect(a.sources[0].text).toContain('No deaths');
  });
});

describe('a distance told of another place in a ", which" clause', () => {
  const kb = knowledgeBaseFromText(
    't.txt',
    'date 2026-05-02\n\nMount Kavrel erupted early on Saturday, blasting ash into the sky and forcing thousands to flee.\n\nArmy trucks moved residents of 17 villages on the volcano\'s slopes to schools in Pellin and in the provincial capital, Dorrow, which lies about 65 kilometres (40 miles) from the summit.\n\nThe eruption began at 4:52 a.m. with an explosion that rattled windows as far away as Pellin, a town 40 kilometres (25 miles) to the south.\n\n"It did not stop," said Ilka Marsh, 63, a farmer from the village of Tennebrook, which sits 7 kilometres (4.3 miles) from the summit.\n\nThe airport was closed and all flights were cancelled.',
  );

  it('gives the distance of the place asked about, not of the one the clause is about', () => {
    expect(answerQuestion(kb, 'how far is Pellin from the volcano?').answer).toBe('40 kilometres (25 miles) to the south');
  });

  it('keeps a place the asked person is told of by as theirs', () => {
    expect(answerQuestion(kb, 'How far from the summit does Ilka Marsh live?').answer).toBe('7 kilometres (4.3 miles)');
  });
});

describe('a role of another rank', () => {
  const kb = knowledgeBaseFromText(
    't.txt',
    'date 2026-01-22\n\nA court in Meskar on Thursday acquitted former deputy mayor Teodor Vanhal of taking bribes.\n\nThe trial lasted nearly two years.',
  );

  it('is not the role asked about: a deputy holds another post, a former holder no longer holds it', () => {
    expect(answerQuestion(kb, 'who is the mayor of Meskar?').answered).toBe(false);
    expect(answerQuestion(kb, 'who was the deputy mayor?').answer).toBe('Teodor Vanhal');
  });
});

describe('a who-answer ruled out outright', () => {
  const kb = knowledgeBaseFromText(
    't.txt',
    'date 2026-04-02\n\nThe pension bill passed by 154 votes to 147 on Thursday.\n\nUnions led by the Kestrian Federation of Labour (KFL) brought around 120,000 people onto the streets of the capital, Ostravik, on March 14.\n\nKFL leader Sonja Brekke, 47, said the unions would not back down.\n\nThe finance minister welcomed the vote.',
  );

  it('gives way to a strong name in a sentence covering nearly as much of the question', () => {
    expect(answerQuestion(kb, 'who leads the KFL').answer).toBe('Sonja Brekke');
  });
});

describe('a yes or no question met by its opposite', () => {
  it('ranks the sentence with the opposite predicate first ("acquitted" for "found guilty", "banned" for "allowed")', () => {
    const top = (name: string, question: string): string => {
      const kb = fixtureArticleKb(name);
      return kb.articles[0].sentences[rankSentences(kb, question)[0].index].text;
    };
    expect(top('corlan-minister-sentenced-2025-10.txt', 'Was Vasquel found guilty of money laundering?')).toContain('acquitted him on a separate charge of money laundering');
    expect(top('brenna-oil-spill-2025-08.txt', 'Is swimming still allowed near Brenna?')).toContain('banned swimming');
  });
});

describe('the age of someone new to the story', () => {
  const kb = knowledgeBaseFromText(
    't.txt',
    'date 2026-05-02\n\nMount Kavrel erupted early on Saturday, forcing thousands to flee.\n\nLava had crept about 3 kilometres down the northern flank by midday, chief volcanologist Renata Ovell told reporters.\n\nOvell, 45, said the institute had recorded more than 300 small earthquakes beneath the volcano.\n\nNo deaths were reported, but a 71-year-old man broke his leg after falling into a ditch.',
  );

  it('is not the age of the person asked about by their role', () => {
    expect(answerQuestion(kb, 'how old is the chief volcanologist').answer).toBe('45');
  });
});

describe('the holder of a role of the company the article is about', () => {
  const kb = knowledgeBaseFromText(
    't.txt',
    'Corvanta to cut 1,800 jobs as quarterly profit slumps\n\nLUNDMARK, Feb 11 (Keldar Press) — Corvanta Pharmaceuticals said on Wednesday it would cut 1,800 jobs after its profit fell by more than half.\n\n“We knew this moment was coming,” Chief Executive Oriel Vask told reporters on a conference call.\n\nVask, 49, took over in 2022.\n\nShares in Halvorsen, a rival, rose after its chief executive, Maria Lenz, praised the results.',
  );

  it('is named though the sentence leaves out the company its headline names', () => {
    expect(answerQuestion(kb, 'who is the chief executive of Corvanta?').answer).toBe('Oriel Vask');
  });

  it('is not the holder of that role at another company', () => {
    const deal = knowledgeBaseFromText(
      'd.txt',
      'date 2023-03-16\n\nHalvorsen Marine agreed on Wednesday to buy its smaller rival Brightwater Shipping for $4.2 billion.\n\n“This is the most important step in our history,” said Maria Lenz, Halvorsen’s chief executive.\n\nThe deal still needs approval from regulators.',
    );
    expect(answerQuestion(deal, 'Who is the chief executive of Brightwater?').answered).toBe(false);
  });
});

describe('a value opening an apposition', () => {
  it('measures the word the apposition is to ("The Ostrev Dam, a 62-metre concrete structure")', () => {
    const kb = knowledgeBaseFromText(
      't.txt',
      'date 2026-07-14\n\nA hydroelectric dam in the Velmar valley gave way before dawn on Tuesday, sending a wall of water through three towns downstream and forcing more than 9,000 people from their homes, regional officials said.\n\nThe Ostrev Dam, a 62-metre (203-foot) concrete structure completed in 1978, burst at about 4:20 a.m. after nine days of heavy rain filled the reservoir behind it.\n\nFloodwater travelled 18 kilometres (11 miles) down the valley in under two hours.\n\nAt least 14 people were killed and 23 others were still missing by Tuesday evening.\n\nLocal residents said the dam had long been a source of unease.',
    );
    expect(answerQuestion(kb, 'how tall was the Ostrev Dam').answer).toBe('62-metre (203-foot)');
  });
});

describe('a count asked with no noun ("how many died")', () => {
  it('counts the people the related verb tells of in the passive, not a noun elsewhere in the question', () => {
    const kb = knowledgeBaseFromText(
      't.txt',
      'date 2026-07-14\n\nA hydroelectric dam in the Velmar valley gave way before dawn on Tuesday, sending a wall of water through three towns downstream and forcing more than 9,000 people from their homes, regional officials said.\n\nFloodwater travelled 18 kilometres (11 miles) down the valley in under two hours, cutting off the towns of Brask and Tennely.\n\nAt least 14 people were killed and 23 others were still missing by Tuesday evening, the regional emergency service said.\n\nRescue teams in boats picked up residents who had climbed onto rooftops.',
    );
    expect(answerQuestion(kb, 'how many died in the flood').answer).toBe('At least 14 people');
  });
});

describe('what someone said about a thing', () => {
  it('is the words of theirs that name the thing, close behind words that do not', () => {
    const kb = fixtureArticleKb('meskar-corruption-acquittal-2026-01.txt');
    const conversation = new Conversation();
    expect(answerQuestion(kb, 'who was the judge', conversation).answer).toBe('Alvina Korrt');
    expect(answerQuestion(kb, 'what did she say about the evidence', conversation).answer).toContain('the evidence placed before it does not meet the standard');
  });
});

describe('the agent of a passive, past a kind noun', () => {
  it('answers which country did it ("brokered by the neighbouring state of Albrenia")', () => {
    const kb = knowledgeBaseFromText(
      't.txt',
      'date 2026-09-04\n\nFour aid workers held by an armed group in the mountains of northern Kessarine were released on Friday after weeks of negotiations brokered by the neighbouring state of Albrenia, officials from both countries said.\n\nThe four were flown to the capital.\n\nThe group had demanded a payment of 5 million lirn.',
    );
    expect(answerQuestion(kb, 'which country helped broker the deal').answer).toBe('Albrenia');
  });
});

describe('a placing the question names', () => {
  it('must be written: the gold medallist’s prize is not the silver medallist’s', () => {
    const kb = knowledgeBaseFromText(
      't.txt',
      'date 2026-06-14\n\nNelia Tarro won the 200 metres freestyle in a world record time on Sunday.\n\nUnder the federation’s rules, swimmers who break a world record receive a bonus of $50,000 on top of the $10,000 paid to every individual gold medallist.\n\nImke Dahrl of Ostmark took silver.',
    );
    expect(answerQuestion(kb, 'how much prize money does the silver medallist get').answered).toBe(false);
    expect(answerQuestion(kb, 'how much prize money does the gold medallist get').answer).toContain('$10,000');
  });
});

describe('a superlative quantifier the question asks by', () => {
  it('finds the sentence that says it ("who won the most seats")', () => {
    const kb = knowledgeBaseFromText(
      't.txt',
      'date 2026-05-11\n\nThe centre-right Civic Renewal Party (CRP) won the most seats in Ostmark’s general election on Sunday but fell well short of a majority, opening the way to weeks of coalition talks.\n\nThe liberal Forward Ostmark party won 24 seats, the nationalist Homeland League 19, and the Greens 11.\n\nTalks on a coalition begin on Monday.',
    );
    expect(answerQuestion(kb, 'who won the most seats').answer).toBe('Civic Renewal Party (CRP)');
  });
});

describe('a time in a ", which" clause of another thing', () => {
  it('is not the asked thing’s time ("the gallery, which had cut its staff in 2024")', () => {
    const kb = knowledgeBaseFromText(
      't.txt',
      'date 2026-02-11\n\nA painting stolen from the Royal Gallery has been found in the loft of an abandoned farmhouse.\n\nThe theft had embarrassed the gallery, which had cut its night security staff from four guards to two in 2024 to save money.\n\nThree men were arrested.',
    );
    expect(answerQuestion(kb, 'when was the theft').answer).not.toContain('2024');
  });

  it('is, when the clause tells of the asked thing ("who cut the ribbon at the 10 a.m. ceremony")', () => {
    const kb = knowledgeBaseFromText(
      't.txt',
      'date 2025-03-11\n\nThe hospital opened a new cancer wing on Monday.\n\nThe wing was opened by Health Minister Ana Brel, who cut the ribbon at the 10 a.m. ceremony.\n\nThe wing has 40 beds.',
    );
    expect(answerQuestion(kb, 'What time did the opening ceremony take place?').answer).toBe('10 a.m.');
  });
});

describe('a person asked for by role', () => {
  const kb = knowledgeBaseFromText(
    'fraud.txt',
    `date 2026-02-06

The founder of a property investment firm was sentenced to nine years in prison on Friday for a fraud that cost investors 27 million dollars.

Judge Eleanor Pryce said the founder had targeted retired people who trusted him with their life savings.

Finance Minister Joral Hestvik said the government would tighten the rules on investment schemes.`,
  );

  it('is named where the article writes the role, though not the words after it ("in the case")', () => {
    const a = answerQuestion(kb, 'Who was the judge in the case?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Eleanor Pryce');
  });

  it('is not the holder of another role ending in the same noun', () => {
    expect(answerQuestion(kb, 'Who is the prime minister?').answered).toBe(false);
  });
});

describe('a who-question whose verb only one sentence writes', () => {
  it('is answered by the agent of that verb, behind a lead that leaves it out', () => {
    const kb = knowledgeBaseFromText(
      'bridge.txt',
      `date 2026-06-12

Inquiry blames corroded cables for Vessmark footbridge collapse

A public inquiry into the collapse of the Orlen Street footbridge in Vessmark has found that corroded steel cables caused the disaster.

The inquiry, led by retired judge Margarethe Solvang, 68, heard evidence from 94 witnesses over 41 days of hearings.

The bridge was built in 1987.`,
    );
    const a = answerQuestion(kb, 'Who led the inquiry into the Vessmark bridge collapse?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Margarethe Solvang');
  });
});

describe('what someone thinks of a thing', () => {
  it('is what they said of it ("what did she think of the sentence?")', () => {
    const kb = knowledgeBaseFromText(
      'court.txt',
      `date 2026-02-06

Marlowe was jailed for nine years under sentencing rules that allow parole after half of his term.

Investor Maureen Tobin, 74, who lost 160,000 dollars, said outside the court that the sentence was "far too short".`,
    );
    const a = answerQuestion(kb, 'What did Maureen Tobin think of the sentence?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('far too short');
  });
});

describe('"what is the X\'s name?"', () => {
  it('is the name the article gives that noun, as "what is the name of the X?" is', () => {
    const kb = knowledgeBaseFromText(
      'shark.txt',
      `date 2026-01-19

A 34-year-old surfer was seriously injured by a shark off a popular beach on Sunday.

The surfer, named by police as Callum Reyt, was bitten on the left leg at around 07:15.

Other surfers pulled him onto the sand, according to the Coastal Ambulance Service.`,
    );
    const a = answerQuestion(kb, "What is the surfer's name?");
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Callum Reyt');
  });
});

describe('a question of cue words only', () => {
  const kb = knowledgeBaseFromText(
    'vote.txt',
    `date 2026-02-11

Parliament on Tuesday passed a law requiring e-scooter riders to wear helmets.

The bill was approved by 312 votes to 141, with 22 abstentions, after more than five hours of debate.

Transport Minister Lena Vogt, 52, said the law would save lives, as the share of riders injured rose to 12 percent.`,
  );

  it('is answered by the value it asks for, with nothing else to cover', () => {
    const a = answerQuestion(kb, 'What was the vote tally?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('312 votes to 141');
    // ("count" and "result" of a vote only name the tally too.)
    expect(answerQuestion(kb, 'what was the vote count')).toMatchObject({ answered: true, answer: '312 votes to 141' });
  });

  it('is not, when a pronoun stands for something no conversation named', () => {
    expect(answerQuestion(kb, 'What percentage is that?').answered).toBe(false);
  });
});

describe('who someone is married to', () => {
  it('is the person the article calls their wife, past "of 58 years" and a word for her', () => {
    const kb = knowledgeBaseFromText(
      'obituary.txt',
      'date 2026-03-03\n\nOskar Hallenberg, the novelist, died on Monday at his home.\n\nHallenberg is survived by his wife of 58 years, the illustrator Greta Lunde, two daughters and five grandchildren.',
    );
    expect(answerQuestion(kb, 'Who was his wife?').answer).toBe('Greta Lunde');
    expect(answerQuestion(kb, 'Who was Hallenberg married to?').answer).toBe('Greta Lunde');
  });
});

describe('a screen', () => {
  it('is a display', () => {
    const kb = knowledgeBaseFromText('phone.txt', 'date 2026-09-09\n\nThe Aster 9 has a 6.7-inch display and weighs 189 grams.');
    expect(answerQuestion(kb, 'How big is the screen on the Aster 9?').answer).toBe('6.7-inch');
  });
});

describe('"what is the X called?"', () => {
  it('is the name a sentence gives the asked thing, though another sentence matches more of the question', () => {
    const kb = knowledgeBaseFromText(
      'wind.txt',
      `date 2026-04-13

The government on Monday approved plans for a 96-turbine wind farm in the northern sea, about 35 kilometres off the coast.

The project, named Gullwing Bank, will be built by Nordvind Energy and is expected to cost 1.2 billion euros.

The revised plan moves the wind farm 12 kilometres further from the shore and cuts the number of turbines from 110.`,
    );
    const a = answerQuestion(kb, 'What is the wind farm project called?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Gullwing Bank');
  });

  it('reaches a naming sentence that shares little else with the question', () => {
    const kb = knowledgeBaseFromText(
      'planet.txt',
      `date 2025-02-14

Astronomers have detected water vapour in the atmosphere of a rocky planet orbiting a nearby star, the agency said on Thursday.

The planet, known as Kessit-214 b, is about 1.4 times as wide as Earth and circles a small red dwarf star 41 light-years away, or roughly 388 trillion km.

The planet is the smallest and nearest on which water vapour has been detected.

The previous record holder, reported in 2019, is about 2.6 times the width of Earth.

Dr. Pavel Rusk, a planetary scientist who was not involved in the study, called the result "exciting but not yet conclusive".`,
    );
    const a = answerQuestion(kb, 'What is the planet called?');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toContain('known as Kessit-214');
    // Another planet than the one the sentence names.
    expect(answerQuestion(kb, 'What is the name of the planet that held the previous record?').answer).not.toContain('Kessit');
  });
});

describe('a who-question whose best sentence names no one', () => {
  it('is answered by the people a sentence opens on, described, when it names none', () => {
    const kb = knowledgeBaseFromText(
      'seizure.txt',
      [
        'Customs officers have seized more than 3 tonnes of pangolin scales hidden in a shipping container, officials said on Monday.',
        'The container was opened on Saturday after a sniffer dog reacted to it during a routine check.',
        'Two men, a 52-year-old freight forwarder and a 41-year-old warehouse manager, were arrested in Terranto on Sunday evening.',
      ].join('\n\n'),
    );
    expect(answerQuestion(kb, 'Who got arrested?')).toMatchObject({ answered: true, answer: 'Two men, a 52-year-old freight forwarder and a 41-year-old warehouse manager' });
  });

  it('is answered by the person a sentence close behind names', () => {
    const kb = knowledgeBaseFromText(
      'burials.txt',
      `date 2026-10-08

Archaeologists have found 23 Bronze Age graves on the route of a new motorway near Orrin Hollow.

A petition launched by the Orrin Hollow Historical Society has gathered 8,500 signatures in three weeks.

"Once it is covered in concrete, it is gone forever," said the society's chairman, Gunnar Ellefsen, 71.`,
    );
    const a = answerQuestion(kb, 'Who chairs the Orrin Hollow Historical Society?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Gunnar Ellefsen');
  });
});

describe('how often the asked act befell the asked thing', () => {
  it('counts "how many" of it ("has won the MVP award four times")', () => {
    const kb = knowledgeBaseFromText(
      'player.txt',
      `date 2025-04-02

Kobe Bryant played for the Lakers his entire career, winning five NBA championships.

He has won the All-Star MVP award four times, tying the record.`,
    );
    const a = answerQuestion(kb, 'How many MVP awards has Kobe Bryant won?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('four times');
  });
});

describe('the years of a life in brackets after a name', () => {
  const kb = knowledgeBaseFromText(
    'inventor.txt',
    `date 2025-03-02

Mary Anderson (1866–1953) was a real estate developer and the inventor of the windshield wiper blade.

In November 1903 Anderson was granted her first patent.`,
  );

  it('tell when the person was born and when she died', () => {
    expect(answerQuestion(kb, 'When was Mary Anderson born?').answer).toBe('1866');
    expect(answerQuestion(kb, 'When did Mary Anderson die?').answer).toBe('1953');
  });
});

describe('where a body is based', () => {
  const kb = knowledgeBaseFromText(
    'drug.txt',
    `date 2025-02-11

Meridex Pharmaceuticals said on Tuesday that its experimental drug slowed memory decline.

The Hallsberg-based company plans to seek approval next year.

Meridex shares rose 27% in early trading in Velden.

The new bank will have its headquarters in the capital, Dunmerrow.`,
  );

  it('is the name before "-based", or a few words after "headquarters in"', () => {
    expect(answerQuestion(kb, 'Where is the company based?').answer).toBe('Hallsberg');
    expect(answerQuestion(kb, 'Where will the new bank be headquartered?').answer).toBe('Dunmerrow');
  });
});

describe('where something was going', () => {
  it('is the name after "bound for" or the "to" of "from … to …", and never a source after "according to"', () => {
    const kb = knowledgeBaseFromText(
      'flight.txt',
      `date 2025-12-04

A passenger jet made an emergency landing at Ellisport on Thursday after smoke filled the cabin.

Flight BW417, operated by Bluewing Air, had left Ellisport at 18:05 bound for the island of Marrenholm.

The tanker struck a reef while sheltering from gale-force winds, according to the Coastguard Agency.

The ferry had left Lisk at 9:15 p.m. on its regular crossing to the island of Tarnby.`,
    );
    expect(answerQuestion(kb, 'Where was the flight going?').answer).toBe('Marrenholm');
    expect(answerQuestion(kb, 'where was the ferry headed').answer).toBe('Tarnby');
    expect(answerQuestion(kb, 'Where was the tanker going?').answer).not.toContain('Coastguard');
  });
});

describe('where someone comes from', () => {
  it('is the place after "comes from", not a place she went to', () => {
    const kb = knowledgeBaseFromText(
      'swim.txt',
      `date 2026-06-21

Seventeen-year-old Nelia Tarro broke the 200 metres freestyle world record on Sunday at the championships in Halvik.

Tarro, who comes from the fishing town of Rimmeholt on the west coast, led from the first turn.`,
    );
    expect(answerQuestion(kb, 'where is tarro from').answer).toBe('Rimmeholt');
  });
});

describe('a precise question whose best sentence holds no value of its kind', () => {
  it('is answered by a full-strength value close behind ("the project … is expected to cost 1.2 billion euros")', () => {
    const kb = knowledgeBaseFromText(
      'wind.txt',
      `date 2026-04-06

Estmark approves 96-turbine offshore wind farm despite fishermen's protests

The government of Estmark on Monday approved plans for a 96-turbine wind farm in the Kelder Sea, about 35 kilometres off the coast of the island of Skarre.

The project, named Gullwing Bank, will be built by Nordvind Energy and is expected to cost 1.2 billion euros. Once complete in 2030, it will have a capacity of 1,150 megawatts.

Energy minister Karin Lystad announced the decision at a press conference in the capital, Aldby.

The revised plan moves the wind farm 12 kilometres further from the shore and cuts the number of turbines from 110.`,
    );
    const a = answerQuestion(kb, 'How much is the wind farm going to cost?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('1.2 billion euros');
  });
});

describe('an earlier event asked about in an undated article', () => {
  it("is not answered by the story's own weekday", () => {
    const kb = knowledgeBaseFromText('merger.txt', "Tribunal Blocks Merger of Norvaland's Two Largest Supermarket Chains\n\nA Norvaland tribunal on Thursday blocked the planned merger of the country's two largest supermarket chains, Kestrel Markets and Vella Foods, ruling that the deal would push up grocery prices for millions of households.\n\nThe Competition Appeals Tribunal upheld an earlier decision by the National Competition Board (NCB), which had rejected the 4.2-billion-krone deal in November.\n\nTogether the two chains run 1,180 stores and would have controlled about 58 percent of the national grocery market, according to figures presented in court.\n\nIn a 64-page judgment, the three-judge panel said the companies had failed to show that savings from the merger would be passed on to customers. \"The evidence points the other way,\" presiding judge Elise Vandermeer wrote.\n\nThe panel found that in 47 towns the merged group would have owned every supermarket within a 15-kilometre radius.\n\nKestrel had offered to sell 160 stores to a rival to win approval, but the tribunal said the offer did not go far enough because no buyer had been identified.\n\nKestrel chief executive Ruben Aalders, 49, said the company was \"deeply disappointed\" and was studying the ruling with its lawyers.\n\n\"We believe this decision protects competitors, not consumers,\" he said in a statement issued at about 4 p.m. local time.\n\nThe companies have 30 days to decide whether to take the case to the Supreme Court.\n\nShares in Vella Foods fell 11 percent on the Norvaland stock exchange, while Kestrel's shares were little changed. Vella's share price had risen by a third since the deal was announced in March last year.\n\nConsumer groups welcomed the decision.\n\n\"Families are already paying 9 percent more for food than a year ago, and this merger would have made things worse,\" said Lotte Brandsma, director of the Consumers' League.\n\nThe NCB's chairwoman, Annika Pohl, said the ruling sent a clear signal that large mergers would be examined closely.\n\nIt was the first time in 11 years that a merger of this size had been blocked in Norvaland. The last such case, in 2015, involved two building-materials suppliers, and the tribunal also sided with regulators then.\n\nAnalysts said Vella, which employs about 21,000 people, might now look for a foreign buyer.\n\n\"Vella is the weaker partner and it needs scale,\" said Marten Koole, a retail analyst at Brink Securities in the capital, Havelstad.\n\nThe merger would have created a group with annual sales of about 96 billion krone.");
    expect(answerQuestion(kb, 'When was a merger of this size last blocked in Norvaland?').answer).not.toContain('Thursday');
  });
});

describe('an office asked after ("who is the mayor of Dravik?")', () => {
  it('is held by the person the sentence names, never by an organisation in it', () => {
    const kb = knowledgeBaseFromText(
      'tram.txt',
      `date 2026-05-12

Dravik council votes to build a tram line

Dravik's city council voted on Tuesday to build a 14-kilometre tram line through the old town.

The Dravik Chamber of Commerce, which has opposed the mayor's plans for years, said it would study them before deciding whether to object.

"This is the biggest decision this council has taken in decades," said Mayor Oskar Lindqvist, 58, who campaigned on the tram.`,
    );
    const a = answerQuestion(kb, "who's the mayor of dravik");
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Oskar Lindqvist');
  });
});

describe('a question asking a value its unit names ("how hot did it get?")', () => {
  it('is answered by a temperature whose sentence shares no word with it', () => {
    const kb = knowledgeBaseFromText(
      'heat.txt',
      `date 2026-08-03

Ostravel swelters as power grid strains

OSTRAVEL, Norvania, Aug 3 - Temperatures in the capital climbed to 41.2 degrees Celsius on Monday, the highest reading since records began, as air conditioners pushed the grid to its limit.

The previous high of 40.1C was set in July 2003, the weather office said.

Ostravel, a city of about two million people, is not used to such extremes.

Mayor Lina Porsk asked residents to check on elderly neighbours.`,
    );
    const a = answerQuestion(kb, 'how hot did it get in ostravel');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('41.2 degrees Celsius');
  });

  it('is asked as "how warm" or "how cool" too', () => {
    const kb = knowledgeBaseFromText(
      'lake.txt',
      'date 2026-08-09\n\nAll six beaches in Orrin were closed on Sunday after tests found high levels of a toxin.\n\nThree weeks of hot, still weather pushed surface water temperatures to 27 degrees Celsius, the water agency said.',
    );
    expect(matchIntent('how warm is the water').rule.name).toBe('how-measure');
    expect(answerQuestion(kb, 'how warm is the water').answer).toContain('27 degrees Celsius');
  });
});

describe('a count asked of a noun whose verb the sentence writes ("how many guards …?")', () => {
  it('is not the count that verb acts on ("nine officers had been guarding some 300 inmates")', () => {
    const kb = knowledgeBaseFromText(
      'jail.txt',
      `date 2026-02-11

Three inmates escape from Darrow prison

Three inmates escaped from Darrow prison early on Tuesday, the justice ministry said.

The prison officers' union said only nine officers had been guarding some 300 inmates during the night shift, against the 15 the rota requires.

Police said the men had climbed over a wall near the kitchens.`,
    );
    expect(answerQuestion(kb, 'how many guards were working the night shift').answer).toBe('only nine officers');
  });
});

describe('a race time asked ("what was her finishing time?")', () => {
  it('is answered by the duration the sentence gives, written in units or as a race clock', () => {
    const kb = knowledgeBaseFromText(
      'race.txt',
      `date 2026-04-19

Anja Torvik breaks national marathon record in Pella Harbour

Anja Torvik broke the national marathon record on Sunday, finishing in 2 hours, 21 minutes and 48 seconds.

The old record of 2:22:59 had stood since 2014, when Hanne Lisk set it in Berlin.

About 14,000 runners took part in the race, which started at 0730 local time.`,
    );
    expect(answerQuestion(kb, 'what was her finishing time').answer).toBe('2 hours, 21 minutes and 48 seconds');
    expect(answerQuestion(kb, 'what was the old record time?').answer).toBe('2:22:59');
  });
});

describe('"how did X describe Y?" and "how did the shares react?"', () => {
  const kb = knowledgeBaseFromText(
    'plant.txt',
    `date 2026-03-12

Halvik closes its oldest plant

Halvik Motors said on Thursday it would close its Dorrow assembly plant by the end of the year, cutting 1,900 jobs.

Chief executive Mara Lindqvist said the decision was painful but necessary after three years of falling sales.

Union leader Otto Brand called the closure "a betrayal of everyone who built this company".

Halvik's shares rose 3.1 percent in Tesk after the announcement.`,
  );

  it('asks what X said of Y', () => {
    const a = answerQuestion(kb, 'How did the chief executive describe the decision?');
    expect(a.intent).toBe('quote');
    expect(a.answer).toContain('painful but necessary');
  });

  it("asks for a market's move", () => {
    expect(answerQuestion(kb, "How did Halvik's shares react to the news?").answer).toBe('3.1 percent');
  });
});

describe('a why-question whose best sentence gives no reason', () => {
  it('is answered by one close behind that does ("the failure was caused by a fire …")', () => {
    const kb = knowledgeBaseFromText(
      'outage.txt',
      `date 2026-02-03

Blackout hits Tarvel

A blackout left about 200,000 homes in Tarvel without power for six hours on Monday, the Tarvel Grid Company said.

Engineers said the failure was caused by a fire at the Varn substation on the edge of the city.

Power was restored to all homes by 9 p.m.`,
    );
    const a = answerQuestion(kb, 'What caused the Tarvel blackout?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('a fire at the Varn substation');
  });
});

describe('a name given after "the" ("The fire, named the Brackenfell Fire")', () => {
  it('answers what the thing is called', () => {
    const kb = knowledgeBaseFromText(
      'fire.txt',
      `date 2026-08-14

Wildfire forces evacuations near Arvik

A wildfire forced about 3,000 people from their homes near Arvik on Wednesday.

The fire, named the Brackenfell Fire after the moor where it began, had burned 2,300 hectares by the evening.

Crews said the fire was 10 percent contained.`,
    );
    // (Given with the "the" the sentence writes it with.)
    expect(answerQuestion(kb, "what's the fire called")).toMatchObject({ answered: true, answer: 'the Brackenfell Fire' });
  });
});

describe('"how big" asked of a thing', () => {
  it('is answered by a measure of it, though the article never calls it big', () => {
    const kb = knowledgeBaseFromText(
      'park.txt',
      `date 2026-05-20

Dornland gets its 12th national park

The government on Wednesday designated the Kessel Hills as the country's 12th national park, protecting 61,000 hectares of ancient beech forest and upland bog.

The park is home to rare orchids and the last wildcats in the region, according to the environment ministry.

Environment Minister Petra Hallin said the decision followed ten years of campaigning by local groups.`,
    );
    expect(answerQuestion(kb, 'How big is the new park?')).toMatchObject({ answered: true, answer: '61,000 hectares' });
  });
});

describe('a name given by "calling itself"', () => {
  it('answers what the group was called ("A group calling itself "Black Heron"")', () => {
    const kb = knowledgeBaseFromText(
      'heron.txt',
      `date 2026-02-19

Hackers hit Tarvel hospital

Hackers shut down the computer systems of Tarvel General Hospital on Monday, forcing staff to cancel 400 operations.

A group calling itself "Black Heron" claimed responsibility on an online forum and demanded a ransom of 5 million crowns.

Police said they were working with cybersecurity experts to restore the systems.`,
    );
    expect(answerQuestion(kb, 'What was the group called?')).toMatchObject({ answered: true, answer: 'Black Heron' });
  });
});

describe('a time given as a stretch of ordinal weeks or days', () => {
  it('answers "when" with "between the 20th and 32nd week of treatment"', () => {
    const kb = knowledgeBaseFromText(
      'trial.txt',
      `date 2026-05-11

Drug maker halts liver trial

The drug maker Orvane halted a trial of its liver drug on Sunday after patients fell ill.

Chief medical officer Ines Varr said the liver problems had appeared between the 20th and 32nd week of treatment.

The company said it would publish the full results later this year.`,
    );
    expect(answerQuestion(kb, 'When did the liver problems show up?')).toMatchObject({ answered: true, answer: 'between the 20th and 32nd week of treatment' });
  });
});

describe('a sentence telling of two earlier years', () => {
  it('answers for the year the question names, not the one the sentence opens on', () => {
    const kb = knowledgeBaseFromText(
      'mine.txt',
      `date 2026-02-10

Miners trapped at Korvel pit

Rescuers are drilling towards six miners trapped at the Korvel coal mine since Sunday.

In 2009, an explosion in a ventilation shaft killed seven workers, and in 2016 the mine was closed for three months after inspectors found faulty gas detectors.

The operator said it had spent 40 million crowns on safety since then.`,
    );
    expect(answerQuestion(kb, 'Why was the mine shut in 2016?')).toMatchObject({ answered: true, answer: 'after inspectors found faulty gas detectors' });
  });
});

describe('a nickname', () => {
  const kb = knowledgeBaseFromText(
    'ferry.txt',
    `date 2025-01-09

Ferry cut to weekends

The Lowmoor river ferry will run only at weekends from April, the transport authority said.

The ferry, known locally as "the Marsh Hopper", was first launched in 1956.

A small rover nicknamed "Pip" was built by students for the museum's anniversary.`,
  );

  it('is the name a thing is "known locally as" or "nicknamed"', () => {
    expect(answerQuestion(kb, "what's the ferry's nickname")).toMatchObject({ answered: true, answer: 'the Marsh Hopper' });
    expect(answerQuestion(kb, 'What is the nickname of the rover?')).toMatchObject({ answered: true, answer: 'Pip' });
  });
});

describe('a building as the place, the asked verb in other words', () => {
  const kb = knowledgeBaseFromText(
    'blast.txt',
    `date 2025-10-14

Gas blast destroys flats

A gas explosion destroyed a block of flats in Orvik on Monday, injuring eleven people.

Around 60 people from neighbouring buildings were evacuated as a precaution and will spend the night in a school gymnasium.

Police carried out raids at six company offices on Tuesday.`,
  );

  it('answers "where" with a phrase on a building ("in a school gymnasium")', () => {
    expect(answerQuestion(kb, 'Where will the evacuated neighbours stay tonight?')).toMatchObject({ answered: true, answer: 'in a school gymnasium' });
  });

  it('does not answer a question about a named kind of place with one', () => {
    expect(answerQuestion(kb, 'In which cities did the police raids take place?').answer).not.toMatch(/gymnasium|offices/);
  });
});

describe('what a body does', () => {
  it('is the clause that tells it ("the Ekholm Foundation, which funds research into …")', () => {
    const kb = knowledgeBaseFromText(
      'car.txt',
      `date 2026-06-14

Classic car sets auction record

A 1937 roadster sold for 14 million crowns at an auction in Carden on Saturday.

It has been owned since 1994 by the family of the late industrialist Gustav Ekholm, who put it up for sale to fund a medical research foundation.

The family said the proceeds would go to the Ekholm Foundation, which funds research into childhood leukaemia.`,
    );
    expect(answerQuestion(kb, 'What does the Ekholm Foundation do?')).toMatchObject({ answered: true, answer: expect.stringContaining('funds research into childhood leukaemia') });
  });
});

describe('a sum asked for', () => {
  it('is not answered by a percentage ("what is a nurse\'s salary?" / "earned roughly 15 percent less")', () => {
    const kb = knowledgeBaseFromText(
      'nurses.txt',
      'date 2026-03-04\n\nNurses in Brennmoor will strike next week.\n\nAbout 90 theatre nurses left the regional health service last year for better-paid jobs abroad. The federation\'s chairman said a newly qualified theatre nurse earned roughly 15 percent less in Brennmoor than across the border.',
    );
    expect(answerQuestion(kb, 'What is the annual salary of a theatre nurse in Brennmoor?').answered).toBe(false);
  });
});

describe('"last year" in the question', () => {
  const kb = knowledgeBaseFromText(
    'open.txt',
    'date 2026-01-26\n\nIlsa Varkonen won the Solvane Open women\'s title on Sunday, beating Mara Dell in three sets.\n\nTove Arne, who won the Solvane Open last year, did not play because of injury.',
  );

  it('is not answered by a sentence about this year', () => {
    const thisYear = knowledgeBaseFromText('final.txt', 'date 2026-01-26\n\nIlsa Varkonen won the Solvane Open women\'s title on Sunday, beating Mara Dell in three sets.\n\nShe will rise to fifth in the world rankings.');
    expect(answerQuestion(thisYear, "Who won the Solvane Open women's title last year?").answered).toBe(false);
  });

  it('is answered by a sentence telling of the year before', () => {
    expect(answerQuestion(kb, "Who won the Solvane Open last year?")).toMatchObject({ answered: true, answer: 'Tove Arne' });
  });
});

describe('a role of lower rank', () => {
  it('does not answer "who is the health minister?" with the deputy health minister', () => {
    const kb = knowledgeBaseFromText(
      'measles.txt',
      'date 2026-03-10\n\nMeasles has killed two babies in Kessmor, health officials said.\n\n"This is a disease we know how to stop," Deputy Health Minister Valeria Senk told reporters.\n\nSenk said schools in the worst-hit districts would stay open.',
    );
    expect(answerQuestion(kb, 'who is the health minister').answered).toBe(false);
    expect(answerQuestion(kb, 'who is the deputy health minister')).toMatchObject({ answered: true, answer: 'Valeria Senk' });
    expect(answerQuestion(kb, 'Who told reporters the disease could be stopped?')).toMatchObject({ answered: true, answer: 'Valeria Senk' });
  });
});

describe('what caused a thing', () => {
  it('is the cause the sentence gives that thing, not a reason it gives for something else', () => {
    const kb = knowledgeBaseFromText(
      'cathedral.txt',
      'date 2026-04-16\n\nA fire tore through the roof of Vardell Cathedral on Monday night.\n\nFire chief Marco Delacroix said crews decided early on to sacrifice the spire because the wind was pushing the flames toward the eastern end of the building.\n\nThe cause of the fire is under investigation.',
    );
    expect(answerQuestion(kb, 'What caused the fire?')).toMatchObject({ answered: true, answer: 'under investigation' });
  });
});

describe('how someone did', () => {
  it('is where they finished ("was fifth", "came second with 52 seats")', () => {
    const kb = knowledgeBaseFromText(
      'swim.txt',
      'date 2025-07-14\n\nLena Ostrova won the 200 metres freestyle final in Pellan on Sunday in a national record.\n\nThe defending champion, Joanna Pirel of Maltheny, was fifth.\n\nOstrova will swim the 400 metres on Tuesday.',
    );
    expect(answerQuestion(kb, 'How did the defending champion do in the final?')).toMatchObject({ answered: true, answer: 'fifth' });
    const vote = knowledgeBaseFromText(
      'vote.txt',
      'date 2026-05-18\n\nThe centre-right Valdoran party won Sunday\'s election in Ostmark with 71 seats.\n\nThe Social Labour Alliance came second with 52 seats, down from 67.',
    );
    expect(answerQuestion(vote, 'How did the Social Labour Alliance do?')).toMatchObject({ answered: true, answer: 'second with 52 seats' });
  });
});

describe('how something was done', () => {
  it('is the means the sentence gives after the asked words ("broke in through a skylight")', () => {
    const kb = knowledgeBaseFromText(
      'gallery.txt',
      'date 2026-02-09\n\nThieves stole three paintings from the Oskeln city gallery early on Sunday.\n\nPolice said the thieves broke in through a skylight shortly after 2 a.m. and left by a fire door.',
    );
    expect(answerQuestion(kb, 'How did the thieves break in?')).toMatchObject({ answered: true, answer: 'through a skylight shortly after 2 a.m' });
  });
});

describe('a length written as how long an act went on', () => {
  it('answers "how long" though the act is in other words ("deliberated for about 14 hours")', () => {
    const kb = fixtureArticleKb('corvain-officer-acquitted-2024-09.txt');
    expect(answerQuestion(kb, 'how long did the jury take to decide')).toMatchObject({ answered: true, answer: expect.stringContaining('about 14 hours') });
  });
});

describe('when a thing came to be', () => {
  it('is a year or a date, never a weekday or an hour of the story', () => {
    expect(answerQuestion(fixtureArticleKb('halvik-zoo-leopard-escape-2025-06.txt'), 'When did Halvik Zoological Park first open?').answered).toBe(false);
    const built = knowledgeBaseFromText('bridge.txt', 'date 2025-06-09\n\nThe Orrin footbridge, built in 1968, was closed on Monday at 6 a.m. after cracks were found.');
    expect(answerQuestion(built, 'When was the Orrin footbridge built?')).toMatchObject({ answered: true, answer: expect.stringContaining('1968') });
  });
});

describe('who did an act, when the names are weakly tied to it', () => {
  it('is not a name inside the description of the source "according to" cites', () => {
    const kb = knowledgeBaseFromText(
      'dig.txt',
      'date 2026-09-01\n\nThe team recovered 212 bronze tools from the pit, along with a clay lamp, according to Dr. Ilse Voren, the KHA field director for Tarn.',
    );
    const a = answerQuestion(kb, 'Who recovered the tools?');
    expect(a.answer).not.toContain('KHA');
    expect(a.answer).not.toContain('Voren');
  });

  it('is the subject of the asked verb ("Luca Bertin, who runs …") over a weak name elsewhere', () => {
    expect(answerQuestion(fixtureArticleKb('bramwick-toxic-algae-beaches-2026-08.txt'), 'who runs the kayak rental place')).toMatchObject({ answered: true, answer: 'Luca Bertin' });
  });

  it('is the subject of a passive when the question asks in the passive ("who got suspended?"), and never the subject of "led by" the asked name', () => {
    expect(answerQuestion(fixtureArticleKb('halbridge-exam-paper-leak-resits-2026-07.txt'), 'Who got suspended?')).toMatchObject({ answered: true, answer: 'Nadia Brecht' });
    expect(answerQuestion(fixtureArticleKb('kestria-pension-vote-2026-04.txt'), 'who leads the KFL')).toMatchObject({ answered: true, answer: 'Sonja Brekke' });
  });
});

describe('a value of another kind than asked, close ahead of one of the asked kind', () => {
  it('gives way to a full answer further behind ("within five days" for "how long", not "on Tuesday evening")', () => {
    const kb = fixtureArticleKb('kessmoor-hospital-ransomware-2025-12.txt');
    const conversation = new Conversation();
    answerQuestion(kb, 'how much ransom did the hackers want', conversation);
    expect(answerQuestion(kb, 'How long did they give the hospital to pay it?', conversation)).toMatchObject({ answered: true, answer: expect.stringContaining('five days') });
  });

  it('gives way to a plain no on the asked act ("no intention of selling it")', () => {
    const a = answerQuestion(fixtureArticleKb('vellmoor-medieval-manuscript-2025-02.txt'), 'Is the library planning to sell the psalter?');
    expect(a).toMatchObject({ answered: true });
    expect(a.answer).toContain('no intention of selling');
  });
});

describe('reasons in other common forms', () => {
  const kb = knowledgeBaseFromText(
    'forms.txt',
    [
      'date 2026-03-02',
      'The Orsel river, swollen by three days of heavy rain, burst through a flood wall in Tarnby on Sunday.',
      'Headteacher Ilse Brandt said she was worried the closure would disrupt exams due to start next month.',
      '"What makes it so dangerous is that the water rose at night, when people were asleep," said the fire chief, Anton Vilk.',
      'A pumping station on the Orsel had been switched off for repairs and was not turned back on.',
      'The town’s football match against Kessby was called off under the league’s severe weather policy.',
      'Kessby captain Mila Ostrova missed the last six games with a knee injury.',
    ].join('\n\n'),
  );
  const reason = (q: string) => answerQuestion(kb, q);

  it('is what an effect was swollen, hampered or held up by', () => {
    expect(reason('Why did the river burst through the flood wall?')).toMatchObject({ answered: true, answer: expect.stringContaining('three days of heavy rain') });
  });

  it('is what a worry is about, without "that"', () => {
    expect(reason('Why is Ilse Brandt worried about the closure?')).toMatchObject({ answered: true, answer: 'the closure would disrupt exams due to start next month' });
  });

  it('is what "makes it so" dangerous', () => {
    expect(reason('Why was the flood so dangerous, according to the fire chief?')).toMatchObject({ answered: true, answer: expect.stringContaining('the water rose at night') });
  });

  it('is the repairs a thing was switched off for, and the policy a match was called off under', () => {
    expect(reason('Why was the pumping station switched off?')).toMatchObject({ answered: true, answer: expect.stringContaining('for repairs') });
    expect(reason('Why was the match against Kessby called off?')).toMatchObject({ answered: true, answer: expect.stringContaining('severe weather policy') });
  });

  it('is the injury a player missed games with', () => {
    expect(reason('Why did Mila Ostrova miss the last six games?')).toMatchObject({ answered: true, answer: 'with a knee injury' });
  });
});

describe('a sum asked by "how much"', () => {
  it('is never a number of people, though a growth in people answers "how much has it grown"', () => {
    const kb = knowledgeBaseFromText(
      'reward.txt',
      'date 2026-09-04\n\nTwo divers found the wreck of a bronze age ship off Cape Orrel in August.\n\nThe two men said they had been offered a reward but had not yet decided whether to accept it.\n\n"Orrel has grown by 30,000 people in 15 years," the mayor said.',
    );
    expect(answerQuestion(kb, 'How much is the reward the divers were offered?').answered).toBe(false);
    expect(answerQuestion(kb, 'How much has Orrel grown?')).toMatchObject({ answered: true, answer: expect.stringContaining('30,000') });
  });
});

describe('a temperature asked of the weather', () => {
  it('is answered though "it" points back to nothing ("how cold did it get?")', () => {
    const kb = knowledgeBaseFromText(
      'frost.txt',
      'date 2024-04-28\n\nA late frost swept through the valley overnight, destroying much of the harvest, growers said.\n\nTemperatures fell to minus 4.5 degrees Celsius shortly before dawn, the weather service said.',
    );
    expect(answerQuestion(kb, 'how cold did it get')).toMatchObject({ answered: true, answer: expect.stringContaining('4.5 degrees Celsius') });
  });
});

describe('a name holding the asked noun', () => {
  const kb = knowledgeBaseFromText(
    'prize.txt',
    'date 2025-10-08\n\nA soil scientist from Tarnby has won the Orlen Prize for Earth Science, one of the most valuable research awards.\n\nThe Tarnby Train Drivers’ Union said its members would strike on Friday.',
  );

  it('names one of the asked kind by its head ("the Orlen Prize" for “what’s the name of the award?”)', () => {
    expect(answerQuestion(kb, "What's the name of the award?")).toMatchObject({ answered: true, answer: expect.stringContaining('Orlen Prize') });
  });

  it('is no name whose head is another noun ("the Train Drivers’ Union" for a driver)', () => {
    expect(answerQuestion(kb, 'What is the name of the train driver?').answer).not.toContain('Union');
  });
});

describe('a place named after its geographic word', () => {
  it('is a place, "the River Orsel" as "Mount Kaldrun" ("which river is it?")', () => {
    const kb = knowledgeBaseFromText(
      'river.txt',
      'date 2023-07-14\n\nThousands of dead fish have washed up along a stretch of the River Orsel during the heatwave.\n\nMayor Ilse Brandt urged residents to keep their dogs out of the river.',
    );
    expect(kb.facts.find((f) => f.type === 'name' && f.name === 'River Orsel')).toMatchObject({ kind: 'place' });
    expect(answerQuestion(kb, 'which river is it')).toMatchObject({ answered: true, answer: expect.stringContaining('River Orsel') });
  });
});
