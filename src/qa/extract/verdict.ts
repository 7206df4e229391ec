import type { Token } from '../../nlp/token.js';
import { termOfWord } from '../../nlp/terms.js';
import { NOUN_PHRASE_TAGS } from '../lexicon.js';
import { isClauseEnd } from '../spans.js';

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
      ['cost', ['free']],
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

/**
 * "Is the pier still open?" / "The pier has been closed", "can you still park there?" / "parking
 * has been banned": a question whether a state or an act goes on ("still", "anymore") is answered
 * no by a clause telling its end, in whatever word the state itself is asked.
 */
export const asksStill = (question: readonly Token[]): boolean => question.some((t) => CONTINUING.has(t.norm));

const CONTINUING: ReadonlySet<string> = new Set(['still', 'anymore']);

/** Whether the question's word `word` is the state a "still" question asks goes on: after "still" ("is swimming still allowed"), or before "anymore". */
export function askedAsGoingOn(question: readonly Token[], word: string): boolean {
  const at = question.findIndex((t) => t.text === word);
  return question.some((t, k) => (t.norm === 'still' && k < at) || (t.norm === 'anymore' && k > at));
}

/** Whether a term from `from` to `to` tells an end as a verb or a state (not "a closed road", which names a thing). */
export function tellsEnd(tokens: readonly Token[], terms: readonly (string | null)[], from: number, to: number): boolean {
  for (let i = from; i <= to; i += 1) {
    const x = terms[i];
    if (x !== null && ENDING.has(x) && (tokens[i].pos === 'VERB' || tokens[i].pos === 'ADJ') && tokens[i + 1]?.pos !== 'NOUN') return true;
  }
  return false;
}

/** Verbs that end a state or an act: a place shut, a practice banned, a service axed, a share sold. */
export const ENDING: ReadonlySet<string> = new Set(
  ['close', 'shut', 'ban', 'bar', 'prohibit', 'forbid', 'stop', 'end', 'halt', 'suspend', 'scrap', 'cancel', 'axe', 'drop', 'abandon', 'sell', 'remove', 'demolish', 'retire', 'quit'].map((w) => termOfWord(w)),
);

/** "let them use the hall free of charge", "free of debt": what a thing is free of, it is without. */
export const freeOf = (tokens: readonly Token[], a: number): boolean => tokens[a - 1]?.norm === 'of' && tokens[a - 2]?.norm === 'free';

/**
 * Whether the verb group that governs the question's word at `a` is negated, though further off
 * than the word's own phrase: "would not be able to help with claims" (the verb whose
 * object it is), "The café at the quay will not reopen until May" (the verb its subject leads to),
 * "was not involved in the survey" (an adjective of a verb's making), "did not ask the tenants to
 * leave the flat", "I don't think we have a permit" (a negated verb higher up the chain).
 */
export function governingVerbNegated(tokens: readonly Token[], from: number, to: number, a: number): boolean {
  const heads = [headBefore(tokens, from, a), tokens[a].pos === 'VERB' ? a : -1];
  return heads.some((v) => v >= 0 && chainNegated(tokens, from, v, CHAIN_LINKS)) || verbAfterSubjectNegated(tokens, from, to, a);
}

const VERB_GROUP: ReadonlySet<string> = new Set(['AUX', 'PART', 'ADV']);
const NEGATING: ReadonlySet<string> = new Set(['not', "n't", 'never']);
/** Verbs and adjectives that lead on to another verb by "to": "not able to deal", "no longer need to be wound". */
const LEADING_ON: ReadonlySet<string> = new Set(['able', 'need', 'have', 'want', 'plan']);
const GROUP_REACH = 8;

/**
 * The word the anchor's phrase hangs from, past at most one preposition, or -1: a verb, an
 * adjective after its preposition ("aware of the plan"), or a "have" or "be" that is the clause's
 * own verb ("we have a permit").
 */
function headBefore(tokens: readonly Token[], from: number, a: number): number {
  let k = a - 1;
  while (k >= from && NOUN_PHRASE_TAGS.has(tokens[k].pos)) k -= 1;
  if (k >= from && tokens[k].pos === 'ADP') k -= 1;
  return k >= from && HEAD_TAGS.has(tokens[k].pos) ? k : -1;
}

