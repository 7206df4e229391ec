import type { Sentence } from '../article/types.js';
import type { NameFact, QuantityFact } from '../facts/types.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { IndexedSentence } from '../index/sentence-index.js';
import { areRelated, relatedIn } from '../index/related.js';
import { bestSimilarity, vectorId } from '../index/embeddings.js';
import { resumingForms, type QuestionAnalysis, type QuestionTerm } from './analyze.js';
import { isCapitalised, type Token } from '../nlp/token.js';
import { termOfWord } from '../nlp/terms.js';
import { memoKey } from './memo.js';
import { actIsAsked, askedActs, doerTitles, objectAsked, openingTitledName, titledHolder, writtenAfterActOnAskedObject } from './asked-act.js';
import type { AnswerType } from './intents.js';
import { BUILDING_HEADS, isPersonNoun, isPersonWord, ORG_AFTER, ORG_WORDS, PLACE_AFTER, REPORTING_VERBS, TITLE_HEADS, UNITS } from '../facts/lexicon.js';
import { DOER_BEFORE_TO, LIGHT_VERBS, NAMED_KINDS, OUTCOMES, oppositesOf } from './lexicon.js';
import type { SentenceMatch } from './match.js';
import { factsOf } from './sentence-facts.js';
import { isPossessive } from '../facts/tokens.js';
import { anchorsOf, asksAboutThePast, inQuestion, nearness, type Ctx, type Extraction } from './extract/context.js';
import { recordHolder } from './extract/records.js';
import { activityAtTheTime, alias, asksFormerWork, formerWork, asksBlame, blameTold, BLAME, asksPeriod, periodTold, PERIOD_GIVEN, asksConcern, concernTold, CONCERN, asksDemand, demandTold, DEMAND, asksInjury, asksOffence, colourOfAsked, INJURY, injuryTold, OFFENCE, offenceCharged, ASIDE_OBJECT_HOW, asksCurrentLeader, decision, WHAT_WAS_DECIDED, describedDoer, description, earlierOne, eventClause, focusPhrase, consequence, modalPredicate, openSlot, reason, LEADER_TITLE, leaderOf, leadingRoles, leadsAnother, roleHolder, roleOfOtherOwner, SAYS_OPPOSITE, strandedObject, yesNo } from './extract/descriptions.js';
import { agentOfAskedVerb, namedAgentOfAskedVerb, ownerOfAsked, agentPhrase, awardedTo, titledAsDoer, relativeDoerOfAskedVerb, basePlace, ORGANISATION_NAME, PERSON_NAME, WHERE_BASED, subjectDoer, destination, entity, goneTo, movedTo, nameGiven, origin, residence, passiveAgent, placePhrase, buildingPhrase, cameFrom, fullName, gotFrom, isVenueName, leftFrom } from './extract/names.js';
import { gapLength } from './gap.js';
import { ageAt, countsNamedThing, documentLength, HISTORY_AGE, historyAge, madeWhen, measureKinds, ORIGIN_AGE, originAge, quantity, writtenLong } from './extract/quantities.js';
import { MONEY_SOURCE_RULE, moneySource, moneyUse } from './extract/money-use.js';
import { freeOfCharge } from './extract/free.js';
import { credit, quote, source, speakerOfWords } from './extract/speech.js';
import { kindOf, kindsOfMost } from './extract/kinds.js';
import { ADDRESS, addressTold, asksAddress } from './extract/address.js';
import { APPLIES_FROM, askedTimeUnit, asWritten, LIFE_SPAN, lifeDate, sinceClause, time } from './extract/times.js';
import { chunksOf, clauseFrom, isClauseEnd, textOf, tidyAnswer, tokensOfText } from './spans.js';
import { subjectBefore } from '../facts/phrases.js';
import { leadOf } from './lead.js';
import { asksWhatElse, furtherThing, FURTHER_THING } from './what-else.js';
import { knownBy } from './extract/known-from.js';

const HOW_MANY_WHAT = /\bhow many ([\p{L}-]+)/iu;

export type { Extraction } from './extract/context.js';
export { DIRECTED, questionSpeakers, speakersOf } from './extract/speech.js';

/** How a name found as the doer of a passive of the asked act is marked. */
export const NAMED_DOER = 'name of the doer after "by"';

/** How a thing came to be known ("came to light when …"): the finding is told in the sentence's own words. */
const CAME_TO_LIGHT = 'how it came to light';

/**
 * Answers whose own words say they belong to the asked one, whatever verb the sentence tells them
 * in: a life span, a leader's title, a decision, an aside's object, an injury, an offence or a
 * concern told by their own words, a cause blamed, a period's two ends, how a thing came to light,
 * where a body is based, a thing's age, the doer a passive of the
 * asked act names (or a win's title names: "who won?" / "was named the winner"), and a yes or no told by
 * the opposite of the asked act ("Was the path still open?" / "the council shut the path": the
 * asked verb is nowhere, its opposite tells it).
 */
const TOLD_HERE: ReadonlySet<string> = new Set([CAME_TO_LIGHT, LIFE_SPAN, LEADER_TITLE, WHAT_WAS_DECIDED, ASIDE_OBJECT_HOW, INJURY, OFFENCE, CONCERN, DEMAND, BLAME, PERIOD_GIVEN, ADDRESS, WHERE_BASED, HISTORY_AGE, ORIGIN_AGE, SAYS_OPPOSITE, NAMED_DOER]);

/** A full count of the asked noun in a sentence whose verb is not the asked one, told elsewhere. */
const NAMED_COUNT_ELSEWHERE = 0.7;

/**
 * Typed answers: for the kind of value a question wants (src/qa/intents.ts), the best such value
 * in one sentence, with how sure the extractor is. One module per kind under src/qa/extract/.
 */

const FURTHER_STRENGTH = 0.8;

export function extractAnswer(kb: KnowledgeBase, q: QuestionAnalysis, m: SentenceMatch): Extraction | null {
  const sentence = m.doc.sentence;
  const { anchors, exact, questionTerms } = anchorsOf(kb, q, m.doc.terms);
  const ctx: Ctx = { kb, q, m, sentence, facts: factsOf(kb, m.doc.article.id, sentence.index), anchors, exact, questionTerms };
  const further = asksWhatElse(q) ? furtherThing(kb, q, m.doc) : undefined;
  if (further) return { text: further, type: q.wants[0] ?? 'entity', how: FURTHER_THING, strength: FURTHER_STRENGTH };
  for (let rank = 0; rank < q.wants.length; rank += 1) {
    const want = q.wants[rank];
    // "Who …" wants a person or else an organisation, which one extractor reads alike: where it
    // found no person it finds no organisation either, so it is not run twice.
    if (want === 'organisation' && rank > 0 && q.wants[rank - 1] === 'person') continue;
    const found = extractType(ctx, want);
    if (!found) continue;
    // "How long": a duration answers best; a date ("since 1950") only if nothing better is found.
    // ("How long has she led the club?" / "… has led the club since 2017": asked in the perfect, a
    // span's start is the answer as the question puts it.)
    let strength = found.strength * (want === 'time' && rank > 0 && !(SINCE_OPENED.test(found.text) && askedInPerfect(q)) ? 0.6 : 1);
    // ("Mary Anderson (1866–1953)": a life's years tell of birth and death without a verb for either.)
    // (… as "Fire Service Chief Anton Vilk" tells who heads the service.)
    // (The sentence telling the hour of the lead's event has the lead's verb: "collided early on
    // Monday" / "was struck … at 0440".)
    // ("voted … to build" tells what the council decided: its verb of deciding is the asked one.)
    // ("the Hallsberg-based company", "the choir's home, the Lindgate Hall" say where a body is based.)
    // ("How long has the band existed?" / "in its 48-year history": a history tells how long its owner has been;
    // "the 1931 depot" when it was built, though it writes no verb of building.)
    // ("When was the town last hit this hard?" / "the worst flood to strike the town since 1987": the
    // superlative's "since" is the time of the last like event, in whatever verb the sentence tells it.)
    // ("Which judge passed the sentence?" / "Judge Mara Velt said …": a name the sentence calls one
    // of the asked kind is the one asked for, in whatever verb the sentence tells it.)
    // ("What does Ana Roth sell?" / "Ana Roth, who runs a flower stall": an aside's object is found
    // where the sentence gives no verb of the question's; an injury or an offence by its own words.)
    const told = TOLD_HERE.has(found.how) || lastLikeEvent(q, sentence, found) || startsFrom(q, sentence, found) || boundAsAsked(q, found) || namedAsAskedKind(ctx, found) || titledAsAskedDoer(ctx, found) || affiliationOfAsked(ctx, found) ? 'here' : leadVerbPresent(ctx) ?? verbPresent(ctx);
    // ("When did residents complain about the smell?" / "Neighbours first noticed the smell in May":
    // the asked act's object after the sentence's own verb tells that verb is the act.)
    const verb = told === 'elsewhere' || told === 'nowhere' ? ((want === 'time' || want === 'duration') && writtenAfterActOnAskedObject(q, m.doc, found.text) ? 'here' : told) : told;
    // A time belongs to its event more than a number to its noun: "When was X founded?" is not
    // answered by when X did something else.
    if (verb === 'other outcome') strength *= OTHER_OUTCOME;
    // "When did they sign it?" / "They signed a plea for the gates to be shut at 9pm":
    // the asked verb is written, but the time is told of the later verb it follows.
    else if (want === 'time' && verb === 'here' && timeOfLaterAct(ctx, found)) strength *= ANOTHER_ACTS_TIME;
    // "How long did the jury take to decide?" / "deliberated for about 14 hours": a length written
    // as how long something went on belongs to the verb beside it, in whatever words.
    else if (want === 'duration' && verb !== 'here' && lengthOfAnAct(sentence.text, found.text)) strength *= 0.8;
    // ("How did crews stop the fire?" / "Crews brought it under control by pumping water …": a means
    // is told in the sentence's own verb for the asked act, which news writes in other words.)
    // ("How many sailors were rescued?" / "Its 17 crew members were lifted to safety": a full count
    // of the very thing the question names is told in the sentence's own words for the act more
    // often than a count of it for another act, and weakens less; not a count of "people" for
    // "people", which only the verb tells apart: "how many people were arrested?" / "6,000 people fled".)
    else if (verb === 'elsewhere') strength *= want === 'time' ? (soleTimeOfAllElseAsked(ctx) ? SOLE_TIME_ELSEWHERE : 0.25) : found.how === MEANS_GIVEN ? 0.8 : want === 'count' && found.tied === true && found.strength === 1 && countsNamedThing(q, found.text) ? NAMED_COUNT_ELSEWHERE : 0.5;
    // "When was X founded?" where the article never speaks of founding at all. A value other than a
    // time, in a sentence holding every other word of the question, suffers less: people paraphrase
    // verbs ("depend on" for "supplies"), and a count belongs to its noun more than to its verb:
    // most of all one written of the very noun the question counts ("How many nurses are caring for
    // the patients?" / "about 90 nurses were working on the wards").
    else if (verb === 'nowhere') strength *= want !== 'time' && m.missing.every((t) => t.pos === 'VERB') ? (want === 'count' && found.tied === true ? 0.8 : 0.5) : 0.25;
    // "What was Brightwater's profit?" is not answered by Halvorsen's profit.
    // (A leading title has its names checked already: "Fire Service Chief" is the Kelmarsh Fire Service's.)
    if (m.missing.some((t) => t.isName) && found.how !== LEADER_TITLE) strength *= 0.4;
    // The extraction is this call's own (see Extraction): adjusted in place, not copied.
    found.strength = strength;
    return found;
  }
  return null;
}

