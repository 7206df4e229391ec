import { GAP_LENGTH } from './gap.js';
import { INSTITUTION_WORDS, isPersonNoun, NUMBER_WORDS, ORG_WORDS, REPORTING_VERBS, UNITS } from '../facts/lexicon.js';
import { ORDINAL } from '../facts/phrases.js';
import { similarity, vectorId } from '../index/embeddings.js';
import { areRelated, relatedIn, relatedSet } from '../index/related.js';
import { phrasalTermAt, termOfWord } from '../nlp/terms.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Token } from '../nlp/token.js';
import type { IndexedSentence } from '../index/sentence-index.js';
import { MONEY_NOUNS, PLACINGS, type QuestionAnalysis, type QuestionTerm } from './analyze.js';
import { aboutAnotherName } from './other-name.js';
import { asksPopulation, dwellingSaid } from './dwelling.js';
import { titleTerms } from './match.js';
import { leansOn, pronounsOfAsked, type Candidate } from './candidates.js';
import { definedSubjectEnd } from './defined-subject.js';
import { PRECISE_ANSWERS, type AnswerType } from './intents.js';
import { DIMENSION_NOUNS, LIGHT_VERBS, NOUN_PHRASE_TAGS, oppositesOf, STATE_ASKED } from './lexicon.js';
import { asksStill, DUTY_TOLD, noSayersOf } from './extract/verdict.js';
import { WEIGHTS } from './confidence-weights.js';
import { ADDRESS, asksAddress } from './extract/address.js';
import { FURTHER_THING } from './what-else.js';
import { ACTIVITY, ASKS_CAUSE, asksWhetherAny, FOLLOWING_WORDS, FORMER_USE, HAPPENED_WHEN, isStrandedObject, asksMaterial, tellsMaterialOfAsked, LEADER_TITLE, OUTRIGHT_REASONS, SAYS_NONE, SAYS_OPPOSITE, TIME_OR_CAUSE, tellsWorkOfPronoun, WORKED_AS } from './extract/descriptions.js';
import { KINDS_OF_MOST } from './extract/kinds.js';
import { ANY_KIND, capitalisedKindIn, DIRECTED, FOCUS_PHRASE, soleNameOfKind, EXACT_PLACE_ASKED, kindsOfFocus, NAMED_DOER, NATIONALITY_WORD, PRODUCT, questionSpeakers, type Extraction } from './extract.js';
import { AGENT_AFTER_BY, leadThingNamed, NAME_GIVEN, NAMING_WORDS, nounToName, ORGANISATION_NAME, PERSON_NAME, personNameAsked, WHERE_BASED } from './extract/names.js';
import { closedCompoundOf, ORIGIN_AGE, quantityAsked, thingAsked, thingsSizeAsked, selfNamedKinds, unitNamesMeasure } from './extract/quantities.js';
import { TIME_WORD, YEAR } from './extract/context.js';
import { asWritten, SPAN_AFTER_ONLY } from './extract/times.js';
import { isClauseEnd, tokensOfText } from './spans.js';
import { isPossessive, isQuoteMark, startsUpper } from '../facts/tokens.js';
import { memoKey, questionMatches } from './memo.js';
import { actIsAsked, askedActs, doerTitles, writtenAfterAskedAct, hungOn, nounOfVerb, objectAsked, OTHER_ACT, titledHolder, titleTellsVerb } from './asked-act.js';

/** Precise kinds whose absence the model weighs; a source or a reason is often given in other words. */
/** A day of the week, singular or plural ("on Sundays"). */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$/i;
const PRECISE = new Set<AnswerType>([...PRECISE_ANSWERS].filter((kind) => kind !== 'source' && kind !== 'reason'));

/** The evidence confidence is computed from, each in 0..1. The order matches WEIGHTS. */
export const FEATURE_NAMES = [
  'bias',
  'coverage',
  'exactCoverage',
  'answerStrength',
  'noAnswerForPreciseQuestion',
  'noAnswerOtherwise',
  'nameMissingInSentence',
  'nameMissingInArticle',
  'margin',
  'nounsMissing',
  'definitionNotVerbatim',
  'howQuestion',
  'coverageTimesStrength',
] as const;

export function confidenceFeatures(kb: KnowledgeBase, q: QuestionAnalysis, best: Candidate, runnerUp: Candidate | undefined): number[] {
  const { m, ext } = best;
  const precise = q.wants.some((w) => PRECISE.has(w));
  let missingNounIdf = 0;
  let totalIdf = 0;
  for (const t of q.terms) {
    if (t.isCue) continue;
    const idf = kb.index.idf(t.term);
    totalIdf += idf;
    if (t.pos !== 'VERB' && m.missing.includes(t)) missingNounIdf += idf;
  }
  return [
    1,
    m.coverage,
    m.exactCoverage,
    ext ? ext.strength : 0,
    !ext && precise ? 1 : 0,
    !ext && !precise ? 1 : 0,
    m.missing.some((t) => t.isName) ? 1 : 0,
    q.terms.some((t) => t.isStrict && !t.isCue && !kb.index.has(t.term)) ? 1 : 0,
    runnerUp && best.score > 0 ? marginOf(best, runnerUp) : 1,
    totalIdf > 0 ? missingNounIdf / totalIdf : 0,
    definitionNotVerbatim(q, best) ? 1 : 0,
    q.intent === 'how' ? 1 : 0,
    m.coverage * (ext ? ext.strength : 0),
  ];
}

/**
 * How far the best sentence leads the runner-up, on the scale the model was fitted on (typedFactor's
 * loose one): a name found surely now ranks a sentence further ahead, which says which sentence
 * answers, not that the answer is any surer.
 */
function marginOf(best: Candidate, runnerUp: Candidate): number {
  return best.loose > 0 ? Math.max(0, Math.min(1, (best.loose - runnerUp.loose) / best.loose)) : 0;
}

/** Whether the best sentence leads the runner-up (if any) by at least `margin`. */
const wellAhead = (best: Candidate, runnerUp: Candidate | undefined, margin: number): boolean => runnerUp === undefined || marginOf(best, runnerUp) >= margin;

/**
 * "How far do the pupils travel?" / "… ride a bus up to 30 kilometres each way"; "how strong were
 * the winds?" / "gusts of up to 130 kilometres per hour": a question asking how far, how old, how
 * deep or strong, how something was done or who said something names little of its answer, which
 * the sentence adds in words of its own (a distance, a speed, a manner, a speaker), so its right
 * sentence shares fewer of the question's words than one answering "which" or "how many" (whose
 * asked thing the sentence writes too); the model, fitted over every kind of question, reads that
 * as a weaker match. A fixed lift in its log-odds makes up for it. (Not "why" or "how long": a
 * cause or a length told of another act, "after the match", "discussed for 25 years", reads as one
 * just as easily, unless it hangs on the asked act: see ofAskedAct; nor "where", as a place is as
 * easily some other place the article gives.)
 */
const OPEN_INTENTS: ReadonlySet<string> = new Set(['how', 'how-far', 'how-old', 'source']);
const HOW_MEASURE = 'how-measure';
const OPEN_LIFT = 0.4;

/**
 * "Will the bridge be shut at weekends?" / "… with the bridge closed on weekdays from 9am to
 * 4pm": a yes or no is answered by a clause that tells the asked act, in its word, a related one
 * or its opposite, and whatever it adds ("on weekdays", "9am") is its own: it shares few of the
 * question's words beyond the act. Not where the question names a thing the sentence leaves out
 * ("refund the fans' travel costs" / "ticket holders will get a refund"), nor where it asks whether
 * anything happened at all ("has anyone been arrested?"), which articles leave unsaid as often.
 */
function toldWhether(q: QuestionAnalysis, { m, ext }: Candidate): boolean {
  if (q.intent !== 'yes-no' || ext === null || ext.how === WITHOUT_PREDICATE || ext.strength < ASKED_ACT_STRENGTH) return false;
  return !asksWhetherAny(q.text) && !m.missing.some((t) => t.pos === 'NOUN' || t.isName);
}

const WITHOUT_PREDICATE = 'clause without the asked predicate';

/**
 * "Why was the pier shut?" / "The pier was closed on Friday because a storm had cracked its deck":
 * a reason or a length, like a manner, is words of the sentence's own that the question cannot
 * share, so its right sentence shares few of the question's words; it earns the open questions'
 * lift unless another act of its sentence holds it (see hungOn).
 */
function ofAskedAct(q: QuestionAnalysis, { m, ext }: Candidate): boolean {
  if ((q.intent !== 'why' && q.intent !== 'how-long') || ext === null || m.missing.some((t) => t.isName)) return false;
  const act = hungOn(q, m.doc, ext.text);
  return act !== undefined && act !== OTHER_ACT;
}

/** What a floor reads: the question, its best sentence and the runner-up. */
type Floor = (kb: KnowledgeBase, q: QuestionAnalysis, best: Candidate, runnerUp: Candidate | undefined) => number;

/**
 * Evidence that settles an answer whatever the model's chance says, one kind a row (each
 * explained at its function): the confidence is at least the highest of them, and at most the
 * veto's cap. Each gives 0, SETTLED_CONFIDENCE or ACT_TOLD_CONFIDENCE (a floor giving more must
 * raise HIGHEST_FLOOR).
 */
const FLOORS: readonly Floor[] = [
  (kb, _q, best) => settledFloor(kb, best),
  (_kb, _q, best) => namedDoerFloor(best),
  (_kb, q, best) => passiveDoerFloor(q, best),
  (_kb, q, best) => directionFloor(q, best),
  (_kb, _q, best) => basedFloor(best),
  (_kb, q, best) => thingsAgeFloor(q, best),
  (_kb, q, best) => leadThingFloor(q, best),
  (kb, q, best) => actLengthFloor(kb, q, best),
  (_kb, q, best) => elapsedLengthFloor(q, best),
  (_kb, q, best) => actTimeFloor(q, best),
  (_kb, q, best) => priceToldFloor(q, best),
  (_kb, q, best) => rateEchoedFloor(q, best),
  (_kb, q, best) => ownUnitFloor(q, best),
  (_kb, q, best) => shareOfWholeFloor(q, best),
  (_kb, q, best) => actDoerFloor(q, best),
  (kb, q, best) => doerTitleFloor(kb, q, best),
  (_kb, _q, best) => leaderTitleFloor(best),
  (_kb, _q, best) => formerUseFloor(best),
  (_kb, _q, best) => furtherThingFloor(best),
  (_kb, _q, best) => activityFloor(best),
  (_kb, q, best) => workOfPronounFloor(q, best),
  (kb, q, best) => askedActFloor(kb, q, best),
  (_kb, q, best) => waivedFloor(q, best),
  (_kb, q, best) => givenReasonFloor(q, best),
  (_kb, q, best) => addressFloor(q, best),
  (_kb, q, best) => materialToldFloor(q, best),
  (_kb, q, best) => followUpFloor(q, best),
  (kb, q, best) => ownWordsFloor(kb, q, best),
  (_kb, q, best, runnerUp) => eventToldFloor(q, best, runnerUp),
  (_kb, q, best, runnerUp) => askedKindNamedFloor(q, best, runnerUp),
  (_kb, _q, best, runnerUp) => kindsOfMostFloor(best, runnerUp),
  (_kb, q, best, runnerUp) => actToldFloor(q, best, runnerUp),
  (_kb, q, best, runnerUp) => whyToldFloor(q, best, runnerUp),
  (_kb, q, best) => causalWhenFloor(q, best),
  (_kb, q, best, runnerUp) => placeToldFloor(q, best, runnerUp),
];

/**
 * The chance the best sentence answers the question: a logistic model over the evidence, its
 * weights fitted on the development question sets by `npm run calibrate` (never on WikiQA).
 */
export function confidenceOf(kb: KnowledgeBase, q: QuestionAnalysis, best: Candidate, runnerUp: Candidate | undefined): number {
  const x = confidenceFeatures(kb, q, best, runnerUp);
  let z = 0;
  for (let i = 0; i < x.length; i += 1) z += x[i] * WEIGHTS[i];
  if (OPEN_INTENTS.has(q.intent) || q.rule === HOW_MEASURE || toldWhether(q, best) || ofAskedAct(q, best)) z += OPEN_LIFT;
  let confidence = 1 / (1 + Math.exp(-z));
  // A floor only ever raises the confidence to its value: one already at the highest any floor
  // gives (most answers) is left as it is, without their tests.
  if (confidence < HIGHEST_FLOOR) for (const floor of FLOORS) confidence = Math.max(confidence, floor(kb, q, best, runnerUp));
  // A veto only ever lowers the confidence to its cap: one already at or below the lowest cap the
  // veto could set is left as it is, without its seventy tests.
  if (confidence <= lowestVeto(best.ext)) return confidence;
  return Math.min(confidence, Math.max(veto(kb, q, best), conditionToldFloor(q, best, runnerUp)));
}

/** The lowest cap veto can set for a sentence's answer: VETO_CAP, or below it for a weak extraction. */
const lowestVeto = (ext: Extraction | null): number => (ext !== null && ext.strength < WEAK_EXTRACTION ? Math.min(VETO_CAP, ext.strength + WEAK_VETO_MARGIN) : VETO_CAP);

/**
 * "Was anyone killed in the eruption?" / "No deaths or serious injuries have been reported.": a
 * clause saying none of the asked thing happened answers outright, though it leaves out the
 * story's subject, as long as the article does name that subject somewhere.
 */
function settledFloor(kb: KnowledgeBase, { m, ext }: Candidate): number {
  if (ext?.how !== SAYS_NONE) return 0;
  return m.missing.every((t) => !t.isName && !absent(kb, t.term)) ? SETTLED_CONFIDENCE : 0;
}

const SETTLED_CONFIDENCE = 0.55;

/**
 * "What happened in Marrow Lane?" / "Two houses in Marrow Lane were evacuated on Friday after a gas
 * main burst": a what-happened question names only the place or time, and the sentence that writes
 * every word of it, well ahead of any other, is the one telling the event there, whatever verb it
 * tells it in (the event clause after a "when", if any, has its own weight).
 */
function eventToldFloor(q: QuestionAnalysis, best: Candidate, runnerUp: Candidate | undefined): number {
  if (q.rule !== WHAT_HAPPENED || best.ext !== null || best.m.missing.length > 0) return 0;
  return wellAhead(best, runnerUp, EVENT_MARGIN) ? SETTLED_CONFIDENCE : 0;
}

const WHAT_HAPPENED = 'what-happened';

/**
 * "What will the old depot become?" / "The old depot is due to become a cycle hub, the council
 * said": "what" standing alone for the asked thing (no noun after it asks for any particular name
 * or kind) leaves the question's other words to the act and its subject, and a sentence writing
 * every one of them, ahead of any other, tells that act, whatever it makes of it. One far ahead
 * tells it though it writes one word otherwise ("What did the campaigner accuse the council of?" /
 * "The campaigner said the council was 'ignoring readers'"), as long as that word is no name.
 */
function actToldFloor(q: QuestionAnalysis, best: Candidate, runnerUp: Candidate | undefined): number {
  const { missing } = best.m;
  if (q.intent !== 'what' || missing.length > 1 || (missing.length === 1 && missing[0].isName) || !asksBareWhat(q)) return 0;
  // ("What will she spend the money on?" / "She said she would not spend any of the money before
  // Christmas": a question of the money's use has its own reading of what it goes to, and a
  // sentence where that finds nothing tells of the money, not of its use.)
  if (q.rule === MONEY_USE && best.ext === null) return 0;
  return wellAhead(best, runnerUp, missing.length === 0 ? ACT_TOLD_MARGIN : ACT_TOLD_WORD_MARGIN) ? ACT_TOLD_CONFIDENCE : 0;
}

/**
 * "Why was the bus stop moved?" / "Traders said the stop left no room for deliveries, and it was
 * set back to the corner": news gives an act and its reason in one sentence, in words no cue marks
 * (a clause before, a "while", a "but"). A sentence writing every word of a why question, far ahead
 * of any other, is the one telling that act, and its reason with it.
 */
function whyToldFloor(q: QuestionAnalysis, best: Candidate, runnerUp: Candidate | undefined): number {
  const { m, ext } = best;
  if (q.intent !== 'why' || ext !== null || m.missing.length > 0 || m.coverage < WHY_TOLD_COVERAGE || asksCause(q) || !tellsAnswer(m.doc.sentence.tokens) || !tellsMoreThanAct(q, m.doc)) return 0;
  return wellAhead(best, runnerUp, WHY_TOLD_MARGIN) ? ACT_TOLD_CONFIDENCE : 0;
}

/**
 * "Why did the ferry turn back?" / "The ferry turned back an hour out when its steering failed": a
 * "when" clause right after the asked act tells what happened as it did, which news gives as its
 * cause without a "because". A sentence writing every word of the question, well matched, gives
 * it for the asked act, though the model, reading no cue, doubts it. Not a "when" right after a
 * figure ("aged 40 when he retired", "in 2019 when …"), which times the figure rather than
 * telling why.
 */
function causalWhenFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (q.intent !== 'why' || ext?.how !== HAPPENED_WHEN || m.missing.length > 0 || m.coverage < CAUSAL_WHEN_COVERAGE) return 0;
  const at = m.doc.sentence.text.indexOf(ext.text);
  return at > 0 && FIGURE_WHEN.test(m.doc.sentence.text.slice(0, at)) ? 0 : ACT_TOLD_CONFIDENCE;
}

/** Most of the question's words matched as written: one matched loosely may tell another act. */
const CAUSAL_WHEN_COVERAGE = 0.6;
const FIGURE_WHEN = /\d\s*,?\s*when\s+$/i;

/**
 * "Where did the stranded walkers shelter?" / "The stranded walkers spent the night in a barn near
 * Fellcote": people seldom ask where in the article's verb, yet a sentence writing every word of the
 * question, well ahead of any other, that gives a place tells the asked act's place. Not for a
 * question naming nothing ("where is it?"), which every sentence with a place would match.
 */
function placeToldFloor(q: QuestionAnalysis, best: Candidate, runnerUp: Candidate | undefined): number {
  const { m, ext } = best;
  if (q.intent !== 'where' || ext?.type !== 'place' || m.missing.length > 0 || m.coverage < PLACE_TOLD_COVERAGE || !q.terms.some((t) => !t.isCue)) return 0;
  return wellAhead(best, runnerUp, PLACE_TOLD_MARGIN) ? ACT_TOLD_CONFIDENCE : 0;
}

const PLACE_TOLD_MARGIN = 0.3;
/** Words matched only by near ones ("bank" for "banking") leave a sentence that may tell another thing's place. */
const PLACE_TOLD_COVERAGE = 0.55;

/**
 * Whether a sentence may hold the reason for an act it writes: not one that asks why itself ("nobody
 * can say why the pump failed"), nor a quotation, whose speaker reacts to the act ("We
 * never wanted to shut it") more often than telling its cause.
 */
function tellsAnswer(tokens: readonly Token[]): boolean {
  return !isQuoteMark(tokens[0]) && !tokens.some((t, k) => t.norm === 'why' || (t.norm === 'only' && REPORTING_VERBS.has(tokens[k - 1]?.lemma ?? '')));
}

/**
 * Whether the sentence tells something beside the asked act: a verb of its own for the act, which
 * it may write in other words ("halted its sailings" for "couldn't sail"), and one more. "The ferry
 * firm halted its sailings on Monday" tells the act and nothing of why. (Nor does a speaker
 * "saying only that" something, above: news marks so that no reason was given.)
 */
function tellsMoreThanAct(q: QuestionAnalysis, d: IndexedSentence): boolean {
  const asked = askedActs(q, true);
  const others = d.sentence.tokens.filter((t, k) => (t.pos === 'VERB' || t.pos === 'AUX') && !actIsAsked(asked, d, k, NO_NEAR_WORD));
  return others.length >= 2;
}

/** Only the asked verb's own word or a related one counts as asked: word vectors put "fall" near "close". */
const NO_NEAR_WORD = 2;

/** "What caused the gale in May?": a thing's cause is not told by a sentence that writes the thing only as when something else happened ("the pier was shut during the gale in May"). */
const asksCause = questionMatches('what caused', ASKS_CAUSE);

const WHY_TOLD_COVERAGE = 0.8;
const WHY_TOLD_MARGIN = 0.5;

/** "what will …", "what did …", "what's going to …": "what" followed straight by its verb. */
const asksBareWhat = questionMatches('bare what', /^\W*(?:(?:and|so|but|ok|okay)\W+)?what(?:'s|s)?\s+(?:is|are|was|were|will|would|did|do|does|has|have|had|can|could|should|might|may|got|went|happened|happens|going|gonna|'s)\b/i);
/** How far it must lead: another sentence on the same thing ("the site has been fenced off") shares some of its words. */
const ACT_TOLD_MARGIN = 0.1;
const MONEY_USE = 'money-use';
/** One word of the question the sentence writes otherwise ("smashed" / "knocked over") needs twice the lead. */
const ACT_TOLD_WORD_MARGIN = 0.2;
const ACT_TOLD_CONFIDENCE = 0.46;
/** The most any floor gives (see FLOORS): a confidence at or above it no floor raises. */
const HIGHEST_FLOOR = Math.max(SETTLED_CONFIDENCE, ACT_TOLD_CONFIDENCE);

/**
 * "What should I do if my bin is not emptied?" / "Anyone whose bin is missed should report it
 * online within two days": a question of a condition names much of its answer's sentence (the
 * bin, its not being emptied), and the sentence writing every word of it, far ahead of any other,
 * tells what follows from it, though in no modal form the extractor reads (its weak reading is not
 * held against it).
 */
function conditionToldFloor(q: QuestionAnalysis, best: Candidate, runnerUp: Candidate | undefined): number {
  if (!CONDITION_RULES.has(q.rule ?? '') || !q.tokens.some((t) => CONDITION_WORDS.has(t.norm)) || best.m.missing.length > 0 || best.m.coverage < CONDITION_COVERAGE) return 0;
  return wellAhead(best, runnerUp, CONDITION_MARGIN) ? SETTLED_CONFIDENCE : 0;
}

const CONDITION_RULES: ReadonlySet<string> = new Set(['what-if', 'what-should']);
/** A condition the question names ("… if my bin is not emptied"): without one, "what can riders do?" asks what they are able to do, which the sentence must tell in its modal. */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'unless', 'when', 'once']);
const CONDITION_COVERAGE = 0.9;
const CONDITION_MARGIN = 0.6;
/** How far the sentence telling the event must lead the next one: places and times recur in a story. */
const EVENT_MARGIN = 0.3;

/**
 * "Which hospital was hit worst?" / "The worst attack was at St Oda's Hospital in Quellby": a
 * sentence that gives a name of the asked kind (a hospital, a firm, a court) and leaves no word of
 * the question out, well ahead of any other sentence, says which one.
 */
function askedKindNamedFloor(q: QuestionAnalysis, best: Candidate, runnerUp: Candidate | undefined): number {
  const kinds = kindsOfFocus(q);
  if (q.intent !== 'which' || kinds === ANY_KIND || best.m.missing.length > 0 || best.ext === null) return 0;
  // ("Zarnwick Crown Court" for "which court": a name built on the asked noun says its kind itself.)
  // It need not lead the others far where the article names no other one of the kind.
  if (best.ext.how === FOCUS_PHRASE && q.focus !== undefined && capitalisedKindIn(best.m.doc, best.ext.text, q.focus.term)) {
    return wellAhead(best, runnerUp, KIND_NAMED_MARGIN) || soleNameOfKind(best.m.doc, best.ext.text, q.focus.term) ? SETTLED_CONFIDENCE : 0;
  }
  const kind = NAME_KIND.exec(best.ext.how)?.[1];
  // ("name(other)" is a name no word of which says what it names: "St Oda" may be a church's.)
  if (kind === undefined || kind === 'other' || !(kinds as string[]).includes(kind)) return 0;
  if (classedOtherwise(q, best, best.ext.focus ?? best.ext.text)) return 0;
  return wellAhead(best, runnerUp, KIND_NAMED_MARGIN) ? SETTLED_CONFIDENCE : 0;
}

/**
 * Whether the sentence classes the name by an apposition under "a" whose noun is not the asked one
 * ("Vesk Watch, a rights group," for "which newspaper"): it names one of another kind.
 */
function classedOtherwise(q: QuestionAnalysis, { m }: Candidate, name: string): boolean {
  const span = tokensOfText(m.doc.sentence, name);
  const asked = q.focus?.term;
  if (!span || asked === undefined) return false;
  const tokens = m.doc.sentence.tokens;
  if (tokens[span.last + 1]?.text !== ',' || (tokens[span.last + 2]?.norm !== 'a' && tokens[span.last + 2]?.norm !== 'an')) return false;
  let head = span.last + 3;
  while (tokens[head + 1] !== undefined && NOUN_PHRASE_TAGS.has(tokens[head + 1].pos) && tokens[head].pos !== 'NOUN') head += 1;
  while (tokens[head + 1]?.pos === 'NOUN') head += 1;
  const term = m.doc.terms[head];
  return tokens[head]?.pos === 'NOUN' && term !== null && term !== asked && !areRelated(asked, term);
}

