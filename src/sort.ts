/** Longest array sortSmall sorts itself; longer ones go to Array.prototype.sort. */
const SMALL = 32;

/**
 * Sorts in place, stably, as `array.sort(compare)` does (so the order is the same). The engine
 * sorts a few short arrays per question (candidate sentences, query terms): for those, insertion
 * sort in JavaScript beats the built-in, which copies the array into a work area and calls the
 * comparator across the native boundary. Long arrays (ranking a whole archive) keep the built-in.
 */
export function sortSmall<T>(array: T[], compare: (a: T, b: T) => number): T[] {
  if (array.length > SMALL) return array.sort(compare);
  for (let i = 1; i < array.length; i += 1) {
    const item = array[i];
    let j = i;
    // Only past elements that compare strictly greater: equal ones keep their order.
    while (j > 0 && compare(array[j - 1], item) > 0) {
      array[j] = array[j - 1];
      j -= 1;
    }
    array[j] = item;
  }
  return array;
}
