import type { IndexedSentence } from '../index/sentence-index.js';
import { termOfWord } from '../nlp/terms.js';
import type { QuestionAnalysis } from './analyze.js';

/** Measures that ask how many people dwell somewhere: a population. */
const DWELLING_MEASURES: ReadonlySet<string> = new Set(['live', 'reside', 'population']);
/** Words that tell where people dwell, in any part of speech. */
const DWELLING_TERMS: ReadonlySet<string> = new Set(['reside', 'resident', 'inhabit', 'inhabitant', 'population', 'populate', 'dwell', 'dweller'].map((w) => termOfWord(w)));
/** Words that tell it only as verbs ("the zoo houses 900 animals"), not "300 houses" or "broadcast live" (a verb's adverb). */
const DWELLING_VERBS: ReadonlySet<string> = new Set(['live', 'house'].map((w) => termOfWord(w)));
const HOME = termOfWord('home');
/** Places people dwell in, whose size news gives as "a town of 4,000 people". */
const SETTLEMENTS: ReadonlySet<string> = new Set(['town', 'village', 'city', 'hamlet', 'suburb', 'parish', 'island', 'community']);
/** Words between "of" and the count: "a village of about 700", "a town of more than 4,000". */
const COUNT_LEAD: ReadonlySet<string> = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'just', 'over', 'under', 'more', 'fewer', 'than']);

/** Whether the question asks a population ("how many people live in …?", "what is the population of …?"). */
export const asksPopulation = (q: QuestionAnalysis): boolean => q.measure !== undefined && DWELLING_MEASURES.has(q.measure.toLowerCase());

/**
 * "How many people live in Tarsby?" asks a population: the sentence must say people dwell there
 * ("its 5,800 residents", "home to 12,000 people", "a market town of 9,000 people"). A crowd that
 * "packed the chapel" or pupils whose lessons "will last a week longer" are no
 * population, though "last" and "live" are related words.
 */
export function dwellingSaid(d: IndexedSentence, q: QuestionAnalysis): boolean {
  const tokens = d.sentence.tokens;
  return d.terms.some((x, i) => x !== null && (DWELLING_TERMS.has(x) || (DWELLING_VERBS.has(x) && tokens[i].pos === 'VERB' && tokens[i - 1]?.pos !== 'VERB') || (x === HOME && tokens[i + 1]?.norm === 'to'))) || tokens.some((t, i) => SETTLEMENTS.has(t.norm) && sizedAt(d, i + 1) && ofAskedPlace(d, q, i));
}

/**
 * Whether the settlement at `at` is the asked one: the question's own word for it ("how many live
 * in the village?" / "the village of 700"), or the asked name set right before it ("Ushworth, a town
 * of 9,000"), not another place the sentence sizes ("Ushworth, a town of 9,000 in the Selcombe hills"
 * says nothing of the hills).
 */
function ofAskedPlace(d: IndexedSentence, q: QuestionAnalysis, at: number): boolean {
  if (q.terms.some((t) => t.term === d.terms[at])) return true;
  const names = q.terms.filter((t) => t.isName).map((t) => t.term);
  return d.terms.slice(Math.max(0, at - APPOSITION_REACH), at).some((x) => x !== null && names.includes(x));
}

/** How far before "a town of …" the name it stands beside may be: "Ushworth, a small town of". */
const APPOSITION_REACH = 4;

/** Whether "of" and a count follow at `at`: "(a town) of about 9,000". */
function sizedAt(d: IndexedSentence, at: number): boolean {
  const tokens = d.sentence.tokens;
  if (tokens[at]?.norm !== 'of') return false;
  let k = at + 1;
  while (COUNT_LEAD.has(tokens[k]?.norm ?? '')) k += 1;
  return tokens[k]?.pos === 'NUM';
}