const NAME_KIND = /^name\((\w+)\)$/;
const KIND_NAMED_MARGIN = 0.3;

/**
 * "Which trees came down?" / "crews cleared 400 trees from the roads, most of them beech and ash":
 * a sentence that breaks the asked things down by kind answers which ones, though it tells
 * their fate in other words than the question's, and shares few of its words with it (the runner-up
 * may match as well); not where another sentence breaks them down too.
 */
const kindsOfMostFloor = (best: Candidate, runnerUp: Candidate | undefined): number => (best.ext?.how === KINDS_OF_MOST && runnerUp?.ext?.how !== KINDS_OF_MOST ? SETTLED_CONFIDENCE : 0);

/**
 * "What was the most valuable thing handed in?" / "a diamond ring, later valued at £6,800", then
 * "how much was it worth?": a follow-up leaning on the last answer asks more of its sentence, which
 * answers when it holds a value of the asked kind, though it shares none of the follow-up's words.
 * (Not when it leaves out a name the follow-up gives: that asks of someone else.)
 */
function followUpFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (!leansOn(q, m.doc)) return 0;
  return ext !== null && (ext.strength >= FOLLOW_UP_STRENGTH || retoldInLastSource(q, { m, ext })) && !m.missing.some((t) => t.isName) ? SETTLED_CONFIDENCE : 0;
}

const FOLLOW_UP_STRENGTH = 0.6;

/**
 * "Who repaired the organ?" / "… a firm from Tessing, Orgelbau Krane, repaired the organ over the
 * winter", then "how long did it take them?": a follow-up whose words the last answer's sentence
 * writes nearly all asks more of the act that sentence tells, so a value there of the very kind
 * asked ("over the winter" is no length, "three months" would be) is that act's, though the
 * extractor tied it loosely.
 */
function retoldInLastSource(q: QuestionAnalysis, { m, ext }: Pick<Candidate, 'm' | 'ext'>): boolean {
  return ext !== null && RETOLD_KINDS.has(q.wants[0]) && kindOfValue(ext) === q.wants[0] && m.coverage >= RETOLD_COVERAGE && leansOn(q, m.doc);
}

/** Values read by a kind of their own; not a place (a sentence names places around an act as readily as the act's own) nor mere following words. */
const RETOLD_KINDS: ReadonlySet<string> = new Set(['person', 'organisation', 'time', 'count', 'money', 'age', 'duration', 'distance', 'percent']);

const RETOLD_COVERAGE = 0.75;

/** The kind of value an extractor read, as its rule names it: "quantity(duration)" a duration, "name(person)" a person, "time(month)" a time. */
function kindOfValue(ext: Extraction): string {
  const named = VALUE_KIND.exec(ext.how);
  if (named === null) return ext.type;
  return named[1] === 'time' ? 'time' : named[2];
}

const VALUE_KIND = /^(quantity|name|time)\((\w+)\)$/;

/**
 * "What did Zenobie say?" / "“We waited four years for this,” she said.": a question on no topic asks
 * for any words of the asked speaker's, and her own quoted words answer it, though the sentence
 * writes her only as "she".
 */
function ownWordsFloor(kb: KnowledgeBase, q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (q.intent !== 'quote' || ext === null || ext.attribution === undefined) return 0;
  const own = q.rest ? onTopicQuote(ext, m) : ext.how === QUOTED && ext.strength >= 1;
  return own && questionSpeakers(kb, q).has(ext.attribution) ? SETTLED_CONFIDENCE : 0;
}

/**
 * "What did Brisca Quennelow say about the defeat?" / "“The defeat hurts,” Quennelow said": the asked speaker's
 * quoted words in a sentence writing every word of the question, the topic's too, are what she
 * said of it (not a claim reported for her, which may be anyone's paraphrase).
 */
const onTopicQuote = (ext: NonNullable<Candidate['ext']>, m: Candidate['m']): boolean =>
  (ext.how === QUOTED || ext.how === QUOTED_WORDS) && ext.strength >= QUOTED_WORDS_STRENGTH && m.missing.length === 0;

const QUOTED_WORDS = 'quoted words';
const QUOTED_WORDS_STRENGTH = 0.85;

/**
 * "How heavy is the anchor?" / "It weighs about 90 kilograms", "how cold was the sea?" / "the sea
 * was around 9C": a weight, a temperature or a speed says by its own unit that it is what "how
 * heavy", "how cold" or "how fast" asks, so a sentence giving one surely answers, though it shares
 * few of the question's words; not where the question names someone the sentence leaves out.
 */
function ownUnitFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (q.rule !== HOW_MEASURE || ext === null || ext.strength < OWN_UNIT_STRENGTH || m.missing.some((t) => t.isName)) return 0;
  return selfNamedKinds(q)?.some((k) => ext.how === `quantity(${k})`) === true ? SETTLED_CONFIDENCE : 0;
}

const OWN_UNIT_STRENGTH = 0.8;

/**
 * "What share of members voted online?" / "About 64 percent of members cast their ballots on the
 * internet": a percentage written "of" the asked whole is the asked share, though the sentence
 * tells the act in words of its own; not where the question names someone the sentence leaves out.
 */
function shareOfWholeFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (q.rule !== SHARE_RULE || ext === null || ext.how !== 'quantity(percent)' || ext.tied !== true || ext.strength < SHARE_STRENGTH || m.missing.some((t) => t.isName)) return 0;
  // ("58% of riders" holds its whole; "About 35%" may be followed by it.)
  const written = asWritten(ext.text);
  const at = m.doc.sentence.text.indexOf(written);
  return written.includes(' of ') || (at >= 0 && OF_WHOLE.test(m.doc.sentence.text.slice(at + written.length))) ? SETTLED_CONFIDENCE : 0;
}

const SHARE_RULE = 'how-many-share';
const SHARE_STRENGTH = 0.5;
const OF_WHOLE = /^ of\b/;

/**
 * "How deep did the divers go?" / "the divers reached 60 metres below the surface": a distance the
 * sentence gives right beside a word of the asked direction ("below", "down"; "above", "altitude")
 * is that depth or height, though the sentence never writes "deep" or "high"; so it answers where
 * the question leaves no other word out. ("How far away did the balloon land?" / "came down 30
 * kilometres away": a distance "away" or "off" somewhere is how far.)
 */
function directionFloor(q: QuestionAnalysis, best: Candidate): number {
  // ("How far away is that?" with "that" left unresolved, after a question on no place, names
  // nothing the distance could be of.)
  return !CLOSING_DEMONSTRATIVE.test(q.text) && best.m.missing.every((t) => t === q.terms[0]) && toldByDirection(q, best) ? SETTLED_CONFIDENCE : 0;
}

/** Whether the candidate's distance is told in the direction the question's measure asks ("how high" / "300 metres above the valley"). */
function toldByDirection(q: QuestionAnalysis, { m, ext }: Pick<Candidate, 'm' | 'ext'>): boolean {
  const words = q.rule === 'how-measure' || q.rule === 'how-far' ? DIRECTION_WORDS.get(q.terms[0]?.word.toLowerCase() ?? '') : undefined;
  if (!words || ext?.how !== 'quantity(distance)') return false;
  const span = tokensOfText(m.doc.sentence, ext.text);
  if (!span) return false;
  const { tokens } = m.doc.sentence;
  const { first, last } = span;
  // ("dug down about 60 centimetres", "at an altitude of 900 metres", "120 metres below the ground".)
  // (The answer may hold the word itself after its number: "about 40 kilometres away".)
  const value = tokens.slice(first, last + 1).findIndex((t) => t.pos === 'NUM');
  const near = [...tokens.slice(Math.max(0, first - DIRECTION_REACH), first), ...tokens.slice(value < 0 ? last + 1 : first + value + 1, last + 1 + DIRECTION_REACH)];
  return near.some((t) => words.has(t.norm));
}

const DIRECTION_REACH = 3;

const CLOSING_DEMONSTRATIVE = /\b(?:that|this)\s*\??\s*$/i;

/** Words that tell a distance is a height or a depth. */
const DIRECTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['high', new Set(['above', 'altitude', 'elevation', 'up', 'high', 'tall'])],
  // ("How far from the coast …?" / "about 40 kilometres off the coast", "90 kilometres away".)
  ['far', new Set(['away', 'off', 'offshore', 'inland', 'downstream', 'upstream', 'north', 'south', 'east', 'west'])],
  ['deep', new Set(['below', 'beneath', 'under', 'underground', 'underwater', 'down', 'deep', 'depth'])],
]);

/**
 * "What is the jug made of?" / "It is made from recycled glass": the material after the sentence's
 * own "made of/from", told of the asked thing (or of no thing named), settles it, though the
 * question's kind word ("what wood") is no word the sentence writes.
 */
const materialToldFloor = (q: QuestionAnalysis, { m, ext }: Candidate): number =>
  asksMaterial(q) && isStrandedObject(ext) && tellsMaterialOfAsked(q, m.doc.sentence.text, m.doc) ? SETTLED_CONFIDENCE : 0;

/**
 * "Which company runs the factory?" / "… at the plant operated by Talmont Pharmaceuticals": a name
 * the sentence gives as the doer of the asked act, where it writes every other word of the
 * question too, answers outright, however few of the question's words it writes as written.
 */
const namedDoerFloor = ({ m, ext }: Candidate): number => (ext?.how === NAMED_DOER && m.missing.length === 0 ? SETTLED_CONFIDENCE : 0);

/**
 * "Who restored the organ?" / "The instrument was restored in 1998 by a Greyle firm, Vessington & Pye":
 * the doer a passive of the asked verb gives after "by" did the act, though the passive's subject
 * calls what was done to by a word of its own ("the instrument", "it"): the one noun the sentence
 * leaves out is the one the question ends on, the thing acted on.
 */
function passiveDoerFloor(q: QuestionAnalysis, best: Candidate): number {
  return passiveDoerOfAskedThing(q, best) ? SETTLED_CONFIDENCE : 0;
}

/** (Also where the article never writes the asked noun: the asker names the thing as he likes, "the kiosk" for what the article calls "it".) */
function passiveDoerOfAskedThing(q: QuestionAnalysis, { m, ext }: Pick<Candidate, 'm' | 'ext'>): boolean {
  if (q.intent !== 'who' || ext === null || !PASSIVE_DOERS.has(ext.how) || m.missing.length !== 1) return false;
  const noun = m.missing[0];
  const words = q.tokens.filter((t) => t.pos !== 'PUNCT');
  return noun.pos === 'NOUN' && !noun.isName && words.at(-1)?.text.toLowerCase() === noun.word.toLowerCase();
}

const PASSIVE_DOERS: ReadonlySet<string> = new Set([NAMED_DOER, AGENT_AFTER_BY]);

/**
 * "Where is the choir based?" / "… after a rehearsal at the choir's home, the Lindgate Hall": a base the
 * sentence gives the asked body by the words news uses for one ("-based", "home", "headquarters"),
 * where it leaves no word of the question out, answers.
 */
const basedFloor = ({ m, ext }: Candidate): number => (ext?.how === WHERE_BASED && ext.strength >= BASED_STRENGTH && m.missing.length === 0 ? SETTLED_CONFIDENCE : 0);

const BASED_STRENGTH = 0.9;

/**
 * "How old is the mill?" / "A 160-year-old stone windmill …": an age found at full strength for a
 * thing the question asks of is written on that thing, and answers, where the only question words
 * the sentence leaves out stand in it as the last part of a closed compound ("windmill" for "mill").
 */
function thingsAgeFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (q.intent !== 'how-old' || ext?.how !== 'quantity(age)' || ext.strength < THINGS_AGE_STRENGTH || !thingAsked(q)) return 0;
  const words = m.doc.sentence.tokens.map((t) => t.norm);
  return m.missing.every((t) => t.pos === 'NOUN' && words.some((w) => closedCompoundOf(w, t.word.toLowerCase()))) ? SETTLED_CONFIDENCE : 0;
}

const THINGS_AGE_STRENGTH = 0.8;

/**
 * "What is the telescope called?" / lead: "… to build a new telescope" / "The instrument, named
 * ORION, …": a name given to the thing the lead brings in, by another word for it in a sentence
 * right after, answers, though that sentence writes the question's noun in no words.
 */
function leadThingFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  const asked = q.rule === 'name-of' ? nounToName(q) : undefined;
  if (!asked || ext?.how !== NAME_GIVEN || ext.strength < 0.9 || !m.missing.every((t) => asked.includes(t.term))) return 0;
  return leadThingNamed(m.doc.article, m.doc.sentence, asked) >= 0 ? SETTLED_CONFIDENCE : 0;
}

/**
 * "How long did the committee spend on the audit?" / "The committee spent two years checking the
 * accounts": a length written right after the question's own verb, in its clause, is how long that
 * act went on, though the sentence words the rest of the question otherwise.
 */
function actLengthFloor(kb: KnowledgeBase, q: QuestionAnalysis, { m, ext }: Candidate): number {
  const least = m.missing.some((t) => t.isName) ? UNNAMED_ACT_LENGTH_STRENGTH : ACT_LENGTH_STRENGTH;
  if (q.intent !== 'how-long' || ext === null || !LENGTH_FOUND.has(ext.how) || ext.strength < least || m.missing.some((t) => t.isName && absent(kb, t.term))) return 0;
  const { tokens, text } = m.doc.sentence;
  const pos = text.indexOf(ext.text);
  if (pos < 0) return 0;
  const v = tokens.findIndex((t) => t.start >= pos);
  const verbs = new Set(q.terms.filter((t) => t.pos === 'VERB' && !t.isCue && !LIGHT_VERBS.has(t.term)).map((t) => t.term));
  // ("How long did it take to …?" asks how long the act took: "took 11 years".)
  const asksTake = q.tokens.some((t) => t.lemma === 'take');
  // ("How long was the ferry in service?" / "had served the island for 30 years": a noun made from
  // the verb names the act as well.)
  const nouns = q.terms.filter((t) => t.pos === 'NOUN' && !t.isCue && !t.isName).map((t) => t.term);
  for (let k = v - 1; k >= Math.max(0, v - ACT_REACH) && !isClauseEnd(tokens[k]); k -= 1) {
    if (tokens[k].pos === 'VERB' && (verbs.has(m.doc.terms[k] ?? '') || relatedVerb(verbs, m.doc.terms[k]) || (asksTake && tokens[k].lemma === 'take') || nounOfVerb(nouns, m.doc.terms[k]))) return SETTLED_CONFIDENCE;
  }
  return 0;
}

/**
 * "How long did the crossing take?" / "The ferry left at 9am and docked 40 minutes later", "… won
 * after three hours and 12 minutes": news tells how long something took as the time gone by until
 * its end, a length before "later" or after "after" (or "after deliberating for"), whatever verb it
 * writes for the act.
 */
function elapsedLengthFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (q.intent !== 'how-long' || ext === null || !LENGTH_FOUND.has(ext.how) || m.missing.some((t) => t.isName) || !ASKS_TAKEN.test(q.text)) return 0;
  const { text } = m.doc.sentence;
  const written = asWritten(ext.text);
  const pos = text.indexOf(written);
  if (pos < 0) return 0;
  return ELAPSED_BEFORE.test(text.slice(0, pos)) || ELAPSED_AFTER.test(text.slice(pos + written.length)) ? SETTLED_CONFIDENCE : 0;
}

/** "How long did it take", "how long did the final last", "how long did it go on". */
const ASKS_TAKEN = /\b(?:take|took|last|lasted|go on|went on)\b/i;
/** ("… found him guilty after deliberating for nine hours": the act that went on until the end.) */
const ELAPSED_BEFORE = /\bafter (?:\p{L}+ing for )?(?:(?:about|around|nearly|almost|just|only|more than|less than|under|over) )?$/iu;
const ELAPSED_AFTER = /^ later\b/i;

/** ("How long will the road be shut?" / "will stay closed for at least ten days": a related verb tells the act as well.) */
function relatedVerb(verbs: ReadonlySet<string>, term: string | null | undefined): boolean {
  if (term === null || term === undefined) return false;
  for (const v of verbs) if (areRelated(v, term)) return true;
  return false;
}

const LENGTH_FOUND: ReadonlySet<string> = new Set(['quantity(duration)', 'time(duration)']);

/**
 * "When did the survey begin?" / "The count started on 3 May": a time written right after the
 * question's own verb, or a near one by word vectors ("started" for "begin", "completed" for
 * "finished"), in its clause, is when that act was done, though the sentence names the doer by
 * another word ("the count" for "the survey"). So is a place written right after it: "Where was
 * the injured rider taken?" / "Her teammate was taken to Brell Hospital".
 */
function actTimeFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  const wanted = ACT_VALUES.get(q.intent);
  if (wanted === undefined || ext === null || ext.type !== wanted.type || m.missing.some((t) => t.isName)) return 0;
  if (ext.strength < wanted.strength) return ext.strength >= LOOSE_PLACE_STRENGTH && placedAfterAskedAct(q, m.doc, ext) ? SETTLED_CONFIDENCE : 0;
  return writtenAfterAskedAct(q, m.doc, ext.text) ? SETTLED_CONFIDENCE : 0;
}

/**
 * "Where was the otter seen?" / "Two walkers who spotted it on a shingle bank off the Tarrock
 * estuary …": a place set after a preposition of standing ("on", "off", "along"), in the clause of
 * the asked act (in its word, a related or a near one), is where that act was done, however loosely
 * the extractor tied it to the question (a place it knows no kind of, a verb in other words). Not
 * where the question asks the very spot ("where exactly …?"), which a lead tells only coarsely, nor
 * for a place something came from or went to.
 */
function placedAfterAskedAct(q: QuestionAnalysis, d: IndexedSentence, ext: Extraction): boolean {
  if (q.intent !== 'where' || ext.type !== 'place' || EXACT_PLACE_ASKED.test(q.text)) return false;
  const { tokens, text } = d.sentence;
  const pos = text.indexOf(ext.text);
  if (pos < 0) return false;
  let k = tokens.findIndex((t) => t.start >= pos);
  if (k < 0) return false;
  if (!STANDING_PREPOSITIONS.has(tokens[k].norm)) k -= tokens[k - 1]?.pos === 'DET' ? 2 : 1;
  return STANDING_PREPOSITIONS.has(tokens[k]?.norm ?? '') && writtenAfterAskedAct(q, d, ext.text);
}

/** Below this a place is another thing's, or the story's own setting, whatever verb it follows. */
const LOOSE_PLACE_STRENGTH = 0.2;
/** Prepositions that set where something is or was done: not "from" or "to", which tell where it came from or went. */
const STANDING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'near', 'off', 'along', 'inside', 'outside', 'beside', 'behind', 'under', 'across', 'around', 'aboard']);

/**
 * "How much did the repairs cost?" / "The work cost about £9,000 in the end, the treasurer
 * said": a sum written right after a verb of price in its clause ("cost", "costing", "charged",
 * "sells for", "priced at", "paid", "spent") is what that thing cost, though the sentence names the
 * thing by another word; a question asking a price wants just that. Not where the question names a
 * person or a place the sentence leaves out, nor more than one of its things (another's price).
 */
function priceToldFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (q.intent !== 'how-much' || ext?.how !== 'quantity(money)' || ext.strength < PRICE_STRENGTH) return 0;
  const asked = priceAsked(q);
  if (asked === null) return 0;
  for (const t of m.missing) if (t.isName || t.pos === 'NOUN') return 0;
  // (Nor where it writes more than one of the question's things in other words: "the youth club"
  // is no "play area", though word vectors put them near.)
  let nouns = 0;
  for (const t of q.terms) if (t.pos === 'NOUN' && !t.isCue && !m.doc.tf.has(t.term) && (nouns += 1) > PRICE_MISSING) return 0;
  // ("How much is the fine?" is not answered by "drivers will pay £2 an hour": a sum of another name.)
  for (const term of asked) if (!m.doc.tf.has(term)) return 0;
  const { tokens, text } = m.doc.sentence;
  const pos = text.indexOf(asWritten(ext.text));
  if (pos < 0) return 0;
  const v = tokens.findIndex((t) => t.start >= pos);
  let bought = false;
  for (let k = v - 1; k >= Math.max(0, v - PRICE_REACH) && !isClauseEnd(tokens[k]); k -= 1) {
    bought ||= tokens[k].pos === 'ADP';
    // ("The repair cost an estimated …" is often read with "cost" as a noun; "at a cost of £900".)
    if (PRICE_VERBS.has(tokens[k].lemma.toLowerCase()) && (tokens[k].pos === 'VERB' || PRICE_NOUNS.has(tokens[k].norm))) return SETTLED_CONFIDENCE;
    // ("ordered to pay a fine of 2 million": the sum is the fine's, not a price of the asked thing.)
    if (MONEY_NOUNS.has(tokens[k].norm)) return asked.includes(m.doc.terms[k] ?? '') ? SETTLED_CONFIDENCE : 0;
    // ("The strike cost the operator 3 million": a sum a thing cost someone the question does not
    // name is that one's loss, not a price; "bought the mill for £2m" names the thing bought.)
    if (!bought && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') && !hasTerm(q, m.doc.terms[k])) return 0;
  }
  return 0;
}

/**
 * "How much is a monthly pass?" / "Riders pay £12 a month" or "how much is a child's place?" /
 * "cost £4 for children": a sum followed by the very period or payer the question prices by is that
 * price, though the sentence calls the thing by no word of the question's ("pass", "place").
 */
function rateEchoedFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (q.intent !== 'how-much' || ext?.how !== 'quantity(money)' || ext.strength < PRICE_STRENGTH || m.missing.some((t) => t.isName)) return 0;
  return rateEchoed(q, m.doc.sentence, ext.text) && pricedBefore(m.doc.sentence.tokens, tokensOfText(m.doc.sentence, asWritten(ext.text))?.first ?? -1) ? SETTLED_CONFIDENCE : 0;
}

/**
 * Whether a verb of price comes shortly before the sum in its clause ("members pay £30 a month"),
 * not one of change ("bigger pitches go up from £90 to £120 a week", another thing’s new price).
 */
function pricedBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - PRICE_REACH) && !isClauseEnd(tokens[k]); k -= 1) if (PRICE_VERBS.has(tokens[k].lemma.toLowerCase())) return true;
  return false;
}

/** Question words of a rate, by the period a sentence writes after its sum ("monthly": "a month"). */
const RATE_WORDS: ReadonlyMap<string, string> = new Map([
  ['hourly', 'hour'], ['daily', 'day'], ['nightly', 'night'], ['weekly', 'week'], ['monthly', 'month'], ['yearly', 'year'], ['annual', 'year'],
]);
/** Those a price is set for, as a sentence writes them after its sum ("£3 for adults"). */
const PAYERS: ReadonlySet<string> = new Set(['adult', 'child', 'student', 'member', 'pensioner', 'senior', 'family']);
/** Words that set a sum's rate: "£2 a day", "£5 per night", "£6 for adults". */
const RATE_LINKS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every', 'for']);

/** The periods and payers a question prices by: "a monthly ticket", "per night", "an adult place". */
function askedRates(q: QuestionAnalysis): Set<string> {
  const rates = new Set<string>();
  q.tokens.forEach((t, i) => {
    const period = RATE_WORDS.get(t.norm) ?? (PERIODS.has(t.lemma) && RATE_LINKS.has(q.tokens[i - 1]?.norm ?? '') ? t.lemma : undefined);
    if (period !== undefined) rates.add(period);
    if (PAYERS.has(t.lemma)) rates.add(t.lemma);
  });
  return rates;
}

/** Whether the sentence writes one of the question's rates right after the sum ("£30 a month"). */
function rateEchoed(q: QuestionAnalysis, sentence: IndexedSentence['sentence'], value: string): boolean {
  const rates = askedRates(q);
  const span = rates.size > 0 ? tokensOfText(sentence, asWritten(value)) : undefined;
  if (span === undefined) return false;
  const { tokens } = sentence;
  // (The period may be inside the extracted sum, "£30 a month", or follow it.)
  for (let k = span.first; k <= span.last + 1 && k < tokens.length - 1; k += 1) {
    if (RATE_LINKS.has(tokens[k].norm) && rates.has(tokens[k + 1].lemma.toLowerCase())) return true;
  }
  return false;
}

function hasTerm(q: QuestionAnalysis, term: string | null | undefined): boolean {
  for (const t of q.terms) if (t.term === term) return true;
  return false;
}

