import type { KnowledgeBase } from '../engine.js';
import { answerInConversation, type EngineApi } from '../cli/engine-api.js';
import type { QaQuestion, WikiQaQuestion } from './datasets.js';
import { answerTriggering, rankingScores, ratio, type Candidate, type RankingScores, type TriggerOutcome, type TriggerScores } from './metrics.js';
import { PeerRanker } from './peer.js';

export interface WikiQaFigures {
  ranking: RankingScores;
  triggering: TriggerScores;
  ms: number;
}

/** Candidates in article order; a sentence the ranker left out scores lowest. */
function candidates(count: number, scores: ReadonlyMap<number, number>, correct: (i: number) => boolean): Candidate[] {
  return Array.from({ length: count }, (_, i) => ({ score: scores.get(i) ?? -Infinity, correct: correct(i) }));
}

export function scoreWikiQaOurs(questions: readonly WikiQaQuestion[], engine: EngineApi): WikiQaFigures {
  const started = performance.now();
  const ranked: Candidate[][] = [];
  const outcomes: TriggerOutcome[] = [];
  for (const q of questions) {
    const kb = engine.fromSentences(q.id, q.sentences, q.title);
    const articleId = kb.articles[0]?.id;
    const scores = new Map<number, number>();
    for (const r of engine.rank(kb, q.question)) if (r.article === articleId && !scores.has(r.index)) scores.set(r.index, r.score);
    ranked.push(candidates(q.sentences.length, scores, (i) => q.labels[i] === true));
    const answer = engine.answer(kb, q.question);
    const first = answer.sources[0];
    outcomes.push({
      answered: answer.answered,
      firstSourceCorrect: first !== undefined && first.article === articleId && q.labels[first.index] === true,
      hasCorrect: q.labels.some(Boolean),
    });
  }
  return { ranking: rankingScores(ranked), triggering: answerTriggering(outcomes), ms: performance.now() - started };
}

