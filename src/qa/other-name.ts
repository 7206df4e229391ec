import type { IndexedSentence } from '../index/sentence-index.js';
import type { QuestionAnalysis } from './analyze.js';

/**
 * Whether the sentence writes none of the question's names but gives a noun the question asks
 * about ("coach") to another name ("Dravonia coach"): "Who coaches the Selvar team?" is not
 * answered by "Dravonia coach Henrik Saal".
 */
export function askedNounOfOtherName(q: QuestionAnalysis, d: IndexedSentence): boolean {
  let named = false;
  for (const t of q.terms) {
    if (!t.isName) continue;
    if (d.tf.has(t.term)) return false;
    named = true;
  }
  if (!named) return false;
  const { tokens } = d.sentence;
  for (let k = 1; k < tokens.length; k += 1) {
    const term = d.terms[k];
    if (term === null || tokens[k].pos !== 'NOUN' || !q.terms.some((t) => !t.isName && !t.isCue && t.term === term)) continue;
    const before = tokens[k - 1];
    if (before.pos === 'PROPN' && /^\p{Lu}/u.test(before.text) && !q.terms.some((t) => t.term === d.terms[k - 1])) return true;
  }
  return false;
}
