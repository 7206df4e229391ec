import type { Token } from '../../nlp/token.js';
import { termOfWord } from '../../nlp/terms.js';

/**
 * How a yes/no answer reads a clause that leaves the asked act open: "Will the club appeal?" /
 * "the club will study the ruling before deciding whether to appeal" says neither yes nor no.
 */
export const NOT_YET_KNOWN = 'Not yet known';

/**
 * Whether the clause from `from` to `to` leaves the act at one of the question's words open: a
 * "whether" before it ("deciding whether to appeal", "investigating whether the fires are linked",
 * "a decision on whether to make it permanent"), or "possible" set before it ("a possible appeal").
 */
export function leftOpen(tokens: readonly Token[], from: number, to: number, words: readonly number[]): boolean {
  return words.some((a) => {
    if (a < from || a > to) return false;
    if (OPEN_BEFORE_NOUN.has(tokens[a - 1]?.norm ?? '') && tokens[a].pos === 'NOUN') return true;
    for (let k = a - 1; k >= from && a - k <= WHETHER_REACH; k -= 1) if (tokens[k].norm === 'whether') return true;
    return false;
  });
}

/** Words after "whether" to the act it leaves open: "whether the hourly rate paid to carers would rise". */
const WHETHER_REACH = 8;

/** Adjectives before a noun that make it a thing that may or may not come: "a possible appeal", "a potential strike". */
const OPEN_BEFORE_NOUN: ReadonlySet<string> = new Set(['possible', 'potential']);

/**
 * Words that answer a yes/no question no without "not", kept apart from the shared opposites as
 * they say so only of a verdict: "Do children have to pay?" / "under-fives go free", "taxis will
 * be exempt", "offered the hall free of charge"; "Did the bank cut its rate?" / "kept its rate
 * unchanged". (A "how much" question on a price is not to be doubted for a "free" beside it.)
 */
const VERDICT_OPPOSITES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['pay', ['free', 'exempt']],
      ['charge', ['free', 'exempt']],
      ['cut', ['unchanged']],
      ['raise', ['unchanged']],
      ['increase', ['unchanged']],
      ['change', ['unchanged']],
    ] as const
  ).map(([asked, told]) => [termOfWord(asked), new Set(told.map((w) => termOfWord(w)))]),
);

const NONE: ReadonlySet<string> = new Set();

/** The terms that say no to the asked one without a negation (see VERDICT_OPPOSITES). */
export const noSayersOf = (asked: string): ReadonlySet<string> => VERDICT_OPPOSITES.get(asked) ?? NONE;

/** Whether the article's term says no to the asked one without a negation. */
export const saysNoTo = (asked: string, told: string): boolean => noSayersOf(asked).has(told);

/** "let them use the hall free of charge", "free of debt": what a thing is free of, it is without. */
export const freeOf = (tokens: readonly Token[], a: number): boolean => tokens[a - 1]?.norm === 'of' && tokens[a - 2]?.norm === 'free';