export function scoreWikiQaPeer(questions: readonly WikiQaQuestion[]): WikiQaFigures {
  const started = performance.now();
  const ranked: Candidate[][] = [];
  const outcomes: TriggerOutcome[] = [];
  for (const q of questions) {
    const peer = new PeerRanker(q.sentences);
    const hits = peer.search(q.question);
    const scores = new Map(peer.rank(q.question).map((h) => [h.index, h.score]));
    ranked.push(candidates(q.sentences.length, scores, (i) => q.labels[i] === true));
    // The peer never abstains: it "answers" whenever its search returns a sentence.
    outcomes.push({ answered: hits.length > 0, firstSourceCorrect: hits.length > 0 && q.labels[hits[0].index] === true, hasCorrect: q.labels.some(Boolean) });
  }
  return { ranking: rankingScores(ranked), triggering: answerTriggering(outcomes), ms: performance.now() - started };
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The sentence contains one of the gold substrings (whitespace-insensitive, as written otherwise). */
export function containsGold(sentence: string, gold: readonly string[]): boolean {
  const text = squash(sentence);
  return gold.some((g) => squash(g) !== '' && text.includes(squash(g)));
}

/** The short answer contains one of the key phrases, case-insensitively. */
export function hitsKeyPhrase(answer: string, phrases: readonly string[]): boolean {
  const text = squash(answer).toLowerCase();
  return phrases.some((p) => squash(p) !== '' && text.includes(squash(p).toLowerCase()));
}

export interface QaQuestionResult {
  id: string;
  expect: 'answer' | 'abstain';
  answered: boolean;
  sentenceAt1: boolean;
  answerHit: boolean | null;
  answer?: string;
  firstSource?: string;
}

export interface QaSetFigures {
  answerQuestions: number;
  abstainQuestions: number;
  sentenceAt1: number;
  /** null for the peer, which gives no short answer. */
  answerHit: number | null;
  abstainCorrect: number | null;
  falseAbstain: number | null;
  /** Ranking of every sentence of the knowledge base, correct = contains a gold substring. */
  ranking: RankingScores;
  ms: number;
  results: QaQuestionResult[];
}

interface Flat {
  article: string;
  index: number;
  text: string;
}

const flatten = (kb: KnowledgeBase): Flat[] => kb.articles.flatMap((a) => a.sentences.map((s) => ({ article: a.id, index: s.index, text: s.text })));

function summarise(results: QaQuestionResult[], ranked: Candidate[][], ms: number, abstains: boolean): QaSetFigures {
  const answerable = results.filter((r) => r.expect === 'answer');
  const unanswerable = results.filter((r) => r.expect === 'abstain');
  return {
    answerQuestions: answerable.length,
    abstainQuestions: unanswerable.length,
    sentenceAt1: ratio(answerable.filter((r) => r.sentenceAt1).length, answerable.length),
    answerHit: abstains ? ratio(answerable.filter((r) => r.answerHit === true).length, answerable.length) : null,
    abstainCorrect: abstains ? ratio(unanswerable.filter((r) => !r.answered).length, unanswerable.length) : null,
    falseAbstain: abstains ? ratio(answerable.filter((r) => !r.answered).length, answerable.length) : null,
    ranking: rankingScores(ranked),
    ms,
    results,
  };
}

/** seed-dev style scores of our engine over one knowledge base and its question set. */
export function scoreQaSetOurs(kb: KnowledgeBase, questions: readonly QaQuestion[], engine: EngineApi): QaSetFigures {
  const started = performance.now();
  const flat = flatten(kb);
  const results: QaQuestionResult[] = [];
  const ranked: Candidate[][] = [];
  for (const q of questions) {
    const answer = answerInConversation(engine, kb, q);
    const first = answer.sources[0];
    results.push({
      id: q.id,
      expect: q.expect,
      answered: answer.answered,
      sentenceAt1: q.expect === 'answer' && first !== undefined && containsGold(first.text, q.gold),
      answerHit: q.expect === 'answer' && answer.answered && hitsKeyPhrase(answer.answer, q.answer),
      answer: answer.answer,
      firstSource: first ? `[${first.article} #${first.index}] ${first.text}` : undefined,
    });
    if (q.expect === 'answer') {
      const scores = new Map<string, number>();
      for (const r of engine.rank(kb, q.question)) {
        const key = `${r.article}#${r.index}`;
        if (!scores.has(key)) scores.set(key, r.score);
      }
      ranked.push(flat.map((s) => ({ score: scores.get(`${s.article}#${s.index}`) ?? -Infinity, correct: containsGold(s.text, q.gold) })));
    }
  }
  return summarise(results, ranked, performance.now() - started, true);
}

/** The same set scored for the BM25 peer over the same sentences (all articles in one index). */
export function scoreQaSetPeer(kb: KnowledgeBase, questions: readonly QaQuestion[]): QaSetFigures {
  const started = performance.now();
  const flat = flatten(kb);
  const peer = new PeerRanker(flat.map((s) => s.text));
  const results: QaQuestionResult[] = [];
  const ranked: Candidate[][] = [];
  for (const q of questions) {
    const hits = peer.search(q.question);
    const first = hits.length > 0 ? flat[hits[0].index] : undefined;
    results.push({
      id: q.id,
      expect: q.expect,
      answered: first !== undefined,
      sentenceAt1: q.expect === 'answer' && first !== undefined && containsGold(first.text, q.gold),
      answerHit: null,
      firstSource: first ? `[${first.article} #${first.index}] ${first.text}` : undefined,
    });
    if (q.expect === 'answer') {
      const scores = new Map(peer.rank(q.question).map((h) => [h.index, h.score]));
      ranked.push(flat.map((s, i) => ({ score: scores.get(i) ?? -Infinity, correct: containsGold(s.text, q.gold) })));
    }
  }
  return summarise(results, ranked, performance.now() - started, false);
}
