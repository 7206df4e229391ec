import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Eval data that is missing or malformed: a message naming the file, exit 1. */
export class EvalDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvalDataError';
  }
}

/** The repository root (this file is src/eval/datasets.ts), so `npm run eval` works from any folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Shared eval data lives next to the repository: `<repo>/../shared/eval`. */
export const SHARED_EVAL_DIR = resolve(REPO_ROOT, '..', 'shared', 'eval');
export const DEFAULT_DEVSET = join(SHARED_EVAL_DIR, 'seed-dev.jsonl');
export const DEFAULT_WIKIQA = join(SHARED_EVAL_DIR, 'WikiQA-test.tsv');
export const FIXTURE_QA_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'qa');
export const FIXTURE_ARTICLE_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'articles');

/** One WikiQA question with its candidate sentences, in order: together they are its article. */
export interface WikiQaQuestion {
  id: string;
  question: string;
  title: string;
  sentences: string[];
  labels: boolean[];
}

const WIKIQA_COLUMNS = ['QuestionID', 'Question', 'DocumentTitle', 'Sentence', 'Label'] as const;

export function parseWikiQa(tsv: string, file = 'WikiQA'): WikiQaQuestion[] {
  const lines = tsv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const col = Object.fromEntries(WIKIQA_COLUMNS.map((name) => [name, header.indexOf(name)])) as Record<(typeof WIKIQA_COLUMNS)[number], number>;
  const missing = WIKIQA_COLUMNS.filter((name) => col[name] < 0);
  if (missing.length > 0) throw new EvalDataError(`${file}: header lacks column(s) ${missing.join(', ')}`);
  const byId = new Map<string, WikiQaQuestion>();
  for (let i = 1; i < lines.length; i += 1) {
    if (lines[i].trim() === '') continue;
    const cells = lines[i].split('\t');
    if (cells.length < header.length) throw new EvalDataError(`${file}:${i + 1}: expected ${header.length} tab-separated columns, found ${cells.length}`);
    const id = cells[col.QuestionID];
    let q = byId.get(id);
    if (!q) {
      q = { id, question: cells[col.Question], title: cells[col.DocumentTitle], sentences: [], labels: [] };
      byId.set(id, q);
    }
    q.sentences.push(cells[col.Sentence]);
    q.labels.push(cells[col.Label].trim() === '1');
  }
  return [...byId.values()];
}

/** A question of a question set (seed-dev.jsonl, tests/fixtures/qa/*.jsonl). */
export interface QaQuestion {
  id: string;
  question: string;
  context: string[];
  expect: 'answer' | 'abstain';
  /** Substrings, one of which the first source sentence of a correct reply contains. */
  gold: string[];
  /** Key phrases, one of which a correct short answer contains (case-insensitive). */
  answer: string[];
  tags: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function parseQaSet(jsonl: string, file: string): QaQuestion[] {
  const out: QaQuestion[] = [];
  jsonl
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let o: unknown;
      try {
        o = JSON.parse(line);
      } catch {
        throw new EvalDataError(`${file}:${i + 1}: not valid JSON`);
      }
      if (typeof o !== 'object' || o === null || typeof (o as { question?: unknown }).question !== 'string') {
        throw new EvalDataError(`${file}:${i + 1}: expected an object with a "question" string`);
      }
      const r = o as Record<string, unknown>;
      const gold = strings(r.gold);
      // A set that leaves out `expect` still says what it expects through its gold substrings.
      const expect = r.expect === 'abstain' || r.expect === 'answer' ? r.expect : gold.length > 0 ? 'answer' : 'abstain';
      out.push({
        id: typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : `${basename(file)}:${i + 1}`,
        question: r.question as string,
        context: strings(r.context),
        expect,
        gold,
        answer: strings(r.answer),
        tags: strings(r.tags),
      });
    });
  return out;
}

export async function readDataFile(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? String(error)})`;
    throw new EvalDataError(`${what} ${file} ${why}`);
  }
}

/** A fixture question set and the article it is about. */
export interface FixtureSet {
  name: string;
  questions: QaQuestion[];
  articleFile: string;
  /** The article text; undefined when the article file is missing (the set is then skipped). */
  article?: string;
}

/** Every `tests/fixtures/qa/<name>.jsonl` with its `tests/fixtures/articles/<name>.txt`; none is fine. */
export async function loadFixtureSets(qaDir = FIXTURE_QA_DIR, articleDir = FIXTURE_ARTICLE_DIR): Promise<FixtureSet[]> {
  let files: string[];
  try {
    files = (await readdir(qaDir)).filter((f) => f.endsWith('.jsonl') && !f.startsWith('.')).sort();
  } catch {
    return [];
  }
  const sets: FixtureSet[] = [];
  for (const f of files) {
    const name = f.slice(0, -'.jsonl'.length);
    const questions = parseQaSet(await readDataFile(join(qaDir, f), 'question set'), join(qaDir, f));
    const articleFile = join(articleDir, `${name}.txt`);
    let article: string | undefined;
    try {
      article = await readFile(articleFile, 'utf8');
    } catch {
      article = undefined;
    }
    sets.push({ name, questions, articleFile, article });
  }
  return sets;
}
