/**
 * Follow-up questions answered from invented news prose: each case is a general form of English
 * conversation the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';
import { resolveFollowUp } from '../src/qa/followup.js';
import { askInTurn } from './qa-helpers.js';

describe('follow-ups: a bare "it" is the thing the last question asked about', () => {
  const article =
    'date 2025-09-18\n\n' +
    'Local farmers will lead the first harvest parade in forty years, the town council said on Thursday.\n\n' +
    'Organisers said the harvest parade would be held on Sunday, September 28, at Penrose Hall on Quay Street.\n\n' +
    'Tickets for the evening ceilidh cost 12 pounds.';

  it('"When is the harvest parade?" then "Where will it take place?" is answered from the parade’s sentence', () => {
    const a = askInTurn(article, 'When is the harvest parade?', 'Where will it take place?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Penrose Hall');
    expect(a.sources[0]?.text).toContain('at Penrose Hall');
  });

  it('a name the last answer gave still comes first: "it" after "Which firm built the bridge?" is the firm', () => {
    const a = askInTurn(
      'date 2025-06-03\n\n' +
        'The new footbridge over the river Tamsey opened in Lowbridge on Monday after two years of work.\n\n' +
        'The bridge was built by Castwell Engineering, a family firm based in Penford.\n\n' +
        'Castwell Engineering was founded in 1952 and employs 140 people.',
      'Which firm built the bridge?',
      'When was it founded?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1952');
    expect(a.sources[0]?.text).toContain('founded in 1952');
  });

  it('after "Which …?" the answer, not the last question’s noun, is what "it" stands for, so "it" stays', () => {
    const kb = knowledgeBaseFromText(
      'inline.txt',
      'date 2025-06-03\n\n' +
        'A painting by the landscape artist Orla Penhallow sold for 4.1 million pounds at an auction in Tressick on Monday, a record for the artist.\n\n' +
        'The work had hung in a private collection for decades.',
    );
    const conversation = new Conversation();
    answerQuestion(kb, 'Which painting set the record?', conversation);
    expect(resolveFollowUp('When was it painted?', conversation, kb)).toBe('When was it painted?');
  });
});

describe('follow-ups: who gave the figure the last answer gave is its source', () => {
  const article =
    'date 2025-04-11\n\n' +
    'Otters have returned to every river on the island of Skellay, the regional wildlife office said on Friday.\n\n' +
    'About 2,400 otters now live along the island’s coast, according to the conservation charity Tidewatch.\n\n' +
    'The survey was paid for by a grant from the Harlin Foundation.';

  it('"Who gives that figure?" after a count is answered with whom the article credits for it', () => {
    const a = askInTurn(article, 'How many otters live along the coast?', 'Who gives that figure?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tidewatch');
    expect(a.sources[0]?.text).toContain('2,400 otters');
  });

  it('"According to whom is the count that high?" is the same question', () => {
    const a = askInTurn(article, 'How many otters live along the coast?', 'According to whom is the count that high?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tidewatch');
  });

  it('a question about who did something else stays a question about the article', () => {
    const a = askInTurn(article, 'How many otters live along the coast?', 'Who paid for the survey?');
    expect(a.intent).not.toBe('source');
    expect(a.answer).not.toContain('Tidewatch');
    expect(a.sources[0]?.text ?? a.closest?.text).toContain('Harlin Foundation');
  });
});

describe('follow-ups: "when was that?" asks the time of what was last asked about', () => {
  const article =
    'date 2025-02-20\n\n' +
    'A burst water main flooded the main street of Dunhollow on Wednesday, closing shops and the primary school, the water company said.\n\n' +
    'The leak was first spotted by a postman shortly after 6 a.m. Wednesday outside the old post office.\n\n' +
    'The company said repairs would take until Saturday, and bottled water was being handed out at the village hall.';

  it('"Who first spotted the leak?" then "When was that?" is answered with the time in that sentence', () => {
    const a = askInTurn(article, 'Who first spotted the leak?', 'When was that?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('6 a.m.');
    expect(a.sources[0]?.text).toContain('first spotted by a postman');
  });

  it('a "that" with more to it ("when will that be repaired?") is not read so', () => {
    const kb = knowledgeBaseFromText('inline.txt', article);
    const conversation = new Conversation();
    answerQuestion(kb, 'Who first spotted the leak?', conversation);
    expect(resolveFollowUp('When will that be repaired?', conversation, kb)).toBe('When will that be repaired?');
    expect(resolveFollowUp('When was that?', conversation, kb)).toBe('When was first spotted the leak?');
  });
});
