export type Intent =
  | 'who'
  | 'what'
  | 'when'
  | 'where'
  | 'why'
  | 'which'
  | 'how-many'
  | 'how-much'
  | 'how-far'
  | 'how-long'
  | 'how-old'
  | 'how'
  | 'yes-no'
  | 'quote'
  | 'source'
  | 'definition'
  | 'summary'
  | 'list'
  | 'smalltalk'
  | 'help'
  | 'unknown';

export interface Source {
  /** Article id (file name). */
  article: string;
  /** Sentence index in the article, from 0. */
  index: number;
  text: string;
  caption?: boolean;
}

export interface Explanation {
  /** `rule` (a fact answered), `fallback` (sentence similarity), `abstain`, `smalltalk`. */
  method: 'rule' | 'fallback' | 'abstain' | 'smalltalk';
  /** The rule or fallback that decided, e.g. `how-far → quantity(distance)`. */
  rule: string;
  /** The question words that matched the source. */
  matched: string[];
}

/** The one reply model every adapter renders (Discord embed, console text, JSON). */
export interface Answer {
  answered: boolean;
  /** Short answer; when not answered, the "article doesn't say" message. */
  answer: string;
  intent: Intent;
  /** 0..1, calibrated: about the chance the answer is right. */
  confidence: number;
  /** 1-3 source sentences, best first. Empty when not answered. */
  sources: Source[];
  /** Who the article says says so, when the source attributes the claim. */
  attribution?: string;
  explanation: Explanation;
  /** When not answered: the closest sentence, shown as "not an answer". */
  closest?: Source;
  /** Entity the answer is, for follow-up pronouns ("What did he say?"). */
  focus?: string;
  /** Entity the question was about, the fallback for follow-up pronouns. */
  subject?: string;
}
