import type { QaSetFigures } from './score.js';
import type { EvalReport } from './run.js';

/** Published figures on the WikiQA test split, as listed in the eval README. */
export const PUBLISHED: {
  wikiqaMap: ReadonlyArray<{ system: string; map: number; approximate?: boolean }>;
  answerTriggeringF1: { low: number; high: number; systems: string };
} = {
  wikiqaMap: [
    { system: 'word count', map: 0.489 },
    { system: 'IDF-weighted word count', map: 0.51 },
    { system: 'CNN-Cnt', map: 0.652 },
    { system: 'unsupervised alignment', map: 0.64, approximate: true },
    { system: 'TANDA (supervised)', map: 0.92, approximate: true },
  ],
  answerTriggeringF1: { low: 0.32, high: 0.36, systems: '2015-2017 pipeline systems' },
};

const MAP_REFERENCE = PUBLISHED.wikiqaMap.map((r) => `${r.system} ${r.approximate ? '~' : ''}${r.map.toFixed(3)}`).join(' · ');
const AT_REFERENCE = `~${PUBLISHED.answerTriggeringF1.low}-${PUBLISHED.answerTriggeringF1.high} (${PUBLISHED.answerTriggeringF1.systems})`;

type Row = [metric: string, ours: string, peer: string, reference: string];

const num = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : n.toFixed(3));
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)}s`;

function qaSetRows(ours: QaSetFigures, peer: QaSetFigures): Row[] {
  return [
    ['  sentence@1', num(ours.sentenceAt1), num(peer.sentenceAt1), ''],
    ['  answer-hit', num(ours.answerHit), num(peer.answerHit), ''],
    ['  abstain-correct', num(ours.abstainCorrect), num(peer.abstainCorrect), 'peer never abstains'],
    ['  false-abstain (lower is better)', num(ours.falseAbstain), num(peer.falseAbstain), ''],
    ['  ranking MAP', num(ours.ranking.map), num(peer.ranking.map), ''],
    ['  ranking MRR', num(ours.ranking.mrr), num(peer.ranking.mrr), ''],
    ['  ranking P@1', num(ours.ranking.p1), num(peer.ranking.p1), ''],
  ];
}

/** The one table: rows are metrics, columns ours | peer | published reference. */
export function formatReport(report: EvalReport): string {
  const { wikiqa, seedDev } = report;
  const rows: Row[] = [
    ['metric', 'ours', 'peer', 'published reference'],
    [`WikiQA test (${wikiqa.questions} questions, ${wikiqa.withCorrect} with a correct sentence)`, '', '', ''],
    ['  MAP', num(wikiqa.ours.ranking.map), num(wikiqa.peer.ranking.map), MAP_REFERENCE],
    ['  MRR', num(wikiqa.ours.ranking.mrr), num(wikiqa.peer.ranking.mrr), ''],
    ['  P@1', num(wikiqa.ours.ranking.p1), num(wikiqa.peer.ranking.p1), ''],
    ['  answer triggering precision', num(wikiqa.ours.triggering.precision), num(wikiqa.peer.triggering.precision), ''],
    ['  answer triggering recall', num(wikiqa.ours.triggering.recall), num(wikiqa.peer.triggering.recall), ''],
    ['  answer triggering F1', num(wikiqa.ours.triggering.f1), num(wikiqa.peer.triggering.f1), AT_REFERENCE],
    [`  answered (of ${wikiqa.questions})`, String(wikiqa.ours.triggering.answered), String(wikiqa.peer.triggering.answered), ''],
    [`seed-dev (${seedDev.ours.answerQuestions} to answer, ${seedDev.ours.abstainQuestions} to decline)`, '', '', ''],
    ...qaSetRows(seedDev.ours, seedDev.peer),
  ];
  for (const f of report.fixtures) {
    if (f.ours && f.peer) {
      rows.push([`fixtures/${f.name} (${f.ours.answerQuestions} to answer, ${f.ours.abstainQuestions} to decline)`, '', '', '']);
      rows.push(...qaSetRows(f.ours, f.peer));
    } else {
      rows.push([`fixtures/${f.name}: skipped`, '', '', f.skipped ?? '']);
    }
  }
  if (report.fixtures.length === 0) rows.push(['fixtures: no question sets found', '', '', '']);
  rows.push(['time', seconds(report.ms.ours), seconds(report.ms.peer), `total ${seconds(report.ms.total)}`]);

  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: Row): string =>
    [r[0].padEnd(widths[0]), r[1].padStart(widths[1]), r[2].padStart(widths[2]), r[3]].join('  ').trimEnd();
  const rule = '-'.repeat(widths[0] + widths[1] + widths[2] + 6 + 20);
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

/** The figures as one JSON document: report plus the published references. */
export function reportToJson(report: EvalReport): object {
  return { ...report, published: PUBLISHED };
}
