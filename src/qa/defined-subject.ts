import type { IndexedSentence } from '../index/sentence-index.js';
import type { Token } from '../nlp/token.js';

/** Verbs that define their subject as "is" does: "X refers to …", "X consists of …". */
const DEFINING_VERBS = new Set(['refer', 'mean', 'denote', 'describe', 'define', 'know', 'call', 'consist']);

const definedCache = new WeakMap<IndexedSentence, number>();

/**
 * Where the subject a sentence defines ends (at its "is", "refers" …), or 0 when the sentence
 * defines nothing: the same for every question, so found once per sentence.
 */
export function definedSubjectEnd(d: IndexedSentence): number {
  let end = definedCache.get(d);
  if (end === undefined) definedCache.set(d, (end = findDefinedSubjectEnd(d.sentence.tokens)));
  return end;
}

function findDefinedSubjectEnd(tokens: readonly Token[]): number {
  let depth = 0;
  for (let i = 0; i < Math.min(tokens.length, 25); i += 1) {
    const t = tokens[i];
    if (t.text === '(') depth += 1;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const copula = (t.pos === 'AUX' && t.lemma === 'be') || (t.pos === 'VERB' && DEFINING_VERBS.has(t.lemma));
    if (!copula) continue;
    const next = tokens[i + 1];
    if (!next || next.pos === 'VERB' || next.pos === 'ADP' && next.norm !== 'to' && next.norm !== 'as') return 0;
    return i;
  }
  return 0;
}
