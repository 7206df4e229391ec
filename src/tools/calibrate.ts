/**
 * Fits the confidence model (src/qa/confidence-weights.ts): a logistic regression from the
 * evidence of the best sentence (src/qa/confidence.ts) to whether it answers the question, over the
 * development question sets (../shared/eval/seed-dev.jsonl and tests/fixtures/qa/*.jsonl). WikiQA is
 * never used. Run with `npm run calibrate`; it prints the accuracy on sets held out of the fit
 * (FOLDS folds of whole sets) and rewrites the weights file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DEVSET, loadFixtureSets, parseQaSet, REPO_ROOT, type QaQuestion } from '../eval/datasets.js';
import { knowledgeBaseFromText, loadKnowledgeBase, type KnowledgeBase } from '../kb/knowledge-base.js';
import { answerQuestion, readQuestion } from '../qa/answer.js';
import { scoreCandidates } from '../qa/candidates.js';
import { confidenceFeatures, FEATURE_NAMES } from '../qa/confidence.js';
import { Conversation } from '../qa/conversation.js';

interface Example {
  set: string;
  x: number[];
  y: number;
}

function examples(set: string, kb: KnowledgeBase, questions: QaQuestion[]): Example[] {
  const out: Example[] = [];
  for (const item of questions) {
    const conversation = new Conversation();
    for (const earlier of item.context) answerQuestion(kb, earlier, conversation);
    const q = readQuestion(kb, item.question, conversation);
    if (['help', 'smalltalk', 'summary', 'list'].includes(q.intent)) continue;
    const [best, runnerUp] = scoreCandidates(kb, q, 8);
    if (!best) continue;
    const right = item.expect === 'answer' && item.gold.some((g) => best.m.doc.sentence.text.includes(g));
    out.push({ set, x: confidenceFeatures(kb, q, best, runnerUp), y: right ? 1 : 0 });
  }
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * A wrong answer costs more than a missed one (a reader trusts what the bot asserts), so examples
 * where the best sentence does not answer weigh NEGATIVE_WEIGHT times more.
 */
const NEGATIVE_WEIGHT = 1.5;

/** Plain gradient descent with a little L2, enough for a dozen features and a few hundred examples. */
function fit(data: Example[], l2 = 0.01, steps = 4000, rate = 0.5): number[] {
  const w = new Array<number>(FEATURE_NAMES.length).fill(0);
  for (let step = 0; step < steps; step += 1) {
    const grad = new Array<number>(w.length).fill(0);
    for (const { x, y } of data) {
      const p = sigmoid(x.reduce((z, xi, i) => z + xi * w[i], 0));
      const weight = y === 1 ? 1 : NEGATIVE_WEIGHT;
      for (let i = 0; i < w.length; i += 1) grad[i] += weight * (p - y) * x[i];
    }
    for (let i = 0; i < w.length; i += 1) w[i] -= rate * (grad[i] / data.length + (i === 0 ? 0 : l2 * w[i]));
  }
  return w;
}

const accuracy = (w: number[], data: Example[]): number =>
  data.filter(({ x, y }) => (sigmoid(x.reduce((z, xi, i) => z + xi * w[i], 0)) >= 0.5 ? 1 : 0) === y).length / Math.max(1, data.length);

const data: Example[] = [];
const seedKb = await loadKnowledgeBase(join(REPO_ROOT, 'seeds'));
data.push(...examples('seed-dev', seedKb, parseQaSet(readFileSync(DEFAULT_DEVSET, 'utf8'), DEFAULT_DEVSET)));
for (const set of await loadFixtureSets()) {
  if (set.article === undefined) continue;
  data.push(...examples(set.name, knowledgeBaseFromText(`${set.name}.txt`, set.article), set.questions));
}

/**
 * Whole sets are held out, never single questions: questions on one article share its wording, so a
 * fit that saw some of them would flatter itself on the rest. Folds rather than one set at a time,
 * which would mean hundreds of fits.
 */
const FOLDS = 10;
const sets = [...new Set(data.map((e) => e.set))];
const foldOf = new Map(sets.map((set, i) => [set, i % FOLDS]));
let heldRight = 0;
for (let fold = 0; fold < FOLDS; fold += 1) {
  const held = data.filter((e) => foldOf.get(e.set) === fold);
  const acc = accuracy(fit(data.filter((e) => foldOf.get(e.set) !== fold)), held);
  heldRight += acc * held.length;
  console.log(`fold ${fold + 1} (${held.length} examples held out): accuracy ${acc.toFixed(3)}`);
}
console.log(`held out, all folds: accuracy ${(heldRight / data.length).toFixed(3)}`);
const weights = fit(data);
console.log(`all ${data.length} examples: accuracy ${accuracy(weights, data).toFixed(3)}`);
FEATURE_NAMES.forEach((name, i) => console.log(`  ${name.padEnd(28)} ${weights[i].toFixed(3)}`));
const file = join(REPO_ROOT, 'src', 'qa', 'confidence-weights.ts');
writeFileSync(
  file,
  `/** Fitted by \`npm run calibrate\` (src/tools/calibrate.ts); the order is FEATURE_NAMES in confidence.ts. */\nexport const WEIGHTS: readonly number[] = [${weights.map((w) => w.toFixed(3)).join(', ')}];\n`,
);