const PRICE_ASKED = memoKey<readonly string[] | null>('the sums a price question names');
/**
 * Whether the question asks what something costs, by a word of price or a money noun: the terms of
 * the named sums a sentence must give by their name ("the fine", "the rent"), or null where it asks
 * no price.
 */
function priceAsked(q: QuestionAnalysis): readonly string[] | null {
  let found = q.memo.get(PRICE_ASKED);
  if (found === undefined) {
    found = q.tokens.some((t) => PRICE_VERBS.has(t.lemma.toLowerCase()) || PRICE_WORDS.has(t.norm)) ? q.terms.filter((t) => MONEY_NOUNS.has(t.word.toLowerCase()) && !PRICE_NOUNS.has(t.word.toLowerCase())).map((t) => t.term) : null;
    q.memo.set(PRICE_ASKED, found);
  }
  return found;
}

/**
 * Verbs that tie a sum to what it buys ("cost", "charge", "sells for", "priced at", "paid", "spent"),
 * and the words that tie one to what it is worth ("a deal worth £2m", "a resale value of £900").
 */
const PRICE_VERBS: ReadonlySet<string> = new Set(['cost', 'charge', 'price', 'sell', 'retail', 'fetch', 'pay', 'spend', 'buy', 'value', 'worth']);
/** Words that ask a price ("the fee", "the fare", "what is the van worth"): not "how much money will it bring in", a takings. */
const PRICE_WORDS: ReadonlySet<string> = new Set(['price', 'prices', 'cost', 'costs', 'fee', 'fees', 'fare', 'fares', 'charge', 'charges', 'rent', 'worth']);
/** Words for a sum in general, which a sentence may tell by a verb of price instead ("costs £5"). */
const PRICE_NOUNS: ReadonlySet<string> = new Set(['price', 'prices', 'cost', 'costs', 'money', 'value', 'worth', 'cash']);
const PRICE_STRENGTH = 0.6;
/** Question nouns a sentence telling a price may leave out, naming the thing by another word ("the operation" for "the rescue"). */
const PRICE_MISSING = 1;
/** Words back from a sum to its verb of price: "cost taxpayers at least 120 million". */
const PRICE_REACH = 5;

/**
 * "Who first spotted the leak?" / "a night nurse, Ada Brenn, noticed the leak": a person named right
 * before the question's own verb, or a near one, over an apposition, did the act; "who did she
 * replace?" / "She succeeds Emil Vorn" is answered by the one named right after it.
 */
function actDoerFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (q.intent !== 'who' || ext === null || !DOER_NAMES.has(ext.how) || ext.strength < DOER_STRENGTH || m.missing.some((t) => t.isName)) return 0;
  const span = tokensOfText(m.doc.sentence, ext.focus ?? ext.text);
  const asked = askedActs(q);
  if (!span || asked.length === 0) return 0;
  const { tokens } = m.doc.sentence;
  const { first, last } = span;
  const object = objectAsked(q.tokens);
  if (object) {
    for (let k = first - 1; k >= Math.max(0, first - DOER_REACH) && !isClauseEnd(tokens[k]); k -= 1) {
      if (tokens[k].pos === 'VERB') return actIsAsked(asked, m.doc, k) ? SETTLED_CONFIDENCE : 0;
    }
    return 0;
  }
  // (Over an apposition, "Ada Brenn, 34, a night nurse, noticed", not into a clause on the name: "Ada Brenn, who …".)
  for (let k = last + 1; k < Math.min(tokens.length, last + 1 + DOER_REACH); k += 1) {
    if (TITLE_CLAUSE.has(tokens[k].norm) || tokens[k].pos === 'ADP') return 0;
    if (tokens[k].pos === 'VERB') return actIsAsked(asked, m.doc, k) ? SETTLED_CONFIDENCE : 0;
  }
  return 0;
}

/**
 * "Who owns the mill?" / "The site's owners, the Arden Trust, said …"; "who organises the fair?" /
 * "Organiser Ada Brenn, 61, said …": a name the sentence gives the title made from the asked verb
 * ("owner", "organiser", "founder", "landowner"), in apposition or right before it, holds the asked
 * role, though the sentence names the thing held by another word ("the site") or not at all. (Not
 * where a name the question gives is missing: that asks of another one's owner.)
 */
function doerTitleFloor(kb: KnowledgeBase, q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (q.intent !== 'who' || ext === null || !DOER_NAMES.has(ext.how) || ext.strength < DOER_STRENGTH || m.missing.some((t) => t.isName || (t.pos === 'VERB' && !titleTellsVerb(q, t.word)))) return 0;
  const titles = doerTitles(q);
  // ("Who owns the farm shop?" is not answered by the site's owners where the story has no farm shop.)
  if (titles.length === 0 || !q.terms.every((t) => t.isCue || t.pos === 'VERB' || !absent(kb, t.term))) return 0;
  const span = tokensOfText(m.doc.sentence, ext.focus ?? ext.text);
  return span && titledHolder(m.doc.sentence.tokens, span.first, span.last, titles) ? SETTLED_CONFIDENCE : 0;
}

/**
 * "What else did they find?" / "They found a sword, along with two coins": the thing added to the
 * asked act, in a sentence leaving no word of the question out, answers however few it writes as written.
 */
const furtherThingFloor = ({ m, ext }: Candidate): number => (ext?.how === FURTHER_THING && m.missing.length === 0 ? SETTLED_CONFIDENCE : 0);

/**
 * "What was the porter doing when the lights failed?" / "The lights went out while he was
 * stacking chairs in the hall": the act in progress answers, though the sentence tells the moment
 * in words of its own ("went out") or not at all, nor its day ("on Friday" may be told before).
 * (Not where a name the question gives is missing: that asks of someone else.)
 */
const activityFloor = ({ m, ext }: Candidate): number => (ext?.how === ACTIVITY && !m.missing.some((t) => t.isName && !TIME_WORD.test(t.term)) ? SETTLED_CONFIDENCE : 0);

/** "What was the building before?" / "opened in a former chapel": the mark of an earlier use settles what the asker's words never match. */
const formerUseFloor = ({ ext }: Candidate): number => (ext?.how === FORMER_USE ? SETTLED_CONFIDENCE : 0);

/** "What was her job?" of no one named / "She worked for 30 years as a midwife": the job of one the sentence calls "she" settles it. */
function workOfPronounFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (q.rule !== 'occupation' || ext?.how !== WORKED_AS) return 0;
  const pronouns = pronounsOfAsked(q);
  return pronouns && tellsWorkOfPronoun(m.doc.sentence.tokens, pronouns) ? SETTLED_CONFIDENCE : 0;
}

/**
 * "Who runs Quibble & Lutt?" / "Managing director Ann Lee said …": a leading title the sentence gives,
 * of the body the question names (see leadingRoles), answers, though the sentence writes few of the
 * question's words: a title stands in for the asked verb and the story for the body.
 */
const leaderTitleFloor = ({ ext }: Candidate): number => (ext?.how === LEADER_TITLE ? SETTLED_CONFIDENCE : 0);

const DOER_NAMES: ReadonlySet<string> = new Set([PERSON_NAME, ORGANISATION_NAME]);
const DOER_STRENGTH = 0.6;
const DOER_REACH = 6;

const ACT_VALUES: ReadonlyMap<string, { type: string; strength: number }> = new Map([
  ['when', { type: 'time', strength: 0.8 }],
  ['where', { type: 'place', strength: 0.5 }],
]);
const ACT_LENGTH_STRENGTH = 0.6;
/**
 * ("How long had the foreman worked at Grimsworth?" / "a foreman who had worked at the mill for
 * 12 years": news names a place or firm once and then calls it "the mill"; a sure length whose
 * only loss is a name the article writes elsewhere still tells the act, though the missing name
 * has cut its strength to a bit over a third.)
 */
const UNNAMED_ACT_LENGTH_STRENGTH = 0.3;
/** Words back from a length to its verb, over the verb's object and a phrase: "reached them in a small boat within ten minutes". */
const ACT_REACH = 6;

/**
 * "Were any staff suspended?" / "Two senior managers have been suspended": a yes or no whose every
 * asked act the sentence writes as an act, in a clause the extractor ties to the question, answers
 * though the sentence names the doer otherwise, as long as the article knows every word it leaves out.
 */
function askedActFloor(kb: KnowledgeBase, q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (q.intent !== 'yes-no' || ext === null || ext.strength < ASKED_ACT_STRENGTH) return 0;
  if (m.missing.some((t) => t.isName || absent(kb, t.term))) return 0;
  const asked = q.terms.filter((t) => (t.pos === 'VERB' || t.pos === 'ADJ') && !t.isCue && !LIGHT_VERBS.has(t.term) && !attributive(q, t));
  // (The act in its own word: a related one, "investigators" for "police", may tell of something else.)
  return asked.length > 0 && asked.every((t) => writtenAsAct(m.doc, t.term, false)) ? SETTLED_CONFIDENCE : 0;
}

const ASKED_ACT_STRENGTH = 0.8;

/**
 * "Do children have to pay?" / "Under-fives travel free": a price asked of someone is settled by a
 * clause calling it free (a change by one calling it unchanged), though the sentence names them
 * otherwise ("under-fives" for "little ones"), as long as it leaves out no name the question gives.
 */
function waivedFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (q.intent !== 'yes-no' || ext?.how !== SAYS_OPPOSITE || m.missing.some((t) => t.isName)) return 0;
  for (const t of q.terms) for (const x of noSayersOf(t.term)) if (m.doc.tf.has(x)) return SETTLED_CONFIDENCE;
  return 0;
}

/**
 * "Why did the library shut early?" / "The branch closed at noon because its heating had failed": a
 * cause the sentence gives outright ("because", "due to", "blamed on"), for the asked thing, answers,
 * though the question words the act otherwise ("shut" for "closed"): people seldom ask why in the
 * article's own verb. Not where a name the question gives is missing from the sentence, nor for a
 * cause told by "after", which may tell only a time.
 */
function givenReasonFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (q.intent !== 'why' || ext === null || !OUTRIGHT_REASONS.has(ext.how) || ext.strength < GIVEN_REASON_STRENGTH || TIME_OR_CAUSE.test(ext.text)) return 0;
  if (m.missing.some((t) => t.isName)) return 0;
  // A cause weighed down because the sentence writes the asked act in no word of its own settles
  // the why only where the question's verb is the one word it leaves out ("wiped out" / "hunted to
  // extinction"): "Why did the barn catch fire?" is not answered by why the fire crews were late.
  // A sentence matching every word of the question, and writing its first thing as asked, tells the
  // asked act in whatever verb it uses ("Why did they scrap the toll?" / "The toll was dropped
  // because it cost more to collect"); one that matches that thing only loosely tells of another
  // ("Why did the shed burn?" / "crews were late to the fire because …").
  return ext.strength >= SURE_REASON_STRENGTH || (m.missing.length === 0 && writesFirstThing(q, m.doc)) || m.missing.some((t) => t.pos === 'VERB') ? SETTLED_CONFIDENCE : 0;
}

function writesFirstThing(q: QuestionAnalysis, d: IndexedSentence): boolean {
  const thing = q.terms.find((t) => !t.isCue && (t.pos === 'NOUN' || t.pos === 'PROPN'));
  return thing !== undefined && d.tf.has(thing.term);
}

/**
 * "What street is the depot on?" / "The council said the depot on Yarnworth Lane will shut": a street's
 * name set after its preposition, in a sentence matching every other word of the question, tells
 * where the asked thing is, though it writes no "street" (its "Lane" is one). One of those words
 * must be written as asked: "the town centre" is near enough to "library" to match it, and "Mill
 * Road" there is no library's street. Not for "what street is it on?", which names nothing a
 * sentence must write.
 */
function addressFloor(q: QuestionAnalysis, { m, ext }: Candidate): number {
  if (ext?.how !== ADDRESS) return 0;
  const asked = q.terms.filter((t) => !t.isCue);
  return asked.some((t) => m.doc.tf.has(t.term)) && !asked.some((t) => m.missing.includes(t)) ? SETTLED_CONFIDENCE : 0;
}
/** An outright cause whose sentence writes the asked act in no word of its own is weighed at half strength (see extractAnswer): still a cause of it. */
const GIVEN_REASON_STRENGTH = 0.5;
/** The strength of an outright cause whose sentence writes the asked act (see extractAnswer). */
const SURE_REASON_STRENGTH = 0.8;

/**
 * "Who is X?" is about X itself: every word of X must be in the sentence as written, unless a role
 * fact holds them all ("the boss of Veltra" / "Veltra's chief executive, Ingrid Solvang"). "What did
 * X do before politics?" is about X's job: X's name is what must be written.
 */
const headlineHolds = (d: Candidate['m']['doc'], term: string): boolean => titleTerms(d.article).has(term);

/**
 * "What was the prize?" / "The winner received a trophy and a 50-pound voucher", "what are the
 * winter opening hours?" / "… the pool opens from 7am to 9pm from November to March": "what is
 * the …" of a common noun asks what fills a part the story tells of, not what a word means, and
 * the sentence that fills it seldom writes the asker's noun.
 */
function asksValueOfThe(q: QuestionAnalysis): boolean {
  // ("What is the wingspan of the warbler?" asks the part of one thing: the sentence must name it as asked.)
  return q.wants[0] !== 'person' && q.subject !== undefined && THE_COMMON.test(q.subject) && !OF_PHRASE.test(q.subject) && !q.terms.some((t) => t.isName);
}

const THE_COMMON = /^the [a-z]/;
const OF_PHRASE = /\bof\b/;

function definitionNotVerbatim(q: QuestionAnalysis, { m, ext }: Pick<Candidate, 'm' | 'ext'>): boolean {
  if (q.intent !== 'definition' || m.exactCoverage >= 0.999 || ext?.how.endsWith('reversed')) return false;
  if (ext?.how === FORMER_USE) return false;
  if (asksValueOfThe(q)) return false;
  // "Who is the CEO of Corvanta?" / "Chief Executive Oriel Vask told reporters": the headline's
  // company is the one the whole article tells of.
  if (q.wants[0] === 'person' && ext !== null && q.terms.every((t) => t.isCue || m.doc.tf.has(t.term) || (t.isName && headlineHolds(m.doc, t.term)))) return false;
  // "Who was the judge in the case?" / "Judge Eleanor Pryce said …": a person named in the asked
  // role as written, with no name of the question left out.
  // ("Who is the prime minister?" is not answered by "Finance Minister Joral Hestvik": the words up
  // to the role's noun must all be written.)
  const role = q.terms.findIndex((t) => !t.isCue && t.pos === 'NOUN');
  const roleWritten = role >= 0 && q.terms.slice(0, role + 1).every((t) => t.isCue || m.doc.tf.has(t.term));
  if (q.wants[0] === 'person' && ext !== null && ext.strength >= 0.8 && roleWritten && m.missing.every((t) => !t.isName)) return false;
  // "Who is the head of the growers' union?" / "said Ana Vik, the president of the union": a person
  // the sentence titles with the asked role, in its word or a related one ("president", "chief
  // executive" for "boss"), where it writes every word before the role and leaves none out.
  if (q.wants[0] === 'person' && ext?.how === PERSON_NAME && role >= 0 && m.missing.length === 0 && q.terms.slice(0, role).every((t) => t.isCue || m.doc.tf.has(t.term)) && titledAs(m.doc, ext.focus ?? ext.text, q.terms[role].term)) return false;
  // "Who is the oldest knitter?" / "The oldest member, Xandor Phyle, 94, has knitted …": a person the
  // sentence ranks by the asked superlative, the asked noun written in another form of its word.
  if (q.wants[0] === 'person' && ext?.how === PERSON_NAME && m.missing.length === 0 && writesAskedSuperlative(q, m.doc)) return false;
  return q.rule !== 'occupation' || m.missing.some((t) => t.isName);
}

/** Whether the sentence writes the superlative the question asks after "the" ("the youngest", "the best"). */
function writesAskedSuperlative(q: QuestionAnalysis, d: Candidate['m']['doc']): boolean {
  const asked = q.tokens.filter((t, k) => k > 0 && q.tokens[k - 1].norm === 'the' && t.pos === 'ADJ' && SUPERLATIVE.test(t.norm)).map((t) => t.norm);
  return asked.length > 0 && d.sentence.tokens.some((t) => asked.includes(t.norm));
}

const SUPERLATIVE = /^[a-z]{2,}est$/;

/**
 * Whether the sentence gives the name a title of the role, in its word or a related one: a noun
 * just before it ("Family spokesman Eva Lind", "its chief executive, Eva Lind") or in an apposition
 * just after it ("Eva Lind, the president of the union"), not in a clause on it ("Eva Lind, who
 * chairs the committee", which tells another body's chair).
 */
function titledAs(d: Candidate['m']['doc'], name: string, role: string): boolean {
  const span = tokensOfText(d.sentence, name);
  if (!span) return false;
  const { tokens } = d.sentence;
  const { first, last } = span;
  const related = relatedSet(role);
  const isRole = (k: number): boolean => {
    const x = d.terms[k];
    return tokens[k].pos === 'NOUN' && x !== null && x !== undefined && (x === role || related.has(x));
  };
  // Before: the title's nouns, over one comma ("its chief executive, Eva Lind").
  for (let k = first - 1, commas = 0; k >= Math.max(0, first - TITLE_REACH); k -= 1) {
    if (tokens[k].text === ',' && (commas += 1) > 1) break;
    if (isRole(k)) return true;
    if (tokens[k].pos === 'VERB') break;
  }
  // After: an apposition opening on a comma, up to its end.
  if (tokens[last + 1]?.text !== ',') return false;
  for (let k = last + 2; k < Math.min(tokens.length, last + 2 + TITLE_REACH) && !isClauseEnd(tokens[k]); k += 1) {
    if (tokens[k].pos === 'VERB' || TITLE_CLAUSE.has(tokens[k].norm)) return false;
    if (isRole(k)) return true;
  }
  return false;
}

const TITLE_REACH = 4;

/**
 * Whether the role "who is the …" asks for is written in the sentence only after a verb of saying
 * that follows the name ("Zelphine Trugoe, 52, said the board had hired a treasurer"), and never as her title.
 */
function roleOnlySaidBy(q: QuestionAnalysis, d: Candidate['m']['doc'], name: string): boolean {
  if (!WHO_IS.test(q.text)) return false;
  const head = roleHead(q.tokens);
  const role = q.terms.find((t) => !t.isCue && t.word === head);
  const span = tokensOfText(d.sentence, name);
  if (role === undefined || !span) return false;
  const { tokens } = d.sentence;
  // ("According to Zelphine Trugoe, a neighbour saw the van": what follows is hers to say, and the role,
  // followed by its own verb, is that clause's subject rather than her title.)
  const according = tokens[span.first - 1]?.norm === 'to' && tokens[span.first - 2]?.norm === 'according';
  const at = tokens.map((_, k) => k).filter((k) => d.terms[k] === role.term);
  if (according) return at.length > 0 && at.every((k) => k > span.last && tokens[k + 1]?.pos === 'VERB');
  if (titledAs(d, name, role.term)) return false;
  let say = span.last + 1;
  while (say < Math.min(tokens.length, span.last + 1 + SAYING_REACH) && !REPORTING_VERBS.has(tokens[say].lemma)) say += 1;
  if (!REPORTING_VERBS.has(tokens[say]?.lemma ?? '')) return false;
  return at.length > 0 && at.every((k) => k > say);
}

/** The role's own noun, last of the phrase after "who is the" ("director" of "the orchestra's managing director", read over its "-ing" word). */
function roleHead(tokens: readonly Token[]): string | undefined {
  let head: string | undefined;
  for (let k = 3; k < tokens.length && (ROLE_PHRASE_TAGS.has(tokens[k].pos) || tokens[k].norm.endsWith('ing')); k += 1) if (tokens[k].pos === 'NOUN') head = tokens[k].text;
  return head;
}

const ROLE_PHRASE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'PART']);
const WHO_IS = /^who(?:'s|\s+is|\s+was)\s+(?:the|a|an)\b/i;
/** Words from a name to its verb of saying, over an age set off in commas ("Zelphine Trugoe, 52, said"). */
const SAYING_REACH = 4;
const TITLE_CLAUSE: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'that']);

/**
 * "What is a popular people meter?" / "A people meter is an audience measurement tool …": a
 * sentence defining a subject that holds the asked thing's head noun defines it, though it leaves
 * out one other word of the question.
 */
function definesNearly(q: QuestionAnalysis, m: Candidate['m']): boolean {
  if (q.subject === undefined) return false;
  let unwritten: QuestionAnalysis['terms'][number] | undefined;
  for (const t of q.terms) {
    if (t.isCue || m.doc.tf.has(t.term)) continue;
    if (unwritten !== undefined) return false;
    unwritten = t;
  }
  const head = subjectHead(q, q.subject);
  const end = definedSubjectEnd(m.doc);
  return unwritten !== undefined && head !== undefined && unwritten !== head && end > 0 && m.doc.terms.slice(0, end).includes(head.term);
}

/** The head of a definition's subject: its last word before any preposition ("the chief executive of Corvanta" → "executive"). */
function subjectHead(q: QuestionAnalysis, subject: string): QuestionAnalysis['terms'][number] | undefined {
  const words = new Set(subject.toLowerCase().split(SUBJECT_TAIL)[0].split(NON_WORD));
  let head: QuestionAnalysis['terms'][number] | undefined;
  for (const t of q.terms) if (!t.isCue && words.has(t.word.toLowerCase())) head = t;
  return head;
}

const SUBJECT_TAIL = /\b(?:of|in|for|to|at|on|with|by|from)\b/;
const NON_WORD = /[^\p{L}\p{N}'’-]+/u;

/** A word the articles never use, in any of its related words either. */
export const absent = (kb: KnowledgeBase, term: string): boolean => !kb.index.has(term) && relatedIn(kb.index, term).length === 0;

/**
 * "co-pilot", "cybersecurity", "saleroom": a compound the articles never write may still be about
 * what they do write ("pilot", "cyber defences", "the room"). Its parts are English words, one of
 * them the articles'.
 */
function compoundOfArticleWord(kb: KnowledgeBase, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.includes('-')) return lower.split('-').some((part) => part.length >= 3 && kb.index.has(termOfWord(part)));
  for (let i = MIN_PART; i <= lower.length - MIN_PART; i += 1) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (vectorId(head) < 0 || vectorId(tail) < 0) continue;
    if (kb.index.has(termOfWord(head)) || kb.index.has(termOfWord(tail))) return true;
  }
  return false;
}

const MIN_PART = 3;

/**
 * "Has the owner agreed?" / "the landowner has not agreed": a closed compound is a kind of its last
 * part ("landowner", "headteacher", "shopkeeper"), so the sentence writing one speaks of the asked
 * noun though the articles never write it alone. The first part must be an English word too
 * ("downer" is no kind of "owner").
 */
function headOfCompoundIn(tokens: readonly Token[], word: string): boolean {
  const head = word.toLowerCase();
  if (head.length < MIN_PART) return false;
  return tokens.some((t) => {
    const w = t.norm.toLowerCase();
    return w.length >= head.length + MIN_PART && w.endsWith(head) && !w.includes('-') && vectorId(w.slice(0, w.length - head.length)) >= 0;
  });
}

/**
 * "How long did she wait for her op?" / "she had waited 14 months for the operation": speech
 * clips long nouns to their opening ("op", "uni", "info", "lab", "exam"), so a word the articles
 * never write is the sentence's word it opens, as long as that word is much longer.
 */
function clippedFrom(tokens: readonly Token[], word: string): boolean {
  const clip = word.toLowerCase();
  if (clip.length < 2) return false;
  return tokens.some((t) => t.pos === 'NOUN' && t.norm.length >= clip.length + CLIPPED_OFF && t.norm.startsWith(clip));
}

const CLIPPED_OFF = 4;

/** Whether the question writes the word as the verb of a phrasal verb ("stepping down"), whose particle stands for its meaning. */
function phrasalVerb(q: QuestionAnalysis, t: QuestionAnalysis['terms'][number]): boolean {
  const at = q.tokens.findIndex((x) => x.text === t.word);
  return at >= 0 && at + 1 < q.tokens.length && phrasalTermAt(q.tokens, at + 1) !== undefined;
}

/** Whether the question writes the word right before a noun. */
function attributive(q: QuestionAnalysis, t: QuestionAnalysis['terms'][number]): boolean {
  const at = q.tokens.findIndex((x) => x.text === t.word);
  const next = q.tokens[at + 1]?.pos;
  return at >= 0 && (next === 'NOUN' || next === 'PROPN');
}

/**
 * Whether a sentence gives a time of its own: a year, a month or a day of the story's week, or a
 * year counted from another ("cut another 1,100 jobs the following year"; "that year" is the year
 * just named, which may well be the asked one).
 */
