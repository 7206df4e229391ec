import { termOfWord } from '../nlp/terms.js';

/** The tags of the words a noun phrase is made of: "the three new bus shelters". */
export const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Verbs that carry little meaning of their own ("got their power back"): weak evidence either way. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  ['get', 'have', 'make', 'do', 'take', 'go', 'come', 'give', 'put', 'keep', 'let', 'become', 'hold', 'happen', 'occur', 'need'].map((w) => termOfWord(w)),
);

/**
 * Light verbs as another word's related words: WordNet links "arrest" to "stay" and "get", so "has
 * anyone been arrested?" would match "the bakery stayed shut". Kept where the asked word is light
 * itself, or one of wanting, which people do say with one ("what do the tenants want?" / "they
 * need a new roof").
 */
const WEAK_RELATED: ReadonlySet<string> = new Set([...LIGHT_VERBS, termOfWord('stay')]);
const WANTING: ReadonlySet<string> = new Set(['want', 'wish', 'desire', 'require'].map((w) => termOfWord(w)));

/** An asked verb's related terms without the light verbs it means little by (see `WEAK_RELATED`). */
export function withoutLightRelated(term: string, related: readonly string[]): readonly string[] {
  if (WEAK_RELATED.has(term) || WANTING.has(term) || !related.some((r) => WEAK_RELATED.has(r))) return related;
  return related.filter((r) => !WEAK_RELATED.has(r));
}

/** Verbs whose object before a "to" does the act or is what became of one, not a means to it. */
export const DOER_BEFORE_TO: ReadonlySet<string> = new Set(['allow', 'enable', 'let', 'help', 'force', 'cause', 'ask', 'tell', 'urge', 'order', 'want', 'expect', 'persuade', 'permit', 'lead', 'become', 'be', 'remain', 'seem', 'encourage', 'invite', 'require', 'oblige', 'advise', 'warn', 'call', 'appeal', 'pay', 'hire', 'train', 'teach', 'need', 'like', 'prefer', 'get']);

/** Dimensions a distance does not say by itself, with their nouns ("how deep" / "a depth of"), as terms. */
export const DIMENSION_NOUNS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['deep', ['depth']],
      // "which stands 22 metres high".
      ['tall', ['height', 'high']],
      ['wide', ['width']],
      // "How heavy" / "tags that weigh 0.9 grams".
      ['heavy', ['weigh']],
    ] as const
  ).map(([adjective, nouns]) => [termOfWord(adjective), nouns.map((n) => termOfWord(n))]),
);

/**
 * A question on what holds today: "… now?", "how many so far?", "… at the moment?", "these days".
 * ("From now on" asks what is to come: "what will the ferry cost from now on?")
 */
export const STATE_ASKED = /\b(?:now(?! on\b)|currently|at the moment|at present|so far|to date|nowadays|these days|today)\b/i;

/** Nouns for kinds of named things: "which city" is answered by a name, "which ministry" by a phrase. */
export const NAMED_KINDS: ReadonlySet<string> = new Set(
  `person people man woman player coach manager company firm group party team club country countries nation state city town village
  region province area place organisation organization agency newspaper broadcaster network channel station minister leader official
  president university school hospital bank airline army militia river mountain island district county capital
  film movie book novel song album documentary series`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => termOfWord(w)),
);

/**
 * Predicates that say the opposite of each other: "Did the mayor admit any wrongdoing?" is
 * answered "no" by "He denied any wrongdoing."
 */
