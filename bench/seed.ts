/**
 * In-process figures on the seed article: extraction against wink's own readDoc, answer latency
 * against readDoc of the question and against the BM25 peer, and throughput on one core.
 */
import { readFile } from 'node:fs/promises';
import { parseArticle } from '../src/article/parse.js';
import { answerQuestion, Conversation, type KnowledgeBase } from '../src/engine.js';
import type { QaQuestion } from '../src/eval/datasets.js';
import { PeerRanker } from '../src/eval/peer.js';
import { extractFacts } from '../src/facts/extract.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { median, ratio, summarize, timeOnce, timePaired, type Summary } from './stats.js';

/**
 * The floor is wink-nlp's readDoc as anyone would call it: the model with its default pipeline. (The
 * engine's own instance skips the recognisers it does not use, which is part of what is measured.)
 */
const floorNlp = winkNLP(model);

export interface ExtractionFigures {
  article: string;
  facts: number;
  /** Parse + fact extraction of the article, ms per run. */
  ours: Summary;
  /** wink readDoc of the same text, ms per run. */
  floor: Summary;
  parseOnly: Summary;
  ratio: number;
}

export interface LatencyFigures {
  questions: number;
  ours: Summary;
  floor: Summary;
  peer: Summary;
  ratioFloorP50: number;
  ratioPeerP50: number;
  ratioPeerP99: number;
  /** The slowest questions by their median, to point profiling at. */
  slowest: Array<{ id: string; question: string; p50: number; max: number }>;
}

export interface ThroughputFigures {
  oursPerSecond: number;
  peerPerSecond: number;
  ratio: number;
}

export async function benchExtraction(seedFile: string, runs: number): Promise<ExtractionFigures> {
  const text = await readFile(seedFile, 'utf8');
  const id = seedFile.split('/').pop() ?? seedFile;
  let facts = 0;
  const paired = timePaired(
    () => (facts = extractFacts(parseArticle(id, text)).length),
    () => floorNlp.readDoc(text),
    runs,
    // As many warm-up rounds as measured ones: extraction runs many small functions that V8 only
    // optimises after a few dozen calls, and a bot extracts long after start-up.
    Math.max(20, runs),
  );
  const parseOnly: number[] = [];
  for (let i = 0; i < runs; i += 1) parseOnly.push(timeOnce(() => parseArticle(id, text)));
  const ours = summarize(paired.a);
  const floor = summarize(paired.b);
  return { article: id, facts, ours, floor, parseOnly: summarize(parseOnly), ratio: ratio(ours.p50, floor.p50) };
}

const sentenceTexts = (kb: KnowledgeBase): string[] => kb.articles.flatMap((a) => a.sentences.map((s) => s.text));

/**
 * Every question `passes` times. Context questions of a follow-up are asked first, unmeasured, in
 * a fresh conversation, as a person would have asked them. Each pass runs ours, the floor and the
 * peer over all the questions, each in its own block, in an order that rotates from pass to pass:
 * machine load falls on all three alike, and none of them pays for the garbage another left
 * (asked one call after another, the peer's and the floor's collections landed in our p99).
 */
const WARMUP_PASSES = 100;

export function benchLatency(kb: KnowledgeBase, questions: readonly QaQuestion[], passes: number): LatencyFigures {
  const peer = new PeerRanker(sentenceTexts(kb));
  const perQuestion = new Map<string, number[]>(questions.map((q) => [q.id, []]));
  const ask = (q: QaQuestion): number => {
    const conversation = new Conversation();
    for (const earlier of q.context) answerQuestion(kb, earlier, conversation);
    const ms = timeOnce(() => answerQuestion(kb, q.question, conversation));
    perQuestion.get(q.id)!.push(ms);
    return ms;
  };
  const sides = [
    { samples: [] as number[], time: ask },
    { samples: [] as number[], time: (q: QaQuestion) => timeOnce(() => floorNlp.readDoc(q.question)) },
    { samples: [] as number[], time: (q: QaQuestion) => timeOnce(() => peer.search(q.question)) },
  ];
  // Warm-up: V8 optimises the engine's many small functions only after a few dozen calls each.
  for (let w = 0; w < WARMUP_PASSES; w += 1) for (const side of sides) for (const q of questions) side.time(q);
  for (const list of perQuestion.values()) list.length = 0;
  for (let p = 0; p < passes; p += 1) {
    for (let k = 0; k < sides.length; k += 1) {
      const side = sides[(p + k) % sides.length];
      for (const q of questions) side.samples.push(side.time(q));
    }
  }
  const [o, f, pr] = sides.map((side) => summarize(side.samples));
  const slowest = questions
    .map((q) => {
      const s = summarize(perQuestion.get(q.id) ?? [0]);
      return { id: q.id, question: q.question, p50: s.p50, max: s.max };
    })
    .sort((a, b) => b.p50 - a.p50)
    .slice(0, 3);
  return { questions: questions.length, ours: o, floor: f, peer: pr, ratioFloorP50: ratio(o.p50, f.p50), ratioPeerP50: ratio(o.p50, pr.p50), ratioPeerP99: ratio(o.p99, pr.p99), slowest };
}

/** Questions answered back to back for `ms` of wall time on this one thread; the median of `repeats` such runs. */
export function benchThroughput(kb: KnowledgeBase, questions: readonly string[], ms: number, repeats: number): ThroughputFigures {
  const peer = new PeerRanker(sentenceTexts(kb));
  const rate = (fn: (q: string) => unknown): number => {
    const rates: number[] = [];
    for (let r = 0; r < repeats; r += 1) {
      const started = performance.now();
      let n = 0;
      while (performance.now() - started < ms) fn(questions[n++ % questions.length]);
      rates.push(n / ((performance.now() - started) / 1000));
    }
    return median(rates);
  };
  rate((q) => answerQuestion(kb, q));
  const ours = rate((q) => answerQuestion(kb, q));
  const peerRate = rate((q) => peer.search(q));
  return { oursPerSecond: ours, peerPerSecond: peerRate, ratio: ratio(ours, peerRate) };
}
