import { mentionedNames } from '../facts/names.js';
import type { IndexedSentence } from '../index/sentence-index.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { QuestionAnalysis } from './analyze.js';

/** Whether the sentence is about another entity than the one the question names. */
export function aboutAnotherName(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence): boolean {
  return nounOfOtherName(q, d) || subjectIsOtherName(kb, q, d);
}

/**
 * The sentence writes none of the question's names but gives a noun the question asks about
 * ("coach") to another name ("Dravonia coach"): "Who coaches the Selvar team?" is not answered by
 * "Dravonia coach Henrik Saal".
 */
function nounOfOtherName(q: QuestionAnalysis, d: IndexedSentence): boolean {
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

/**
 * "What was Harlund's net profit?" / "Corvessa reported a 19% drop in net profit": the sentence
 * is about its subject, another entity of the kind the question names.
 */
function subjectIsOtherName(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence): boolean {
  const asked = q.entities.get(d.article.id);
  if (!asked || asked.length === 0) return false;
  const { tokens } = d.sentence;
  let end = tokens[0]?.pos === 'DET' ? 1 : 0;
  const start = end;
  while (tokens[end]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[end].text)) end += 1;
  const next = tokens[end]?.pos;
  if (end === start || (next !== 'VERB' && next !== 'AUX')) return false;
  const subject = mentionedNames(kb.facts, tokens.slice(start, end))[0];
  if (!subject || subject.article !== d.article.id) return false;
  return asked.every((e) => e.fact !== subject && e.fact.kind === subject.kind && !e.sentences.has(d.sentence.index));
}
