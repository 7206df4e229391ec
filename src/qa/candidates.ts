import type { IndexedSentence } from '../index/sentence-index.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Fact, QuoteFact } from '../facts/types.js';
import type { Token } from '../nlp/token.js';
import type { QuestionAnalysis, QuestionTerm } from './analyze.js';
import { PRECISE_ANSWERS } from './intents.js';
import { ASKS_KNOWING, tellsKnownBy } from './extract/known-from.js';
import { ASKS_DISCOVERY, DIRECTED, DISCOVERY_TOLD, extractAnswer, FATE, HOW_OFTEN, MEANS_GIVEN, NAMED_DOER, namesKindIn, PRODUCT, questionSpeakers, RATE_GIVEN, type Extraction } from './extract.js';
import { asksRecordHolder, RECORD_SET, tellsRecordHolder } from './extract/records.js';
import { topicNear, topicOverlap, WORDS_CALLED } from './extract/speech.js';
import { asksAddress, tellsAddress } from './extract/address.js';
import { MONEY_SOURCE_RULE, tellsMoneySource, tellsMoneyUse } from './extract/money-use.js';
import { ACTIVITY, asksActivity, asksMaterial, tellsMaterialOfAsked, tellsActivity, asksBlame, tellsBlame, asksPeriod, tellsPeriod, asksConcern, asksDemand, DEMAND, asksCurrentLeader, formerUseSpan, tellsWorkOfPronoun, tellsConcern, asksInjury, asksOffence, tellsInjury, tellsOffence, asksWhetherAny, CONDITIONED, HAPPENED_AS, OUTRIGHT_REASONS, LEADER_TITLE, tellsLeader, isStrandedObject, SAYS_NONE, strandsPreposition, TIME_OR_CAUSE } from './extract/descriptions.js';
import { askedTimeUnit } from './extract/times.js';
import { asksPopulation, dwellingSaid } from './dwelling.js';
import { isVague, quantityAsked, rateOf, selfNamedKinds } from './extract/quantities.js';
import { matchSentence, rankMatches, titleTerms, type SentenceMatch } from './match.js';
import { factLookup, factsOf, speechOf } from './sentence-facts.js';
import { aboutAnotherName } from './other-name.js';
import { hasVerb, leadOf } from './lead.js';
import { sortSmall } from '../sort.js';
import { anchorsOf, asksAboutThePast, YEAR } from './extract/context.js';
import { noSayersOf } from './extract/verdict.js';
import { isClauseEnd, tokensOfText } from './spans.js';
import { isPossessive, startsUpper } from '../facts/tokens.js';
import { isPersonNoun, REPORTING_VERBS } from '../facts/lexicon.js';
import { termOfWord } from '../nlp/terms.js';
import { memoKey, questionMatches } from './memo.js';
import { addedCountFactor } from './added-count.js';
import { countsExactlyWhatBounds } from './exact-count.js';
import { BACK_POINTERS } from './lexicon.js';
import { asideDescribedEnd, definedSubjectEnd } from './defined-subject.js';
import { asksGap, gapLengthOf } from './gap.js';
import { asksActLength, doerTitles, openingTitledName, toldAsActLength, writesAskedAct, writtenAfterAskedAct } from './asked-act.js';
import { auxBeforeNaming, leadThingNamed, NAME_GIVEN, NAMING_RELATIVES, NAMING_WORDS, nounToName, PERSON_NAME, WHERE_BASED, WHERE_FROM, WHERE_GOING, WHERE_LIVES } from './extract/names.js';
import { givesExamplesOfAsked, namesNarrowerOfAsked } from './extract/kinds.js';
import { areRelated } from '../index/related.js';
import { asksWhatElse, tellsFurtherAct, writesAddition } from './what-else.js';
import { similarity, vectorId } from '../index/embeddings.js';
import { asksPresence, errandAt } from './extract/visit.js';
import { asksDoer, tellsNamedPassiveDoer } from './passive-doer.js';

/** A sentence that may answer the question, with the answer found in it, if any. */
export interface Candidate {
  m: SentenceMatch;
  ext: Extraction | null;
  score: number;
  /** The score with its typed answer weighed loosely (see typedFactor): what confidence's margin reads. */
  loose: number;
}

/**
 * Sentences that may answer without sharing a word with the question: those that mention an
 * entity the question names by another form ("the PM" → "Mr Marek, 58"), and for "what did X
 * say", X's quotes and claims.
 */
function entitySentences(kb: KnowledgeBase, q: QuestionAnalysis, matches: readonly SentenceMatch[]): IndexedSentence[] {
  const out: IndexedSentence[] = [];
  for (const [article, entities] of q.entities) {
    // In an archive, only the articles the question's words already found: a name met in
    // thousands of articles must not pull them all in.
    if (kb.articles.length > 1 && !matches.some((m) => m.doc.article.id === article)) continue;
    for (const e of entities) {
      for (const index of e.sentences) {
        const d = kb.index.find(article, index);
        if (d && !out.includes(d) && out.length < MAX_ENTITY_SENTENCES) out.push(d);
      }
    }
  }
  if (q.rule === 'name-of') for (const d of namingSentences(kb, q, matches)) if (!out.includes(d)) out.push(d);
  if (q.intent !== 'quote' || !q.subject) return out;
  const speakers = questionSpeakers(kb, q);
  for (const f of speechOf(kb, speakers)) {
    const d = kb.index.find(f.article, f.sentences[0]);
    if (d && !out.includes(d)) out.push(d);
  }
  return out;
}

const MAX_ENTITY_SENTENCES = 40;

/** Of the best match's score, what a sentence found by the kind of its value alone starts from. */
const KIND_ONLY_SHARE = 0.5;

/** "How hot did it get?", "how cold is it?": a temperature asked of the weather. */
const weatherAsked = (q: QuestionAnalysis): boolean => selfNamedKinds(q)?.includes('temperature') === true;

/** A question with a word pointing back ("how old is she?", "what percentage is that?") is about what it points to, not the whole article. */
const pointsBack = (q: QuestionAnalysis): boolean => q.tokens.some((t) => BACK_POINTERS.has(t.norm) || t.norm === 'that');

/** Whether the sentence gives one of `nouns` a name right after it ("The project, named Gullwing Bank, …", "the tanker Aurelia Star"). */
function namesNoun(d: IndexedSentence, nouns: readonly string[]): boolean {
  const tokens = d.sentence.tokens;
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const term = d.terms[i];
    // "What was the ferry called?" / "The vessel, the Sentra Maren, …": news names a thing once,
    // often by another word for its head noun. (Not a person: "the night manager" is no director.)
    if (term === null || tokens[i].pos !== 'NOUN' || !(nouns.includes(term) || (areRelated(nouns[nouns.length - 1], term) && !isPersonNoun(tokens[i].norm)))) continue;
    let k = tokens[i + 1].text === ',' ? i + 2 : i + 1;
    // "The group, which called itself …"
    if (NAMING_RELATIVES.has(tokens[k]?.norm ?? '')) k += 1;
    // ("The merged insurer will be called …")
    if (NAMING_WORDS.has(tokens[k]?.norm ?? '') || auxBeforeNaming(tokens, k)) return true;
    // "The 18-metre trawler Morning Kittiwake", "The vessel, the Sentra Maren,": a name in apposition.
    if (tokens[k]?.norm === 'the' && k > i + 1) k += 1;
    if (tokens[k]?.pos === 'PROPN' && startsUpper(tokens[k].text)) return true;
  }
  return false;
}

/**
 * "What is the comet called?" / "The comet, known as Harrow-9, …": the sentence names the
 * asked thing, and writes whatever else the question says of it ("the planet that held the
 * previous record" is another one).
 */
function namesAskedNoun(d: IndexedSentence, q: QuestionAnalysis): boolean {
  const asked = nounToName(q);
  return asked !== undefined && (namesNoun(d, asked) || leadThingNamed(d.article, d.sentence, asked) >= 0) && q.terms.every((t) => t.isCue || asked.includes(t.term) || d.tf.has(t.term));
}

/** Whether a name-of question's noun is one the lead brings in and the sentence names by another word (see leadThingNamed). */
function namesLeadThing(q: QuestionAnalysis, d: IndexedSentence): boolean {
  const asked = q.rule === 'name-of' ? nounToName(q) : undefined;
  return asked !== undefined && leadThingNamed(d.article, d.sentence, asked) >= 0;
}

/**
 * "What is the comet called?": sentences that name the asked thing ("The comet, known as
 * Harrow-9, is about twice as bright …") however little else of them matches.
 */
function namingSentences(kb: KnowledgeBase, q: QuestionAnalysis, matches: readonly SentenceMatch[]): IndexedSentence[] {
  const asked = nounToName(q);
  if (!asked) return [];
  const out: IndexedSentence[] = [];
  const articles = new Set(matches.map((m) => m.doc.article));
  for (const article of articles) {
    for (const s of article.sentences) {
      const d = kb.index.find(article.id, s.index);
      if (d && (namesNoun(d, asked) || leadThingNamed(article, s, asked) >= 0)) out.push(d);
    }
  }
  return out;
}

/**
 * The sentences holding a fact of the kind asked, of the one article or, in an archive, of the
 * articles the question's words found: the captions with a photo credit, or the temperatures
 * ("Temperatures in the capital climbed to 44.7 degrees Celsius" for "how hot did it get?").
 */
function sentencesHolding(kb: KnowledgeBase, matches: readonly SentenceMatch[], holds: (f: Fact) => boolean): IndexedSentence[] {
  const articles = kb.articles.length === 1 ? [kb.articles[0].id] : [...new Set(matches.map((m) => m.doc.article.id))];
  const out: IndexedSentence[] = [];
  for (const article of articles) {
    for (const f of factLookup(kb).byArticle.get(article) ?? []) {
      const d = holds(f) ? kb.index.find(article, f.sentences[0]) : undefined;
      if (d && !out.includes(d)) out.push(d);
    }
  }
  return out;
}

/** Of the facts a question's kind names, in its own words or none: credits, or values whose unit says what they measure. */
function askedKindHolder(q: QuestionAnalysis): ((f: Fact) => boolean) | undefined {
  if (q.wants[0] === 'credit') return (f) => f.type === 'credit';
  // "What's the final tally?": "voted 27 to 22" is a tally by its shape.
  if (q.wants[0] === 'score') return (f) => f.type === 'quantity' && f.kind === 'score';
  const kinds = selfNamedKinds(q);
  return kinds && ((f) => f.type === 'quantity' && kinds.includes(f.kind));
}

/** A sentence that leaves out a name the question gives is less likely about what it asks ("Verenta’s shares rose" for Kestrel’s). */
const NAME_MISSING = 0.8;
function missesName(m: SentenceMatch): boolean {
  for (const t of m.missing) if (t.isName) return true;
  return false;
}

/** How many of the best-matching sentences get a typed answer extracted. */
const EXTRACT_LIMIT = 10;
const LEAD = 2.5;
const LEAD_FOR_PRECISE = 1.2;
const VERBLESS = 0.6;
const CAPTION = 0.6;
/** A sentence without a value of the kind a precise question asks for. */
const NO_VALUE = 0.35;
/** A sentence without a typed answer, for a question that is not precise. */
const NO_TYPED = Math.sqrt(0.45);

/** "How did the drivers hear of it?", "how did she know?": how someone came to know a thing. */
function asksKnowing(q: QuestionAnalysis): boolean {
  return q.rule === 'how' && ASKS_KNOWING.test(q.text);
}

/**
 * What a sentence's place and form say before its words do: the lead sentence of an article
 * states what it is about (news and encyclopaedias alike), and a sentence without a verb is a
 * caption or a heading, which rarely answers anything but a question about the photo.
 */
function prior(kb: KnowledgeBase, m: SentenceMatch, q: QuestionAnalysis): number {
  const d = m.doc;
  let p = 1;
  const first = leadOf(d.article);
  // The lead answers questions about what the article is about, when its subject is what is asked;
  // a question after one precise value is answered where that value is.
  // "Which glacier …" picks one of several the article names, so the lead has no head start there.
  // A yes or no checks one detail beyond what the lead tells, which a reader has already read:
  // "Will more otters be released?" of a lead telling six were released this week is answered by
  // the sentence about the trust's plans, so the lead has no head start there.
  // ("Who founded the bakery?" of a news lead telling that the bakery closes checks one detail, as a
  // precise question does: the founder comes later, and the lead has no more than a small head
  // start. An encyclopaedia's lead, which defines its subject, still names its people.)
  if (first === d.sentence && q.intent !== 'which' && q.intent !== 'yes-no' && (leadSubjectMatches(d, q) || leadWritesScene(d, q))) p *= PRECISE_ANSWERS.has(q.wants[0]) || (asksWhatDetail(q) && !definesAskedSubject(d, q)) || (q.wants[0] === 'person' && !definesAskedSubject(d, q)) ? LEAD_FOR_PRECISE : LEAD;
  // (The sentence telling the hour of the lead's event stands in for the lead.)
  if (m.continues) p *= LEAD_FOR_PRECISE;
  if (!q.wants.includes('credit') && !hasVerb(d.sentence)) p *= VERBLESS;
  // A photo caption describes the picture; the story's own sentences answer questions about the story.
  if (d.sentence.caption && !q.wants.includes('credit')) p *= CAPTION;
  if ((q.intent === 'definition' || q.intent === 'what') && !(q.rule === 'kind-of' && ranksRatherThanClasses(d)) && (definesAskedSubject(d, q) || spellsOutAsked(kb, d, q) || (q.intent === 'definition' && asideDescribesAsked(d, q))) && !reportsCopula(d)) p *= DEFINITION;
  if (q.rule === 'name-of' && namesAskedNoun(d, q)) p *= DEFINITION;
  if (q.rule === 'occupation' && describesAskedOne(d, q)) p *= DEFINITION;
  if (q.rule === 'former-use' && formerUseSpan(d.sentence.tokens)) p *= DEFINITION;
  // ("What kinds of boats were stolen?" / "The boats, which included two kayaks, …" tells the kinds
  // that "nine of the 12 boats were recovered" only counts.)
  if (q.rule === 'kind-of' && (givesExamplesOfAsked(q, d.sentence.tokens) || namesNarrowerOfAsked(q, d.sentence.tokens))) p *= DEFINITION;
  if (aboutAnotherName(kb, q, d)) p *= OTHER_NAME;
  if (measuresAskedNoun(kb, q, d)) p *= MEASURED;
  if (tellsRecordHolder(q, d)) p *= DEFINITION;
  // ("How did the choir hear of the sale?": the lead tells the sale; the source of their knowing comes later.)
  if (asksKnowing(q) && tellsKnownBy(d.sentence)) p *= DEFINITION;
  if (asksCurrentLeader(q) && tellsLeader(kb, q, d, factsOf(kb, d.article.id, d.sentence.index))) p *= DEFINITION;
  const most = superlativeOf(q);
  if (most !== null && d.sentence.text.toLowerCase().includes(most)) p *= SUPERLATIVE;
  if (asksFuture(q) ? futureTold(d) === TELLS_NO_FUTURE : futureTold(d) === TELLS_WILL && asksPast(q)) p *= NOT_TO_COME;
  return p;
}

/**
 * "What did the inspectors find?", "what are the strikers demanding?": a what-question asks one
 * detail of the story, which the lead seldom holds beyond its headline event, so it gets no more
 * than a precise question's head start there. Not one asking what happened or is going on, or what
 * the story is: the lead tells just that.
 */
const asksWhatDetail = (q: QuestionAnalysis): boolean => q.intent === 'what' && !ASKS_THE_STORY.test(q.text);
const ASKS_THE_STORY = /\b(?:happen\w*|going on|story)\b/i;

const FUTURE_ASKED = memoKey<boolean>('whether the question asks what is to come ("will", "going to")');

/** "When will the pool reopen?", "what is the council going to do?", "is traffic expected to fall?": the question asks what is still to come. */
function asksFuture(q: QuestionAnalysis): boolean {
  let future = q.memo.get(FUTURE_ASKED);
  if (future === undefined) {
    const tokens = q.tokens;
    future = false;
    for (let i = 0; i < tokens.length && !future; i += 1) {
      const t = tokens[i];
      future = (t.lemma === 'will' && t.pos === 'AUX') || t.norm === 'gonna' || (TO_COME_BEFORE_TO.has(t.norm) && tokens[i + 1]?.norm === 'to') || (HAPPENS_NOW.has(t.norm) && tokens[i + 1]?.norm === 'to');
    }
    q.memo.set(FUTURE_ASKED, future);
  }
  return future;
}

/**
 * "What happens to the old pier?", "what's happening to the depot?": news readers ask in the present
 * what is planned for a thing, which the story tells with "will be sold" or "is to be demolished".
 */
