/**
 * Which sentence answers: general reasons the right sentence lost to another read off a new
 * batch's misses, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { Conversation, knowledgeBaseFromText } from '../src/engine.js';
import { readQuestion } from '../src/qa/answer.js';
import { scoreCandidates } from '../src/qa/candidates.js';
import { askInline as ask } from './qa-helpers.js';

/** The sentence the engine ranks first among its answer candidates for a question. */
function firstCandidate(article: string, question: string): string | undefined {
  const kb = knowledgeBaseFromText('inline.txt', article);
  return scoreCandidates(kb, readQuestion(kb, question, new Conversation()), 8)[0]?.m.doc.sentence.text;
}

describe('a value written beside the question’s noun is told of it', () => {
  const article =
    'date 2026-03-02\n\nA clinic in Colby has been told to improve after inspectors found patients left waiting in corridors, missed checks on medicines and nurses working shifts of up to 13 hours during the winter.\n\n' +
    'Patients waited for up to 40 minutes for help, and rotas showed 9 shifts in January with too few nurses.\n\n' +
    'The clinic said it had hired four new nurses since the visit.';

  it('takes the length written right after “shifts”, not one several words and a comma away', () => {
    const a = ask(article, 'how long were the shifts');
    expect(a.answer).toBe('up to 13 hours');
    expect(a.sources[0].text).toContain('shifts of up to 13 hours');
  });

  it('still answers by the verb where the value stands beside no noun of the question', () => {
    expect(ask(article, 'how long did patients wait').answer).toBe('up to 40 minutes');
  });

  it('does not take a time counted from the noun (“within 10 days of the results”) for its time', () => {
    const election =
      'date 2026-03-02\n\nVoters in Colby chose a new council on Sunday, and early counts put the Green List ahead.\n\n' +
      'The election board said the full results would be published on March 12.\n\n' +
      'Under the town charter, the mayor must call the first council meeting within 10 days of the full results being published.';
    const a = ask(election, 'When will the full results be published?');
    expect(a.sources[0].text).toContain('published on March 12');
  });
});

describe('a yes/no question checks one detail, which the lead seldom settles', () => {
  const article =
    'date 2026-03-02\n\nSheep farmer Tane Hollis sheared 640 lambs in eight hours at a woolshed near Colby on Saturday, to break the national record for the lamb class.\n\n' +
    'The previous record of 612 had stood for nine years.\n\n' +
    'Hollis said he would not try for the open record of 790 sheep, which he called out of reach for now.\n\n' +
    'He trains by running in the hills every morning.';

  it('ranks the sentence on the asked plan ahead of a lead that only names the man and a record', () => {
    expect(firstCandidate(article, 'Will Hollis try to break the open record?')).toContain('would not try for the open record');
  });

  it('still answers from the lead what the lead tells', () => {
    const a = ask(article, 'Did Hollis break the national record?');
    expect(a.answered).toBe(true);
    expect(a.sources[0].text).toContain('sheared 640 lambs');
  });
});
