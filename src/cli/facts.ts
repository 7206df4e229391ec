import { loadKnowledgeBase } from '../engine.js';
import { factsToJson, formatFactsText } from '../reply/facts.js';
import { booleanFlag, parseCommandArgs, stringFlag } from './args.js';
import { DEFAULT_SEEDS_DIR, write, type CliIO } from './io.js';

/** `facts [--seeds DIR] [--json]`: every extracted fact, grouped by type, with sentence indices. */
export async function factsCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs('facts', argv, { seeds: { type: 'string' }, json: { type: 'boolean' } });
  const kb = await loadKnowledgeBase(stringFlag(args, 'seeds') ?? DEFAULT_SEEDS_DIR);
  const articles = [...kb.articles];
  const facts = [...kb.facts];
  const text = booleanFlag(args, 'json') ? JSON.stringify(factsToJson(articles, facts), null, 2) : formatFactsText(articles, facts);
  await write(io.stdout, text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}
