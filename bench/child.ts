/**
 * What the bench runs in fresh child processes, so process-level figures (start-up, memory) are
 * not coloured by what ran before. Prints one line `ready {json}` or `result {json}` on stdout.
 *
 *   child.ts startup <seedsDir> <question>
 *   child.ts scale <archiveDir> <warmDir> <questionsFile> <refreshes> <passes> <answerBudgetMs>
 */
import { readFile } from 'node:fs/promises';
import { summarize } from './stats.js';

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const rssMb = (): number => process.memoryUsage().rss / 1048576;
/** Peak resident set of this process so far (Linux reports maxRSS in KiB). */
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

async function startup(seedsDir: string, question: string): Promise<void> {
  // performance.now() counts from this process's time origin, so these are offsets from its start.
  const begun = performance.now();
  const engine = await import('../src/engine.js');
  const imported = performance.now();
  const kb = await engine.loadKnowledgeBase(seedsDir);
  const loaded = performance.now();
  const answer = engine.answerQuestion(kb, question);
  const answered = performance.now();
  gc();
  process.stdout.write(
    `ready ${JSON.stringify({
      mainAt: begun,
      importMs: imported - begun,
      loadMs: loaded - imported,
      firstAnswerMs: answered - loaded,
      readyAt: answered,
      answered: answer.answered,
      rssMb: rssMb(),
      peakRssMb: peakRssMb(),
    })}\n`,
  );
}

async function scale(dir: string, warmDir: string, questionsFile: string, refreshes: number, passes: number, budgetMs: number): Promise<void> {
  const engine = await import('../src/engine.js');
  const questions = JSON.parse(await readFile(questionsFile, 'utf8')) as string[];
  // Warm the JIT on a small archive first, so refresh time is the engine's, not the compiler's.
  const warm = await engine.loadKnowledgeBase(warmDir);
  for (const q of questions.slice(0, 50)) engine.answerQuestion(warm, q);
  const store = new engine.KnowledgeStore(warm, dir, {}, engine.prepareForQuestions);
  const refreshMs: number[] = [];
  for (let i = 0; i < refreshes; i += 1) {
    gc();
    refreshMs.push((await store.refresh()).ms);
  }
  const kb = store.current;
  gc();
  const base = { articles: kb.articles.length, sentences: kb.index.size, facts: kb.facts.length, refreshMs, rssMb: rssMb(), peakRssMb: peakRssMb() };
  // Reported at once, so the refresh figures survive if answering then runs past the deadline.
  process.stdout.write(`refreshed ${JSON.stringify(base)}\n`);
  // Lazily built per-knowledge-base lookups land on the first question after a refresh.
  const first = performance.now();
  engine.answerQuestion(kb, questions[0]);
  const firstAnswerMs = performance.now() - first;
  process.stdout.write(`first ${JSON.stringify({ firstAnswerMs })}\n`);
  // Warm-up and measurement both stop at their share of the budget: a slow engine gives fewer
  // samples (the count is reported), never a bench that runs for ever.
  const warmUntil = performance.now() + budgetMs / 4;
  for (const q of questions) if (performance.now() < warmUntil) engine.answerQuestion(kb, q);
  const samples: number[] = [];
  // Each question's best time over the passes: the slowest of these is a question that is slow
  // every time it is asked (a scan of the archive), which a p99 over hundreds of questions can hide.
  const bestMs = new Map<string, number>();
  let answered = 0;
  let asked = 0;
  const until = performance.now() + budgetMs;
  measure: for (let p = 0; p < passes; p += 1) {
    for (const q of questions) {
      if (performance.now() > until && samples.length > 0) break measure;
      const started = performance.now();
      const a = engine.answerQuestion(kb, q);
      const took = performance.now() - started;
      samples.push(took);
      bestMs.set(q, Math.min(took, bestMs.get(q) ?? Infinity));
      if (p === 0) {
        asked += 1;
        if (a.answered) answered += 1;
      }
    }
  }
  gc();
  const [question, ms] = [...bestMs].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  process.stdout.write(
    `result ${JSON.stringify({ ...base, firstAnswerMs, answer: summarize(samples), answeredShare: answered / asked, slowest: { question, ms }, rssMb: rssMb(), peakRssMb: peakRssMb() })}\n`,
  );
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'startup') await startup(args[0], args[1]);
else if (mode === 'scale') await scale(args[0], args[1], args[2], Number(args[3]), Number(args[4]), Number(args[5]));
else {
  process.stderr.write(`bench child: unknown mode "${mode ?? ''}" (startup | scale)\n`);
  process.exitCode = 2;
}
