/**
 * Values the steps of answering derive from one question and read many times (its coverage terms,
 * its words, the speakers it names…), each found at its first use and kept with the question.
 *
 * Not in WeakMaps keyed by the question: V8's young-generation collections hold WeakMap keys
 * weakly but every value strongly, so each answered question's derived values outlived it into
 * the old generation, and collections took several times longer.
 */
export class QuestionMemo {
  readonly #values = new Map<MemoKey<unknown>, unknown>();

  get<T>(key: MemoKey<T>): T | undefined {
    return this.#values.get(key) as T | undefined;
  }

  set<T>(key: MemoKey<T>, value: T): void {
    this.#values.set(key, value);
  }
}

/** Names one kind of derived value; `T` is the type of the value it names. */
export interface MemoKey<T> {
  readonly description: string;
  /** Never set: it only ties the key to its value's type. */
  readonly valueType?: T;
}

export const memoKey = <T>(description: string): MemoKey<T> => ({ description });