const OPPOSITES: readonly (readonly [string, string])[] = [
  ['admit', 'deny'],
  ['confirm', 'deny'],
  ['accept', 'reject'],
  ['accept', 'refuse'],
  ['agree', 'refuse'],
  ['approve', 'reject'],
  ['approve', 'block'],
  ['support', 'oppose'],
  ['win', 'lose'],
  ['pass', 'fail'],
  ['succeed', 'fail'],
  ['rise', 'fall'],
  ['increase', 'decrease'],
  ['increase', 'cut'],
  ['raise', 'cut'],
  ['raise', 'lower'],
  ['open', 'close'],
  // "Is the airport shut?" / "the airport … remained open".
  ['open', 'shut'],
  ['allow', 'ban'],
  ['allow', 'forbid'],
  ['include', 'exclude'],
  ['survive', 'die'],
  ['acquit', 'convict'],
  ['acquit', 'guilty'],
  ['hire', 'fire'],
  ['buy', 'sell'],
  // "How much wheat did it import?" / "exported 2.6 million tonnes of wheat".
  ['import', 'export'],
  ['lift', 'impose'],
  ['continue', 'stop'],
  ['continue', 'halt'],
  ['resume', 'suspend'],
  // "When will the zoo reopen?" / "will remain closed until Wednesday".
  ['reopen', 'close'],
  ['reopen', 'shut'],
  ['open', 'close'],
  ['open', 'shut'],
  ['resume', 'halt'],
  ['resume', 'stop'],
  ['stay', 'leave'],
  ['gain', 'lose'],
  // Common antonyms of state: "Were they hurt?" / "were unhurt"; "Is the ban permanent?" / "a temporary ban".
  ['guilty', 'innocent'],
  ['alive', 'dead'],
  ['cheap', 'expensive'],
  ['permanent', 'temporary'],
  ['compulsory', 'optional'],
  ['compulsory', 'voluntary'],
  ['legal', 'illegal'],
  ['present', 'absent'],
  ['hurt', 'unhurt'],
  ['injure', 'unhurt'],
  ['injure', 'unharmed'],
  ['hurt', 'unharmed'],
  ['damage', 'undamaged'],
  ['damage', 'intact'],
  // And of change: "Did prices drop?" / "prices rose".
  ['rise', 'drop'],
  ['increase', 'drop'],
  ['increase', 'fall'],
  ['grow', 'shrink'],
  ['improve', 'worsen'],
];

const opposites = new Map<string, Set<string>>();
for (const [a, b] of OPPOSITES) {
  const [ta, tb] = [termOfWord(a), termOfWord(b)];
  if (!opposites.has(ta)) opposites.set(ta, new Set());
  if (!opposites.has(tb)) opposites.set(tb, new Set());
  opposites.get(ta)!.add(tb);
  opposites.get(tb)!.add(ta);
}

const NO_OPPOSITES: ReadonlySet<string> = new Set();

/** The index terms that say the opposite of a term. */
export const oppositesOf = (term: string): ReadonlySet<string> => opposites.get(term) ?? NO_OPPOSITES;

/** Whether two index terms say the opposite of each other. */
export const areOpposite = (a: string, b: string): boolean => oppositesOf(a).has(b);

/**
 * Outcomes that are never each other, by family and side: the dead are not the injured, and a
 * fall is not a rise.
 */
type Outcome = readonly [family: number, side: number];
const outcomes = (words: readonly string[], family: number, side: number): Array<[string, Outcome]> => words.map((w) => [termOfWord(w), [family, side]]);
export const OUTCOMES: ReadonlyMap<string, Outcome> = new Map([
  ...outcomes(['kill', 'die', 'dead', 'death', 'perish'], 0, 0),
  ...outcomes(['injure', 'wound', 'hurt'], 0, 1),
  ...outcomes(['fall', 'drop', 'decline', 'slump', 'plunge', 'slide', 'tumble', 'shrink', 'decrease'], 1, 0),
  ...outcomes(['rise', 'climb', 'increase', 'grow', 'gain', 'jump', 'soar', 'surge'], 1, 1),
]);

/** Whether two terms are outcomes of one family on different sides ("fall" for "rise"). */
export function opposedOutcomes(a: string, b: string): boolean {
  const x = OUTCOMES.get(a);
  const y = OUTCOMES.get(b);
  return x !== undefined && y !== undefined && x[0] === y[0] && x[1] !== y[1];
}

/** Pronouns that point back to something said before ("he said", "this one"). */
export const BACK_POINTERS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him', 'they', 'their', 'them', 'it', 'its', 'this', 'these', 'those']);

/** Words of a lower rank in a title: a "deputy mayor" holds another post than the mayor. */
export const DEPUTY_WORDS: ReadonlySet<string> = new Set(['deputy', 'vice', 'assistant', 'junior']);

/** Whether a title's words hold a lower rank the question's words do not ask about. */
export const ranksBelowAsked = (titleWords: readonly string[], asked: ReadonlySet<string>): boolean => titleWords.some((w) => DEPUTY_WORDS.has(w) && !asked.has(w));

/**
 * "the Velmorian foreign minister" is Velmoria's, "Velmoria's economy" the Velmorian one: a name in
 * "-a" and its adjective in "-an" are one place, however the question and the sentence write it.
 */
export function otherPlaceForm(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < MIN_PLACE || !PLAIN_WORD.test(lower)) return undefined;
  if (lower.endsWith('an')) return lower.slice(0, -1);
  return lower.endsWith('a') ? `${lower}n` : undefined;
}

const MIN_PLACE = 5;
const PLAIN_WORD = /^[a-z]+$/;
