/**
 * Structured facts extracted from an article. Every fact names the article and the sentence(s)
 * it comes from, so an answer built on it can cite them.
 */
export type EntityKind = 'person' | 'organisation' | 'place' | 'other';

interface FactBase {
  /** Stable within one knowledge base: `${article}#${type}#${n}`. */
  id: string;
  article: string;
  /** Sentence indices the fact comes from, the main one first. */
  sentences: number[];
}

/** A named entity with all its mentions; short forms ("Mr Abbas") resolve to `name`. */
export interface NameFact extends FactBase {
  type: 'name';
  /** Full name, without title: "Ali Mahmoud Abbas". */
  name: string;
  kind: EntityKind;
  /** Titles or honorifics seen before the name: "General", "President", "Mr". */
  titles: string[];
  /** Every form the article uses for it: "General Ali Mahmoud Abbas", "Mr Abbas", "Abbas", "the Observatory". */
  forms: string[];
  mentions: { text: string; sentence: number }[];
}

/** "Hayat Tahrir al-Sham group, or HTS", "Syrian National Army (SNA)". */
export interface AliasFact extends FactBase {
  type: 'alias';
  name: string;
  alias: string;
}

/** A description or role of an entity, from an apposition or a copula. */
export interface RoleFact extends FactBase {
  type: 'role';
  subject: string;
  description: string;
  via: 'apposition' | 'copula' | 'title' | 'lead';
}

/** Direct speech with its speaker. */
export interface QuoteFact extends FactBase {
  type: 'quote';
  speaker: string;
  /** The quoted words, without quotation marks. */
  text: string;
  verb: string;
}

/** Reported speech: who says what ("according to X", "X said that …"). */
export interface ClaimFact extends FactBase {
  type: 'claim';
  source: string;
  claim: string;
  /** The reporting verb's lemma: say, report, quote, accord (for "according to"). */
  verb: string;
}

export type QuantityKind = 'distance' | 'count' | 'percent' | 'money' | 'age' | 'duration' | 'weight' | 'area' | 'speed' | 'temperature' | 'score' | 'other';

export interface QuantityFact extends FactBase {
  type: 'quantity';
  kind: QuantityKind;
  /** As written, with any conversion in parentheses: "five kilometres (three miles)". */
  text: string;
  value: number | null;
  unit?: string;
  /** What it counts or measures: "fighters", "away from Homs". */
  measures?: string;
  /** Who the article attributes it to, if anyone. */
  source?: string;
}

export interface TimeFact extends FactBase {
  type: 'time';
  /** As written: "late on Thursday", "2014", "a day after". */
  text: string;
  kind: 'weekday' | 'date' | 'year' | 'month' | 'relative' | 'time-of-day' | 'duration';
  /** ISO date or year when it can be resolved against the article date. */
  resolved?: string;
}

/** Who did what to whom, where and when. */
export interface EventFact extends FactBase {
  type: 'event';
  subject: string;
  verb: string;
  /** Lemma of the verb: "capture". */
  lemma: string;
  object?: string;
  place?: string;
  time?: string;
  negated?: boolean;
}

/** A photo credit from a caption. */
export interface CreditFact extends FactBase {
  type: 'credit';
  photographer?: string;
  agency?: string;
  caption: string;
}

export type Fact = NameFact | AliasFact | RoleFact | QuoteFact | ClaimFact | QuantityFact | TimeFact | EventFact | CreditFact;
export type FactType = Fact['type'];
export const FACT_TYPES: readonly FactType[] = ['name', 'alias', 'role', 'quote', 'claim', 'quantity', 'time', 'event', 'credit'];
