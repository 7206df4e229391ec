import { answerQuestion, loadKnowledgeBase } from '../engine.js';
import { formatAnswer } from '../reply/console.js';
import { answerToJson } from '../reply/json.js';
import { booleanFlag, parseCommandArgs, stringFlag } from './args.js';
import { DEFAULT_SEEDS_DIR, write, type CliIO } from './io.js';
import { UsageError } from './usage.js';

/** `ask "question" [--seeds DIR] [--json]`: one question, answered with its sources. */
export async function askCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs('ask', argv, { seeds: { type: 'string' }, json: { type: 'boolean' } }, true);
  // Unquoted words are joined, so `ask who is leading` works as well as `ask "who is leading"`.
  const question = args.positionals.join(' ').trim();
  if (question === '') throw new UsageError('ask: give a question, e.g. ask "Who is leading the offensive?"');
  const kb = await loadKnowledgeBase(stringFlag(args, 'seeds') ?? DEFAULT_SEEDS_DIR);
  const answer = answerQuestion(kb, question);
  const text = booleanFlag(args, 'json') ? JSON.stringify(answerToJson(null, answer)) : formatAnswer(answer);
  await write(io.stdout, `${text}\n`);
  return 0;
}
