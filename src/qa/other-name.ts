import { mentionedNames } from '../facts/names.js';
import type { IndexedSentence } from '../index/sentence-index.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { QuestionAnalysis } from './analyze.js';
import { questionNames } from './extract/context.js';
import { memoKey } from './memo.js';

/** Whether the sentence is about another entity than the one the question names. */
export function aboutAnotherName(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence): boolean {
  return nounOfOtherName(q, d) || subjectIsOtherName(kb, q, d);
}

interface QuestionWords {
  /** Terms of the question's content words that are no name. */
  nouns: ReadonlySet<string>;
  all: ReadonlySet<string>;
}

const QUESTION_WORDS = memoKey<QuestionWords>('the question’s terms, and those of its words that are no name');

function questionWords(q: QuestionAnalysis): QuestionWords {
  let words = q.memo.get(QUESTION_WORDS);
  if (!words) {
    words = { nouns: new Set(q.terms.filter((t) => !t.isName && !t.isCue).map((t) => t.term)), all: new Set(q.terms.map((t) => t.term)) };
    q.memo.set(QUESTION_WORDS, words);
  }
  return words;
}

/**
 * The sentence writes none of the question's names but gives a noun the question asks about
 * ("coach") to another name ("Dravonia coach"): "Who coaches the Selvar team?" is not answered by
 * "Dravonia coach Henrik Saal".
 */
function nounOfOtherName(q: QuestionAnalysis, d: IndexedSentence): boolean {
  const names = questionNames(q);
  if (names.length === 0 || names.some((n) => d.tf.has(n))) return false;
  // "Who chairs the supporters' trust?" / "DST chair Marta Ekholm": the name is the asked one's short form.
  if (q.entities.get(d.article.id)?.some((e) => e.sentences.has(d.sentence.index))) return false;
  const { nouns, all } = questionWords(q);
  const { tokens } = d.sentence;
  for (let k = 1; k < tokens.length; k += 1) {
    const term = d.terms[k];
    if (term === null || tokens[k].pos !== 'NOUN' || !nouns.has(term)) continue;
    const before = tokens[k - 1];
    if (before.pos === 'PROPN' && /^\p{Lu}/u.test(before.text) && !all.has(d.terms[k - 1] ?? '')) return true;
  }
  return false;
}

/**
 * "What was Harlund's net profit?" / "Corvessa reported a 19% drop in net profit": the sentence
 * is about its subject, another entity of the kind the question names.
 */
function subjectIsOtherName(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence): boolean {
  const asked = q.entities.get(d.article.id);
  // The cheap tests first: this runs for every candidate sentence.
  if (!asked || asked.length === 0 || asked.some((e) => e.sentences.has(d.sentence.index))) return false;
  const { tokens } = d.sentence;
  let end = tokens[0]?.pos === 'DET' ? 1 : 0;
  const start = end;
  while (tokens[end]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[end].text)) end += 1;
  const next = tokens[end]?.pos;
  if (end === start || (next !== 'VERB' && next !== 'AUX')) return false;
  const subject = mentionedNames(kb.facts, tokens.slice(start, end))[0];
  if (!subject || subject.article !== d.article.id) return false;
  return asked.every((e) => e.fact !== subject && e.fact.kind === subject.kind);
}
