import type { Fact } from './types.js';

/** A fact before the orchestrator numbers it: extractors never invent ids or repeat the article id. */
export type Draft<F extends Fact = Fact> = F extends Fact ? Omit<F, 'id' | 'article'> : never;