const HAPPENS_NOW: ReadonlySet<string> = new Set(['happens', 'happening']);
/** Words that, before "to", put an act still to come: "plans to", "is due to", "is set to", "expects to". */
const TO_COME_BEFORE_TO: ReadonlySet<string> = new Set(['plan', 'plans', 'planned', 'planning', 'due', 'set', 'expected', 'expects', 'expect', 'going', 'intends', 'intend', 'aims', 'scheduled', 'hopes', 'hope', 'hoping', 'about']);
/** What a sentence tells of time to come: nothing, a plan or a "would", or a "will". */
const TELLS_NO_FUTURE = 0;
const TELLS_PLAN = 1;
const TELLS_WILL = 2;
const futureCache = new WeakMap<IndexedSentence, number>();

/**
 * What a sentence tells of what is still to come: a "will", or a "would" ("said it would close") or
 * an act planned, due or expected ("is due to reopen", "plans to appeal"), or nothing. A question
 * about what will be is rarely answered by a sentence that tells only what was: "When will the
 * bridge reopen?" by "The bridge will reopen in May", not by "The bridge closed in March". And
 * "when did the bridge close?" rarely by what "will" be. (A "would" reports a past plan as often.)
 */
function futureTold(d: IndexedSentence): number {
  let told = futureCache.get(d);
  if (told === undefined) {
    const tokens = d.sentence.tokens;
    told = TELLS_NO_FUTURE;
    for (let i = 0; i < tokens.length && told < TELLS_WILL; i += 1) {
      const t = tokens[i];
      if (t.pos === 'AUX' && (t.lemma === 'will' || t.norm === 'shall')) told = TELLS_WILL;
      else if ((t.pos === 'AUX' && t.norm === 'would') || (TO_COME_BEFORE_TO.has(t.norm) && tokens[i + 1]?.norm === 'to')) told = TELLS_PLAN;
    }
    futureCache.set(d, told);
  }
  return told;
}

const PAST_ASKED = memoKey<boolean>('whether the question asks what happened ("did")');

/**
 * "When did the pool close?", "why was it shut?", "who founded the club?": the question asks what
 * happened ("did", "was", "were", a verb in -ed; a question about what is planned or expected, "is
 * it expected to …", is asked about the future first). "Where did she say the boats would go?"
 * asks what was to come then, which the sentence may tell with a "will" in her own words; so does
 * "what did he say about the port?", whose "did" is the saying's, not the words'.
 */
function asksPast(q: QuestionAnalysis): boolean {
  let past = q.memo.get(PAST_ASKED);
  if (past === undefined) q.memo.set(PAST_ASKED, (past = q.tokens.some((t) => t.norm === 'did' || t.norm === 'was' || t.norm === 'were' || (t.pos === 'VERB' && t.norm.endsWith('ed') && t.norm !== t.lemma)) && !q.tokens.some((t) => t.norm === 'would' || REPORTING_VERBS.has(t.lemma))));
  return past;
}

/** How much a sentence that tells nothing still to come counts for a question about what will be. */
const NOT_TO_COME = 0.8;

const SUPERLATIVE_ASKED = memoKey<string | null>('the superlative quantifier the question asks by ("the most")');

/**
 * "Who won the most seats?": "most", "fewest" and "least" are stop words, which no index term
 * holds, yet the sentence that says "the most seats" is the one that answers.
 */
function superlativeOf(q: QuestionAnalysis): string | null {
  let most = q.memo.get(SUPERLATIVE_ASKED);
  if (most === undefined) {
    // (Most questions hold none of the three words: the pattern runs only where one is.)
    const lower = q.text.toLowerCase();
    const any = lower.includes('most') || lower.includes('fewest') || lower.includes('least');
    q.memo.set(SUPERLATIVE_ASKED, (most = any ? (/\bthe (?:most|fewest|least)\b/.exec(lower)?.[0] ?? null) : null));
  }
  return most;
}

/** How much a sentence saying the question's "the most" counts. */
const SUPERLATIVE = 1.5;

/** How much a sentence that gives the asked noun to another name than the question's counts ("Dravonia coach"). */
const OTHER_NAME = 0.6;

/** "Who is Corvale's coach?" is answered only by a sentence that names the coach. */
/** ("Where did the money come from?" is answered only where a grant, a loan or a fundraiser is told.) */
// ("What did the grant pay for?" is answered only where a use of money is told: "the hall, built
// with money from a brewer" names money and no use of it.)
const wantsPrecise = (q: QuestionAnalysis): boolean => PRECISE_ANSWERS.has(q.wants[0]) || (q.intent === 'definition' && q.wants[0] === 'person') || q.rule === MONEY_SOURCE_RULE || q.rule === MONEY_USE_RULE || asksAddress(q);

/**
 * How much finding (or not finding) a value of the asked kind in a sentence counts. A precise
 * question ("how many", "where") is answered only where its value stands. For the others ("who
 * chairs the club?", "which firm built it?", "did the mayor resign?") how surely the rules read a
 * name or a clause of the asked kind counts in full: "Ann Roe, the club's chair, said …" ahead of a
 * sentence whose only name is a place. Finding none counts for less (a square root): the answer may
 * be told in words no rule reads, and a sentence that names someone but matches little else must
 * not overtake the one that tells what is asked ("who measured the rainfall?" stays closest to "the
 * rainfall reached 80 mm", not to "Ann Roe, 33, joined the crew"). `loose` takes the square root of
 * a found answer's weight too: the scale the confidence model's margin was fitted on.
 */
export function typedFactor(q: QuestionAnalysis, ext: Extraction | null, loose = false): number {
  // "Has anyone been arrested?": a clause saying no one was is the article's own answer.
  if (ext?.how === SAYS_NONE) return SETTLED;
  if (wantsPrecise(q)) return ext && !unpriced(q, ext) ? 0.6 + 0.4 * ext.strength : asksSelfNamed(q) ? SELF_NAMED_NO_VALUE : NO_VALUE;
  // "What was the cook doing when the van arrived?" is answered by an act in progress ("while he was
  // peeling onions"), not by the words after the question's own in a sentence about the van.
  if (q.intent === 'what' && ext?.how !== ACTIVITY && asksActivity(q)) return NO_VALUE;
  if (!ext) return NO_TYPED;
  const found = 0.6 + 0.4 * ext.strength;
  return loose ? Math.sqrt(found) : found;
}

/**
 * "How much is the deluxe model?" or "how much was it to get in?" asks a price: a count the
 * sentence gives ("a 12-megapixel camera", "1,200 visitors") is no value of the asked kind, and
 * must not keep the sentence that prices the thing from the top. (Not a change, "how much was
 * the rise?", which a share answers.)
 */
function unpriced(q: QuestionAnalysis, ext: Extraction): boolean {
  return q.rule === 'how-much' && PRICE_ASKED.test(q.text) && !CHANGE_ASKED.test(q.text) && ext.how !== 'quantity(money)';
}

const PRICE_ASKED = /^how much (?:is|are|was|were) (?:an?|the|it)\b/i;
const CHANGE_ASKED = /\b(?:rise|increase|fall|drop|cut|change|difference|gap|share|proportion)\b/i;

const DEFINITION = 2.5;
const SETTLED = 1.5;

/**
 * "How warm did the river get?": a temperature, a weight, a speed or an area says by its unit that
 * it is what is asked, so a sentence without one is much further from answering, though it names
 * the river and the one with "touched 25C" does not.
 */
const SELF_NAMED_NO_VALUE = 0.2;
const SELF_NAMED_ASKED = memoKey<boolean>('whether the question asks a measure its unit names (a temperature, a weight)');

function asksSelfNamed(q: QuestionAnalysis): boolean {
  let asked = q.memo.get(SELF_NAMED_ASKED);
  if (asked === undefined) q.memo.set(SELF_NAMED_ASKED, (asked = selfNamedKinds(q) !== undefined));
  return asked;
}

/**
 * "What kind of deal is it?" / "The deal is the biggest since 2011": a subject given "the" after its
 * verb is ranked or picked out among its like ("the largest", "the first"), not told its kind as
 * "a …" would ("The quokka is a small wallaby").
 */
function ranksRatherThanClasses(d: IndexedSentence): boolean {
  const tokens = d.sentence.tokens;
  let k = definedSubjectEnd(d) + 1;
  while (tokens[k]?.pos === 'ADV') k += 1;
  return k > 1 && tokens[k]?.norm === 'the';
}

/**
 * "X is a …", "X (…) refers to …": a sentence that defines its subject, where the subject holds
 * what the question asks about (or the article's title, when the question names it).
 */
function definesAskedSubject(d: IndexedSentence, q: QuestionAnalysis): boolean {
  const end = definedSubjectEnd(d);
  for (let k = 0; k < end; k += 1) if (d.terms[k] !== null && asks(q, d.terms[k]!)) return true;
  return false;
}

/** "What is vellum?" / "Vellum, once made from calfskin, was …": the asked noun opens the sentence, an aside on it after. */
function asideDescribesAsked(d: IndexedSentence, q: QuestionAnalysis): boolean {
  const end = asideDescribedEnd(d);
  for (let k = 0; k < end; k += 1) if (d.terms[k] !== null && asks(q, d.terms[k]!)) return true;
  return false;
}

/**
 * "What does Ana Roth do for a living?" / "Roth, a nurse from Kelby, said …": the asked one's name
 * set off by a comma and "a"/"an" (past an age: "Roth, 44, a nurse") is followed by what she is.
 */
function describesAskedOne(d: IndexedSentence, q: QuestionAnalysis): boolean {
  const tokens = d.sentence.tokens;
  for (let i = 0; i + 2 < tokens.length; i += 1) {
    const term = d.terms[i];
    if (term === null || tokens[i + 1].text !== ',' || !q.terms.some((t) => t.isName && t.term === term)) continue;
    const k = tokens[i + 2].pos === 'NUM' && tokens[i + 3]?.text === ',' ? i + 4 : i + 2;
    if (tokens[k]?.norm === 'a' || tokens[k]?.norm === 'an') return true;
  }
  return false;
}

/** The pronouns of the asked one's gender, where an occupation question asks it of "he" or "she" the conversation named no one for. */
export function pronounsOfAsked(q: QuestionAnalysis): ReadonlySet<string> | undefined {
  for (const t of q.tokens) {
    if (MALE.has(t.norm)) return MALE;
    if (FEMALE.has(t.norm)) return FEMALE;
  }
  return undefined;
}

const MALE: ReadonlySet<string> = new Set(['he', 'his', 'him']);
const FEMALE: ReadonlySet<string> = new Set(['she', 'her', 'hers']);

