import { mentionedNames } from '../facts/names.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { kbNameWords } from './analyze.js';
import { titleIndex } from './entities.js';
import { factLookup } from './sentence-facts.js';
import { sortedWords } from './spelling.js';

/**
 * Builds the look-ups answering reads of a whole knowledge base (its name words, names and titles,
 * facts by sentence, words in order), which would otherwise be built by the first question: at
 * 10,000 articles that question waited seconds. Called before a knowledge base goes into service,
 * so a refresh pays for them instead of a person's question.
 */
export function prepareForQuestions(kb: KnowledgeBase): void {
  kbNameWords(kb);
  factLookup(kb);
  mentionedNames(kb.facts, '');
  titleIndex(kb);
  sortedWords(kb);
}