/**
 * "When did the pilot kick off?" / "The scheme began as a trial at two libraries in October last
 * year": a sentence holding every word of the question but its verb, and one time alone, most
 * often tells the asked act in its own verb; a sentence of several times leaves open which is it.
 */
function soleTimeOfAllElseAsked(ctx: Ctx): boolean {
  // ("When was the Orlby Institute founded?" / "Researchers at the Orlby Institute studied data up
  // to 2021": a year asked of a body's beginning is seldom told but by its own verb.)
  if (askedTimeUnit(ctx.q) === 'year' || !ctx.m.missing.every((t) => t.pos === 'VERB')) return false;
  let times = 0;
  for (const f of ctx.facts) if (f.type === 'time' && f.kind !== 'duration') times += 1;
  return times === 1 && !askedActDatedElsewhere(ctx);
}

/** Whether another sentence of the article writes the asked verb and gives a time: the time the act is told at, there. */
function askedActDatedElsewhere(ctx: Ctx): boolean {
  const { forms } = verbCheck(ctx.kb, ctx.q);
  const own = ctx.m.doc;
  for (const d of ctx.kb.index.ofArticle(own.article.id)) {
    if (d === own || !d.terms.some((t) => t !== null && forms.has(t))) continue;
    if (factsOf(ctx.kb, d.article.id, d.sentence.index).some((f) => f.type === 'time' && f.kind !== 'duration')) return true;
  }
  return false;
}

/** What a sentence's only time is worth where it holds all the question but its verb (see soleTimeOfAllElseAsked). */
const SOLE_TIME_ELSEWHERE = 0.5;

/**
 * Whether a "which" question's name is written as one of the asked kind: with the kind's noun as
 * its title ("Judge Mara Velt", "the newspaper Tollby Post"), in its own words ("Kelby General
 * Hospital"), or in an apposition right after it ("Orvane Lifts, a company based in Sarno").
 */
function namedAsAskedKind(ctx: Ctx, found: Extraction): boolean {
  const focus = ctx.q.focus?.term;
  if (ctx.q.intent === 'which' && focus !== undefined && found.how === FOCUS_PHRASE) return capitalisedKindIn(ctx.m.doc, found.text, focus);
  if (ctx.q.intent !== 'which' || focus === undefined || found.focus === undefined || !found.how.startsWith('name(')) return false;
  const tokens = ctx.sentence.tokens;
  const terms = ctx.m.doc.terms;
  const span = tokensOfText(ctx.sentence, found.focus);
  if (!span) return false;
  const { first, last } = span;
  if (terms[first - 1] === focus || terms.slice(first, last + 1).includes(focus)) return true;
  if (tokens[last + 1]?.text !== ',' || !APPOSITION_OPENERS.has(tokens[last + 2]?.norm ?? '')) return false;
  for (let k = last + 3; k < Math.min(tokens.length, last + 3 + APPOSITION_HEAD_REACH); k += 1) {
    if (terms[k] === focus) return true;
    if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'NOUN') return false;
  }
  return false;
}

const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);
export const FOCUS_PHRASE = 'phrase on the question noun';

/**
 * "Which court heard the case?" / "… when he appeared at Zarnwick Crown Court": a name built on the
 * asked noun, capitalised as part of it, is one of the asked kind by its own words, whatever verb
 * the sentence tells it in ("the civil courts" only describes some).
 */
export function capitalisedKindIn(d: IndexedSentence, text: string, focus: string): boolean {
  const span = tokensOfText(d.sentence, text);
  return span !== undefined && kindNamedBetween(d, focus, span.first, span.last);
}

/** Whether the sentence writes the asked noun capitalised at the end of a name ("Zarnwick Crown Court" for "court"). */
export function namesKindIn(d: IndexedSentence, focus: string): boolean {
  return kindNamedBetween(d, focus, 0, d.terms.length - 1);
}

function kindNamedBetween(d: IndexedSentence, focus: string, first: number, last: number): boolean {
  for (let k = Math.max(first, 1); k <= last; k += 1) if (d.terms[k] === focus && namesKindAt(d.sentence.tokens, k)) return true;
  return false;
}

/** Whether the word at `k` is a kind's noun capitalised as the end of a name ("Crown Court", "Magistrates’ Court"). */
function namesKindAt(tokens: readonly Token[], k: number): boolean {
  const before = APOSTROPHES.has(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
  return before >= 0 && isCapitalised(tokens[k]) && isCapitalised(tokens[before]);
}

const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);

/**
 * Whether `name` is the only name the article builds on the asked noun: "Zarnwick Crown Court" and
 * later "the Crown Court" are one, where "Zarnwick Magistrates' Court" beside it leaves open which
 * court a question asks of.
 */
export function soleNameOfKind(d: IndexedSentence, name: string, focus: string): boolean {
  for (const s of d.article.sentences) {
    const tokens = s.tokens;
    for (let k = 1; k < tokens.length; k += 1) {
      if (termOfWord(tokens[k].norm) !== focus || !namesKindAt(tokens, k)) continue;
      let from = k - 1;
      if (APOSTROPHES.has(tokens[from].text)) from -= 1;
      while (from > 0 && isCapitalised(tokens[from - 1]) && tokens[from - 1].pos !== 'PUNCT') from -= 1;
      if (!name.endsWith(textOf(s, from, k))) return false;
    }
  }
  return true;
}

/**
 * Whether a which-question's sentence writes its asked noun (or a word for it) only as one unnamed:
 * under "a", a number, or no article at all in the plural after a preposition or opening the
 * sentence ("a local councillor", "two theatre groups", "Contractors have …"), with `name` written
 * beside no mention of it ("Quentley Ropes, a rope maker", "a rope maker, Quentley Ropes", "the asteroid
 * Zephra", "a picnic spot at Hob Meadow"). ("other hospitals" are others than the one asked.)
 */
function unnamedOneOfAskedKind(ctx: Ctx, name: string): boolean {
  const focus = ctx.q.focus?.term;
  if (ctx.q.intent !== 'which' || focus === undefined) return false;
  const span = tokensOfText(ctx.sentence, name);
  if (!span) return false;
  const tokens = ctx.sentence.tokens;
  const terms = ctx.m.doc.terms;
  let unnamed = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const term = terms[i];
    if (term === null || tokens[i].pos !== 'NOUN' || (term !== focus && !areRelated(focus, term))) continue;
    let from = i;
    while (from > 0 && (tokens[from - 1].pos === 'ADJ' || tokens[from - 1].pos === 'NOUN')) from -= 1;
    let head = i;
    while (tokens[head + 1]?.pos === 'NOUN') head += 1;
    if (besideMention(tokens, span, from, head)) return false;
    if (unnamedMention(tokens, from, i)) unnamed = true;
  }
  return unnamed;
}

/** Whether a name spanning `span` is written right beside the phrase from `from` to its head `head`: set off, titled by it, or placed by a preposition after it. */
function besideMention(tokens: readonly Token[], span: { first: number; last: number }, from: number, head: number): boolean {
  const opener = tokens[from - 1]?.pos === 'DET' || tokens[from - 1]?.pos === 'NUM' ? from - 1 : from;
  if (span.first <= head && span.last >= from) return true;
  if (span.last === opener - 1 || (span.last === opener - 2 && tokens[opener - 1].text === ',')) return true;
  let k = head + 1;
  if (tokens[k]?.text === ',' || tokens[k]?.pos === 'ADP') k += 1;
  if (tokens[k]?.norm === 'the') k += 1;
  // (The name as found may be the last words of one written whole: "Hob Meadow" of "Ann Hob's Meadow".)
  while (k < span.first && (tokens[k].pos === 'PROPN' || isPossessive(tokens[k]))) k += 1;
  return span.first === k;
}

/** Whether the phrase from `from` on the noun at `noun` brings in one of its kind without naming it. */
function unnamedMention(tokens: readonly Token[], from: number, noun: number): boolean {
  for (let k = from; k < noun; k += 1) if (tokens[k].norm === 'other') return false;
  const det = tokens[from - 1];
  if (det !== undefined && (UNNAMED_OPENERS.has(det.norm) || det.pos === 'NUM')) return true;
  const plural = tokens[noun].norm !== tokens[noun].lemma;
  return plural && (det === undefined || det.pos === 'ADP');
}

/** Words opening a phrase on one thing the sentence does not name: "a", "an", "another", "some", "several". */
const UNNAMED_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'some', 'several']);

/** "Who heads the school board?" where the story has no school: no board chair of it holds the asked role. */
const asksThingUnwritten = (ctx: Ctx): boolean => ctx.q.terms.some((t) => !t.isCue && t.pos !== 'VERB' && !ctx.kb.index.has(t.term) && relatedIn(ctx.kb.index, t.term).length === 0);

/**
 * "Which party does Ivo Hart belong to?" / "Opposition lawmaker Ivo Hart of the Green League said
 * …"; "which firm does the analyst work for?" / "Ana Moll, an analyst at Brede Capital": a name
 * joined to the question's one by "of", "at" or "from" is the body that one belongs to, whatever
 * verb the question asks it by.
 */
function affiliationOfAsked(ctx: Ctx, found: Extraction): boolean {
  if (ctx.q.intent !== 'which' || found.focus === undefined || !found.how.startsWith('name(')) return false;
  const { tokens, text } = ctx.sentence;
  const at = text.indexOf(found.focus);
  let k = at < 0 ? -1 : tokens.findIndex((t) => t.start >= at) - 1;
  if (tokens[k]?.pos === 'DET') k -= 1;
  if (k < 1 || !AFFILIATION.has(tokens[k].norm)) return false;
  const asked = k - 1;
  return ctx.exact.includes(asked) && (tokens[asked].pos === 'PROPN' || (tokens[asked].pos === 'NOUN' && isPersonNoun(tokens[asked].norm)));
}

const AFFILIATION: ReadonlySet<string> = new Set(['of', 'at', 'from']);
/** How many words an apposition's head may come after its article ("a Lisbon-based engineering company"). */
const APPOSITION_HEAD_REACH = 4;

/**
 * "When do the parking fees start?" / "Drivers will pay to park there from 1 May": a time written
 * after "from" ("as of", "starting") is when a thing starts, in whatever verb the sentence tells it.
 */
function startsFrom(q: QuestionAnalysis, sentence: Sentence, found: Extraction): boolean {
  if (found.type !== 'time' || !q.tokens.some((t) => STARTING.has(t.lemma))) return false;
  // (The time as written, without the date it resolves to: "4 May (2026-05-04)".)
  const written = asWritten(found.text);
  // (Or it opens on its "from": "from 4 May".)
  if (APPLIES_FROM.test(written.slice(0, written.indexOf(' ') + 1))) return true;
  const at = sentence.text.indexOf(written);
  return at > 0 && APPLIES_FROM.test(sentence.text.slice(Math.max(0, at - FROM_REACH), at));
}

