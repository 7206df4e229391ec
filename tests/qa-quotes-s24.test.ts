/**
 * "What did X say?": news gives a speaker's point in reported speech, then her own words in the
 * next sentence or paragraph. The question asks for her words. Invented news prose throughout.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a quote following the same speaker’s reported speech answers “what did X say”', () => {
  const article =
    'date 2025-03-14\n\nThe parish council of Wendle voted on Tuesday to close the public toilets on Mill Street from April to save £9,000 a year.\n\n' +
    'Ruth Abney, 74, who runs the knitting group at the church hall, said the group had met on Mill Street every week since 1998.\n\n' +
    '"Half of us are in our eighties. Take the toilets away and you take us away from the high street," she said.\n\n' +
    'Council chair Owen Pryce said the decision had been taken with regret after the county cut its grant.\n\n' +
    '"We looked at every other saving first," Pryce said.\n\n' +
    'The toilets were built in 1934.';

  it('gives her words, not the reporter’s summary before them', () => {
    const a = ask(article, 'what did ruth abney say');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Take the toilets away');
    expect(a.sources[0].text).toContain('Half of us are in our eighties');
  });

  it('carries the topic of the sentence before to the quote after it', () => {
    const a = ask(article, 'what did the council chair say about the decision');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('We looked at every other saving first');
  });

  it('keeps the reported words where the question asks what they tell ("say the county had …")', () => {
    const a = ask(article, 'what did pryce say the county had done');
    expect(a.sources[0].text).toContain('taken with regret');
  });

  it('keeps the reported words where the question asks how a thing was described', () => {
    const a = ask(article, 'how did owen pryce describe the decision');
    expect(a.sources[0].text).toContain('taken with regret');
  });
});