const HEAD_TAGS: ReadonlySet<string> = new Set(['VERB', 'ADJ', 'AUX']);

/** Whether the group of the head at `v`, or of a verb that governs it a link or two up, holds a negation. */
function chainNegated(tokens: readonly Token[], from: number, v: number, links: number): boolean {
  if (groupNegated(tokens, from, v)) return true;
  const up = links > 0 ? governorOf(tokens, from, v) : -1;
  return up >= 0 && chainNegated(tokens, from, up, links - 1);
}

/** Links up a chain of verbs: "did not ask [the tenants to] leave", "would not like [the hall to] close [for] good". */
const CHAIN_LINKS = 2;

/**
 * The verb that governs the clause of the head at `v`, or -1: the verb before its "to" and that
 * verb's object ("did not ask the tenants to leave"), or a verb of belief before its subject ("I
 * don't think we have a permit"; "believe that the road is safe"). A "get" before a verb is part
 * of its group ("to get paid").
 */
function governorOf(tokens: readonly Token[], from: number, v: number): number {
  let k = v - 1;
  while (k >= from && ((VERB_GROUP.has(tokens[k].pos) && tokens[k].norm !== 'to') || (tokens[k].lemma === 'get' && k === v - 1))) k -= 1;
  if (k < from) return -1;
  const infinitive = tokens[k].norm === 'to';
  if (infinitive) k -= 1;
  const subjectEnd = k;
  while (k >= from && subjectEnd - k < LINK_OBJECT_WORDS && (NOUN_PHRASE_TAGS.has(tokens[k].pos) || tokens[k].pos === 'PRON')) k -= 1;
  if (!infinitive && k === subjectEnd) return -1;
  if (!infinitive && tokens[k]?.norm === 'that') k -= 1;
  if (k < from || tokens[k].pos !== 'VERB') return -1;
  return infinitive || BELIEVING_LEMMAS.has(tokens[k].lemma) ? k : -1;
}

/** Words of the object between a verb and its "to", or of the subject after a verb of belief. */
const LINK_OBJECT_WORDS = 4;
/** Verbs whose clause tells a belief, not a fact: under a negation it is not asserted. */
const BELIEVING_LEMMAS: ReadonlySet<string> = new Set(['think', 'believe', 'expect', 'suppose', 'imagine']);

/** Whether the verb group ending at the verb `v` holds a negation ("would not be able to deal"). */
function groupNegated(tokens: readonly Token[], from: number, v: number): boolean {
  for (let k = v - 1; k >= from && v - k <= GROUP_REACH; k -= 1) {
    const t = tokens[k];
    if (NEGATING.has(t.norm)) return !MERELY.has(tokens[k + 1]?.norm ?? '');
    if (noLonger(tokens, k)) return true;
    if (!VERB_GROUP.has(t.pos) && t.norm !== 'to' && !(LEADING_ON.has(t.lemma) && tokens[k + 1]?.norm === 'to')) return false;
  }
  return false;
}

/** "will no longer need to be wound", "could no longer follow": an act that has stopped. */
const noLonger = (tokens: readonly Token[], k: number): boolean => tokens[k].norm === 'no' && tokens[k + 1]?.norm === 'longer';

/** "not only", "not just": a negation that adds rather than denies. */
const MERELY: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'least']);

/** The anchor heads the clause's subject (past a phrase after it: "the tea room at the pier"), and the verb group after it is negated. */
function verbAfterSubjectNegated(tokens: readonly Token[], from: number, to: number, a: number): boolean {
  let start = a;
  while (start - 1 >= from && NOUN_PHRASE_TAGS.has(tokens[start - 1].pos)) start -= 1;
  // ("She said the council would not …": a reported clause may drop its "that".)
  if (start !== from && tokens[start - 1]?.norm !== 'that' && tokens[start - 1]?.lemma !== 'say') return false;
  let k = a + 1;
  while (k <= to && NOUN_PHRASE_TAGS.has(tokens[k].pos)) k += 1;
  if (k <= to && tokens[k].pos === 'ADP') {
    k += 1;
    while (k <= to && NOUN_PHRASE_TAGS.has(tokens[k].pos)) k += 1;
  }
  // ("The kiosk, which opened in May, will not reopen": the verb comes after the subject's aside.)
  if (tokens[k]?.text === ',' && asideEnd(tokens, k - 1) > k) k = asideEnd(tokens, k - 1) + 1;
  for (; k <= to && VERB_GROUP.has(tokens[k].pos); k += 1) if (NEGATING.has(tokens[k].norm)) return !MERELY.has(tokens[k + 1]?.norm ?? '');
  return false;
}