const STARTING: ReadonlySet<string> = new Set(['start', 'begin', 'commence']);
/** How far before a time its "from" (or "starting from") may open. */
const FROM_REACH = 16;

/**
 * "Since when has the mill been shut?" / "… which has stood empty since 2011"; "until when is the
 * road closed?" / "… will stay shut until Friday": a time bound by the asked word is one end of a
 * state, the asked one, in whatever verb the sentence tells the state.
 */
function boundAsAsked(q: QuestionAnalysis, found: Extraction): boolean {
  const asked = BOUND_ASKED.exec(q.text)?.[1]?.toLowerCase();
  if (asked === undefined || found.type !== 'time') return false;
  const bound = BOUND_WRITTEN.exec(found.text)?.[1]?.toLowerCase();
  return bound !== undefined && (bound === 'since') === (asked === 'since');
}

const BOUND_ASKED = /\b(since|until|till) (?:when|what|which)\b/i;
const BOUND_WRITTEN = /^(since|until|till)\b/i;

/** A question on the last event like this one; a superlative whose "since" gives that event's time. */
function lastLikeEvent(q: QuestionAnalysis, sentence: Sentence, found: Extraction): boolean {
  if (found.type !== 'time' || !/^since\b/i.test(found.text) || !asksAboutThePast(q)) return false;
  const tokens = sentence.tokens;
  const since = tokens.findIndex((t) => t.norm === 'since');
  // ("the protest since May" is no superlative: the word must be read as an adjective.)
  return since > 0 && tokens.slice(0, since).some((t, i) => t.pos === 'ADJ' && (SUPERLATIVE.test(t.norm) || tokens[i - 1]?.norm === 'most') && tokens[i - 1 - (tokens[i - 1]?.norm === 'most' ? 1 : 0)]?.norm === 'the');
}

/** "largest", "deadliest", "worst", "best". */
const SUPERLATIVE = /^(?:\w+est|worst|best)$/;

/** "for about 14 hours", "lasted almost seven hours", "took 11 years", "spent four years", "90 days to delete". */
/** "90 days to delete": a length in which to do something. */
const SPAN_TO = /^\s+to\s+\p{Ll}/u;
const SPAN_BEFORE = /\b(?:for|lasted|lasting|lasts|last|took|takes|take|taking|spent|spend|spending|waited|within)\s+$/i;

const SPAN_OPENS = /^within\s/i;

function lengthOfAnAct(sentence: string, value: string): boolean {
  const at = sentence.indexOf(value);
  if (at < 0) return false;
  // ("within 30 days": the answer may hold the word itself.)
  return SPAN_BEFORE.test(sentence.slice(Math.max(0, at - 12), at)) || SPAN_OPENS.test(value) || SPAN_TO.test(sentence.slice(at + value.length, at + value.length + 8));
}

/**
 * "Who backs the insurgents?" / "General Abbas said the insurgents are backed by foreign countries":
 * the doer of the asked verb, named or not, over a name elsewhere in the sentence (the speaker).
 */
function doerOrName(ctx: Ctx): Extraction | null {
  const owner = ownerOfAsked(ctx);
  if (owner) return owner;
  const winner = namedWinner(ctx);
  if (winner) return winner;
  const named = entity(ctx, asksOffice(ctx.q) ? PEOPLE : PEOPLE_AND_GROUPS, false);
  // "Who is the health minister?" is not whoever speaks of the minister.
  if (!named) return agentPhrase(ctx) ?? (ctx.q.intent === 'definition' ? null : speakerOfWords(ctx));
  const agent = passiveAgent(ctx);
  if (agent && !(agent.focus ?? agent.text).includes(named.focus ?? named.text)) return agent;
  // "… by a Tarn firm, Brask Works", "by her son, Leo": the name inside a doer that names or
  // places it is told with the whole doer.
  const whole = agent?.focus !== undefined && agent.text.includes(named.focus ?? named.text) ? agent.text : undefined;
  // "Who picked the winner?" / "… had been chosen by her grandson, Leo Marsh": the name a passive
  // of the asked act, in its own or a related word, gives as its doer is the one asked for, ahead
  // of names another sentence merely sets near the act.
  if (!passiveQuestion(ctx.q) && named.strength < AGENT_NAMED && agentOfAskedVerb(ctx, true)?.includes(named.focus ?? named.text)) {
    named.strength = AGENT_NAMED;
    named.how = NAMED_DOER;
    const doer = whole ?? namedAgentOfAskedVerb(ctx);
    if (doer?.includes(named.focus ?? named.text)) named.text = doer;
    return named;
  }
  if (whole !== undefined && agent) return { ...agent, strength: Math.max(agent.strength, named.strength) };
  // "A retired postman … has uncovered one of the largest hoards of Roman coins": a weak name
  // tied to nothing asked gives way to the unnamed subject of the asked verb.
  if (named.strength < 0.4) {
    const doer = subjectDoer(ctx, passiveQuestion(ctx.q));
    if (doer && doer.strength > named.strength) return doer;
  }
  // "Who discovered Tessaly?" / "Tessaly … was discovered in 2009": the act told in the passive,
  // with no "by", names no doer; another name in the sentence is not it. ("Who was jailed?" asks
  // for the one it was done to.)
  if (!agent && !passiveQuestion(ctx.q) && askedInPassive(ctx)) named.strength *= 0.3;
  // "SANA quoted an official as saying that Syrian and Russian air forces are attacking …": the
  // name only reports what the asked verb's own subject does.
  if (named.focus !== undefined && reportsTheAskedVerb(ctx, named.focus)) {
    const doer = agentPhrase(ctx);
    if (doer && !doer.text.includes(named.focus)) return doer;
  }
  return named;
}

const PEOPLE: NameFact['kind'][] = ['person'];
const PEOPLE_AND_GROUPS: NameFact['kind'][] = ['person', 'organisation'];

/**
 * "Who is the mayor of Velmora?" / "Who's the new team coach?": an office written before a name is
 * held by a person, so an organisation the sentence names is not its holder ("the Velmora Chamber of
 * Commerce"). ("Who is the new owner?" may be a company: owners write no title.)
 */
function asksOffice(q: QuestionAnalysis): boolean {
  if (q.intent !== 'definition') return false;
  let role: QuestionTerm | undefined;
  for (const t of q.terms) if (!t.isCue && !t.isName && t.pos === 'NOUN') role = t;
  return role !== undefined && TITLE_HEADS.has(role.word.toLowerCase());
}

/** Whether the verb at `at` is a passive's participle ("was discovered", "has been jailed", "got suspended"). */
function passiveAt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.pos !== 'VERB') return false;
  const before = tokens[at - 1]?.pos === 'ADV' ? tokens[at - 2] : tokens[at - 1];
  return (before?.pos === 'AUX' && before.lemma === 'be') || (before?.lemma === 'get' && tokens[at].text.endsWith('ed'));
}

/** Whether the sentence tells the question's own verb in the passive. */
const askedInPassive = (ctx: Ctx): boolean => ctx.exact.some((a) => passiveAt(ctx.sentence.tokens, a));

/** "Who was jailed for six years?" asks in the passive. */
const passiveQuestion = (q: QuestionAnalysis): boolean => q.tokens.some((_, i) => passiveAt(q.tokens, i));

/** Whether the name is the subject of a reporting verb ("SANA quoted", "X said") that comes before the question's own verb. */
function reportsTheAskedVerb(ctx: Ctx, name: string): boolean {
  const tokens = ctx.sentence.tokens;
  const at = ctx.sentence.text.indexOf(name);
  if (at < 0) return false;
  const after = tokens.findIndex((t) => t.start >= at + name.length);
  const verb = tokens[after]?.pos === 'AUX' ? after + 1 : after;
  if (verb < 0 || tokens[verb]?.pos !== 'VERB' || !REPORTING_VERBS.has(tokens[verb].lemma)) return false;
  return ctx.exact.some((a) => a > verb && tokens[a].pos === 'VERB' && !REPORTING_VERBS.has(tokens[a].lemma));
}

/** Of a sentence going on with the lead's event, 'here' where the lead writes the asked verb. */
function leadVerbPresent(ctx: Ctx): 'here' | undefined {
  const lead = ctx.m.continues;
  if (!lead) return undefined;
  const { anchors, exact, questionTerms } = anchorsOf(ctx.kb, ctx.q, lead.doc.terms);
  const leadCtx: Ctx = { ...ctx, m: lead, sentence: lead.doc.sentence, facts: factsOf(ctx.kb, lead.doc.article.id, lead.doc.sentence.index), anchors, exact, questionTerms };
  return verbPresent(leadCtx) === 'here' ? 'here' : undefined;
}

/**
 * A value is only the answer if it belongs to the event asked about: "When was X founded?" is not
 * answered by a sentence about X that never mentions founding.
 */
function verbPresent(ctx: Ctx): 'here' | 'elsewhere' | 'nowhere' | 'other outcome' {
  const terms = ctx.m.doc.terms;
  const asked = verbCheck(ctx.kb, ctx.q);
  // "How many were injured when the roof caved in?" is not answered by "caved in …, killing seven
  // people", though word vectors put the two outcomes side by side and the other verb is there.
  // (Any word of the question: wink may tag "how much did the stock drop" a noun.)
  for (const t of asked.outcomes) if (otherOutcome(t, ctx.m.doc)) return 'other outcome';
  if (asked.rows.length === 0) return 'here';
  // The sentence's terms are all the index's, so only the related terms the index holds can be
  // among them. "Did the mayor admit …?" / "He denied …": the opposite speaks of the same act.
  // ("When does the pool close?" is not answered by when it opened, but "when will it reopen?" is
  // by how long it stays closed: "closed until May".)
  let opposite = false;
  for (const x of terms) {
    if (x === null) continue;
    if (asked.forms.has(x)) return 'here';
    if (asked.opposites.has(x)) opposite = true;
  }
  if (opposite) return ctx.q.wants[0] !== 'time' || UNTIL.test(ctx.sentence.text) ? 'here' : 'other outcome';
  // "Who paid for the study?" / "The study was funded by …": a near synonym by word vectors.
  let sim = 0;
  const rows = verbRows(ctx.sentence);
  for (const id of asked.rows) sim = Math.max(sim, bestSimilarity(id, rows));
  // "Which day did she find the stone?" / "She spotted the stone on Sunday": a word's vector leans
  // on its tense ("spotted" is further from "find" than "spot" is), and a time belongs to its act
  // alone: for a time, the verbs' base forms are weighed too.
  if (sim < VERB_SIMILARITY && ctx.q.wants[0] === 'time') for (const id of asked.rows) sim = Math.max(sim, bestSimilarity(id, verbLemmaRows(ctx.sentence)));
  // A verb the article never uses needs a close synonym ("pledged" / "promised") to count as here.
  if (asked.nowhere) return sim >= VERB_SYNONYM ? 'here' : 'nowhere';
  return sim >= VERB_SIMILARITY ? 'here' : 'elsewhere';
}

