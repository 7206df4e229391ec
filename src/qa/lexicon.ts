import { termOfWord } from '../nlp/terms.js';

/** Verbs that carry little meaning of their own ("got their power back"): weak evidence either way. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  ['get', 'have', 'make', 'do', 'take', 'go', 'come', 'give', 'put', 'keep', 'let', 'become', 'hold', 'happen', 'occur', 'need'].map((w) => termOfWord(w)),
);

/** Nouns for kinds of named things: "which city" is answered by a name, "which ministry" by a phrase. */
export const NAMED_KINDS: ReadonlySet<string> = new Set(
  `person people man woman player coach manager company firm group party team club country countries nation state city town village
  region province area place organisation organization agency newspaper broadcaster network channel station minister leader official
  president university school hospital bank airline army militia river mountain island district county capital`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => termOfWord(w)),
);