/** The comma that closes an aside opened by the comma after `to`, or -1 where none is. */
export function asideEnd(tokens: readonly Token[], to: number): number {
  const relative = RELATIVE_PRONOUNS.has(tokens[to + 2]?.norm ?? '');
  for (let k = to + 2; k < tokens.length && k - to <= (relative ? RELATIVE_ASIDE_WORDS : ASIDE_WORDS); k += 1) {
    if (tokens[k].text === ',') return k;
    if ((!relative && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX')) || (isClauseEnd(tokens[k]) && tokens[k].text !== '(' && tokens[k].text !== ')')) return -1;
  }
  return -1;
}

/** Words of an aside with no verb ("about 60 kilometres to the west"), and of one that is a relative clause ("which opened in 1891"). */
export const ASIDE_WORDS = 10;
export const RELATIVE_ASIDE_WORDS = 16;
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whose']);

/**
 * "Do you have to book?", "Do I need a licence?": a question whether a thing is required asks the
 * duty, not the act it binds, so a clause that tells the duty answers it in whatever act it names:
 * "Booking is not compulsory", "No licence is needed", "All riders must wear a helmet".
 */
export function asksDuty(question: readonly Token[]): boolean {
  return question.some((t, k) => (OWING.has(t.norm) && question[k + 1]?.norm === 'to') || DUTY_WORDS.has(termOfWord(t.norm)));
}

/** How a yes/no answer by a clause telling the asked duty is explained (see asksDuty). */
export const DUTY_TOLD = 'clause telling the asked duty';

/** The first word from `from` to `to` that tells a duty, or -1: "must", "required", "not compulsory", "have to pay". */
export function dutyAt(tokens: readonly Token[], terms: readonly (string | null)[], from: number, to: number): number {
  for (let i = from; i <= to; i += 1) {
    if (isDutyWord(tokens, terms, i) && (tokens[i + 1]?.norm === 'to' || namesNoThing(tokens, i))) return i;
    if (OWING.has(tokens[i].norm) && tokens[i + 1]?.norm === 'to') return i;
  }
  return -1;
}

const isDutyWord = (tokens: readonly Token[], terms: readonly (string | null)[], i: number): boolean =>
  (terms[i] !== null && DUTY_WORDS.has(terms[i]!)) || DUTY_WORDS.has(termOfWord(tokens[i].norm));

/** "the level of need in the valley" names a want, not a duty; "no need to book" still tells one (by its "to"). */
const namesNoThing = (tokens: readonly Token[], i: number): boolean => tokens[i - 1]?.norm !== 'of' && tokens[i - 1]?.pos !== 'DET' && tokens[i].pos !== 'NOUN';

/** "have to", "has to", "had to": a duty by a light verb and "to". */
const OWING: ReadonlySet<string> = new Set(['have', 'has', 'had']);
const DUTY_WORDS: ReadonlySet<string> = new Set(['need', 'must', 'require', 'compulsory', 'mandatory', 'obligatory', 'oblige'].map((w) => termOfWord(w)));

/**
 * "Police have ruled out foul play", "a merger has been ruled out": what is ruled out is denied,
 * so a clause or a question holding "rule out" (in its two words, or split by its object: "rule
 * anything out") says no of its act.
 */
export const rulesOut = (tokens: readonly Token[], from: number, to: number): boolean => ruleOutIn(tokens, from, to) === 'denied';

/** "could not rule out that the data was copied", "too early to rule anything out": the act is left open. */
export const ruleOutDoubted = (tokens: readonly Token[], from: number, to: number): boolean => ruleOutIn(tokens, from, to) === 'doubted';

function ruleOutIn(tokens: readonly Token[], from: number, to: number): 'denied' | 'doubted' | undefined {
  for (let k = Math.max(from, 1); k <= to; k += 1) {
    if (tokens[k].norm !== 'out') continue;
    const rule = tokens[k - 1].lemma === 'rule' ? k - 1 : tokens[k - 2]?.lemma === 'rule' && k - 2 >= from ? k - 2 : -1;
    if (rule < 0) continue;
    for (let j = rule - 1; j >= Math.max(from, rule - DOUBT_REACH); j -= 1) if (DOUBTING.has(tokens[j].norm)) return 'doubted';
    return 'denied';
  }
  return undefined;
}

/** Words before "rule out" that keep it from being done: "could not", "cannot", "too early to". */
const DOUBTING: ReadonlySet<string> = new Set(['not', "n't", 'cannot', 'never', 'early', 'unable']);
const DOUBT_REACH = 3;

/**
 * "People think you need a licence", "a lot of people assumed the hall would shut", "drivers often
 * assume the lane is free": a belief that news gives to people at large is told to be corrected,
 * so a clause under it asserts nothing. The index of such a belief verb from `from` to `to`, or -1.
 * (A belief with a holder of its own, "Police believe the fire was started deliberately", is a
 * finding, not a misconception.)
 */
export function commonBeliefAt(tokens: readonly Token[], from: number, to: number): number {
  for (let k = Math.max(from, 1); k <= to; k += 1) if (BELIEVING.has(tokens[k].norm) && heldByPeopleAtLarge(tokens, k)) return k;
  return -1;
}

/** Whether the subject before the belief verb at `k` is people at large: "people", "everyone", "some residents", "parents often". */
function heldByPeopleAtLarge(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  const habitual = HABITUAL.has(tokens[j]?.norm ?? '');
  if (habitual) j -= 1;
  const holder = tokens[j];
  if (holder === undefined) return false;
  if (PEOPLE_AT_LARGE.has(holder.norm)) return true;
  const plural = holder.pos === 'NOUN' && holder.norm !== holder.lemma && holder.norm.endsWith('s');
  return plural && (habitual || SOME_OF_THEM.has(tokens[j - 1]?.norm ?? ''));
}

const BELIEVING: ReadonlySet<string> = new Set(['think', 'thinks', 'thought', 'assume', 'assumes', 'assumed', 'believe', 'believes', 'believed', 'imagine', 'imagines', 'imagined']);
const PEOPLE_AT_LARGE: ReadonlySet<string> = new Set(['people', 'everyone', 'everybody']);
/** "parents often think", "drivers wrongly assume": a habit of belief marks its holders as people at large. */
const HABITUAL: ReadonlySet<string> = new Set(['often', 'usually', 'wrongly', 'mistakenly', 'still', 'always']);
const SOME_OF_THEM: ReadonlySet<string> = new Set(['some', 'many', 'most']);

/**
 * "People think the ferry is dear, but a return costs £3", "… assumed we would shut the path, which
 * was never the plan": the sentence itself goes on to deny the belief, by a "but" or a negation
 * after the believed clause ending at `to`.
 */
export function beliefDenied(tokens: readonly Token[], to: number): boolean {
  for (let k = to + 1; k < tokens.length; k += 1) if (tokens[k].norm === 'but' || NEGATING.has(tokens[k].norm)) return true;
  return false;
}

/**
 * "Is the regatta still on?", "is the fair going ahead?": a question whether a thing goes on as
 * planned, answered by a clause saying it does in the words news keeps for that: "will go ahead as
 * planned", "will stay open", "remains open", "will carry on". The index of such a phrase from
 * `from` to `to`, or -1.
 */
export function goesOnAt(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k += 1) {
    const next = tokens[k + 1].norm;
    if ((tokens[k].lemma === 'go' && next === 'ahead') || (STAYING.has(tokens[k].lemma) && next === 'open') || (tokens[k].lemma === 'carry' && next === 'on') || (tokens[k].norm === 'as' && next === 'planned')) return k;
  }
  return -1;
}

const STAYING: ReadonlySet<string> = new Set(['stay', 'remain', 'keep']);

/** Whether the question asks whether a thing goes on: "still" or "anymore", or "go ahead". */
export const asksGoingOn = (question: readonly Token[]): boolean => asksStill(question) || question.some((t, k) => t.norm === 'ahead' && question[k - 1]?.lemma === 'go');

/** Whether the phrase at `k` is negated just before it: "will not go ahead", "won't stay open". */
export const negatedBefore = (tokens: readonly Token[], k: number): boolean => tokens.slice(Math.max(0, k - 3), k).some((t) => NEGATING.has(t.norm));

/**
 * "Did the club get the money?" / "The fund turned down its request", "the judge dismissed the
 * claim", "a toll on the bridge was costed and rejected": what is rejected did not come about, so
 * the question's word at `a` in the rejected thing says no. The rejected thing is the object right
 * after the rejecting verb, or the subject of its passive where no object follows ("was refused
 * bail" rejects the bail, not the one refused).
 */
export function rejectedAt(tokens: readonly Token[], from: number, to: number, a: number): boolean {
  for (let r = from; r <= to; r += 1) {
    const end = rejectionEnd(tokens, r);
    if (end < 0 || negatedBefore(tokens, r)) continue;
    if (a > end) return objectHolds(tokens, end + 1, a);
    if (a < r) return passiveSubjectHolds(tokens, a, r, end);
  }
  return false;
}

/** Whether a question asks of a rejection itself ("Was the appeal dismissed?", "did they turn it down?"): then the rejection is its act. */
export const asksRejection = (question: readonly Token[]): boolean => question.some((_, k) => rejectionEnd(question, k) >= 0 || REJECTING_PHRASAL.has(question[k].lemma));

/** The last token of a rejecting verb at `r` ("rejected", "turned down", "voted against"), or -1. */
function rejectionEnd(tokens: readonly Token[], r: number): number {
  const t = tokens[r];
  if (t.pos !== 'VERB') return -1;
  if (REJECTING.has(t.lemma)) return r;
  const particle = REJECTING_PHRASAL.get(t.lemma);
  return particle !== undefined && particle === tokens[r + 1]?.norm ? r + 1 : -1;
}

const REJECTING: ReadonlySet<string> = new Set(['reject', 'dismiss', 'refuse', 'decline', 'veto']);
const REJECTING_PHRASAL: ReadonlyMap<string, string> = new Map([
  ['turn', 'down'],
  ['throw', 'out'],
  ['vote', 'against'],
]);

/** Whether the object phrase opening at `start` ("the family's claim for damages") reaches the word at `a`. */
function objectHolds(tokens: readonly Token[], start: number, a: number): boolean {
  if (a - start > OBJECT_WORDS) return false;
  for (let k = start; k < a; k += 1) if (!NOUN_PHRASE_TAGS.has(tokens[k].pos) && !OBJECT_LINKS.has(tokens[k].norm)) return false;
  return true;
}

const OBJECT_WORDS = 8;
const OBJECT_LINKS: ReadonlySet<string> = new Set(['of', 'for', '-']);

/** Whether the word at `a` stands in the subject of a passive rejection at `r` (its "be" in the verb group before it) that rejects no object of its own. */
function passiveSubjectHolds(tokens: readonly Token[], a: number, r: number, end: number): boolean {
  const next = tokens[end + 1];
  if (next !== undefined && NOUN_PHRASE_TAGS.has(next.pos)) return false;
  let k = r - 1;
  // ("was costed and rejected": a verb of weighing may share the rejection's "be".)
  if (tokens[k]?.pos === 'CCONJ' && tokens[k - 1]?.pos === 'VERB') k -= 2;
  while (k > a && tokens[k].pos === 'ADV') k -= 1;
  if (tokens[k]?.lemma !== 'be' || k <= a) return false;
  while (k - 1 > a && (tokens[k - 1].pos === 'AUX' || tokens[k - 1].pos === 'PART')) k -= 1;
  for (let j = a + 1; j < k; j += 1) if (tokens[j].pos === 'AUX') return false;
  return true;
}

/**
 * "Did they open?" / "The owners had hoped to open by Easter", "we were going to sell the van",
 * "the hall was booked in to be rewired next month": an act told only as meant was not (yet) done,
 * so a question whether it was done is answered no by the clause. Whether the question's word at
 * `a` is the act of such an intention: "to" before its phrase, and before that a word of meaning
 * to act ("planned", "was going", "was due", "booked in") that is not itself negated.
 */
export function onlyIntended(tokens: readonly Token[], from: number, a: number): boolean {
  let k = a - 1;
  while (k >= from && a - k <= INTENDED_REACH && tokens[k].norm !== 'to' && ACT_PHRASE_TAGS.has(tokens[k].pos)) k -= 1;
  if (k <= from || tokens[k].norm !== 'to') return false;
  const j = tokens[k - 1].norm === 'in' ? k - 2 : k - 1;
  const intent = tokens[j];
  if (j < from || intent === undefined || !intends(intent) || negatedBefore(tokens, j)) return false;
  // ("was going to", "were due to": these two mean an intention only after "be".)
  return !BE_LED.has(intent.norm) || tokens[j - 1]?.lemma === 'be';
}

/** Words from "to" to the act's word: "to be microchipped", "to get the jab". */
const INTENDED_REACH = 4;
const ACT_PHRASE_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'DET', 'ADJ', 'NOUN', 'ADV', 'NUM']);
const INTENDING: ReadonlySet<string> = new Set(['plan', 'intend', 'hope', 'mean', 'going', 'due', 'book', 'schedule', 'aim', 'want']);
const BE_LED: ReadonlySet<string> = new Set(['going', 'due']);
/** ("going" by its form: "went to see" is done, not meant.) */
const intends = (t: Token): boolean => INTENDING.has(t.lemma) || INTENDING.has(t.norm);

