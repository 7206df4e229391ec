import { readFileSync } from 'node:fs';

/**
 * Which nouns are kinds of which ("fulmar" of bird, "sycamore" of tree), as index terms: WordNet's
 * noun hierarchy, derived by src/tools/build-kinds.ts into src/index/data/kinds.txt. Read on the
 * first kind question, not at start-up: most questions never need it.
 */
let table: ReadonlyMap<string, string> | undefined;

/**
 * Each term → its broader terms as one string, " bird animal ", rather than a Set per term: a set
 * for each of some 40,000 nouns cost about 25 MB; strings cost little more than the file.
 */
function load(): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(new URL('./data/kinds.txt', import.meta.url), 'utf8').split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) map.set(line.slice(0, space), `${line.slice(space)} `);
  }
  return map;
}

/** Whether the noun with term `term` names a kind of the broader noun `broader` ("terrier", "dog"). */
export function isKindOf(term: string, broader: string): boolean {
  table ??= load();
  return table.get(term)?.includes(` ${broader} `) === true;
}