const datedOtherwise = (tokens: readonly Token[]): boolean => tokens.some((t, i) => TIME_WORD.test(t.text) || (t.norm === 'year' && RELATIVE_YEAR.has(tokens[i - 1]?.norm ?? '')));
const RELATIVE_YEAR: ReadonlySet<string> = new Set(['following', 'previous', 'next']);

/**
 * Whether the question's verb acts on a person the sentence leaves out ("does a doctor earn") while
 * in the sentence a person of another word does it ("A nurse with five years' experience … earns").
 */
function otherPersonActs(q: QuestionAnalysis, m: Candidate['m']): boolean {
  const verb = q.terms.findIndex((t) => t.pos === 'VERB' && !t.isCue);
  // ("How much does a firefighter in Quillford earn?": the person may come a name before it.)
  const asked = q.terms.slice(Math.max(0, verb - 3), Math.max(0, verb)).find((t) => t.pos === 'NOUN' && isPersonNoun(t.word.toLowerCase()));
  if (asked === undefined || !m.missing.includes(asked)) return false;
  const tokens = m.doc.sentence.tokens;
  const at = m.doc.terms.indexOf(q.terms[verb].term);
  if (at < 0) return false;
  for (let k = at - 1; k >= 0 && !isClauseEnd(tokens[k]); k -= 1) {
    if (tokens[k].pos === 'NOUN' && isPersonNoun(tokens[k].norm)) return !areRelated(asked.term, m.doc.terms[k] ?? '');
  }
  return false;
}

// ("at the last election", "in the previous vote": of a vote held again and again, the one before
// this one; "the last poll" may well be the latest.)
const LAST_PERIOD = /\blast (?:year|season)\b|\blast (?:[a-z]+ )?(?:election|referendum)\b|\bprevious (?:[a-z]+ )?(?:election|vote|poll|referendum|ballot)\b/i;
// ("In the last financial year": a word may say which kind of year.)
const EARLIER_PERIOD = /\b(?:last|previous|prior|past) (?:[a-z]+ )?(?:year|season|edition|campaign|election|vote|poll|referendum|ballot)\b|\ba year (?:ago|earlier|before)\b|\b(?:19|20)\d\d\b/i;

/**
 * Whether another sentence of the article writes the year: an event of that year is told there.
 * (Not the sentence just before, which the sentence may go on about: "… in 1982. That eruption killed
 * three people".)
 */
function yearToldElsewhere(d: Candidate['m']['doc'], year: string): boolean {
  const here = d.sentence.index;
  return d.article.sentences.some((s, k) => k !== here && k !== here - 1 && s.tokens.some((t) => t.text === year));
}

/** Whether the sentence, or the one just before it, writes the year. */
function yearWrittenAt(d: Candidate['m']['doc'], year: string): boolean {
  const writes = (s: Candidate['m']['doc']['sentence'] | undefined): boolean => s !== undefined && s.tokens.some((t) => t.text === year);
  return writes(d.sentence) || writes(d.article.sentences[d.sentence.index - 1]);
}

/** Whether the sentence writes the year, and only right after "since" ("since 2008", "since March 2020") with no clause on it. */
function onlySince(tokens: readonly Token[], year: string): boolean {
  let found = false;
  for (let k = 0; k < tokens.length; k += 1) {
    if (tokens[k].text !== year) continue;
    const before = tokens[k - 1]?.pos === 'PROPN' ? k - 2 : k - 1;
    // ("… since 2009, when the sports hall in Grellin collapsed": the clause tells of that year.)
    if (tokens[before]?.norm !== 'since' || (tokens[k + 1]?.text === ',' && tokens[k + 2]?.norm === 'when')) return false;
    found = true;
  }
  return found;
}

const ON_THE_YEAR: ReadonlySet<string> = new Set(['when', 'which', 'where']);
const AMOUNT_INTENTS: ReadonlySet<string> = new Set(['how-many', 'how-much', 'how-long', 'how-far', 'how-old']);

/** Words that open a clause of its own: "who sold it in 2004", "since the count began in 1990". */
const SUBORDINATORS: ReadonlySet<string> = new Set(['since', 'who', 'which', 'whose', 'when', 'after', 'before', 'until', 'while', 'because', 'where']);

/**
 * Whether the sentence writes the year only in subordinate clauses ("…, who bought the team in 2004,
 * …") and the value outside every one of them.
 */
function yearOnlyElsewhere(sentence: Candidate['m']['doc']['sentence'], year: string, value: string): boolean {
  const { tokens } = sentence;
  const pos = sentence.text.indexOf(value);
  if (pos < 0) return false;
  const v = tokens.findIndex((t) => t.start >= pos);
  let found = false;
  for (let k = 0; k < tokens.length; k += 1) {
    if (tokens[k].text !== year) continue;
    let from = k - 1;
    while (from >= 0 && !isClauseEnd(tokens[from]) && !SUBORDINATORS.has(tokens[from].norm)) from -= 1;
    if (from < 0 || !SUBORDINATORS.has(tokens[from].norm)) return false;
    let to = k + 1;
    while (to < tokens.length && !isClauseEnd(tokens[to])) to += 1;
    // ("… since 2008, when a storm left 140 people homeless, …": a clause on the year tells of it to the end.)
    if (tokens[to]?.text === ',' && ON_THE_YEAR.has(tokens[to + 1]?.norm ?? '')) to = tokens.length;
    if (v >= from && v < to) return false;
    found = true;
  }
  return found;
}

/** The articles say the opposite of the word ("denied" for "admit"), which answers a yes or no as well. */
function opposedIn(kb: KnowledgeBase, term: string): boolean {
  for (const x of oppositesOf(term)) if (kb.index.has(x)) return true;
  for (const x of noSayersOf(term)) if (kb.index.has(x)) return true;
  return false;
}

/** The sentence has the word as written or as a related word. */
/**
 * Whether the sentence writes the term or a related word. ("how many people live in Ostravik?": a
 * related word that only modifies another, like "last" of "last week", is no mention of living.)
 */
const named = (d: Candidate['m']['doc'], term: string): boolean =>
  d.tf.has(term) || d.terms.some((x, i) => x !== null && relatedSet(term).has(x) && !modifiesNoun(d.sentence.tokens, i));

const modifiesNoun = (tokens: readonly Token[], i: number): boolean => tokens[i].pos === 'ADJ' && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN');

/** Whether the sentence writes the term (or, unless told otherwise, a related word) other than right before a noun. */
function writtenAsAct(d: Candidate['m']['doc'], term: string, orRelated = true): boolean {
  const related = orRelated ? relatedSet(term) : NO_TERMS;
  const tokens = d.sentence.tokens;
  return d.terms.some((x, i) => x !== null && (x === term || related.has(x)) && tokens[i + 1]?.pos !== 'NOUN' && tokens[i + 1]?.pos !== 'PROPN');
}

const NO_TERMS: ReadonlySet<string> = new Set();

/**
 * "How wide is the crater?" / "a crater 40 metres across": a distance written right before
 * "across" is a width.
 */
function measuredAcross(dimension: string, sentence: string, ext: Candidate['ext']): boolean {
  if (dimension !== WIDE || ext === null) return false;
  const at = sentence.indexOf(ext.text);
  return ACROSS_END.test(ext.text) || (at >= 0 && ACROSS_AFTER.test(sentence.slice(at + ext.text.length)));
}

const WIDE = termOfWord('wide');
const ACROSS_AFTER = /^\s+across\b/;
const ACROSS_END = /\sacross$/;

/**
 * Other words by which a sentence says a distance is the asked dimension ("the peak rises 1,900
 * metres above sea level"): enough to tell the measure, too loose to search by (a price rises too).
 */
const DIMENSION_SAID: ReadonlyMap<string, readonly string[]> = new Map([[termOfWord('tall'), ['rise', 'elevation', 'altitude'].map((w) => termOfWord(w))]]);

/**
 * "The county's vaccination rate is 81%. At Elm Street School the figure is 68%.": a sentence that
 * gives "the figure" (or "the rate", "the number") goes on about the measure the one before it names.
 */
function figureOfBefore(d: Candidate['m']['doc'], term: string): boolean {
  if (!THE_FIGURE.test(d.sentence.text)) return false;
  const before = d.article.sentences[d.sentence.index - 1];
  return before !== undefined && before.tokens.some((t) => termOfWord(t.norm) === term);
}

const THE_FIGURE = /\bthe (?:figure|rate|number|share|proportion)\b/i;

/**
 * Other words by which a sentence tells the rate a noun names: inflation is told as prices rising
 * ("consumer prices rose 2.7% in May").
 */
const RATE_SAID: ReadonlyMap<string, readonly string[]> = new Map([[termOfWord('inflation'), [termOfWord('prices'), termOfWord('price')]]]);

const rateSaid = (d: Candidate['m']['doc'], term: string): boolean => (RATE_SAID.get(term) ?? []).some((x) => d.tf.has(x));

/** Words that tell a change, in any part of speech ("fell", "a rise of", "up 4 percent", "higher"). */
const CHANGE_WORDS: ReadonlySet<string> = new Set(
  'rise rose risen fall fell fallen drop climb jump slump slide decline shrink plunge soar surge tumble sink sank grow grew growth weaken strengthen increase decrease cut raise lower lift reduce reduction gain lose loss hike up down higher more less cheaper dearer fewer improve boost worsen extend shorten double halve add added shed wipe wiped'.split(' '),
);

/** A telephone number asked: "the phone number", "helpline number", "what number do I ring". */
const PHONE_ASKED = /\b(?:phone|telephone|helpline|hotline|contact) number\b|\bnumber (?:to|do \w+|should \w+|can \w+) (?:ring|call|phone|text|dial)\b/i;
/** Digits to dial, three or more in a run, not a count's thousands: "101", "on 0800 555 0199", "the 112 number". */
const PHONE_WRITTEN = /(?<![\d,.])\d{3,}(?![\d,.])/;
/** Digits that count a plural noun right after them ("212 calls") are a count, not a number to dial. */
const COUNTED_DIGITS = /\d{3,}\s+[a-z]+s\b/;

/** "how much is …", "how much did …", "how much went …": "how much" stands alone, naming no stuff measured. */
function verbAfterHowMuch(tokens: readonly Token[]): boolean {
  const next = tokens.find((t, i) => tokens[i - 1]?.norm === 'much' && tokens[i - 2]?.norm === 'how');
  return next !== undefined && (next.pos === 'AUX' || next.pos === 'VERB');
}

/**
 * Whether the sentence writes a noun the question sorts by the word before it ("family ticket",
 * "one-bedroom flat") only with another sort, one of a kind that sets sorts apart: a number joined
 * to it ("two-bedroom flat") or the people it is for ("adult tickets", "student fares").
 * (Other words before a noun may name the same sort otherwise: "energy bill", "electricity bill".)
 */
function otherSortNamed(question: readonly Token[], sentence: readonly Token[]): boolean {
  for (let i = 1; i < question.length; i += 1) {
    const sort = sortOf(question, i);
    if (sort === undefined) continue;
    const head = question[i].lemma;
    let other = false;
    for (let j = 1; j < sentence.length; j += 1) {
      if (sentence[j].lemma !== head) continue;
      const written = sortOf(sentence, j);
      if (written === sort) return false;
      if (written !== undefined && (written.includes('-') || isPersonNoun(written))) other = true;
    }
    if (other && !sentence.some((t) => t.lemma.toLowerCase() === sort)) return true;
  }
  return false;
}

/** Whether a sum is written "for a" thing (after any rate) where the question prices, "for" it, a thing the sentence never writes. */
function pricedForOther(question: string, sentence: Candidate['m']['doc']['sentence'], sum: string): boolean {
  const asked = PRICED_FOR.exec(question)?.[1].split(/\s+/).at(-1);
  const at = sentence.text.indexOf(sum);
  if (asked === undefined || at < 0 || !SET_FOR_A.test(sentence.text.slice(at + sum.length))) return false;
  const term = termOfWord(asked.toLowerCase());
  return !sentence.tokens.some((t) => termOfWord(t.norm) === term);
}

/** The thing a price question asks "for", up to three words closing the question: its last word is the thing's noun. */
const PRICED_FOR = /^how much (?:is|are|was|were) .*?\bfor (?:one of )?(?:the|a|an|each) ((?:[a-z-]+ ){0,2}[a-z-]+)\s*\??$/i;
const SET_FOR_A = /^(?:\s+(?:a|an|per|each)\s+\w+)?\s+for an?\b/i;

/**
 * Whether the sentence ties a sum's word to another thing than the question does ("the price of
 * barley" / "the price of bread"), or sets a move against another ("fell against the euro" /
 * "slumped against the dollar"), and never writes the asked one.
 */
function otherOfNamed(question: readonly Token[], sentence: readonly Token[]): boolean {
  for (let i = 0; i < question.length; i += 1) {
    const asked = tiedBy(question, i);
    if (asked === undefined) continue;
    let other = false;
    for (let j = 0; j < sentence.length; j += 1) {
      const written = tiedBy(sentence, j);
      if (written === undefined || written.by !== asked.by) continue;
      if (written.tied === asked.tied) return false;
      other = true;
    }
    if (other && !sentence.some((t) => t.lemma.toLowerCase() === asked.tied)) return true;
  }
  return false;
}

/**
 * What the word at i ties to the noun after it (past a determiner and adjectives): a sum's word by
 * "of" ("price of"), or any word by "against", as the tying itself. (Other words "of" another may
 * name one person or thing twice: "the families of the victims", "the family of each person who died".)
 */