/**
 * Whether a question asks whether an act was done, not whether it is meant: "Did he retire?",
 * "Has the dog been microchipped yet?", "Was the gate locked?" (but not "Was he going to retire?").
 */
export function asksDone(question: readonly Token[]): boolean {
  const words = question.filter((t) => t.pos !== 'PUNCT');
  if (words.some((t, k) => intends(t) && words[k + 1]?.norm === 'to')) return false;
  return DONE_OPENERS.has(words[0]?.norm ?? '') || words.some((t) => t.norm === 'yet' || t.norm === 'already');
}

const DONE_OPENERS: ReadonlySet<string> = new Set(['did', 'has', 'have', 'had', 'was', 'were']);

/**
 * "Did most members vote for it?" / "fewer than half of them did", "Is it all paid for?" / "most
 * of it is": a question asking of a share ("most", "all", "every") is answered no by a clause
 * telling a smaller one, however the clause tells the act.
 */
export function lesserShareTold(question: readonly Token[], tokens: readonly Token[], from: number, to: number): boolean {
  const asked = askedShare(question);
  if (asked === undefined) return false;
  let told: Share | undefined;
  for (let k = from; k <= to; k += 1) {
    const share = shareAt(tokens, k);
    // ("all staff were paid, most of them in cash": a clause that itself tells the whole says yes.)
    if (share === 'all') return false;
    if (share !== undefined && (told === undefined || SHARE_RANK[share] < SHARE_RANK[told])) told = share;
  }
  return told !== undefined && SHARE_RANK[told] < SHARE_RANK[asked];
}

