import { describe, expect, it } from 'vitest';
import { PeerRanker, peerTokens } from '../src/eval/peer.js';

describe('BM25 peer', () => {
  it('lower-cases, drops stop words and punctuation, and stems', () => {
    expect(peerTokens('The Insurgents captured the cities!')).toEqual(['insurg', 'captur', 'citi']);
  });

  it('ranks the sentence sharing the rarest words first and covers every sentence', () => {
    const ranker = new PeerRanker([
      'The weather was cold in the north.',
      'Rebels captured the city of Hama on Thursday.',
      'The army withdrew from the city.',
      'Officials said little.',
    ]);
    const ranked = ranker.rank('Which city did the rebels capture?');
    expect(ranked[0].index).toBe(1);
    expect(ranked.map((r) => r.index).sort()).toEqual([0, 1, 2, 3]);
    // Sentences sharing no stem follow, tied at 0.
    expect(ranked.filter((r) => r.score === 0).map((r) => r.index).sort()).toEqual([0, 3]);
  });

  it('handles articles with fewer than 3 sentences', () => {
    const one = new PeerRanker(['Rebels captured Hama.']);
    expect(one.rank('Who captured Hama?')).toEqual([{ index: 0, score: expect.any(Number) }]);
    expect(one.search('Who captured Hama?')[0].score).toBeGreaterThan(0);
    const two = new PeerRanker(['Rebels captured Hama.', 'The army left.']);
    expect(two.rank('army')[0].index).toBe(1);
    expect(two.rank('army')).toHaveLength(2);
  });

  it('returns nothing from search when no word matches', () => {
    const ranker = new PeerRanker(['Rebels captured Hama.', 'The army left.', 'It rained.']);
    expect(ranker.search('pizza toppings')).toEqual([]);
    expect(ranker.rank('pizza toppings').map((r) => r.score)).toEqual([0, 0, 0]);
  });
});
