/**
 * What the speed-ups of session 27 keep between reads and questions must never stand for another
 * word's or another knowledge base's.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText } from '../src/engine.js';
import { termOf } from '../src/nlp/terms.js';
import type { Token } from '../src/nlp/token.js';
import { readTokens } from '../src/nlp/wink.js';

/** A token of the same word and properties, made without wink: it keeps no term of its own. */
const unread = (t: Token): Token => ({ text: t.text, norm: t.norm, lemma: t.lemma, pos: t.pos, stop: t.stop, kind: t.kind, start: t.start, end: t.end });

describe('a read word keeps its index term', () => {
  it('the term kept is the one the word’s properties give, for every token of it', () => {
    const first = readTokens('The miners were running out of air, the miners said.');
    const again = readTokens('Were the miners running?');
    for (const t of [...first, ...again]) expect(termOf(t)).toBe(termOf(unread(t)));
    // Asked twice, a word answers the same as the first time.
    for (const t of first) expect(termOf(t)).toBe(termOf(t));
  });

  it('a word read under another tag keeps a term of its own', () => {
    // "runs" as a noun and as a verb share their text, not their lemma.
    const noun = readTokens('The runs were long.').find((t) => t.norm === 'runs');
    const verb = readTokens('She runs the club.').find((t) => t.norm === 'runs');
    expect(noun && verb).toBeTruthy();
    expect(termOf(noun!)).toBe(termOf(unread(noun!)));
    expect(termOf(verb!)).toBe(termOf(unread(verb!)));
  });

  it('answers follow a refreshed article, whatever its words kept before', () => {
    const story = (noun: string): string => `Harbour news\n\nThe crew painted the old ${noun} on Monday, the port said.\n`;
    const ask = (noun: string): string => answerQuestion(knowledgeBaseFromText('harbour.txt', story(noun)), `When did the crew paint the ${noun}?`).answer;
    const before = ask('lighthouse');
    expect(ask('ferry')).toBe(before);
    expect(answerQuestion(knowledgeBaseFromText('harbour.txt', story('ferry')), 'When did the crew paint the lighthouse?').answer).not.toBe(before);
  });
});