/** A name given from now on: "will be called", "is going to be named", "would be renamed". */
const NAME_TO_COME = /\b(?:will|would|going to|is to|are to) be (?:re)?(?:called|named)\b/i;
/** "What will the new park be called?", "what is it going to be named?" */
const ASKS_NAME_TO_COME = /\b(?:(?:will|would) (?:[\w'’-]+ ){1,5}|going to )be (?:re)?(?:called|named)\b/i;

/** "What is LWS?" / "The water company, Lindenford Water Services (LWS), issued …": the sentence spells out the asked short form. */
function spellsOutAsked(kb: KnowledgeBase, d: IndexedSentence, q: QuestionAnalysis): boolean {
  const facts = factLookup(kb).bySentence.get(d.article.id)?.[d.sentence.index];
  if (!facts) return false;
  for (const f of facts) if (f.type === 'alias' && q.terms.some((t) => t.isName && t.word === f.alias)) return true;
  return false;
}

/**
 * "She said the new bridge was too narrow", "“The bridge is too narrow,” she said": a verb of saying
 * before the "is", or an "is" in quoted words, makes a view of the thing someone gives, not what the
 * sentence defines it as ("The bridge is a 400-metre steel arch …"). (Run only on a sentence the
 * definition holds of.)
 */
function reportsCopula(d: IndexedSentence): boolean {
  const end = definedSubjectEnd(d);
  const tokens = d.sentence.tokens;
  // (In quoted words, "“The price is generous,” said Ana Roth", the verb of saying comes after; a
  // title in quotation marks, "“Red Harbour” is a 1998 song by …", has none.)
  const quoted = tokens[0]?.text === '“' || tokens[0]?.text === '"';
  const reach = quoted ? tokens.length : end;
  for (let k = 0; k < reach; k += 1) if (tokens[k].pos === 'VERB' && REPORTING_VERBS.has(tokens[k].lemma)) return true;
  return false;
}

/** Whether the term is one the question asks about (a word of it that is not a cue). */
function asks(q: QuestionAnalysis, term: string): boolean {
  for (const t of q.terms) if (!t.isCue && t.term === term) return true;
  return false;
}

function leadSubjectMatches(d: IndexedSentence, q: QuestionAnalysis): boolean {
  const tokens = d.sentence.tokens;
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const subjectEnd = Math.min(verb < 0 ? tokens.length : verb, 12);
  const asked = q.terms.filter((t) => !t.isCue);
  // "Who is the council's leader?" asks about a leader: a lead about the council's director is not about them.
  const wanted = new Set(q.intent === 'definition' && q.wants.includes('person') && asked.length > 0 ? [asked[asked.length - 1].term] : asked.map((t) => t.term));
  for (let i = 0; i < subjectEnd; i += 1) if (d.terms[i] !== null && wanted.has(d.terms[i]!)) return true;
  return false;
}

/**
 * "What happened on Zarkell Row?" / "A gas main burst beneath Zarkell Row early on Friday": the place
 * a what-happened question names is where the story's event took place, and news writes it after
 * the event's verb, not as the lead's subject, so a lead writing every word of the scene (or
 * heading the story with it, in a title or dateline) tells that event.
 */
function leadWritesScene(d: IndexedSentence, q: QuestionAnalysis): boolean {
  if (q.rule !== 'what-happened') return false;
  const heading = titleTerms(d.article);
  return q.terms.every((t) => t.isCue || heading.has(t.term) || d.terms.includes(t.term));
}

/** Highest score first, then reading order. */
const byScore = (a: Candidate, b: Candidate): number => b.score - a.score || a.m.doc.doc - b.m.doc.doc;

/** Of a candidate whose sources share: at least this part of the best one's score. */
export const SOURCE_SHARE = 0.6;

/**
 * The best sentences for a question, each scored by how well it matches (BM25, coverage) and
 * whether it holds a value of the kind asked for: what answering and ranking both use.
 * With `forAnswer`, only the order of the first two and the sources that can stand beside the
 * best are exact: a candidate that can no longer reach them is not extracted (ranking every
 * sentence needs the full order and leaves it off).
 */
export function scoreCandidates(kb: KnowledgeBase, q: QuestionAnalysis, limit: number, restrict?: IndexedSentence['article'], forAnswer = false): Candidate[] {
  const { matches, bm25 } = rankMatches(kb, q, limit, restrict);
  for (const d of entitySentences(kb, q, matches)) {
    if ((restrict && d.article !== restrict) || matches.some((m) => m.doc === d)) continue;
    // A sentence the matches left out for others that only cover more keeps the words it shares.
    const m = matchSentence(kb, q, d, bm25.get(d.doc) ?? 0);
    // With no shared word, no BM25: the entity stands in for the words the question names it by
    // (a mention the sentence does not write already earned that in its bonus). The match is this
    // loop's own: scored in place rather than copied.
    // (So does the other word a sentence right after the lead names the lead's new thing by: "The
    // device, named HELIX," for "what is the telescope called?")
    m.score = Math.max(m.score, (namesLeadThing(q, d) ? 1 : m.exactCoverage) * (matches[0]?.bm25 ?? 1) * 0.5);
    matches.push(m);
  }
  // "Which duck won?" / "…, crossed the line after 11 minutes.", then "how long did it take?": a
  // follow-up most often asks more of the last answer's sentence, whatever words it shares.
  const last = q.lastSource?.followsUp ? kb.index.find(q.lastSource.article, q.lastSource.index) : undefined;
  if (last && (!restrict || last.article === restrict) && !matches.some((m) => m.doc === last)) {
    const m = matchSentence(kb, q, last, bm25.get(last.doc) ?? 0);
    m.score = Math.max(m.score, (matches[0]?.score ?? 1) * LAST_SHARE);
    matches.push(m);
  }
  // "Who took the photo?" names nothing a caption writes: the credited captions answer it. "How
  // hot did it get?" is answered by a temperature, whatever words its sentence shares.
  const holds = askedKindHolder(q);
  if (holds) {
    const share = q.wants[0] === 'credit' ? 1 : KIND_ONLY_SHARE;
    for (const d of sentencesHolding(kb, matches, holds)) {
      if ((restrict && d.article !== restrict) || matches.some((m) => m.doc === d)) continue;
      const m = matchSentence(kb, q, d, bm25.get(d.doc) ?? 0);
      m.score = Math.max(m.score, (matches[0]?.score ?? 1) * share);
      matches.push(m);
    }
  }
  if (opensOnStory(q)) creditStoryScene(kb, q, matches, bm25, restrict);
  if (q.wants[0] === 'score' && VOTE_ASKED.test(q.text)) creditVoteTally(kb, matches);
  if (asksHour(q)) creditLeadHour(kb, q, matches, bm25, restrict);
  if (asksActLength(q)) creditActLengths(kb, q, matches, bm25, restrict);
  if (q.rule === 'how-long-size') creditRelatedMeasures(kb, q, matches, bm25, restrict);
  if (asksLifeSpan(q)) creditLifeSpans(kb, q, matches, bm25, restrict);
  if (asksGap(q)) creditLengths(kb, q, matches, bm25, restrict, (d, f) => gapLengthOf(d.sentence.text, f) !== undefined, holdsGap);
  if (q.wants[0] === 'reason') creditEvidenceCause(kb, q, matches, bm25, restrict);
  // ("Why was she at the mill?" shares no word with "… who had gone in to lock the gates".)
  if (q.wants[0] === 'reason' && asksPresence(q)) creditSentencesTelling(kb, q, matches, bm25, restrict, (s) => errandAt(s.tokens) >= 0);
  if (q.intent === 'what' && asksOffence(q)) creditSentencesTelling(kb, q, matches, bm25, restrict, tellsOffence);
  if (q.intent === 'what' && asksInjury(q)) creditSentencesTelling(kb, q, matches, bm25, restrict, tellsInjury);
  if (q.intent === 'what' && asksMaterial(q)) creditSentencesTelling(kb, q, matches, bm25, restrict, (s, d) => tellsMaterialOfAsked(q, s.text, d), 1);
  if (q.intent === 'what' && asksConcern(q)) creditSentencesTelling(kb, q, matches, bm25, restrict, tellsConcern);
  if (q.intent === 'what' && asksBlame(q)) creditSentencesTelling(kb, q, matches, bm25, restrict, tellsBlame);
  if (q.intent === 'what' && asksPeriod(q)) creditSentencesTelling(kb, q, matches, bm25, restrict, tellsPeriod);
  if (q.intent === 'what' && asksActivity(q)) creditSentencesTelling(kb, q, matches, bm25, restrict, tellsActivity);
  // ("What else did they find?" shares little beyond its verb with "They also dug up a coin".)
  if (asksWhatElse(q)) creditFurtherActs(kb, q, matches, bm25, restrict);
  if (asksDoer(q)) creditPassiveDoers(kb, q, matches, bm25, restrict);
  if (q.rule === 'kind-of') creditSentencesTelling(kb, q, matches, bm25, restrict, (s) => givesExamplesOfAsked(q, s.tokens));
  if (q.rule === 'kind-of') creditNarrowerKinds(kb, q, matches, bm25, restrict);
  // ("How was the fraud uncovered?" shares no word with "It came to light when a clerk noticed …".)
  if (q.rule === 'how' && ASKS_DISCOVERY.test(q.text)) creditSentencesTelling(kb, q, matches, bm25, restrict, (s) => DISCOVERY_TOLD.test(s.text));
  // ("How did the drivers find out?" shares no word with "We heard through a notice on the gate".)
  if (asksKnowing(q)) creditSentencesTelling(kb, q, matches, bm25, restrict, tellsKnownBy);
  if (q.rule === MONEY_SOURCE_RULE) creditMoneySources(kb, q, matches, bm25, restrict);
  if (q.rule === MONEY_USE_RULE) creditMoneyUses(kb, q, matches, bm25, restrict);
  if (q.intent === 'yes-no') creditWaivedPrices(kb, q, matches, bm25, restrict);
  if (q.intent === 'who') creditTitledAfterAsked(kb, q, matches, bm25, restrict);
  // "Who had the record before her?" / "… cut ten seconds off the old best, set in 1990 by …": the
  // sentence naming the earlier holder may call the record by another word.
  if (asksRecordHolder(q)) creditSentencesTelling(kb, q, matches, bm25, restrict, (_s, d) => tellsRecordHolder(q, d));
  if (asksWhatThought(q)) creditOwnThoughts(kb, q, matches, bm25, restrict);
  if (q.intent === 'which' && q.focus !== undefined) creditKindNames(kb, q, q.focus.term, matches, bm25, restrict);
  // ("What was the building before?" shares no word with "opened in a former chapel".)
  // "What was her job?" of no one named shares only "job" with "She worked for 30 years as a midwife".
  const unnamed = q.rule === 'occupation' ? pronounsOfAsked(q) : undefined;
  if (unnamed) creditSentencesTelling(kb, q, matches, bm25, restrict, (s) => tellsWorkOfPronoun(s.tokens, unnamed), 1);
  // (… nor need "what was it originally?" share any word with the story.)
  if (q.rule === 'former-use') creditSentencesTelling(kb, q, matches, bm25, restrict, (s) => formerUseSpan(s.tokens) !== null, 1);
  // "What street is the hall on?" / "The hall, on Mill Row, …": of an article's many sentences on the
  // hall, the few naming its street may share no more of the question than the rest, and fall
  // outside the best matches; they join them on what they do share.
  if (asksAddress(q)) matchesTelling(kb, q, matches, bm25, restrict, tellsAddress);
  // "What was the vote tally?", "what was the final score?", "who took this photo?": a question of
  // cue words only has nothing else to cover; the value asked for decides. ("How old is she?",
  // "what percentage is that?" speak of something a conversation left unresolved.)
  // ("How cold did it get?": the "it" of the weather points back to nothing; "how did they raise
  // the money?" asks of the story's own money, whoever "they" are.)
  // (Nor "over what period did this go on?": the story's own period.)
  if (!q.terms.some((t) => !t.isCue) && (q.wants[0] === 'credit' || q.rule === MONEY_SOURCE_RULE || q.rule === 'period' || !pointsBack(q) || weatherAsked(q))) for (const m of matches) m.coverage = m.exactCoverage = 1;
  // Extraction is the costly step: only the sentences that could still come first get it. Each
  // candidate is scored first by its base (match and prior), which extraction then weighs: one
  // object per sentence, not a ranked entry and then a candidate.
  const candidates: Candidate[] = sortSmall(
    matches.map((m) => ({ m, ext: null, loose: 0, score: m.score * (0.4 + m.coverage) * prior(kb, m, q) * (missesName(m) ? NAME_MISSING : 1) * (leansOn(q, m.doc) ? LAST_SOURCE : 1) })),
    byScore,
  );
  const extractLimit = Math.max(limit, EXTRACT_LIMIT);
  const ceiling = q.intent === 'yes-no' && asksWhetherAny(q.text) ? SETTLED : 1;
  let best = -Infinity;
  let second = -Infinity;
  for (let i = 0; i < candidates.length; i += 1) {
    const c = candidates[i];
    const base = c.score;
    // A typed answer lowers a score (typedFactor <= 1) but for a clause saying none happened, so
    // once the base score at its best is below both the runner-up and the sources' cut,
    // extraction cannot change the answer.
    const reachable = !forAnswer || base * ceiling >= Math.min(second, best * SOURCE_SHARE);
    c.ext = (i < extractLimit || holdsAskedAge(kb, q, c.m.doc) || measuresAskedNoun(kb, q, c.m.doc)) && reachable ? extractAnswer(kb, q, c.m) : null;
    const added = addedCountFactor(q, c.m.doc, c.ext);
    const score = base * typedFactor(q, c.ext) * added;
    c.score = score;
    c.loose = base * typedFactor(q, c.ext, true) * added;
    if (score > best) {
      second = best;
      best = score;
    } else if (score > second) second = score;
  }
  sortSmall(candidates, byScore);
  const preferred = preferTyped(kb, q, candidates);
  return q.intent === 'quote' ? quoteAfterClaim(kb, q, preferred) : q.wants[0] === 'reason' ? reasonAfterAct(kb, preferred) : preferred;
}

/**
 * "Why did the shop shut?": news tells an act, then in the next sentence of the paragraph why,
 * often in the doer's own words ("The shop shut on Friday." / "“We simply ran out of money,” its
 * owner said.") or in words reported ("She said the lease had run out."). A best sentence that
 * tells the asked act and gives no reason of its own hands the why to a quotation that opens the
 * sentence after it, or to a "he/she/they said" that opens it.
 */
function reasonAfterAct(kb: KnowledgeBase, candidates: Candidate[]): Candidate[] {
  const [best] = candidates;
  if (!best || best.ext !== null || best.m.coverage < ACT_TOLD || missesName(best.m)) return candidates;
  const d = best.m.doc;
  const next = kb.index.find(d.article.id, d.sentence.index + 1);
  if (!next || next.sentence.paragraph !== d.sentence.paragraph || next.sentence.caption) return candidates;
  // (A sentence of quoted words that tells the act is the speaker's account already: the words
  // after it go on with it.)
  if (OPENING_QUOTE.has(d.sentence.tokens[0]?.text ?? '')) return candidates;
  // (Nor one that tells what had happened itself: "he said his daughter had been cared for there".)
  if (toldBefore(d.sentence.tokens)) return candidates;
  const said = quoteOpening(kb, next);
  const t = next.sentence.tokens;
  const reported = !said && BACK_SPEAKERS.has(t[0]?.norm ?? '') && t[1]?.lemma === 'say';
  if (!said && !reported) return candidates;
  const ext: Extraction = said
    ? quoted(said, 'reason', REASON_AFTER, REASON_AFTER_STRENGTH)
    : { text: next.sentence.text.slice(t[2]?.start ?? 0).replace(OPENING_THAT, '').replace(CLOSING_STOP, ''), type: 'reason', how: REASON_AFTER, strength: REASON_AFTER_STRENGTH };
  // Matched as the sentence it follows: that is where the asked act is told.
  return answeredNext(candidates, best, next, ext);
}

/**
 * "What did he think it was at first?" / "“I really thought it was a bit of old pipe,” he
 * said": a belief someone had is told in their own "I thought", which need share none of the
 * question's other words ("at first" is the lead's "the first person to …" as much), and which
 * tells it better than a sentence on what they did not know ("she had not realised at first"):
 * weighed a little above the best match.
 */
function creditOwnThoughts(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  const { top, topCoverage } = bestOf(matches);
  for (const m of matchesTelling(kb, q, matches, bm25, restrict, (s) => saysOwnThought(s.tokens))) {
    m.score = Math.max(m.score, top * OWN_THOUGHT_LEAD);
    m.coverage = Math.max(m.coverage, topCoverage);
  }
}

const OWN_THOUGHT_LEAD = 1.1;

/**
 * "Which court heard the case?" / "… when she appeared at Zarnwick Crown Court on Monday": the
 * sentence naming one of the asked kind by its noun seldom writes the question's verb ("heard",
 * "dealt with"), and falls behind sentences on the case; it is weighed close to the best match.
 */
function creditKindNames(kb: KnowledgeBase, q: QuestionAnalysis, focus: string, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  const top = Math.max(0, ...matches.map((m) => m.score));
  let topCoverage = 0;
  for (const m of matches) if (m.score === top) topCoverage = m.coverage;
  // (Not the lead: the one it names is the story's own, "Yottering Sailing Club will move …", seldom the
  // other one asked of: "which club lent them a boat?")
  // (Nor one leaving out a thing the question names, "which school had the most fines?": only its act may go unsaid.)
  for (const m of matchesTelling(kb, q, matches, bm25, restrict, (s, d) => s !== leadOf(d.article) && namesKindIn(d, focus))) {
    if (m.missing.some((t) => t.pos !== 'VERB')) continue;
    m.score = Math.max(m.score, top * KIND_NAME_SHARE);
    m.coverage = Math.max(m.coverage, topCoverage * KIND_NAME_SHARE);
  }
}

const KIND_NAME_SHARE = 0.8;

/** "What did she think it was?", "what did the neighbour think she was seeing?": a belief asked, in the past. */
const asksWhatThought = (q: QuestionAnalysis): boolean => q.intent === 'quote' && WHAT_THOUGHT.test(q.text);
const WHAT_THOUGHT = /^what did\b.*\bthink\b/i;

/** "I thought", "we honestly thought": the speaker's own belief, told in the first person. */
function saysOwnThought(tokens: readonly Token[]): boolean {
  for (let k = 1; k < tokens.length; k += 1) {
    if (tokens[k].norm !== 'thought') continue;
    const before = tokens[k - 1].pos === 'ADV' ? tokens[k - 2] : tokens[k - 1];
    if (before !== undefined && FIRST_PERSON.has(before.norm)) return true;
  }
  return false;
}

const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we']);

/** How much of the question the act's sentence must cover to be the asked act's. */
const ACT_TOLD = 0.7;
const REASON_AFTER = 'what the next sentence explains';
/** Readings of a reason that the sentence does not call one: an aside, a purpose, what it happened as. */
const LOOSE_REASONS: ReadonlySet<string> = new Set([HAPPENED_AS, 'an aside on the asked thing', 'what it was done for', 'what it was for', 'what the feeling is about', 'what the asked party said']);
/** Causes given in words that say they are one, or argued by the doer ("argued that …"). */
const CAUSES_GIVEN: ReadonlySet<string> = new Set([...OUTRIGHT_REASONS, 'the reason given']);
/** "She said …", "they said …": reported words whose speaker the sentence before names. */
const BACK_SPEAKERS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
const OPENING_THAT = /^that\s+/i;
const CLOSING_STOP = /[.!?]+$/;
const OPENING_QUOTE: ReadonlySet<string> = new Set(['"', '“', '‘', "'"]);
const REASON_AFTER_STRENGTH = 0.8;

/** "… said a storm had cracked its deck": "had" and a past participle, what happened before the act (its reason, often). */
function toldBefore(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    if (tokens[i].norm !== 'had') continue;
    let j = i + 1;
    while (tokens[j]?.norm === 'not' || tokens[j]?.norm === 'been' || tokens[j]?.norm === 'already') j += 1;
    // (wink tags some participles adjectives: "had shredded".)
    if (tokens[j]?.pos === 'VERB' || (tokens[j]?.pos === 'ADJ' && tokens[j].norm.endsWith('ed'))) return true;
  }
  return false;
}

/**
 * "What did the vicar say about the roof?" / "The vicar, Ann Cole, said repairs were overdue." /
 * "“Every winter we put out more buckets,” she said.": news gives a speaker's point in reported
 * speech, then her own words. The question asks for her words, and the quote that follows speaks
 * of what the sentence before it does, though it writes neither her name nor the roof.
 */
function quoteAfterClaim(kb: KnowledgeBase, q: QuestionAnalysis, candidates: Candidate[]): Candidate[] {
  const [best] = candidates;
  if ((best?.ext?.how !== CLAIM && best?.ext?.how !== REPORTED_SPEECH) || !ASKS_WORDS.test(q.text) || SAYS_CLAUSE.test(q.text)) return candidates;
  // ("What did the vicar say about the roof?" / "The vicar said the roof was "past saving".":
  // reported speech that quotes her own words gives them already, on the asked topic, where the
  // quote after it may go on to another.)
  if (ABOUT_TOPIC.test(q.text) && QUOTED_WORDS.test(best.m.doc.sentence.text)) return candidates;
  const who = best.ext.attribution;
  const next = kb.index.find(best.m.doc.article.id, best.m.doc.sentence.index + 1);
  if (!next) return candidates;
  const said = (who === undefined ? undefined : quoteOpening(kb, next, who)) ?? namedBefore(quoteOpening(kb, next), best.m.doc, q, best.ext.text);
  if (!said) return candidates;
  // The quote is matched as the sentence it follows: that is where its speaker and topic are told.
  return answeredNext(candidates, best, next, { ...quoted(said, 'quote', QUOTE, 1), focus: said.speaker });
}

/**
 * "Inspector Ida Zelwick of Tarby Police said the force would act." / "“We will,” she said.": the
 * quote's speaker, written in the sentence before, is the one that sentence reports, though its
 * claim was put down to the force or left to no one.
 */
function namedBefore(said: QuoteFact | undefined, before: IndexedSentence, q: QuestionAnalysis, reported: string): QuoteFact | undefined {
  if (said === undefined || !said.speaker.includes(' ') || !before.sentence.text.includes(lastWord(said.speaker))) return undefined;
  // ("What did she say about the fees?" / "She said the fees had doubled." / "“We were stunned,”
  // she said.": the reporter's account tells the asked topic, her words after it do not.)
  return topicOverlap(q, reported) > 0 && topicOverlap(q, said.text) === 0 ? undefined : said;
}

const ABOUT_TOPIC = /\babout\b/i;
/** Words in quotation marks, of a few words at least. */
const QUOTED_WORDS = /["“][^"“”]{8,}["”]/;

/** The quotation that opens a sentence (one of `speaker`'s, where one is given), if one does. */
function quoteOpening(kb: KnowledgeBase, d: IndexedSentence, speaker?: string): QuoteFact | undefined {
  return factsOf(kb, d.article.id, d.sentence.index).find((f): f is QuoteFact => f.type === 'quote' && Math.min(...f.sentences) === d.sentence.index && (speaker === undefined || sameSpeaker(f.speaker, speaker)));
}

/** A quotation's words as an answer, with its speaker and the sentences it runs over. */
function quoted(said: QuoteFact, type: Extraction['type'], how: string, strength: number): Extraction {
  return { text: `“${said.text}”`, type, how, strength, attribution: said.speaker, ...(said.sentences.length > 1 ? { spans: [...said.sentences].sort((a, b) => a - b) } : {}) };
}

/**
 * The candidates with the best one's match moved to the sentence after it, answered by `ext`,
 * first: the words that follow answer what the best sentence tells.
 */
function answeredNext(candidates: Candidate[], best: Candidate, next: IndexedSentence, ext: Extraction): Candidate[] {
  return [{ m: { ...best.m, doc: next }, ext, score: best.score, loose: best.loose }, ...candidates.filter((c) => c.m.doc !== next)];
}

/**
 * Questions on the words said. ("How did she describe the plan?" asks the words she gave it, and
 * "what does he think of it?" his view, which the reported sentence itself tells.)
 */
const ASKS_WORDS = /\b(?:say|said|says|tell|told|add|added|warn|warned|promise|promised|statement|words|comments?|remarks?)\b/i;

/** "What did she say the volunteers had done?": a clause after the verb asks what the reported words tell. */
const SAYS_CLAUSE = /\b(?:say|said|tell|told)\s+(?!about\b)(?:[\w'’-]+\s+){1,3}(?:was|were|is|are|had|has|have|would|will|could|did)\b/i;

/** "Ann Cole" and "Cole" (or "Ms Cole") are one speaker. */
const sameSpeaker = (a: string, b: string): boolean => a === b || a.endsWith(` ${lastWord(b)}`) || b.endsWith(` ${lastWord(a)}`);
const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);

/**
 * "How many flats will there be?" / "640", then "and how many of them will be cheaper?": a follow-up
 * most often asks more of what the last answer's sentence tells ("640 flats, 128 of them below
 * market rent"), so that sentence weighs a little more than its shared words alone make it.
 */
const LAST_SOURCE = 1.3;
/** The last answer's sentence, brought in by a follow-up that shares no word with it: this part of the best match's score. */
const LAST_SHARE = 0.5;
/** Whether the sentence is the last answer's, and the question leans on that answer. */
export const leansOn = (q: QuestionAnalysis, d: IndexedSentence): boolean =>
  q.lastSource?.followsUp === true && d.article.id === q.lastSource.article && d.sentence.index === q.lastSource.index;

/** "What time did the collision happen?", "at what hour …": a question asking for the time of day. */
const asksHour = (q: QuestionAnalysis): boolean => {
  if (q.wants[0] !== 'time' || PLANNED.test(q.text)) return false;
  const unit = askedTimeUnit(q);
  return unit === 'time' || unit === 'hour';
};

/** "What time was it supposed to touch down?": a planned time, not the hour of what the lead tells happened. */
const PLANNED = /\b(?:supposed|due|planned|scheduled|meant|expected)\b/i;

/** "What was the final vote?", "how did the council vote on the plan?": a vote's tally asked. */
const VOTE_ASKED = /\bvot(?:e|es|ed|ing)\b/i;
const VOTE_TERMS: ReadonlySet<string> = new Set(['vote', 'votes', 'voted', 'voting'].map((w) => termOfWord(w)));

/**
 * "How did the council vote on the bypass?" / "Councillors voted 29 to 12 in favour": a sentence
 * giving a tally by a word of voting tells how the vote went, though it names the council and
 * the plan by other words than the question ("councillors", "in favour"), or by none: it weighs
 * as the best match does.
 */
function creditVoteTally(kb: KnowledgeBase, matches: SentenceMatch[]): void {
  let best: SentenceMatch | undefined;
  for (const m of matches) if (best === undefined || m.score > best.score) best = m;
  // (Where the best match gives a tally of its own, it answers: "the board's decision was taken by
  // a vote of six to one" is not outweighed by another vote's tally.)
  if (best === undefined || tellsTally(kb, best.doc)) return;
  for (const m of matches) {
    if (!m.doc.terms.some((t) => t !== null && VOTE_TERMS.has(t)) || !tellsTally(kb, m.doc)) continue;
    m.score = Math.max(m.score, best.score);
    m.coverage = Math.max(m.coverage, best.coverage);
  }
}

const tellsTally = (kb: KnowledgeBase, d: IndexedSentence): boolean => factsOf(kb, d.article.id, d.sentence.index).some((f) => f.type === 'quantity' && f.kind === 'score');

/**
 * "How long did the robbery take?" / "… in what police called a planned raid that lasted less than
 * seven minutes": news tells an act's length by "lasted" or "took" after whatever noun it names the
 * act by this time ("raid", "operation", "session"), which the question seldom shares. A sentence
 * telling such a length of a noun that is the question's act, a word related or a near one by word
 * vectors, weighs as the best match does ("the trial lasted" says nothing of a review's length).
 */
function creditActLengths(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  const acts = q.terms.filter((t) => !t.isCue && !t.isName && t.pos === 'NOUN');
  const last = acts[acts.length - 1];
  if (last === undefined) return;
  const named = [last, subjectNoun(q, acts) ?? last].map((act) => ({ term: act.term, row: vectorId(act.word.toLowerCase()) }));
  creditLengths(kb, q, matches, bm25, restrict, (d, f) => {
    const at = d.sentence.text.indexOf(f.text);
    if (at <= 0 || !toldAsActLength(d.sentence.text, at)) return false;
    // The noun the length is told of: "a raid that lasted", "the whole operation took".
    const tokens = d.sentence.tokens;
    let k = tokens.findIndex((t) => t.start >= at) - 1;
    while (k >= 0 && tokens[k].pos !== 'VERB') k -= 1;
    for (let j = k - 1; j >= Math.max(0, k - ACT_NOUN_REACH); j -= 1) {
      if (tokens[j].pos !== 'NOUN') continue;
      const term = d.terms[j];
      return term !== null && named.some((act) => term === act.term || areRelated(act.term, term) || similarity(act.row, vectorId(tokens[j].norm)) >= ACT_ALIKE);
    }
    return false;
  });
}

/**
 * "How long will a ride from one end of the line to the other take?": the act whose length is asked
 * is the subject's noun, the head of the first nouns in a row ("the night bus trial"), not the last
 * noun of a phrase hung on it ("line").
 */
function subjectNoun(q: QuestionAnalysis, acts: readonly QuestionTerm[]): QuestionTerm | undefined {
  const first = q.tokens.findIndex((t) => t.pos === 'NOUN');
  if (first < 0) return undefined;
  let head = first;
  while (q.tokens[head + 1]?.pos === 'NOUN') head += 1;
  const word = q.tokens[head].norm;
  return acts.find((t) => t.word.toLowerCase() === word);
}

/** A length, read as a quantity or as a time ("about six minutes"). */
const isLength = (f: Fact): f is Length => (f.type === 'quantity' || f.type === 'time') && f.kind === 'duration';
type Length = Extract<Fact, { type: 'quantity' | 'time' }>;
/** A length, or a time told back from an act ("two years after"), which may be a gap's. */
const holdsGap = (f: Fact): f is Length => (f.type === 'time' && f.kind === 'relative') || isLength(f);

/** The best match's score (at least `least`) and its coverage, found by score: the matches may have gained sentences out of order. */
function bestOf(matches: readonly SentenceMatch[], least = 0): { top: number; topCoverage: number } {
  let top = least;
  let topCoverage = 0;
  for (const m of matches) if (m.score > top) [top, topCoverage] = [m.score, m.coverage];
  return { top, topCoverage };
}

/**
 * Lifts every sentence holding a length (of time, or a distance: see isDistance) that `tells` reads
 * as the asked one to the best match's score and coverage.
 */
function creditLengths(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined, tells: (d: IndexedSentence, f: Length) => boolean, holds: (f: Fact) => f is Length = isLength): void {
  const { top, topCoverage } = bestOf(matches);
  for (const d of sentencesHolding(kb, matches, holds)) {
    if (restrict && d.article !== restrict) continue;
    if (!factsOf(kb, d.article.id, d.sentence.index).some((f) => holds(f) && tells(d, f))) continue;
    let m = matches.find((x) => x.doc === d);
    if (!m) matches.push((m = matchSentence(kb, q, d, bm25.get(d.doc) ?? 0)));
    m.score = Math.max(m.score, top);
    m.coverage = Math.max(m.coverage, topCoverage);
  }
}

/**
 * "How long has the choir been going?", "how long has the market been around?": the question asks
 * how long a thing has existed, with no object of its own ("how long has she been running the
 * shop?" asks her part in it).
 */
const asksLifeSpan = (q: QuestionAnalysis): boolean => q.rule === 'how-long' && LIFE_SPAN_ASKED.test(q.text);
const LIFE_SPAN_ASKED = /\b(?:has|have|'s|’s)\s+(?:[\w'’-]+\s+){0,4}?([\w-]+)\s+(?:been (?:going|going on|around|running|open|in existence|in business|trading|operating)|existed)\W*$/i;
/** The nouns after a length that make it a thing's life so far: "the choir's 80-year history". */
const LIFE_NOUNS: ReadonlySet<string> = new Set(['history', 'existence', 'life', 'lifetime']);
/** A head noun, not a pronoun: "how long has it been going?" names nothing to find. */
const LIFE_HEADS = /^(?!(?:it|he|she|they|this|that|you|we|i)$)[a-z][\w-]*$/i;
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/**
 * "How long has the choir been going?" / "… the best turnout in the choir's 80-year history": news
 * gives a body's age by its history, in a sentence about something else that shares only its
 * name with the question (and neither "been" nor "going"). A sentence that gives such a length to
 * the asked thing (its word or a related one, with "'s") weighs as the best match does.
 */
function creditLifeSpans(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  // The asked thing is the word before "been" (or "existed"): its head noun. (Some nouns, "show",
  // are no index terms of the question: the word itself is read.)
  const head = LIFE_SPAN_ASKED.exec(q.text)?.[1];
  if (head === undefined || !LIFE_HEADS.test(head)) return;
  const thing = termOfWord(head.toLowerCase());
  creditLengths(kb, q, matches, bm25, restrict, (d, f) => {
    const tokens = d.sentence.tokens;
    const span = tokensOfText(d.sentence, f.text);
    if (!span || !POSSESSIVE.has(tokens[span.first - 1]?.text ?? '') || !LIFE_NOUNS.has(tokens[span.last + 1]?.norm ?? tokens[span.last].norm)) return false;
    // (The owner's word, as the question's: an index may hold no term for it.)
    const owner = tokens[span.first - 2];
    if (owner === undefined) return false;
    const term = d.terms[span.first - 2] ?? termOfWord(owner.norm);
    return term === thing || areRelated(thing, term);
  });
}

/** Words back from "lasted" or "took" to the noun of the act it measures ("a raid that lasted"). */
const ACT_NOUN_REACH = 3;
/** Word-vector similarity at which a sentence's noun names the question's act ("raid" for "robbery"). */
const ACT_ALIKE = 0.55;

/** Words that name whatever event a story tells of: "the accident", "the attack", "happen". */
const STORY_EVENT_WORDS: ReadonlySet<string> = new Set(['accident', 'incident', 'attack', 'disaster', 'tragedy', 'happen', 'occur'].map((w) => termOfWord(w)));

/**
 * "What time did the accident happen?": a question naming its event only by a word for any event
 * asks about the story's own, which the lead tells in its own words ("a crowded passenger bus
 * plunged off a mountain road early on Tuesday"): the lead covers it all, as well as the best match does.
 */
function storyEventMatch(kb: KnowledgeBase, q: QuestionAnalysis, article: string, index: number, top: number): SentenceMatch | undefined {
  const asked = q.terms.filter((t) => !t.isCue);
  if (asked.length === 0 || !asked.every((t) => STORY_EVENT_WORDS.has(t.term))) return undefined;
  const d = kb.index.find(article, index);
  if (!d) return undefined;
  return { doc: d, bm25: 0, score: top, coverage: 1, exactCoverage: 1, matched: asked.map((t) => t.word), missing: [] };
}

/**
 * "Where is it?" opening a conversation, with no word but its pronoun: the "it" is the story's own
 * subject, which the lead brings in and the sentence after it places ("A repair café in Colby has
 * fixed 1,000 items" / "The café, held monthly in the church hall on Mill Lane, …"). Both are
 * matched as wholly as a question of cue words is; the typed answer picks between them. (So is
 * "what street is it on?", whose word for a street only names the kind of answer.)
 */
const opensOnStory = (q: QuestionAnalysis): boolean => (q.intent === 'where' || asksAddress(q)) && q.lastSource === undefined && !q.terms.some((t) => !t.isCue) && q.tokens.some((t) => t.norm === 'it') && !q.tokens.some((t) => PEOPLE_POINTERS.has(t.norm));

/** Pronouns for people: "where did they take him?" asks after someone, whom the lead may only bring in. */
const PEOPLE_POINTERS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'they', 'them', 'his', 'their']);

function creditStoryScene(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  if (kb.articles.length !== 1 && restrict === undefined) return;
  const article = restrict ?? kb.articles[0];
  const lead = leadOf(article);
  if (!lead) return;
  const next = article.sentences[article.sentences.indexOf(lead) + 1];
  const top = matches[0]?.score ?? 1;
  for (const s of next && !next.caption ? [lead, next] : [lead]) {
    const d = kb.index.find(article.id, s.index);
    if (!d) continue;
    let m = matches.find((x) => x.doc === d);
    if (!m) matches.push((m = matchSentence(kb, q, d, bm25.get(d.doc) ?? 0)));
    m.score = Math.max(m.score, top);
    m.coverage = m.exactCoverage = 1;
  }
}

/**
 * "What was he charged with?" / "Kell pleaded guilty at Tarn Crown Court to two counts of arson":
 * court reports give the offence after a set phrase ("pleaded guilty to", "admitted", "on suspicion
 * of") in a sentence that seldom writes the question's verb, while one that does may tell another
 * sense of it ("he charged tenants £60"). A sentence of the asked article giving an offence so
 * weighs as the best match does, and its offence decides (see offenceCharged). So does one telling
 * an injury, for "what injuries did she suffer?" ("she broke her wrist", "treated for burns").
 * (`least`: what it weighs where no sentence shares a word with the question.)
 */
/** A test of one sentence of the asked article, given as written and as the index holds it (its terms, its article). */
type SentenceTest = (s: IndexedSentence['sentence'], d: IndexedSentence) => boolean;

/**
 * "What else did they find?" / "They found a sword. They also dug up a coin.": the sentences telling
 * the asked act once more come level with the best match, and the plain telling of the first thing
 * falls below them.
 */
function creditFurtherActs(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  const { top, topCoverage } = bestOf(matches);
  const further = matchesTelling(kb, q, matches, bm25, restrict, (_s, d) => tellsFurtherAct(kb, q, d));
  if (further.length === 0) return;
  for (const m of matches) if (!writesAddition(m.doc)) m.score *= FIRST_THING_SHARE;
  for (const m of further) {
    m.score = Math.max(m.score, top);
    m.coverage = Math.max(m.coverage, topCoverage);
  }
}

/** How much a sentence telling the asked act with no word of addition keeps, beside one that has it. */
const FIRST_THING_SHARE = 0.8;

function creditSentencesTelling(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined, tells: SentenceTest, least = 0): void {
  const { top, topCoverage } = bestOf(matches, least);
  for (const m of matchesTelling(kb, q, matches, bm25, restrict, tells)) {
    m.score = Math.max(m.score, top);
    m.coverage = Math.max(m.coverage, topCoverage);
  }
}

/**
 * "Who found the purse?" / "The purse was spotted on Friday by a cleaner, Ada Roe": a sentence
 * telling the asked act in the passive, in a word related to the question's verb, with a named doer
 * after "by" may share nothing else with the question ("the purse" may be "it"); it joins the
 * matches a little below the best, as covering nearly what the best covers, so that the swaps
 * towards a named doer can reach it.
 */
function creditPassiveDoers(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  const { top, topCoverage } = bestOf(matches);
  for (const m of matchesTelling(kb, q, matches, bm25, restrict, (_s, d) => tellsNamedPassiveDoer(kb, q, d))) {
    // (Not a doer of the act on another named thing: "who found Ada Roe's purse?")
    if (missesName(m)) continue;
    m.score = Math.max(m.score, top * PASSIVE_DOER_SHARE);
    m.coverage = Math.max(m.coverage, topCoverage * PASSIVE_DOER_SHARE);
  }
}

const PASSIVE_DOER_SHARE = 0.9;

/**
 * "What kind of bird was it?" / "The trust found three dead fulmars": a sentence naming a kind of
 * the asked noun may share no other word of the question. It joins the matches a little below the
 * best, as covering what the best covers, so that a sentence also sharing the question's words
 * still leads.
 */
function creditNarrowerKinds(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  const { top, topCoverage } = bestOf(matches);
  for (const m of matchesTelling(kb, q, matches, bm25, restrict, (s) => namesNarrowerOfAsked(q, s.tokens))) {
    // (Its common words only: "what vehicle did they use at Tarnby?" asks of the one at Tarnby.)
    if (missesName(m)) continue;
    m.score = Math.max(m.score, top * NARROWER_SHARE);
    m.coverage = Math.max(m.coverage, topCoverage);
  }
}

const NARROWER_SHARE = 0.8;

/**
 * "Do you have to pay to get into the fete?" / "The fete opens on the green at noon. Entry is
 * free.": news prices a thing in a short sentence after the one telling of it, which shares none
 * of the question's words but the price it waives. A sentence waiving the asked price is weighed
 * as the best match where it, or the sentence before it in its paragraph, writes every thing the
 * question names, and calls it free outright ("is free", "free of charge"). (Of a price to be
 * paid now or later: "did she pay for it?" asks of an act.)
 */
function creditWaivedPrices(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  const waivers = q.terms.flatMap((t) => [...noSayersOf(t.term)]);
  const things = q.terms.filter((t) => t.pos === 'NOUN' && !t.isCue && noSayersOf(t.term).size === 0);
  if (waivers.length === 0 || things.length === 0 || !ASKS_NOW.test(q.text)) return;
  const { top, topCoverage } = bestOf(matches);
  const waiving = matchesTelling(kb, q, matches, bm25, restrict, (s, d) => {
    if (!d.terms.some((term, i) => term !== null && waivers.includes(term) && !NAMING_TAGS.has(s.tokens[i + 1]?.pos ?? ''))) return false;
    const before = kb.index.find(d.article.id, s.index - 1);
    const told = before?.sentence.paragraph === s.paragraph ? before : undefined;
    return things.every((t) => d.tf.has(t.term) || told?.tf.has(t.term) === true);
  });
  // (Above the sentence it follows, which tells of the thing but not its price.)
  for (const m of waiving) [m.score, m.coverage] = [Math.max(m.score, top * WAIVER_EDGE), Math.max(m.coverage, topCoverage)];
}

const WAIVER_EDGE = 1.1;
/** A waiver before a noun names a thing ("a free guided walk"), which may be one of many, not the asked one's price. */
const NAMING_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** A yes/no question of now or to come: "do you have to pay?", "will it cost anything?". */
const ASKS_NOW = /^(?:is|are|does|do|can|will|would)\b/i;

/**
 * "Who runs the pharmacy?" / "The pharmacy on Mill Row will shut. Its owner, Arden Holdings,
 * said …": news names a place or body, then in the next sentence its owner or manager by a title
 * alone ("its owner", "Manager Ada Brenn"), which shares neither the asked thing nor the asked verb.
 * A sentence opening on a title made from the asked verb is weighed a little above the best match
 * where the sentence before it, in its paragraph, writes every thing the question names.
 */
function creditTitledAfterAsked(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  const titles = doerTitles(q);
  const things = q.terms.filter((t) => !t.isCue && (t.isName || t.pos === 'NOUN'));
  if (titles.length === 0 || things.length === 0) return;
  const { top, topCoverage } = bestOf(matches);
  const titled = matchesTelling(kb, q, matches, bm25, restrict, (s, d) => {
    if (openingTitledName(s.tokens, titles) < 0) return false;
    const before = kb.index.find(d.article.id, s.index - 1);
    return before?.sentence.paragraph === s.paragraph && things.every((t) => before.tf.has(t.term));
  });
  for (const m of titled) {
    [m.score, m.coverage] = [Math.max(m.score, top * TITLED_EDGE), Math.max(m.coverage, topCoverage)];
    // (The title points back to the things the sentence before names: they are not missing here.)
    m.missing = m.missing.filter((t) => !things.includes(t));
  }
}

const TITLED_EDGE = 1.1;

/**
 * The matches of the asked article's sentences that `tells` holds for (of the one article, or of
 * the article the question is restricted to; none in an open archive), those not among `matches`
 * yet matched and added to them on what they share of the question.
 */
function matchesTelling(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined, tells: SentenceTest): SentenceMatch[] {
  if (kb.articles.length !== 1 && restrict === undefined) return [];
  const article = restrict ?? kb.articles[0];
  const out: SentenceMatch[] = [];
  for (const d of kb.index.ofArticle(article.id)) {
    if (!tells(d.sentence, d)) continue;
    let m = matches.find((x) => x.doc === d);
    if (!m) matches.push((m = matchSentence(kb, q, d, bm25.get(d.doc) ?? 0)));
    out.push(m);
  }
  return out;
}

/**
 * "How did the club raise the money?" / "The hall was paid for by a quiz night and a raffle": a
 * sentence telling where money came from seldom writes the question's words for it ("raise",
 * "money"), so it is weighed close to the best match; of several, the one sharing more of the
 * question's own words still leads ("how will the new benches be paid for?").
 */
function creditMoneySources(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  const top = Math.max(0, ...matches.map((m) => m.score));
  for (const m of matchesTelling(kb, q, matches, bm25, restrict, (s) => tellsMoneySource(s.text))) m.score = Math.max(m.score, top * MONEY_SOURCE_SHARE);
}

const MONEY_SOURCE_SHARE = 0.8;

/**
 * "What will they spend the cash on?" / "The surplus will go towards a new oven": a sentence telling
 * what money goes to names the money in its own word (the surplus, the prize, the fee), seldom the
 * asker's, so it is weighed close to the best match, as a sentence telling where money came from is.
 */
function creditMoneyUses(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  const top = Math.max(0, ...matches.map((m) => m.score));
  for (const m of matchesTelling(kb, q, matches, bm25, restrict, (s) => tellsMoneyUse(s.text))) m.score = Math.max(m.score, top * MONEY_SOURCE_SHARE);
}

const MONEY_USE_RULE = 'money-use';

/** How much of the question the lead must cover for the question to be about the lead's event. */
const LEAD_EVENT = 0.5;

const holdsHour = (facts: readonly Fact[]): boolean => facts.some((f) => f.type === 'time' && f.kind === 'time-of-day');

/**
 * "What time did the collision happen?": news gives the day of its story in the lead ("An oil
 * tanker and a container ship collided in fog early on Monday") and the hour in the sentence after
 * it, which goes on with the lead's event in other words ("The tanker … was struck on its port side
 * … at 0440 local time"). Where the lead covers the question and gives no hour, the next sentence's
 * hour answers it: that sentence is credited with the words the lead covers.
 */
function creditLeadHour(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  const articles = restrict ? [restrict] : kb.articles.length === 1 ? kb.articles : [...new Set(matches.map((m) => m.doc.article))];
  for (const article of articles) {
    const lead = leadOf(article);
    const next = lead && article.sentences[article.sentences.indexOf(lead) + 1];
    if (!lead || !next || next.caption) continue;
    const leadMatch = matches.find((m) => m.doc.article === article && m.doc.sentence === lead) ?? storyEventMatch(kb, q, article.id, lead.index, matches[0]?.score ?? 1);
    if (!leadMatch || leadMatch.coverage < LEAD_EVENT) continue;
    if (holdsHour(factsOf(kb, article.id, lead.index)) || !holdsHour(factsOf(kb, article.id, next.index))) continue;
    const d = kb.index.find(article.id, next.index);
    if (!d) continue;
    let m = matches.find((x) => x.doc === d);
    if (!m) matches.push((m = matchSentence(kb, q, d, bm25.get(d.doc) ?? 0)));
    m.score = Math.max(m.score, leadMatch.score);
    m.coverage = Math.max(m.coverage, leadMatch.coverage);
    m.exactCoverage = Math.max(m.exactCoverage, leadMatch.exactCoverage);
    m.missing = m.missing.filter((t) => leadMatch.missing.includes(t));
    m.continues = leadMatch;
  }
}

/**
 * "What caused the blackout?" / lead: "… were left without power on Tuesday night" / "Initial checks
 * pointed to a failed transformer": what an inquiry's evidence points to is the cause of the story's
 * own event, though the sentence names that event by no word. So is what a sentence says a thing
 * was caused by, was down to or is blamed on ("The outage was caused by a fallen tree"). Where the
 * lead covers the question, such a sentence is credited with the words the lead covers.
 */
function creditEvidenceCause(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  const articles = restrict ? [restrict] : kb.articles.length === 1 ? kb.articles : [...new Set(matches.map((m) => m.doc.article))];
  for (const article of articles) {
    const lead = leadOf(article);
    const leadMatch = lead && matches.find((m) => m.doc.article === article && m.doc.sentence === lead);
    if (!leadMatch || leadMatch.coverage < LEAD_EVENT) continue;
    for (const s of article.sentences) {
      if (s === lead || !CAUSE_TOLD.test(s.text)) continue;
      const d = kb.index.find(article.id, s.index);
      if (!d) continue;
      let m = matches.find((x) => x.doc === d);
      if (!m) matches.push((m = matchSentence(kb, q, d, bm25.get(d.doc) ?? 0)));
      if (m.coverage >= leadMatch.coverage) continue;
      m.score = Math.max(m.score, leadMatch.score);
      m.coverage = leadMatch.coverage;
      m.exactCoverage = Math.max(m.exactCoverage, leadMatch.exactCoverage);
      m.missing = m.missing.filter((t) => leadMatch.missing.includes(t));
    }
  }
}

/**
 * "Early evidence pointed to …", "initial checks point to …": what an inquiry has found so far;
 * "was caused by …", "put the rise down to …", "was largely down to …", "blamed … on …" (not "was
 * blamed for …", whose subject is the cause of something else).
 */
const CAUSE_TOLD = /\b(?:evidence|signs|checks|findings|indications|tests|inspections?|investigations?|inquiry|analysis|data)\s+(?:so far\s+|now\s+|also\s+)?(?:pointed|points|pointing)\s+to\b|\b(?:was|were|had been|is|are) (?:probably |likely |largely |mainly |partly |almost certainly )?(?:caused|triggered|sparked) by\b|\bput (?:[\w'’-]+ ){1,6}down to\b|\b(?:was|were|is|are) (?:probably |likely |largely |mainly |partly )?down to\b|\b(?:blame|blames|blamed)\b(?!\s+(?:by|for)\b)/i;

/** Kinds of measure written before the noun they measure ("a three-week strike", "the 410-kilometre line"). */
const MEASURE_KINDS: ReadonlySet<string> = new Set(['duration', 'distance']);

/**
 * "How long did the strike go on?" / "… a pay deal that ends a three-week strike": the sentence
 * measures the asked noun itself, in the kind of measure asked, however long it is otherwise.
 */
function measuresAskedNoun(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence): boolean {
  if (!MEASURE_KINDS.has(q.wants[0])) return false;
  const facts = factLookup(kb).bySentence.get(d.article.id)?.[d.sentence.index];
  if (!facts) return false;
  for (const f of facts) {
    if (f.type !== 'quantity' || f.kind !== q.wants[0]) continue;
    if (f.kind === 'distance' && spannedBy(q, d, f.text)) return true;
    if (f.measures === undefined) continue;
    const measured = termOfWord(f.measures);
    const head = termOfWord(headNoun(f.measures));
    if ((asks(q, measured) && modifiersWritten(q, d, measured)) || (head !== measured && head === firstAskedNoun(q) && modifiersWritten(q, d, head))) return true;
    if (measuresRelatedThing(q, d, f.kind, f.measures)) return true;
  }
  return false;
}

/**
 * "How long is the ferry?" / "The 64-metre vessel …": news names a thing once by its own word and
 * then by a broader or kindred one; a length of the asked kind written of a word related to the
 * asked thing (WordNet's, not word vectors': a road is no bridge) measures it, in a sentence that
 * may share no other word of the question.
 */
function measuresRelatedThing(q: QuestionAnalysis, d: IndexedSentence, kind: string, measures: string): boolean {
  if (q.rule !== 'how-long-size' || kind !== 'distance') return false;
  const noun = firstAskedNoun(q);
  if (noun === undefined || !modifiersWritten(q, d, noun)) return false;
  const head = headNoun(measures);
  return [head, commonHead(head, measures)].some((word) => {
    const term = termOfWord(word);
    return term !== noun && areRelated(noun, term);
  });
}

/**
 * "the 118-metre grain vessel Harna Belle" measures a vessel: a name written after the thing's own
 * noun says which one it is, and the noun before the name is the thing measured.
 */
function commonHead(head: string, measures: string): string {
  const words = measures.split(/\s+/);
  let last = words.lastIndexOf(head);
  while (last > 0 && CAPITALISED.test(words[last])) last -= 1;
  return last >= 0 && !CAPITALISED.test(words[last]) ? words[last] : head;
}

const CAPITALISED = /^\p{Lu}/u;

/** Sentences measuring a thing related to the asked one (see measuresRelatedThing) join the matches at the best one's score. */
function creditRelatedMeasures(kb: KnowledgeBase, q: QuestionAnalysis, matches: SentenceMatch[], bm25: ReadonlyMap<number, number>, restrict: IndexedSentence['article'] | undefined): void {
  creditLengths(kb, q, matches, bm25, restrict, (d, f) => f.type === 'quantity' && f.measures !== undefined && measuresRelatedThing(q, d, f.kind, f.measures), isDistance);
}

const isDistance = (f: Fact): f is Length => f.type === 'quantity' && f.kind === 'distance';

/**
 * "The new quay will stretch 240 metres", "Penby Pier, which runs 300 metres out to sea": a verb
 * of extent measures its subject, the question's noun written a few words before it.
 */
function spannedBy(q: QuestionAnalysis, d: IndexedSentence, text: string): boolean {
  const noun = firstAskedNoun(q);
  const tokens = d.sentence.tokens;
  const pos = d.sentence.text.indexOf(text);
  if (noun === undefined || pos < 0) return false;
  let v = tokens.findIndex((t) => t.start >= pos) - 1;
  while (v > 0 && HEDGES.has(tokens[v].norm)) v -= 1;
  if (v < 1 || !EXTENT_VERBS.has(tokens[v].lemma)) return false;
  for (let k = v - 1; k >= Math.max(0, v - SUBJECT_REACH) && tokens[k].pos !== 'VERB'; k -= 1) if (d.terms[k] === noun) return true;
  return false;
}

const EXTENT_VERBS: ReadonlySet<string> = new Set(['span', 'stretch', 'extend', 'measure', 'run']);
const HEDGES: ReadonlySet<string> = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'just', 'over', 'than', 'more', 'less', 'approximately', 'only']);
const SUBJECT_REACH = 5;

/**
 * "the 38-kilometre Quellmoor Tunnel" measures a tunnel: a measured phrase's last word before any
 * preposition is the thing it names, unless the phrase is a relation ("into the bay", "from the
 * coast"), which measures a way to somewhere, not the place.
 */
function headNoun(phrase: string): string {
  const words = phrase.split(/\s+/);
  if (RELATION_OPENER.test(words[0] ?? '')) return phrase;
  // ("a three-week search for the owner" measures the search.)
  const after = words.findIndex((w, i) => i > 0 && RELATION_OPENER.test(w));
  return words[(after < 0 ? words.length : after) - 1] ?? phrase;
}

/** The question's first noun, the thing a "how long is the …" asks the measure of ("the diversion round the pier" measures a diversion). */
const firstAskedNoun = (q: QuestionAnalysis): string | undefined => q.terms.find((t) => !t.isCue && t.pos === 'NOUN')?.term;

const RELATION_OPENER = /^(?:from|into|to|off|away|along|across|through|inland|offshore|north|south|east|west|up|down|above|below|beneath|under|over|of|in|on|at|out|beyond|past|around|towards?|for|with|by|near|between|behind|within|after|before|during)$/i;

/** Parts of speech that may modify a noun before it ("the existing runway", "the main road bridge"). */
const MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'VERB', 'NOUN', 'PROPN']);