function tiedBy(tokens: readonly Token[], i: number): { by: string; tied: string } | undefined {
  const next = tokens[i + 1]?.norm;
  const by = next === 'against' ? next : next === 'of' && MONEY_NOUNS.has(tokens[i].lemma.toLowerCase()) ? `${tokens[i].lemma.toLowerCase()} of` : undefined;
  if (by === undefined) return undefined;
  let k = i + 2;
  while (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ') k += 1;
  const tied = tokens[k];
  return tied !== undefined && (tied.pos === 'NOUN' || tied.pos === 'PROPN') ? { by, tied: tied.lemma.toLowerCase() } : undefined;
}

/**
 * The word that sorts the noun at i: a noun right before it ("family ticket"), or a number joined
 * to the noun before it ("two-bedroom flat", read "two-bedroom"; not a sum, "4-billion-euro deal").
 * Not a word of money ("the ticket price" names no sort of price).
 */
function sortOf(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (t.pos !== 'NOUN' || before === undefined || MONEY_NOUNS.has(t.lemma) || MONEY_NOUNS.has(before.lemma)) return undefined;
  if (tokens[i - 2]?.text === '-') return tokens[i - 3]?.pos === 'NUM' && tokens[i - 4]?.text !== '-' ? `${tokens[i - 3].norm}-${before.lemma}` : undefined;
  // (A sentence's first word is capitalised, which may make a noun read as a name: "Adult tickets cost …".)
  return before.pos === 'NOUN' || (i === 1 && before.pos === 'PROPN') ? before.lemma.toLowerCase() : undefined;
}

function wordsOfSort(sort: string, words: string): [string, string][] {
  return words.split(' ').map((w) => [w, sort]);
}

/**
 * Asking what someone is paid as a matter of course: "how much does a nurse earn", "what is her
 * salary", "how much are the wardens being paid". ("Earn the country …" takes an object: a trade's
 * takings, not pay; "paid for the house" or "paid out" asks a price or a payment.)
 */
const PAY_ASKED = /\b(?:earns?(?! (?:the|a|an|its|their|his|her)\b)|salary|salaries|wages?|(?:get|gets|getting|being) paid|(?:is|are|was|were) (?:[\w'’-]+ ){0,4}paid)\b(?! (?:for|to|out|back|off|into)\b)/i;
/** What sort of sum the word before it makes of it ("fined £400", "lost £7,000", "raised £900", "costing £60"). */
const SUM_SORTS: ReadonlyMap<string, string> = new Map([
  ...wordsOfSort('fine', 'fine fined fines penalty'),
  ...wordsOfSort('loss', 'lose lost loss losses'),
  ...wordsOfSort('gift', 'raise raised donate donated give gave given promise promised collect collected bring brought'),
  ...wordsOfSort('price', 'cost costs costing priced price'),
]);
/** How many words before a sum may say what sort it is: "can also be fined up to". */
const SUM_SORT_REACH = 3;
/** The sort of sum a question asks, by its words; a question naming two sorts asks neither alone. */
const SUM_ASKED: ReadonlyArray<[string, RegExp]> = [
  ['price', /\b(?:cost|costs|costing|price|priced|charges?|charged|charging|fees?|sell|sold|fetch|fetched|go for|goes for|went for)\b/i],
  ['gift', /\b(?:give|gave|given|donate|donated|put in|contribute|contributed|raise|raised|bring in|brings in|brought in|bringing in)\b/i],
  ['fine', /\b(?:fines?|fined|penalty|penalties)\b/i],
  ['loss', /\b(?:lose|lost|loss|losses)\b/i],
  ['pay', PAY_ASKED],
];
/** The sorts that answer none of each other's questions. */
const SUMS_APART: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['price', new Set(['fine', 'loss', 'gift'])],
  ['gift', new Set(['price', 'fine'])],
  // "How much are the wardens paid?" is not answered by "the patrols cost £90,000 a year" nor "the
  // car park brings in £20,000 a year": what a service costs or takes in is no one's wage.
  ['pay', new Set(['price', 'gift', 'fine', 'loss'])],
]);

/** Whether the words right before the value make it a sum of a sort apart from the one the question asks. */
function otherSortOfSum(question: string, sentence: Candidate['m']['doc']['sentence'], value: string): boolean {
  const asked = SUM_ASKED.filter(([, re]) => re.test(question)).map(([sort]) => sort);
  const apart = asked.length === 1 ? SUMS_APART.get(asked[0]) : undefined;
  if (apart === undefined) return false;
  const pos = sentence.text.indexOf(value);
  const at = sentence.tokens.findIndex((t) => t.start >= pos);
  if (pos < 0 || at < 0) return false;
  for (let k = at - 1; k >= Math.max(0, at - SUM_SORT_REACH) && !isClauseEnd(sentence.tokens[k]); k -= 1) {
    const sort = SUM_SORTS.get(sentence.tokens[k].norm);
    if (sort !== undefined) return apart.has(sort);
  }
  return false;
}

/** Whether the question asks a sum by name ("the price", "the fee"; not "how many fines") or by "how much money". */
const sumNamed = (q: QuestionAnalysis): boolean => q.rule === 'how-much-money' || (q.intent !== 'how-many' && q.terms.some((t) => t.pos === 'NOUN' && MONEY_NOUNS.has(t.word.toLowerCase())));

/** A number alone, in digits or a word, perhaps hedged ("about 40", "eight"): no unit or currency with it. */
const bareNumber = (text: string): boolean => {
  const words = text.toLowerCase().split(' ');
  const last = words[words.length - 1];
  return words.length <= 2 && (BARE_DIGITS.test(last) || NUMBER_WORDS.has(last));
};
const BARE_DIGITS = /^\d[\d,.]*$/;

/** The acts that open and close a stay or a run, each with the acts of its other end. */
const OTHER_END: ReadonlyMap<string, readonly string[]> = (() => {
  const pairs = [['arrive', 'leave'], ['arrive', 'depart'], ['start', 'finish'], ['start', 'end'], ['begin', 'finish'], ['begin', 'end']];
  const ends = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    const [ta, tb] = [termOfWord(a), termOfWord(b)];
    ends.set(ta, [...(ends.get(ta) ?? []), tb]);
    ends.set(tb, [...(ends.get(tb) ?? []), ta]);
  }
  return ends;
})();

const NO_ENDS: readonly string[] = [];
/** Whether the sentence writes an act of the other end of the asked one ("arrived" for "leave"). */
const otherEndTold = (d: Candidate['m']['doc'], term: string): boolean => (OTHER_END.get(term) ?? NO_ENDS).some((o) => d.tf.has(o));

/** The words of change as terms, as a question's terms are written. */
const CHANGE_TERMS: ReadonlySet<string> = new Set([...CHANGE_WORDS].map((w) => termOfWord(w)));

/** Turnout as written: the noun or the verb it comes from ("half the voters turned out"). */
const TURNOUT_SAID = /\bturn(?:out|ed out|s out|ing out)\b/i;

/** A number of times ("37 times", "twice"). */
const TIMES_WORD = /\b(?:times|twice|once)\b/i;

/** "how many of the five judges", "how many of its 27 planes": a part asked of a counted whole. */
const PART_OF_COUNTED = /\bhow many of (?:the|its|their|his|her|[\p{L}'’-]+['’]s?) ([\p{L}\d,]+) /iu;
/** The first number of a value, in digits or a word. */
const FIRST_NUMBER = /(\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i;

/** Whether the value gives only the number the question counts the whole by. */
function wholeRepeated(question: string, value: string): boolean {
  const whole = PART_OF_COUNTED.exec(question)?.[1].toLowerCase();
  const number = FIRST_NUMBER.exec(value)?.[1].toLowerCase();
  return whole !== undefined && number !== undefined && whole === number && !/\bof\b/i.test(value);
}

/** Measures that are verbs: "how many people live in …", "… work at …". */
const MEASURING_VERBS: ReadonlySet<string> = new Set(['live', 'reside', 'work']);

/** A word opening on a capital, as a name's words do ("Ilse Marchetti", "“Grey Lantern”"). */
const NAME_WORD = /(?:^|[\s"“‘'(])\p{Lu}/u;

/**
 * "How much did the stall holder lose in bookings?" / "… cost the florist about 4,500 euros in
 * bookings": an amount the extractor ties to the question's own words (its verb or its counted
 * noun) answers, though the question calls one thing by a word the article never writes: people
 * ask in their own nouns ("stall holder", "kitty", "tag") for what the article words otherwise.
 */
const measuredFor = (ext: Candidate['ext']): boolean => ext !== null && ext.how.startsWith('quantity(') && ext.strength >= MEASURED_STRENGTH;

const MEASURED_STRENGTH = 0.8;

/**
 * "What did the coach say about the fans' criticism?" / "“We owe the fans better,” said coach Ada
 * Lind": words the article quotes from the asked speaker, on a word of the asked topic, answer
 * what they said, though the question names the rest of the topic (or the speaker's trade) in a
 * noun the article never writes: a speaker seldom uses the asker's words.
 */
const quotedOfAsked = (ext: Candidate['ext']): boolean => ext !== null && (ext.how === QUOTED || ext.how === DIRECTED) && ext.strength >= 1;

const QUOTED = 'quote';
// "What did the fire chief tell boat owners to do?" / "“We'd urge every boater to fit an alarm”":
// the act someone was urged to is as much the speaker's words, and names those urged in hers.

/**
 * "Why do walkers keep to the path in spring?" / "… because skylarks nest on the open ground",
 * "according to whom did the mill close?" / "… according to the union": a cause given outright, or
 * the source named for a claim, is an answer of the asked kind found surely, and a noun the question
 * adds beside the act, in a phrase of its own ("in batches", "rather than gels", "dogs and that"),
 * words the act the asker's way ("in groups of 20") more often than it names a thing the article
 * leaves out. Not a noun the act is done to or by ("why did the crew paint the lighthouse?" of a
 * sentence on the ferry), which names what the sentence must be about.
 */
function besideOutrightAnswer(q: QuestionAnalysis, ext: Candidate['ext'], noun: QuestionAnalysis['terms'][number]): boolean {
  if (ext === null || ext.strength < 1) return false;
  const kindFound = (q.intent === 'why' && OUTRIGHT_REASONS.has(ext.how)) || (q.intent === 'source' && ext.how.endsWith(SOURCE_NAMED));
  return kindFound && inPhraseBeside(q.tokens, noun.word);
}

const SOURCE_NAMED = ' source';

/**
 * "How did the joyriders get into the yard?" / "Two youths forced the yard gate with a crowbar",
 * "why did she skip her physio appts?" / "She cancelled her physio sessions because the bus was
 * withdrawn": a how or why question asks the manner or the reason of an act, and the one noun no
 * article word matches is most often the asker's own word ("joyriders", "appts") for whom or what
 * the sentence names otherwise. A sentence that gives an answer of the asked kind surely, and
 * matches the rest of the question well, tells that act (the veto still holds where it matches
 * little more than the act's verb).
 */
function askerWordForSubject(q: QuestionAnalysis, { m, ext }: Pick<Candidate, 'm' | 'ext'>): boolean {
  if ((q.intent !== 'how' && q.intent !== 'why') || ext === null || ext.strength < ASKER_WORD_STRENGTH) return false;
  return m.missing.length === 1 && m.coverage >= ASKER_WORD_COVERAGE;
}

/** An answer of the asked kind read surely (a cue for a cause or a means, the words right after the asked act). */
const ASKER_WORD_STRENGTH = 0.7;
/** The question's other words matched well: one matching little more than the noun's verb tells of something else. */
const ASKER_WORD_COVERAGE = 0.4;

/** Question types whose answer, for "the other ones", a sentence about the story's own one may give by mistake. */
const ASKS_OF_ANOTHER: ReadonlySet<string> = new Set(['when', 'who', 'what', 'which', 'how-much', 'why']);
/** Words telling of a thing besides the one a story is about ("two other farms", "similar schemes", "she also …"). */
const SECOND_THING: ReadonlySet<string> = new Set(['other', 'others', 'another', 'similar', 'else', 'more', 'further', 'neighbouring', 'also', 'alternative', 'second', 'rest', 'too']);

/** "the other two pools", "other towns": "other" before a noun (not "each other", "other than", "the other end"). */
function asksOfAnOther(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.norm !== 'other' || tokens[i - 1]?.norm === 'each') return false;
    let j = i + 1;
    while (tokens[j] !== undefined && (tokens[j].pos === 'NUM' || tokens[j].pos === 'ADJ')) j += 1;
    return tokens[j]?.pos === 'NOUN' && !PLACE_IN_PAIR.has(tokens[j].norm);
  });
}

/** "The other end", "the other side": one of a pair of ends or sides, not a second thing of a kind. */
const PLACE_IN_PAIR: ReadonlySet<string> = new Set(['end', 'side', 'half', 'way']);

/** Whether the word opens or ends a phrase after a preposition (not "of", which names the thing itself), "than", "and" or "or". */
function inPhraseBeside(tokens: readonly Token[], word: string): boolean {
  const at = tokens.findIndex((t) => t.text.toLowerCase() === word.toLowerCase());
  let j = at - 1;
  while (j >= 0 && NOUN_PHRASE_TAGS.has(tokens[j].pos)) j -= 1;
  if (at < 0 || j < 0) return false;
  return (tokens[j].pos === 'ADP' && tokens[j].norm !== 'of') || PHRASE_OPENERS.has(tokens[j].norm);
}

const PHRASE_OPENERS: ReadonlySet<string> = new Set(['than', 'and', 'or']);

/**
 * Evidence strong enough to overrule the model caps the confidence: this is the lowest of veto's
 * fixed caps (see lowestVeto; tests/confidence-shortcuts.test.ts keeps every cap at or above it).
 */
const VETO_CAP = 0.3;
/** Whether "how big/large is X?", X a thing, got a count tied to no word of the question. */
function untiedSizeValue(q: QuestionAnalysis, ext: Extraction | null): boolean {
  return ext !== null && ext.tied !== true && COUNT_FOUND.has(ext.how) && thingsSizeAsked(q);
}

/** What a count is found as ("number" is a bare one). */
const COUNT_FOUND: ReadonlySet<string> = new Set(['quantity(count)', 'number']);

/** Below this strength an extraction is weak, and veto caps the confidence just above it. */
const WEAK_EXTRACTION = 0.3;
const WEAK_VETO_MARGIN = 0.15;

function veto(kb: KnowledgeBase, q: QuestionAnalysis, { m, ext }: Candidate): number {
  let cap = 1;
  if (definitionNotVerbatim(q, { m, ext }) && !definesNearly(q, m)) cap = Math.min(cap, 0.3);
  // "What does Tessa Foods make?" is not answered by a sentence that only names the firm.
  if (q.rule === 'product' && ext?.how !== PRODUCT) cap = Math.min(cap, 0.3);
  // "What nationality is she?" is answered by a word of nationality, not by a sentence naming her.
  if (q.rule === 'nationality' && ext?.how !== NATIONALITY_WORD) cap = Math.min(cap, 0.3);
  // "What was her winning time?" is answered by a time taken to the second ("2:31:08", "41
  // minutes 12 seconds"), not by "more than six minutes" (a margin) nor "almost three years".
  if (q.rule === 'race-time' && ext !== null && NOT_A_RACE_TIME.test(asWritten(ext.text))) cap = Math.min(cap, 0.3);
  // "How long do otters live?" asks a life's length: a sentence that writes no living ("numbers
  // fell by half in 20 years") times something else.
  if (q.intent === 'how-long' && ASKS_LIFESPAN.test(q.text) && !LIFESPAN_TOLD.test(m.doc.sentence.text)) cap = Math.min(cap, 0.3);
  // "What was the name of the farmer who found it?" is answered by a name: not by a sentence that
  // gives none ("a farmer ploughing a field found …"), nor by a common noun ("the victim").
  if (q.rule === 'name-of' && (ext === null || !NAME_WORD.test(ext.text))) cap = Math.min(cap, 0.3);
  // "Who made the window?" is answered by someone: a sentence from which no person or body is read
  // ("a window donated by a former pupil") is a near miss, not an answer.
  if (q.rule === 'who' && ext === null) cap = Math.min(cap, 0.3);
  // "Which rival did it try to buy?" picks one of a kind: the words that merely follow the question's
  // in a sentence ("… pushed its price down") name none, and are seldom right.
  if (q.rule === 'which' && ext?.how === FOLLOWING_WORDS) cap = Math.min(cap, 0.4);
  // A thing the question asks about that the article never mentions, in any words ("the
  // population", "the runner-up"), is not in the article.
  // A unit ("degrees", "acres") is no thing: the article may give the value in another unit ("1.5C").
  if (!measuredFor(ext) && !quotedOfAsked(ext) && !passiveDoerOfAskedThing(q, { m, ext }) && !askerWordForSubject(q, { m, ext }) && m.missing.some((t) => t.pos === 'NOUN' && absent(kb, t.term) && !besideOutrightAnswer(q, ext, t) && !compoundOfArticleWord(kb, t.word) && !headOfCompoundIn(m.doc.sentence.tokens, t.word) && !clippedFrom(m.doc.sentence.tokens, t.word) && !UNITS.has(t.word.toLowerCase()))) cap = Math.min(cap, 0.4);
  // "Who came second?" is not answered by a sentence on the winner.
  if (m.missing.some((t) => PLACINGS.has(t.term))) cap = Math.min(cap, 0.4);
  // "Was the verdict unanimous?" asks whether the article says "unanimous": a yes or no needs the
  // asked property somewhere in the article, in its own or a related word.
  // ("let them go" asks nothing of its light verb.)
  // An adjective before its noun ("the weather service") names a thing rather than asking a property.
  // ("Is she stepping down?": the verb of a phrasal verb asks nothing its particle, read as "resign", does not.)
  if (q.intent === 'yes-no') {
    const asked = q.terms.filter((t) => ((t.pos === 'ADJ' && !attributive(q, t)) || t.pos === 'VERB') && !t.isCue && !LIGHT_VERBS.has(t.term) && !phrasalVerb(q, t));
    // "Was she thinking of running for mayor?" / "She was widely tipped to run for mayor": of two
    // asked acts, the one the sentence writes is told there; the other leads into it in other words.
    const unwritten = asked.filter((t) => absent(kb, t.term) && !opposedIn(kb, t.term));
    // (An act written only before a noun, "the stolen data", "cancelled trains", names a thing.)
    // ("Can you still cycle over it?" / "Cyclists are barred": the end of a state, told in the
    // clause, answers in whatever word the state is asked.)
    // ("Do riders have to wear a helmet?" / "Helmets are not compulsory": the duty told answers the act it binds.)
    if (unwritten.length > 0 && !(ext?.how === SAYS_OPPOSITE && asksStill(q.tokens)) && ext?.how !== DUTY_TOLD && !asked.some((t) => !unwritten.includes(t) && !attributive(q, t) && writtenAsAct(m.doc, t.term))) cap = Math.min(cap, 0.4);
    // "Does the bus run on Sundays?" is not answered yes by "runs four times a day": the asked day
    // must be the sentence's, as written: related words make any day "a day".
    if (q.terms.some((t) => WEEKDAY.test(t.word) && !m.doc.tf.has(t.term))) cap = Math.min(cap, 0.4);
  }
  // "What time does the market open on Saturdays?" is not answered by "opens from 8am on weekdays",
  // nor "when was the gate last hit before Monday?" by the time it was hit this time: a time asked
  // of a day of the week is that day's only where the sentence writes the day.
  if (q.intent === 'when' && q.terms.some((t) => WEEKDAY.test(t.word) && !m.doc.tf.has(t.term))) cap = Math.min(cap, 0.4);
  // "When will the other two branches reopen?" or "what other songs did she write?" asks beyond
  // the one the story tells of: a sentence with no word for a second thing ("another", "similar",
  // "also") gives the first one's time or name.
  if (ASKS_OF_ANOTHER.has(q.intent) && asksOfAnOther(q.tokens) && !m.doc.sentence.tokens.some((t) => SECOND_THING.has(t.norm))) cap = Math.min(cap, 0.4);
  // "What was Norrvik's profit?" is not answered by a sentence about its turnover (which word
  // vectors put near profit): the measured word must be there as written or as a related word.
  // In "the inflation rate" the noun before the measure says what is measured just as well (not so
  // the subject of a measuring verb: "people" in "how many people live …").
  const at = q.measure ? q.terms.findIndex((t) => t.word.toLowerCase() === q.measure) : -1;
  // (wink may tag the verb a noun: "how many people work at the OPS".)
  const modifier = at > 0 && q.terms[at].pos !== 'VERB' && !MEASURING_VERBS.has(q.measure!) && q.terms[at - 1].pos === 'NOUN' ? q.terms[at - 1] : undefined;
  // A temperature, a weight or a speed says what it measures by its unit ("42.6C").
  // ("What is the interest rate on the loan?" is not answered by "Sixty percent will come from a
  // loan": a percentage says it is some rate, not which one the noun before it names.)
  const byUnit = q.measure !== undefined && ext !== null && unitNamesMeasure(q.measure, ext.how) && (modifier === undefined || named(m.doc, modifier.term) || rateSaid(m.doc, modifier.term) || figureOfBefore(m.doc, modifier.term));
  if (at >= 0 && !byUnit && !(asksPopulation(q) ? dwellingSaid(m.doc, q) : named(m.doc, q.terms[at].term)) && !(modifier && named(m.doc, modifier.term))) cap = Math.min(cap, 0.4);
  // "What was the turnout in Norby?" is not answered by "in Norby only 39 percent voted yes": a
  // share of the votes is no share of the voters, which only turnout (or "turned out") tells.
  if (q.measure?.toLowerCase() === 'turnout' && !TURNOUT_SAID.test(m.doc.sentence.text)) cap = Math.min(cap, 0.4);
  // "How much oil was the ship carrying?" asks an amount of a stuff: a bare number ("broke in
  // two") or a number of times ("seized drugs 37 times") measures none.
  if (ext !== null && q.rule === 'how-much-of' && (ext.how === 'number' || TIMES_WORD.test(ext.text))) cap = Math.min(cap, 0.4);
  // "How many of the five judges dissented?" asks a part of a whole the question counts: the
  // whole's own number ("the five-judge panel") is no answer.
  if (ext !== null && q.intent === 'how-many' && wholeRepeated(q.text, ext.text)) cap = Math.min(cap, 0.4);
  // "How deep was the floodwater?": a distance is a depth only where the sentence says so ("deep",
  // "depth") or the distance measures the very thing asked about ("the 140-metre dam" for "how tall
  // is the dam"); "40 kilometres downstream" is no depth.
  // ("How high" is answered by an altitude, a climb or a rise in as many words: it is left out.)
  const dimension = q.rule === 'how-measure' ? q.terms.find((t) => DIMENSION_NOUNS.has(t.term)) : undefined;
  // ("How heavy is the ball?" / "pushed the 3.2-kilogram lead ball": a weight says by its unit that it is one.)
  const byOwnUnit = dimension !== undefined && ext !== null && selfNamedKinds(q)?.some((k) => ext.how === `quantity(${k})`) === true;
  if (dimension && !byOwnUnit && !toldByDirection(q, { m, ext }) && !measuredAcross(dimension.term, m.doc.sentence.text, ext) && !m.doc.tf.has(dimension.term) && ![...(DIMENSION_NOUNS.get(dimension.term) ?? []), ...(DIMENSION_SAID.get(dimension.term) ?? [])].some((n) => m.doc.tf.has(n)) && ext?.tied !== true) cap = Math.min(cap, 0.4);
  // "Who won the cup in 2017?" is not answered by a sentence dated otherwise ("won … on Sunday"),
  // unless 2017 is the article's own year, which its sentences leave unsaid.
  // ("How many dog teams were used in the 1999 rescue?" is not answered by today's search either,
  // when another sentence of the article tells of 1999.)
  if (m.missing.some((t) => YEAR.test(t.word) && t.word !== m.doc.article.meta.date?.slice(0, 4) && (datedOtherwise(m.doc.sentence.tokens) || yearToldElsewhere(m.doc, t.word)))) cap = Math.min(cap, 0.4);
  // "How many lambs were delivered in 2023?" is not answered by "delivered 412 lambs this spring",
  // though the sentence's neighbours lend it the question's words: an asked year is written in the
  // sentence or in the one just before it ("… last flooded in 1998. That flood ruined 40 looms"),
  // or the sentence tells of another time.
  if (q.terms.some((t) => YEAR.test(t.word) && t.word !== m.doc.article.meta.date?.slice(0, 4) && !yearWrittenAt(m.doc, t.word))) cap = Math.min(cap, 0.4);
  // "Who won the title last year?" is not answered by this year's winner: the sentence must say it
  // tells of the year before (in those words or with a year).
  if (LAST_PERIOD.test(q.text) && !EARLIER_PERIOD.test(m.doc.sentence.text)) cap = Math.min(cap, 0.4);
  // "What was the turnout in 2008?" is not answered by "Turnout was 67.2%, the highest since 2008":
  // a year the sentence gives only as the point a comparison starts from is not the value's.
  if (q.terms.some((t) => YEAR.test(t.word) && onlySince(m.doc.sentence.tokens, t.word)) && !/\bsince\b/i.test(q.text)) cap = Math.min(cap, 0.4);
  // "How much did she pay for the team in 2004?" is not answered by "Vell, who bought the team in
  // 2004, was fined 2 million pounds": the asked year is told in a clause of its own ("who …",
  // "since …") that leaves the value out.
  if (ext && AMOUNT_INTENTS.has(q.intent) && !/\bsince\b/i.test(q.text) && q.terms.some((t) => YEAR.test(t.word) && yearOnlyElsewhere(m.doc.sentence, t.word, ext.text))) cap = Math.min(cap, 0.4);
  // "How much did the shares fall?" asks a change: a sum the sentence gives with no word of change
  // ("moved its servers at a cost of 22 million marks") is some other amount.
  if (ext && q.rule === 'how-much-change' && !/^how much of\b/i.test(q.text) && !m.doc.sentence.tokens.some((t) => CHANGE_WORDS.has(t.lemma) || CHANGE_WORDS.has(t.norm))) cap = Math.min(cap, 0.4);
  // "How much grain did the country import?" is not answered by "it exported 2 million tonnes of
  // grain": an amount whose sentence tells only the opposite of the asked act is that act's.
  // So is a time of a change: "When did the bank last raise rates?" is not answered by "if the
  // bank cuts rates at its meeting on May 4". (Not of a state: "when will the zoo reopen?" is
  // answered by "will stay closed until Friday".) A gap is told by its end: "how long was the hall
  // shut?" by "it reopens for the first time in six years".
  if (ext && ext.how !== GAP_LENGTH && (AMOUNT_INTENTS.has(q.intent) || q.intent === 'when') && q.terms.some((t) => !t.isCue && !t.isName && (q.intent !== 'when' || CHANGE_TERMS.has(t.term)) && !named(m.doc, t.term) && [...oppositesOf(t.term)].some((o) => m.doc.tf.has(o)))) cap = Math.min(cap, 0.4);
  // "Who is the club's treasurer?" is not answered by "Zelphine Trugoe said the club had hired a
  // treasurer": a role the sentence writes only in what the named person says is left unfilled.
  if (ext !== null && ext.how === PERSON_NAME && (q.intent === 'definition' || q.intent === 'who') && roleOnlySaidBy(q, m.doc, ext.focus ?? ext.text)) cap = Math.min(cap, 0.4);
  // "What time did the crews leave?" is not answered by "the crews arrived at 2.41am": a time of one
  // end of a stay or a run (arriving, starting) is not the time of the other (leaving, finishing).
  if (ext && q.intent === 'when' && q.terms.some((t) => !t.isCue && !named(m.doc, t.term) && otherEndTold(m.doc, t.term))) cap = Math.min(cap, 0.4);
  // "When was the depot built?" is not answered by "the last trams left it in 2009", nor "when did
  // they buy the yacht?" by "were woken at 3am": a time of making, finishing or buying a thing is
  // that act's only where the sentence writes the act, in its own word or a like one ("constructed",
  // "opened", "completed", "bought"). (A year set before the asked noun, "the 1905 mill", tells its making.)
  if (ext !== null && q.intent === 'when' && ext.how !== ORIGIN_AGE && makingActUnwritten(q, m.doc.sentence.tokens, ext.text)) cap = Math.min(cap, 0.4);
  // "Who bought the mill?" is not answered by "the mill was sold last spring" nor by the maker named
  // beside the thing sold: a buyer is named only where the sentence tells a purchase, or a sale "to" someone.
  if (ext !== null && (q.intent === 'who' || q.intent === 'which') && asksBuyer(q.tokens) && !tellsPurchase(m.doc.sentence.tokens)) cap = Math.min(cap, 0.4);
  // "How much is the medal worth?" is not answered by "a £200 bursary" or "£9,000 of repairs": a sum
  // set before another noun is that thing's, where the sentence tells no worth, value or price.
  if (ext !== null && q.intent === 'how-much' && WORTH_ASKED.test(q.text) && sumOfOtherNoun(q, m.doc, ext.text)) cap = Math.min(cap, 0.4);
  // "What's the price of a family ticket?" asks a sum: a bare number ("eight", "15") with no
  // currency is a count or a label the sentence gives of something else, not a price.
  if (ext !== null && ext.how === 'number' && sumNamed(q) && bareNumber(ext.text)) cap = Math.min(cap, 0.4);
  // "What's the helpline number?" asks a telephone number, digits to dial ("101", "0800 555 0199"):
  // a count or a length the sentence gives ("57 calls", "seven days a week") is none.
  if (PHONE_ASKED.test(q.text) && !(ext !== null && PHONE_WRITTEN.test(ext.text) && !COUNTED_DIGITS.test(ext.text))) cap = Math.min(cap, 0.4);
  // An extractor that found its value in the wrong clause, or for another entity, vetoes it.
  // (A place set after the asked act is its place, though the extractor tied it loosely: see placedAfterAskedAct;
  // so is a value a follow-up asks again of the last answer's sentence: see retoldInLastSource.)
  if (ext && ext.strength < WEAK_EXTRACTION && !placedAfterAskedAct(q, m.doc, ext) && !retoldInLastSource(q, { m, ext })) cap = Math.min(cap, ext.strength + WEAK_VETO_MARGIN);
  // "How big is the marquee?" is not answered by "the 400 guests" the sentence ties to no word of
  // the question: a count gives the size of a thing (not of a squad or a crowd) only through its tie.
  if (untiedSizeValue(q, ext)) cap = Math.min(cap, 0.4);
  // "How much does a doctor earn?" is not answered by what a nurse earns.
  if ((q.intent === 'how-much' || q.intent === 'how-many') && otherPersonActs(q, m)) cap = Math.min(cap, 0.4);
  // "How many of the pickers are students?" is not answered by "the farm hires 60 pickers each
  // summer, including students and retired teachers", nor "how much goes on fuel?" by "costs £9,000
  // a year, mostly for fuel and insurance": a word of the question that the sentence writes only in
  // a list closing it names a part of the whole the value is told of, and that part is uncounted.
  if (ext !== null && AMOUNT_INTENTS.has(q.intent) && narrowedOnlyInList(q, m.doc, ext.text)) cap = Math.min(cap, 0.4);
  // "How many stops does Line 1 have?" is not answered about Line 2.
  if (otherNumbered(q.text, m.doc.sentence.text)) cap = Math.min(cap, 0.4);
  // "How old is Jonas Brell?" is not answered by "Marta Brell, 47, said …": the age written after a
  // full name that shares the surname and not the given name is a relative's.
  if (ext !== null && q.intent === 'how-old' && relativesAge(q.text, m.doc.sentence.text, ext.text)) cap = Math.min(cap, 0.4);
  // "How old is Dr Vantress?" is not answered by "… yews more than 600 years old": news writes a
  // person's age after the name ("Vantress, 52,") or as "the 52-year-old"; "N years old" in a sentence
  // that leaves the asked person out is the age of a thing the sentence tells of. (Not of a speaker
  // quoted in the first person: "since I was nine years old".)
  if (ext !== null && q.intent === 'how-old' && YEARS_OLD.test(ext.text) && !SPEAKER_BEFORE.test(m.doc.sentence.text.slice(0, Math.max(0, m.doc.sentence.text.indexOf(ext.text)))) && q.terms.some((t) => (t.isName || isPersonNoun(t.word.toLowerCase())) && !m.doc.tf.has(t.term))) cap = Math.min(cap, 0.4);
  // "Who won gold in the relay?" is not answered by "Vell, who won silver in the relay in 2021":
  // a medal of another colour is another placing.
  if (otherMedal(q.tokens, m.doc.sentence.tokens)) cap = Math.min(cap, 0.4);
  // "Who coaches the Selvar team?" is not answered by "Dravonia coach Henrik Saal".
  if (aboutAnotherName(kb, q, m.doc)) cap = Math.min(cap, 0.4);
  // "Which is the country's busiest port?" is not answered by "the country's second-busiest port".
  if (rankedBelow(q, m.doc.sentence.tokens)) cap = Math.min(cap, 0.4);
  // "What time does the last train leave?" is not answered by when the first train left, nor "who
  // was the first woman to win?" by the third woman to.
  if (otherOrdinal(q.tokens, m.doc.sentence.tokens)) cap = Math.min(cap, 0.4);
  // "Which three towns were cut off?" asks for three names: one name ("Velby"), or a sentence that
  // only repeats the count ("three towns were cut off"), leaves the others unsaid.
  if (SEVERAL_NAMES.test(q.text) && !(ext !== null && LIST.test(ext.text))) cap = Math.min(cap, 0.4);
  // "How much did the new roof cost?" is not answered by "the repairs cost 2 million euros,
  // including a new roof and fresh paint": a sum told for a whole of which the asked thing is one
  // listed part is the whole's; so is one "the rest" of which came from the asked giver.
  if (ext !== null && q.intent === 'how-much' && (partOfListedWhole(q, m.doc, ext.text) || givenTogether(q, m.doc, ext.text))) cap = Math.min(cap, 0.4);
  // "Who is the chief executive of Norrfield?" or "who will replace her as coach?" asks for a
  // person holding an office: the name of a body ("Norrfield Group") holds none.
  if (q.intent === 'who' && ext?.how === ORGANISATION_NAME && asksOfficeHolder(q.tokens)) cap = Math.min(cap, 0.4);
  // "Who was the mill owner that paid for the library?" names the kind of person it asks for and
  // says which one: only a person's name answers, not the body or place the sentence names ("the
  // Brellow Library"), nor the kind said back ("a local mill owner") or a clause.
  if (asksWhichPerson(q) && (ext === null || !NAME_WORD.test(ext.text) || PLACE_OR_BODY.has(ext.how))) cap = Math.min(cap, 0.3);
  // "Who was driving the van that got stopped?" / "An examiner stopped a van that had passed its
  // test": the clause saying which van is there, but a sentence that tells no driving (nor a driver)
  // names no one who drove it.
  if (q.intent === 'who' && ext !== null && !tellsActOnWhichOne(q, m.doc)) cap = Math.min(cap, 0.4);
  // "Which hospital was she taken to?" asks which one by its name: "taken to hospital on Monday"
  // or "the original hospital" names the kind back, and "Officials said …" opens on a capital only
  // as a sentence does.
  if (ext !== null && whichNamedKind(q.tokens) && !namesOne(m.doc.sentence.text, ext.text)) cap = Math.min(cap, 0.4);
  // "What brand of kettle does she sell?" asks a trade name: "electric kettles" or "two vans" names
  // the kind back or another thing, and no brand.
  if (BRAND_ASKED.test(q.text) && (ext === null || !namesOne(m.doc.sentence.text, ext.text))) cap = Math.min(cap, 0.4);
  // "Which firm built the wall?" or "what's the name of the new warden?" is not answered by a
  // sentence that writes the asked kind only as one it leaves unnamed ("paid by a local firm", "will
  // appoint a new warden"): news names a thing it brings in that way beside it, or not at all.
  if ((q.intent === 'which' || q.rule === 'name-of') && kindOnlyUnnamed(q, m.doc, ext?.text)) cap = Math.min(cap, 0.4);
  // "What was the name of the man jailed?" asks a person's name: a name the sentence gives of no
  // person (an estate, a song, a body or a place), one written before a noun it names a thing of
  // ("played for the Brellow Rovers team"), or a common noun ("The council") names someone else, or no one.
  if (q.rule === 'name-of' && ext !== null && personNameAsked(q) && (NOT_A_PERSON.has(ext.how) || commonNounOnly(ext.text) || nameBeforeNoun(m.doc.sentence, ext.text))) cap = Math.min(cap, 0.4);
  // "Which charities will share the money?" asks which ones: "two local charities" counts them and
  // names none.
  if (ext !== null && q.intent === 'which' && COUNT_ONLY.test(ext.text)) cap = Math.min(cap, 0.4);
  // … and so does "seven other counties" where the answer is a name the sentence gives before
  // them ("Holm will meet teams from seven other counties"): the asked ones are counted, never named.
  if (ext !== null && q.intent === 'which' && countedUnnamedAfter(q, m.doc, ext.focus ?? ext.text)) cap = Math.min(cap, 0.4);
  // "Was it hotter anywhere else in the country?" asks past the place the story tells of: a sentence
  // on that place alone ("the capital reached 41C") is no answer; one on other places says so.
  if (ELSE_ASKED.test(q.text) && !ELSE_TOLD.test(m.doc.sentence.text)) cap = Math.min(cap, 0.4);
  // "Who else was on the bench?" or "who was the other judge?" asks past the one the story names:
  // a sentence naming only that one ("Judge Ada Lind chaired the bench") is no answer; one that
  // names others says so ("also", "other", "alongside her").
  if (OTHER_PERSON_ASKED.test(q.text) && !OTHER_PERSON_TOLD.test(m.doc.sentence.text)) cap = Math.min(cap, 0.4);
  // "Which band is playing?" or "who owns the shop?" is not answered by "Fore Street": a street's
  // name is an address, neither a band, a firm nor a person, unless the question asks for a street.
  if (ext !== null && (DOER_NAMES.has(ext.how) || q.intent === 'which' || (q.intent === 'what' && q.focus !== undefined)) && !streetAsked(q) && STREET_NAME.test(ext.text)) cap = Math.min(cap, 0.4);
  // "When was the town hall built?" is not answered by "The clock was built in 1872": the sentence
  // tells the asked act of another thing, which it names where the question names its own.
  if (ext !== null && (q.intent === 'when' || AMOUNT_INTENTS.has(q.intent)) && passiveOfOther(q, m.doc)) cap = Math.min(cap, 0.4);
  // "What dish was served at the dinner?" or "what medal did she get?" asks for a thing of the kind
  // it names: a phrase opened by a preposition ("on the third night", "for bravery") says when,
  // where or why, and one in a sentence that never names the kind is no thing of it.
  if (ext !== null && q.intent === 'what' && circumstanceForUnnamedKind(q, m.doc, ext.text)) cap = Math.min(cap, 0.4);
  // "When will the museum reopen?" is not answered by "two days after" alone: the sentence gives a
  // span from some other event ("… just two days after a storm hit"), which the answer cuts off.
  if (ext !== null && q.intent === 'when' && SPAN_AFTER_ONLY.test(ext.text)) cap = Math.min(cap, 0.4);
  // "Which company runs the bus?" or "what opening was played?" asks for a thing: a day of the week
  // ("Sundays", "on Saturday evening") names when, not what, unless the question asks a day.
  if (ext !== null && asksThing(q) && DAY_ANSWER.test(asWritten(ext.text)) && !DAY_ASKED.test(q.text)) cap = Math.min(cap, 0.4);
  // "What will the fee be for pensioners?" or "what was taken from the shop?" is not answered by
  // "from 2027" or "on 9 May" alone: a date says when, unless the question places its thing in time
  // ("the old fee", "the first winner"), for which the date says which one.
  if (ext !== null && q.intent === 'what' && DATE_ONLY.test(asWritten(ext.text)) && !DAY_ASKED.test(q.text) && !TIME_PLACED.test(q.text)) cap = Math.min(cap, 0.4);
  // "Which firm does she run?" is not answered by "Lissett resident Ana Lind, who runs a
  // bakery", nor "which fund paid?" by "Lissett's lido reopened after …": a place's name written
  // before another noun, or as its owner, says where that thing is or whose it is; it names no
  // thing of the asked kind.
  if (ext !== null && (q.intent === 'which' || q.rule === 'name-of') && PLACE_NAMES.has(ext.how) && placeModifiesOther(q, m.doc, ext.text)) cap = Math.min(cap, 0.4);
  // "What is the lake's capacity in cubic metres?" is not answered by "18%", nor "how big is the
  // painting?" by "40 kilometres north of the town": each gives another kind of value than the one
  // the question asks for.
  if (ext !== null && otherKindOfValue(q, ext)) cap = Math.min(cap, 0.4);
  // "Which club does Ana Vell play for?" is not answered by "Tom Ries and Ana Vell", nor "who won
  // the brass band title?" by "Colby Youth Brass Band": a name holding a name the question gives
  // names the asked one back, or another that bears it, not what is asked of it.
  if (ext !== null && NAME_QUESTIONS.has(q.intent) && NAME_ANSWERS.has(ext.how) && holdsAskedName(q, ext.text)) cap = Math.min(cap, 0.4);
  // "How much did the firm save by shutting the depot?" asks an amount: a count of things the
  // sentence gives ("four depots", "about 30 people a week") answers how many, unless the question
  // asks how much something changed ("how much has the village grown?") or names a stuff after
  // "how much" ("how much fluid did she drink?"), of which a count may be told.
  if (ext?.how === 'quantity(count)' && q.rule === 'how-much' && !q.terms.some((t) => CHANGE_TERMS.has(t.term)) && verbAfterHowMuch(q.tokens)) cap = Math.min(cap, 0.4);
  // "How much is a family ticket?" is not answered by "adult tickets cost 18 euros", nor "the rent
  // on a one-bedroom flat" by that on a two-bedroom one: the sentence names another sort of the
  // asked thing, and never the asked sort.
  if (ext?.how === 'quantity(money)' && otherSortNamed(q.tokens, m.doc.sentence.tokens)) cap = Math.min(cap, 0.4);
  // "How much is the rent for one of the cottages?" is not answered by "rents run from £90 for a
  // studio flat to £140 for a family house": a sum the sentence sets "for" things of its own, never
  // the asked one, prices those.
  if (ext?.how === 'quantity(money)' && pricedForOther(q.text, m.doc.sentence, ext.text)) cap = Math.min(cap, 0.4);
  // "How much has the price of barley risen?" is not answered by "the price of bread has gone up
  // 22 percent", nor "how far did the krona fall against the euro?" by its fall against the dollar.
  if (ext !== null && AMOUNT_INTENTS.has(q.intent) && otherOfNamed(q.tokens, m.doc.sentence.tokens)) cap = Math.min(cap, 0.4);
  // "How much does a licence cost?" is not answered by "can be fined up to £400", nor "how much did
  // the council give?" by "cameras costing £6,000": the words right before a sum say what sort of
  // sum it is, and a price, a fine, a loss and a gift answer only their own question.
  if (ext?.how === 'quantity(money)' && otherSortOfSum(q.text, m.doc.sentence, ext.text)) cap = Math.min(cap, 0.4);
  // "How much does a pilot earn?" asks what someone is paid by the year, month or hour: a sum told
  // without such a period or a word of pay ("the strike cost 95 million", "net earnings of 610
  // million") is no one's pay.
  if (ext !== null && ext.how === 'quantity(money)' && PAY_ASKED.test(q.text) && !PAST_ASKED.test(q.text) && !paidByPeriod(m.doc.sentence.text, ext.text)) cap = Math.min(cap, 0.4);
  // "How much is a ticket for the fair?" or "how much does a jar of the honey cost?" asks the price
  // of a thing: a sum the sentence gives with no word for that thing ("the fair raised 40,000
  // euros for charity", "a 250-gram pot sells for 6 euros") is the price of something else.
  if (ext !== null && ext.how === 'quantity(money)' && !pricedThingNamed(kb, q, m.doc) && !rateEchoed(q, m.doc.sentence, ext.text)) cap = Math.min(cap, 0.4);
  // "What year did she win her first race?" is not answered by "in January", nor "on what date was
  // it found?" by "on Friday": a month or a day of the week leaves the asked year or date unsaid.
  if (ext !== null && q.intent === 'when' && calendarUnitUnsaid(q.text, ext.text)) cap = Math.min(cap, 0.4);
  // "How many bins are there now?" asks what stands today: a figure the sentence gives only as a
  // plan or a promise ("two bins will be fitted by June", "has pledged to cut 40 percent") tells
  // what is to come, unless the sentence says what holds now as well ("currently", "so far").
  // (Not a question that asks of a plan itself: "how much will they pay now?", "how much have donors pledged so far?".)
  if (ext !== null && AMOUNT_INTENTS.has(q.intent) && STATE_ASKED.test(q.text) && !STATE_TOLD.test(m.doc.sentence.text) && !q.tokens.some(isPlanning) && plannedValue(m.doc.sentence, ext.text)) cap = Math.min(cap, 0.4);
  // "What is the average wait?" or "how many visitors come in a typical week?" asks what holds over
  // many: a figure the sentence does not tell as an average ("averaged", "typical", "usually") is
  // one case's ("the longest wait was nine hours").
  if (ext !== null && AVERAGE_ASKED.test(q.text) && !AVERAGE_TOLD.test(m.doc.sentence.text)) cap = Math.min(cap, 0.4);
  // "How many loaves did the bakery sell in total?" asks a sum over every case: a figure told of one
  // case ("900 loaves a day", "20 minutes at a time") or as an average ("an average of 12 tonnes") is
  // no total.
  if (ext !== null && TOTAL_ASKED.test(q.text) && toldPerCase(m.doc.sentence.text, ext.text)) cap = Math.min(cap, 0.4);
  // "How many otters live in the whole county?" or "how much has trade fallen nationally?" asks a
  // figure over a wide area: a sentence with no word of such a scope ("across the county",
  // "national", "worldwide") gives the figure of one place ("on the estate", "the hospital").
  if (ext !== null && AMOUNT_INTENTS.has(q.intent) && WIDE_SCOPE_ASKED.test(q.text) && !WIDE_SCOPE_TOLD.test(m.doc.sentence.text)) cap = Math.min(cap, 0.4);
  // "How much did the bakery give on its own?" or "how many came from the north alone?" asks one
  // part of a sum: a sentence that gives the sum for a list the asked one is in ("£9,000 from the
  // council and the bakery"), only in part through it ("partly through a bake sale"), or not at all
  // ("escaped with £3,000" for "from the till alone"), gives the whole.
  if (ext !== null && AMOUNT_INTENTS.has(q.intent) && !partToldAlone(q, m.doc)) cap = Math.min(cap, 0.4);
  // "How much did the first camera cost?" or "how much did the economy grow in the first quarter?"
  // picks one of a series out: a sentence that never says which is first ("four more cameras at a
  // cost of £1,800", "grew 0.3% in the April-to-June quarter") gives the amount of another or of
  // the whole series.
  // (Not how long: "the first findings" are findings at all, whose wait any sentence on them tells.)
  if (ext !== null && (q.intent === 'how-many' || q.intent === 'how-much') && firstAskedUnsaid(q.tokens, m.doc.sentence.tokens)) cap = Math.min(cap, 0.4);
  // "How many of the passengers were children?" asks a part of a whole: a count the sentence tells
  // as no part of one ("travelling with her two children", "214 warblers were tagged") counts the
  // whole or some other thing, where a part is told as one ("nine of the injured", "of the 40 cars,
  // 12 …", "17 of them").
  // (A count whose clause tells the asked act counts the part that did it: "how many of the
  // teachers marched?" / "about 400 teachers joined a march".)
  if (ext !== null && q.intent === 'how-many' && PART_ASKED.test(q.text) && !partTold(m.doc.sentence.text, ext.text) && !actInClause(q, m.doc, ext.text)) cap = Math.min(cap, 0.4);
  // "How long is the canal?" is not answered by "… along a 12-kilometre stretch of the canal": a
  // measure written before a noun of its own, and "of" the asked thing, measures a part of it.
  if (ext !== null && SIZE_RULES.has(q.rule) && measuresPartOf(q, m.doc, ext.text)) cap = Math.min(cap, 0.4);
  return cap;
}

const FINISHING: ReadonlySet<string> = new Set(['finish', 'complete', 'end', 'open', 'ready', 'done']);
/** The acts of making, finishing or buying a thing, each with the words a sentence may tell it by. */
const MAKING_ACTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['build', new Set(['build', 'construct', 'erect', 'open', 'complete', 'finish'])],
  ['finish', FINISHING],
  ['complete', FINISHING],
  ['buy', new Set(['buy', 'purchase', 'acquire'])],
]);
/** Nouns of those acts ("construction began in 1961"); not "building", which names a thing as often. */
const MAKING_NOUNS: ReadonlySet<string> = new Set(['construction', 'completion', 'purchase', 'acquisition']);
/** A time written as the end of a span ("from 9am to 4pm", "until June") tells when it finishes. */
const SPAN_END = /\b(?:to|until|till)\b/i;

