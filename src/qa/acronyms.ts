import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { termOf } from '../nlp/terms.js';
import type { Token } from '../nlp/token.js';

/**
 * "Was the goal checked by VAR?" where the article writes only "the video assistant referee":
 * people type the short form of what an article spells out. The words of the article whose
 * initials spell a question's acronym stand in for it.
 */
export function spelledOut(kb: KnowledgeBase, acronym: string): readonly Token[] | undefined {
  // An archive is read for what its articles write; spelling out searches every sentence.
  if (kb.articles.length > MAX_ARTICLES) return undefined;
  let found = cache.get(kb);
  if (!found) cache.set(kb, (found = new Map()));
  if (found.has(acronym)) return found.get(acronym) ?? undefined;
  const phrase = search(kb, acronym.toLowerCase());
  found.set(acronym, phrase ?? null);
  return phrase;
}

const MAX_ARTICLES = 20;
const cache = new WeakMap<KnowledgeBase, Map<string, readonly Token[] | null>>();

function search(kb: KnowledgeBase, letters: string): readonly Token[] | undefined {
  for (const article of kb.articles) {
    for (const { tokens } of article.sentences) {
      for (let i = 0; i + letters.length <= tokens.length; i += 1) {
        if (spells(tokens, i, letters)) return tokens.slice(i, i + letters.length);
      }
    }
  }
  return undefined;
}

/** Whether the content words from `at` start with the letters, one each. */
function spells(tokens: readonly Token[], at: number, letters: string): boolean {
  for (let k = 0; k < letters.length; k += 1) {
    const t = tokens[at + k];
    if (t.norm[0] !== letters[k] || termOf(t) === null) return false;
  }
  return true;
}
