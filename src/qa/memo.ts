/**
 * Values the steps of answering derive from one question and read many times (its coverage terms,
 * its words, the speakers it names…), each found at its first use and kept with the question.
 *
 * Not in WeakMaps keyed by the question: V8's young-generation collections hold WeakMap keys
 * weakly but every value strongly, so each answered question's derived values outlived it into
 * the old generation, and collections took several times longer.
 *
 * Each key owns a slot of an array, not an entry of a map: answering reads these values some
 * hundred times per question, and an array index costs next to nothing where a map lookup by
 * object does not.
 */
export class QuestionMemo {
  // Every key exists once its module has loaded, long before any question is read: the array is
  // made at its full size (a key made later would still work, the array growing to its slot).
  readonly #values: unknown[] = new Array<unknown>(slots).fill(undefined);

  get<T>(key: MemoKey<T>): T | undefined {
    return this.#values[key.slot] as T | undefined;
  }

  set<T>(key: MemoKey<T>, value: T): void {
    this.#values[key.slot] = value;
  }
}

/** Names one kind of derived value; `T` is the type of the value it names. */
export interface MemoKey<T> {
  readonly description: string;
  /** Where a memo keeps the value. */
  readonly slot: number;
  /** Never set: it only ties the key to its value's type. */
  readonly valueType?: T;
}

let slots = 0;

export const memoKey = <T>(description: string): MemoKey<T> => ({ description, slot: slots++ });

/**
 * Whether a question's text matches `pattern`, tested at its first use and kept with the question:
 * checks that gate an extraction are asked once per candidate sentence. (`pattern` must not be
 * global: a global pattern's test carries its last index from call to call.)
 */
export function questionMatches(description: string, pattern: RegExp): (q: { readonly memo: QuestionMemo; readonly text: string }) => boolean {
  const key = memoKey<boolean>(description);
  return (q) => {
    let found = q.memo.get(key);
    if (found === undefined) q.memo.set(key, (found = pattern.test(q.text)));
    return found;
  };
}
