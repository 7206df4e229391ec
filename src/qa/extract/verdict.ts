import type { Token } from '../../nlp/token.js';
import { termOfWord } from '../../nlp/terms.js';
import { NOUN_PHRASE_TAGS } from '../lexicon.js';

/**
 * How a yes/no answer reads a clause that leaves the asked act open: "Will the club appeal?" /
 * "the club will study the ruling before deciding whether to appeal" says neither yes nor no.
 */
export const NOT_YET_KNOWN = 'Not yet known';

/**
 * Whether the clause from `from` to `to` leaves the act at one of the question's words open: a
 * "whether" before it ("deciding whether to appeal", "investigating whether the fires are linked",
 * "a vote on whether to keep the ban"), or "possible" set before it ("a possible appeal").
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

/**
 * Whether the verb group that governs the question's word at `a` is negated, though further off
 * than the word's own phrase: "would not be able to help with claims" (the verb whose
 * object it is), "The café at the quay will not reopen until May" (the verb its subject leads to).
 */
export function governingVerbNegated(tokens: readonly Token[], from: number, to: number, a: number): boolean {
  return verbBeforeNegated(tokens, from, a) || verbAfterSubjectNegated(tokens, from, to, a);
}

const VERB_GROUP: ReadonlySet<string> = new Set(['AUX', 'PART', 'ADV']);
const NEGATING: ReadonlySet<string> = new Set(['not', "n't", 'never']);
/** Verbs and adjectives that lead on to another verb by "to": "not able to deal", "no longer need to be wound". */
const LEADING_ON: ReadonlySet<string> = new Set(['able', 'need', 'have', 'want', 'plan']);
const GROUP_REACH = 8;

/** The anchor's phrase, then at most one preposition, then a verb whose group holds a negation. */
function verbBeforeNegated(tokens: readonly Token[], from: number, a: number): boolean {
  let k = a - 1;
  while (k >= from && NOUN_PHRASE_TAGS.has(tokens[k].pos)) k -= 1;
  if (k >= from && tokens[k].pos === 'ADP') k -= 1;
  if (k < from || tokens[k].pos !== 'VERB') return false;
  return groupNegated(tokens, from, k);
}

/** Whether the verb group ending at the verb `v` holds a negation ("would not be able to deal"). */
function groupNegated(tokens: readonly Token[], from: number, v: number): boolean {
  for (let k = v - 1; k >= from && v - k <= GROUP_REACH; k -= 1) {
    const t = tokens[k];
    if (NEGATING.has(t.norm)) return !MERELY.has(tokens[k + 1]?.norm ?? '');
    if (!VERB_GROUP.has(t.pos) && t.norm !== 'to' && !(LEADING_ON.has(t.lemma) && tokens[k + 1]?.norm === 'to')) return false;
  }
  return false;
}

/** "not only", "not just": a negation that adds rather than denies. */
const MERELY: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'least']);

/** The anchor heads the clause's subject (past a phrase after it: "the tea room at the pier"), and the verb group after it is negated. */
function verbAfterSubjectNegated(tokens: readonly Token[], from: number, to: number, a: number): boolean {
  let start = a;
  while (start - 1 >= from && NOUN_PHRASE_TAGS.has(tokens[start - 1].pos)) start -= 1;
  if (start !== from && tokens[start - 1]?.norm !== 'that') return false;
  let k = a + 1;
  while (k <= to && NOUN_PHRASE_TAGS.has(tokens[k].pos)) k += 1;
  if (k <= to && tokens[k].pos === 'ADP') {
    k += 1;
    while (k <= to && NOUN_PHRASE_TAGS.has(tokens[k].pos)) k += 1;
  }
  for (; k <= to && VERB_GROUP.has(tokens[k].pos); k += 1) if (NEGATING.has(tokens[k].norm)) return !MERELY.has(tokens[k + 1]?.norm ?? '');
  return false;
}
