import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_DEVSET, DEFAULT_WIKIQA, EvalDataError, FIXTURE_ARTICLE_DIR, FIXTURE_QA_DIR } from '../eval/datasets.js';
import { formatReport, reportToJson } from '../eval/report.js';
import { runEval } from '../eval/run.js';
import { booleanFlag, parseCommandArgs, stringFlag } from './args.js';
import { DEFAULT_SEEDS_DIR, write, type CliIO } from './io.js';

/**
 * `eval [--seeds DIR] [--wikiqa FILE] [--devset FILE] [--fixtures DIR] [--json]`: the score table.
 * With --json, stdout is one JSON document and the table goes to stderr, so both are kept and
 * stdout stays machine-readable. --fixtures scores the question sets of DIR/qa on the articles of
 * DIR/articles (one `<name>.jsonl` per `<name>.txt`) instead of the test fixtures.
 */
export async function evalCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs('eval', argv, {
    seeds: { type: 'string' },
    wikiqa: { type: 'string' },
    devset: { type: 'string' },
    fixtures: { type: 'string' },
    json: { type: 'boolean' },
  });
  const fixtures = stringFlag(args, 'fixtures');
  if (fixtures !== undefined && !(await isDirectory(join(fixtures, 'qa')))) throw new EvalDataError(`--fixtures ${fixtures} has no qa/ folder of question sets`);
  const report = await runEval({
    seedsDir: stringFlag(args, 'seeds') ?? DEFAULT_SEEDS_DIR,
    wikiqaFile: stringFlag(args, 'wikiqa') ?? DEFAULT_WIKIQA,
    devsetFile: stringFlag(args, 'devset') ?? DEFAULT_DEVSET,
    fixtureQaDir: fixtures === undefined ? FIXTURE_QA_DIR : join(fixtures, 'qa'),
    fixtureArticleDir: fixtures === undefined ? FIXTURE_ARTICLE_DIR : join(fixtures, 'articles'),
  });
  const table = `${formatReport(report)}\n`;
  if (booleanFlag(args, 'json')) {
    await write(io.stderr, table);
    await write(io.stdout, `${JSON.stringify(reportToJson(report), null, 2)}\n`);
  } else {
    await write(io.stdout, table);
  }
  return 0;
}

const isDirectory = async (path: string): Promise<boolean> => (await stat(path).catch(() => undefined))?.isDirectory() === true;
