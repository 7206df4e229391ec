/**
 * Who, when and where asked of invented news prose, from the kinds of question a new batch of
 * articles missed: each case is a general form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';
import { askInline as ask } from './qa-helpers.js';

describe('a time told by another tense of a verb near the asked one', () => {
  const article =
    'date 2026-04-14\n\n' +
    'A retired postman has uncovered a hoard of 300 silver coins in a ploughed field outside Marlby, the county museum said on Tuesday.\n\n' +
    'Walter Pym, 71, spotted the first coin glinting in the mud on Saturday afternoon while walking his dog along the edge of the field.\n\n' +
    'The museum said the hoard would go on display next year.';

  it('answers "which day did he find the coin" with the day he spotted it', () => {
    const a = ask(article, 'which day did Walter Pym find the first coin');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Saturday');
  });
});

describe('a time written right after the asked act, in a near verb', () => {
  const article =
    'date 2026-04-14\n\n' +
    'The old swing bridge over the River Lume at Carrowby will close to traffic next week for a full rebuild, the county council said on Tuesday.\n\n' +
    'Engineers found serious corrosion in the steel deck during an inspection last autumn.\n\n' +
    'Council engineer Petra Lund said the work should be completed by the end of 2028 if the steel arrives on time.\n\n' +
    'Drivers will face a diversion of about 12 kilometres while the crossing is shut.';

  it('answers "when will the new bridge be finished" from the sentence telling when the work will be completed', () => {
    const a = ask(article, 'When will the new bridge be finished?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('completed by the end of 2028');
  });
});

describe('a place written right after the asked act', () => {
  const article =
    'date 2026-04-14\n\n' +
    'Two hill walkers were rescued from a ledge on Carn Dubh on Sunday after a night in freezing fog, mountain rescue volunteers said.\n\n' +
    'One of the pair, a 58-year-old woman from Ellsby, walked down with the rescue team.\n\n' +
    'Her companion was taken to Strathmore Royal Infirmary with a broken ankle and is in a stable condition.';

  it('answers "where was the injured walker taken" though the sentence calls him her companion', () => {
    const a = ask(article, 'Where was the injured walker taken?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Strathmore Royal Infirmary');
  });
});

describe('a person named right at the asked act', () => {
  const article =
    'date 2026-04-14\n\n' +
    'A burst water main flooded the basement archive of the Kelvale town library overnight, destroying hundreds of local history files, the council said on Tuesday.\n\n' +
    'The damage was discovered shortly after 6 a.m. when a cleaner, Maria Brenn, 52, noticed water seeping under the archive door.\n\n' +
    'The library’s head archivist, Tomas Rell, said many of the files had never been copied and could not be recovered.\n\n' +
    'He succeeds Margit Olway, 67, who retired after 30 years in the job.';

  it('answers "who first spotted the water" with the one who noticed it, over an apposition', () => {
    const a = ask(article, 'Who first spotted the water?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Maria Brenn');
  });

  it('answers a follow-up "who is he replacing" with the one named after "succeeds"', () => {
    const kb = knowledgeBaseFromText('inline.txt', article);
    const conversation = new Conversation();
    answerQuestion(kb, 'Who is the head archivist?', conversation);
    const a = answerQuestion(kb, 'Who is he replacing?', conversation);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Margit Olway');
  });
});

describe('times written as one word with "mid-", or with the era before the year', () => {
  const article =
    'date 2026-04-14\n\n' +
    'A ferry route between Harlsey and the island of Tornay will be suspended for repairs to the island’s pier, the operator said.\n\n' +
    'The operator said it expected sailings to resume by mid-June if the weather allowed.\n\n' +
    'Divers working on the pier found pottery which was made around AD 340, the county archaeologist said.';

  it('answers "when will sailings resume" with "by mid-June"', () => {
    const a = ask(article, 'When does the operator expect sailings to resume?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('mid-June');
  });

  it('answers "when was the pottery made" with "around AD 340"', () => {
    const a = ask(article, 'When was the pottery made?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('AD 340');
  });
});

describe('the part of a year or a month written before it', () => {
  const article =
    'date 2026-04-14\n\n' +
    'A new ferry terminal at Harlsey will open to passengers in the spring of 2028, the port authority said on Tuesday.\n\n' +
    'The old terminal building will be demolished by the end of March, the authority said.';

  it('answers with "in the spring of 2028", not the bare year', () => {
    const a = ask(article, 'When will the new terminal open?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('spring of 2028');
  });

  it('answers with "by the end of March", not the bare month', () => {
    const a = ask(article, 'When will the old building be demolished?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('end of March');
  });
});

describe('times named by words: the weekend, the new year', () => {
  const article =
    'date 2026-11-10\n\n' +
    'A landslide has blocked the coast road between Pennick and Oldhaven, the county council said on Tuesday.\n\n' +
    'The road is unlikely to reopen before the new year, a council engineer said.\n\n' +
    'Contractors will begin clearing the debris over the weekend.';

  it('answers "when will the road reopen" with "before the new year"', () => {
    const a = ask(article, 'When will the road reopen?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('before the new year');
  });

  it('answers "when will contractors begin clearing" with "over the weekend"', () => {
    const a = ask(article, 'When will contractors begin clearing the debris?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('over the weekend');
  });
});

describe('a base told by the word "home"', () => {
  const article =
    'date 2026-04-14\n\n' +
    'The Harlsey Youth Choir has cancelled its summer tour of three countries after losing its main sponsor, its director said on Tuesday.\n\n' +
    'Speaking after a rehearsal at the choir’s home, the Lindgate Hall, Ilse Varga said the singers were heartbroken.\n\n' +
    'The choir had planned to perform 14 concerts in July.';

  it('answers "where is the choir based" with the hall it calls home', () => {
    const a = ask(article, 'Where is the choir based?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Lindgate Hall');
  });
});

describe('a follow-up asking for the holder of a role of a body whose name holds "of"', () => {
  const article =
    'date 2026-04-14\n\n' +
    'Shop owners in Marlby have criticised plans for a new bypass that would take traffic away from the town centre.\n\n' +
    'The Marlby Guild of Traders (MGT) said it would fight the plans.\n\n' +
    'Its chairwoman, Ruth Penhale, said footfall had already fallen by a fifth since the pandemic.';

  it('reads "who is its chairwoman" as asking for a person, and answers with her name', () => {
    const kb = knowledgeBaseFromText('inline.txt', article);
    const conversation = new Conversation();
    answerQuestion(kb, 'What is the MGT?', conversation);
    const a = answerQuestion(kb, 'Who is its chairwoman?', conversation);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ruth Penhale');
  });
});

describe('who a question’s last preposition asks for', () => {
  const article =
    'date 2026-04-14\n\n' +
    'Ellen Lund of Harlsey won the national single-handed sailing championship on Sunday, finishing four minutes ahead of the defending champion.\n\n' +
    'Lund dedicated the trophy to her late grandmother, who taught her to sail on the estuary.';

  it('answers "who did she dedicate the trophy to" with the one named after "to"', () => {
    const a = ask(article, 'Who did Ellen Lund dedicate the trophy to?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('her late grandmother');
  });
});

describe('a stranded preposition some words after the asked verb', () => {
  const article =
    'date 2026-04-14\n\n' +
    'The Harlsey Festival has named a new artistic director, the violinist Mara Okafor, who takes over in September.\n\n' +
    'Okafor said she planned to request two new plays every summer from writers who have never been staged before.';

  it('answers "who is she planning to request new plays from" over an object and a time between', () => {
    const a = ask(article, 'Who is Okafor planning to request new plays from?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('writers who have never been staged');
  });
});
