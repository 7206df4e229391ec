/**
 * Forms of English read off the misses of questions written by people who never saw the engine,
 * each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, Conversation, knowledgeBaseFromText } from '../src/engine.js';
import { analyzeQuestion } from '../src/qa/analyze.js';
import { askInline as ask } from './qa-helpers.js';

describe('a word of a place’s name, written in the question as a verb, is the verb', () => {
  const article =
    'date 2026-01-20\n\nStorm winds tore the roof off the sports hall at Pellow Primary School on Sunday night.\n\n' +
    'Gusts of 70mph were recorded at Storr Head, two miles away.\n\n' +
    'Headteacher Grace Mensah, who has led the school for nine years, said pupils would return on Monday.';

  it('answers how long she has been head, though "Head" names a headland', () => {
    const a = ask(article, 'how long has mensah been head there');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('nine years');
  });
});

describe('"get going" and "kick off" are starting', () => {
  const article =
    'date 2025-09-09\n\nA campaign to reopen the Tilby lido has raised £40,000 in six months.\n\n' +
    'The campaign started with a petition outside the post office in March, its organiser said.\n\n' +
    'The lido closed in 2019 after its boiler failed.';

  it('finds the sentence telling how the campaign started', () => {
    for (const q of ['how did the campaign get going', 'how did the campaign kick off']) {
      const a = ask(article, q);
      expect(a.answered, q).toBe(true);
      expect(a.sources[0].text, q).toContain('started with a petition');
    }
  });
});

describe('"how often": a rate close behind answers over a sentence giving none', () => {
  const article =
    'date 2025-11-03\n\nThe Pembury ferry will close in January after its operator lost a council contract, passengers were told.\n\n' +
    '"We have run boats on this river for 40 years and people still rely on them," said its owner, Clare Tull.\n\n' +
    'The ferry, which runs four times a day between Pembury and Oldwick, carries about 90 passengers a week.\n\n' +
    'When the ferry made its first crossing in 1985, the church bell rang 12 times.';

  it('gives the rate, not the count of one occasion nor the words after the asked ones', () => {
    const a = ask(article, 'how often does the ferry run');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('four times a day');
  });
});

describe('finding a thing is spotting or noticing it', () => {
  const article =
    'date 2025-04-11\n\nA rare moth has been recorded in Fernley for the first time in 60 years.\n\n' +
    'The moth was spotted in a garden on Elm Road by a retired postman, Ian Reed, on Tuesday night.\n\n' +
    'The county recorder, Jane Hollis, said the find would be confirmed by an expert.';

  it('takes "spotted" for the asked "found"', () => {
    const a = ask(article, 'where was the moth found');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toContain('spotted in a garden');
  });
});

describe('"Tickets cost £5." opens on what the sentence before told', () => {
  const article =
    'date 2026-05-20\n\nThe Harrow Lane mill will open to visitors on the second Sunday of each month from June, its trust said.\n\n' +
    'The trust will also run guided tours of the mill tower in the summer holidays.\n\n' +
    'Tickets cost £6 and places are limited to ten people per tour.\n\n' +
    'The mill was built in 1791.';

  it('answers what the tower tours cost from the sentence after the tours', () => {
    const a = ask(article, 'how much are the tower tours');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('£6');
  });
});

describe('"how many people": a count of any kind of people counts them', () => {
  const article =
    'date 2025-08-14\n\nAbout 2,000 dead trout were found in the River Lenn below the Orley paper mill on Monday, the Environment Agency said.\n\n' +
    'Inspectors are investigating the mill\'s owner, Harlow Papers, over a leak from a storage tank.\n\n' +
    'The firm, which employs around 85 people in Orley, said it was helping the inquiry.\n\n' +
    'The agency took 12 water samples.';

  it('answers a follow-up on the people the firm employs', () => {
    const kb = knowledgeBaseFromText('inline.txt', article);
    const conversation = new Conversation();
    answerQuestion(kb, 'which company is being investigated', conversation);
    const a = answerQuestion(kb, 'how many people work there?', conversation);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('85');
  });
});

describe('two words the article writes as one are that word', () => {
  const article =
    'date 2025-09-04\n\nParents at Oakfield Primary have objected to a new rule banning mobile phones at the school gate.\n\n' +
    'Headteacher Ruth Calloway, 49, said the rule would keep pupils safe.\n\n' +
    'The leopard ate its lunch at noon, the zoo in the next town said.';

  it('finds the headteacher asked as "head teacher", and her age after', () => {
    const kb = knowledgeBaseFromText('inline.txt', article);
    const conversation = new Conversation();
    const who = answerQuestion(kb, 'who is the head teacher', conversation);
    expect(who.answer).toContain('Ruth Calloway');
    expect(answerQuestion(kb, 'how old is she', conversation).answer).toBe('49');
  });

  it('joins no words whose joining only stems back to the first ("leopard ate")', () => {
    const q = analyzeQuestion(knowledgeBaseFromText('inline.txt', article), 'how much did the zoo say the leopard ate');
    expect(q.terms.map((t) => t.word)).toEqual(expect.arrayContaining(['leopard', 'ate']));
  });
});