const UNTIL = /\b(?:until|till)\b/i;

/** "since 2017", "since the mill closed": the start of a span. */
const SINCE_OPENED = /^since\b/i;
/** "How long has she …?", "how long have they been …?": a span up to now. */
const ASKED_IN_PERFECT = /\bhow long (?:has|have|'s|’s)\b/i;
const IN_PERFECT = memoKey<boolean>('whether a how-long question is asked in the perfect');
function askedInPerfect(q: QuestionAnalysis): boolean {
  let perfect = q.memo.get(IN_PERFECT);
  if (perfect === undefined) q.memo.set(IN_PERFECT, (perfect = ASKED_IN_PERFECT.test(q.text)));
  return perfect;
}
/** A time told of another act than the asked one, written later in the same sentence. */
const ANOTHER_ACTS_TIME = 0.25;
/** How far back from a time its own verb is looked for. */
const TIME_VERB_REACH = 8;
/** How far after a time the noun it dates may stand ("the noon opening parade"). */
const DATED_NOUN_REACH = 3;

/**
 * Whether a time belongs to a verb other than the asked one: the nearest full verb before it is
 * neither an asked verb nor a word near one, and the asked verb is written in an earlier clause
 * ("a petition calling for the pool to reopen, which was handed in in March" tells the handing in).
 * A time ahead of every verb ("On Monday, the council approved …"), or told by a reporting verb
 * ("police said on Monday"), is left as it was.
 */
function timeOfLaterAct(ctx: Ctx, found: Extraction): boolean {
  const span = tokensOfText(ctx.sentence, asWritten(found.text));
  if (!span) return false;
  const tokens = ctx.sentence.tokens;
  const terms = ctx.m.doc.terms;
  const asked = verbCheck(ctx.kb, ctx.q);
  let own = -1;
  for (let k = span.first - 1; k >= Math.max(0, span.first - TIME_VERB_REACH); k -= 1) {
    if (SENTENCE_STOP.has(tokens[k].text) || (terms[k] !== null && asked.forms.has(terms[k]!))) return false;
    // (A capital marks a name's word however tagged: "Brindle Cross".)
    if (tokens[k].pos === 'VERB' && !isCapitalised(tokens[k])) {
      own = k;
      break;
    }
  }
  // (A real verb follows no article or adjective, nor is it a hyphened compound: "the town bypass", "fist-sized".)
  if (own < 0 || REPORTING_VERBS.has(tokens[own].lemma) || tokens[own].text.includes('-') || tokens[own - 1]?.text === '-' || NOT_BEFORE_VERB.has(tokens[own - 1]?.pos ?? '')) return false;
  const ownTerm = terms[own];
  // "When does the old branch close?" / "the new one will open on 6 May, a week after the old one
  // closes": a time its own verb tells of the opposite act is that act's, not the asked one's
  // (but "closed until 4 May" tells when it reopens).
  if (ownTerm !== null && asked.opposites.has(ownTerm)) return !untilBetween(tokens, own, span.first);
  if (ownTerm !== null && asked.forms.has(ownTerm)) return false;
  // The asked verb (or a word of the question written as a verb), before the time's own one,
  // with a clause between them: a linking word or a verb of its own ("backed a plea for the gates to shut at 9pm"),
  // not its complement ("will begin contacting owners from 21 July"); and no word of the question
  // stands between it and the time ("vote in a ballot that opens on 8 May" / "when does voting open?"),
  // nor is dated by it ("who opened the fete at the noon parade" / "when was the parade?").
  let broken = false;
  for (let k = own - 1; k >= 0; k -= 1) {
    const t = terms[k];
    if (tokens[k].pos === 'VERB' && ((t !== null && asked.forms.has(t)) || ctx.anchors.includes(k))) return broken && !askedBetween(ctx.anchors, k, span.first) && !askedBetween(ctx.anchors, span.last, span.last + DATED_NOUN_REACH) && !similarAct(asked, tokens[own]);
    if (CLAUSE_LINKS.has(tokens[k].norm) || (tokens[k].pos === 'VERB' && !isCapitalised(tokens[k]))) broken = true;
  }
  return false;
}

/** Whether "until" or "till" stands between two positions. */
function untilBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k += 1) if (tokens[k].norm === 'until' || tokens[k].norm === 'till') return true;
  return false;
}

/** Whether a word of the question stands between two positions. */
function askedBetween(anchors: readonly number[], from: number, to: number): boolean {
  for (const a of anchors) if (a > from && a < to) return true;
  return false;
}

/** Whether a verb is near an asked one by word vectors ("approved" / "passed"). */
function similarAct(asked: VerbCheck, own: Token): boolean {
  const rows = [vectorId(own.norm), vectorId(own.lemma)];
  for (const id of asked.rows) if (bestSimilarity(id, rows) >= VERB_SYNONYM) return true;
  return false;
}

const SENTENCE_STOP: ReadonlySet<string> = new Set([';', ':']);
const NOT_BEFORE_VERB: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN', 'NUM']);
// (Not "after", "when" or "as": "turned to farming after prices fell in 2020" dates the one act by the other.)
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'that', 'while', 'although', 'though', 'and', 'but']);

/** What verbPresent looks for of a question, the same in every sentence: found once per question. */
interface VerbCheck {
  /** The question's content terms that name an outcome ("killed", "fell"). */
  outcomes: string[];
  /** The word-vector row of each asked verb (-1 for one without). */
  rows: number[];
  /** The asked verbs' terms and their related terms. */
  forms: Set<string>;
  /** The asked verbs' opposites. */
  opposites: Set<string>;
  /** No asked verb is the articles' own, in any related word. */
  nowhere: boolean;
}

const VERB_CHECK = memoKey<VerbCheck>('what a value’s sentence must say of the question’s verbs');

function verbCheck(kb: KnowledgeBase, q: QuestionAnalysis): VerbCheck {
  let check = q.memo.get(VERB_CHECK);
  if (!check) {
    const verbs = askedVerbs(q);
    const forms = new Set<string>();
    const opposites = new Set<string>();
    for (const v of verbs) {
      forms.add(v.term);
      for (const r of relatedIn(kb.index, v.term)) forms.add(r);
      for (const o of oppositesOf(v.term)) opposites.add(o);
      for (const r of resumingForms(kb, q, v)) forms.add(r);
    }
    check = {
      outcomes: q.terms.filter((t) => !t.isCue && !t.isName && OUTCOMES.has(t.term)).map((t) => t.term),
      rows: verbs.map((v) => vectorId(v.word.toLowerCase())),
      forms,
      opposites,
      nowhere: verbs.every((v) => !kb.index.has(v.term) && relatedIn(kb.index, v.term).length === 0),
    };
    q.memo.set(VERB_CHECK, check);
  }
  return check;
}

/** "How did the defending champion do?", "how did the party fare in the election?": asks where it finished. */
const ASKS_RESULT = /^how did .+? (?:do|fare|perform|finish|get on)\b/i;
/** "was fifth", "came second with 52 seats", "drove it to second place", "finished 11th". */
const PLACED =
  /\b(?:was|were|came|come|finished|finishing|placed|ranked|ended(?: up)?|took|drove (?:it|her|him) to|to) ((?:a |an )?(?:joint[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))(?: place)?(?: with [\d,.]+ (?:seats|votes|points|percent|per cent))?)\b/i;

/** How an asked one finished: the placing the sentence gives (a rank, not the manner of anything). */
function placing(ctx: Ctx): Extraction | null {
  if (ctx.q.rule !== 'where-placed' && !ASKS_RESULT.test(ctx.q.text)) return null;
  const m = PLACED.exec(ctx.sentence.text);
  if (!m) return null;
  return { text: m[1], type: 'description', how: 'placing', strength: 0.85 };
}


/**
 * "How do they light the hall?" / "… fitted lamps along the beams to light the hall": what is put
 * to work for the asked act, the object between a verb and the "to" of the asked verb.
 */
