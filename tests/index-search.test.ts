import { describe, expect, it } from 'vitest';
import { articleFromSentences } from '../src/article/parse.js';
import { SentenceIndex } from '../src/index/sentence-index.js';
import { termOfWord } from '../src/nlp/terms.js';
import { knowledgeBaseFromText } from '../src/engine.js';
import { readQuestion } from '../src/qa/answer.js';
import { scoreCandidates } from '../src/qa/candidates.js';

/** 300 sentences that all say "officials", 3 of which also name a rare place. */
function archive(): SentenceIndex {
  const sentences = Array.from({ length: 300 }, (_, i) => (i % 100 === 7 ? `Officials visited Zandvoort on day ${i}.` : `Officials met on day ${i}.`));
  return new SentenceIndex([articleFromSentences('a.txt', sentences)]);
}

describe('SentenceIndex.search in a large archive', () => {
  const index = archive();
  const common = { term: termOfWord('officials'), weight: 1 };
  const rare = { term: termOfWord('zandvoort'), weight: 1 };

  it('lets a common word re-score what a rarer word found, not pull in every sentence', () => {
    const scores = index.search([common, rare]);
    expect([...scores.keys()].sort((a, b) => a - b)).toEqual([7, 107, 207]);
    // The common word still adds to those sentences' scores.
    expect(scores.get(7)!).toBeGreaterThan(index.search([rare]).get(7)!);
  });

  it('still finds sentences by a common word when it is all the question has', () => {
    expect(index.search([common]).size).toBe(300);
  });

  it('lets a related word (a lighter term) reach new sentences while little is found, then only re-score', () => {
    const others = Array.from({ length: 100 }, (_, i) => `Envoys arrived on day ${i}.`);
    const small = new SentenceIndex([articleFromSentences('b.txt', [...others, 'Envoys and delegates met.', 'Delegates left early.'])]);
    const envoys = { term: termOfWord('envoys'), weight: 1 };
    const delegates = { term: termOfWord('delegates'), weight: 0.3 };
    // 101 sentences found by "envoys": the related "delegates" only re-scores them.
    expect(small.search([envoys, delegates]).size).toBe(101);
    // Nothing found by the question's own words: the related word may reach its sentences.
    expect(small.search([delegates]).size).toBe(2);
  });
});

describe('a sentence reached through the entity the question names', () => {
  it('keeps the BM25 of the words it shares, though the best matches had left it out', () => {
    const kb = knowledgeBaseFromText(
      'club.txt',
      [
        'Lakeside Rovers, the oldest football club in Marrenby, has been sold to a group led by the property developer Tomas Hallvik for 310 million kroner, the club said on Monday.',
        'Hallvik will hold a 60 percent stake and become chairman.',
        'The rest of the club will be owned by a fund run by his brother.',
        '"I want this club to win the league again, and I want to do it without putting the club into debt," he said.',
        "Hallvik, 61, made his fortune building apartments along the city's waterfront.",
        "He has promised to rebuild the club's stadium, which was last renovated in 1988.",
        "The club's supporters' trust said it would ask him to meet fans before the sale is completed.",
        'The club finished ninth in the league last season.',
      ].join('\n\n'),
    );
    const q = readQuestion(kb, 'What share of the club will Hallvik own?');
    // One match kept: the stake's sentence, which covers less, comes back as Hallvik's.
    const [best] = scoreCandidates(kb, q, 1);
    expect(best.m.doc.sentence.text).toContain('60 percent stake');
    expect(best.m.bm25).toBeGreaterThan(0);
  });
});