/** Whether the question asks the time of making, finishing or buying a thing that the sentence never writes. */
function makingActUnwritten(q: QuestionAnalysis, sentence: readonly Token[], answer: string): boolean {
  // ("When does building work start?": a verb's -ing form before a noun names a kind of thing.)
  const asked = q.tokens.find((t, i) => t.pos === 'VERB' && MAKING_ACTS.has(t.lemma) && !(t.norm.endsWith('ing') && q.tokens[i + 1]?.pos === 'NOUN'));
  if (asked === undefined) return false;
  const said = MAKING_ACTS.get(asked.lemma)!;
  if (said === FINISHING && SPAN_END.test(answer)) return false;
  return !sentence.some((t) => (t.pos !== 'NOUN' && said.has(t.lemma)) || MAKING_NOUNS.has(t.norm));
}

const WORTH_ASKED = /\bworth\b/i;
/** Words by which a sentence tells what a thing is worth. */
const WORTH_TOLD: ReadonlySet<string> = new Set(['worth', 'value', 'valuation', 'fetch', 'sell', 'price', 'cost']);

/** Whether the sum stands right before a noun the question does not ask about ("a £50 reward", "£9,000 of repairs") in a sentence telling no worth. */
function sumOfOtherNoun(q: QuestionAnalysis, d: Candidate['m']['doc'], value: string): boolean {
  const tokens = d.sentence.tokens;
  if (tokens.some((t) => WORTH_TOLD.has(t.lemma) || WORTH_TOLD.has(t.norm))) return false;
  const span = tokensOfText(d.sentence, asWritten(value));
  if (!span) return false;
  const next = tokens[span.last + 1]?.norm === 'of' ? span.last + 2 : span.last + 1;
  const term = d.terms[next];
  return tokens[next]?.pos === 'NOUN' && term !== null && term !== undefined && !q.terms.some((t) => t.term === term);
}

/** The words by which a sentence tells that someone bought a thing. */
const PURCHASE_WORDS: ReadonlySet<string> = new Set(['buy', 'purchase', 'acquire', 'buyer', 'purchaser', 'acquisition']);
/** How far after "sold" its "to" may come: "sold the barn to", "sold it last year to". */
const SOLD_TO_REACH = 5;

/** Whether the question asks who bought something ("who bought it off her?" asks the seller). */
function asksBuyer(question: readonly Token[]): boolean {
  const at = question.findIndex((t) => t.pos === 'VERB' && PURCHASE_WORDS.has(t.lemma));
  return at >= 0 && !question.slice(at + 1).some((t) => t.norm === 'off' || t.norm === 'from');
}

/** Whether the sentence tells a purchase ("bought", "the buyer", "paid £2m for") or a sale to someone ("sold it to"). */
function tellsPurchase(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => PURCHASE_WORDS.has(t.lemma) || t.lemma === 'pay' || (t.lemma === 'sell' && soldTo(tokens, i)));
}

function soldTo(tokens: readonly Token[], sell: number): boolean {
  for (let k = sell + 1; k < Math.min(tokens.length, sell + 1 + SOLD_TO_REACH) && !isClauseEnd(tokens[k]); k += 1) {
    if (tokens[k].norm === 'to') return true;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].pos === 'CCONJ') return false;
  }
  return false;
}

const NAME_QUESTIONS: ReadonlySet<string> = new Set(['who', 'which', 'where']);
/** A wide area asked over: "in the whole country", "worldwide", "nationally", "across the county". */
const WIDE_SCOPE_ASKED = /\b(?:whole (?:country|county|world|region|nation|state|island)|worldwide|around the world|across the (?:country|world|county|region|nation)|nation(?:wide|ally)|countrywide)\b/i;
/** Words by which a sentence tells a figure over a wide area rather than one place's. */
const WIDE_SCOPE_TOLD = /\b(?:world(?:wide)?|global(?:ly)?|nation(?:al|ally|wide)?|country(?:wide)?|county|region(?:al|ally)?|across|whole|entire|all)\b/i;
const NAME_ANSWERS: ReadonlySet<string> = new Set([PERSON_NAME, ORGANISATION_NAME, 'name(place)', 'name(other)', 'place name', 'subject of verb']);
const ANSWER_WORD = /[\p{L}\d'’-]+/gu;

/**
 * Whether the answer writes every word of a name the question gives (its run of name words: "Emi
 * Kurosaki") past its own first word. Not one word alone: "Ana Brell" may well have founded Brell
 * Foods; nor a name the answer opens with, which may be the asked one's full name ("Who makes the
 * Corvo?" / "Corvo Motors AG").
 */
function holdsAskedName(q: QuestionAnalysis, answer: string): boolean {
  if (!q.terms.some((t) => t.isName)) return false;
  const written = new Set<string>();
  let first: string | undefined;
  for (const [w] of answer.matchAll(ANSWER_WORD)) {
    const term = termOfWord(w.toLowerCase());
    first ??= term;
    written.add(term);
  }
  let whole = false;
  for (let i = 0; i < q.terms.length; i += 1) {
    const t = q.terms[i];
    if (!t.isName) continue;
    // A run opens where the word before is no name's, and holds while each word is written.
    if (i === 0 || !q.terms[i - 1].isName) whole = t.term !== first;
    whole &&= written.has(t.term);
    if (whole && (i + 1 === q.terms.length || !q.terms[i + 1].isName)) return true;
  }
  return false;
}

/**
 * Whether the value is of another kind than the question asks: a share for a measure in a unit
 * ("in cubic metres", "in miles"), or a place's distance from another ("30 kilometres north of
 * Tarn", "5 miles from the coast") for a size ("how big", "how long is the bridge"). (A day for
 * "what time" is weighed where times are read: "late on Sunday" tells the time of day too.)
 */
function otherKindOfValue(q: QuestionAnalysis, ext: Extraction): boolean {
  if (q.rule === 'how-much' && PRICE_OF_THING.test(q.text) && ext.how !== 'quantity(money)') return true;
  if (ext.how === 'quantity(percent)') return UNIT_ASKED.test(q.text);
  return ext.how === 'quantity(distance)' && SIZE_RULES.has(q.rule) && q.intent !== 'how-far' && !FAR_ASKED.test(q.text) && DISTANCE_BETWEEN.test(ext.text);
}

/** A question closing on the unit its value is asked in: "… in cubic metres?", "…, in feet?". */
/**
 * "How much is a day pass?", "how much are tickets for the fete?": a price asked of a thing, which
 * only a sum answers ("a third of the places", "12 per group" or "300 metres" price nothing).
 */
const PRICE_OF_THING = /^how much (?:is|are|was|were) (?:an?|tickets?)\b|\b(?:tickets?|fares?|fees?|prices?|admission|costs?)\b/i;
const UNIT_ASKED = /\bin (?:cubic |square )?(?:metres|meters|feet|miles|kilometres|kilometers|yards|inches|litres|liters|gallons|tonnes|tons|kilograms|kilos|pounds|acres|hectares|dollars|euros)\s*\??$/i;
const SIZE_RULES: ReadonlySet<string> = new Set(['how-measure', 'how-long-size']);
const FAR_ASKED = /\bhow (?:far|close|near)\b/i;
/** A distance that places one thing from another: "north of the capital", "from the coast", "away". */
const DISTANCE_BETWEEN = /\b(?:(?:north|south|east|west)(?:-?(?:east|west))? of|from|away|offshore|inland|upstream|downstream)\b/i;

/** Asked of a past sum ("how much money did the trade earn?"), which is no standing pay. */
const PAST_ASKED = /^(?:how much|what)(?: [\w'’-]+){0,3}? (?:did|was|were|had)\b/i;
/** A period a sum of pay is told by ("a year", "per month", "an hour"), right after the sum or its conversion. */
const PAY_PERIOD = /^\)?(?:\s*\([^)]*\))?\s*(?:a|an|per|each|every) (?:year|month|week|day|hour|annum)\b/i;
const PERIOD_IN_VALUE = /\b(?:a|an|per|each|every) (?:year|month|week|day|hour|annum)$/i;
const PAY_WORD = /\b(?:salary|salaries|wage|wages|paid|annual|yearly|monthly|weekly|hourly)\b/i;

/** Whether the sentence tells the sum as someone's pay: by a period after it, or by a word of pay. */
function paidByPeriod(sentence: string, value: string): boolean {
  const at = sentence.indexOf(value);
  if (PERIOD_IN_VALUE.test(value) || (at >= 0 && PAY_PERIOD.test(sentence.slice(at + value.length)))) return true;
  return PAY_WORD.test(sentence);
}

/**
 * Whether the question asks a year or a date that the time found does not give. (A month or a day
 * whose date the article's dateline settles, "October 5 (2024-10-05)", "on Sunday (2025-04-13)",
 * does give it.)
 */
function calendarUnitUnsaid(question: string, answer: string): boolean {
  if (YEAR_ASKED.test(question)) return !YEAR_GIVEN.test(answer);
  // "What time does the fair open?" asks the hour: "on Sunday evening" leaves it unsaid, though
  // the dateline settles its date.
  if (HOUR_ASKED.test(question)) return DAY_ANSWER.test(asWritten(answer));
  return DATE_ASKED.test(question) && DAY_ANSWER.test(answer);
}

/** "What year …", "in which year …". */
const YEAR_ASKED = /\b(?:what|which) year\b/i;
/** A year in digits, or one told by its relation to another ("last year", "the year before"). */
const YEAR_GIVEN = /\b\d{4}\b|\byears?\b/i;
/** A question on a figure that holds over many cases: "the average wait", "a typical week". */
const AVERAGE_ASKED = /\b(?:average|typical|median)\b/i;
/** Words by which a sentence tells a figure as one over many cases. */
const AVERAGE_TOLD = /\b(?:averag\w*|typical\w*|mean|median|usual(?:ly)?|normal(?:ly)?|generally|per|each|every)\b/i;

/** An age written out after its figure: "more than 600 years old", "about four weeks old". */
const YEARS_OLD = /\b(?:years?|months?|weeks?) old$/i;
/** A speaker telling of their own age, in the words before it: "since I was …", "when we were …". */
const SPEAKER_BEFORE = /\b(?:I|[Ww]e)\b/;

/** A question on a sum over every case: "in total", "altogether". */
const TOTAL_ASKED = /\b(?:in total|altogether|all together|all told)\b/i;
/** A figure told of one case by a period or a unit it ends on: "900 loaves a day". */
const PER_CASE_IN_VALUE = /\b(?:a|an|per|each|every) (?:year|month|week|day|hour|minute|night|season|term|game|match|shift)$|^(?:an )?average\b/i;
/** The same right after the figure, or its conversion: "… a day", "… at a time", "… each". */
const PER_CASE_AFTER = /^\)?(?:\s*\([^)]*\))?\s*(?:(?:a|an|per|each|every) (?:year|month|week|day|hour|minute|night|season|term|game|match|shift)\b|at a time\b|each\b)/i;
/** An average just before the figure: "an average of 27 tonnes", "averaging 40". */
const AVERAGE_BEFORE = /\baverag\w*(?: \w+){0,2}\s*$/i;

/** Whether the sentence tells the figure of one case, or as an average. */
function toldPerCase(sentence: string, value: string): boolean {
  const at = sentence.indexOf(value);
  if (PER_CASE_IN_VALUE.test(value)) return true;
  return at >= 0 && (PER_CASE_AFTER.test(sentence.slice(at + value.length)) || AVERAGE_BEFORE.test(sentence.slice(0, at)));
}