function toolBefore(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (const k of ctx.exact) {
    if (tokens[k].pos !== 'VERB' || tokens[k - 1]?.norm !== 'to') continue;
    let v = k - 2;
    while (v > 0 && k - v <= MEANS_WORDS && tokens[v].pos !== 'VERB' && !isClauseEnd(tokens[v])) v -= 1;
    // ("allowed water to seep in", "became the first to win": the words between do the act, or are what one became.)
    if (v < 0 || tokens[v].pos !== 'VERB' || DOER_BEFORE_TO.has(tokens[v].lemma) || v + 1 > k - 2) continue;
    let named = false;
    for (let j = v + 1; j <= k - 2; j += 1) if (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN') named = true;
    const text = named ? tidyAnswer(textOf(ctx.sentence, v + 1, k - 2)) : '';
    if (text) return { text, type: 'description', how: MEANS_GIVEN, strength: 0.75 };
  }
  return null;
}

/**
 * "by closing a valve", "through a skylight", "using stolen passwords", "via a consultancy": how a
 * thing was done; also the "by" of a passive ("the bill was covered by a plant sale"), and "by"
 * before a bare noun of conveyance or contact ("sent by post", "lowered by crane"), which takes
 * no article as no doer's name does.
 */
const MEANS = /\b(?:by (?=\p{Ll}+ing\b)|by (?:hand|road|rail|air|sea|boat|crane|helicopter|car|bus|coach|train|ferry|email|e-mail|phone|telephone|post|letter|foot|bike|bicycle|lorry|truck|tractor|drone|text|radio|satellite|cable|pipeline|barge|horse)\b|(?<=\p{Ll}ed )by (?:a|an|the|its|their|his|her)\b|through (?:a|an|the|his|her|its|their)\b|using\b|via\b|by means of\b)/u;

/**
 * "How did the thieves get in?" / "… broke in through a skylight": the means the sentence gives,
 * after the question's words (a means written before them is of another act).
 */
function means(ctx: Ctx): Extraction | null {
  const first = ctx.exact[0];
  if (first === undefined) return null;
  const tokens = ctx.sentence.tokens;
  const from = tokens[first].start;
  const tool = toolBefore(ctx);
  if (tool) return tool;
  const m = MEANS.exec(ctx.sentence.text.slice(from));
  if (!m) return null;
  const at = tokens.findIndex((t) => t.start >= from + m.index);
  if (at < 0) return null;
  // ("through a skylight and left by a fire door": the means ends where another act begins.)
  let end = at;
  while (end + 1 < tokens.length && end - at < MEANS_WORDS && !isClauseEnd(tokens[end + 1]) && !(tokens[end + 1].pos === 'CCONJ' && tokens[end + 2]?.pos === 'VERB')) end += 1;
  const text = tidyAnswer(textOf(ctx.sentence, at, end));
  return text ? { text, type: 'description', how: MEANS_GIVEN, strength: 0.75 } : null;
}

const MEANS_WORDS = 14;

/**
 * "The fraud came to light in May, when a clerk noticed …", "the leak was not detected until June,
 * when …", "was found during a routine survey": how a thing came to be known is told in a clause
 * opened by "when", "after" or "during" close behind the verb of its finding.
 */
export const DISCOVERY_TOLD = /\b(?:came to light|(?:was|were|had been|has been) (?:not |first |only |eventually |finally )?(?:discovered|uncovered|found|spotted|noticed|detected)|unravell?ed)\b[^;:!?]{0,40}?\b(?:when|after|during)\s/i;
/** "How did they find out?", "how was it discovered?", "how did the scam get uncovered?": how a thing came to be known. */
export const ASKS_DISCOVERY = /\b(?:find(?:ing)? out|found out|found|discover(?:ed)?|uncover(?:ed)?|notice[ds]?|spot(?:ted)?|detect(?:ed)?|reali[sz]e[ds]?|figure[ds]? out|c[ao]me across|caught|catch)\b/i;

/** "How was the theft discovered?" / "It came to light when a clerk noticed …": the clause behind its finding. */
function cameToLight(ctx: Ctx): Extraction | null {
  if (!ASKS_DISCOVERY.test(ctx.q.text)) return null;
  const m = DISCOVERY_TOLD.exec(ctx.sentence.text);
  if (!m) return null;
  const at = ctx.sentence.tokens.findIndex((t) => t.start >= m.index + m[0].length);
  const text = at < 0 ? '' : tidyAnswer(clauseFrom(ctx.sentence, at, MEANS_WORDS));
  return text ? { text, type: 'description', how: CAME_TO_LIGHT, strength: 1 } : null;
}

const PERIOD = '(?:second|minute|hour|day|night|evening|morning|weekend|week|fortnight|month|quarter|year|decade|season|term|shift)s?';
const COUNTED = '(?:once|twice|thrice|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a dozen|dozens of|hundreds of) times)';
/**
 * "Twice a week", "four times a day", "every 25 minutes", "every other Sunday", "daily", "once a
 * month or so": how often something recurs, with a word for the period or a rate adverb.
 */
const FREQUENCY = new RegExp(
  `\\b(?:${COUNTED}(?: (?:a|an|per|each|every) (?:\\w+ )?${PERIOD})?|every (?:(?:\\d+|other|single|two|three|four|five|six|ten|few) )?(?:\\w+ )?(?:${PERIOD}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly)\\b(?! (?:basis|rate|pass|ticket|average|total|figure|limit|allowance))|(?:\\d+|one|two|three|four|five|six|seven) ${PERIOD} (?:a|an|per|each) ${PERIOD}|around the clock|(?:most|some) (?:days|weeks|nights|mornings|evenings))\\b`,
  'gi',
);

const BARE_COUNT = new RegExp(`^${COUNTED}$`, 'i');

export const HOW_OFTEN = 'how often';
/** How `means` tells its answer ("by closing a valve"). */
export const MEANS_GIVEN = 'means';
/** What a rate with its period is worth ("twice a week"). */
export const RATE_GIVEN = 0.85;

/** "How often does the ferry sail?": the rate the sentence gives, where it gives one. */
function frequency(ctx: Ctx): Extraction | null {
  const { text, tokens } = ctx.sentence;
  // ("Complaints came once a month, and inspectors call every six weeks": the rate nearest the asked words.)
  let best: string | undefined;
  let bestNear = -1;
  for (const m of text.matchAll(FREQUENCY)) {
    const from = tokens.findIndex((t) => t.start >= m.index);
    const near = from < 0 ? 0 : nearness(ctx, from, from);
    if (near > bestNear) [best, bestNear] = [m[0], near];
  }
  if (best === undefined) return null;
  // ("The bell rang 12 times" counts the times of one occasion: no rate without a period.)
  return { text: best, type: 'description', how: HOW_OFTEN, strength: BARE_COUNT.test(best) ? 0.4 : RATE_GIVEN };
}

/**
 * "Where was the animal hiding?" / "… found sheltering under a disused railway bridge": a place
 * phrase right after the asked verb answers ahead of a place name the sentence ties to nothing.
 */
function placeNamedOrPhrase(ctx: Ctx): Extraction | null {
  const named = entity(ctx, ['place'], true);
  if (named && named.strength >= LOOSE_PLACE) return named;
  const phrase = placePhrase(ctx);
  if (phrase) return phrase;
  // "Where can I buy the guide?" / "The guide, Mill Lane Walks, is sold at the corner shop": a
  // name the sentence ties to no act is more often the thing's own title or someone's home than
  // where it is; the building a phrase sets it in tells where.
  if (named && named.strength >= TIED_PLACE) return named;
  return buildingPhrase(ctx) ?? named;
}

/** A place answer, worth little where it is the story's own setting (see tooCoarse). */
function notCoarse(ctx: Ctx, found: Extraction | null): Extraction | null {
  if (found && tooCoarse(ctx, found)) found.strength *= COARSE_PLACE;
  return found;
}

/**
 * Whether a place is the story's own setting, which the reader knows before asking: the town its
 * dateline names ("TOLLOWBY — A repair café in Tollowby …" / "Where is the café?" wants the hall or
 * the street), or, for a question asking the very spot ("where exactly was the sample taken?",
 * "where in the warehouse did the fire start?"), whatever place the lead gives, as the lead sets a
 * story in a town or a site and the spot within it comes later.
 */
function tooCoarse(ctx: Ctx, place: Extraction): boolean {
  const town = ctx.m.doc.article.meta.dateline?.toLowerCase();
  if (town !== undefined && place.text.replace(LEADING_PREPOSITION, '').toLowerCase() === town) return true;
  // (A lead that sets it on a street or by a landmark, "on Dock Road, near the bridge", gives the spot.)
  return EXACT_PLACE_ASKED.test(ctx.q.text) && ctx.sentence === leadOf(ctx.m.doc.article) && !SPOT_PREPOSITION.test(place.text);
}

const LEADING_PREPOSITION = /^(?:in|at|on|around|near|from|to|outside)\s+/i;
export const EXACT_PLACE_ASKED = /\bwhere exactly\b|\bexactly where\b|\bwhere in the\b/i;
const SPOT_PREPOSITION = /^(?:on|near|outside|beside|behind|under|inside|opposite|next to)\s/i;
/** What a place the story is set in is worth: below a phrase on a building, and below the veto's line. */
const COARSE_PLACE = 0.15;

/** Below this a place name gives way to a phrase on a building. */
const TIED_PLACE = 0.5;

/** Below this a place name is not tied to the asked act. */
const LOOSE_PLACE = 0.65;

/** What a value of another outcome than the asked one is worth: below the veto's line. */
const OTHER_OUTCOME = 0.2;

/** Whether the sentence tells another outcome than the asked one, and not the asked one. */
function otherOutcome(asked: string, { terms, sentence }: IndexedSentence): boolean {
  const mine = OUTCOMES.get(asked);
  if (mine === undefined) return false;
  let other = false;
  for (let k = 0; k < terms.length; k += 1) {
    const x = terms[k];
    // "Aurel Falls" is a name, not a fall.
    if (x === null || sentence.tokens[k].pos === 'PROPN') continue;
    const o = OUTCOMES.get(x);
    if (o === undefined || o[0] !== mine[0]) continue;
    if (o[1] === mine[1]) return false;
    other = true;
  }
  return other;
}

/**
 * What the thinking verbs frame is asked, not the thinking: "When does the bank think inflation
 * will be back?" asks when it will be back.
 */
const FRAMING_VERBS: ReadonlySet<string> = new Set(['think', 'believe', 'reckon', 'expect', 'suppose'].map((w) => termOfWord(w)));
const ASKED_VERBS = memoKey<QuestionTerm[]>('the question verbs a value must belong to');

/** The question's own verbs that say what is asked: not a cue, a light verb or a framing verb. */
function askedVerbs(q: QuestionAnalysis): QuestionTerm[] {
  let verbs = q.memo.get(ASKED_VERBS);
  if (!verbs) {
    verbs = q.terms.filter((t) => t.pos === 'VERB' && !t.isCue && !LIGHT_VERBS.has(t.term) && !FRAMING_VERBS.has(t.term) && !attributiveVerb(q, t));
    q.memo.set(ASKED_VERBS, verbs);
  }
  return verbs;
}

/**
 * "What was the hacking group called?", "which winning ticket …": a verb in -ing between an article
 * and a noun is that noun's modifier, which says which one is asked, not an act a sentence must tell
 * ("The group, which called itself …").
 */
function attributiveVerb(q: QuestionAnalysis, t: QuestionTerm): boolean {
  const word = t.word.toLowerCase();
  // (Only where a name is asked: "the tallest existing building" still asks of what exists.)
  if (q.intent !== 'which' || !word.endsWith('ing')) return false;
  const at = q.tokens.findIndex((x) => x.norm === word);
  return at > 0 && ATTRIBUTIVE_BEFORE.has(q.tokens[at - 1].pos) && q.tokens[at + 1]?.pos === 'NOUN';
}

const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PRON', 'PART']);

const verbRowCache = new WeakMap<Sentence, number[]>();

/** Word-vector rows of a sentence's verbs (those that have one: the others match nothing), found once per sentence. */
function verbRows(sentence: Sentence): number[] {
  let rows = verbRowCache.get(sentence);
  if (!rows) {
    rows = [];
    for (const t of sentence.tokens) {
      const row = t.pos === 'VERB' ? vectorId(t.norm) : -1;
      if (row >= 0) rows.push(row);
    }
    verbRowCache.set(sentence, rows);
  }
  return rows;
}

const verbLemmaRowCache = new WeakMap<Sentence, number[]>();

/** Word-vector rows of the base forms of a sentence's verbs written otherwise ("spotted" → "spot"), found once per sentence. */
function verbLemmaRows(sentence: Sentence): number[] {
  let rows = verbLemmaRowCache.get(sentence);
  if (!rows) {
    rows = [];
    for (const t of sentence.tokens) {
      const row = t.pos === 'VERB' && t.lemma !== t.norm ? vectorId(t.lemma) : -1;
      if (row >= 0) rows.push(row);
    }
    verbLemmaRowCache.set(sentence, rows);
  }
  return rows;
}

const VERB_SIMILARITY = 0.5;
const VERB_SYNONYM = 0.7;

/**
 * "What is the name of X?" is answered by a name the sentence gives X. Anything else there is weak
 * evidence, and next to no evidence where the sentence speaks of X without naming it ("a man
 * behind me started praying"): the article may never name X.
 */
function nameOf(ctx: Ctx): Extraction | null {
  const { ext, nounWritten } = nameGiven(ctx);
  if (ext) return ext;
  const other = anyEntity(ctx);
  if (other) other.strength *= nounWritten ? UNNAMED_HERE : UNNAMED;
  // "What are the names of the two men who were arrested?" / "Two men … were arrested in Terranto":
  // the name of a place or a body is no person's.
  if (other && NOT_A_PERSON_NAME.test(other.how) && asksPersonName(ctx.q)) other.strength = Math.min(other.strength, OTHER_KIND_NAME);
  // "What is the name of her bakery?" / "Quornby baker Ivy Gorrick, who runs a bakery": a town's name
  // is where the thing is, not what it is called; a venue's own name ends on its word ("Ash Farm").
  if (other?.how === PLACE_NAME && asksThingName(ctx.q) && !isVenueName(other.text)) other.strength = Math.min(other.strength, OTHER_KIND_NAME);
  return other;
}

const PLACE_NAME = 'name(place)';

/** Whether a name-question asks the name of a thing that is neither a person nor a place ("her bakery", not "the village"). */
function asksThingName(q: QuestionAnalysis): boolean {
  const nouns = q.terms.filter((t) => !t.isCue && !t.isName && t.pos === 'NOUN').map((t) => t.word.toLowerCase());
  return nouns.length > 0 && !isPersonNoun(nouns[0]) && !nouns.some((w) => PLACE_AFTER.has(w));
}

const NOT_A_PERSON_NAME = /^name\((?:place|organisation)\)$/;
const OTHER_KIND_NAME = 0.1;

/**
 * Whether a name-question asks for people's names: its first noun, the one named, is a person's
 * ("the names of the two men", "the driver's name"; not "the name of the centre the residents went to").
 */
function asksPersonName(q: QuestionAnalysis): boolean {
  const named = q.terms.find((t) => !t.isCue && !t.isName && t.pos === 'NOUN');
  return named !== undefined && isPersonNoun(named.word.toLowerCase());
}

const UNNAMED = 0.4;
const UNNAMED_HERE = 0.2;

/** The phrase a "what"/"which" question leaves open, strongest reading first. */
function anyEntity(ctx: Ctx): Extraction | null {
  // "What nationality is she?" is answered by a word of nationality ("a Tarvish coach"), or not at all.
  if (ctx.q.rule === 'nationality') return nationality(ctx);
  // "What was he charged with?" is answered by an offence, not by "charged tenants £60".
  if (asksOffence(ctx.q)) return offenceCharged(ctx) ?? weakened(anyEntityOtherwise(ctx));
  // "What injury did she suffer?" is answered by a hurt told in its own words, not by "injured by falling equipment".
  if (asksInjury(ctx.q)) return injuryTold(ctx) ?? weakened(anyEntityOtherwise(ctx));
  // "What street is it on?" is answered by a street's name, or not at all (not by "the station" after "on").
  if (asksAddress(ctx.q)) return addressTold(ctx);
  // "What is she worried about?" is answered by what she fears or warns of.
  if (asksConcern(ctx.q)) return concernTold(ctx) ?? anyEntityOtherwise(ctx);
  // "Over what period did it go on?" is answered by a period's ends or length, where a sentence gives one.
  if (asksPeriod(ctx.q)) {
    const span = periodTold(ctx);
    if (span) return span;
  }
  // "What did the firm blame?" is answered by the cause it names, where a sentence names one.
  if (asksBlame(ctx.q)) {
    const cause = blameTold(ctx);
    if (cause) return cause;
  }
  // "What are the strikers asking for?" is answered by what they call for or want.
  if (asksDemand(ctx.q)) return demandTold(ctx) ?? anyEntityOtherwise(ctx);
  // "What did she do before she retired?" is answered by a "retired" or "former" title on her name.
  if (asksFormerWork(ctx.q)) {
    const work = formerWork(ctx);
    if (work) return work;
  }
  return anyEntityOtherwise(ctx);
}

/** The phrase a "what"/"which" question leaves open, where no offence is asked. */
function anyEntityOtherwise(ctx: Ctx): Extraction | null {
  const found = decision(ctx) ?? activityAtTheTime(ctx) ?? colourOfAsked(ctx) ?? earlierOne(ctx) ?? strandedObject(ctx) ?? quotedTitle(ctx) ?? (ctx.q.intent === 'which' && ctx.q.focus !== undefined ? kindsOfMost(ctx, ctx.q.focus.term) : null) ?? focusPhrase(ctx) ?? (ctx.q.intent === 'which' || namedKindAsked(ctx.q) ? entity(ctx, kindsOfFocus(ctx.q), false) : null);
  // "Which company runs the ship?" / "The ship, operated by Velmar Lines, …": the name a passive
  // of the asked act gives as its doer is the one asked for. ("handed down by a regional court"
  // names no court: one unnamed is weighed as it was.)
  // (So is one a relative clause of the asked act follows: "Orlen & Hale, which ran the sale", one
  // the asked thing is awarded to: "which firm won the contract?" / "the contract was awarded to …",
  // and one titled by the asked act's doer: "the rail operator Tarn Railways" for "which company operates …".)
  if (
    found &&
    ctx.q.intent === 'which' &&
    found.how.startsWith('name(') &&
    !passiveQuestion(ctx.q) &&
    (agentOfAskedVerb(ctx)?.includes(found.focus ?? found.text) || relativeDoerOfAskedVerb(ctx, found.focus ?? found.text) || awardedTo(ctx, found.focus ?? found.text) || titledAsDoer(ctx, found.focus ?? found.text))
  ) {
    found.strength = Math.max(found.strength, AGENT_NAMED);
    found.how = NAMED_DOER;
  }
  // "Which lab ran the tests?" / "Quentley Ropes won because its ropes did best in tests at an
  // independent laboratory": a sentence that brings in one of the asked kind unnamed says there is
  // one, not which; its other names are other things.
  if (found && found.how.startsWith('name(') && unnamedOneOfAskedKind(ctx, found.focus ?? found.text)) found.strength *= UNNAMED_HERE;
  if (found) return found;
  const open = openSlot(ctx);
  // "Which company manages the building?" is answered by a company's name, not by the words after
  // "the building's management company"; "which judge decided?" by a person's, not by "rejected
  // that argument because" after "the judge". (Nor "which charity is it for?" by "has so far
  // secured £9,000" after "the charity": a which-question picks one of its kind, which such words
  // seldom name; they are capped there anyway, and only keep the sentence naming one from the top.)
  if (open && ctx.q.focus !== undefined && (NAMED_KINDS.has(ctx.q.focus.term) || kindsOfFocus(ctx.q) !== ANY_KIND || ctx.q.rule === 'which')) open.strength *= 0.3;
  return open;
}

/** "Tarvish", "Oldanese", "Danish", "Thai": a capitalised word of the shapes English gives nationalities. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i|ic|ch)$/u;

/**
 * "What nationality is the coach?" / "Mek, 52, a Tarvish coach, …": the nationality word nearest
 * the question's words, used as an adjective (not "the Tarvish Football Union", a body's name).
 */
function nationality(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  let best = -1;
  let bestNear = 0;
  for (let k = 1; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (!DEMONYM.test(t.text) || (t.pos !== 'ADJ' && t.pos !== 'PROPN') || tokens[k + 1]?.pos === 'PROPN' || inQuestion(ctx, t.text)) continue;
    const near = nearness(ctx, k, k);
    if (near > bestNear) [best, bestNear] = [k, near];
  }
  return best < 0 ? null : { text: tokens[best].text, type: 'entity', how: NATIONALITY_WORD, strength: 0.5 + bestNear / 2 };
}

/** How a word of nationality is marked. */
export const NATIONALITY_WORD = 'word of nationality';

const AGENT_NAMED = 0.95;

/**
 * "Who won the cup?" / "Ada Roe, 29, was later declared the winner", "who won the mayoral
 * election?" / "Ada Roe … was elected mayor of Quelby": news tells a win as a title the winner
 * was given, and the one given it, the passive's subject, won. Only where the title holds one of
 * the question's words or names a winner: "was named chair of the trust" won no election.
 */
function namedWinner(ctx: Ctx): Extraction | null {
  // ("Who won it last year?", "… in 2019?" asks of another win than the one the news tells.)
  if (!ctx.q.tokens.some((t) => t.pos === 'VERB' && t.lemma === 'win') || EARLIER_WIN.test(ctx.q.text)) return null;
  const tokens = ctx.sentence.tokens;
  for (let v = 1; v < tokens.length; v += 1) {
    if (tokens[v].pos !== 'VERB' || !TITLE_GIVING.has(tokens[v].lemma) || tokens[v - 1].lemma !== 'be' || !titleTellsWin(ctx, v)) continue;
    const winner = subjectName(ctx, v - 1);
    if (winner) return { text: fullName(ctx, winner.name), type: 'entity', how: NAMED_DOER, strength: AGENT_NAMED, focus: winner.name };
  }
  return null;
}

const EARLIER_WIN = /\b(?:last|previous) (?:year|season|time)\b|\b(?:19|20)\d\d\b|\bbefore\b/i;
/** Verbs that give someone a title: "named", "elected", "crowned", "declared", "voted". */
const TITLE_GIVING: ReadonlySet<string> = new Set(['name', 'elect', 'crown', 'declare', 'vote']);
/** Titles that are a win by themselves. */
const WIN_TITLES: ReadonlySet<string> = new Set(['winner', 'winners', 'champion', 'champions']);
/** How many words after the verb its title may run to ("named the overall winner of the …"). */
const TITLE_REACH = 6;

/** Whether the words after the title-giving verb at `v` name a winner or hold a question word. */
function titleTellsWin(ctx: Ctx, v: number): boolean {
  const tokens = ctx.sentence.tokens;
  for (let k = v + 1; k < tokens.length && k - v <= TITLE_REACH && !isClauseEnd(tokens[k]); k += 1) {
    if (WIN_TITLES.has(tokens[k].norm) || (ctx.exact.includes(k) && tokens[k].pos !== 'VERB')) return true;
  }
  return false;
}

/**
 * The name that is the subject of the verb group before `aux`: the phrase before it, or a name
 * opening the sentence with an apposition between ("Ada Roe, a former nurse who …, was").
 */
function subjectName(ctx: Ctx, aux: number): { name: string } | undefined {
  const chunks = chunksOf(ctx.m.doc.article, ctx.sentence);
  const span = subjectBefore(ctx.sentence.tokens, aux);
  const inSpan = span && chunks.find((c) => c.start >= span.from && c.end - 1 <= span.to);
  if (inSpan) return inSpan;
  const opening = chunks.find((c) => c.outerStart === 0);
  return opening && ctx.sentence.tokens[opening.end]?.text === ',' ? opening : undefined;
}

/** Works known by a title the article puts in quotation marks. */
const WORKS: ReadonlySet<string> = new Set(
  'film movie documentary book novel memoir song album single play musical opera show series painting poem exhibition'.split(' ').map((w) => termOfWord(w)),
);
const QUOTED_TITLE = /[“"](\p{Lu}[^“”"]{0,60}?)[,.]?[”"]/u;

/** "Which film won?" / "“The Weight of Small Rivers,” a quiet drama, won …": the title in quotation marks. */
function quotedTitle(ctx: Ctx): Extraction | null {
  const { focus } = ctx.q;
  if (focus === undefined || !WORKS.has(focus.term)) return null;
  const title = QUOTED_TITLE.exec(ctx.sentence.text)?.[1];
  // A quotation of a sentence is speech, not a title: a title is a few words with no stop.
  if (title === undefined || title.split(/\s+/).length > 8 || inQuestion(ctx, title)) return null;
  return { text: title, type: 'entity', how: 'title in quotation marks', strength: 0.9 };
}

/** How a firm's products, read after its making verb or "maker of", are marked. */
export const PRODUCT = 'what the asked one makes';

const MAKING_VERBS: ReadonlySet<string> = new Set(['make', 'produce', 'manufacture']);
const MAKER_NOUNS: ReadonlySet<string> = new Set(['maker', 'producer', 'manufacturer']);
/** "a factory", "the plant": a place whose products may stand before its noun ("its washing machine factory"). */
const WORKS_NOUNS: ReadonlySet<string> = new Set(['factory', 'plant', 'mill', 'works', 'foundry', 'refinery']);

/**
 * "What does Tessa Foods make?": the words after the making verb of a clause about the asked one
 * ("Tessa Foods, which makes frozen pastry and pies, …"; "Tessa was founded as a maker of toys"),
 * or the words a works noun of the question is named by ("its frozen pastry factory").
 */
function product(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (let v = 0; v < tokens.length; v += 1) {
    const t = tokens[v];
    const maker = t.pos === 'NOUN' && MAKER_NOUNS.has(t.lemma) && tokens[v + 1]?.norm === 'of';
    // ("a pill made by Orvane" is made by another; "made up", "made it" say no product.)
    const verb = t.pos === 'VERB' && MAKING_VERBS.has(t.lemma) && tokens[v + 1]?.pos !== 'ADP' && tokens[v + 1]?.pos !== 'PRON' && tokens[v - 1]?.lemma !== 'be';
    if ((!maker && !verb) || !madeByAsked(ctx, v, maker)) continue;
    const from = maker ? v + 2 : v + 1;
    let to = from - 1;
    // ("… farm pumps and opened its first shop": the next verb opens another clause.)
    while (to + 1 < tokens.length && !isClauseEnd(tokens[to + 1]) && tokens[to + 1].pos !== 'VERB' && tokens[to + 1].pos !== 'AUX' && to - from < PRODUCT_REACH) to += 1;
    while (to >= from && (tokens[to].pos === 'CCONJ' || tokens[to].pos === 'ADP' || tokens[to].pos === 'DET')) to -= 1;
    if (to >= from && tokens.slice(from, to + 1).some((x) => x.pos === 'NOUN')) return { text: tidyAnswer(textOf(ctx.sentence, from, to)), type: 'entity', how: PRODUCT, strength: 0.9 };
  }
  for (const a of ctx.anchors) {
    if (tokens[a].pos !== 'NOUN' || !WORKS_NOUNS.has(tokens[a].lemma)) continue;
    let from = a;
    while (from > 0 && (tokens[from - 1].pos === 'NOUN' || (tokens[from - 1].pos === 'VERB' && tokens[from - 1].norm.endsWith('ing')))) from -= 1;
    if (from < a && tokens[a - 1].pos === 'NOUN') return { text: textOf(ctx.sentence, from, a - 1), type: 'entity', how: PRODUCT, strength: 0.8 };
  }
  return null;
}

/** How many words after the making verb a product may run to. */
const PRODUCT_REACH = 10;

/**
 * Whether the making word at `v` is said of one the question asks about: a word of the question
 * right before it, or before ", which" or ", a firm that" (a "maker of" noun may stand after a verb
 * of its own: "was founded as a maker of").
 */
function madeByAsked(ctx: Ctx, v: number, maker: boolean): boolean {
  const tokens = ctx.sentence.tokens;
  for (let k = v - 1; k >= 0 && v - k <= MAKER_REACH; k -= 1) {
    if (ctx.anchors.includes(k)) return true;
    const x = tokens[k];
    if (x.text === '.' || x.text === ';' || (x.pos === 'VERB' && !maker)) return false;
  }
  return false;
}

/** How far before its making word the asked one may stand. */
const MAKER_REACH = 8;

/** How what befell the asked thing, read from its clause, is marked. */
export const FATE = 'what befell the asked thing';

const NOUNISH: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'PART']);