type Share = 'all' | 'most' | 'some' | 'minority';
const SHARE_RANK: Readonly<Record<Share, number>> = { all: 3, most: 2, some: 1, minority: 0 };

/** The share a question asks of ("most of the sightings", "all their fees", "every plot"), if any. */
function askedShare(question: readonly Token[]): Share | undefined {
  let asked: Share | undefined;
  for (let k = 0; k < question.length; k += 1) {
    const share = shareAt(question, k);
    if (share === 'all' || share === 'most') asked = asked === 'all' ? asked : share;
  }
  return asked;
}

/** The share a word at `k` tells as a quantity of things: not "at all", "the most careful", "most likely". */
function shareAt(tokens: readonly Token[], k: number): Share | undefined {
  const t = tokens[k];
  const before = tokens[k - 1]?.norm ?? '';
  const after = tokens[k + 1];
  if (WHOLE.has(t.norm)) return before === 'at' || before === 'not' || after?.norm === 'but' ? undefined : 'all';
  if (t.norm === 'most') return before === 'the' || before === 'at' || after?.pos === 'ADJ' || after?.pos === 'ADV' ? undefined : 'most';
  if (t.norm === 'half' && (before === 'under' || (before === 'than' && LESS.has(tokens[k - 2]?.norm ?? '')))) return 'minority';
  if (t.norm === 'minority' && before === 'a') return 'minority';
  if (t.norm === 'some' && after?.norm === 'of') return 'some';
  return undefined;
}

const WHOLE: ReadonlySet<string> = new Set(['all', 'every', 'everyone', 'everybody', 'everything']);
const LESS: ReadonlySet<string> = new Set(['fewer', 'less']);
