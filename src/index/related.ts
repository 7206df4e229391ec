import { readFileSync } from 'node:fs';
import { termOfWord } from '../nlp/terms.js';

/**
 * Related words, as index terms: WordNet synonyms and derivations (src/index/data/related-words.json, built by
 * src/tools/build-related-words.ts) plus a small table of news vocabulary that WordNet keeps apart
 * (people ask "how close", articles say "five kilometres away").
 */
const NEWS_GROUPS: readonly (readonly string[])[] = [
  ['away', 'far', 'distance', 'close', 'near', 'nearby'],
  ['photo', 'picture', 'photograph', 'image', 'pictured', 'caption', 'shot'],
  ['rebel', 'insurgent', 'militant', 'fighter', 'gunman', 'guerrilla'],
  ['kill', 'dead', 'death', 'die', 'toll', 'fatality', 'casualty'],
  ['injure', 'injury', 'wound', 'hurt'],
  ['chief', 'head', 'leader', 'boss', 'director', 'chairman'],
  ['say', 'tell', 'state', 'announce', 'report', 'claim', 'add'],
  ['company', 'firm', 'business', 'group'],
  ['buy', 'acquire', 'acquisition', 'purchase', 'takeover', 'pay'],
  ['rise', 'jump', 'climb', 'soar', 'increase', 'gain', 'surge', 'grow'],
  ['fall', 'drop', 'decline', 'slump', 'plunge', 'decrease', 'sink', 'slide'],
  ['profit', 'earnings', 'income'],
  ['revenue', 'sales', 'turnover'],
  ['army', 'military', 'troops', 'forces', 'soldier'],
  ['government', 'authorities', 'officials', 'administration', 'state'],
  ['city', 'town'],
  ['flee', 'escape', 'leave', 'evacuate'],
  ['capture', 'seize', 'take', 'fall'],
  ['attack', 'strike', 'assault', 'offensive', 'raid', 'bomb'],
  ['storm', 'hurricane', 'cyclone', 'typhoon'],
  ['quake', 'earthquake', 'tremor'],
  ['begin', 'start', 'launch'],
  ['end', 'finish', 'conclude'],
  ['big', 'large', 'major'],
  ['ancient', 'old', 'historic'],
];

const table = new Map<string, Set<string>>();

function add(a: string, b: string): void {
  if (a === b) return;
  let set = table.get(a);
  if (!set) table.set(a, (set = new Set()));
  set.add(b);
}

const fileUrl = new URL('./data/related-words.json', import.meta.url);
const wordnet = JSON.parse(readFileSync(fileUrl, 'utf8')) as Record<string, string[]>;
for (const [term, others] of Object.entries(wordnet)) for (const other of others) add(term, other);
for (const group of NEWS_GROUPS) {
  const terms = group.map((w) => termOfWord(w));
  for (const a of terms) for (const b of terms) add(a, b);
}

const NONE: ReadonlySet<string> = new Set();

/** Terms related to a term (not including itself). */
export function relatedTerms(term: string): ReadonlySet<string> {
  return table.get(term) ?? NONE;
}

export function areRelated(a: string, b: string): boolean {
  return table.get(a)?.has(b) ?? false;
}