/**
 * "What happened to the old pier?": the predicate of the clause the asked thing is the subject of
 * ("The old pier, built in 1890, collapsed in 1998"), or the clause whose verb acts on it ("a
 * storm swept away the old pier").
 */
function fateOf(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  const heads = ctx.anchors.filter((a) => tokens[a].pos === 'NOUN' || tokens[a].pos === 'PROPN');
  // Each run of the asked words in turn ("In Dorrow, bus drivers lost their routes …": the place is no subject).
  const runs: { first: number; last: number }[] = [];
  for (const a of heads) {
    const run = runs[runs.length - 1];
    if (run !== undefined && (a === run.last + 1 || (a === run.last + 2 && NOUNISH.has(tokens[run.last + 1].pos)))) run.last = a;
    else runs.push({ first: a, last: a });
  }
  for (const { last } of runs) {
    // What follows the thing: asides set off by commas, and a short phrase on it ("Grain prices on
    // world markets roughly tripled").
    let k = last + 1;
    for (let aside = 0; aside < 2 && tokens[k]?.text === ','; aside += 1) {
      let close = k + 1;
      while (close < tokens.length && close - k <= FATE_ASIDE && tokens[close].text !== ',') close += 1;
      if (tokens[close]?.text !== ',') break;
      k = close + 1;
    }
    const phrase = k;
    while (k < tokens.length && k - phrase < FATE_PHRASE && NOUNISH.has(tokens[k].pos)) k += 1;
    if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX' || (tokens[k]?.pos === 'ADV' && tokens[k + 1]?.pos === 'VERB')) {
      const text = tidyAnswer(clauseFrom(ctx.sentence, k, 16));
      if (text) return { text, type: 'event', how: FATE, strength: 0.85 };
    }
  }
  // "In 2019, thieves stripped the copper from the town's tram depot": the clause up to the thing.
  for (const { first, last } of runs) {
    for (let v = first - 1; v >= 0 && first - v <= FATE_OBJECT; v -= 1) {
      if (isClauseEnd(tokens[v])) break;
      if (tokens[v].pos !== 'VERB') continue;
      let from = v;
      while (from > 0 && !isClauseEnd(tokens[from - 1])) from -= 1;
      const text = tidyAnswer(textOf(ctx.sentence, from, last));
      if (text) return { text, type: 'event', how: FATE, strength: 0.8 };
    }
  }
  return null;
}

