import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer, KnowledgeBase, RankedSentence } from '../engine.js';
import { answerToJson, errorToJson, type RankingEntry } from '../reply/json.js';
import { parseBatchLine, type BatchItem } from './batch-input.js';
import { answerInConversation, defaultEngine, inlineKnowledgeBase, type EngineApi } from './engine-api.js';
import { write } from './io.js';

export interface BatchOptions {
  /** Add `ranking` (every sentence of the article answered against) to each output line. */
  ranking?: boolean;
  /** The seeds knowledge base, asked for only when a line has no inline text. */
  seeds: () => Promise<KnowledgeBase>;
  engine?: EngineApi;
  /** Where diagnostics go (stderr in the CLI): never the output stream. */
  log?: (message: string) => void;
}

export interface BatchSummary {
  questions: number;
  errors: number;
  /** Set when the seeds could not be loaded; lines that needed them got an error line. */
  seedsError?: string;
}

/**
 * The ranking over the one article the question was answered against: the article of the first
 * source, else the best-ranked one. Sentences the ranker left out are added last, so the ranking
 * always covers every sentence.
 */
export function rankingForArticle(kb: KnowledgeBase, ranked: readonly RankedSentence[], answer: Answer): RankingEntry[] {
  const articleId = answer.sources[0]?.article ?? ranked[0]?.article ?? kb.articles[0]?.id;
  const article = kb.articles.find((a) => a.id === articleId);
  if (!article) return [];
  const entries: RankingEntry[] = [];
  const seen = new Set<number>();
  for (const r of ranked) {
    if (r.article !== articleId || seen.has(r.index) || r.index < 0 || r.index >= article.sentences.length) continue;
    seen.add(r.index);
    entries.push({ index: r.index, score: r.score });
  }
  const floor = Math.min(0, ...entries.map((e) => e.score).filter(Number.isFinite));
  for (const s of article.sentences) if (!seen.has(s.index)) entries.push({ index: s.index, score: floor });
  return entries;
}

/** Memoises a seeds loader, failure included, so a bad seeds folder is read and reported once. */
export function onceSeeds(load: () => Promise<KnowledgeBase>): () => Promise<KnowledgeBase> {
  let pending: Promise<KnowledgeBase> | undefined;
  return () => (pending ??= load());
}

/**
 * The batch answer contract: one JSON line in, one JSON line out, in input order, streamed line by
 * line. A bad line gets an `error` line and the batch goes on.
 */
export async function runBatch(input: Readable, output: Writable, options: BatchOptions): Promise<BatchSummary> {
  const engine = options.engine ?? defaultEngine;
  const log = options.log ?? (() => undefined);
  const summary: BatchSummary = { questions: 0, errors: 0 };
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo += 1;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    summary.questions += 1;
    const parsed = parseBatchLine(line);
    let out: object;
    if (!parsed.ok) {
      out = errorToJson(parsed.id, parsed.error);
      log(`line ${lineNo}: ${parsed.error}`);
    } else {
      out = await answerItem(parsed.item, engine, options, summary, log, lineNo);
    }
    if ('error' in out) summary.errors += 1;
    await write(output, `${JSON.stringify(out)}\n`);
  }
  return summary;
}

async function answerItem(
  item: BatchItem,
  engine: EngineApi,
  options: BatchOptions,
  summary: BatchSummary,
  log: (message: string) => void,
  lineNo: number,
): Promise<object> {
  let kb: KnowledgeBase;
  if (item.sentences !== undefined || item.article !== undefined) {
    try {
      kb = inlineKnowledgeBase(engine, item);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      log(`line ${lineNo}: cannot read the given text: ${why}`);
      return errorToJson(item.id, `cannot read the given text: ${why}`);
    }
  } else {
    try {
      kb = await options.seeds();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      if (summary.seedsError === undefined) log(`cannot load seeds: ${why}`);
      summary.seedsError = why;
      return errorToJson(item.id, `cannot load seeds: ${why}`);
    }
  }
  try {
    const answer = answerInConversation(engine, kb, item);
    const ranking = options.ranking ? rankingForArticle(kb, engine.rank(kb, item.question), answer) : undefined;
    return answerToJson(item.id, answer, ranking);
  } catch (error) {
    // An engine bug on one question must not lose the rest of the batch.
    const why = error instanceof Error ? error.message : String(error);
    log(`line ${lineNo}: engine error: ${error instanceof Error && error.stack ? error.stack : why}`);
    return errorToJson(item.id, `internal error answering this question: ${why}`);
  }
}