/** "How long is the existing runway?" is not measured by "the 3.1-kilometre runway": the question's words before its noun must be the sentence's too. */
function modifiersWritten(q: QuestionAnalysis, d: IndexedSentence, noun: string): boolean {
  const at = q.tokens.findIndex((t) => termOfWord(t.text) === noun);
  for (let k = at - 1; k >= 0 && MODIFIERS.has(q.tokens[k].pos); k -= 1) {
    const term = termOfWord(q.tokens[k].text);
    if (asks(q, term) && !d.tf.has(term)) return false;
  }
  return true;
}

/** How much a sentence measuring the asked noun counts. */
const MEASURED = 3;

/**
 * "How old is Konrad Veltz?": a sentence holding that person's age is worth extracting however far
 * down the ranking it stands (a long sentence that names him once ranks low).
 */
function holdsAskedAge(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence): boolean {
  if (q.wants[0] !== 'age') return false;
  const people = q.entities.get(d.article.id);
  if (!people || people.length === 0) return false;
  const facts = factLookup(kb).bySentence.get(d.article.id)?.[d.sentence.index] ?? [];
  return facts.some((f) => f.type === 'quantity' && f.kind === 'age' && people.some((e) => e.fact.name === f.measures));
}

/**
 * A better typed answer close behind the best takes its place:
 *   - "How old is Helga Vintner?": the best sentence holds no value of the precise kind asked, and
 *     one close behind holds a strong one and covers the question as well;
 *   - "How long is the line?" / "Where was the ferry going?": the best's value is weak and tied to
 *     nothing the question names ("delayed by at least two years", "off the coast of Teslund"),
 *     and one nearly as well scored holds a clearly stronger one ("the 410-kilometre line");
 *   - "Was anyone killed?": a weak clause gives way to one saying none happened;
 *   - "What did the judge say about the evidence?": words of hers that do not name the evidence
 *     give way to words that do, close behind.
 */
