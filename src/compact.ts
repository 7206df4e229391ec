/**
 * An array grown by push keeps spare room: one given its first element that way holds seventeen
 * slots. Look-ups kept for a knowledge base's whole life hold many short lists (a sentence's facts,
 * a name's keys), so once built each list is swapped for an exact copy, in place in its map.
 */
export function exactLists<K, V>(lists: Map<K, V[]>): void {
  for (const [key, list] of lists) lists.set(key, list.slice());
}