/** A sentence that says what holds today, whatever it plans besides. */
const STATE_TOLD = /\b(?:now|currently|at the moment|at present|so far|to date|already|still|today)\b/i;
/** Words that make a clause a plan or a promise: "will", "would", "pledged to", "plans to". */
const PLANNING: ReadonlySet<string> = new Set(['will', 'would', 'shall', "'ll", 'plan', 'pledge', 'promise', 'intend', 'aim']);

/** Whether the value's clause (between the commas around it) tells it as a plan: "two bins would be fitted by June". */
function plannedValue(sentence: Candidate['m']['doc']['sentence'], value: string): boolean {
  const span = tokensOfText(sentence, value);
  if (!span) return false;
  const { tokens } = sentence;
  let from = span.first;
  while (from > 0 && !isClauseEnd(tokens[from - 1])) from -= 1;
  let to = span.last;
  while (to + 1 < tokens.length && !isClauseEnd(tokens[to + 1])) to += 1;
  for (let k = from; k <= to; k += 1) if (isPlanning(tokens[k])) return true;
  return false;
}

const isPlanning = (t: Token): boolean => PLANNING.has(t.norm) || PLANNING.has(t.lemma);

/** "What time …", "at what hour …": the hour of the day. */
const HOUR_ASKED = /\b(?:what|which) (?:time|hour)\b/i;
/** "What date …", "on which date …". */
const DATE_ASKED = /\b(?:what|which) date\b/i;

/** A day of the week and nothing more ("Sundays", "on Saturday evening", "last Friday"). */
const DAY_ANSWER = /^(?:(?:on|by|until|last|next|this|every|from)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s+(?:morning|afternoon|evening|night))?$/i;

/**
 * Whether "what KIND …?" gets a phrase opened by a preposition, with no name in it, from a
 * sentence without the kind's word or a related one. ("What road was shut?" / "on the A42": a
 * name in the phrase is the thing itself, whatever the preposition.)
 */
function circumstanceForUnnamedKind(q: QuestionAnalysis, d: IndexedSentence, answer: string): boolean {
  const kind = kindAfterWhat(q.tokens);
  if (kind === undefined || !CIRCUMSTANCE.test(answer) || NAME_WORD.test(answer)) return false;
  const term = termOfWord(kind);
  return !d.terms.some((x) => x !== null && (x === term || areRelated(x, term)));
}

/** "What other plays did …": the head of the words between "what" and the first verb ("plays"), where there are any. */
function kindAfterWhat(tokens: readonly Token[]): string | undefined {
  if (tokens[0]?.norm !== 'what') return undefined;
  let k = 1;
  while (k < tokens.length && KIND_TAGS.has(tokens[k].pos)) k += 1;
  return k > 1 && k < tokens.length && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') ? tokens[k - 1].norm : undefined;
}

const KIND_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN']);
/** A preposition opening a phrase of time, place, manner or cause. ("to" is left out: "to build a wall" is an act.) */
const CIRCUMSTANCE = /^(?:on|at|in|for|along|into|by|out|from|with|under|over|after|before|during|through|off|up|down|across|around|near|within|since|until|between)\s/i;
/** An answer that is only a date, a month or a year after a preposition of time: "from 2027", "on 4 May", "in March 1998". */
const DATE_ONLY = /^(?:on|in|from|since|until|by|during)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)$/i;
/** Words that place the asked thing among others in time, which a date then tells apart. */
const TIME_PLACED = /\b(?:old|older|previous|former|last|first|earlier|original|originally|next|new)\b/i;
/** A question that asks a day or another time. */
const DAY_ASKED = /\b(?:day|days|date|time|when|weekday|weekend|night|evening|morning|afternoon)\b/i;

/** "Which …", "who …", and "what" with a noun of the thing asked ("what opening …"). */
const asksThing = (q: QuestionAnalysis): boolean => q.intent === 'which' || q.intent === 'who' || (q.intent === 'what' && q.focus !== undefined);

/** The passive the question asks of its subject ("was the hall built"): the verb's lemma and the subject's last noun. */
function askedPassive(tokens: readonly Token[]): { verb: string; subject: string } | undefined {
  if (tokens.length < 4 || !BE_FORMS.has(tokens[1].norm)) return undefined;
  let v = tokens.length - 1;
  while (v > 2 && tokens[v].pos === 'PUNCT') v -= 1;
  if (tokens[v].pos !== 'VERB') return undefined;
  let k = v - 1;
  if (tokens[k]?.norm === 'be') k -= 1;
  if (!NOUN_TAGS.has(tokens[k]?.pos ?? '')) return undefined;
  return { verb: tokens[v].lemma, subject: tokens[k].lemma };
}

const OTHER_THING = 0.4;
const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'will']);
const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** Whether the sentence writes the asked passive of a noun the question never names, and not the asked subject. */
function passiveOfOther(q: QuestionAnalysis, d: Candidate['m']['doc']): boolean {
  const asked = askedPassive(q.tokens);
  if (!asked) return false;
  const tokens = d.sentence.tokens;
  if (tokens.some((t) => t.lemma === asked.subject)) return false;
  for (let k = 2; k < tokens.length; k += 1) {
    if (tokens[k].lemma !== asked.verb || !BE_FORMS.has(tokens[k - 1].norm) && tokens[k - 1].norm !== 'been') continue;
    const head = tokens[k - 2];
    // (A name, "Kirrin was launched", or a word for the asked thing, "the sport" for hockey, may be it.)
    if (head.pos !== 'NOUN' || q.tokens.some((t) => t.lemma === head.lemma)) continue;
    const near = similarity(vectorId(head.lemma), vectorId(asked.subject));
    if (near >= 0 && near < OTHER_THING) return true;
  }
  return false;
}

/** A street's name, as news writes an address ("Fore Street", "Elm Lane"). */
const STREET_NAME = /^(?:\p{Lu}[\p{L}'’-]*\s+)+(?:Street|Road|Avenue|Lane|Square|Drive|Crescent|Terrace)$/u;
/** Words for a street or a place, which a question asking for one names as its asked thing ("what street …"). */
const STREET_WORDS: ReadonlySet<string> = new Set(['street', 'road', 'avenue', 'lane', 'square', 'drive', 'crescent', 'terrace', 'address', 'place', 'location']);
/** (In the plural too: "which streets flooded?" asks for several.) */
function streetAsked(q: QuestionAnalysis): boolean {
  if (q.intent === 'where' || asksAddress(q)) return true;
  const word = q.focus?.word.toLowerCase();
  return word !== undefined && (STREET_WORDS.has(word) || (word.endsWith('s') && STREET_WORDS.has(word.slice(0, -1))));
}

/** A capitalised given name and surname, as a question names a person ("Jonas Brell", "Ana Moll-Ruiz"). */
const FULL_NAME = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’]+) (\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])/gu;
/** A full name right before the place of a value, set off by a comma ("… Marta Brell, "). */
const NAME_BEFORE_VALUE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’]+) (\p{Lu}[\p{L}'’-]+),\s*$/u;

/**
 * Whether the value follows, after a comma, a full name with the surname of a person the question
 * names in full but another given name.
 */
function relativesAge(question: string, sentence: string, value: string): boolean {
  const at = sentence.indexOf(value);
  if (at < 0) return false;
  const before = NAME_BEFORE_VALUE.exec(sentence.slice(0, at));
  if (!before) return false;
  for (const [, given, surname] of question.matchAll(FULL_NAME)) {
    if (surname === before[2] && given !== before[1]) return true;
  }
  return false;
}

/**
 * Whether a noun the question asks about is written in the sentence only in a list after
 * "including" (or "such as"), among those giving "the rest" of it, or among the sources that
 * share its paying or the means it was raised through (see sharedBy, raisedThroughList), or
 * after "partly", that follows the value.
 */
function partOfListedWhole(q: QuestionAnalysis, d: Candidate['m']['doc'], value: string): boolean {
  const tokens = d.sentence.tokens;
  const at = d.sentence.text.indexOf(value);
  if (at < 0) return false;
  const nouns = q.terms.filter((t) => (t.pos === 'NOUN' || t.isName) && !t.isCue);
  for (let listAt = 0; listAt < tokens.length; listAt += 1) {
    const t = tokens[listAt];
    if (t.start < at + value.length) continue;
    // "How much will the new roof cost?" / "a 500-euro prize, which will go towards a new roof": a
    // sum given towards a thing is a part of its cost (unless the question asks what went towards it).
    const listed = t.norm === 'including' || (t.norm === 'such' && tokens[listAt + 1]?.norm === 'as') || (t.norm === 'rest' && tokens[listAt - 1]?.norm === 'the') || (TOWARDS.has(t.norm) && COST_ASKED.test(q.text) && !TOWARDS_ASKED.test(q.text));
    const shared = !listed && sharedBy(tokens, listAt);
    const through = !listed && !shared && raisedThroughList(tokens, listAt);
    // "a £38,000 oven funded partly by a bank loan": what pays in part gives a part.
    const partly = t.norm === 'partly';
    if (!listed && !shared && !through && !partly) continue;
    // (The sources a "by" shares the sum among are the list itself: "… and a grant, which the council has promised for another two years" is not one.)
    const listEnd = shared ? listAt + SOURCE_LIST_REACH + 2 : tokens.length;
    const part = nouns.some((n) => {
      const places = d.terms.flatMap((x, k) => (x === n.term ? [k] : []));
      return places.length > 0 && places.every((k) => k > listAt && k <= listEnd);
    });
    if (part) return true;
  }
  return listedBeforeValue(q, d, nouns, at);
}

/**
 * "raised money through a quiz, a fun run and an appeal that brought in £9,000": a means listed
 * before a sum that another item of the list (or another clause) holds gives no sum of its own.
 * Whether each noun of the question asked at some place is written only in such a list, parted from the value by a comma or an "and".
 */
function listedBeforeValue(q: QuestionAnalysis, d: Candidate['m']['doc'], nouns: readonly QuestionTerm[], at: number): boolean {
  const tokens = d.sentence.tokens;
  const valueAt = tokens.findIndex((t) => t.start >= at);
  if (valueAt < 0) return false;
  const opener = tokens.findIndex((t, k) => k < valueAt && (sharedBy(tokens, k) || raisedThroughList(tokens, k)));
  if (opener < 0) return false;
  return nouns.some((n) => {
    const places = d.terms.flatMap((x, k) => (x === n.term ? [k] : []));
    if (places.length === 0 || !places.every((k) => k > opener && k < valueAt)) return false;
    const item = listItemAround(tokens, places[places.length - 1]);
    // ("£350,000 raised through a share offer, and a £450,000 grant": an item with its own sum.)
    return item.to < valueAt && !tokens.slice(item.from, item.to + 1).some((t) => /\d/.test(t.text));
  });
}

/** The item of a list holding token k: from the last comma or "and" before it to the next one ("Ash Homes, which gave £2,500" is one item). */
function listItemAround(tokens: readonly Token[], k: number): { from: number; to: number } {
  const parts = (j: number): boolean => tokens[j].norm === 'and' || ITEM_ENDS.has(tokens[j].text) || (tokens[j].text === ',' && !RELATIVE_OPENERS.has(tokens[j + 1]?.norm ?? ''));
  let from = k;
  while (from > 0 && !parts(from - 1)) from -= 1;
  let to = k;
  while (to + 1 < tokens.length && !parts(to + 1)) to += 1;
  return { from, to };
}

const ITEM_ENDS: ReadonlySet<string> = new Set(['.', ';', ':']);
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whose']);

/**
 * "Funding came from the state, a trust and 300 donors, who together gave 2 million euros": a sum
 * given together (or "between them") by a list is the list's whole (not a share of anything else
 * they do together: "the regions, which together grow half the grain"). Whether a noun the question
 * asks about is written only in such a list, before the "together" that leads to the value.
 */
function givenTogether(q: QuestionAnalysis, d: Candidate['m']['doc'], value: string): boolean {
  const tokens = d.sentence.tokens;
  const at = d.sentence.text.indexOf(value);
  const joint = tokens.findIndex((t, k) => t.start < at && ((t.norm === 'together' && JOINT_GIVING.has(tokens[k + 1]?.lemma ?? '')) || (t.norm === 'between' && tokens[k + 1]?.norm === 'them' && JOINT_GIVING.has(tokens[k + 2]?.lemma ?? ''))));
  if (at < 0 || joint < 0) return false;
  return q.terms.some((n) => {
    if (!(n.pos === 'NOUN' || n.isName) || n.isCue) return false;
    const places = d.terms.flatMap((x, k) => (x === n.term ? [k] : []));
    return places.length > 0 && places.every((k) => k < joint) && tokens.slice(places[0], joint).some((t) => t.norm === 'and' || t.text === ',');
  });
}

/** Acts of giving a sum that several may share ("who together gave", "between them raised"). */
const JOINT_GIVING: ReadonlySet<string> = new Set(['give', 'raise', 'pay', 'contribute', 'donate', 'provide', 'put', 'fund', 'pledge']);

/**
 * "The costs of 40,000 euros are met by fares, donations and a grant": a sum whose paying the
 * sentence shares among several sources ("met by", "paid for by", "funded by" a list) is the
 * whole, of which each source gives a part. Whether token k is the "by" of such a list.
 */
function sharedBy(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].norm !== 'by') return false;
  const verb = tokens[k - 1]?.norm === 'for' ? tokens[k - 2] : tokens[k - 1];
  if (verb === undefined || verb.pos !== 'VERB' || !SHARED_PAYING.has(verb.lemma)) return false;
  return listFollows(tokens, k);
}

/**
 * "raised 30,000 euros through a fun run, a quiz and a raffle": a sum raised through several means
 * is their whole, of which each gave a part. Whether token k is the "through" of such a list.
 */
const raisedThroughList = (tokens: readonly Token[], k: number): boolean =>
  THROUGH.has(tokens[k].norm) && tokens.slice(0, k).some((t) => t.pos === 'VERB' && RAISING.has(t.lemma)) && listFollows(tokens, k);
/** (wink writes "through" as "thru".) */
const THROUGH: ReadonlySet<string> = new Set(['through', 'thru']);

/** Whether a list ("and" or a comma) opens within reach after token k, in its clause. */
function listFollows(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 2; j < tokens.length && j <= k + SOURCE_LIST_REACH; j += 1) {
    if (tokens[j].norm === 'and' || tokens[j].text === ',') return true;
    if (isClauseEnd(tokens[j])) return false;
  }
  return false;
}

const TOWARDS: ReadonlySet<string> = new Set(['towards', 'toward']);
const COST_ASKED = /\b(?:cost|costs|price|priced)\b/i;
const TOWARDS_ASKED = /\btowards?\b/i;

const SHARED_PAYING: ReadonlySet<string> = new Set(['meet', 'pay', 'fund', 'cover', 'finance', 'bankroll']);
/** Verbs of gathering money by some means. */
const RAISING: ReadonlySet<string> = new Set([...SHARED_PAYING, 'raise', 'collect']);
/** How far into the list of sources its first "and" or comma may come: "by a grant from the district council and". */
const SOURCE_LIST_REACH = 8;

/** Offices that only a person holds. */
const OFFICES: ReadonlySet<string> = new Set(
  'head chief executive ceo director chairman chairwoman chair president leader minister mayor governor coach manager captain lawyer spokesman spokeswoman spokesperson boss secretary judge prosecutor conductor editor principal headteacher'.split(' '),
);

/** "who is the resident who …", "who was the brewer that …": a kind of person and a clause saying which one. */
const WHICH_PERSON = /^who(?:'s|’s|s)?\s+(?:(?:is|was|are|were)\s+)?(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:who|that)\b/iu;
const WHICH_PERSON_ASKED = memoKey<boolean>('whether a who-question names the kind of person it asks and says which one');

function asksWhichPerson(q: QuestionAnalysis): boolean {
  let asked = q.memo.get(WHICH_PERSON_ASKED);
  if (asked === undefined) {
    const kind = WHICH_PERSON.exec(q.text)?.[1];
    // ("Who is the firm that …" asks for a body.)
    q.memo.set(WHICH_PERSON_ASKED, (asked = kind !== undefined && !ORG_WORDS.has(kind.toLowerCase()) && !INSTITUTION_WORDS.has(kind.toLowerCase())));
  }
  return asked;
}

/** "who was driving the van that …", "who built the barn which …": the asked act, then the thing it was done to and a clause saying which one. */
const ACT_ON_WHICH_ONE = /^who\s+(?:(?:is|was|are|were)\s+)?(\p{L}+)\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:that|who|which)\b/iu;

/**
 * Whether the sentence tells the act of a question shaped as ACT_ON_WHICH_ONE, in its verb or a
 * related word ("driver"), or the question has no such shape. The relative clause covers much of
 * the question, so a sentence on the thing alone reads close.
 */
function tellsActOnWhichOne(q: QuestionAnalysis, d: IndexedSentence): boolean {
  const verb = ACT_ON_WHICH_ONE.exec(q.text)?.[1]?.toLowerCase();
  const act = verb === undefined ? undefined : askedActs(q).find((a) => q.terms.some((t) => t.term === a.term && t.word.toLowerCase() === verb));
  if (act === undefined) return true;
  return d.sentence.tokens.some((t, k) => (t.pos === 'VERB' || t.pos === 'NOUN') && actIsAsked([act], d, k, ACT_SYNONYM));
}

/** How near by word vectors another word must be to tell the act: "blocking the lane" is near enough to "driving" at a looser cut. */
const ACT_SYNONYM = 0.7;

/** Names of bodies and places: no person's. */
const PLACE_OR_BODY: ReadonlySet<string> = new Set([ORGANISATION_NAME, 'name(place)', 'place name']);
/** Names the extractors read as no person's: a body's, a place's or another thing's. */
const NOT_A_PERSON: ReadonlySet<string> = new Set([...PLACE_OR_BODY, 'name(other)']);
/** "the Brellow Rovers team", "the Tamsley estate": a name right before a lowercase noun names a thing of that noun. */
function nameBeforeNoun(sentence: IndexedSentence['sentence'], name: string): boolean {
  const span = tokensOfText(sentence, name);
  const next = span ? sentence.tokens[span.last + 1] : undefined;
  return next !== undefined && next.pos === 'NOUN' && LOWER_START.test(next.text);
}
/** "The council", "a local group": capitals only where a sentence opens, on a determiner. */
const commonNounOnly = (text: string): boolean => !CAPITAL_AFTER_SPACE.test(text) && OPENING_ARTICLE.test(text);
const CAPITAL_AFTER_SPACE = /\s\p{Lu}/u;
const OPENING_ARTICLE = /^(?:the|a|an)\s/i;

/**
 * Whether the question asks who holds an office: "who is the (new) head of …", "who will be the
 * next minister", "… replace her as chief executive".
 */
function asksOfficeHolder(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const opener = (tokens[i].norm === 'who' && tokens[i + 1]?.lemma === 'be') || tokens[i].norm === 'as';
    if (!opener) continue;
    let k = tokens[i].norm === 'as' ? i + 1 : i + 2;
    if (tokens[k]?.lemma === 'be') k += 1;
    if (tokens[k]?.pos === 'DET') k += 1;
    while (tokens[k]?.pos === 'ADJ') k += 1;
    if (OFFICES.has(tokens[k]?.norm ?? '')) return true;
  }
  return false;
}

/** Nouns for things known by a name of their own, which "which …" asks for: "which hospital", "which foreign company". */
const KNOWN_BY_NAME: ReadonlySet<string> = new Set(
  'company firm business hospital clinic prison jail party university college school team club bank airline newspaper orchestra contractor brand country city town village river station union charity pub shop store hotel restaurant band choir church magazine market'.split(' '),
);

/** Whether the question asks "which …" of a noun whose things are known by name ("which building contractor"). */
function whichNamedKind(tokens: readonly Token[]): boolean {
  const head = whichHead(tokens);
  return head !== undefined && KNOWN_BY_NAME.has(head.lemma);
}