/** How sure a role fact must be to answer ahead of a name found otherwise. */
const TITLED_HOLDER = 0.9;

function preferTyped(kb: KnowledgeBase, q: QuestionAnalysis, candidates: Candidate[]): Candidate[] {
  const [best] = candidates;
  const yesNo = q.wants[0] === 'yes-no';
  // ("Who heads the water authority?", "what should patients do?": an answer the rules all but
  // rule out gives way too.)
  // ("Which company operates the train?" as well: "said Lukas Ferenc, 29, a passenger" gives way to
  // "… said the state rail operator Estravian Railways".)
  const ruledOut = (q.intent === 'who' || q.intent === 'which' || q.rule === 'what-should') && (best?.ext?.strength ?? 1) < DOUBTED;
  // "How old is the sundial?" / "The sundial's keeper, Ada Quorrel, 88, …" / "A 90-year-old stone
  // sundial stands …": an age the rules all but rule out gives way to one written on the thing.
  // ("How old was he when he joined the band?" / "A 19-year-old drummer …" / "He joined aged 12": an
  // age told as his now is weak for an age at an event, and gives way to a firm one close behind.)
  if (best && q.intent === 'how-old' && best.ext !== null && (best.ext.strength < DOUBTED || (best.ext.strength < FOUND_STRENGTH && ASKS_AGE_AT.test(q.text)))) {
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.type === best.ext?.type && c.ext.strength >= FOUND_STRENGTH && c.score >= best.score * RULED_OUT_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "Who chairs the Orrin Hollow Historical Society?": a sentence naming no one answers no who-question.
  if (best && q.intent === 'who' && best.ext === null) {
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.strength >= NAMED_SOMEONE && c.m.coverage >= best.m.coverage && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "Who is the prime minister?" / "… should give the prime minister pause, Brenn said" / "Prime
  // Minister Ana Roth told …": a name the sentence titles with the asked role answers ahead of one
  // that only stands in a sentence writing the role, covering as much.
  if (best && q.intent === 'definition' && q.wants[0] === 'person' && best.ext !== null && !best.ext.how.startsWith('role(')) {
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.how.startsWith('role(') && c.ext.strength >= TITLED_HOLDER && c.m.coverage >= best.m.coverage && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "When was the capsule buried?" / "A time capsule buried 50 years ago has been dug up" / "It was
  // buried under the flagpole in July 1975": a lead tells a time loosely, counted back from the
  // story's day ("50 years ago", "last autumn"), and the body gives it by the calendar; the calendar
  // time close behind, told as surely, answers.
  // (Not a span counted on from it, "within ten days", which tells a time to come as surely.)
  if (best?.ext?.how === RELATIVE_TIME && q.intent === 'when' && !SPAN_AHEAD.test(best.ext.text)) {
    const strength = best.ext.strength;
    const at = firstBehind(candidates, (c) => c.ext !== null && CALENDAR_TIMES.has(c.ext.how) && c.ext.strength >= strength && c.score >= best.score * VETOED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "How many stalls opened?" / lead: "Nearly 80 stalls opened …" / body: "In all, 77 stalls
  // opened": the count as made, further down, which the lead's rounded figure bounds, answers.
  if (best?.ext && q.intent === 'how-many' && COUNTS_FOUND.has(best.ext.how)) {
    const rounded = { sentence: best.m.doc.sentence, text: best.ext.text };
    const at = firstBehind(candidates, (c) => c.ext !== null && COUNTS_FOUND.has(c.ext.how) && c.ext.strength >= EXACT_COUNT_STRENGTH && c.m.doc.article === best.m.doc.article && c.m.doc.sentence.index > best.m.doc.sentence.index && countsExactlyWhatBounds(rounded, { sentence: c.m.doc.sentence, text: c.ext.text }));
    if (at > 0) return swap(candidates, at);
  }
  // "When was the last walkout at the docks?" / "The docks, which opened in 1921, …" / "It is the
  // first walkout there since 2004": a time the last like event is counted from ("since 2004"), close
  // behind, answers a question on an earlier one ahead of another time of the thing asked about.
  if (best?.ext?.type === 'time' && q.intent === 'when' && !SINCE_WRITTEN.test(best.ext.text) && asksAboutThePast(q)) {
    const strength = best.ext.strength;
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.type === 'time' && SINCE_WRITTEN.test(c.ext.text) && c.ext.strength >= strength && c.score >= best.score * TIED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "When was he elected?" / "The last by-election, in 2019, had a turnout of 17%" / "Roe, who was
  // elected in May 2023, …": a time written right after the question's own verb tells when that act
  // was done; one close behind, covering nearly as much, answers ahead of a best that never writes the verb.
  // (Not the lead's day for a clock time: the lead tells the day of its event, and the body the hour
  // in other words, "the quake hit at 11:42pm".)
  if (best?.ext && q.intent === 'when' && !writesAskedAct(q, best.m.doc)) {
    const clock = best.ext.how === CLOCK_TIME;
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.type === 'time' && c.ext.strength >= ACT_TIME_STRENGTH && c.m.coverage >= best.m.coverage * ACT_TIME_COVERAGE && c.score >= best.score * DOUBTED_SHARE && !(clock && c.m.doc.sentence === leadOf(c.m.doc.article)) && writtenAfterAskedAct(q, c.m.doc, c.ext.text, false));
    if (at > 0) return swap(candidates, at);
  }
  // "Where is the play staged?" / "… got permission to stage it from her nephew, who lives in Orby" /
  // "It will be staged at the Weyburn Assembly Rooms": likewise a place written right after the question's
  // own verb tells where that act is done, and one close behind, as surely a place, answers ahead
  // of a best whose place no such verb holds. (Not by a light verb: "will be held in 2030 in Velm"
  // is where the next one is held as much as the asked one.)
  if (best?.ext && q.intent === 'where' && !writtenAfterAskedAct(q, best.m.doc, best.ext.text, false, false)) {
    const strength = best.ext.strength;
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.strength >= strength && c.m.coverage >= best.m.coverage * ACT_TIME_COVERAGE && c.score >= best.score * DOUBTED_SHARE && writtenAfterAskedAct(q, c.m.doc, c.ext.text, false, false));
    if (at > 0) return swap(candidates, at);
  }
  // "What nationality is Ana Roth?" / "Ana Roth won …" / "Roth, a Tessanian athlete, …": a
  // sentence giving no nationality gives way to one that does, covering as much.
  if (best && q.rule === 'nationality' && best.ext === null) {
    const at = firstBehind(candidates, (c) => c.ext !== null && c.m.coverage >= best.m.coverage);
    if (at > 0) return swap(candidates, at);
  }
  // "Who leads the Farmers' Party?" / "The Farmers' Party said it would vote against the plan." /
  // "Its leader, Ana Roth, said …": the sentence right after the best, whose "its" points back to
  // what the best names, names the one the best leaves out.
  if (best && q.intent === 'who' && best.ext === null) {
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.strength >= NAMED_SOMEONE && pointsBackTo(c, best) && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "Who set up the choir?" / "A choir in Denholt has won …" / "It was founded in 2019 by the
  // church organist, Ivy Quenderby": a name a passive of the asked act, in its own or a related word,
  // gives as its doer answers, close behind, for a best naming no one or a name the rules all but
  // rule out (a place, a name of no kind), though the act's other words may be the best's.
  if (best && q.intent === 'who' && (best.ext === null || best.ext.strength < HALF_STRENGTH)) {
    const at = firstBehind(candidates, (c) => c.ext?.how === NAMED_DOER && c.ext.strength >= NAMED_SOMEONE && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "Who represented the parish?" / "A court ordered the parish in Velk to …" / "Its lawyer, Ann
  // Roe, told the court …": a weak name the rules all but rule out (a place, a name of no kind)
  // gives way to a person or body named outright close behind, in a sentence covering as much.
  // (Not to a name that holds the question's own words: "the City Police" for "who became police
  // chief?" is what the asked one leads.)
  // (A name its rules trust fully, "Ann Roe, who is leading the inquiry" for "who heads the
  // investigation?", may cover less: the asked act is told in other words.)
  if (best && q.intent === 'who' && best.ext !== null && best.ext.strength < HALF_STRENGTH) {
    const weak = best.ext.strength;
    const at = firstBehind(
      candidates,
      (c) =>
        c.ext !== null &&
        c.ext.strength >= NAMED_SOMEONE &&
        c.ext.strength >= weak + CLEARLY &&
        (c.m.coverage >= best.m.coverage || (c.ext.strength >= FULLY_TRUSTED && c.m.coverage >= best.m.coverage * HALF_STRENGTH)) &&
        c.score >= best.score * VETOED_SHARE &&
        !holdsQuestionWord(q, c.ext.text),
    );
    if (at > 0) return swap(candidates, at);
  }
  // "Who held the record before?" / "… the men's record, which is held by a cyclist from Ulm" / "The
  // old record had lasted since 2011, when Ada Moss set it at Dunlo": the one a sentence says set or
  // held the record asked of, close behind, answers ahead of a doer of the question's words.
  if (best && q.intent === 'who' && best.ext?.how !== RECORD_SET) {
    const at = firstBehind(candidates, (c) => c.ext?.how === RECORD_SET && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "Who runs Velmar Foods?" / "Velmar Foods, the country's largest baker, said …" / "Chief
  // executive Ana Roth blamed …": a leader of the asked body close behind answers for a best that
  // names no one, or one its rules all but rule out.
  if (best && (ruledOut || best.ext === null) && asksCurrentLeader(q) && best.ext?.how !== LEADER_TITLE) {
    const at = firstBehind(candidates, (c) => c.ext?.how === LEADER_TITLE && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "How big will the farm be?" / lead: "… raised £1.4 million to build a solar farm" / "The farm
  // will cover 11 hectares": an area close behind answers for a size the best does not tie to the farm.
  if (best && (best.ext?.strength ?? 0) < UNTIED_SIZE && best.ext?.how !== AREA && quantityAsked(q).sizeAsked) {
    const at = firstBehind(candidates, (c) => c.ext?.how === AREA && c.ext.strength >= 0.8 && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "What is the union asking for?" / "Staffing is the union's main worry" / "The union has called
  // for a 6% rise": a demand told close behind answers ahead of a sentence that tells none.
  if (best && q.intent === 'what' && asksDemand(q) && best.ext?.how !== DEMAND) {
    const at = firstBehind(candidates, (c) => c.ext?.how === DEMAND && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "What did the finder get?" / "The finder was thrilled to see the dog again" / "The owners gave
  // her a bottle of wine": what someone got is told by a verb of giving or receiving, seldom by "get".
  if (best && q.intent === 'what' && asksWhatGot(q) && !writesReceiving(best)) {
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.strength >= FOUND_STRENGTH && writesReceiving(c) && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "What happened to the old mill?" / "'The mill will still be standing long after us,' she said" /
  // "The mill burned down in 1972": what befell a thing in the past is not what will become of it.
  if (best && q.rule === 'happened-to' && asksPast(q) && best.ext?.how === FATE && futureTold(best.m.doc) === TELLS_WILL) {
    const at = firstBehind(candidates, (c) => c.ext?.how === FATE && c.ext.strength >= FOUND_STRENGTH && futureTold(c.m.doc) === TELLS_NO_FUTURE && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "What happened to the tram depot?" / "Thieves stripped the copper from the tram depot" / "The
  // depot was sold and turned into a gym": what a clause says the thing itself underwent tells
  // its fate ahead of a clause whose verb merely acts on it.
  if (best && q.rule === 'happened-to' && best.ext?.how === FATE && best.ext.strength < SUBJECT_FATE) {
    const at = firstBehind(candidates, (c) => c.ext?.how === FATE && c.ext.strength >= SUBJECT_FATE && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "What happens if the home fails again?" / "Inspectors said it must improve" / "If it fails
  // again, its licence can be cancelled": a consequence told under a condition, close behind, answers
  // ahead of a modal told under none.
  if (best && q.rule === 'what-if' && (best.ext?.strength ?? 0) < CONDITIONED) {
    const at = firstBehind(candidates, (c) => (c.ext?.strength ?? 0) >= CONDITIONED && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "How did the crew free the whale?" / "The crew said the whale had been trapped for hours" /
  // "They freed it by cutting the net": a means close behind, in a sentence covering nearly as
  // much, answers a how-question ahead of words that merely follow the asked ones.
  // ("How did the match end up?", "how did it turn out?" ask for an outcome, not a means.)
  if (best && q.rule === 'how' && best.ext?.how !== MEANS_GIVEN && !OUTCOME_ASKED.test(q.text)) {
    const at = firstBehind(candidates, (c) => c.ext?.how === MEANS_GIVEN && c.m.coverage >= best.m.coverage * NEARLY && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "What caused the blizzard?": a sentence giving no reason answers no why-question; one close
  // behind that gives one ("the storm was caused by a collision …") takes its place.
  // ("The bank raised its rate … as it struggled to bring down inflation": "as" may tell a time,
  // and a reason given outright close behind, "the committee had acted because …", answers better.)
  if (best && q.wants[0] === 'reason' && (best.ext === null || best.ext.how === HAPPENED_AS)) {
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.strength >= 0.8 && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "Why was the bridge shut?" / "The bridge, which was shut to lorries in 2019, …" / "It was shut
  // because of cracks found in its deck": a cause given outright, close behind in a sentence
  // covering nearly as much, answers ahead of a looser reading (an aside, a purpose, a "while", a
  // feeling, what the asked party said). Not an "after" that may tell only when.
  if (best && q.wants[0] === 'reason' && best.ext !== null && LOOSE_REASONS.has(best.ext.how)) {
    const at = firstBehind(candidates, (c) => c.ext !== null && CAUSES_GIVEN.has(c.ext.how) && c.ext.strength >= 0.8 && !TIME_OR_CAUSE.test(c.ext.text) && c.m.coverage >= best.m.coverage * LOOSELY_NEAR && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "What did Hallenberg die of?": a sentence that writes the stranded preposition after the asked
  // verb ("died of complications …") answers, where one covering as much does not ("died on Monday").
  // ("Which charity is the money for?" as well: a "which" question strands its preposition as often,
  // and asks for a name: "the country" says not which.)
  if (best && (q.intent === 'what' || q.intent === 'which') && !isStrandedObject(best.ext) && strandsPreposition(q.text)) {
    const named = q.intent === 'which';
    const at = firstBehind(candidates, (c) => isStrandedObject(c.ext) && c.m.coverage >= best.m.coverage && (!named || HAS_CAPITAL.test(c.ext?.text ?? '')));
    if (at > 0) return swap(candidates, at);
  }
  // "What will the merged firm be called?" asks a name to come: "…, which will be called Orlen
  // Hale" answers, not a sentence on the names its parts have now.
  if (best && q.rule === 'name-of' && ASKS_NAME_TO_COME.test(q.text) && !NAME_TO_COME.test(best.m.doc.sentence.text)) {
    const at = firstBehind(candidates, (c) => c.ext?.how === NAME_GIVEN && c.ext.strength >= 0.9 && NAME_TO_COME.test(c.m.doc.sentence.text));
    if (at > 0) return swap(candidates, at);
  }
  // "What was the group called?": a sentence giving the asked noun its name ("The group, which
  // called itself …") answers, where one covering more names nothing.
  if (best && q.rule === 'name-of' && best.ext?.how !== NAME_GIVEN) {
    const at = firstBehind(candidates, (c) => c.ext?.how === NAME_GIVEN && c.ext.strength > (best.ext?.strength ?? 0) && namesAskedNoun(c.m.doc, q));
    if (at > 0) return swap(candidates, at);
  }
  // "Which chapel was hit?" / "the little chapel lost its roof" / "The storm struck St Ebba's Chapel
  // overnight": a phrase on the asked noun that names it answers ahead of one that only describes
  // it, close behind and covering as much. (Not "a Zorvath chapel", one of the kind its place
  // describes, nor a name not writing the asked word as asked: "Sorrowby Street" says not which streets.)
  const asked = q.focus?.word.toLowerCase();
  if (best && q.intent === 'which' && asked !== undefined && !(best.ext?.how === NOUN_PHRASE && best.ext.strength >= NAMED_PHRASE)) {
    const names = (c: Candidate): boolean => c.ext?.how === NOUN_PHRASE && c.ext.strength >= NAMED_PHRASE && !INDEFINITE_START.test(c.ext.text) && wordsOf(c.ext.text).includes(asked);
    const at = firstBehind(candidates, (c) => names(c) && c.m.coverage >= best.m.coverage * NEARLY && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "Which firm won the contract?": a sentence naming the doer of the asked act ("the contract was
  // awarded to Brask Works") answers, over one covering less that only holds some name.
  if (best && q.intent === 'which' && best.ext?.how !== NAMED_DOER) {
    const at = firstBehind(candidates, (c) => c.ext?.how === NAMED_DOER && c.m.coverage > best.m.coverage);
    if (at > 0) return swap(candidates, at);
  }
  // "Who picked the winner?" / "“He picked it for its colour,” Ann Roe said" / "… had been chosen by
  // her grandson, Leo Roe": a name a passive of the asked act gives as its doer, close behind in a
  // sentence covering nearly as much, answers ahead of a name that stands only near the act.
  if (best && q.intent === 'who' && best.ext !== null && best.ext.how !== NAMED_DOER && best.ext.how.startsWith('name(')) {
    const at = firstBehind(candidates, (c) => c.ext?.how === NAMED_DOER && c.m.coverage >= best.m.coverage * NEARLY && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "Who set the trust up?" / "“It is what he set the trust up to do.”" / "…, set up by the late
  // mill owner Ed Quorrell": a doer the best leaves unnamed gives way to the name a passive of the
  // asked act gives as its doer close behind, and a bare "he" or "I" to any person named there
  // ("“When I started the club …”" / "Head coach Jo Penvethick started the club in 1990").
  if (best && q.intent === 'who' && best.ext !== null && unnamedDoer(best.ext)) {
    const pronoun = BARE_PRONOUNS.has(best.ext.text.toLowerCase());
    const named = (c: Candidate): boolean => c.ext?.how === NAMED_DOER || (pronoun && c.ext?.how === PERSON_NAME && c.ext.strength >= NAMED_SOMEONE);
    const at = firstBehind(candidates, (c) => named(c) && c.m.coverage >= best.m.coverage * NEARLY && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "What does Tessa Foods make?": the sentence naming its products ("Tessa Foods, which makes
  // frozen pastry, …") answers, over a lead that only names the firm.
  if (best && q.rule === 'product' && best.ext?.how !== PRODUCT) {
    const at = firstBehind(candidates, (c) => c.ext?.how === PRODUCT);
    if (at > 0) return swap(candidates, at);
  }
  // "Where is the federation based?" / "… told a news conference at the federation's headquarters
  // in Mirador": a place the sentence says the asked thing is based in answers, over a sentence
  // that covers more but gives no place or only one where something else is ("a training base at …").
  if (best && q.wants[0] === 'place' && best.ext?.how !== WHERE_BASED) {
    const at = firstBehind(candidates, (c) => c.ext?.how === WHERE_BASED && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "Where is Ana Roth from?" / "… beat Ana Roth in the final at the Selm Open" / "Roth, the world
  // number one from Velland, …": a place the sentence says the asked one comes from (or, for "where
  // was the ship going?", is bound for) answers, over one covering no more that names a place of
  // another kind.
  const cued = q.rule === 'where-from' ? WHERE_FROM : q.rule === 'where-to' ? WHERE_GOING : q.rule === 'where-lives' ? WHERE_LIVES : undefined;
  if (best && cued !== undefined && best.ext?.how !== cued) {
    const at = firstBehind(candidates, (c) => c.ext?.how === cued && c.m.coverage >= best.m.coverage && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "How much did the new roof cost?" / "upkeep will cost about £200 a year" / "The roof cost
  // £9,400": a question asking no rate is answered by a sum close behind ahead of a running cost.
  if (best && q.wants[0] === 'money' && best.ext !== null && best.ext.how === MONEY_VALUE && asksOneOffSum(q) && rateOf(best.ext.text) !== undefined) {
    const ext = best.ext;
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.how === MONEY_VALUE && c.ext.strength >= ext.strength && rateOf(c.ext.text) === undefined && c.m.coverage >= best.m.coverage && c.score >= best.score * TIED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "How often does the ferry sail?" / "The ferry, which sails four times a day, …": a rate close
  // behind answers over a sentence giving none (or giving only a count, "the bell rang 12 times").
  if (best && q.rule === 'how-often' && (best.ext?.strength ?? 0) < RATE_GIVEN) {
    const at = firstBehind(candidates, (c) => c.ext?.how === HOW_OFTEN && c.ext.strength >= RATE_GIVEN && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "What did the mayor say about the fire?" asks for her words: her own quoted words close behind
  // answer over a claim the reporter puts in his ("she said the fire had been put out").
  // "What did the fire chief tell owners to do?" / "“We'd urge every owner to fit an alarm”": the act
  // someone is urged to, close behind, answers over words of hers that urge nothing.
  if (best && q.intent === 'quote' && best.ext?.how !== DIRECTED) {
    const at = firstBehind(candidates, (c) => c.ext?.how === DIRECTED && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "What did the coach say about the weather?": her words that speak of it, close behind, answer
  // over words of hers on something else ("said the squad had trained hard"). (Not the words she
  // called it: "branded the plan “a disgrace”" names the plan outside them.)
  if (best && q.intent === 'quote' && best.ext !== null && best.ext.how !== WORDS_CALLED && topicOverlap(q, best.ext.text) === 0) {
    const who = best.ext.attribution;
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.attribution === who && topicOverlap(q, c.ext.text) > 0 && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "What did the diver say was so unusual about the find?" / "“Nobody spoke for a minute,” said
  // the diver." / "“Hulls this old are rare anywhere.”": her words on it in another word (one news
  // uses for it, or one near it by word vectors), close behind, answer over words of hers on none.
  if (best && q.intent === 'quote' && best.ext !== null && best.ext.how !== WORDS_CALLED && topicNear(q, best.ext.text) === 0) {
    const who = best.ext.attribution;
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.attribution === who && topicNear(q, c.ext.text) > 0 && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "What did the coach say about the keeper?" / "The coach said the club had signed the keeper" /
  // "“We were lucky.”" / "“The keeper was superb.”": her own words on it, close behind, answer over
  // the claim, and over her words next to it that speak of something else.
  if (best && q.intent === 'quote' && best.ext?.how === CLAIM && ABOUT_TOPIC.test(q.text)) {
    const who = best.ext.attribution;
    const at = firstBehind(candidates, (c) => c.ext?.how === QUOTE && c.ext.attribution === who && topicOverlap(q, c.ext.text) > 0 && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "What did the harbourmaster say?" asks for no topic but for her words: her own quoted words,
  // close behind, answer over what the reporter puts in his ("she said the quay would reopen").
  // (A speaker the reporter's sentence leaves untold, as in "whose chair, Ada Trewhellin, said …",
  // is the one asked about.)
  if (best && q.intent === 'quote' && !q.rest && best.ext !== null && REPORTED.has(best.ext.how)) {
    const who = best.ext.attribution;
    const saidBy = (c: Candidate): boolean => c.ext?.attribution !== undefined && (who === undefined ? questionSpeakers(kb, q).has(c.ext.attribution) : c.ext.attribution === who);
    const at = firstBehind(candidates, (c) => c.ext?.how === QUOTE && saidBy(c) && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  if (best && q.intent === 'quote' && best.ext?.how === CLAIM) {
    const at = firstBehind(candidates, (c) => c.ext?.how === QUOTE && c.m.coverage >= best.m.coverage && c.score >= best.score * TIED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  if (best && q.intent === 'quote' && best.ext !== null && best.m.exactCoverage < 0.999) {
    const at = firstBehind(candidates, (c) => quotesVerbatim(c, best));
    return at < 0 ? candidates : swap(candidates, at);
  }
  // "Who is chairing the talks?" / "Brandt said the talks would resume" / "The talks are chaired by
  // the envoy Ada Brandt": the sentence that writes a surname only gives the name by one told
  // elsewhere; the sentence close behind that writes the same name in full is the one it comes from.
  if (best && q.intent === 'who' && best.ext !== null && best.ext.how === PERSON_NAME && !best.m.doc.sentence.text.includes(best.ext.text)) {
    const name = best.ext.text;
    const at = firstBehind(candidates, (c) => c.ext?.text === name && c.m.doc.sentence.text.includes(name) && c.m.coverage >= best.m.coverage && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "How much did the three banks pay altogether?": a value the sentence marks as the whole ("a
  // combined 40 million", "a total of 40 million") answers ahead of one for a part ("the largest
  // fine, 18 million"), close behind as it may be.
  if (best && (q.intent === 'how-many' || q.intent === 'how-much') && best.ext !== null && WHOLE_ASKED.test(q.text) && !markedWhole(best)) {
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.how === best.ext!.how && c.ext.strength >= best.ext!.strength && markedWhole(c) && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "How many fans were turned away?": a lead giving only an order of size ("thousands of fans")
  // gives way to a count written as a number further on ("about 2,300 fans"), though the lead
  // shares more of the question's words and the count's own rules weigh it at half strength.
  if (best && q.intent === 'how-many' && best.ext !== null && best.ext.how === COUNT && isVague(best.ext.text)) {
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.how === COUNT && c.ext.tied === true && c.ext.strength >= HALF_STRENGTH && !isVague(c.ext.text) && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "How many people live in Ushworth?" / "About 300 people packed the hall in Ushworth" / "Ushworth, a
  // town of 9,000 people, …": a count in a sentence that says no one dwells anywhere is of a crowd
  // or a petition, and gives way to one told as the place's people close behind.
  if (best && asksPopulation(q) && !dwellingSaid(best.m.doc, q)) {
    const at = firstBehind(candidates, (c) => c.ext !== null && (c.ext.how === COUNT || c.ext.how === 'number') && c.ext.strength >= HALF_STRENGTH && dwellingSaid(c.m.doc, q) && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "How many beds does the hostel have?" / "Staff moved 12 beds into the hall" / "The hostel's 48
  // beds were full": a count written as its owner's ("its 48 beds", "the hostel's 48 beds", "has 48
  // beds") is the whole the question asks, ahead of one some act was done to, close behind as it may be.
  if (best && q.intent === 'how-many' && best.ext !== null && best.ext.how === COUNT && asksHolding(q) && !heldCount(best)) {
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.how === COUNT && c.ext.strength >= best.ext!.strength && heldCount(c) && c.score >= best.score * DOUBTED_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "How many guests were at the wedding?" / "About 180 guests attended the wedding" (the lead) /
  // "52 wedding guests fell ill" (further on): of two counts of the asked thing, as strong, covering
  // as much and all but tied, the one the article tells first is its main figure; news leaves later
  // ones to details, parts and comparisons; a share as well ("won 41.2% of the vote" / "had won 55%
  // in 2021"). (Not a rate, "250 a year", which no total is.)
  if (best && q.intent === 'how-many' && best.ext !== null && EARLIER_KINDS.has(best.ext.how) && best.ext.strength >= EARLIER_COUNT_STRENGTH) {
    const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.how === best.ext!.how && c.ext.strength >= best.ext!.strength && !RATE_WRITTEN.test(c.ext.text) && c.m.doc.article === best.m.doc.article && c.m.doc.sentence.index < best.m.doc.sentence.index && c.m.coverage >= best.m.coverage && c.score >= best.score * EARLIER_COUNT_SHARE);
    if (at > 0) return swap(candidates, at);
  }
  // "How long were the shifts?" / "Callers waited up to 40 minutes, and rotas showed 9 shifts …" /
  // "… nurses working shifts of up to 13 hours": a value the best writes away from every noun of
  // the question may be another thing's; one close behind, as strong and covering as much, that
  // stands beside one of them is told of it.
  if (best?.ext && VALUE_KINDS.has(q.wants[0])) {
    const nouns = askedNouns(q);
    if (nouns.size > 0 && !valueBesideAsked(kb, q, best.m.doc, best.ext, nouns)) {
      const strength = best.ext.strength;
      const at = firstBehind(candidates, (c) => c.ext !== null && c.ext.strength >= strength && c.m.coverage >= best.m.coverage && c.score >= best.score * VETOED_SHARE && valueBesideAsked(kb, q, c.m.doc, c.ext, nouns));
      if (at > 0) return swap(candidates, at);
    }
  }
  // "What does she do for a living?" is answered by a description of her, as a value is by one.
  const precise = wantsPrecise(q) || q.rule === 'occupation';
  if (!best || !(precise || ruledOut || (yesNo && best.ext !== null))) return candidates;
  const weak = best.ext;
  // (A value tied to the question's words but told of an earlier event, "some 600,000 birds were
  // culled" in 2021, is weak all the same, unless the question asks of a year of its own: "how
  // many nurses walked out during the 2015 strike?" is not answered by this year's strike.)
  // ("How many stalls does the market have?": "dozens of stalls", tied as it is, gives way to "140 stalls" close behind.)
  if (weak && (weak.strength >= 0.9 || (weak.tied === true && (weak.strength >= TIED_WEAK || namesYear(q)) && !isVague(weak.text)))) return candidates;
  const unitAsked = q.wants[0] === 'time' && askedTimeUnit(q) !== undefined;
  const verb = ruledOut ? askedVerb(q) : undefined;
  const at = firstBehind(candidates, (c) =>
    precise || yesNo ? typedBetter(c, best, yesNo, unitAsked) : coversMoreStrongly(c, best) || coversAsMuchStrongly(c, best) || (verb !== undefined && writesAskedVerb(c, best, verb)),
  );
  return at < 0 ? candidates : swap(candidates, at);
}

/** "What did she get?", "what's the winner getting as a prize?", "what sentence did he receive?": a thing got, the question ending on its verb or a phrase after it. */
const asksWhatGot = questionMatches('whether the question asks what someone got', /^\W*(?:(?:and|so|but)\W+)?what\b.*\b(?:get|gets|got|getting|receive|receives|received|receiving)(?:\s+(?:as|for|from|in)\b[^?]*)?\s*\??\s*$/i);
/** Verbs that tell a thing given or got ("was awarded", "handed him", "received", "won", "was named the best pub"). */
const RECEIVING_VERBS: ReadonlySet<string> = new Set(['get', 'receive', 'give', 'award', 'present', 'hand', 'grant', 'win', 'name', 'crown']);
const writesReceiving = (c: Candidate): boolean => c.m.doc.sentence.tokens.some((t) => t.pos === 'VERB' && RECEIVING_VERBS.has(t.lemma));
/** The strength of a fate told by the thing's own clause, as its subject (see fateOf). */
const SUBJECT_FATE = 0.85;
/** How strong a value behind must be to take the place of one with no verb of receiving. */
const FOUND_STRENGTH = 0.7;

/** "How many … does the club have?", "how many … are there?": what something holds, no act on it. */
const HOLDING_ASKED = /\b(?:do|does|did)\b.*\bhave\b|\b(?:are|were) there\b|\b(?:go|goes|went) to\b|\battend|\bwork (?:at|for|in)\b|\bemploy/i;
const asksHolding = (q: QuestionAnalysis): boolean => HOLDING_ASKED.test(q.text);

/** Words before a count that make it its owner's whole: "its 48 beds", "has 48 beds". */
const HOLDERS: ReadonlySet<string> = new Set(['its', 'their', 'our', 'has', 'have', 'had']);

/** Whether a candidate's count is written right after an owner: "its", "the hostel's", "has". */
function heldCount({ m, ext }: Candidate): boolean {
  if (ext === null) return false;
  const span = tokensOfText(m.doc.sentence, ext.text);
  if (!span) return false;
  const tokens = m.doc.sentence.tokens;
  let k = span.first - 1;
  // ("all 42 of its branches": the owner after the count.)
  if (tokens[span.last + 1]?.norm === 'of' && HOLDERS.has(tokens[span.last + 2]?.norm ?? '')) return true;
  if (tokens[k]?.norm === 'all') k -= 1;
  return isPossessive(tokens[k]) || HOLDERS.has(tokens[k]?.norm ?? '');
}

const namesYear = (q: QuestionAnalysis): boolean => q.terms.some((t) => YEAR.test(t.word));

const RELATIVE_TIME = 'time(relative)';
const SPAN_AHEAD = /^(?:within|in the (?:next|coming)|over the (?:next|coming))\b/i;
/** Times told by the calendar: a date, a month, a year or a feast ("before Easter"). */
const CALENDAR_TIMES: ReadonlySet<string> = new Set(['time(date)', 'time(month)', 'time(year)', 'time(feast)']);

/** How strong a time written after the asked act must be to answer ahead of a best that never writes the act. */
const ACT_TIME_STRENGTH = 0.8;
/** How much of the best's coverage it must have: the verb it writes may be the one word of the question it adds. */
const ACT_TIME_COVERAGE = 0.75;
const CLOCK_TIME = 'time(time-of-day)';

/** Below this strength a value tied to the question's words no longer holds its place. */
const TIED_WEAK = 0.5;

/** "… altogether?", "in total", "combined": a question asking for the whole of several amounts. */
const WHOLE_ASKED = /\b(?:altogether|in total|in all|combined|overall)\b/i;
/** Words right before a value that make it the whole: "a combined", "a total of", "in total,". */
const WHOLE_BEFORE = /\b(?:a combined|a total of|in total,?|in all,?|altogether,?)\s*$/i;
/** How far before a value its marking as the whole may reach. */
const WHOLE_REACH = 16;

/** Whether the candidate's value is written right after words making it the whole. */
function markedWhole(c: Candidate): boolean {
  if (c.ext === null) return false;
  const text = c.m.doc.sentence.text;
  const at = text.indexOf(c.ext.text);
  return at >= 0 && WHOLE_BEFORE.test(text.slice(Math.max(0, at - WHOLE_REACH), at));
}

/** The kinds of value a sentence writes as a number or a date, beside what it measures ("shifts of up to 13 hours"). */
const VALUE_KINDS: ReadonlySet<string> = new Set(['distance', 'count', 'money', 'percent', 'age', 'duration', 'time']);

/** The question's own nouns (not names), as terms. */
function askedNouns(q: QuestionAnalysis): Set<string> {
  const out = new Set<string>();
  for (const t of q.terms) if (!t.isCue && !t.isName && t.pos === 'NOUN') out.add(t.term);
  return out;
}

/**
 * Whether the sentence writes its value within BESIDE_REACH words of one of the question's nouns,
 * with no comma or stop between: "a storm in May 2019", "the 12-mile route", "a wait of two hours".
 * (A value shown with its reading, "May 2019 (2019-05)", is found by its written part.)
 */
function valueBesideAsked(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence, ext: Extraction, nouns: ReadonlySet<string>): boolean {
  const cut = ext.text.indexOf(' (');
  const span = tokensOfText(d.sentence, cut > 0 ? ext.text.slice(0, cut) : ext.text);
  if (!span) return false;
  const tokens = d.sentence.tokens;
  // "within 14 days of the vote", "a week after the fire": a time counted from the noun is not its time.
  const counted = ext.type === 'time' && COUNTED_FROM.has(tokens[span.last + 1]?.norm ?? '');
  for (const a of anchorsOf(kb, q, d.terms).exact) {
    const term = d.terms[a];
    if (tokens[a].pos !== 'NOUN' || term === null || !nouns.has(term) || (counted && a > span.last)) continue;
    const [from, to] = a < span.first ? [a, span.first] : a > span.last ? [span.last, a] : [a, a];
    if (to - from > BESIDE_REACH) continue;
    let open = true;
    for (let k = from + 1; k < to && open; k += 1) if (isClauseEnd(tokens[k])) open = false;
    if (open) return true;
  }
  return false;
}

/** Words after a time that count it from what follows ("14 days of the vote", "a week after the fire"). */
const COUNTED_FROM: ReadonlySet<string> = new Set(['of', 'after', 'before', 'since', 'from']);

/** How many words from a noun of the question a value may stand to be told of it. */
const BESIDE_REACH = 4;

/** Whether a money question asks neither a rate ("a year") nor what each gets. */
function asksOneOffSum(q: QuestionAnalysis): boolean {
  const { askedRate, askedEach } = quantityAsked(q);
  return askedRate === undefined && !askedEach;
}

/** How a sum of money is found (see preferTyped). */
const MONEY_VALUE = 'quantity(money)';

/** Doers read off a clause rather than a name: the subject of the asked verb, or the phrase after its "by". */
const CLAUSE_DOERS: ReadonlySet<string> = new Set(['subject of verb', 'agent after "by"']);
/** Pronouns for people, which name no one by themselves. */
const BARE_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they']);
/** Words that open a doer without naming it ("The", "A", "We", "He"). */
const UNNAMING_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'i', 'we', 'he', 'she', 'they', 'it', 'you', 'his', 'her', 'their', 'its', 'our', 'my']);

/** A doer the sentence gives by a pronoun or a common noun only: "he", "a student group", "her grandson". */
function unnamedDoer(ext: Extraction): boolean {
  if (!CLAUSE_DOERS.has(ext.how) || ext.focus !== undefined) return false;
  const [first, ...rest] = ext.text.split(/\s+/);
  return (!startsUpper(first) || UNNAMING_OPENERS.has(first.toLowerCase())) && !rest.some((w) => startsUpper(w));
}

/** The first candidate close behind the best (within TYPED_REACH) that `better` holds of, or -1. */
function firstBehind(candidates: readonly Candidate[], better: (c: Candidate) => boolean): number {
  for (let i = 1; i <= TYPED_REACH && i < candidates.length; i += 1) if (better(candidates[i])) return i;
  return -1;
}

/** The candidate at `at` first, in the best's place. The two trade scores, so the order and the scores (in a ranking, in the margin) agree. */
function swap(candidates: Candidate[], at: number): Candidate[] {
  const [best] = candidates;
  return [{ ...candidates[at], score: best.score, loose: best.loose }, ...candidates.slice(1, at), { ...best, score: candidates[at].score, loose: candidates[at].loose }, ...candidates.slice(at + 1)];
}

/** Words of the asked speaker that hold every word of the question as written, as strong as the best's and close behind it. */
function quotesVerbatim(c: Candidate, best: Candidate): boolean {
  return c.ext !== null && c.ext.strength >= best.ext!.strength && c.m.exactCoverage >= 0.999 && c.score >= best.score * TIED_SHARE;
}

/**
 * Whether a candidate's typed answer is better than the best's (see preferTyped). A module
 * function, not a closure: tsx names every closure it makes, on every call.
 */
function typedBetter(c: Candidate, best: Candidate, yesNo: boolean, unitAsked: boolean): boolean {
  const weak = best.ext;
  if (!c.ext) return false;
  // "What time did the ferry run aground?": "late on Sunday" is a time of another unit; a sentence
  // giving the very unit asked ("at around 22:40") answers it though it is further behind.
  const unitFits = unitAsked && weak?.type === 'time' && weak.strength <= 0.5 && c.ext.type === 'time' && c.ext.strength >= 0.999;
  if (unitFits && c.score >= best.score * UNIT_SHARE && c.m.coverage >= 0.6) return true;
  // ("How much is the wind farm going to cost?": a full-strength value close behind a sentence with
  // none answers, though it calls the farm "the project".)
  if (!weak) return (c.ext.strength >= 0.8 && c.m.coverage >= best.m.coverage) || (c.ext.strength >= 0.999 && c.score >= best.score * TIED_SHARE);
  if (coversMoreStrongly(c, best)) return true;
  // "Was anyone killed?": a clause saying no one was outweighs one on an earlier event further ahead,
  // and one that leaves out the asked predicate ("200 passengers were led out of the tunnel" for "was
  // anybody hurt in the tunnel?"), however well it covers the question's other words.
  if (yesNo && c.ext.how === SAYS_NONE && weak.strength <= VETOED) return c.score >= best.score * NONE_SHARE;
  const clearlyStronger = c.ext.strength >= 0.999 || ((!yesNo || weak.strength <= VETOED) && c.ext.strength >= 0.6 && c.ext.strength >= 2 * weak.strength);
  // A value its own rules all but rule out (an earlier event's, another person's) holds its place less.
  // (A full-strength value behind one at half strength or less needs less of its score too.)
  const share = weak.strength <= NEXT_TO_NOTHING ? UNIT_SHARE : weak.strength < VETOED || (weak.strength <= HALF_STRENGTH && c.ext.strength >= 0.999) ? VETOED_SHARE : TIED_SHARE;
  return clearlyStronger && c.score >= best.score * share;
}

/**
 * A strong answer in a sentence that covers more of the question than the best, whose answer is all
 * but ruled out; or, behind a best whose answer is ruled out outright, one covering nearly as much
 * ("Who leads the KFL?": "KFL leader Sonja Brekke" behind "Unions led by the KFL … Ostravik").
 */
function coversMoreStrongly(c: Candidate, best: Candidate): boolean {
  if (best.ext === null || best.ext.strength >= VETOED || c.ext === null || c.ext.strength < 0.8) return false;
  return c.m.coverage > best.m.coverage || (best.ext.strength < RULED_OUT && c.m.coverage >= NEARLY * best.m.coverage && c.score >= best.score * VETOED_SHARE);
}

/**
 * "Who used to coach Kamuren?": behind a doubtful who-answer ("Lisvara Marathon", of a sentence on
 * "his former coach" unnamed), a strong one covering as much of the question may be well behind.
 */
function coversAsMuchStrongly(c: Candidate, best: Candidate): boolean {
  return best.ext !== null && best.ext.strength < DOUBTED && c.ext !== null && c.ext.strength >= 0.8 && c.m.coverage >= best.m.coverage && c.score >= best.score * DOUBTED_SHARE;
}

/** The question's own verb ("led" of "who led the inquiry"), as a term; undefined when it has none or several. */
function askedVerb(q: QuestionAnalysis): string | undefined {
  const verbs = q.terms.filter((t) => t.pos === 'VERB' && !t.isCue);
  return verbs.length === 1 ? verbs[0].term : undefined;
}

/**
 * "Who led the inquiry?": behind a doubtful who-answer from a sentence without the asked verb ("A
 * public inquiry into the collapse … has found"), a strong one from a sentence that writes it ("The
 * inquiry, led by retired judge Margarethe Solvang") however far its words put it behind.
 */
function writesAskedVerb(c: Candidate, best: Candidate, verb: string): boolean {
  return best.ext !== null && best.ext.strength < DOUBTED && !best.m.doc.tf.has(verb) && c.ext !== null && c.ext.strength >= 0.8 && c.m.doc.tf.has(verb);
}

/** Whether an answer's words include one of the question's own (as index terms). */
function holdsQuestionWord(q: QuestionAnalysis, text: string): boolean {
  const asked = new Set(q.terms.filter((t) => !t.isCue).map((t) => t.term));
  return text.split(/[\s,]+/).some((w) => w !== '' && asked.has(termOfWord(w.toLowerCase())));
}

/** Whether the candidate's sentence comes right after the best's and owns something by "its" or "their", which point back to it. */
function pointsBackTo(c: Candidate, best: Candidate): boolean {
  const d = c.m.doc;
  return d.article === best.m.doc.article && d.sentence.index === best.m.doc.sentence.index + 1 && d.sentence.tokens.some((t) => OWNER_PRONOUNS.has(t.norm));
}

const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their']);

/** How a speaker's words are found (see extract/speech.ts). */
const CLAIM = 'claim';
const QUOTE = 'quote';
const REPORTED_SPEECH = 'reported speech';
/** How a sentence's answer is found when it is the reporter's account of what someone said. */
const REPORTED: ReadonlySet<string> = new Set([CLAIM, REPORTED_SPEECH]);
/** How a count is found (see extract/quantities.ts). */
const COUNT = 'quantity(count)';

/** How much stronger than a weak best's a who-answer must be to take its place. */
const CLEARLY = 0.25;

/** How strong a who-answer must be to stand in for a best sentence that names no one. */
const NAMED_SOMEONE = 0.6;

/** Below this strength a who-answer is doubtful, and how far behind a stronger one covering as much may be. */
const DOUBTED = 0.35;
/** A capital letter: a name written in an answer. */
const HAS_CAPITAL = /\p{Lu}/u;
const AREA = 'quantity(area)';
/** Below this a size is not tied to the asked thing (the quantity rules give an untied one 0.4). */
const UNTIED_SIZE = 0.5;
const DOUBTED_SHARE = 0.5;
/** How far behind a ruled-out best a strong answer may score and still take its place: the best answers nothing. */
const RULED_OUT_SHARE = 0.4;
/** "How old was she when …?": the age asked is one at an event. */
const ASKS_AGE_AT = /\bwhen\b/i;
/** How close behind an earlier count of the asked thing must be to take the place of a later one, and how strong both. */
const EARLIER_COUNT_SHARE = 0.8;
const EARLIER_COUNT_STRENGTH = 0.8;
const EARLIER_KINDS: ReadonlySet<string> = new Set([COUNT, 'quantity(percent)']);
/** A count given per some span or each of something ("250 a year", "two works each season"): a rate, no total. */
const RATE_WRITTEN = /\b(?:a|an|each|every|per)\s+[\w-]+$/i;

/** Below this strength an answer is ruled out outright. */
const RULED_OUT = 0.1;
/** How much of the best's coverage "nearly as much" is. */
const NEARLY = 0.8;
/**
 * How much of the best's coverage a cause given outright needs to displace a loose reading: the
 * cause tells the act in its own words ("cancelled" for "call off"), so covers less than the
 * aside that writes the asked words.
 */
const LOOSELY_NEAR = 0.7;

/** How close behind a time of another unit one of the unit a question names may be (and a clause saying none, behind an earlier event's). */
const UNIT_SHARE = 0.5;

/** How close behind a weak best a clearly stronger typed answer may be to take its place. */
const TIED_SHARE = 0.85;

/** Below this strength a value is all but ruled out, and a strong one further behind may take its place. */
const VETOED = 0.3;
/**
 * At most this strong, a value is of another kind than asked or its sentence speaks of something
 * else ("on Tuesday evening" for "how long"): a full answer behind it needs as little of its score
 * as a time in the very unit asked does.
 */
const NEXT_TO_NOTHING = 0.15;
const VETOED_SHARE = 0.7;
/** A time counted from: "since 2004". */
const SINCE_WRITTEN = /^since\b/i;
/** A value at most this strong is a weak one. */
const HALF_STRENGTH = 0.5;
/** The strength of a name its rules trust fully: of the asked kind, the doer of the asked act. */
const FULLY_TRUSTED = 1;
/** How far behind an answer that leaves out the asked predicate a clause saying none happened may be ("No one was injured." is short). */
const NONE_SHARE = 0.4;

/** How far down a typed candidate may come from to answer in place of an untyped best. */
const TYPED_REACH = 3;
/** How a count is found, from a fact or read bare. */
const COUNTS_FOUND: ReadonlySet<string> = new Set(['quantity(count)', 'number']);
/** A count as made must be read as one of the asked thing at least this surely to stand for the lead's rounded one. */
const EXACT_COUNT_STRENGTH = 0.4;
const NOUN_PHRASE = 'phrase on the question noun';
/** A phrase on the asked noun holding a name is given this strength or more (one only describing it, less). */
const NAMED_PHRASE = 0.85;
const INDEFINITE_START = /^an? /i;
const NOT_WORD = /[^\p{L}\p{N}'’-]+/u;
const wordsOf = (text: string): string[] => text.toLowerCase().split(NOT_WORD);
/** A how-question asking how something ended, not by what means ("how did the vote go?"). */
const OUTCOME_ASKED = /\b(?:end(?:ed)? up|ended|end|turn(?:ed)? out|go|went|finish(?:ed)?)\s*\??$/i;
