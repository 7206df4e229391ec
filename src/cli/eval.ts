import { DEFAULT_DEVSET, DEFAULT_WIKIQA } from '../eval/datasets.js';
import { formatReport, reportToJson } from '../eval/report.js';
import { runEval } from '../eval/run.js';
import { booleanFlag, parseCommandArgs, stringFlag } from './args.js';
import { DEFAULT_SEEDS_DIR, write, type CliIO } from './io.js';

/**
 * `eval [--seeds DIR] [--wikiqa FILE] [--devset FILE] [--json]`: the score table. With --json,
 * stdout is one JSON document and the table goes to stderr, so both are kept and stdout stays
 * machine-readable.
 */
export async function evalCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs('eval', argv, {
    seeds: { type: 'string' },
    wikiqa: { type: 'string' },
    devset: { type: 'string' },
    json: { type: 'boolean' },
  });
  const report = await runEval({
    seedsDir: stringFlag(args, 'seeds') ?? DEFAULT_SEEDS_DIR,
    wikiqaFile: stringFlag(args, 'wikiqa') ?? DEFAULT_WIKIQA,
    devsetFile: stringFlag(args, 'devset') ?? DEFAULT_DEVSET,
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
