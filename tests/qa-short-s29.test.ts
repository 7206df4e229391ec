/**
 * Right sentence, wrong short answer: general ways English ties the asked role to one of a
 * sentence's several names, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a name in the phrase after a noun only says which one; the noun before it is the doer', () => {
  const article =
    'date 2026-05-10\n\nThe Brookvale regatta drew more than 400 rowers to the river on Saturday, the organisers said.\n\n' +
    'Marta Sobel of the Kelvin Rowing Club won the women’s single sculls final by two lengths.\n\n' +
    'Sobel, 24, said she had trained on the river every morning since January.\n\n' +
    'The raffle was drawn by Lena Farr, 41, a teacher at Ashcombe Academy, who won the top prize of a weekend away.\n\n' +
    'The regatta has been held every summer since 1952, apart from two years during the pandemic.';

  it('answers who won the sculls with the rower, not her club', () => {
    const a = ask(article, 'Who won the single sculls final?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Marta Sobel');
  });

  it('answers who won the top prize with the teacher, not her school', () => {
    const a = ask(article, 'Who won the top prize?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Lena Farr');
  });
});

describe('the doer after “by” keeps the phrase that tells which ones, and the names set after it', () => {
  const article =
    'date 2026-03-02\n\nA stone bridge over the Alder at Wexcombe has reopened after a two-year repair, the county council said.\n\n' +
    'The bridge was first built in 1790 by masons from the quarry at Hollin Edge.\n\n' +
    'The repair was paid for by the town’s oldest charity, the Wexcombe Bridge Trust.\n\n' +
    'The campaign to save it was begun in 2021 by four neighbours, Ruth Abney, Tom Keel and Sam Oduya, after a lorry struck the parapet.\n\n' +
    'A plaque on the bridge now lists the names of everyone who gave money.';

  it('answers who built the bridge with the masons from the quarry, not the bare noun', () => {
    const a = ask(article, 'Who built the bridge?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('masons from the quarry');
  });

  it('answers who paid for the repair with the trust the definite noun is named as', () => {
    const a = ask(article, 'Who paid for the repair?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Wexcombe Bridge Trust');
  });

  it('answers who began the campaign with the three names listed after the count', () => {
    const a = ask(article, 'Who began the campaign?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ruth Abney, Tom Keel and Sam Oduya');
  });
});

describe('a name inside a doer after “by” is told with the whole doer, and a doer named after a comma keeps its noun', () => {
  const article =
    'date 2026-02-11\n\nA vintage fire engine has returned to the museum at Orlow after an eight-year rebuild.\n\n' +
    'The engine was rebuilt by a Tarnley firm, Marsh Joinery, and took two years.\n\n' +
    'Its new coat of paint was chosen by her eldest granddaughter, Nell, after a vote among the volunteers.\n\n' +
    'The museum will show the engine at a summer fair in July.';

  it('answers who rebuilt the engine with the firm, not the town that places it', () => {
    const a = ask(article, 'Who rebuilt the engine?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Marsh Joinery');
  });

  it('answers who picked the paint with the granddaughter and her name', () => {
    const a = ask(article, 'Who picked the paint?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('her eldest granddaughter, Nell');
  });
});

describe('a named place after “in” or “on” may only place the nearer thing the clause was at', () => {
  const article =
    'date 2026-07-19\n\nTwo hikers were rescued on Saturday after spending a night lost on the moors above Kelby.\n\n' +
    'The pair were found at a shepherd’s hut on Hallow Moor by a mountain rescue team shortly after dawn.\n\n' +
    'Their families waited through the night at a farmhouse near Brenn Water, the team said.\n\n' +
    'Neither needed treatment in hospital.';

  it('answers where they were found with the hut and the moor it stands on', () => {
    const a = ask(article, 'Where were the hikers found?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('a shepherd’s hut on Hallow Moor');
  });

  it('answers where the families waited with the farmhouse near the lake', () => {
    const a = ask(article, 'Where did the families wait?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('a farmhouse near Brenn Water');
  });
});

describe('a venue goes on to the named place that locates it', () => {
  const article =
    'date 2026-09-03\n\nA bronze helmet found by a farmer near Oxley has been declared treasure, a coroner ruled on Tuesday.\n\n' +
    'The farmer said he bought the metal detector at the Quickstop market on Mill Road in March.\n\n' +
    'He said he had first spotted the helmet while ploughing a week later.';

  it('answers where he bought the detector with the market and its road', () => {
    const a = ask(article, 'Where did the farmer buy the metal detector?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('the Quickstop market on Mill Road');
  });
});

describe('an acronym is spelled by the capitals before it, over the small words between them', () => {
  const article =
    'date 2026-04-22\n\nCustoms officers at Brellport seized 40 rare tortoises hidden in suitcases on Monday.\n\n' +
    'Trade in the species is banned under the Treaty on Trade in Wild Turtles (TTWT), officers said.\n\n' +
    'The animals were handed to the Friends of the Marsh Reserve (FMR), a charity that runs a rescue centre.';

  it('answers what TTWT stands for with the whole treaty name', () => {
    const a = ask(article, 'What does TTWT stand for?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Treaty on Trade in Wild Turtles');
  });

  it('answers what FMR stands for with the name opening on “Friends of the”', () => {
    const a = ask(article, 'What does FMR stand for?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Friends of the Marsh Reserve');
  });
});

describe('an apposition describing a name keeps the phrase that tells which one, and what a possessive owns', () => {
  const article =
    'date 2026-10-05\n\nA rare orchid has flowered in a Dunholt garden for the first time in 30 years.\n\n' +
    '"We had almost given up on it," said Dr Petra Lind, a lichenologist at the Grenmoor Seed Bank who has tended the plant since 2019.\n\n' +
    '"It is a small miracle," said Oskar Maal, the garden’s lead designer.';

  it('answers who Petra Lind is with the lichenologist and where she works', () => {
    const a = ask(article, 'Who is Petra Lind?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('a lichenologist at the Grenmoor Seed Bank');
  });

  it('answers who Oskar Maal is with what the garden’s possessive owns', () => {
    const a = ask(article, 'Who is Oskar Maal?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('lead designer');
  });
});

describe('the name written after the asked noun, or set off after it, says which one', () => {
  const article =
    'date 2026-06-30\n\nA fishing boat sank off Crale Head on Sunday after it was struck in fog by the cargo ship Arla Bay.\n\n' +
    'All four crew were picked up by a lifeboat within 20 minutes, the coastguard said.\n\n' +
    'The skipper will receive the lifeboat charity’s top award, the Medal of the Silver Gull, for his calm in the water.';

  it('answers which ship struck the boat with the ship and its name', () => {
    const a = ask(article, 'Which ship struck the fishing boat?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Arla Bay');
  });

  it('answers what award the skipper gets with the name set off after the phrase', () => {
    const a = ask(article, 'What award will the skipper receive?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Medal of the Silver Gull');
  });
});

describe('a place told by a common noun goes on to the name set off after it', () => {
  const article =
    'date 2026-05-14\n\nThe government of Ostrava has agreed to build a high-speed rail line to the coast, its transport minister said on Tuesday.\n\n' +
    'Transport Minister Ilse Varga announced the plan at a briefing in the capital, Dorn, shortly after the cabinet met.\n\n' +
    'The line is due to open in 2034.';

  it('answers where she announced the plan with the briefing, the capital and its name', () => {
    const a = ask(article, 'Where did Ilse Varga announce the plan?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('the capital, Dorn');
  });
});

describe('a name given with “the” keeps it', () => {
  const article =
    'date 2026-01-12\n\nA river ferry that has carried passengers across the Ouse for 70 years will stop running next month.\n\n' +
    'The ferry, nicknamed the Marsh Dancer, can carry 40 passengers and six bicycles.\n\n' +
    'The owners said falling passenger numbers meant the service no longer paid its way.';

  it('answers what the ferry is called with the name as written, article and all', () => {
    const a = ask(article, 'What is the ferry called?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('the Marsh Dancer');
  });
});

describe('one of a kind is told with its article', () => {
  const article =
    'date 2026-08-08\n\nA swimmer was treated in hospital after she was bitten on the leg off Porth Ness on Thursday.\n\n' +
    'Wardens said the fish was probably a blue shark about two metres long.\n\n' +
    'The beach reopened on Friday morning.';

  it('answers what kind of shark with the kind and its article', () => {
    const a = ask(article, 'What kind of shark was it?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('a blue shark');
  });
});

describe('whose: the owner a possessive writes before the asked noun', () => {
  const article =
    'date 2026-11-02\n\nA bonfire night guy made by pupils at Kessel Lane school has won a county competition.\n\n' +
    'The guy wore a flat cap and a pair of the caretaker’s old work boots, the school said.\n\n' +
    'The prize of £200 will be spent on books for the library.';

  it('answers whose boots with the caretaker, not a name from elsewhere', () => {
    const a = ask(article, 'Whose boots did the guy wear?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('the caretaker’s');
  });
});

describe('a title right before a name takes the name of the body it serves', () => {
  const article =
    'date 2026-03-19\n\nBus drivers in Kelmouth will strike for three days next week in a row over pay.\n\n' +
    '"Nobody wants to let passengers down, but the offer is simply too low," said KTU organiser Rhona Pask.\n\n' +
    'The bus company said it was disappointed and hoped talks would resume.';

  it('answers who Rhona Pask is with the union and the title', () => {
    const a = ask(article, 'Who is Rhona Pask?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('KTU organiser');
  });
});

describe('a possessive name inside the doer after “by” only says whose the doer is', () => {
  const article =
    'date 2026-07-21\n\nA row over a boundary hedge in Lower Fenby has ended up in court.\n\n' +
    'The hedge was cut down in March by Tom Hale’s gardener while the neighbours were on holiday.\n\n' +
    'The case will be heard in June.';

  it('answers who cut down the hedge with the gardener, not his employer', () => {
    const a = ask(article, 'Who cut down the hedge?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tom Hale’s gardener');
  });
});

describe('a noun for the doer of the asked verb counts when it is the title the name is written with', () => {
  const article =
    'date 2026-10-12\n\nA drama about two brothers who run a ferry won the top prize at the Kessby film festival on Saturday.\n\n' +
    '"Salt Roads," a quiet drama about two brothers, won the Golden Reed, giving debut feature director Ines Kober her first award.\n\n' +
    'Kober, 34, said she had worked on it for six years.';

  it('answers who directed the winning drama with the director, not the prize', () => {
    const a = ask(article, 'Who directed the winning drama?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ines Kober');
  });
});

describe('appositions set off between commas stand between a name and its verb', () => {
  const article =
    'date 2026-06-14\n\nMore than 300 bakers entered the county show’s bread competition on Saturday.\n\n' +
    'Grace Adeyemi, 52, a school cook, won the sourdough class at the Fenmoor Agricultural Society show with a rye loaf.\n\n' +
    'The show continues on Sunday.';

  it('answers who won the class with the baker, not the society named after the verb', () => {
    const a = ask(article, 'Who won the sourdough class?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Grace Adeyemi');
  });
});

describe('a listed name keeps its capitalised last word, however tagged', () => {
  const article =
    'date 2026-02-04\n\nA summer ferry service across the Wend estuary will start in May, the harbour board said.\n\n' +
    'The ferry will call at Arnby and Kettle Cross four times a day.\n\n' +
    'Tickets will cost £3.';

  it('answers where the ferry calls with both places whole', () => {
    const a = ask(article, 'Where will the ferry call?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Arnby and Kettle Cross');
  });
});