/** How long an aside after the asked thing, a short phrase on it, and the words between a verb and it as its object may be. */
const FATE_ASIDE = 12;
const FATE_PHRASE = 5;
const FATE_OBJECT = 8;

/** "What river …", "what town …": a kind of named thing, asked as "which" would. */
const namedKindAsked = (q: QuestionAnalysis): boolean => q.intent === 'what' && q.focus !== undefined && NAMED_KINDS.has(q.focus.term);

export const ANY_KIND: NameFact['kind'][] = ['person', 'organisation', 'place', 'other'];
const ORGANISATION: NameFact['kind'][] = ['organisation', 'other'];
const PERSON: NameFact['kind'][] = ['person'];
const PLACE: NameFact['kind'][] = ['place', 'other'];
const BUILDING: NameFact['kind'][] = ['organisation', 'place', 'other'];

/** "Which company …" is answered by an organisation, "which player" by a person, "which town" by a place. */
export function kindsOfFocus(q: QuestionAnalysis): NameFact['kind'][] {
  const noun = q.focus?.word.toLowerCase();
  if (noun === undefined) return ANY_KIND;
  const one = noun.replace(/s$/, '');
  if (ORG_AFTER.has(noun) || ORG_AFTER.has(one)) return ORGANISATION;
  if (isPersonWord(noun) || isPersonWord(one)) return PERSON;
  if (PLACE_AFTER.has(noun) || PLACE_AFTER.has(one) || noun === 'country') return PLACE;
  // "Which court heard the case?", "which school …": a noun that ends the names of bodies and
  // buildings ("Kell Crown Court", "Dunmore Academy") asks for such a name, never a person's.
  if (BUILDING_HEADS.has(noun) || BUILDING_HEADS.has(one)) return BUILDING;
  if (ORG_WORDS.has(noun) || ORG_WORDS.has(one)) return ORGANISATION;
  return ANY_KIND;
}

const COUNT_KINDS: QuantityFact['kind'][] = ['count', 'percent', 'other'];

const COUNT_KINDS_ASKED = memoKey<QuantityFact['kind'][]>('the kinds of quantity a how-many question counts');

/** "How many acres …", "how many miles …": a unit counted is a measure of its kind. (Once per question: every candidate asks.) */
function countKinds(q: QuestionAnalysis): QuantityFact['kind'][] {
  let kinds = q.memo.get(COUNT_KINDS_ASKED);
  if (!kinds) {
    const counted = HOW_MANY_WHAT.exec(q.text)?.[1]?.toLowerCase();
    const unit = counted === undefined ? undefined : UNITS.get(counted);
    kinds = unit === undefined ? COUNT_KINDS : [unit.kind, ...COUNT_KINDS];
    q.memo.set(COUNT_KINDS_ASKED, kinds);
  }
  return kinds;
}

/** A sentence without the asked modal ("should") tells what someone should do hardly at all. */
function weakened(ext: Extraction | null): Extraction | null {
  // The extraction is this call's own (see Extraction): adjusted in place.
  if (ext) ext.strength = Math.min(ext.strength, WITHOUT_MODAL);
  return ext;
}

const WITHOUT_MODAL = 0.25;

/** The doer or name a sentence gives, worth little where it holds the asked role for another owner ("Halvorsen’s chief executive"). */
function ownedHolder(ctx: Ctx): Extraction | null {
  const found = doerOrName(ctx);
  if (found && ctx.q.intent === 'definition' && roleOfOtherOwner(ctx)) found.strength *= OTHER_OWNER;
  return found;
}

/** "Who got arrested?": a name the sentence gives, or else the people it opens on, described ("Two men, …"). */
function namedOrDescribed(ctx: Ctx): Extraction | null {
  const named = ownedHolder(ctx);
  // (A bare subject, "Two men", says less than the same people described: "Two men, a 52-year-old …".)
  const bare = named?.how === 'subject of verb';
  if (ctx.q.intent !== 'who' || (named !== null && named.strength >= DOUBTFUL_NAME && !bare)) return named;
  const described = describedDoer(ctx);
  return described !== null && (named === null || described.strength > named.strength || (bare && described.strength >= named.strength)) ? described : named;
}

/**
 * "Who is the former finance director?", "who heads the fire service?", "who held the old record?":
 * the holder of the asked role, of a leading title or of the record, where the sentence says so;
 * else the name it gives.
 */
