import { readFileSync } from 'node:fs';

/**
 * Which nouns are kinds of which ("fulmar" of bird, "sycamore" of tree), as index terms: WordNet's
 * noun hierarchy, derived by src/tools/build-kinds.ts into src/index/data/kinds.txt. Read on the
 * first kind question, not at start-up: most questions never need it.
 */
let table: ReadonlyMap<string, ReadonlySet<string>> | undefined;

function load(): ReadonlyMap<string, ReadonlySet<string>> {
  const map = new Map<string, ReadonlySet<string>>();
  for (const line of readFileSync(new URL('./data/kinds.txt', import.meta.url), 'utf8').split('\n')) {
    const [term, ...broader] = line.split(' ');
    if (term) map.set(term, new Set(broader));
  }
  return map;
}

/** Whether the noun with term `term` names a kind of the broader noun `broader` ("terrier", "dog"). */
export function isKindOf(term: string, broader: string): boolean {
  table ??= load();
  return table.get(term)?.has(broader) === true;
}