/** The noun "which …" asks of ("which building contractor": "contractor"), as a token. */
function whichHead(tokens: readonly Token[]): Token | undefined {
  const at = tokens.findIndex((t) => t.norm === 'which');
  if (at < 0) return undefined;
  let head: Token | undefined;
  let k = at + 1;
  for (; k < tokens.length && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN'); k += 1) if (tokens[k].pos === 'NOUN') head = tokens[k];
  // ("Which firm's database was hacked?" asks for the database, a thing of no name.)
  return isPossessive(tokens[k]) ? undefined : head;
}

/** The term of the noun "which …" asks of. */
function whichKind(tokens: readonly Token[]): string | undefined {
  const head = whichHead(tokens);
  return head === undefined ? undefined : termOfWord(head.norm);
}

/** A trade name asked for: "what brand of …", "which phone brand", "what model of …". */
const BRAND_ASKED = /\bbrands?\b|\b(?:what|which) (?:make|models?)\b/i;

/** Whether the answer writes a word on a capital other than the sentence's first: a name. */
function namesOne(sentence: string, answer: string): boolean {
  const at = sentence.indexOf(answer);
  for (const w of answer.matchAll(CAPITAL_WORD)) if (at < 0 || at + (w.index ?? 0) + w[0].length - 1 > 0) return true;
  return false;
}

const CAPITAL_WORD = /(?:^|[\s"“‘'(])\p{Lu}/gu;

/**
 * Whether the sentence counts the asked things by their plain noun ("seven other counties",
 * "three charities") after the answer's name, with no name after them: the answer is some other
 * thing, and the asked ones go unnamed. ("… three towns: Avon, Bree and Calder" names them after.)
 */
function countedUnnamedAfter(q: QuestionAnalysis, doc: Candidate['m']['doc'], answer: string): boolean {
  const focus = q.focus;
  if (focus === undefined) return false;
  const { tokens } = doc.sentence;
  const at = doc.sentence.text.indexOf(answer);
  for (let k = 1; k < tokens.length; k += 1) {
    if (doc.terms[k] !== focus.term || tokens[k].pos !== 'NOUN' || tokens[k].norm === tokens[k].lemma) continue;
    const counted = tokens[k - 1].pos === 'NUM' || (COUNT_BEFORE.has(tokens[k - 1].norm) && (tokens[k - 2]?.pos === 'NUM' || COUNT_BEFORE.has(tokens[k - 2]?.norm ?? '')));
    if (!counted || (at >= 0 && at > tokens[k].start)) continue;
    // (Names right after the count: "three towns, Avon and Bree", "three towns: Avon".)
    const next = tokens[k + 1];
    if (next !== undefined && (next.text === ',' || next.text === ':' || next.text === '(' || next.pos === 'PROPN')) continue;
    return true;
  }
  return false;
}

/** Words before a counted noun that count it or set it beside another: "seven other counties", "several more towns". */
const COUNT_BEFORE: ReadonlySet<string> = new Set(['other', 'more', 'several', 'many', 'different', 'neighbouring']);

/** A count of things and nothing to name them by: "two local charities", "about 30 volunteers". */
const COUNT_ONLY = new RegExp(`^(?:(?:about|around|some|nearly|almost|only|more than|at least) )?(?:\\d[\\d,]*|${[...NUMBER_WORDS.keys()].join('|')}|dozens|hundreds|thousands)(?: [a-z][a-z'’-]*)+$`);

const ELSE_ASKED = /\b(?:anywhere|somewhere|everywhere) else\b/i;
const ELSE_TOLD = /\b(?:elsewhere|other|others|outside|rest of)\b/i;
const OTHER_PERSON_ASKED = /\bwho(?:m)? else\b|\bwho (?:was|were|is|are) the other\b/i;
const OTHER_PERSON_TOLD = /\b(?:also|too|other|others|another|alongside|together with|as well as|joined)\b/i;

/** Nouns "last" makes the time before this one ("last quarter", "last season"), not a place in a series. */
const PERIODS: ReadonlySet<string> = new Set(['day', 'night', 'week', 'weekend', 'month', 'quarter', 'year', 'season', 'term', 'decade', 'century', 'time', 'spring', 'summer', 'autumn', 'winter']);

/** An ordinal or "last" that picks one of a series out ("the last train", "the third woman"). */
const isOrdinalWord = (t: Token | undefined): boolean => t !== undefined && (ORDINAL.test(t.norm) || t.norm === 'last');

/**
 * Whether the question picks a thing out by its place in a series ("the last train") and the
 * sentence gives that thing only another place ("the first train").
 */
function otherOrdinal(question: readonly Token[], sentence: readonly Token[]): boolean {
  for (let i = 0; i + 1 < question.length; i += 1) {
    const noun = question[i + 1];
    // ("last quarter", "last year" tell the time before this one, not a place in a series.)
    if (!isOrdinalWord(question[i]) || noun.pos !== 'NOUN' || (question[i].norm === 'last' && PERIODS.has(noun.lemma))) continue;
    let other = false;
    for (let k = 1; k < sentence.length; k += 1) {
      if (sentence[k].lemma !== noun.lemma || !isOrdinalWord(sentence[k - 1])) continue;
      if (termOfWord(sentence[k - 1].norm) === termOfWord(question[i].norm) || firstSinceForLast(question[i], sentence, k)) return false;
      other = true;
    }
    if (other) return true;
  }
  return false;
}

/**
 * "When was the last walkout?" / "It is the first walkout at the docks since 2004": the first one
 * since a time tells that the last one before it was then.
 */
function firstSinceForLast(asked: Token, sentence: readonly Token[], noun: number): boolean {
  if (asked.norm !== 'last' || sentence[noun - 1].norm !== 'first') return false;
  return sentence.slice(noun + 1, noun + 1 + SINCE_REACH).some((t) => t.norm === 'since');
}

/** How far after "the first walkout" its "since" may stand: "the first walkout at the docks since". */
const SINCE_REACH = 5;

/** The colours of medals: one placing each. */
const MEDALS: ReadonlySet<string> = new Set(['gold', 'silver', 'bronze']);

/** Whether the question asks of one medal and the sentence tells only of another. */
function otherMedal(question: readonly Token[], sentence: readonly Token[]): boolean {
  const asked = question.find((t) => MEDALS.has(t.norm))?.norm;
  if (asked === undefined) return false;
  let other = false;
  for (const t of sentence) {
    if (t.norm === asked) return false;
    if (MEDALS.has(t.norm)) other = true;
  }
  return other;
}

/**
 * "which three towns", "the names of the other two men", "who were the four climbers": a count of
 * names asked. (The word after the number is any run not opening on a digit or space: a Unicode
 * letter class cost a tenth of the veto, which runs for every answer.)
 */
const SEVERAL_NAMES = /\b(?:which|names of(?: the)?|who (?:are|were) the)\s+(?:other\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+[^\s\d]/i;
/** A list: "Velby and Orsa", "Velby, Orsa, Tamm". */
const LIST = /,|\band\b/;

/** The ordinal right before token `i`, over a hyphen ("second-busiest", "fourth largest"), if any. */
function rankBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.text === '-' ? tokens[i - 2] : tokens[i - 1];
  return before !== undefined && ORDINAL.test(before.norm);
}

/** "biggest" and "largest" rank alike. */
const sameSuperlative = (a: string, b: string): boolean => a === b || (LARGEST.has(a) && LARGEST.has(b));
const LARGEST: ReadonlySet<string> = new Set(['biggest', 'largest']);

/** Whether the sentence ranks something below the top the question asks for ("fourth-largest" for "the biggest"). */
function rankedBelow(q: QuestionAnalysis, sentence: readonly Token[]): boolean {
  for (let i = 0; i < q.tokens.length; i += 1) {
    const t = q.tokens[i];
    // ("Olvania's third largest city?" asks for that rank itself.)
    if (t.pos !== 'ADJ' || !t.norm.endsWith('est') || t.norm.length < 5 || rankBefore(q.tokens, i)) continue;
    for (let k = 0; k < sentence.length; k += 1) if (sameSuperlative(sentence[k].norm, t.norm) && rankBefore(sentence, k)) return true;
  }
  return false;
}

/** A numbered name: "Line 1", "Corvid-2", "Terminal 5". */
const NUMBERED = /\b(\p{Lu}[\p{L}]*)[ -](\d{1,3})\b/gu;
const DIGIT = /\d/;

/** A numbered name with a word after its number: "Aster 9 Pro". */
const NUMBERED_MODEL = /\b(\p{Lu}[\p{L}]*)[ -](\d{1,3}) (\p{Lu}[\p{L}]*)\b/gu;

/**
 * Whether the sentence writes a name the question numbers with another number only ("Line 2" for
 * "Line 1"), or only without the word after the number ("Aster 9" for "Aster 9 Pro").
 */
function otherNumbered(question: string, sentence: string): boolean {
  // Most questions number nothing: without a digit there is no numbered name to look for.
  if (!DIGIT.test(question)) return false;
  for (const [, name, n, model] of question.matchAll(NUMBERED_MODEL)) {
    if (sentence.includes(`${name} ${n}`) && !sentence.includes(`${name} ${n} ${model}`)) return true;
  }
  for (const [, name, n] of question.matchAll(NUMBERED)) {
    let other = false;
    for (const [, written, k] of sentence.matchAll(NUMBERED)) {
      if (written !== name) continue;
      if (k === n) return false;
      other = true;
    }
    if (other) return true;
  }
  return false;
}

/** The thing a price question asks about: the terms of its noun and of the nouns before it ("school uniform"), and its head's lemma. */
interface Priced {
  terms: readonly string[];
  lemma: string;
}

const PRICED = memoKey<Priced | null>('the thing a question asks the price of');
/** The verbs that follow "how much" in a price question: "how much is …", "how much will … cost". */
const PRICE_AUX: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'does', 'do', 'did']);
/** Verbs of doing, which ask a price only with "cost" ("how much does a jar of it cost", not "how much does she earn"). */
const DO_AUX: ReadonlySet<string> = new Set(['does', 'do', 'did']);
const NOUN_CHAIN: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * The thing a question asks the price of: the noun phrase right after "how much is" or "how much
 * will", up to its end, a preposition or "cost" ("how much is a season ticket?", "how much will a
 * bag of the compost cost?"). Not "how much is the council putting in", whose noun is a doer.
 */
function pricedThing(q: QuestionAnalysis): Priced | undefined {
  let found = q.memo.get(PRICED);
  if (found !== undefined) return found ?? undefined;
  found = pricedAfterHowMuch(q) ?? pricedAfterChargeFor(q);
  q.memo.set(PRICED, found);
  return found ?? undefined;
}

function pricedAfterHowMuch(q: QuestionAnalysis): Priced | null {
  const { tokens } = q;
  const at = tokens.findIndex((t, i) => t.norm === 'much' && tokens[i - 1]?.norm === 'how');
  let k = at + 1;
  const aux = tokens[k]?.norm ?? '';
  if (at < 1 || !PRICE_AUX.has(aux)) return null;
  k += 1;
  if (tokens[k]?.norm === 'be') k += 1;
  const chain = nounChainAt(q, k);
  if (chain === null) return null;
  const next = tokens[chain.end];
  const ends = next === undefined || next.pos === 'PUNCT' || next.pos === 'ADP' || next.lemma === 'cost';
  return ends && (!DO_AUX.has(aux) || tokens.some((t) => t.lemma === 'cost')) ? chain.priced : null;
}

/** "How much does the kiosk charge for a pot of tea?": what a seller charges "for" is the priced thing, not the seller. */
function pricedAfterChargeFor(q: QuestionAnalysis): Priced | null {
  const { tokens } = q;
  const at = tokens.findIndex((t, i) => t.lemma === 'charge' && tokens[i + 1]?.norm === 'for');
  return at >= 0 && HOW_MUCH.test(q.text) ? (nounChainAt(q, at + 2)?.priced ?? null) : null;
}

const HOW_MUCH = /\bhow much\b/i;

/** The noun phrase from k (past a determiner), its head's lemma and its nouns' terms, and where it ends. */
function nounChainAt(q: QuestionAnalysis, k: number): { priced: Priced; end: number } | null {
  const { tokens } = q;
  if (tokens[k]?.pos === 'DET' || tokens[k]?.norm === 'one') k += 1;
  let head = -1;
  const terms: string[] = [];
  for (; k < tokens.length && (NOUN_CHAIN.has(tokens[k].pos) || isPossessive(tokens[k])); k += 1) {
    if (tokens[k].pos !== 'NOUN') continue;
    head = k;
    const word = tokens[k].text;
    const term = q.terms.find((t) => t.word === word && !t.isCue)?.term;
    if (term !== undefined) terms.push(term);
  }
  return head >= 0 && terms.length > 0 ? { priced: { terms, lemma: tokens[head].lemma }, end: k } : null;
}

/**
 * Whether the sentence names the priced thing: in its words or a related word, or a noun near it by
 * word vectors ("fares" for "tickets"); a sentence opening on a pronoun ("It costs …") names it in the
 * one before.
 */
function pricedThingNamed(kb: KnowledgeBase, q: QuestionAnalysis, d: Candidate['m']['doc']): boolean {
  const priced = pricedThing(q);
  if (priced === undefined || namesPriced(d, priced)) return true;
  if (d.sentence.tokens[0]?.pos !== 'PRON') return false;
  const before = kb.index.find(d.article.id, d.sentence.index - 1);
  return before !== undefined && namesPriced(before, priced);
}

function namesPriced(d: Candidate['m']['doc'], { terms, lemma }: Priced): boolean {
  for (const t of terms) if (named(d, t)) return true;
  const id = vectorId(lemma);
  const { tokens } = d.sentence;
  // (Word vectors put a word for money, a value or a period near anything priced: "a ticket" is
  // near "the cost", "prize money", "the amount", "last year".)
  for (let k = 0; k < tokens.length; k += 1) {
    const word = tokens[k].lemma.toLowerCase();
    // (A sentence's first word is capitalised, which may make a noun read as a name: "Fares rose".)
    if ((tokens[k].pos === 'NOUN' || k === 0) && !MONEY_NOUNS.has(word) && !PERIODS.has(word) && !VALUE_WORDS.has(word) && similarity(id, vectorId(word)) >= NEAR_THING) return true;
  }
  return false;
}

const NEAR_THING = 0.5;
/** Nouns that name a value itself, not a thing it is the value of. */
const VALUE_WORDS: ReadonlySet<string> = new Set(['amount', 'sum', 'figure', 'total', 'number']);

/**
 * Whether the value is written right before a noun for a part ("stretch", "section") the question
 * never asks about, and "of" a thing it does ("a 12-kilometre stretch of the canal").
 */
function measuresPartOf(q: QuestionAnalysis, d: Candidate['m']['doc'], value: string): boolean {
  const span = tokensOfText(d.sentence, value);
  if (!span) return false;
  const { tokens } = d.sentence;
  const k = span.last + 1;
  if (!PART_NOUNS.has(tokens[k]?.lemma ?? '') || tokens[k + 1]?.norm !== 'of' || q.terms.some((t) => t.term === d.terms[k])) return false;
  const whole = tokens[k + 2]?.pos === 'DET' ? k + 3 : k + 2;
  return q.terms.some((t) => !t.isCue && t.term === d.terms[whole]);
}

/** Nouns for a part of something long, which news measures: "a 300-metre section of the wall". */
const PART_NOUNS: ReadonlySet<string> = new Set(['stretch', 'section', 'span', 'length', 'part', 'portion', 'segment', 'piece', 'stage', 'leg']);

/** "alone", "on its own", "by itself": a question asking one part of a sum. */
const ALONE_ASKED = /\b(?:alone|on (?:its|their|his|her) own|by (?:itself|themselves|himself|herself))\b/i;
const ALONE_TARGET = memoKey<string | null>('the term of the thing a question asks of alone');
const AUX_OPENERS: ReadonlySet<string> = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will']);
/** Words that tell a thing gave only a part of what the clause counts: "partly through a raffle". */
const IN_PART: ReadonlySet<string> = new Set(['partly', 'partially', 'part', 'including', 'mainly', 'mostly', 'largely']);
const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'or', ',', 'plus']);
const IN_PART_REACH = 4;

/**
 * The term of the thing a question asks an amount of alone: the noun right before "alone" ("from
 * the till alone"), or else the head of the subject after the auxiliary ("did the bakery give on
 * its own"). Null where it asks nothing alone.
 */
function aloneTarget(q: QuestionAnalysis): string | null {
  let found = q.memo.get(ALONE_TARGET);
  if (found !== undefined) return found;
  found = null;
  const m = ALONE_ASKED.exec(q.text);
  if (m) {
    const { tokens } = q;
    const termAt = (k: number): string | undefined => q.terms.find((t) => t.word === tokens[k]?.text && !t.isCue)?.term;
    if (m[0].toLowerCase() === 'alone') {
      // (The word before may be tagged otherwise, "from the till alone", "the sponsored swim alone";
      // a verb with no determiner before it, "to govern alone", asks no part of a sum.)
      const at = tokens.findIndex((t) => t.norm === 'alone') - 1;
      const verb = tokens[at]?.pos === 'VERB' && tokens[at - 1]?.pos !== 'DET' && tokens[at - 2]?.pos !== 'DET';
      found = verb ? null : (termAt(at) ?? null);
    } else {
      // ("did the defibrillator cost on its own": "cost", a cue, may be read as a noun of the subject.)
      let k = tokens.findIndex((t) => AUX_OPENERS.has(t.norm)) + 1;
      for (; k > 0 && k < tokens.length && (NOUN_PHRASE_TAGS.has(tokens[k].pos) || isPossessive(tokens[k])); k += 1) if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') found = termAt(k) ?? found;
    }
  }
  q.memo.set(ALONE_TARGET, found);
  return found;
}

/**
 * Whether the sentence gives the amount of the thing asked alone as its own: it writes the thing,
 * at least once outside a list of others and with no word saying it gave only a part. (True where
 * the question asks nothing alone.)
 */
function partToldAlone(q: QuestionAnalysis, d: Candidate['m']['doc']): boolean {
  const target = aloneTarget(q);
  if (target === null) return true;
  const { tokens } = d.sentence;
  for (let k = 0; k < tokens.length; k += 1) {
    if (d.terms[k] !== target) continue;
    let from = k;
    while (from > 0 && NOUN_PHRASE_TAGS.has(tokens[from - 1].pos) && !LIST_JOINS.has(tokens[from - 1].norm)) from -= 1;
    let to = k;
    while (to + 1 < tokens.length && (tokens[to + 1].pos === 'NOUN' || tokens[to + 1].pos === 'PROPN')) to += 1;
    const listed = LIST_JOINS.has(tokens[from - 1]?.norm ?? '') || (LIST_JOINS.has(tokens[to + 1]?.norm ?? '') && tokens[to + 1]?.text !== ',');
    let inPart = false;
    for (let j = from - 1; j >= Math.max(0, from - IN_PART_REACH) && !inPart; j -= 1) inPart = IN_PART.has(tokens[j].norm);
    if (!listed && !inPart) return true;
  }
  return false;
}

/** "How many of the injured …", "how many of its 27 planes …": a part of a whole asked. */
const PART_ASKED = /\bhow many of (?:the|its|their|his|her|those|these|[\p{L}\d'’-]+['’]s?)\s/iu;
/** A part told as one: "nine of the injured", "17 of them", "two of Orla's five", "half of its". */
const PART_OF = /^\s*(?:\w+\s+){0,3}?(?:of|among)\s+(?:the|them|its|their|those|these|his|her|whom|which|all|[\p{Lu}][\p{L}'’-]*['’]s?)\b/u;
/** "Of the 40 cars, 12 …": the whole named before the count. */
const WHOLE_BEFORE = /\b(?:of|among)\s+(?:the|them|its|their|those|these)\b[^.;:]*,\s*(?:\w+\s+){0,3}$/i;
const COUNTED_PART = /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+(?:of|among)\s+(?:them|the|its|their|those|these|whom|which)\b/i;
const SHARE_OF = /\b(?:half|thirds?|quarters?|majority|most|percent|per cent)\s+of\b|%\s+of\b/i;

/** Whether the sentence tells the value as a part of a whole. */
function partTold(sentence: string, value: string): boolean {
  // ("all 14 patients were followed up, and in 11 of them …": a part the sentence counts elsewhere
  // may be the asked one, though the value read is the whole.)
  if (PART_OF.test(value.replace(FIRST_WORD_RUN, '')) || SHARE_OF.test(sentence) || COUNTED_PART.test(sentence)) return true;
  const at = sentence.indexOf(value);
  if (at < 0) return true;
  return PART_OF.test(sentence.slice(at + value.length)) || WHOLE_BEFORE.test(sentence.slice(0, at));
}

/** The count at the head of a value ("nine", "about 1,200"), which a part's "of" follows. */
const FIRST_WORD_RUN = /^(?:about |some |around |only |just |at least |more than |nearly |almost |fewer than )*\S+/i;

/** A duration told roughly, or in units no race is timed in: a margin or a span, not a finishing time. */
const NOT_A_RACE_TIME = /^(?:about|around|almost|nearly|more than|over|under|less than|up to|at least|roughly|just)\b|\b(?:years?|months?|weeks?|decades?)\b/i;

const ASKS_LIFESPAN = /^how long (?:do|does|can|will|did|could) .+\blive(?: for)?\W*$/i;
const LIFESPAN_TOLD = /\b(?:live|lives|lived|living|lifespan|life span|life expectancy)\b/i;

const PLACE_NAMES: ReadonlySet<string> = new Set(['name(place)', 'name(other)']);
const POSSESSIVE_S: ReadonlySet<string> = new Set(["'s", '’s']);

/**
 * Whether the sentence writes the name right before a noun other than the asked one, or before a
 * possessive and a lowercase word ("Lissett's open-air lido"; "the Ferryman's Arms" is a name
 * whole). A name holding the asked noun, or written before it ("the Orla river"), is of its kind.
 */
function placeModifiesOther(q: QuestionAnalysis, d: Candidate['m']['doc'], name: string): boolean {
  // ("What is the name of her joinery business?" asks of "business"; "which fund …" of "fund".)
  const asked = q.rule === 'name-of' ? nounToName(q)?.at(-1) : q.focus?.term;
  const span = tokensOfText(d.sentence, name);
  if (asked === undefined || !span || q.tokens[0]?.norm === 'whose') return false;
  const { tokens } = d.sentence;
  for (let k = span.first; k <= span.last; k += 1) if (d.terms[k] === asked) return false;
  const next = tokens[span.last + 1];
  if (next === undefined) return false;
  if (POSSESSIVE_S.has(next.text)) return LOWER_START.test(tokens[span.last + 2]?.text ?? '');
  const term = d.terms[span.last + 1];
  return next.pos === 'NOUN' && term !== asked && !(term !== null && term !== undefined && areRelated(term, asked)) && LOWER_START.test(next.text);
}

const LOWER_START = /^[a-z]/;

/**
 * Whether every mention of the asked kind in the sentence is brought in by "a" or "an" with no
 * name beside it. A name may follow ("a local firm, (the) Kilvert Builders", "a dog called Pip") or
 * come before, with or without an age between ("Ada Kilvert, 34, a nurse"): those name it.
 */
function kindOnlyUnnamed(q: QuestionAnalysis, d: Candidate['m']['doc'], answer: string | undefined): boolean {
  const asked = q.rule === 'name-of' ? nounToName(q)?.at(-1) : whichKind(q.tokens);
  if (asked === undefined) return false;
  const { tokens } = d.sentence;
  // (An answer that is the phrase itself, "a local councillor" for "which councillor?", is the
  // article's fuller word for the asked one, which the answer offers as such.)
  const span = answer === undefined ? undefined : tokensOfText(d.sentence, answer);
  let seen = false;
  for (let k = 0; k < tokens.length; k += 1) {
    if (d.terms[k] !== asked || !LOWER_START.test(tokens[k].text)) continue;
    let j = k - 1;
    while (j >= 0 && (NOUN_MODIFIERS.has(tokens[j].pos) || tokens[j].text === '-')) j -= 1;
    if (!INDEFINITE.has(tokens[j]?.norm ?? '') || namedBeside(tokens, j, k)) return false;
    if (span?.first === j && span.last === k) return false;
    seen = true;
  }
  return seen;
}

const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
const NOUN_MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'NOUN', 'NUM']);

/**
 * Whether a name stands beside the phrase from `first` (its "a") to `last`: after a comma, or a
 * naming word a few words on ("a group of parents calling itself …"), before a comma ("Kilvert
 * Builders (KB), a local firm") or after a copula ("Kilvert Builders is a local firm").
 */
function namedBeside(tokens: readonly Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  const next = tokens[last + 2]?.norm === 'the' ? tokens[last + 3] : tokens[last + 2];
  if (after !== undefined && (after.text === '(' || (after.text === ',' && startsUpper(next?.text ?? '')))) return true;
  if (tokens.slice(last + 1, last + 1 + NAMING_REACH).some((t) => NAMING_WORDS.has(t.norm))) return true;
  if (COPULA_OR_AS.has(tokens[first - 1]?.lemma ?? '')) return true;
  if (tokens[first - 1]?.text !== ',') return false;
  const before = tokens[first - 2];
  return before !== undefined && (startsUpper(before.text) || before.pos === 'NUM' || before.text === ')');
}

/** "Kilvert Builders is a local firm", "set up as a charity": the subject or the thing set up is the one. */
const COPULA_OR_AS: ReadonlySet<string> = new Set(['be', 'become', 'as']);

/** Words from a noun to the word naming it: "a group of parents calling itself". */
const NAMING_REACH = 4;


/** Words that tell a thing is the first of its series. */
const FIRST_WORDS: ReadonlySet<string> = new Set(['first', '1st', 'initial', 'original', 'originally', 'opening', 'maiden', 'inaugural', 'earliest', 'debut']);

/** Whether the question picks out the first of a series ("the first camera") and the sentence writes no word for first. */
function firstAskedUnsaid(question: readonly Token[], sentence: readonly Token[]): boolean {
  const at = question.findIndex((t) => t.norm === 'first');
  if (at < 0) return false;
  const next = question[at + 1]?.pos === 'ADJ' ? question[at + 2] : question[at + 1];
  if (next === undefined || next.pos !== 'NOUN') return false;
  return !sentence.some((t) => FIRST_WORDS.has(t.norm));
}

/** Whether the value's clause writes an act the question asks, as a verb or in its own word ("a march" for "marched"). */
function actInClause(q: QuestionAnalysis, d: Candidate['m']['doc'], value: string): boolean {
  const asked = askedActs(q);
  const span = asked.length > 0 ? tokensOfText(d.sentence, value) : undefined;
  if (!span) return false;
  const { tokens } = d.sentence;
  let from = span.first;
  while (from > 0 && !isClauseEnd(tokens[from - 1])) from -= 1;
  // (Its own or a related word, not one near by word vectors: "exchange" for "release" is another
  // act; and only just after the value: "… tracked 214 birds and found that most of them died".)
  for (let k = from; k < Math.min(tokens.length, span.last + 1 + PART_ACT_REACH) && (k <= span.last || !isClauseEnd(tokens[k])); k += 1) {
    if (k >= span.first && k <= span.last) continue;
    if (asked.some((a) => a.term === d.terms[k]) || (tokens[k].pos === 'VERB' && actIsAsked(asked, d, k, NO_NEAR_WORDS))) return true;
  }
  return false;
}

const PART_ACT_REACH = 4;
/** A similarity no two words reach: an act asked only in its own or a related word. */
const NO_NEAR_WORDS = 2;

/** Whether a word of the question other than its counted noun is written only in a list ("including …", "mostly for …") closing the sentence after the value. */
function narrowedOnlyInList(q: QuestionAnalysis, d: Candidate['m']['doc'], value: string): boolean {
  if (q.tokens.some((t) => LIST_OPENERS.has(t.norm))) return false;
  const tokens = d.sentence.tokens;
  const span = tokensOfText(d.sentence, asWritten(value));
  if (!span) return false;
  const list = tokens.findIndex((t, k) => k > span.last && (LIST_OPENERS.has(t.norm) || (t.norm === 'as' && tokens[k - 1]?.norm === 'such')));
  // ("Four climbers, including a guide, were rescued": a list the clause goes on past is an aside.)
  if (list < 0 || tokens.slice(list + 1).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !t.norm.endsWith('ing'))) return false;
  // (The counted noun is the whole's: "how many pickers …" of "60 pickers".)
  const counted = quantityAsked(q).counted?.term;
  return q.terms.some((t) => !t.isCue && t.term !== counted && !LIGHT_VERBS.has(t.term) && d.terms.indexOf(t.term) > list && !modifiesWrittenNoun(q, d, t, list));
}

/**
 * Whether the question writes the word before a noun the sentence names ahead of the list: "how
 * much does the ferry service cost?" / "the service costs £9,000, mostly for ferry fuel" asks
 * of the service, which "ferry" only says which one it is.
 */
function modifiesWrittenNoun(q: QuestionAnalysis, d: Candidate['m']['doc'], t: QuestionTerm, list: number): boolean {
  const at = q.tokens.findIndex((x) => x.text === t.word);
  const next = q.tokens[at + 1];
  if (at < 0 || next?.pos !== 'NOUN') return false;
  const head = termOfWord(next.norm);
  const written = d.terms.indexOf(head);
  return written >= 0 && written < list;
}

/** Words opening a list of parts after a whole's value ("including", "mostly for"; "such as" by its "as"). */
const LIST_OPENERS: ReadonlySet<string> = new Set(['including', 'among', 'mostly', 'mainly', 'chiefly', 'notably']);
