import type { IndexedSentence } from '../index/sentence-index.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { relatedIn } from '../index/related.js';
import type { Token } from '../nlp/token.js';
import type { QuestionAnalysis } from './analyze.js';
import { memoKey } from './memo.js';
import { inClockTime } from './extract/names.js';
import { chunksOf } from './spans.js';

/**
 * "Who found the purse?" / "It was spotted on Friday by a cleaner, Ada Roe": news often tells
 * who did an act in the passive, in a word of its own for it ("spotted", "discovered"), with the
 * doer named after "by". Such a sentence shares little more than that verb with the question, and
 * falls behind sentences that write the question's word for some other matter ("the find was the
 * highlight"); it is the one that names the doer.
 */

const ASKED_VERBS = memoKey<ReadonlySet<string>>('the terms related to a who-question\'s verbs');

/** The terms of the words related to the question's own verbs that the index holds. */
function askedVerbTerms(kb: KnowledgeBase, q: QuestionAnalysis): ReadonlySet<string> {
  let terms = q.memo.get(ASKED_VERBS);
  if (terms === undefined) {
    const out = new Set<string>();
    // (Only the related words: a sentence writing the question's own verb is ranked on it already.)
    const own = new Set(q.terms.map((t) => t.term));
    for (const t of q.terms) {
      if (t.pos !== 'VERB' || t.isCue) continue;
      for (const r of relatedIn(kb.index, t.term)) if (!own.has(r)) out.add(r);
    }
    terms = out;
    q.memo.set(ASKED_VERBS, terms);
  }
  return terms;
}

/** How far after its verb the "by" may stand ("was spotted on 2 May at dawn by …"). */
const BY_REACH = 12;
/** How far after "by" the doer's name may stand ("by a retired bus driver, Ada Roe"). */
const NAME_REACH = 7;

/** Whether the verb at `at` is a passive: "was found", "had been quickly found". */
function passiveAt(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.pos === 'ADV' ? tokens[at - 2] : tokens[at - 1];
  return before?.lemma === 'be';
}

/** The index of the "by" after the verb at `verb`, over a phrase of time or place only, or -1. */
function byAfter(tokens: readonly Token[], verb: number): number {
  for (let k = verb + 1; k < tokens.length && k - verb <= BY_REACH; k += 1) {
    if (tokens[k].norm === 'by') return k;
    // (A clause of its own, "was found and he called …", is no phrase of the act.)
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'CCONJ' || tokens[k].pos === 'PRON' || (tokens[k].pos === 'PUNCT' && tokens[k].text !== ',' && !inClockTime(tokens, k))) return -1;
  }
  return -1;
}

/**
 * Whether someone is named in the doer after the "by" at `by`, before its clause ends. (Not a
 * body written after "the": "is run by the Quorwick Trust" tells who runs a place, seldom who did
 * an act a related word tells.)
 */
function namedAfter(d: IndexedSentence, by: number): boolean {
  const tokens = d.sentence.tokens;
  let end = by + 1;
  while (end < tokens.length && end - by <= NAME_REACH && tokens[end].pos !== 'VERB' && tokens[end].pos !== 'PRON' && (tokens[end].pos !== 'PUNCT' || tokens[end].text === ',')) end += 1;
  return chunksOf(d.article, d.sentence).some((c) => c.start > by && c.start < end && !c.definite);
}

/**
 * Whether the sentence tells one of a who-question's verbs, in a related word, in the passive
 * with someone named after "by".
 */
export function tellsNamedPassiveDoer(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence): boolean {
  const verbs = askedVerbTerms(kb, q);
  if (verbs.size === 0) return false;
  const tokens = d.sentence.tokens;
  for (let v = 1; v < tokens.length; v += 1) {
    const term = d.terms[v];
    if (term === null || tokens[v].pos !== 'VERB' || !verbs.has(term) || !passiveAt(tokens, v)) continue;
    const by = byAfter(tokens, v);
    if (by > 0 && namedAfter(d, by)) return true;
  }
  return false;
}

/** "Who found the dog?", not "who was found?": a who-question asking the doer of its verb. */
export function asksDoer(q: QuestionAnalysis): boolean {
  return q.intent === 'who' && !q.tokens.some((t, i) => t.pos === 'VERB' && passiveAt(q.tokens, i));
}
