import { loadKnowledgeBase } from '../engine.js';
import { defaultEngine, type EngineApi } from '../cli/engine-api.js';
import { FIXTURE_ARTICLE_DIR, FIXTURE_QA_DIR, loadFixtureSets, parseQaSet, parseWikiQa, readDataFile } from './datasets.js';
import { scoreQaSetOurs, scoreQaSetPeer, scoreWikiQaOurs, scoreWikiQaPeer, type QaSetFigures, type WikiQaFigures } from './score.js';

export interface EvalOptions {
  seedsDir: string;
  wikiqaFile: string;
  devsetFile: string;
  fixtureQaDir?: string;
  fixtureArticleDir?: string;
  engine?: EngineApi;
}

export interface FixtureReport {
  name: string;
  ours?: QaSetFigures;
  peer?: QaSetFigures;
  /** Why the set was not scored (its article file is missing). */
  skipped?: string;
}

export interface EvalReport {
  wikiqa: { file: string; questions: number; withCorrect: number; ours: WikiQaFigures; peer: WikiQaFigures };
  seedDev: { file: string; seeds: string; ours: QaSetFigures; peer: QaSetFigures };
  fixtures: FixtureReport[];
  /** Wall time in ms: everything, our engine (knowledge bases included), the peer. */
  ms: { total: number; ours: number; peer: number };
}

/** Scores our engine and the BM25 peer on the same data, in this process. */
export async function runEval(options: EvalOptions): Promise<EvalReport> {
  const started = performance.now();
  const engine = options.engine ?? defaultEngine;
  // Both files are read before any scoring, so a missing one fails at once, not after a long run.
  const [wikiText, devText] = await Promise.all([readDataFile(options.wikiqaFile, 'WikiQA file'), readDataFile(options.devsetFile, 'seed-dev question set')]);
  const wikiqa = parseWikiQa(wikiText, options.wikiqaFile);
  const devset = parseQaSet(devText, options.devsetFile);
  const fixtureSets = await loadFixtureSets(options.fixtureQaDir ?? FIXTURE_QA_DIR, options.fixtureArticleDir ?? FIXTURE_ARTICLE_DIR);

  const seedsStarted = performance.now();
  const seedsKb = await loadKnowledgeBase(options.seedsDir);
  const seedsMs = performance.now() - seedsStarted;

  const wikiOurs = scoreWikiQaOurs(wikiqa, engine);
  const wikiPeer = scoreWikiQaPeer(wikiqa);
  const devOurs = scoreQaSetOurs(seedsKb, devset, engine);
  const devPeer = scoreQaSetPeer(seedsKb, devset);
  let oursMs = seedsMs + wikiOurs.ms + devOurs.ms;
  let peerMs = wikiPeer.ms + devPeer.ms;

  const fixtures: FixtureReport[] = [];
  for (const set of fixtureSets) {
    if (set.article === undefined) {
      fixtures.push({ name: set.name, skipped: `article ${set.articleFile} is missing` });
      continue;
    }
    const kbStarted = performance.now();
    const kb = engine.fromText(`${set.name}.txt`, set.article);
    const ours = scoreQaSetOurs(kb, set.questions, engine);
    oursMs += performance.now() - kbStarted;
    const peer = scoreQaSetPeer(kb, set.questions);
    peerMs += peer.ms;
    fixtures.push({ name: set.name, ours, peer });
  }

  return {
    wikiqa: { file: options.wikiqaFile, questions: wikiqa.length, withCorrect: wikiOurs.ranking.questions, ours: wikiOurs, peer: wikiPeer },
    seedDev: { file: options.devsetFile, seeds: options.seedsDir, ours: devOurs, peer: devPeer },
    fixtures,
    ms: { total: performance.now() - started, ours: oursMs, peer: peerMs },
  };
}
