import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { startsUpper } from '../facts/tokens.js';
import { termOf } from '../nlp/terms.js';
import type { Token } from '../nlp/token.js';

/**
 * "Was the goal checked by VAR?" where the article writes only "the video assistant referee":
 * people type the short form of what an article spells out. The words of the article whose
 * initials spell a question's acronym stand in for it. ("B&Bs" is the plural of "B&B", whose "&"
 * is the "and" between its words: "bed and breakfast".)
 */
export function spelledOut(kb: KnowledgeBase, acronym: string): readonly Token[] | undefined {
  // An archive is read for what its articles write; spelling out searches every sentence.
  if (kb.articles.length > MAX_ARTICLES) return undefined;
  // (Searched afresh for each question, a few microseconds an article: nothing a question asked is
  // kept, so a question asked again costs what it cost the first time.)
  return search(kb, acronym.replace(PLURAL_S, '').replace(/&/g, '').toLowerCase(), acronym.includes('&'));
}

/** A question's acronym: capitals, perhaps joined by "&" ("A&E"), perhaps made plural ("HMOs", "B&Bs"). */
export const ACRONYM = /^\p{Lu}(?:&?\p{Lu}){1,4}s?$/u;
const PLURAL_S = /s$/;

const MAX_ARTICLES = 20;

function search(kb: KnowledgeBase, letters: string, ampersand: boolean): readonly Token[] | undefined {
  for (const article of kb.articles) {
    for (const { tokens } of article.sentences) {
      for (let i = 0; i + letters.length <= tokens.length; i += 1) {
        const end = spelledTo(tokens, i, letters, ampersand);
        if (end >= 0) return tokens.slice(i, end + 1).filter((t) => termOf(t) !== null);
      }
    }
  }
  return undefined;
}

/**
 * Where the content words from `at`, one for each letter, end, or -1. Small words between them
 * spell nothing ("house in multiple occupation" for HMO, "Fire and Rescue Service" for FRS). Two
 * letters are too few to be no chance: they must spell a name ("the Rowing Club" for RC) or, with
 * an "&", two words joined by "and".
 */
function spelledTo(tokens: readonly Token[], at: number, letters: string, ampersand: boolean): number {
  let j = at;
  for (let k = 0; k < letters.length; k += 1) {
    const from = j;
    while (k > 0 && j < tokens.length && JOINING.has(tokens[j].norm)) j += 1;
    const t = tokens[j];
    if (t === undefined || t.norm[0] !== letters[k] || termOf(t) === null) return -1;
    if (ampersand && k > 0 && !tokens.slice(from, j).some((x) => x.norm === 'and')) return -1;
    if (letters.length < 3 && !ampersand && !startsUpper(t.text)) return -1;
    j += 1;
  }
  return j - 1;
}

const JOINING: ReadonlySet<string> = new Set(['of', 'in', 'and', 'for', 'the', 'on', '&', "'s", '’s']);
