import { termOfWord } from '../nlp/terms.js';

/** Verbs that carry little meaning of their own ("got their power back"): weak evidence either way. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  ['get', 'have', 'make', 'do', 'take', 'go', 'come', 'give', 'put', 'keep', 'let', 'become'].map((w) => termOfWord(w)),
);