function personAsked(ctx: Ctx): Extraction | null {
  if (ctx.q.intent === 'definition') return roleHolder(ctx) ?? withoutRole(ctx, namedOrDescribed(ctx));
  if (ctx.q.intent !== 'who') return namedOrDescribed(ctx);
  // "Who will she hand the title to?" / "… will hand the title to her deputy, a former nurse": the
  // one a question's last preposition asks for is its object after the asked verb, named or not.
  const stranded = strandedObject(ctx);
  if (stranded) return stranded;
  const roles = leadingRoles(ctx);
  const holder = leaderOf(roles) ?? recordHolder(ctx);
  if (holder) return holder;
  const named = namedOrDescribed(ctx);
  // "Who owns the mill?" / "the site's owners, the Arden Trust": a name given the title made from
  // the asked verb holds the asked role (see titledHolder), ahead of names merely near its words.
  if (named && named.how.startsWith('name(') && named.strength < DOER_TITLED && !asksThingUnwritten(ctx)) {
    const titles = doerTitles(ctx.q);
    const span = titles.length > 0 ? tokensOfText(ctx.sentence, named.focus ?? named.text) : undefined;
    if (span && titledHolder(ctx.sentence.tokens, span.first, span.last, titles)) named.strength = DOER_TITLED;
    // ("The landlord of the Crown, Ada Brenn, said …": the name of the opening title's place is not its holder's.)
    else if (span) {
      const holder = openingTitled(ctx, titles);
      if (holder && span.last < holder.at) return holder.ext;
    }
  }
  // "Who won the final?" / "Quenvar beat Brasmoor 4-0": a side in sport or a party to a deal is
  // often named as a place; one written right before the asked act (or a near one) did it.
  if (named && PLACE_LIKE.has(named.how) && named.strength < ACTING_PLACE) {
    const span = tokensOfText(ctx.sentence, named.focus ?? named.text);
    if (span && sideOfAskedAct(ctx, span.first, span.last)) named.strength = ACTING_PLACE;
  }
  // "Who runs Corvane?" is not answered by "Mira Jansk, head of the CWN": she leads something else.
  if (named && leadsAnother(roles, named.text)) named.strength *= OTHER_OWNER;
  // "Who leads Families for Choice?" is not answered by "the Constitutional Court": a named body is
  // led by a person ("who led the study?", "who is leading the investigation?" may be answered by
  // the university or the board that does it).
  if (named && NOT_A_PERSON_NAME.test(named.how) && asksCurrentLeader(ctx.q) && ctx.q.terms.some((t) => t.isName)) named.strength *= OTHER_OWNER;
  return named;
}

/** The name a title made from the asked verb, opening the sentence, is given ("Its owner, Ada Brenn, said …"), as a titled doer's, and where it starts. */
function openingTitled(ctx: Ctx, titles: readonly string[]): { ext: Extraction; at: number } | null {
  const { tokens } = ctx.sentence;
  const at = openingTitledName(tokens, titles);
  const first = tokens[at]?.norm === 'the' ? at + 1 : at;
  if (at < 0 || tokens[first]?.pos !== 'PROPN') return null;
  let last = first;
  while (tokens[last + 1]?.pos === 'PROPN') last += 1;
  const text = ctx.sentence.text.slice(tokens[at].start, tokens[last].end);
  // (A body's name is written after "the": "the Arden Group"; a person's stands bare.)
  return { ext: { text, type: 'entity', how: first > at ? ORGANISATION_NAME : PERSON_NAME, strength: DOER_TITLED, focus: text }, at };
}

/** "Who runs the pub?" / "The landlord of the Crown, Ada Brenn, said …": the title the sentence opens on, made from the asked verb, tells the act for it. */
function titledAsAskedDoer(ctx: Ctx, found: Extraction): boolean {
  if (ctx.q.intent !== 'who' || !found.how.startsWith('name(')) return false;
  const span = tokensOfText(ctx.sentence, found.focus ?? found.text);
  if (span === undefined) return false;
  const { tokens } = ctx.sentence;
  const at = openingTitledName(tokens, doerTitles(ctx.q));
  // ("Its owner, the Arden Group, …": the name may be found without its "the".)
  return at >= 0 && (span.first === at || (tokens[at].norm === 'the' && span.first === at + 1));
}

/**
 * "Who is the mayor of Brella?" is not answered by a name in a sentence that has no mayor in it
 * ("… a ferry proposed by the engineer Tomas Vellin").
 */
function withoutRole(ctx: Ctx, named: Extraction | null): Extraction | null {
  const role = ctx.q.terms.find((t) => !t.isCue && t.pos === 'NOUN');
  if (named !== null && role !== undefined && ctx.m.missing.includes(role)) named.strength *= OTHER_OWNER;
  // "Who is the captain of the team?" is not answered by "former team captain Ivo Lund": he no
  // longer holds it, unless the question asks of a past holder.
  else if (named !== null && formerTitle(ctx, named.focus ?? named.text) && !PAST_HOLDER.test(ctx.q.text)) named.strength *= OTHER_OWNER;
  return named;
}

const PAST_HOLDER = /\b(?:former|previous|ex|was|were|used to)\b/i;
const FORMER_TITLE: ReadonlySet<string> = new Set(['former', 'ex']);
/** How many words a title written right before a name may run to ("former Orvia national team captain"). */
const TITLE_WORDS = 5;

/** Whether the title written right before the name calls its holder a former one ("former captain Ivo Lund"). */
function formerTitle(ctx: Ctx, name: string): boolean {
  const { tokens, text } = ctx.sentence;
  const at = text.indexOf(name);
  const start = at < 0 ? -1 : tokens.findIndex((t) => t.start >= at);
  for (let k = start - 1; k >= 0 && start - k <= TITLE_WORDS; k -= 1) {
    const t = tokens[k];
    if (FORMER_TITLE.has(t.norm)) return true;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'PART' && t.text !== '-') return false;
  }
  return false;
}

/**
 * Whether the name [first, last] is the side the question asks of the asked act: its subject,
 * written right before it (not one a preposition governs: "through Pellham cutting"), or, for
 * "who did Korvenia beat?", its object, after it over a description ("beating the defending
 * champions Brasmoor").
 */
function sideOfAskedAct(ctx: Ctx, first: number, last: number): boolean {
  const tokens = ctx.sentence.tokens;
  if (objectAsked(ctx.q.tokens)) {
    for (let k = first - 1; k >= Math.max(0, first - SIDE_REACH); k -= 1) {
      const t = tokens[k];
      // ("the defending champions": a participle before a noun describes it.)
      if (t.pos === 'VERB' && k + 1 < first && tokens[k + 1].pos === 'NOUN') continue;
      // (In a form of its own word or a related one: "won the cup" is no "beat"; a gerund may be
      // tagged as a noun: ", beating the champions".)
      if (t.pos === 'VERB' || (t.pos === 'NOUN' && t.norm.endsWith('ing'))) return actIsAsked(askedActs(ctx.q), ctx.m.doc, k, SAME_ACT_SIMILAR);
      if (!SIDE_DESCRIPTION.has(t.pos)) return false;
    }
    return false;
  }
  return tokens[last + 1]?.pos === 'VERB' && tokens[first - 1]?.pos !== 'ADP' && actIsAsked(askedActs(ctx.q), ctx.m.doc, last + 1);
}

/** The words of a description before a name ("the three-time defending champions"). */
const SIDE_DESCRIPTION: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PUNCT']);
const SIDE_REACH = 6;
/** How near by word vectors the forms of one verb are ("beat", "beating"), and a different act ("beat", "win") is not. */
const SAME_ACT_SIMILAR = 0.8;

/** Names of places and of other things, which may name a side or a party that acts. */
const PLACE_LIKE: ReadonlySet<string> = new Set(['name(place)', 'name(other)']);
/** How sure a place's name written right before the asked act is as its doer. */
const ACTING_PLACE = 0.6;

/** How sure a name given the title made from the asked verb is. */
const DOER_TITLED = 0.85;

/** Below this, a name found for a who-question may give way to the people a sentence describes. */
const DOUBTFUL_NAME = 0.3;

/** "How long has the club existed?", "… been going?", "… been around?": how old a thing is. */
const ASKS_EXISTENCE = /\bhow long (?:has|have|had)\b.*?\b(?:existed|been (?:going|around|in existence|running))\b/i;

/** What a holder of the asked role for another owner is worth. */
const OTHER_OWNER = 0.25;

function extractType(ctx: Ctx, want: AnswerType): Extraction | null {
  switch (want) {
    case 'distance':
      return quantity(ctx, ['distance']);
    case 'count':
      return quantity(ctx, ctx.q.intent === 'how-many' ? countKinds(ctx.q) : measureKinds(ctx.q));
    case 'percent':
      return quantity(ctx, ['percent']);
    case 'score':
      return quantity(ctx, ['score']);
    case 'money':
      return quantity(ctx, ['money']) ?? freeOfCharge(ctx);
    case 'age':
      return quantity(ctx, ['age']) ?? historyAge(ctx) ?? ageAt(ctx) ?? originAge(ctx);
    case 'duration':
      // "How long is the bridge?" is no time: a year it opened says nothing of its length.
      // ("How long has the choir been going?" asks how old it is: "in its 40-year history".)
      return (ctx.q.intent === 'how-long' && ASKS_EXISTENCE.test(ctx.q.text) ? historyAge(ctx) : null) ?? gapLength(ctx) ?? quantity(ctx, ['duration']) ?? (ctx.q.intent === 'how-long' ? (documentLength(ctx) ?? writtenLong(ctx)) : null) ?? (ctx.q.rule === 'how-long-size' ? null : (time(ctx, true) ?? sinceClause(ctx)));
    case 'time':
      return lifeDate(ctx) ?? madeWhen(ctx) ?? time(ctx);
    // "Who" asks for people and organisations alike ("Who is buying the company?").
    case 'person':
    case 'organisation':
      return personAsked(ctx);
    case 'place':
      return basePlace(ctx) ?? destination(ctx) ?? origin(ctx) ?? cameFrom(ctx) ?? leftFrom(ctx) ?? gotFrom(ctx) ?? residence(ctx) ?? movedTo(ctx) ?? goneTo(ctx) ?? notCoarse(ctx, placeNamedOrPhrase(ctx));
    case 'entity':
      if (ctx.q.rule === 'name-of') return nameOf(ctx);
      if (ctx.q.rule === 'money-use') return moneyUse(ctx);
      // (Where the sentence gives no kind, what its words leave open is a weak answer.)
      if (ctx.q.rule === 'kind-of') return kindOf(ctx) ?? weakened(anyEntity(ctx));
      if (ctx.q.rule === 'product') return product(ctx);
      return anyEntity(ctx);
    case 'quote':
      return quote(ctx);
    case 'source':
      return source(ctx);
    case 'credit':
      return credit(ctx);
    case 'reason':
      return reason(ctx);
    case 'description':
      return description(ctx);
    // "What does X stand for?" is answered only where the name is spelt out.
    case 'alias':
      return alias(ctx);
    case 'yes-no':
      return yesNo(ctx);
    case 'manner':
      if (ctx.q.rule === 'how-often') return frequency(ctx) ?? weakened(openSlot(ctx));
      if (ctx.q.rule === 'what-if') return consequence(ctx) ?? weakened(openSlot(ctx));
      if (ctx.q.rule === MONEY_SOURCE_RULE) return moneySource(ctx);
      return ctx.q.rule === 'what-should' ? (modalPredicate(ctx) ?? weakened(openSlot(ctx))) : (placing(ctx) ?? cameToLight(ctx) ?? knownBy(ctx, CAME_TO_LIGHT) ?? means(ctx) ?? openSlot(ctx));
    case 'event':
      return ctx.q.rule === 'happened-to' ? fateOf(ctx) : eventClause(ctx);
    default:
      return null;
  }
}
