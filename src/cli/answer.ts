import { loadKnowledgeBase } from '../engine.js';
import { booleanFlag, parseCommandArgs, stringFlag } from './args.js';
import { onceSeeds, runBatch } from './batch.js';
import { DEFAULT_SEEDS_DIR, type CliIO } from './io.js';
import { UsageError } from './usage.js';

/** `answer --jsonl [--seeds DIR] [--ranking]`: the batch contract over stdin/stdout. */
export async function answerCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs('answer', argv, { jsonl: { type: 'boolean' }, seeds: { type: 'string' }, ranking: { type: 'boolean' } });
  if (!booleanFlag(args, 'jsonl')) throw new UsageError('answer: only the JSON-lines batch is supported; add --jsonl');
  const dir = stringFlag(args, 'seeds') ?? DEFAULT_SEEDS_DIR;
  const started = performance.now();
  const summary = await runBatch(io.stdin, io.stdout, {
    ranking: booleanFlag(args, 'ranking'),
    seeds: onceSeeds(() => loadKnowledgeBase(dir)),
    log: (message) => io.stderr.write(`${message}\n`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  io.stderr.write(`answered ${summary.questions - summary.errors} of ${summary.questions} lines in ${seconds}s (${summary.errors} errors)\n`);
  return summary.seedsError === undefined ? 0 : 1;
}
