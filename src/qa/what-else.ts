import type { IndexedSentence } from '../index/sentence-index.js';
import type { QuestionAnalysis } from './analyze.js';
import type { Token } from '../nlp/token.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { BACK_POINTERS } from './lexicon.js';
import { actIsAsked, askedActs } from './asked-act.js';
import { clauseFrom, tidyAnswer } from './spans.js';

/** "What else did they find?", "what else is planned?": the question asks past a first thing. */
export const asksWhatElse = (q: QuestionAnalysis): boolean => q.intent === 'what' && /^what else\b/i.test(q.text);

/**
 * Words after which news writes a further thing: "a kettle, along with two toasters", "as well as a
 * ladder", "Other finds include a brooch".
 */
const ADDED_BEFORE = /\b(?:along with|as well as|in addition to)\s+/i;
const OTHERS_INCLUDE = /\bother\b[^,;.]{0,40}\binclud(?:e|es|ed|ing)\s+/i;

/** Whether the sentence adds a thing: one of those words, or "also" ("The crew also recovered a boat"). */
export function writesAddition(d: IndexedSentence): boolean {
  const { text, tokens } = d.sentence;
  return tokens.some((t) => t.norm === 'also') || ADDED_BEFORE.test(text) || OTHERS_INCLUDE.test(text);
}

/**
 * Whether a sentence tells one more thing of the asked act: it writes an addition word and the
 * question's own verb, a related one or a near one. ("What else did the divers find?" / "They also
 * brought up a bronze bell": "brought up" is the finding told again.)
 */
export function tellsFurtherAct(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence): boolean {
  if (!writesAddition(d)) return false;
  const asked = askedActs(q);
  if (d.sentence.tokens.some((t, k) => t.pos === 'VERB' && actIsAsked(asked, d, k))) return true;
  if (writesAskedNoun(q, d)) return true;
  // ("What else does the ferry carry?" / "The ferry carries cars. It also takes bicycles.": the
  // pronoun goes on with the thing the sentence before names.)
  const before = BACK_POINTERS.has(d.sentence.tokens[0]?.norm ?? '') ? kb.index.find(d.article.id, d.sentence.index - 1) : undefined;
  return before !== undefined && writesAskedNoun(q, before);
}

/** Whether the sentence writes one of the question's own nouns. */
function writesAskedNoun(q: QuestionAnalysis, d: IndexedSentence): boolean {
  return q.terms.some((t) => !t.isCue && t.pos === 'NOUN' && d.terms.includes(t.term));
}

export const FURTHER_THING = 'the further thing told of the asked act';

/** Between "also" and its verb: "also quickly found", "has also been offering". */
const BEFORE_VERB: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/**
 * The further thing a sentence tells of the asked act, for "what else …?": the words after "along
 * with", after "other … include", or after the verb "also" goes with ("They also dug up a coin").
 */
export function furtherThing(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence): string | undefined {
  if (!tellsFurtherAct(kb, q, d)) return undefined;
  const { sentence } = d;
  const phrase = ADDED_BEFORE.exec(sentence.text) ?? OTHERS_INCLUDE.exec(sentence.text);
  const at = phrase ? phrase.index + phrase[0].length : afterAlsoVerb(sentence.tokens);
  if (at === undefined) return undefined;
  const k = sentence.tokens.findIndex((t) => t.start >= at);
  const text = k < 0 ? '' : tidyAnswer(clauseFrom(sentence, k));
  return text || undefined;
}

/** Where the words after the verb "also" goes with begin: "also offers manicures" gives "manicures". */
function afterAlsoVerb(tokens: readonly Token[]): number | undefined {
  const also = tokens.findIndex((t) => t.norm === 'also');
  if (also < 0) return undefined;
  let k = also + 1;
  while (k < tokens.length && BEFORE_VERB.has(tokens[k].pos)) k += 1;
  if (tokens[k]?.pos !== 'VERB') return undefined;
  // ("has also agreed to pay for a footbridge": the thing is what the verb after "to" takes.)
  if (tokens[k + 1]?.norm === 'to' && tokens[k + 2]?.pos === 'VERB') k += 2;
  return tokens[k + 1]?.start;
}
