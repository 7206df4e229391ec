import type { Fact, RoleFact } from '../../facts/types.js';
import type { IndexedSentence } from '../../index/sentence-index.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { HONORIFICS, isPersonNoun, REPORTING_VERBS } from '../../facts/lexicon.js';
import type { Sentence } from '../../article/types.js';
import { beforeAuxiliaries, phraseStartingAt, subjectBefore } from '../../facts/phrases.js';
import { isPassive } from '../../facts/events.js';
import { similarity, vectorId } from '../../index/embeddings.js';
import { areNewsRelated, areRelated } from '../../index/related.js';
import { termOfWord } from '../../nlp/terms.js';
import type { Token } from '../../nlp/token.js';
import { areOpposite, DOER_BEFORE_TO, LIGHT_VERBS, NAMED_KINDS, NOUN_PHRASE_TAGS, ranksBelowAsked } from '../lexicon.js';
import { articleWrites, chunksOf, clauseFrom, isClauseEnd, textOf, tidyAnswer, withHonorific } from '../spans.js';
import { afterQuestionVerb, asksAboutThePast, unindexedQuestionVerb, earlierEventClause, inQuestion, mostlyQuestion, PAST_MARKS, TIME_WORD, YEAR, type Ctx, type Extraction } from './context.js';
import { coordinated, entity, halfOfHyphened, whichOnesEnd } from './names.js';
import { COLOURS, includedAfter } from './kinds.js';
import { QUALIFIERS } from './quantities.js';
import { asideEnd, ASIDE_WORDS, asksDuty, asksRejection, rejectedAt, asksGoingOn, beliefDenied, goesOnAt, negatedBefore, commonBeliefAt, asksStill, dutyAt, DUTY_TOLD, freeOf, governingVerbNegated, RELATIVE_ASIDE_WORDS, RELATIVE_PRONOUNS, leftOpen, lesserShareTold, NOT_YET_KNOWN, ruleOutDoubted, rulesOut, saysNoTo, tellsEnd, onlyIntended, asksDone } from './verdict.js';
import { titleIndex } from '../entities.js';
import { memoKey, questionMatches } from '../memo.js';
import { titleTerms } from '../match.js';
import { leadOf } from '../lead.js';
import { isPossessive, isQuoteMark, startsUpper } from '../../facts/tokens.js';
import type { QuestionAnalysis, QuestionTerm } from '../analyze.js';
import { resolveName } from '../../facts/names.js';
import { INTENT_RULES } from '../intents.js';
import { asideDescribedEnd, definedSubjectEnd } from '../defined-subject.js';
import { asksPresence, errand } from './visit.js';

const NON_LETTERS = /[^\p{L}]+/u;
const NON_WORD_CHARS = /[^\p{L}\p{N}'-]+/u;
const NOT_WORD_CHAR = /[^\p{L}\p{N}'-]/gu;
const LOWER_START = /^\p{Ll}/u;
const ANY_LETTER = /\p{L}/u;

/** How an open slot's words, read after the question's own, are marked (a weak reading). */
export const FOLLOWING_WORDS = 'what follows the question words';

/** What something is, why it happened, yes or no, and the part of a sentence a question leaves open. */

/** How a cause is found that is blamed for the asked thing, and the "for" its words stop at. */
const BLAMED_FOR = 'blamed for it';
/** How a cause is found that a thing is too much, too little or too small for. */
const TOO_MUCH_FOR = 'what it is too much for';
const BEFORE_FOR = /\s+for\s/i;

/**
 * Where a sentence gives a reason, strongest cue first; `after` says whether the reason follows the
 * cue, `outright` whether the cue's own word says it is a cause ("because", "due to", "caused by",
 * "blamed on", "pointed to"): such a reason is as sure as a typed answer gets. Other cues may tell
 * something else ("after the storm" may be only a time, "saying …" only words, "fear that …" a
 * worry): what they give is less sure.
 */
export const REASON_CUES: Array<{ re: RegExp; how: string; after: boolean; outright?: true; outrightWithClause?: true; askedBetween?: true }> = [
  {
    // ("were due to open": a schedule, not a cause.)
    re: /\b(?:because of|because|due to(?!\s+(?:be|open|start|begin|close|end|finish|take|meet|resume|return|arrive|leave|launch|sail|appear|hold|go|run|vote|sign|expire|reopen|come|stand|retire|deliver|publish|release|complete)\b)|owing to|as a result of|caused by|sparked by|triggered by|ignited by|driven by|fuelled by|fueled by|prompted by|spurred by|swollen by|hampered by|held up by|blamed on|the result of|in order to|so as to|so that|(?<!,\s?)so (?=(?:it|they|he|she|we|you|people|(?:the|their|its|his|her|our) (?:[\w'’-]+ ){0,2}?[\w'’-]+) (?:would|could|can|will|might|may|should|stay|stays|remain|remains)\b)|in a bid to|in an effort to|aimed at|(?<!\b(?:duty|duties|failure|failures|failing|obligation|responsibility|right|power|powers) )(?:to avoid|to prevent|to protect|to spare)|for fear of)\b/i,
    how: 'reason-cue',
    after: false,
    outright: true,
  },
  // (Above, "to protect" or "to prevent" after a duty, right, power or failure tells what that is
  // of, no purpose: "a duty to protect its tenants", "failures to prevent leaks".)
  // (Above, "so" without its "that" before a subject and a modal or a verb of staying is a purpose
  // too: "moved the stage so it would face the river", "heated the pipes so the water stays warm";
  // not ", so it would be another year", a result after its comma.)
  // "a measure it rejected in 2022 over concerns about harm to dolphins", "arrested on suspicion of
  // fraud", "closed in protest at the cuts": a concern, suspicion or protest is the reason.
  {
    re: /\b(?:(?:over|amid|amidst|after|because of) (?:(?:growing|mounting|serious|safety|security|health) )?(?:concerns?|fears?|worries|doubts|complaints|allegations)|on suspicion of|in protest (?:at|against|over)|in response to|in retaliation for|thanks to)\b/i,
    how: 'reason-cue',
    after: false,
    outright: true,
  },
  // "Meteorologists blame the drought on a persistent high-pressure system": what it is blamed on.
  { re: /\b(?:blame|blames|blamed|blaming) (?:(?!on\b)[\w'’-]+ ){1,6}on\s+/i, how: 'blamed', after: true, outright: true },
  // "Geologists blame thawing permafrost for the collapse": what is blamed for a thing is its cause
  // (the words up to the "for", see reason).
  { re: /\b(?:blame|blames|blamed|blaming)\s+(?=(?:(?!for\b)[\w'’-]+ ){1,6}for\s)/i, how: BLAMED_FOR, after: true, outright: true },
  // "… cancelled the tour, blaming a dispute with the ministry": what a party blames is its reason.
  { re: /\b(?:blamed|blaming)\s+/i, how: 'blamed', after: true, outright: true },
  // "The fall was largely down to a cold spring": what a change is down to is its cause.
  { re: /\b(?:is|was|are|were|be|been|being)\s+(?:\p{L}+ly\s+)?down\s+to\s+(?!(?:the\s+)?(?:last|final|wire|earth|business)\b|\d)/iu, how: 'what it was put down to', after: true, outright: true },
  // "She credited the recovery to new bins along the towpath": what a gain is credited to.
  { re: /\bcredit(?:ed|s|ing)?\s+(?:(?!to\b)[\p{L}\p{N}'’-]+ ){1,6}?to\s+(?!(?:him|her|them|it|his|their)\b)/iu, how: 'what it was put down to', after: true, outright: true },
  // "fans were angry that the club had sold its best player": what a feeling is about is its reason.
  { re: /\b(?:angry|upset|furious|unhappy|happy|pleased|disappointed|worried|concerned|delighted|sad|shocked|surprised|relieved|frustrated|heartbroken)\s+(?:that|about|over|at)\s+/i, how: 'what the feeling is about', after: true },
  // "… worried the protest would disrupt exams": a worry may go without its "that".
  { re: /\b(?:worried|concerned|afraid|fearful)\s+(?=(?:the|a|an|it|he|she|they|this|its|their)\s)/i, how: 'what the feeling is about', after: true },
  // "What makes it so deadly is that it hit at night": what makes a thing so is why it is.
  { re: /\bwhat makes (?:it|this|that|them|the [\p{L}-]+) (?:so |such )?(?:[\p{L}-]+ ){1,2}is (?:that )?/iu, how: 'what makes it so', after: true },
  // "She missed most of last season with a shoulder injury": an injury or illness one is out with.
  { re: /\bwith an? (?:[\p{L}-]+ ){0,2}(?:injury|illness|infection|virus)\b/iu, how: 'reason-cue', after: false },
  // "… switched off for repairs", "stopped play under the tournament's Extreme Heat Policy".
  { re: /\b(?:for (?:repairs|maintenance|safety reasons|security reasons|health reasons|personal reasons)|under (?:the )?(?:[\p{L}'’-]+ ){0,4}(?:policy|rules?|protocol|regulations?)\b)/iu, how: 'reason-cue', after: false },
  // "ruling that the government failed to consult …", "on the grounds that …": a decision's reason.
  // ("ruling on Wednesday that …": a time may come between.)
  { re: /\b(?:on the grounds that|ruling(?: (?:on|last|this|late|early) [\w-]+){0,2} that|citing)\s+/i, how: 'the grounds given', after: true },
  // "after a false alarm drew police away" may give a reason, and does as surely as "because" when
  // it opens a clause of its own ("was sacked after the team failed to qualify"); "after 03:10", "after Monday" or
  // "26 minutes after departure" is only a time, and so is "long after" or "soon after" anything,
  // or "after that" and "look after it", a bare pronoun that ends the clause (and "after all").
  { re: /(?<!\b(?:long|soon|shortly|just|right|look|looks|looked|looking) )\bafter\b(?!\s+(?:school\b|work\b|costs\b|tax\b|expenses\b|another\b|about |around |nearly |just |midnight|noon|dawn|dusk|dark\b|departure|arrival|take-?off|lift-?off|landing|launch|kick-?off|half-time|sunset|sunrise|\d{1,2}[:.]\d\d|\d{4}\b|\S+ (?:seconds|minutes|hours|days|weeks|months|years)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|(?:all|it|that|this|them)\s*(?:[.,;:!?"”’)]|$)))/i, how: 'reason-cue', after: false, outrightWithClause: true },
  // "The fault was traced to a batch of cells", "a fall the team traced to a faulty valve", "deaths
  // linked to the water supply": what a thing is traced or linked to is its cause. A thing written
  // between must be the asked one ("traced the outbreak to a stall" says nothing of a mayonnaise
  // gone bad), and "linked" takes none: "linked the closure to a rise in complaints" may tell what
  // followed it as well.
  { re: /\btraced\s+(?:(?!to\b)[\p{L}\p{N}'’-]+ ){0,6}?to\s+(?!(?:him|her|them|it)\b|\d)|(?<=\b(?:is|are|was|were|be|been|being|has|have|had|which|that) (?:[\p{L}-]+ ){0,2})linked\s+(?:\p{L}+ly\s+)?to\s+(?!(?:him|her|them|it)\b|\d)/iu, how: 'what it was put down to', after: true, outright: true, askedBetween: true },
  // "The main reason given by the council was a shortage of drivers", "the reason for the delay, the
  // firm said, is a fault": what the reason is said to be, after its verb.
  { re: /\b(?:reason|reasons) (?:for|behind|why|cited|given)\b[^.;:]{0,80}?\b(?:was|is|were|are)\s+(?!(?:not|unclear|unknown)\b)/i, how: 'named as the reason', after: true, outright: true },
  // "Officials attributed the fall to cheaper imports", "the delay was attributed to a fault": what a thing is put down to.
  { re: /\battribut(?:ed|es|ing)\s+(?:(?!to\b)[\p{L}\p{N}'’-]+ ){0,6}?to\s+(?!(?:him|her|them|it)\b)/iu, how: 'what it was put down to', after: true, outright: true },
  // "She said the price rise reflected higher energy costs": what a change reflects is its cause (not
  // "reflected in the glass").
  { re: /\b(?:reflected|reflects|reflecting)\s+(?!(?:in|on|off|back|by|upon)\b)/i, how: 'what it reflected', after: true, outright: true },
  // "Early evidence pointed to a bird strike": what an inquiry finds so far is the cause it gives.
  { re: /\b(?:pointed|points|pointing)\s+to\s+/i, how: 'what the evidence points to', after: true, outright: true },
  // "was shown a second yellow card for pulling back Ferro", "fined for speeding", "for quietly
  // cutting the fruit content": what one is punished for.
  // (Not an "-ing" word that only describes the noun after it: "travel costs for visiting
  // speakers", "treated for breathing problems", "hard for working parents".)
  { re: /\bfor (?!(?:no|some|any|every)thing\b|morning\b|evening\b|spring\b|(?:surviving|visiting|working|breathing|existing|remaining|leading|rising|growing|living|increasing|ongoing|outstanding|following|upcoming|neighbouring|competing|serving|returning|sitting|retiring|waiting|nursing|incoming|outgoing|developing|emerging|ageing|aging|struggling)\s+\p{L})(?=(?:\p{Ll}+ly )?\p{Ll}{2,}ing\b)/u, how: 'what it was for', after: true },
  // "The tenants argued that the rent rise broke their lease": what a party argues, contends or
  // insists is the reason it gives for its stand, wherever in the sentence it stands.
  { re: /\b(?:argued|argues|arguing|contended|contends|insisted|insists|maintained|maintains)\s+that\s+/i, how: 'the reason given', after: true },
  // Speakers often explain in what they add.
  { re: /\badding that\s+[“"]?/i, how: 'what the speaker added', after: true },
  // "Brightmere rejected an approach …, saying it undervalued the company", "two judges dissented,
  // arguing that the fine was out of proportion": the reason given.
  { re: /,\s+(?:saying|arguing|insisting|contending|explaining)\s+(?!only\b)(?:that\s+)?/i, how: 'the reason given', after: true },
  // "Geologists fear that water … could flood the lower galleries": what a fear is of.
  { re: /\b(?:fear|fears|feared)\s+(?:that\s+)?/i, how: 'what the feeling is about', after: true },
  // "The twins were too young to be vaccinated", "the hull is too fragile to lift", "it would cost
  // too much to repair": what a thing is too much of is why the act after the "to" does not happen.
  // Only a question that asks why a thing did not happen is answered so (see reason).
  { re: /\btoo (?!(?:early|soon|late)\b|[\p{L}-]+ly\b)(?:[\p{L}-]+ ){1,2}to (?=\p{Ll})/iu, how: TOO_MUCH_FOR, after: false },
  // "whose name was not released at the family's request".
  { re: /\bat (?:the |his |her |their |its )?(?:[\p{L}-]+['’]s? )?(?:own )?request\b/iu, how: 'reason-cue', after: false },
];

/** "Why weren't they vaccinated?", "why won't they lift it", "why can't it open": the question asks why a thing does not happen. */
const WHY_NOT = /\b(?:not|never|cannot|(?:is|are|was|were|do|does|did|wo|ca|could|would|should|has|have|had)n['’]?t)\b/i;
const ASKS_WHY_NOT = memoKey<boolean>('whether a reason question asks why a thing does not happen');

function asksWhyNot(q: QuestionAnalysis): boolean {
  let asks = q.memo.get(ASKS_WHY_NOT);
  if (asks === undefined) q.memo.set(ASKS_WHY_NOT, (asks = WHY_NOT.test(q.text)));
  return asks;
}

export function reason(ctx: Ctx): Extraction | null {
  const named = (asksPresence(ctx.q) ? errand(ctx) : null) ?? reasonNamed(ctx) ?? causeOfAsked(ctx);
  if (named) return named;
  // ("after the final whistle" may be only a time: a reason given otherwise comes first.)
  let weak: Extraction | undefined;
  for (const { re, how, after, outright, outrightWithClause, askedBetween } of REASON_CUES) {
    if (how === TOO_MUCH_FOR && !asksWhyNot(ctx.q)) continue;
    const m = re.exec(ctx.sentence.text);
    if (!m) continue;
    if (askedBetween === true && !namesAskedBetween(ctx, m)) continue;
    const at = after ? m.index + m[0].length : m.index;
    const tokenIndex = ctx.sentence.tokens.findIndex((t) => t.start >= at);
    if (tokenIndex < 0) continue;
    // "… forced from their homes after the river burst its banks following heavy rain" gives the
    // reason for the flight from home, not for the rain the question asks about. But "because low
    // river levels had cut output" names what cut the asked output: its subject is the cause.
    if (!after && askedOnlyWithin(ctx, tokenIndex)) {
      const cause = subjectActingOnAsked(ctx, ctx.sentence.tokens.findIndex((t) => t.start >= m.index + m[0].length));
      if (cause) return cause;
      continue;
    }
    // "… came in 2021, when the smaller rocket failed because of a software error" is why an earlier one failed.
    if (earlierEventClause(ctx, tokenIndex)) continue;
    const clause = tidyAnswer(after ? clauseFrom(ctx.sentence, tokenIndex, 16) : reasonClause(ctx.sentence, tokenIndex));
    const text = how === BLAMED_FOR ? clause.split(BEFORE_FOR)[0] : clause;
    // "…, adding that Thursday's withdrawal of the army from Hama was …" only names the asked thing.
    if (mostlyQuestion(ctx, text)) continue;
    const sure = outright === true || (outrightWithClause === true && opensClause(ctx.sentence.tokens, tokenIndex));
    if (!sure && outrightWithClause === true) {
      weak ??= { text, type: 'reason', how, strength: 0.8 };
      continue;
    }
    return { text, type: 'reason', how, strength: sure ? 1 : 0.8 };
  }
  return causeBeforeSo(ctx) ?? weak ?? causeBefore(ctx) ?? purposeAfterAsked(ctx) ?? causalSince(ctx) ?? causalAs(ctx) ?? causalWhen(ctx) ?? asideOnAsked(ctx) ?? saidByAsked(ctx);
}

/**
 * Whether the words between a cue's verb and its last word (the thing "linked … to" a cause) are
 * none, or hold a word of the question.
 */
function namesAskedBetween(ctx: Ctx, m: RegExpExecArray): boolean {
  const tokens = ctx.sentence.tokens;
  const end = m.index + m[0].length;
  // (The tokens after the cue's verb and before its "to"; a describing word or an adverb is no thing.)
  const things: number[] = [];
  for (let k = 0; k < tokens.length; k += 1) if (tokens[k].start > m.index && tokens[k].end < end && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'PRON')) things.push(k);
  return things.length === 0 || things.some((k) => ctx.anchors.includes(k));
}

/**
 * The clause a cue word opens, from the cue at `from`. A comma that comes before the clause has a
 * verb opens an aside, not the clause's end: "because the pier, at 90 metres long, would block the
 * view", "after its keeper, a retired sailor, left the island", "because, she said, the rules are
 * clear". The aside is passed over when a second comma closes it soon. So is a comma between two
 * describing words ("warm, humid air").
 */
function reasonClause(sentence: Sentence, from: number): string {
  const tokens = sentence.tokens;
  let to = from;
  let verb = false;
  let limit = REASON_WORDS;
  while (to + 1 < tokens.length && to - from < limit) {
    const next = tokens[to + 1];
    if (isClauseEnd(next)) {
      // (A quotation may give the clause's verb: because the rules "do not allow it".)
      if (!verb && QUOTE_OPENERS.has(next.text) && to > from) {
        to += 1;
        continue;
      }
      if (next.text !== ',') break;
      if (tokens[to].pos === 'ADJ' && tokens[to + 2]?.pos === 'ADJ') {
        to += 1;
        continue;
      }
      if (verb) {
        to = withSetBeside(tokens, to);
        break;
      }
      // (An aside with a verb of its own, "the council said", stands only right after the cue.)
      let close = to + 2;
      let told = false;
      while (close < tokens.length && close - to <= REASON_ASIDE && !isClauseEnd(tokens[close])) {
        if (tokens[close].pos === 'VERB' || tokens[close].pos === 'AUX') told = true;
        close += 1;
      }
      if (tokens[close]?.text !== ',' || close - to > REASON_ASIDE || (told && to > from)) break;
      limit += close - to;
      to = close;
      continue;
    }
    if (next.pos === 'VERB' || next.pos === 'AUX') verb = true;
    to += 1;
  }
  return textOf(sentence, from, to);
}

/**
 * The last token of a clause that ends at `to`, before a comma: a name set beside its last words
 * ("near his family in the capital, Tarvo") or what they are set against ("what she believed at
 * the time, not what was true") still belongs to it.
 */
function withSetBeside(tokens: readonly Token[], to: number): number {
  const at = to + 2;
  let end = at;
  if (tokens[at]?.pos === 'PROPN') {
    while (tokens[end + 1]?.pos === 'PROPN') end += 1;
    return isClauseEnd(tokens[end + 1]) || tokens[end + 1].norm === 'and' ? end : to;
  }
  if (tokens[at]?.norm !== 'not') return to;
  while (end + 1 < tokens.length && end - at < REASON_WORDS && !isClauseEnd(tokens[end + 1])) end += 1;
  return end > at ? end : to;
}

/** How many words a reason clause runs to, and an aside within it. */
const REASON_WORDS = 16;
const REASON_ASIDE = 7;
const QUOTE_OPENERS: ReadonlySet<string> = new Set(['"', '“']);

/**
 * "Frost can split the stone within a winter, so the statues have been wrapped in fleece": a clause
 * opened by ", so", with a subject and a verb of its own, tells what followed from the clause before
 * it; where it holds the asked words, that clause before is their cause. ("so far", "so much" and
 * "so that" open no such clause.) So does ", which is why …" or ", and that is what makes it …".
 */
function causeBeforeSo(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (let k = 2; k + 2 < tokens.length; k += 1) {
    if (tokens[k - 1].text !== ',' || !(tokens[k].norm === 'so' ? SO_SUBJECT_START.has(tokens[k + 1].pos) && opensClause(tokens, k) : opensResult(tokens, k))) continue;
    const after = ctx.anchors.filter((a) => a > k).length;
    if (after === 0 || after < ctx.anchors.length - after) continue;
    let from = k - 2;
    while (from > 0 && !isClauseEnd(tokens[from - 1]) && !(tokens[from - 1].pos === 'VERB' && REPORTING_VERBS.has(tokens[from - 1].lemma))) from -= 1;
    const text = tidyAnswer(textOf(ctx.sentence, from, k - 2));
    if (text && !mostlyQuestion(ctx, text)) return { text, type: 'reason', how: 'what the asked thing followed from', strength: 0.9 };
  }
  return null;
}

/**
 * Whether the words at `k`, after a comma, say the clause before is why what follows is so:
 * "(and) that is why …", "which is why …", "and that is what makes it so costly".
 */
function opensResult(tokens: readonly Token[], k: number): boolean {
  const at = tokens[k].norm === 'and' ? k + 1 : k;
  if (!RESULT_POINTERS.has(tokens[at]?.norm ?? '') || tokens[at + 1]?.lemma !== 'be') return false;
  const next = tokens[at + 2]?.norm;
  return next === 'why' || (next === 'what' && RESULT_VERBS.has(tokens[at + 3]?.norm ?? ''));
}

const RESULT_POINTERS: ReadonlySet<string> = new Set(['that', 'this', 'which']);
const RESULT_VERBS: ReadonlySet<string> = new Set(['makes', 'made']);

/** Parts of speech the clause after ", so" may open on: "so the statues", "so all three", "so it" (not "so far", "so many"). */
const SO_SUBJECT_START: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * "Why won't the Greens govern with the Farmers' Party?" / "… any coalition with the Farmers'
 * Party, which wants to keep the coal plants open": with no cause given outright, an aside that
 * follows the asked thing (", which …", ", whose …") tells what the writer thought worth
 * adding about it, which is how news gives a reason in passing. Weaker than a cue word.
 */
function asideOnAsked(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (let k = 2; k + 2 < tokens.length; k += 1) {
    if (tokens[k - 1].text !== ',' || !ASIDE_OPENERS.has(tokens[k].norm)) continue;
    // The asked thing ends the clause right before the comma.
    if (!ctx.anchors.some((a) => a < k - 1 && a >= k - 1 - ASIDE_REACH && !tokens.slice(a + 1, k - 1).some(isClauseEnd))) continue;
    let to = k + 1;
    while (to + 1 < tokens.length && to - k < ASIDE_MAX && !ASIDE_END.has(tokens[to + 1].text)) to += 1;
    // ("…, which parents founded in 2021" tells the asked act again: when, not why.)
    if (ctx.exact.some((a) => a > k && a <= to && tokens[a].pos === 'VERB')) continue;
    const text = withoutTrailingSaid(ctx.sentence, k, to).replace(TRAILING_PUNCTUATION, '');
    if (mostlyQuestion(ctx, text)) continue;
    return { text, type: 'reason', how: 'an aside on the asked thing', strength: ASIDE_STRENGTH };
  }
  return null;
}

/** Text of tokens [from, to] without a closing attribution (", the agency said"). */
function withoutTrailingSaid(sentence: Sentence, from: number, to: number): string {
  const tokens = sentence.tokens;
  let end = to;
  for (let k = to; k > from; k -= 1) {
    if (tokens[k].text !== ',') continue;
    if (tokens.slice(k + 1, to + 1).some((t) => t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma)) && to - k <= 8) end = k - 1;
    break;
  }
  return textOf(sentence, from, end);
}

const ASIDE_OPENERS: ReadonlySet<string> = new Set(['which', 'whose']);
const ASIDE_END: ReadonlySet<string> = new Set([';', ':', '.', '!', '?', '—', '–', '(']);
/** How many words before its comma the asked thing may be ("9 percent in a year, which …"). */
const ASIDE_REACH = 6;
const ASIDE_MAX = 24;
const TRAILING_PUNCTUATION = /[\s,;:.“”"]+$/u;
const ASIDE_STRENGTH = 0.5;

/**
 * "Why are the fishermen angry about the quota?" / "Fishermen's groups said the new quota would
 * halve their catch": with no cause given in other words, what the asked party itself says is the
 * reason it gives. Only a party the question names, as the subject of the reporting verb.
 */
function saidByAsked(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (let k = 1; k + 2 < tokens.length; k += 1) {
    // (", saying only that …" tells what went with another act, by a speaker before it.)
    if (tokens[k].pos !== 'VERB' || !STANCE_VERBS.has(tokens[k].lemma) || tokens[k].norm.endsWith('ing')) continue;
    if (!speakerAsked(ctx, k) && !roleBesideSpeaker(ctx, k)) continue;
    const start = tokens[k + 1].norm === 'that' ? k + 2 : k + 1;
    let end = start;
    while (end + 1 < tokens.length && end - start < SAID_WORDS && !isClauseEnd(tokens[end + 1])) end += 1;
    // "Why is the firm cutting crossings?" / "The firm said it would run fewer crossings": words
    // that tell the asked thing again are the news itself, not a reason for it.
    if (ctx.exact.some((a) => a >= start && a <= end && (tokens[a].pos === 'NOUN' || tokens[a].pos === 'PROPN'))) continue;
    const text = tidyAnswer(textOf(ctx.sentence, start, end));
    if (text) return { text, type: 'reason', how: 'what the asked party said', strength: SAID_STRENGTH };
  }
  return null;
}

/** Whether the plain subject of the reporting verb at `k` is a party the question names. */
function speakerAsked(ctx: Ctx, k: number): boolean {
  const tokens = ctx.sentence.tokens;
  let from = k - 1;
  while (from > 0 && tokens[from].pos === 'AUX') from -= 1;
  const to = from;
  if (isClauseEnd(tokens[to])) return false;
  while (from > 0 && !isClauseEnd(tokens[from - 1]) && k - from <= SPEAKER_REACH) from -= 1;
  // (A subject longer than that is no party named plainly.)
  if (k - from > SPEAKER_REACH) return false;
  // ("The owners of the rink said …": the rink is not the one speaking.)
  let head = from;
  while (head < to && tokens[head + 1].pos !== 'ADP') head += 1;
  return ctx.anchors.some((a) => a >= from && a <= head && (tokens[a].pos === 'NOUN' || tokens[a].pos === 'PROPN'));
}

/**
 * "Why did he do it, according to his lawyer?" / "Defending, Ann Roe said …", "Ann Roe, defending,
 * said …", "the family's solicitor, Ann Roe, said …": a speaker's name with the role the question
 * names set beside it by commas (a court report's "defending" alone, opening the sentence or set
 * off, names the defence's lawyer).
 */
function roleBesideSpeaker(ctx: Ctx, k: number): boolean {
  const tokens = ctx.sentence.tokens;
  let from = k;
  let commas = 0;
  while (from > 0 && k - from < SPEAKER_REACH + ROLE_WORDS) {
    const t = tokens[from - 1];
    const role = t.pos === 'VERB' && t.norm.endsWith('ing') && (from === 1 || tokens[from - 2].text === ',') && tokens[from]?.text === ',';
    if (t.text === ',') commas += 1;
    else if (isClauseEnd(t)) break;
    // ("Ann Roe, who has kept bees for years, said": an aside with a verb of its own tells more than who she is.)
    else if (t.pos === 'AUX' || (t.pos === 'VERB' && !role) || RELATIVE_PRONOUNS.has(t.norm)) return false;
    from -= 1;
  }
  return commas > 0 && (from === 0 || isClauseEnd(tokens[from - 1])) && ctx.anchors.some((a) => a >= from && a < k && namesSpeaker(tokens, from, a) && askedParty(ctx.q, tokens[a], ctx.m.doc.terms[a]));
}

/**
 * Whether a word beside a speaker is a party the question names: as written, or a role told by its
 * act ("defending" for "lawyer"); a noun merely related ("manager" to "care") may be another party.
 */
const askedParty = (q: QuestionAnalysis, token: Token, term: string | null | undefined): boolean =>
  term !== null && term !== undefined && q.terms.some((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !t.isCue && (t.term === term || (token.pos === 'VERB' && areRelated(t.term, term))));

/**
 * Whether the word at `a` names the speaker itself, not a thing its role is of: not "the hospice's"
 * of "the hospice's fundraising manager", nor "the museum" of "a curator at the museum".
 */
function namesSpeaker(tokens: readonly Token[], from: number, a: number): boolean {
  if (tokens[a + 1] !== undefined && isPossessive(tokens[a + 1])) return false;
  for (let j = a - 1; j >= from && tokens[j].text !== ','; j -= 1) if (tokens[j].pos === 'ADP') return false;
  return true;
}

/** How many words a role set beside a speaker's name adds to its reach ("the family's solicitor, "). */
const ROLE_WORDS = 4;

/** Verbs by which a party gives its reasons. */
const STANCE_VERBS: ReadonlySet<string> = new Set(['say', 'argue', 'claim', 'insist', 'explain', 'complain', 'warn', 'contend']);
const SPEAKER_REACH = 8;
const SAID_WORDS = 20;
const SAID_STRENGTH = 0.7;

/**
 * "The council chose not to widen the road, since its budget was already spent": a clause after a
 * comma opened by "since", with a subject and a verb of its own, after the asked words gives their
 * cause. After a perfect ("has been closed, since the storm hit") it tells from when instead.
 */
function causalSince(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (let k = 2; k + 2 < tokens.length; k += 1) {
    if (tokens[k].norm !== 'since' || tokens[k - 1].text !== ',' || !ctx.exact.some((a) => a < k) || !opensClause(tokens, k)) continue;
    if (tokens.slice(0, k).some((t, i) => HAVE.has(t.norm) && (tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.norm === 'been'))) continue;
    const text = tidyAnswer(clauseFrom(ctx.sentence, k + 1, 16));
    if (text && !mostlyQuestion(ctx, text)) return { text, type: 'reason', how: 'reason-cue', strength: 0.8 };
  }
  return null;
}

const HAVE: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** Parts of speech a clause's subject may end on right before a verb written as its base form ("the machine hit"). */
const WHEN_SUBJECT_END: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * Whether the word at `k` ("when", "after") opens a clause of its own: a subject, then a verb in a
 * tense of its own ("struck", "collapsed", as in causalAs) or one right after its subject ("the
 * machine hit": a past written as the base form), before the clause ends.
 */
function opensClause(tokens: readonly Token[], k: number): boolean {
  if (!AS_SUBJECT_START.has(tokens[k + 1]?.pos ?? '')) return false;
  for (let j = k + 1; j <= k + AS_CLAUSE_REACH && j < tokens.length && !isClauseEnd(tokens[j]); j += 1) {
    // ("a search involving 60 volunteers": a participle after a noun is no verb of a clause.)
    if (tokens[j].norm.endsWith('ing')) continue;
    const tensed = tokens[j].norm !== tokens[j].lemma && tokens[j - 1].text !== '-';
    if ((tokens[j].pos === 'VERB' && (tensed || WHEN_SUBJECT_END.has(tokens[j - 1].pos))) || tokens[j].pos === 'AUX') return j > k + 1;
  }
  return false;
}

/**
 * "Work was held up in 2019 when boring machines struck a layer of wet rock", "the fires began on
 * Feb. 2 when lightning struck dry forest": a "when" clause, with a subject and a verb of its own,
 * right after the asked event tells what happened as it did, which is its cause as news tells it.
 * Only after the asked words, in the clause that holds them: "when" may open a time too, which
 * the clause's own subject and verb rule out ("when the season starts" is a time as well, so the
 * answer is weaker than one given outright). So does a "where" after the asked place (see
 * placeClauseOpens): "the shop shut its branch on the quay, where rents had doubled".
 */
function causalWhen(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (let k = 1; k + 2 < tokens.length; k += 1) {
    if (!(tokens[k].norm === 'when' || placeClauseOpens(tokens, k)) || !AS_SUBJECT_START.has(tokens[k + 1].pos)) continue;
    // The asked event comes before the cause, in the same clause or right before its comma.
    const last = Math.max(-1, ...ctx.exact.filter((a) => a < k));
    if (last < 0 || tokens.slice(last + 1, k).some((t) => isClauseEnd(t) && t.text !== ',')) continue;
    if (!opensClause(tokens, k)) continue;
    const text = tidyAnswer(clauseFrom(ctx.sentence, k + 1, 16));
    if (!text || mostlyQuestion(ctx, text) || earlierEventClause(ctx, k)) continue;
    return { text, type: 'reason', how: HAPPENED_WHEN, strength: AS_STRENGTH };
  }
  return null;
}

/**
 * "… moved to its plant in the south, where wages are lower": a "where" after a place, set off by
 * its comma or right after the place's name, tells what goes on there, which news gives as the
 * reason for going there or leaving it; "help us understand where the water came from" is a
 * question asked within the sentence, no clause on a place.
 */
function placeClauseOpens(tokens: readonly Token[], k: number): boolean {
  return tokens[k].norm === 'where' && (tokens[k - 1].text === ',' || tokens[k - 1].pos === 'PROPN');
}

/** Parts of speech a clause's subject may open on after "as" ("as demand …", "as cheaper copies …", "as it shifts …"). */
const AS_SUBJECT_START: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
/** Parts of speech a clause told of may end on right before its "as" ("fell 54 percent as …", "a third this year as …", "workforce, as …"). */
const AS_AFTER: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM']);

/**
 * "Net profit fell 54 percent as cheaper copies of its best-selling drug ate into sales", "prices
 * have risen this year as demand … has surged": a clause opened by "as", with a subject and a verb
 * of its own, after the asked event gives its cause. ("known as the", "such as", "as big as",
 * "as part of" have no clause: the word before "as" ends a clause, and a verb must follow.)
 */
function causalAs(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (let k = 1; k + 2 < tokens.length; k += 1) {
    if (tokens[k].norm !== 'as' || !(AS_AFTER.has(tokens[k - 1].pos) || tokens[k - 1].text === ',') || !AS_SUBJECT_START.has(tokens[k + 1].pos)) continue;
    // The asked event comes before the cause.
    if (!ctx.exact.some((a) => a < k)) continue;
    let verb = -1;
    for (let j = k + 1; j <= k + AS_CLAUSE_REACH && j < tokens.length && !isClauseEnd(tokens[j]); j += 1) {
      // "as big as", "as many as": a comparison, no clause.
      if (tokens[j].norm === 'as') break;
      // A verb written in a tense of its own ("ate", "shifts", "has surged"), not a participle
      // modifying a noun ("best-selling").
      if ((tokens[j].pos === 'VERB' && tokens[j].norm !== tokens[j].lemma && !tokens[j].norm.endsWith('ing') && tokens[j - 1].text !== '-') || tokens[j].pos === 'AUX') {
        verb = j;
        break;
      }
    }
    if (verb < 0 || verb === k + 1) continue;
    const text = tidyAnswer(clauseFrom(ctx.sentence, k + 1, 16));
    if (!text || mostlyQuestion(ctx, text) || earlierEventClause(ctx, k)) continue;
    return { text, type: 'reason', how: HAPPENED_AS, strength: AS_STRENGTH };
  }
  return null;
}

/** How far after "as" its clause's verb may be ("as demand from electric-vehicle and power-grid makers has surged"). */
const AS_CLAUSE_REACH = 14;
const AS_STRENGTH = 0.6;
/** How a cause told by "as" is found: "as" may tell a time as well, so a reason given outright ("because …") close behind outweighs it. */
export const HAPPENED_AS = 'what it happened as';
/** How a cause told by a "when" clause right after the asked act is found (see causalWhen). */
export const HAPPENED_WHEN = 'what happened as it did';
/** "after the vote" may tell only when: a cause it gives is not sure enough to settle a why. */
export const TIME_OR_CAUSE = /^after\b/i;
/** How the reason extractor names a cause given in words that say it is one (see REASON_CUES). */
export const OUTRIGHT_REASONS: ReadonlySet<string> = new Set(['reason-cue', 'blamed', 'blamed for it', 'cause given the asked thing', 'what the evidence points to', 'named as the reason', 'what it was put down to', 'what it reflected']);

/**
 * "Why did the family put the car up for sale?" / "… who put it up for sale to fund a medical
 * research foundation": an infinitive after the question's words, in their clause, tells what it was for.
 */
function purposeAfterAsked(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (const a of ctx.exact) {
    // (Past another verb, an infinitive is that verb's: "was fired …, with the team lying 12th, and … to finish".)
    for (let k = a + 1; k <= a + PURPOSE_REACH && k + 1 < tokens.length && !isClauseEnd(tokens[k]) && (k === a + 1 || tokens[k - 1].pos !== 'VERB'); k += 1) {
      // ("want to thank", "plans to build": a verb's own infinitive says what is wanted, not why.)
      if (tokens[k].norm !== 'to' || tokens[k - 1].pos === 'VERB' || tokens[k - 1].pos === 'AUX') continue;
      if (tokens[k + 1].pos !== 'VERB' || tokens[k + 1].lemma !== tokens[k + 1].norm || earlierEventClause(ctx, k)) continue;
      if (infinitiveOfObject(tokens, k)) continue;
      const text = tidyAnswer(clauseFrom(ctx.sentence, k, 16));
      if (text) return { text, type: 'reason', how: 'what it was done for', strength: 0.6 };
    }
  }
  return null;
}

/**
 * "ordered the club to repay the grant", "asked drivers to slow down", "took crews six hours to put
 * out", "cost £900 a year to run": the "to" after the object of such a verb says what is ordered,
 * asked, spent or cost, not what anything was done for.
 */
function infinitiveOfObject(tokens: readonly Token[], to: number): boolean {
  for (let k = to - 1; k >= 0 && !isClauseEnd(tokens[k]); k -= 1) {
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return DOER_BEFORE_TO.has(tokens[k].lemma) || SPENDING_BEFORE_TO.has(tokens[k].lemma);
  }
  return false;
}

/** Verbs whose time or money before a "to" is what the act after it takes. */
const SPENDING_BEFORE_TO: ReadonlySet<string> = new Set(['take', 'cost', 'spend']);

/** How far after the question's words a purpose may come ("gathered outside the Grand Palace to criticise …"). */
const PURPOSE_REACH = 8;

/**
 * "What happened near Halden in March 2003?" / "… the worst since March 2003, when a freight train
 * collided with a commuter service near Halden": the clause a "when" or "where" opens after the
 * asked time or place tells what happened there. Without one, the sentence itself answers.
 */
export function eventClause(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  const first = ctx.anchors[0];
  if (first === undefined) return null;
  for (let i = first + 1; i + 1 < tokens.length; i += 1) {
    if (tokens[i - 1].text !== ',' || (tokens[i].norm !== 'when' && tokens[i].norm !== 'where')) continue;
    const text = tidyAnswer(clauseFrom(ctx.sentence, i + 1, 24));
    if (text) return { text, type: 'event', how: 'what happened then', strength: 0.8 };
  }
  return null;
}

/** Verbs of finding or telling: their subject comes upon the asked thing, it does not act on it. */
const FINDING_VERBS: ReadonlySet<string> = new Set(['find', 'discover', 'detect', 'spot', 'notice', 'see', 'observe', 'identify', 'uncover', 'report', 'confirm', 'record']);
const SUBJECT_MAX = 5;

/**
 * "because low river levels had cut output from hydroelectric dams": when every asked noun comes
 * after the clause's verb, the clause's subject (from `from`, after the cue) acts on them.
 */
function subjectActingOnAsked(ctx: Ctx, from: number): Extraction | null {
  const tokens = ctx.sentence.tokens;
  if (from < 0) return null;
  let verb = from;
  while (verb < tokens.length && tokens[verb].pos !== 'VERB' && !isClauseEnd(tokens[verb])) verb += 1;
  if (verb >= tokens.length || tokens[verb].pos !== 'VERB' || verb === from) return null;
  // "closed after inspectors found cracks in its beams": who finds a thing did not make it.
  if (FINDING_VERBS.has(tokens[verb].lemma)) return null;
  for (const a of ctx.exact) if ((tokens[a].pos === 'NOUN' || tokens[a].pos === 'PROPN') && a < verb) return null;
  let to = verb - 1;
  while (to > from && tokens[to].pos === 'AUX') to -= 1;
  // A short noun phrase: wink may read a verb as a noun ("the river burst its banks").
  if (to - from >= SUBJECT_MAX) return null;
  for (let k = from; k <= to; k += 1) if (!NOUN_PHRASE_TAGS.has(tokens[k].pos)) return null;
  const text = tidyAnswer(textOf(ctx.sentence, from, to));
  return text ? { text, type: 'reason', how: 'what acts on the asked thing', strength: 0.7 } : null;
}

/**
 * Whether every noun of the question the sentence writes stands in the clause the cue opens at
 * `from`. A sentence that opens on it ("Because the birds arrive late, many nests miss …") ends it
 * at the comma; one later in the sentence runs to the end.
 */
function askedOnlyWithin(ctx: Ctx, from: number): boolean {
  const tokens = ctx.sentence.tokens;
  let to = tokens.length - 1;
  if (from === 0) for (let k = 1; k < tokens.length; k += 1) if (tokens[k].text === ',') { to = k - 1; break; }
  let inside = false;
  for (const a of ctx.exact) {
    if ((tokens[a].pos !== 'NOUN' && tokens[a].pos !== 'PROPN') || askedAsAct(ctx.q, ctx.m.doc.terms[a])) continue;
    if (a < from || a > to) return false;
    inside = true;
  }
  return inside;
}

/** "Why won't they lift the hull?" / "because lifting it would risk …": a gerund of the question's verb is its act, not a thing it names. */
const askedAsAct = (q: QuestionAnalysis, term: string | null | undefined): boolean => q.terms.some((t) => t.term === term && t.pos === 'VERB');

/** "What caused the fire?", "what triggered the probe?": a question after the cause of a thing itself. */
export const ASKS_CAUSE = /^what (?:caused|triggered|sparked|started|set off|led to)\b/i;
/** "the fire was sparked by …", "the cause of the fire is …": where a cause follows the thing it caused. */
const CAUSED_BY = /\b(?:(?:was|were|is|are|been|being|be) (?:\p{L}+ly )?(?:caused|sparked|triggered|started|ignited|set off) by|(?:the )?(?:likely |probable |main |exact )?cause of (?:the )?(?:[\p{L}-]+ ){1,4}(?:is|was|has been|remains))\s+/iu;

/**
 * "What caused the wildfire?" / "Investigators believe the fire was sparked by a safety chain …",
 * "The cause of the fire is under investigation": the cause the sentence gives the asked thing
 * itself, which is written before the cue. (A reason for something else in the sentence, "a deep
 * clean after the first cases", answers nothing about the sickness.)
 */
function causeOfAsked(ctx: Ctx): Extraction | null {
  if (!ASKS_CAUSE.test(ctx.q.text)) return null;
  const m = CAUSED_BY.exec(ctx.sentence.text);
  if (!m) return null;
  const tokens = ctx.sentence.tokens;
  const cue = tokens.findIndex((t) => t.start >= m.index);
  const after = tokens.findIndex((t) => t.start >= m.index + m[0].length);
  if (cue < 0 || after < 0 || !causedThingAsked(ctx, cue, after)) return null;
  const text = tidyAnswer(clauseFrom(ctx.sentence, after, 16));
  return text ? { text, type: 'reason', how: 'cause given the asked thing', strength: 0.9 } : null;
}

/**
 * Whether the thing the cue gives a cause for is the asked one: a question word, or a near word by
 * word vectors ("the storm was caused by …" for "what caused the blizzard?").
 */
function causedThingAsked(ctx: Ctx, cue: number, after: number): boolean {
  if (ctx.anchors.some((a) => a < after && a >= cue - CAUSE_REACH)) return true;
  const tokens = ctx.sentence.tokens;
  const asked = ctx.q.terms.filter((t) => !t.isCue && t.pos === 'NOUN').map((t) => vectorId(t.word.toLowerCase()));
  for (let k = Math.max(0, cue - CAUSE_REACH); k < cue; k += 1) {
    if (tokens[k].pos !== 'NOUN') continue;
    const row = vectorId(tokens[k].norm);
    if (asked.some((a) => similarity(a, row) >= CAUSED_THING)) return true;
  }
  return false;
}

/** Word-vector similarity at which a noun is the asked thing in other words ("storm" for "blizzard"). */
const CAUSED_THING = 0.5;

/** How far before its cue the asked thing may be written ("the fire in the north wing was sparked by"). */
const CAUSE_REACH = 6;

const REASON_NOUN =
  /\b(?:was|is|were|are|became|remains?) (?:(?:one|the|a|another)(?: (?:main|key|major|big|biggest|chief|principal|primary|leading|likely|probable))? (?:reasons? (?:for|why|behind)|(?:causes?|drivers?|culprits?) (?:of|for|behind))|to blame for)\b/i;

/**
 * "That sale was one reason for a law passed in 1998", "The scientists say climate change is the
 * main driver of the earlier arrival": the subject is the reason (not who says so).
 */
function reasonNamed(ctx: Ctx): Extraction | null {
  const m = REASON_NOUN.exec(ctx.sentence.text);
  if (!m) return null;
  const tokens = ctx.sentence.tokens;
  const verb = tokens.findIndex((t) => t.start >= m.index);
  let from = verb;
  while (from > 0 && !isClauseEnd(tokens[from - 1]) && !(tokens[from - 1].pos === 'VERB' && REPORTING_VERBS.has(tokens[from - 1].lemma))) from -= 1;
  if (verb <= from) return null;
  return { text: tidyAnswer(textOf(ctx.sentence, from, verb - 1)), type: 'reason', how: 'named as the reason', strength: 0.8 };
}

/** Verbs whose subject makes their object act: "forced", "led", and those that let it ("warm water allowed the storm to grow"). */
const CAUSATIVE = new Set(['make', 'cause', 'force', 'drive', 'trigger', 'spark', 'prompt', 'lead', 'fuel', 'push', 'mean', 'allow', 'enable', 'let']);

/**
 * "Poor visibility grounded helicopters on Tuesday and Wednesday", "low cloud grounded the first
 * flight": a thing that hinders the asked act is why it did not happen. Only a thing hinders so: a
 * person or a company that grounds its own fleet or halts its own plant acts of its own will.
 */
const HINDERING = new Set(['ground', 'hamper', 'hinder', 'delay', 'slow', 'halt', 'disrupt', 'prevent', 'block', 'stall']);

/** "Gusts of up to 70km/h … had made the fire impossible to predict": the subject of a causative verb whose object the question asks about. */
function causeBefore(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (let k = 1; k < tokens.length; k += 1) {
    // ("An SLA-led coalition": a verb joined to a name by a hyphen describes the noun after it.)
    const hinders = HINDERING.has(tokens[k].lemma);
    if (tokens[k].pos !== 'VERB' || !(CAUSATIVE.has(tokens[k].lemma) || hinders) || tokens[k - 1].text === '-') continue;
    // What it caused must be what the question says ("made the fire impossible to predict"), not a
    // word or two of it.
    if (ctx.exact.filter((a) => a > k && a <= k + 8).length < 2) continue;
    let from = k - 1;
    while (from > 0 && tokens[from].pos === 'AUX') from -= 1;
    const to = from;
    // ("said staff shortages meant …": the subject starts after the verb that reports it.)
    while (from > 0 && tokens[from - 1].text !== ',' && tokens[from - 1].text !== ';' && !(tokens[from - 1].pos === 'VERB' && REPORTING_VERBS.has(tokens[from - 1].lemma)) && !/^[“"]$/.test(tokens[from - 1].text)) from -= 1;
    if (to < from) continue;
    if (hinders && !thingHinders(tokens, from, to)) continue;
    return { text: tidyAnswer(textOf(ctx.sentence, from, to)), type: 'reason', how: 'subject of a causative verb', strength: 0.75 };
  }
  return null;
}

/**
 * Whether a subject is a thing, not someone acting: its head is a common noun, no person's, and
 * nothing in it is a name or a pronoun. (A common word opening the sentence is capitalised, and
 * may be read as a name: "Poor visibility".)
 */
function thingHinders(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) {
    if (tokens[k].pos === 'PRON') return false;
    if (tokens[k].pos === 'PROPN' && !(k === 0 && vectorId(tokens[k].norm) >= 0 && tokens[k + 1]?.pos !== 'PROPN')) return false;
  }
  return tokens[to].pos === 'NOUN' && !isPersonNoun(tokens[to].norm);
}

const rolesOf = (ctx: Ctx): RoleFact[] => ctx.facts.filter((f): f is RoleFact => f.type === 'role');

/**
 * "Who is the club's captain?": the one whose role holds every word the question uses, as written
 * or as a related word ("the boss of Veltra" / "Veltra's chief executive").
 */
export function roleHolder(ctx: Ctx, roles = rolesOf(ctx)): Extraction | null {
  const asked = ctx.q.terms.filter((t) => !t.isCue).map((t) => t.term);
  if (asked.length === 0) return null;
  // "What is the capital of Olvania?" asks for what "the capital" names, not for what "a major
  // crossroads between the capital, Tarsk, and …" describes: an asked noun must head it.
  const nouns = ctx.q.terms.filter((t) => !t.isCue && !t.isName && t.pos === 'NOUN').map((t) => t.term);
  const names = new Set(ctx.q.terms.filter((t) => t.isName).map((t) => t.term));
  for (const f of roles) {
    const description = descriptionTerms(f);
    const head = descriptionHead(f);
    if (nouns.length > 0 && !nouns.some((n) => n === head || areRelated(n, head))) continue;
    const unsaid = ownerModifiers(ctx, f, description);
    const owner = ownerNameTerms(ctx, f);
    // A name may stand elsewhere in the sentence: "the capital, Tarsk, and Olvania's coastal provinces".
    if (
      asked.every(
        (t) =>
          description.includes(t) ||
          description.some((d) => areRelated(t, d)) ||
          unsaid.includes(t) ||
          owner.some((o) => o === t || areRelated(t, o)) ||
          (names.has(t) && (ctx.m.doc.terms.includes(t) || ownedBy(ctx, f, t)))
      )
    ) {
      return { text: withHonorific(ctx.sentence, f.subject), type: 'entity', how: `role(${f.via}) reversed`, strength: otherRank(ctx.q, f) ? OTHER_RANK : 0.9, focus: f.subject };
    }
  }
  return null;
}

export const LEADER_TITLE = 'holder of a leading title';
const TITLE_WORD_BREAK = /[^\p{L}\p{N}'’-]+/u;
/** Words of a title that say nothing of what it leads. */
const TITLE_FILLERS: ReadonlySet<string> = new Set(['the', 'of', 'a', 'an', 'its', 'their', 'executive', 'managing', 'general', 'senior', 'top']);
/** "Who heads the fire service?", "who runs Corvane?" (read as "who heads"), "who will run the combined bank?". */
const ASKS_LEADER =
  /^who(?:'s|'ll|\s+(?:will|would|is|was|has|had|now|currently))?\s+(heads?|headed|heading|leads?|led|leading|runs?|ran|running|manages?|managed|managing|chairs?|chaired|chairing|directs?|directed|directing)\b/i;
/** Past forms of the leading verbs: "who led the study?" may be answered by the university that did. */
const LED_IN_THE_PAST = /^who(?:\s+(?:was|had|has))?\s+(?:headed|led|ran|managed|chaired|directed|heading|leading|running|managing|chairing|directing)\b|^who\s+(?:was|had|has)\b/i;

/** "Who heads the union?", "who will run the combined bank?": who leads a body now or next, a person. */
export function asksCurrentLeader(q: QuestionAnalysis): boolean {
  // (Asked of every candidate's prior: read once per question.)
  let asks = q.memo.get(ASKS_CURRENT_LEADER);
  if (asks === undefined) q.memo.set(ASKS_CURRENT_LEADER, (asks = ASKS_LEADER.test(q.text) && !LED_IN_THE_PAST.test(q.text)));
  return asks;
}

const ASKS_CURRENT_LEADER = memoKey<boolean>('whether the question asks who leads a body now');

/** Words of a title that leads what it is of ("Fire Service Chief", "chief executive", "the president of the NUDP"). */
const LEADER_WORDS: ReadonlySet<string> = new Set(
  ['chief', 'head', 'president', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director', 'leader', 'manager', 'boss', 'ceo', 'governor', 'mayor', 'commissioner', 'captain', 'commander', 'principal', 'rector', 'chancellor'],
);

/** A title headed by a leader's word: "Fire Service Chief", "chief executive", "the president of the NUDP", not "Chief Inspector" or "chief financial officer". */
function leadingTitle(f: RoleFact): boolean {
  const head = descriptionHead(f);
  return head === EXECUTIVE ? CHIEF_EXECUTIVE.test(f.description) : LEADER_HEADS.has(head);
}

const LEADER_HEADS: ReadonlySet<string> = new Set([...LEADER_WORDS].map((w) => termOfWord(w)));
const EXECUTIVE = termOfWord('executive');
const CHIEF_EXECUTIVE = /\bchief executive\b/i;

/**
 * "Who heads the Kelmarsh Fire Service?" / "Fire Service Chief Anton Vilk, 58, said …": the holder
 * of a leading title the sentence gives, where it leads what the question names (see leadingRoles).
 */
export function leaderOf(roles: readonly LeadingRole[]): Extraction | null {
  const f = roles.find((r) => r.held)?.f;
  return f ? { text: f.subject, type: 'entity', how: LEADER_TITLE, strength: 0.85, focus: f.subject } : null;
}

/** Whether the sentence gives `name` a leading title of something else than what is asked ("head of the CWN" for "who runs Corvane?"). */
export function leadsAnother(roles: readonly LeadingRole[], name: string): boolean {
  return roles.some((r) => !r.held && r.named && r.f.subject === name);
}

/** A leading title of the sentence: whether it leads what is asked, and whether it names another owner. */
export interface LeadingRole {
  f: RoleFact;
  held: boolean;
  named: boolean;
}

/** The sentence's leading titles, for a question asking who leads something, each with whether it leads what is asked. */
export const leadingRoles = (ctx: Ctx): LeadingRole[] => leadingRolesIn(ctx.kb, ctx.q, ctx.m.doc, rolesOf(ctx));

/** The leading titles among a sentence's roles (see leadingRoles). */
export function leadingRolesIn(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence, roles: readonly RoleFact[]): LeadingRole[] {
  const verb = ASKS_LEADER.exec(q.text)?.[1];
  if (verb === undefined) return [];
  const verbTerm = termOfWord(verb.toLowerCase());
  const led = q.terms.filter((t) => !t.isCue && t.term !== verbTerm);
  if (led.length === 0) return [];
  const title = titleTerms(d.article);
  const out: LeadingRole[] = [];
  for (const f of roles) {
    if (!leadingTitle(f) || otherRank(q, f)) continue;
    const words = f.description.split(TITLE_WORD_BREAK).filter(Boolean);
    // What the title says is led: its other words, a short form among them spelt out ("KWA director").
    const owner = new Set<string>();
    // ("the group's director" refers back to what the question names; "head of the CWN" names another.)
    let named = false;
    for (const w of words) {
      // (A word for a person, "Police Superintendent", says nothing of what is led either.)
      if (LEADER_WORDS.has(w.toLowerCase()) || TITLE_FILLERS.has(w.toLowerCase()) || isPersonNoun(w.toLowerCase())) continue;
      owner.add(termOfWord(w.toLowerCase().replace(/['’]s?$/, '')));
      if (!startsUpper(w)) continue;
      named = true;
      const fact = resolveName(kb.facts, w);
      if (fact) for (const x of wordsOf(fact.name)) owner.add(x);
    }
    // A bare title ("chief executive") leads what the sentence or the story is about; one naming
    // what it leads must name what is asked ("head of the CWN" is no head of Corvane), bar a name
    // the story's title or dateline gives ("Fire Service Chief" of the Kelmarsh Fire Service).
    // "Who chairs the parish council?" / "Council chair Ann Lee": a title in the headline manner
    // keeps the head noun of what it leads and drops the words before it (a bare title leads what
    // the sentence writes around it: "Council chair"), words the story writes elsewhere.
    const held =
      owner.size === 0
        ? led.every((t, i) => writtenOrTitled(d, title, t) || openingWrites(kb, d, t) || modifiesLed(kb, q, d, title, owner, led, i))
        : led.some((t) => owner.has(t.term)) && led.every((t, i) => owner.has(t.term) || (t.isName && writtenOrTitled(d, title, t)) || modifiesLed(kb, q, d, title, owner, led, i));
    // (Only a name asked for tells another name apart: "the new group" may be Harlund's.)
    out.push({ f, held, named: named && led.some((t) => t.isName) });
  }
  return out;
}

// (leadingRolesIn's tests, functions of the module rather than closures made for every title:
// under tsx each closure made is also named, by a call of its own.)

/** Whether the sentence or the story's title writes the question's word. */
const writtenOrTitled = (d: IndexedSentence, title: ReadonlySet<string>, t: QuestionTerm): boolean => d.tf.has(t.term) || title.has(t.term);

/**
 * Whether the story's opening, its lead and the sentence after it, writes the question's word: a
 * bare title later on ("Managing director Ann Lee said …") leads the body the story opens on
 * ("Quibble & Lutt, which makes …").
 */
function openingWrites(kb: KnowledgeBase, d: IndexedSentence, t: QuestionTerm): boolean {
  const lead = leadOf(d.article);
  if (lead === undefined) return false;
  for (let i = lead.index; i <= lead.index + 1; i += 1) if (kb.index.find(d.article.id, i)?.tf.has(t.term)) return true;
  return false;
}

/** Whether the title tells the word: names it, or (naming nothing) the sentence or story's title writes it. */
const tells = (d: IndexedSentence, title: ReadonlySet<string>, owner: ReadonlySet<string>, t: QuestionTerm): boolean => (owner.size === 0 ? writtenOrTitled(d, title, t) : owner.has(t.term));

/** Whether the led word at i is a modifier of the next one the question writes, which the title tells. */
function modifiesLed(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence, title: ReadonlySet<string>, owner: ReadonlySet<string>, led: readonly QuestionTerm[], i: number): boolean {
  // ("Who runs the old walled kitchen garden?" / "Garden manager Ann Lee": a run of modifiers, "old
  // walled kitchen", goes with the head noun the title keeps.)
  for (let j = i; j + 1 < led.length; j += 1) {
    const t = led[j];
    if (t.isName || (t.pos !== 'NOUN' && t.pos !== 'ADJ') || !writtenInArticles(kb, d, t) || q.terms.indexOf(led[j + 1]) !== q.terms.indexOf(t) + 1) return false;
    if (tells(d, title, owner, led[j + 1])) return true;
  }
  return false;
}

/** Whether the articles hold the question word as a term, or the sentence's article writes it ("lost", indexed as "lose"). */
const writtenInArticles = (kb: KnowledgeBase, d: IndexedSentence, t: QuestionTerm): boolean => kb.index.has(t.term) || articleWrites(d.article, t.word.toLowerCase());

/**
 * "Who runs Velmar Foods?" / "Chief executive Ana Roth, 51, blamed the weather": a sentence giving
 * someone a leading title of the asked body answers, though it names the body only by the story's
 * title or not at all and another sentence writes more of the question's words (for a question
 * asksCurrentLeader holds of).
 */
export function tellsLeader(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence, facts: readonly Fact[]): boolean {
  const roles = facts.filter((f): f is RoleFact => f.type === 'role');
  return roles.length > 0 && leadingRolesIn(kb, q, d, roles).some((r) => r.held);
}

/**
 * "Who chairs the dairy cooperative?" / "Tomas Berg, the cooperative's chairman": a role whose owner
 * is written as "the <noun>'s" refers back to the one the question describes more fully. The words
 * the question writes right before that noun (up to two, none of the role's) are those the "the"
 * leaves unsaid.
 */
function ownerModifiers(ctx: Ctx, f: RoleFact, description: readonly string[]): readonly string[] {
  const noun = DEFINITE_OWNER.exec(f.description)?.[1];
  if (noun === undefined) return NONE;
  const terms = ctx.q.terms;
  const at = terms.findIndex((t) => !t.isCue && t.term === termOfWord(noun.toLowerCase()));
  const unsaid: string[] = [];
  for (let k = at - 1; at > 0 && k >= 0 && at - k <= 2; k -= 1) {
    const t = terms[k];
    if (t.isCue || t.isName || t.pos === 'VERB' || description.includes(t.term)) break;
    unsaid.push(t.term);
  }
  return unsaid;
}

const DEFINITE_OWNER = /^[Tt]he ([\p{L}-]+)['’]s? /u;
const NONE: readonly string[] = [];

/**
 * "Who is the chief executive of Brightwater?" / "Maria Lenz, Halvorsen’s chief executive": a role
 * the sentence gives to another owner than any the question names.
 */
export function roleOfOtherOwner(ctx: Ctx, roles = rolesOf(ctx)): boolean {
  const nouns = ctx.q.terms.filter((t) => !t.isCue && !t.isName && t.pos === 'NOUN').map((t) => t.term);
  const names = new Set(ctx.q.terms.filter((t) => t.isName).map((t) => t.term));
  if (nouns.length === 0 || names.size === 0) return false;
  return roles.some((f) => {
    const owner = POSSESSOR.exec(f.description)?.[1];
    return owner !== undefined && nouns.includes(descriptionHead(f)) && !wordsOf(owner).some((w) => names.has(w));
  });
}

/** "Halvorsen’s chief executive", "the UNF's general secretary": the name a role is owned by. */
const POSSESSOR = /^(?:[Tt]he )?(\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)*)['’]s? /u;

/**
 * "Who is the mayor of Meskar?" is not answered by "former deputy mayor Teodor Vanhal": a deputy's
 * is another post, and a former holder no longer holds it, unless the question says so.
 */
function otherRank(q: QuestionAnalysis, f: RoleFact): boolean {
  const words = f.description.toLowerCase().split(/[\s-]+/);
  const asked = new Set(q.text.toLowerCase().split(NON_LETTERS));
  if (ranksBelowAsked(words, asked)) return true;
  return words.some((w) => FORMER_WORDS.has(w)) && !PAST_HOLDER.some((w) => asked.has(w));
}

const FORMER_WORDS: ReadonlySet<string> = new Set(['former', 'ex']);
/** Words of a question asking about a past holder. */
const PAST_HOLDER = ['former', 'previous', 'ex', 'was', 'were'];
/** What a role of another rank than the asked one is worth as its holder. */
const OTHER_RANK = 0.25;

/**
 * "Who is the general secretary of the nurses' union?" / "the UNF's general secretary": the words of
 * the full name of the short form a role is owned by ("United Nursing Federation").
 */
function ownerNameTerms(ctx: Ctx, f: RoleFact): readonly string[] {
  const owner = POSSESSOR.exec(f.description)?.[1];
  const fact = owner === undefined ? undefined : resolveName(ctx.kb.facts, owner);
  return fact === undefined || fact.name === owner ? NONE : wordsOf(fact.name);
}

/** "Kastrovan's lawyer" for "his lawyer, Benedikt Sorvall": a word of the name the role's "his" refers to. */
function ownedBy(ctx: Ctx, f: RoleFact, term: string): boolean {
  const owner = titleIndex(ctx.kb).owners.get(f);
  return owner !== undefined && wordsOf(owner.name).includes(term);
}

const wordsOf = (text: string): string[] => text.toLowerCase().split(NON_WORD_CHARS).filter(Boolean).map((w) => termOfWord(w));

const descriptionCache = new WeakMap<RoleFact, readonly string[]>();

/** Terms of a role's description: the same for every question, so found once per fact (facts live as long as their knowledge base). */
function descriptionTerms(f: RoleFact): readonly string[] {
  let terms = descriptionCache.get(f);
  if (!terms) descriptionCache.set(f, (terms = wordsOf(f.description)));
  return terms;
}

const headCache = new WeakMap<RoleFact, string>();

/** The head of a role's description: its last word before a preposition, a clause or a list ("point" in "a major intersection point between …"). */
function descriptionHead(f: RoleFact): string {
  let head = headCache.get(f);
  if (head === undefined) {
    const words = f.description.split(/\s+/);
    const end = words.findIndex((w, i) => i > 0 && (HEAD_ENDS.has(w.toLowerCase()) || /,$/.test(words[i - 1])));
    head = termOfWord((end < 0 ? words[words.length - 1] : words[end - 1]).toLowerCase().replace(NOT_WORD_CHAR, ''));
    headCache.set(f, head);
  }
  return head;
}

const HEAD_ENDS = new Set(['of', 'between', 'in', 'on', 'at', 'for', 'with', 'from', 'to', 'by', 'who', 'which', 'that', 'whose', 'and', 'or', 'near', 'since']);

/** "What does HTS stand for?": the alias fact of this sentence that spells the subject out. */
export function alias(ctx: Ctx): Extraction | null {
  const subject = ctx.q.subject ?? '';
  const subjectTerms = new Set(subject.split(/\s+/).map((w) => termOfWord(w.toLowerCase().replace(NOT_WORD_CHAR, ''))));
  for (const f of ctx.facts) {
    if (f.type === 'alias' && (subjectTerms.has(termOfWord(f.alias.toLowerCase())) || f.name.toLowerCase() === subject.toLowerCase().replace(/^the\s+/, ''))) {
      return { text: `${f.name} (${f.alias})`, type: 'alias', how: 'alias', strength: 1, focus: f.name };
    }
  }
  return null;
}

/** Roles, appositions and aliases: what the question's subject is, or who fits its description. */
export function description(ctx: Ctx): Extraction | null {
  const spelt = alias(ctx);
  if (spelt) return spelt;
  if (ctx.q.rule === 'former-use') return formerUse(ctx);
  if (ctx.q.rule === 'occupation') {
    // A job asked in the past ("what did he do for a living?") may be told as one given up ("retired postman Ben Ames").
    const worked = workedAs(ctx.sentence.tokens) ?? (asksFormerJob(ctx.q) ? withoutAskedMark(ctx.q, formerWork(ctx)) : null);
    if (worked) return worked;
  }
  const askedAreNames = ctx.q.terms.filter((t) => !t.isCue).every((t) => t.isName);
  // Appositions and copulas describe; a bare title ("leader") says least.
  const roles = rolesOf(ctx).sort((a, b) => Number(a.via === 'title') - Number(b.via === 'title'));
  for (const f of roles) {
    if (inQuestion(ctx, f.subject)) return { text: f.description, type: 'description', how: `role(${f.via})`, strength: f.via === 'title' ? 0.8 : 1, focus: f.subject };
  }
  if (!askedAreNames) {
    const holder = roleHolder(ctx, roles);
    if (holder) return holder;
  }
  // "What is the Karsa region?" asks what a named thing is; only a description ("a stunning prize
  // for …") may be answered by the subject it describes, and "Who is Corvale's coach?" by the name
  // the sentence gives next to those words ("Corvale coach Henrik Dahlberg").
  const firstAsked = ctx.q.terms.find((t) => !t.isCue);
  if (firstAsked?.isName) return structuralDescription(ctx);
  const who = /^who\b/i.test(ctx.q.text) ? entity(ctx, ['person', 'organisation'], false) : null;
  return structuralDescription(ctx) ?? (who && who.strength >= 0.8 ? who : null) ?? nounApposition(ctx) ?? openingAside(ctx) ?? definedByCopula(ctx) ?? openSlot(ctx);
}

/**
 * "What was her job before?" / "She gave up a job as a ward nurse in 2019", "after working as a
 * postman", "who trained as a chef", "he worked for 20 years as a lorry driver": "as a …" after a
 * word for work names the job itself, whether the sentence names the person or points back to her.
 */
function workedAs(tokens: readonly Token[]): Extraction | null {
  for (let i = 1; i + 2 < tokens.length; i += 1) {
    if (tokens[i].norm !== 'as' || !INDEFINITE.has(tokens[i + 1].norm)) continue;
    // "She worked for 38 years as a switchboard operator": a short phrase may come between.
    let w = i - 1;
    while (w > 0 && i - w < WORK_REACH && !WORK_WORDS.has(tokens[w].lemma) && !WORK_WORDS.has(tokens[w].norm) && (tokens[w].pos === 'ADP' || tokens[w].pos === 'NUM' || tokens[w].pos === 'NOUN' || tokens[w].pos === 'ADV')) w -= 1;
    if (!WORK_WORDS.has(tokens[w].lemma) && !WORK_WORDS.has(tokens[w].norm)) continue;
    const p = phraseStartingAt(tokens, i + 1, JOB_WORDS);
    if (!p) continue;
    let to = p.to;
    while (to > i + 1 && tokens[to].pos !== 'NOUN') to -= 1;
    if (to <= i + 1) continue;
    const text = tokens.slice(i + 1, to + 1).map((t) => t.text).join(' ');
    return { text: tidyAnswer(text), type: 'description', how: WORKED_AS, strength: 0.9 };
  }
  return null;
}

export const WORKED_AS = 'worked as';

/**
 * "What's her job?" asked of no one named: "She worked for 30 years as a midwife", "who lost his
 * job as a baker" tell the job of someone the sentence calls by the asked pronoun's gender.
 */
export function tellsWorkOfPronoun(tokens: readonly Token[], pronouns: ReadonlySet<string>): boolean {
  return tokens.some((t) => pronouns.has(t.norm)) && workedAs(tokens) !== null;
}

/** "What was her job before she retired?" / "retired teacher Ada Moll": the question's own "retired" is not repeated ("teacher"). */
function withoutAskedMark(q: QuestionAnalysis, work: Extraction | null): Extraction | null {
  if (!work) return null;
  const words = work.text.split(' ');
  const mark = words.findIndex((w) => FORMER_MARKS.has(w.toLowerCase()));
  if (mark < 0 || mark + 1 >= words.length || !q.tokens.some((t) => t.norm === words[mark].toLowerCase())) return work;
  return { ...work, text: words.slice(mark + 1).join(' ') };
}

const FORMER_ASKED = memoKey<boolean>('whether an occupation question asks the job held before');

/** "What did she use to do?", "what was his job before?", "what did he do for a living?": an occupation asked in the past. */
function asksFormerJob(q: QuestionAnalysis): boolean {
  let former = q.memo.get(FORMER_ASKED);
  if (former === undefined) {
    former = q.tokens.some((t) => FORMER_ASKING.has(t.norm));
    q.memo.set(FORMER_ASKED, former);
  }
  return former;
}

const FORMER_ASKING: ReadonlySet<string> = new Set(['did', 'was', 'were', 'used', 'use', 'before', 'previous', 'previously', 'former', 'old', 'then', 'earlier']);

/** Words for a job or for doing one, right before "as a …". */
const WORK_WORDS: ReadonlySet<string> = new Set(['job', 'work', 'career', 'shift', 'shifts', 'employ', 'employed', 'train', 'trained', 'serve', 'served', 'qualify', 'qualified', 'post', 'role', 'position', 'retire', 'retired', 'start', 'started', 'began', 'begin']);
const JOB_WORDS = 8;
const WORK_REACH = 5;

/**
 * "What is a notary for?" / "A notary public (or notary or public notary) in the common law world is
 * a public officer constituted by law …": a sentence whose defined subject holds the asked thing's
 * head says after its "is" what the thing is.
 */
function definedByCopula(ctx: Ctx): Extraction | null {
  const end = definedSubjectEnd(ctx.m.doc);
  const asked = ctx.q.terms.filter((t) => !t.isCue);
  const head = asked[asked.length - 1];
  if (end === 0 || head === undefined || !ctx.m.doc.terms.slice(0, end).includes(head.term)) return null;
  const from = ctx.sentence.tokens[end + 1]?.norm === 'to' ? end + 2 : end + 1;
  const text = tidyAnswer(clauseFrom(ctx.sentence, from, DEFINITION_WORDS));
  return text ? { text, type: 'description', how: 'copula', strength: 0.8 } : null;
}

const DEFINITION_WORDS = 20;

/**
 * "What is an avalanche transceiver?" / "an avalanche transceiver, a small radio device that sends a
 * signal …": the noun phrase set off after the asked words, which says what they are.
 */
function nounApposition(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  const last = ctx.anchors[ctx.anchors.length - 1];
  if (last === undefined || tokens[last + 1]?.text !== ',' || !INDEFINITE.has(tokens[last + 2]?.norm ?? '')) return null;
  const text = tidyAnswer(clauseFrom(ctx.sentence, last + 2, APPOSITION_WORDS));
  return text ? { text, type: 'description', how: 'apposition', strength: 0.8 } : null;
}

const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);

const APPOSITION_WORDS = 16;

const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PRON', 'PART', 'NUM']);

/** "What is vellum?" / "Vellum, once made from calfskin, was …": the aside after the noun the sentence opens on (see asideDescribedEnd). */
function openingAside(ctx: Ctx): Extraction | null {
  const comma = asideDescribedEnd(ctx.m.doc);
  const asked = ctx.q.terms.filter((t) => !t.isCue);
  const head = asked[asked.length - 1];
  if (comma === 0 || head === undefined || !ctx.m.doc.terms.slice(0, comma).includes(head.term)) return null;
  const tokens = ctx.sentence.tokens;
  let close = comma + 1;
  while (close < tokens.length && tokens[close].text !== ',') close += 1;
  const text = tidyAnswer(textOf(ctx.sentence, comma + 1, close - 1));
  return text ? { text, type: 'description', how: 'aside', strength: 0.8 } : null;
}

/** The noun phrase that ends at `to` (its head a common noun), as far back as it reaches. */
function nounPhraseEndingAt(tokens: readonly Token[], to: number): number | undefined {
  if (tokens[to]?.pos !== 'NOUN' || !LOWER_START.test(tokens[to].text)) return undefined;
  let from = to;
  while (from > 0 && NOUN_PHRASE_POS.has(tokens[from - 1].pos)) from -= 1;
  return from;
}

/**
 * "The chair of the Quarrendale Traders' Association, Ivo Marsh,": a common-noun phrase whose "of"
 * names the body it belongs to, ending at `to` on that name; where it opens.
 */
function ofNameBefore(tokens: readonly Token[], to: number): number | undefined {
  let k = to;
  while (k > 0 && k > to - OF_NAME_WORDS && (tokens[k].pos === 'PROPN' || tokens[k].pos === 'PART' || tokens[k].text === "'" || tokens[k].text === '’')) k -= 1;
  if (k === to) return undefined;
  if (tokens[k].pos === 'DET') k -= 1;
  return tokens[k]?.norm === 'of' ? nounPhraseEndingAt(tokens, k - 1) : undefined;
}

/** How many words the name after "of" may run to. */
const OF_NAME_WORDS = 8;

/**
 * "Her coach, Anton Selisk," / "the veteran grandmaster Anton Selisk" / "Her coach, the veteran
 * grandmaster Anton Selisk,": the common-noun phrase written right before a name, or set off
 * before it by a comma, says who the name is.
 */
function phraseBefore(tokens: readonly Token[], name: number): { from: number; to: number } | undefined {
  const setOff = tokens[name - 1]?.text === ',';
  const to = setOff ? name - 2 : name - 1;
  let from = nounPhraseEndingAt(tokens, to) ?? (setOff ? ofNameBefore(tokens, to) : undefined);
  // "union organiser Ann Vell", "former Tarn captain Ann Vell", "FA director-general Ann Vell": a
  // title written right before a name takes the names of the body it serves before it, and its
  // own hyphenated parts.
  if (from !== undefined && !setOff) from = bodyBeforeTitle(tokens, from);
  // "In the women's race, Anna Sorvik won": a phrase after a preposition, set off, says where or when.
  if (from === undefined || (setOff && tokens[from - 1]?.pos === 'ADP')) return undefined;
  // One more phrase set off by a comma before it: "Her coach, the veteran grandmaster …".
  const outer = from > 1 && tokens[from - 1].text === ',' ? nounPhraseEndingAt(tokens, from - 2) : undefined;
  if (outer !== undefined && (outer === 0 || isClauseEnd(tokens[outer - 1]))) from = outer;
  return { from, to };
}

/** Where a title starting at `from` starts with the body's name and modifiers written before it. */
function bodyBeforeTitle(tokens: readonly Token[], from: number): number {
  let k = from;
  for (;;) {
    const t = tokens[k - 1];
    if (t === undefined || TIME_WORD.test(t.norm)) return k;
    if (t.pos === 'PROPN' || (t.text === '-' && tokens[k - 2]?.pos === 'NOUN') || NOUN_PHRASE_POS.has(t.pos)) k -= 1;
    else return k;
  }
}

/** Words an age apposition may open with: "both 68", "aged 68". */
const AGE_LEADS: ReadonlySet<string> = new Set(['both', 'all', 'aged', 'each']);

/**
 * The noun phrase at `at`, on past a possessive to what it owns ("the firm's chief chemist"); its
 * phrase telling which one ("a chemist at the Tarn works") is added by whichOnesEnd.
 */
function appositionAt(tokens: readonly Token[], at: number): { from: number; to: number } | undefined {
  const p = phraseStartingAt(tokens, at);
  if (p === undefined || !isPossessive(tokens[p.to + 1])) return p;
  const owned = phraseStartingAt(tokens, p.to + 2);
  return owned === undefined || tokens[owned.from].pos === 'DET' ? p : { from: p.from, to: owned.to };
}

/** Past an origin apposition (", from Kestow Primary,") at `at`, to the comma that closes it; else `at`. */
function pastOrigin(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ',' || tokens[at + 1]?.norm !== 'from') return at;
  for (let k = at + 2; k < Math.min(tokens.length, at + 2 + ORIGIN_WORDS); k += 1) {
    if (tokens[k].text === ',') return k > at + 2 ? k : at;
    if (!startsUpper(tokens[k].text) && tokens[k].norm !== 'of' && tokens[k].pos !== 'DET') return at;
  }
  return at;
}

/** How many words a place someone is from runs to ("the Upper Quimble estate"). */
const ORIGIN_WORDS = 6;

/** The last of the asked words (`anchors`, in order) written before the first comma after the first of them. */
function nameEnd(tokens: readonly Token[], anchors: readonly number[]): number {
  let last = anchors[0];
  for (const k of anchors) {
    if (tokens.slice(last, k).some((t) => t.text === ',')) break;
    last = k;
  }
  return last;
}

/** Without a role fact: "X, an NP", "NP of X", "NP called X", "X is NP", "NP X", read off the sentence. */
export function structuralDescription(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  if (ctx.anchors.length === 0) return null;
  const first = ctx.anchors[0];
  const asked = ctx.q.terms.filter((t) => !t.isCue);
  const askedAreNames = asked.length > 0 && asked.every((t) => t.isName);
  if (askedAreNames) {
    // The name ends at its last asked word before a comma: "the Blenquist Rivers Trust, which manages
    // the river" writes a word of the name again in the clause that describes it.
    const last = nameEnd(tokens, ctx.anchors);
    // An age apposition ("Martin Aldous, 58,") says how old, not who: look past it.
    let after = last + 1;
    // ("Ann and Tom Reyes, both 68," as well.)
    if (tokens[after]?.text === ',' && tokens[after + 1]?.pos === 'NUM' && tokens[after + 2]?.text === ',') after += 2;
    else if (tokens[after]?.text === ',' && AGE_LEADS.has(tokens[after + 1]?.norm ?? '') && tokens[after + 2]?.pos === 'NUM' && tokens[after + 3]?.text === ',') after += 3;
    // ("Ada Moll, 11, from Kestow Primary, who …": where someone is from identifies as an age does.)
    after = pastOrigin(tokens, after);
    // "X, an opposition war monitor" (apposition after the name).
    if (tokens[after]?.text === ',') {
      const p = appositionAt(tokens, after + 1);
      if (p && tokens[p.from].pos === 'DET') return { text: tidyAnswer(textOf(ctx.sentence, p.from, whichOnesEnd(tokens, p))), type: 'description', how: 'apposition', strength: 0.9 };
      // "Aldous, who had worked for the council for 22 years, …" (a relative clause about the name).
      if (/^(?:who|which)$/i.test(tokens[after + 1]?.text ?? '')) {
        const clause = tidyAnswer(clauseFrom(ctx.sentence, after + 2, 16));
        if (clause) return { text: clause, type: 'description', how: 'relative clause', strength: 0.8 };
      }
    }
    // "Syria's coastal provinces of Latakia and Tartus" / "the group called X".
    let k = first - 1;
    if (tokens[k]?.norm === 'of' || tokens[k]?.norm === 'called' || tokens[k]?.norm === 'named') {
      let from = k - 1;
      while (from > 0 && !isClauseEnd(tokens[from - 1]) && (tokens[from - 1].pos === 'ADJ' || tokens[from - 1].pos === 'NOUN' || tokens[from - 1].pos === 'PROPN' || tokens[from - 1].pos === 'PART' || tokens[from - 1].pos === 'DET')) from -= 1;
      if (from <= k - 1 && ANY_LETTER.test(textOf(ctx.sentence, from, k - 1))) return { text: tidyAnswer(textOf(ctx.sentence, from, k - 1)), type: 'description', how: 'noun of name', strength: 0.8 };
    }
    // "X is/was NP" ("Investigators from the KFRS were …" tells of the investigators).
    k = last + 1;
    let opener = first - 1;
    while (opener >= 0 && tokens[opener].pos === 'DET') opener -= 1;
    if (tokens[k]?.pos === 'AUX' && tokens[k].lemma === 'be' && tokens[opener]?.pos !== 'ADP') {
      return { text: tidyAnswer(clauseFrom(ctx.sentence, k + 1)), type: 'description', how: 'copula', strength: 0.8 };
    }
    // ("Site botanist Dr Ada Moll": the honorific says only "person"; the phrase before it says what she is.)
    let named = first;
    while (named > 0 && HONORIFICS.has(tokens[named - 1].norm)) named -= 1;
    const before = phraseBefore(tokens, named);
    if (before) return { text: tidyAnswer(textOf(ctx.sentence, before.from, before.to)), type: 'description', how: 'noun phrase before the name', strength: 0.8 };
    return null;
  }
  return null;
}

/**
 * "What was the previous transfer record?" / "beats the previous domestic record of £78 million";
 * "what was the last closure on this scale?" / "the largest since 2009, when the Kessler Vane works
 * shut …": the earlier one of its kind, as the sentence writes it.
 */
export function earlierOne(ctx: Ctx): Extraction | null {
  // ("What is the name of the planet that held the previous record?" asks for a name.)
  if (ctx.q.intent !== 'what' || !EARLIER_ASKED.test(ctx.q.text)) return null;
  const tokens = ctx.sentence.tokens;
  for (let k = 0; k < tokens.length; k += 1) {
    // "since 2009, when …": the clause tells of that earlier one.
    if (tokens[k].norm === 'since' && YEAR.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',' && tokens[k + 3]?.norm === 'when') {
      const text = tidyAnswer(clauseFrom(ctx.sentence, k + 4, EARLIER_CLAUSE_WORDS));
      if (text) return { text: `in ${tokens[k + 1].text}, when ${text}`, type: 'entity', how: 'the earlier one', strength: 0.8 };
    }
    // "the previous domestic record of £78 million".
    if (EARLIER_MARKS.has(tokens[k].norm) && tokens[k - 1]?.norm === 'the') {
      let to = k + 1;
      while (to < tokens.length && to - k <= 4 && !ctx.exact.includes(to)) to += 1;
      if (to >= tokens.length || !ctx.exact.includes(to)) continue;
      if (tokens[to + 1]?.norm === 'of') to = phraseEnd(tokens, to + 2);
      return { text: tidyAnswer(textOf(ctx.sentence, k - 1, to)), type: 'entity', how: 'the earlier one', strength: 0.8 };
    }
  }
  return null;
}

const EARLIER_ASKED = /\b(?:previous|last|earlier|prior)\b|\bbefore (?:this|that|it)\b/i;
const EARLIER_MARKS: ReadonlySet<string> = new Set(['previous', 'earlier', 'prior']);
const EARLIER_CLAUSE_WORDS = 16;

/** The last token of the phrase starting at `from` ("£78 million"): up to a clause end, a verb or a preposition, seven words at most. */
function phraseEnd(tokens: readonly Token[], from: number): number {
  let to = from;
  while (to + 1 < tokens.length && !isClauseEnd(tokens[to + 1]) && tokens[to + 1].pos !== 'VERB' && tokens[to + 1].pos !== 'ADP' && to - from < 6) to += 1;
  return to;
}

/** The tags of the words a phrase on a noun is built of, before it. */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM']);

/** Whether the question asks in the plural ("streets") for what the sentence writes in the singular ("Street"). */
const pluralAsked = (asked: string, written: string): boolean => asked.length > written.length && asked.toLowerCase().startsWith(written) && asked.toLowerCase().endsWith('s');

const KIND_NAMED = memoKey<Map<string, boolean>>('whether each article names one of the asked kind by the asked noun');

/** Whether the article writes the asked noun capitalised at the end of a name ("Holm Farm" for "which farm"), once per question and article. */
function kindNamedInArticle(ctx: Ctx, word: string): boolean {
  let byArticle = ctx.q.memo.get(KIND_NAMED);
  if (!byArticle) ctx.q.memo.set(KIND_NAMED, (byArticle = new Map()));
  const article = ctx.m.doc.article;
  let named = byArticle.get(article.id);
  if (named === undefined) {
    const kind = word.toLowerCase();
    named = article.sentences.some((s) => s.tokens.some((t, k) => k > 0 && t.norm === kind && startsUpper(t.text) && startsUpper(s.tokens[k - 1].text)));
    byArticle.set(article.id, named);
  }
  return named;
}

/** "Which ministry does X want?": the phrase the sentence builds on the question's noun ("the interior ministry"). */
export function focusPhrase(ctx: Ctx): Extraction | null {
  const focus = ctx.q.focus;
  if (!focus || NAMED_KINDS.has(focus.term)) return null;
  const tokens = ctx.sentence.tokens;
  const written = ctx.m.doc.terms.indexOf(focus.term);
  const at = written >= 0 ? written : namedKindOf(ctx, focus.word);
  if (at < 0) return null;
  // "What jobs are going?" / "The new jobs include two drivers and a cook": the examples given.
  const include = written >= 0 ? includedAfter(tokens, at) : -1;
  if (include > 0) {
    const text = tidyAnswer(clauseFrom(ctx.sentence, include + 1));
    if (text) return { text, type: 'entity', how: 'phrase on the question noun', strength: 0.85 };
  }
  let from = at;
  // ("the region's biggest chain": an owner's possessive is part of the phrase; "the band's 120th
  // anniversary": wink tags an ordinal in digits a pronoun; it is the phrase's modifier, and says
  // which one, as "its third anniversary" does.)
  while (from > 0 && (PHRASE_TAGS.has(tokens[from - 1].pos) || tokens[from - 1].kind === 'ordinal' || (isPossessive(tokens[from - 1]) && from > 1)) && !isClauseEnd(tokens[from - 1])) from -= 1;
  let to = at;
  if (tokens[at + 1]?.norm === 'of') {
    const p = phraseStartingAt(tokens, at + 2, 8);
    if (p) to = p.to;
    // "a pay rise of 11%": the sign belongs to its number.
    if (tokens[to + 1]?.text === '%') to += 1;
  }
  // "Which streets flooded?" / "… on Mill Street and Weir Lane": a plural asks for all the named
  // ones the sentence lists.
  else if (startsUpper(tokens[at].text) && pluralAsked(focus.word, tokens[at].norm)) to = coordinated(ctx.sentence, to);
  const text = tidyAnswer(textOf(ctx.sentence, from, to));
  // The noun alone ("the ministry", "another vehicle") tells nothing the question did not.
  const words: number[] = [];
  for (let k = from; k <= to; k += 1) if ((tokens[k].pos !== 'DET' && tokens[k].pos !== 'PRON' && tokens[k].pos !== 'PUNCT') || tokens[k].kind === 'ordinal') words.push(k);
  if (words.length < 2) return null;
  // "Which local councillor was the winner?" / "… that the winner was a local councillor": only the question's own words.
  if (words.every((k) => ctx.questionTerms.has(ctx.m.doc.terms[k] ?? ''))) return null;
  // "What boat sank?" / "the harbour holds 60 boats": a count of the asked things says how many, not which.
  // (A "which" question reads its counts by its own cap.)
  if (ctx.q.intent === 'what' && words.every((k) => k === at || (tokens[k].pos === 'NUM' && tokens[k].kind !== 'ordinal'))) return null;
  // "Which court?" is best answered by the court's name; "the civil courts" only describes one.
  const named = tokens.slice(from, to + 1).some((t) => t.pos === 'PROPN');
  // ("the label of a legitimate fruit exporter": one of the kind, unnamed, after a preposition, or
  // set off after a name; "A local councillor resigned" still says more than "which councillor",
  // unless the article names one of the kind by the asked noun: "A hill farm near Tarn has begun
  // selling cheese" brings the farm in, and says not which farm it is, which the article tells by
  // its name, "Holm Farm", further on.)
  // ("a local building firm, Quentley Homes,": the asked noun may modify the phrase's own head, and a
  // name set off after that head says which one, indefinite or not.)
  const head = to === at ? compoundHead(tokens, at) : to;
  const name = to === at ? nameAfterHead(ctx, head) : undefined;
  const setOffName = ctx.q.intent === 'which' && !named && name?.setOff === true;
  if (ctx.q.intent === 'which' && !named && !setOffName && INDEFINITE.has(tokens[from].norm) && (tokens[from - 1]?.pos === 'ADP' || tokens[from - 1]?.text === ',' || kindNamedInArticle(ctx, focus.word))) return describedName(ctx, from, text);
  // ("Dunmore, the region's biggest chain,": so does a definite one, where a name stands before it
  // and the phrase is set off whole, ending on its head noun.)
  const described = ctx.q.intent === 'which' && !setOffName && !ownNamed(tokens, from, to) && setOffWhole(tokens, from, to) ? nameDescribed(ctx, from) : null;
  if (described) return described;
  const phrase = head === to ? text : tidyAnswer(textOf(ctx.sentence, from, head));
  const whole = name === undefined || (head !== to && !name.setOff) ? text : `${phrase}${name.setOff ? ',' : ''} ${textOf(ctx.sentence, name.from, name.to)}`;
  return { text: whole, type: 'entity', how: 'phrase on the question noun', strength: (named || setOffName ? 0.95 : 0.75) * (written >= 0 ? 1 : 0.9) };
}

/** The last noun of a compound the noun at `at` opens ("building" of "a building firm"), or `at`. */
function compoundHead(tokens: readonly Token[], at: number): number {
  let head = at;
  while (tokens[head + 1]?.pos === 'NOUN') head += 1;
  return head;
}

/**
 * "Which ship hit the pier?" / "… by the cargo ship Arla Bay", "the charity's top award, the Silver
 * Fern,", "the set piece, “Rain on Tin”,": the name written right after the asked noun, or set off
 * after it, says which one. Its tokens, inside any quotation marks, if there is one.
 */
function nameAfterHead(ctx: Ctx, at: number): { from: number; to: number; setOff: boolean } | undefined {
  const tokens = ctx.sentence.tokens;
  let k = at + 1;
  const setOff = tokens[k]?.text === ',';
  if (setOff) k += 1;
  const from = k;
  if (setOff && tokens[k]?.norm === 'the') k += 1;
  const quoted = isQuoteMark(tokens[k]);
  if (quoted) k += 1;
  const chunks = chunksOf(ctx.m.doc.article, ctx.sentence);
  const named = quoted ? undefined : chunks.find((c) => c.outerStart === k || (c.start === k && setOff));
  if (quoted ? !startsUpper(tokens[k]?.text ?? '') : named === undefined || inQuestion(ctx, named.name)) return undefined;
  let end = named === undefined ? k : named.end - 1;
  // ("the Order of the Silver Fern": one name over its "of".)
  for (let more = named; more !== undefined && tokens[end + 1]?.norm === 'of'; ) {
    const next = tokens[end + 2]?.norm === 'the' ? end + 3 : end + 2;
    more = chunks.find((c) => c.start === next);
    if (more) end = more.end - 1;
  }
  if (quoted) {
    // ("“Rain on Tin”": a title in quotation marks runs to its closing mark.)
    while (end + 1 < tokens.length && end - k < QUOTED_TITLE_WORDS && !isQuoteMark(tokens[end + 1])) end += 1;
    if (!isQuoteMark(tokens[end + 1])) return undefined;
  }
  const after = tokens[quoted ? end + 2 : end + 1];
  // (Set off, the name closes its apposition.)
  if (setOff && !(after === undefined || after.text === ',' || after.text === '.')) return undefined;
  return { from: quoted ? k : from, to: end, setOff };
}

const QUOTED_TITLE_WORDS = 8;

/** Whether the phrase names what it is past an owner's possessive ("Velda's Harbour Board", not "Velda's harbour board"). */
function ownNamed(tokens: readonly Token[], from: number, to: number): boolean {
  let k = to;
  while (k >= from && !isPossessive(tokens[k])) k -= 1;
  for (k += 1; k <= to; k += 1) if (tokens[k].pos === 'PROPN') return true;
  return false;
}

/** Whether a phrase is a whole apposition: no clause inside it, and nothing but its head's nouns before the comma closing it. */
function setOffWhole(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) if (RELATIVE_WORDS.has(tokens[k].norm)) return false;
  let end = to + 1;
  while (tokens[end]?.pos === 'NOUN') end += 1;
  return end >= tokens.length || isClauseEnd(tokens[end]) || tokens[end].text === ',';
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose', 'where']);

/** How much a phrase that only says there is one of the asked kind answers "which" ("shared on a messaging app"). */
const ONE_OF_THE_KIND = 0.15;

/**
 * "Which business ran the stall?" / "… run by Brannock Street Kitchen, a catering business from …":
 * an indefinite phrase set off after a name describes it, and the name says which. Without one
 * ("the paper had been shared on a messaging app") the sentence does not say which.
 */
function describedName(ctx: Ctx, from: number, phrase: string): Extraction {
  return nameDescribed(ctx, from) ?? { text: phrase, type: 'entity', how: 'one of the asked kind, unnamed', strength: ONE_OF_THE_KIND };
}

/** The name a phrase set off after it at `from` describes, or null. */
function nameDescribed(ctx: Ctx, from: number): Extraction | null {
  const tokens = ctx.sentence.tokens;
  let to = from - 2;
  if (tokens[from - 1]?.text === ',' && tokens[to]?.text === ')') {
    while (to > 0 && tokens[to].text !== '(') to -= 1;
    to -= 1;
  }
  // The name ending right before the comma (past an abbreviation in brackets: "the National Mediation Office (NMO)").
  if (tokens[from - 1]?.text !== ',') return null;
  // (A name opening the sentence is no chunk unless the article writes it again, yet a phrase set
  // off after it says it is a name: "Dunmore, the region's biggest chain, said …".)
  const chunks = chunksOf(ctx.m.doc.article, ctx.sentence);
  let start = chunks.find((c) => c.end === to + 1)?.start ?? (nameFromStart(tokens, to) ? 0 : -1);
  // ("The Securities and Exchange Board": one name over its "and".)
  while (start > 1 && NAME_JOINS.has(tokens[start - 1].norm)) {
    const before = chunks.find((c) => c.end === start - 1);
    if (!before) break;
    start = before.start;
  }
  return start >= 0 ? { text: tidyAnswer(textOf(ctx.sentence, start, from - 2)), type: 'entity', how: 'name the phrase on the question noun describes', strength: 0.9 } : null;
}

/** Whether the sentence's words up to `to` are a name opening it ("The Harbour Trust"). */
function nameFromStart(tokens: readonly Token[], to: number): boolean {
  if (to < 0 || to >= NAME_WORDS) return false;
  for (let k = 0; k <= to; k += 1) if (tokens[k].pos !== 'PROPN' && !(k === 0 && tokens[k].norm === 'the')) return false;
  return true;
}

const NAME_JOINS: ReadonlySet<string> = new Set(['and', '&', 'of', 'for']);

/** How many words a name opening a sentence may run to. */
const NAME_WORDS = 4;

/** Word-vector similarity at which a sentence's noun is of the kind the question names. */
const KIND_SIMILARITY = 0.5;

/**
 * "Which road was closed?" / "the A41 motorway": a named thing whose noun is near the question's
 * (a kind of road, by word vectors), where the question's own noun is not written.
 */
function namedKindOf(ctx: Ctx, word: string): number {
  const id = vectorId(word.toLowerCase());
  if (id < 0) return -1;
  const tokens = ctx.sentence.tokens;
  let best = -1;
  let bestSim = KIND_SIMILARITY;
  for (let i = 1; i < tokens.length; i += 1) {
    if (tokens[i].pos !== 'NOUN' || tokens[i - 1].pos !== 'PROPN') continue;
    const sim = similarity(id, vectorId(tokens[i].norm));
    if (sim >= bestSim) [best, bestSim] = [i, sim];
  }
  return best;
}

/** A preposition left at the end of a question: "what did he spend the money on?". */
/**
 * Words after the asked verb to the preposition a question leaves at its end: "commission one new
 * work each year from a composer" has an object and a time between them.
 */
const STRANDED_REACH = 6;

const STRANDED = /\b(on|for|about|with|to|from|into|at|in|by|of|against)\s*\??\s*$/i;

/** Whether a question leaves a preposition at its end ("what did she die of?"). */
export const strandsPreposition = (question: string): boolean => STRANDED.test(question);

const STRANDED_HOW = 'object of "';

/** Whether an answer is the object of the question's stranded preposition, as the sentence writes it. */
export const isStrandedObject = (ext: Extraction | null): boolean => ext?.how.startsWith(STRANDED_HOW) === true;

/**
 * "What did he spend the stolen cash on?" / "Part of the money was spent on a villa and cars": the
 * phrase after that preposition where it follows the question's verb in the sentence.
 */
export function strandedObject(ctx: Ctx): Extraction | null {
  const prep = STRANDED.exec(ctx.q.text)?.[1]?.toLowerCase();
  if (!prep) return null;
  const tokens = ctx.sentence.tokens;
  const k = afterQuestionVerb(ctx, STRANDED_REACH, (t) => t.norm === prep) ?? afterCommonVerb(ctx, prep) ?? afterAskedNoun(ctx, prep);
  if (k === undefined || (!phraseStartingAt(tokens, k + 1) && tokens[k + 1]?.pos !== 'VERB')) return null;
  // The rest of the clause: "a holiday villa in southern Spain and a collection of classic cars".
  const text = tidyAnswer(clauseFrom(ctx.sentence, k + 1, 16));
  // "Which messaging app was the paper shared on?" / "shared on a messaging app late on Monday":
  // one of the kind, unnamed, does not say which.
  if (ctx.q.intent === 'which' && INDEFINITE.has(tokens[k + 1].norm) && !startsUpper(tokens[k + 2]?.text ?? '')) return describedName(ctx, k + 1, text);
  return { text, type: 'entity', how: `${STRANDED_HOW}${prep}"`, strength: 0.85 };
}

/**
 * "What was the fence made from?" / "the fence, made of old pallets, …": a common verb the index
 * keeps no term for ("make", "get") is still the question's own by its lemma, and "of" and "from"
 * both tell what a thing is made of or comes of. The preposition's position, if any.
 */
function afterCommonVerb(ctx: Ctx, prep: string): number | undefined {
  const other = OF_FROM.get(prep);
  const tokens = ctx.sentence.tokens;
  // "What was the shed made of?" / "built by his sons in 1990 using railway sleepers": any verb of
  // making tells a material, and "using" opens it as "of" does.
  const material = asksMaterial(ctx.q);
  const opens = (t: Token): boolean => t.norm === prep || t.norm === other || (material && t.norm === 'using');
  for (let v = 0; v < tokens.length; v += 1) {
    if (!unindexedQuestionVerb(ctx, v) && !(material && MATERIAL_VERBS.has(tokens[v].norm))) continue;
    for (let k = v + 1; k <= v + STRANDED_REACH && k < tokens.length && !isClauseEnd(tokens[k]); k += 1) if (opens(tokens[k])) return k;
  }
  return undefined;
}

/**
 * "Which charity is the money for?" / "… was raising money for the Ashby Hospice": the question's
 * noun right before its stranded preposition, written with that preposition after it, ties its
 * object as a verb would. The preposition's position, if any.
 */
function afterAskedNoun(ctx: Ctx, prep: string): number | undefined {
  const noun = strandingNoun(ctx.q);
  if (noun === undefined) return undefined;
  const tokens = ctx.sentence.tokens;
  const terms = ctx.m.doc.terms;
  // (A "which" question asks for a name: "the park in the north" says not which.)
  const named = ctx.q.intent === 'which';
  for (const a of ctx.exact) {
    if (terms[a] !== noun || tokens[a].pos !== 'NOUN' || tokens[a + 1]?.norm !== prep) continue;
    const first = tokens[a + 2]?.pos === 'DET' ? tokens[a + 3] : tokens[a + 2];
    if (!named || first?.pos === 'PROPN') return a + 1;
  }
  return undefined;
}

const STRANDING_NOUN = memoKey<string | null>('the question noun right before a stranded preposition');

/** The term of the noun a question writes right before the preposition it leaves at its end ("the money for?"), once per question. */
function strandingNoun(q: QuestionAnalysis): string | undefined {
  let noun = q.memo.get(STRANDING_NOUN);
  if (noun === undefined) {
    let end = q.tokens.length - 1;
    while (end >= 0 && q.tokens[end].pos === 'PUNCT') end -= 1;
    const before = q.tokens[end - 1];
    noun = before !== undefined && before.pos === 'NOUN' ? termOfWord(before.norm) : null;
    q.memo.set(STRANDING_NOUN, noun);
  }
  return noun ?? undefined;
}

/** "What is the kite made of?", "what were the benches built from?": a thing's material asked. */
const MATERIAL_VERB_WORDS = ['made', 'built', 'carved', 'cast', 'woven', 'constructed'];
const MATERIAL_VERB = `(?:${MATERIAL_VERB_WORDS.join('|')})`;
export const asksMaterial = questionMatches('whether the question asks what a thing is made of', new RegExp(`\\b${MATERIAL_VERB}\\s+(?:out\\s+)?(?:of|from)\\s*\\??\\s*$`, 'i'));
/** "made of", "built mostly from", "carved out of", "built in 1990 using": a thing's material told. */
const MATERIAL_TOLD = new RegExp(`\\b${MATERIAL_VERB}\\s+(?:(?:entirely|mainly|mostly|largely|partly|chiefly)\\s+)?(?:out\\s+of|of|from)\\b|\\b${MATERIAL_VERB}\\b[^,;.]{0,40}?\\busing\\b`, 'i');

/**
 * "What was the raft made from?" / "The raft, built from oil drums and planks, sank": news tells a
 * thing's material in a clause that shares little with the question beyond the thing, and the
 * lead, which names the thing too, outranks it. A sentence telling a material is weighed as the
 * best match where it writes the thing the question names ("what is it made of?" names none).
 */
export function tellsMaterialOfAsked(q: QuestionAnalysis, text: string, d: IndexedSentence): boolean {
  const thing = materialsThing(q.tokens);
  return MATERIAL_TOLD.test(text) && (thing === undefined || d.tf.has(termOfWord(thing.norm)));
}

/** The noun right before the question's verb of making ("the old boat hull made of?"), if a noun stands there ("is it made of?" has none). */
function materialsThing(tokens: readonly Token[]): Token | undefined {
  const verb = tokens.findIndex((t) => MATERIAL_VERBS.has(t.norm));
  const before = tokens[verb - 1];
  return before !== undefined && before.pos === 'NOUN' ? before : undefined;
}

export const MATERIAL_VERBS: ReadonlySet<string> = new Set(MATERIAL_VERB_WORDS);

const OF_FROM: ReadonlyMap<string, string> = new Map([
  ['of', 'from'],
  ['from', 'of'],
]);

const DANGLING = /\b(?:is|are|was|were|be|been|has|have|had|will|would)$/i;
const OPENING_QUOTES = new Set(['“', '"']);
const CLOSING_QUOTES = new Set(['”', '"']);

/** The quoted words that end the clause from `from`, when it ends at a quotation. */
function quotedAt(sentence: Sentence, from: number): string | undefined {
  const { tokens } = sentence;
  let open = from;
  while (open < tokens.length && !isClauseEnd(tokens[open])) open += 1;
  if (!OPENING_QUOTES.has(tokens[open]?.text ?? '')) return undefined;
  let close = open + 1;
  while (close < tokens.length && !CLOSING_QUOTES.has(tokens[close].text)) close += 1;
  return close < tokens.length && close > open + 1 ? tidyAnswer(textOf(sentence, open + 1, close - 1)) : undefined;
}

/**
 * "What should patients do?" / "“Patients should stop using these drops …,” …": what follows the
 * question's modal after its subject.
 */
export function modalPredicate(ctx: Ctx): Extraction | null {
  const modal = WHAT_SHOULD.exec(ctx.q.text.toLowerCase())?.groups?.modal?.split(' ')[0];
  if (modal === undefined) return null;
  const tokens = ctx.sentence.tokens;
  const reported = REPORTED_MODALS.get(modal);
  for (let k = 1; k < tokens.length - 1; k += 1) {
    if (tokens[k].norm !== modal && tokens[k].norm !== reported) continue;
    // The subject right before the modal, or a pronoun for it there ("The federation … said it would seek …").
    const pronoun = SUBJECT_PRONOUNS.has(tokens[k - 1].norm) && ctx.exact.some((a) => a < k - 1);
    if (!pronoun && !ctx.exact.some((a) => a < k && k - a <= 2)) continue;
    const text = tidyAnswer(clauseFrom(ctx.sentence, k + 1, 20));
    if (text) return { text, type: 'entity', how: 'what the subject should do', strength: 0.8 };
  }
  return ADVICE_MODALS.has(modal) ? adviceGiven(ctx) : null;
}

/** The modals a consequence is told with: "the site must close", "the minister could step in". */
const CONSEQUENCE_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will', 'must', 'may', 'might', 'shall', "'ll", 'ca', 'wo']);
/** How far into a sentence a condition still opens it ("“Even if …"). */
const OPENING = 3;
/** Words opening a clause of time or reason, whose modal is no consequence ("before it could be sold"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['before', 'after', 'until', 'because', 'while', 'although', 'though', 'since', 'so']);
/** How strong a consequence told under a condition is ("if it fails, it must close"); one under none is weaker. */
export const CONDITIONED = 0.8;
/** The words that open a condition ("if the bid fails, …", "unless the tests pass …"). */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);

/**
 * "What happens if the bid fails?" / "If no deal is struck, the governor may call a new vote" /
 * "A site rated poor for five years must post a warning": the clause with a modal, outside the
 * condition, from its subject on.
 */
export function consequence(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  const cond = tokens.findIndex((t) => CONDITIONS.has(t.norm));
  // An opening condition ends at its comma; one after the main clause starts where that clause ends.
  let from = 0;
  let to = tokens.length - 1;
  // ("The fence is wired; if a cow leans on it, …": a condition may open a clause after a semicolon.)
  const opens = cond >= 0 && cond - clauseOpening(tokens, cond) <= OPENING;
  if (cond >= 0) {
    const comma = tokens.findIndex((t, i) => i > cond && t.norm === ',');
    if (opens && comma > 0) from = comma + 1;
    else if (!opens) to = cond - 1;
  }
  for (let k = from + 1; k <= to; k += 1) {
    if (!CONSEQUENCE_MODALS.has(tokens[k].norm) || tokens[k].pos === 'NOUN') continue;
    let start = k - 1;
    while (start > from && !isClauseEnd(tokens[start - 1])) start -= 1;
    // ("… checked before it could be weighed": a modal in a clause of time or reason tells no consequence.)
    if (tokens.slice(start, k).some((t) => SUBORDINATORS.has(t.norm))) continue;
    const text = tidyAnswer(clauseFrom(ctx.sentence, start, 24));
    if (text) return { text, type: 'entity', how: 'the consequence told with a modal', strength: cond >= 0 ? CONDITIONED : 0.5 };
  }
  // ("If a cow leans on it, the fence sounds a buzzer": what follows an opening condition is its
  // consequence in any tense.)
  if (from > 0) return consequenceFrom(ctx.sentence, from);
  const main = afterRelativeCondition(tokens);
  return main >= 0 ? consequenceFrom(ctx.sentence, main) : null;
}

function consequenceFrom(sentence: Sentence, at: number): Extraction | null {
  const text = tidyAnswer(clauseFrom(sentence, at, 24));
  return text ? { text, type: 'entity', how: 'the consequence told after its condition', strength: CONDITIONED } : null;
}

/** Where the clause holding token `at` starts: after a semicolon, or at the sentence's start. */
function clauseOpening(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= 0; k -= 1) if (tokens[k].norm === ';') return k + 1;
  return 0;
}

/** A sentence's first noun may be read as a name ("Riders who …"). */
const SUBJECT_NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** How many words may open a clause before its subject's condition: "any stray dog that …". */
const CONDITIONED_SUBJECT_WORDS = 3;

/**
 * "Riders who miss the last ferry are put up at the inn", "… and any hen that stops laying is
 * sold": a subject restricted by a "who"/"that" clause near a clause's start is the condition, and
 * the main verb after it opens the consequence. The index of that verb, or -1.
 */
function afterRelativeCondition(tokens: readonly Token[]): number {
  for (let r = 1; r < tokens.length - 2; r += 1) {
    if (tokens[r].norm !== 'who' && tokens[r].norm !== 'that') continue;
    if (!SUBJECT_NOUN_TAGS.has(tokens[r - 1].pos) || !nearClauseStart(tokens, r - 1)) continue;
    if (tokens[r + 1].pos !== 'VERB' && tokens[r + 1].pos !== 'AUX') continue;
    for (let k = r + 2; k < tokens.length && !isClauseEnd(tokens[k]); k += 1) {
      if (tokens[k].pos === 'AUX') return k;
      // ("Riders who leave a gate unlatched are fined": a participle after the noun is no main verb.)
      if (tokens[k].pos === 'VERB' && NOUN_PHRASE_TAGS.has(tokens[k - 1].pos)) return tokens[k + 1]?.pos === 'AUX' ? k + 1 : k;
    }
  }
  return -1;
}

/** Whether the noun at `at` sits within a few words of its clause's start ("any stray dog"). */
function nearClauseStart(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k >= 0 && at - k <= CONDITIONED_SUBJECT_WORDS; k -= 1) {
    if (k === 0 || isClauseEnd(tokens[k - 1]) || tokens[k - 1].norm === 'and') return true;
  }
  return false;
}

/** The modals of advice: "What should owners do?", "what must residents do?". */
const ADVICE_MODALS: ReadonlySet<string> = new Set(['should', 'must', 'ought']);

/** The verbs news text gives advice in: "Owners are being told to …", "residents were urged to …". */
const ADVISED: ReadonlySet<string> = new Set(['told', 'urged', 'advised', 'asked', 'instructed', 'encouraged']);

/**
 * "What should owners do?" / "Owners are being told to stop riding the bikes": the advice reported
 * in the passive, on the question's subject, is what it should do; what follows "to".
 */
function adviceGiven(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (let k = 1; k < tokens.length - 2; k += 1) {
    if (!ADVISED.has(tokens[k].norm) || tokens[k + 1].norm !== 'to') continue;
    // The subject, then only the passive's auxiliaries ("are being", "have been").
    let a = k - 1;
    while (a >= 0 && tokens[a].pos === 'AUX') a -= 1;
    if (a === k - 1 || !ctx.exact.includes(a)) continue;
    const text = tidyAnswer(clauseFrom(ctx.sentence, k + 2, 20));
    if (text) return { text, type: 'entity', how: 'what the subject should do', strength: 0.8 };
  }
  return null;
}

const WHAT_SHOULD = INTENT_RULES.find((r) => r.name === 'what-should')!.pattern;

/** "What will the federation do?" / "it said it would seek compensation": the modal as reported speech writes it. */
const REPORTED_MODALS: ReadonlyMap<string, string> = new Map([
  ['will', 'would'],
  ['can', 'could'],
]);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we']);

/**
 * "Who got arrested?" / "Two men, a 52-year-old freight forwarder and a 41-year-old warehouse
 * manager, were arrested …": the people the sentence opens on, when it names none and they are the
 * subject of the asked verb.
 */
export function describedDoer(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (const a of ctx.exact) {
    if (tokens[a].pos !== 'VERB' || halfOfHyphened(tokens, a)) continue;
    let end = a - 1;
    while (end >= 0 && (tokens[end].pos === 'AUX' || tokens[end].pos === 'ADV' || tokens[end].pos === 'PART')) end -= 1;
    while (end >= 0 && tokens[end].text === ',') end -= 1;
    if (end < 0 || end >= DOER_MAX) return null;
    let person = false;
    for (let k = 0; k <= end; k += 1) {
      const t = tokens[k];
      // A verb, a name or a quotation mark: no plain description of people.
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PROPN' || t.pos === 'PRON' || t.text === '"' || t.text === '“') return null;
      if (t.pos === 'NOUN' && isPersonNoun(t.norm)) person = true;
    }
    return person ? { text: tidyAnswer(textOf(ctx.sentence, 0, end)), type: 'entity', how: 'the people the sentence opens on', strength: 0.6 } : null;
  }
  return null;
}

/** Words a description of people opening a sentence may run to. */
const DOER_MAX = 20;

/** Verbs of deciding or meaning to do something, whose content is the "to" clause after them. */
const DECIDING: ReadonlySet<string> = new Set('decide agree vote plan promise pledge vow choose opt resolve intend aim propose'.split(' '));

/** Verbs by which someone has another do something: "urged residents to …", "called on the owners to …". */
const DIRECTING: ReadonlySet<string> = new Set('urge call ask press want demand tell encourage order advise instruct direct warn'.split(' '));
const TO_DO = /\bto do\b/i;

/** "What does the union want the owners to do?", "what did the mayor tell residents to do?": the act someone was directed to. */
export const asksDirected = (q: QuestionAnalysis): boolean => TO_DO.test(q.text) && q.tokens.some((t) => DIRECTING.has(t.lemma));

/**
 * The "to" of the first "to"-clause after one of the verbs ("voted 19 to 6 on Thursday night to
 * build …"), within `reach` tokens of its verb and in its clause, or -1.
 */
function toAfterVerb(tokens: readonly Token[], verbs: ReadonlySet<string>, reach: number): number {
  for (let k = 0; k < tokens.length; k += 1) {
    if (tokens[k].pos !== 'VERB' || !verbs.has(tokens[k].lemma)) continue;
    for (let j = k + 1; j < tokens.length - 1 && j - k <= reach && !isClauseEnd(tokens[j]); j += 1) if (tokens[j].norm === 'to' && tokens[j + 1].pos === 'VERB') return j;
  }
  return -1;
}

/**
 * "The mayor urged residents to stay indoors", "the court ordered the firm to pay …": what someone
 * was directed to do, the act after the "to" of a verb of directing, if the sentence gives one.
 */
export function directedAct(sentence: Sentence): string | undefined {
  const to = toAfterVerb(sentence.tokens, DIRECTING, DECISION_REACH);
  return to < 0 ? undefined : tidyAnswer(textOf(sentence, to + 1, actsEnd(sentence.tokens, to + 1)));
}

/**
 * "What did the officer tell people to do?" / "“If you see him, ring us straight away.”": quoted
 * words that bid (a plain verb opening them, or opening the clause after an "if" or "when" one)
 * tell people what to do as surely as an "urged them to".
 */
export function biddenAct(sentence: Sentence): string | undefined {
  const tokens = sentence.tokens;
  let k = 0;
  if (!OPENING_QUOTES.has(tokens[0]?.text ?? '')) return undefined;
  k += 1;
  if (CONDITION_OPENERS.has(tokens[k]?.norm ?? '')) {
    while (k < tokens.length && tokens[k].text !== ',') k += 1;
    k += 1;
  }
  if (tokens[k]?.norm === 'please') k += 1;
  if (!plainVerb(tokens[k], tokens[k + 1])) return undefined;
  const text = tidyAnswer(textOf(sentence, k, actsEnd(tokens, k)));
  return text || undefined;
}

const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'when', 'whenever']);

/**
 * "… urged drivers to slow down, check their tyres and carry a blanket": the acts one is urged to
 * are often a list of verbs in their plain form; each after a comma goes on the list. (Not
 * "…, officials said", nor "…, saying …": no plain verb.)
 */
function actsEnd(tokens: readonly Token[], from: number): number {
  let to = from;
  while (to + 1 < tokens.length && to - from < ACTS_REACH) {
    const next = tokens[to + 1];
    if (isClauseEnd(next) && !(next.text === ',' && plainVerb(tokens[to + 2], tokens[to + 3]))) break;
    to += 1;
  }
  return to;
}

/** A verb in its plain form; one the tagger reads as a noun ("test") is known by the object right after it ("test it weekly"). */
const plainVerb = (t: Token | undefined, after: Token | undefined): boolean =>
  t !== undefined && t.lemma === t.norm && (t.pos === 'VERB' || (t.pos === 'NOUN' && (after?.pos === 'PRON' || after?.pos === 'DET')));

/** How many tokens a list of urged acts may run. */
const ACTS_REACH = 30;

/**
 * "What did the council decide?" / "The council voted 19 to 6 on Thursday to build a footbridge …":
 * what was decided is the "to" clause after a verb of deciding (any of them: the question's may
 * be in other words), past a tally or a time. "What does the union want the owners to do?" / "…
 * called on the owners to sell the title": what someone is urged to do is found alike.
 */
export function decision(ctx: Ctx): Extraction | null {
  if (ctx.q.intent !== 'what') return null;
  const verbs = ctx.q.tokens.some((t) => DECIDING.has(t.lemma)) ? DECIDING : asksDirected(ctx.q) ? DIRECTING : undefined;
  if (verbs === undefined) return null;
  const to = toAfterVerb(ctx.sentence.tokens, verbs, DECISION_REACH);
  if (to < 0) return null;
  const text = tidyAnswer(clauseFrom(ctx.sentence, to, 16));
  return text && !mostlyQuestion(ctx, text) ? { text, type: 'entity', how: WHAT_WAS_DECIDED, strength: 0.8 } : null;
}

/** How a decision is found: its verb of deciding stands for the question's, whichever it is. */
export const WHAT_WAS_DECIDED = 'what was decided';

/** How far after its verb a decision's "to" may come ("voted 19 to 6 on Thursday night to build"). */
const DECISION_REACH = 10;

/**
 * "What did she buy for her grandson?" / "She bought a red bicycle for her grandson in May": the
 * object the question leaves open stands between a verb and the phrase the question writes after
 * its own verb ("for her grandson"), not after that phrase.
 */
function objectBeforeAskedPhrase(ctx: Ctx, anchors: readonly number[]): Extraction | null {
  if (!OBJECT_ASKED.test(ctx.q.text)) return null;
  const tokens = ctx.sentence.tokens;
  for (const b of anchors) {
    const prep = tokens[b - 1]?.pos === 'DET' || tokens[b - 1]?.pos === 'PRON' ? b - 2 : b - 1;
    if (tokens[prep]?.pos !== 'ADP' || !ctx.q.tokens.some((t) => t.norm === tokens[prep].norm)) continue;
    let from = prep - 1;
    while (from >= 0 && from > prep - OBJECT_WORDS && !actsOn(tokens[from]) && !isClauseEnd(tokens[from])) from -= 1;
    if (from < 0 || !actsOn(tokens[from]) || from + 1 >= prep) continue;
    const object = tokens.slice(from + 1, prep);
    if (!object.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') || object.some((t) => t.pos === 'ADP')) continue;
    return { text: tidyAnswer(textOf(ctx.sentence, from + 1, prep - 1)), type: 'entity', how: 'object before the asked phrase', strength: 0.7 };
  }
  return null;
}

/**
 * "What have divers found off Kellby?" / "Divers off Kellby have recovered a bronze bell …": the
 * object of a verb the sentence writes for the question's own ("recovered" for "found"), in a
 * related word or one near it by word vectors, after the question's subject in its clause.
 */
function objectOfLikeVerb(ctx: Ctx): Extraction | null {
  if (!OBJECT_ASKED.test(ctx.q.text)) return null;
  const verbs = likeVerbRows(ctx.q);
  if (verbs.length === 0) return null;
  const tokens = ctx.sentence.tokens;
  const terms = ctx.m.doc.terms;
  for (let v = 1; v < tokens.length - 1; v += 1) {
    const t = tokens[v];
    if (t.pos !== 'VERB' || ctx.questionTerms.has(terms[v] ?? '')) continue;
    const row = vectorId(t.norm);
    if (!verbs.some((x) => x.term === terms[v] || areRelated(x.term, terms[v] ?? '') || (row >= 0 && x.row >= 0 && similarity(x.row, row) >= LIKE_VERB))) continue;
    // The question's subject before it, in its clause.
    let k = v - 1;
    while (k >= 0 && !isClauseEnd(tokens[k]) && !ctx.exact.includes(k)) k -= 1;
    if (k < 0 || !ctx.exact.includes(k)) continue;
    const object = phraseStartingAt(tokens, v + 1);
    if (!object || object.from !== v + 1) continue;
    const words = tokens.slice(object.from, object.to + 1);
    if (!words.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN') || words.every((w, i) => w.pos === 'DET' || ctx.questionTerms.has(terms[object.from + i] ?? ''))) continue;
    return { text: tidyAnswer(textOf(ctx.sentence, object.from, object.to)), type: 'entity', how: 'object of a verb like the question’s', strength: LIKE_OBJECT };
  }
  return null;
}

/**
 * "What does Ana Roth sell?" / "Ana Roth, 41, who runs a flower stall on the quay, said trade was
 * slow": news brings a person in with an aside telling what she does, and where the sentence gives
 * the asked one no verb of the question's, the object of the aside's verb is what she does it to
 * ("a flower stall"), the answer the sentence offers.
 */
function objectInAsideOnAsked(ctx: Ctx, last: number): Extraction | null {
  if (!OBJECT_ASKED.test(ctx.q.text) && !OBJECT_ASKED_BY_NOUN.test(ctx.q.text)) return null;
  // ("What did she do to help?" asks an act, not a thing done to.)
  if (ctx.q.tokens.some((t, i) => i > 1 && t.lemma === 'do' && ctx.q.tokens[i - 2].norm !== 'what')) return null;
  const tokens = ctx.sentence.tokens;
  if (tokens[last].pos !== 'PROPN' || tokens[last + 1]?.text !== ',') return null;
  let k = last + 2;
  // (Past an age: "Ana Roth, 41, who …".)
  if (tokens[k]?.pos === 'NUM' && tokens[k + 1]?.text === ',') k += 2;
  if (tokens[k]?.norm !== 'who') return null;
  k += 1;
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV') k += 1;
  const verb = tokens[k];
  if (verb === undefined || !actsOn(verb) || REPORTING_VERBS.has(verb.lemma)) return null;
  const object = phraseStartingAt(tokens, k + 1);
  if (!object || object.from !== k + 1 || !tokens.slice(object.from, object.to + 1).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  let to = object.to;
  // ("the Salt & Pepper café": one name over its "&"; "a flower stall 18 months ago": not its time.)
  if (tokens[to + 1]?.text === '&' && tokens[to + 2]?.pos === 'PROPN') to = phraseStartingAt(tokens, to + 2)?.to ?? to;
  for (let j = object.from + 1; j <= to; j += 1) if (tokens[j].pos === 'NUM' && tokens[j - 1].pos === 'NOUN') to = j - 1;
  return { text: tidyAnswer(textOf(ctx.sentence, object.from, to)), type: 'entity', how: ASIDE_OBJECT_HOW, strength: ASIDE_OBJECT };
}

const ASIDE_OBJECT = 0.5;
/** How the object of an aside's verb is marked: found in a verb not the question's, by design. */
export const ASIDE_OBJECT_HOW = 'object in an aside on the asked one';
/** "What shop does she run?": a "what" with its noun, then the auxiliary. */
const OBJECT_ASKED_BY_NOUN = /^what [a-z]+ (?:did|does|do|will|would|has|have|had|can|could) /i;

const LIKE_VERB = 0.5;
const LIKE_OBJECT = 0.7;
const LIKE_VERBS = memoKey<{ term: string; row: number }[]>('the question’s own verbs, to find their like in a sentence');

/** The question's verbs that say what is asked (no cue, no light verb), with their word-vector rows: found once per question. */
function likeVerbRows(q: QuestionAnalysis): { term: string; row: number }[] {
  let verbs = q.memo.get(LIKE_VERBS);
  if (!verbs) {
    verbs = q.terms.filter((t) => t.pos === 'VERB' && !t.isCue && !LIGHT_VERBS.has(t.term)).map((t) => ({ term: t.term, row: vectorId(t.word.toLowerCase()) }));
    q.memo.set(LIKE_VERBS, verbs);
  }
  return verbs;
}

/** A verb that takes an object, "had" among them, which wink tags as an auxiliary ("had an egg for breakfast"). */
const actsOn = (t: Token): boolean => t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma === 'have');

/** "What did she buy …", "what does he eat …": a question whose "what" is its verb's object. */
const OBJECT_ASKED = /^what (?:did|does|do|will|would|has|have|had|can|could) (?!\w+ (?:say|said|tell|told|mean)\b)/i;
/** How many words an object before the asked phrase may run to ("a red bicycle"). */
const OBJECT_WORDS = 7;

/**
 * "What was the guard doing when the alarm went off?" / "… rang at 2am while the guard was checking
 * the back gate", "a cyclist, who was delivering parcels at the time, …": what someone was doing at
 * a moment news tells in the progressive, after "while" or "as", or after "was" or "were": the
 * clause from its "-ing" verb is the answer.
 */
export function activityAtTheTime(ctx: Ctx): Extraction | null {
  if (!asksActivity(ctx.q)) return null;
  for (let k = activityFrom(ctx.sentence.tokens, 1); k >= 0; k = activityFrom(ctx.sentence.tokens, k + 1)) {
    const text = tidyAnswer(clauseFrom(ctx.sentence, k, ACTIVITY_WORDS));
    if (text && !mostlyQuestion(ctx, text)) return { text, type: 'entity', how: ACTIVITY, strength: ACTIVITY_STRENGTH };
  }
  return null;
}

/** How an act in progress at the asked moment is marked. */
export const ACTIVITY = 'what the asked one was doing';

/** Where, from `from` on, an "-ing" verb after "while"/"as" or "was"/"were" opens an act in progress; -1 where none does. */
function activityFrom(tokens: readonly Token[], from: number): number {
  for (let k = Math.max(1, from); k < tokens.length; k += 1) {
    const t = tokens[k];
    if (!t.norm.endsWith('ing') || t.norm === 'being' || t.norm === 'going') continue;
    // ("while checking the nets": the tagger may call an "-ing" right after "while" a noun.)
    if (t.pos !== 'VERB' && !(t.pos === 'NOUN' && WHILE.has(tokens[k - 1].norm))) continue;
    let j = k - 1;
    if (tokens[j].pos === 'ADV') j -= 1;
    const before = tokens[j];
    if (before !== undefined && (PROGRESSIVE_OPENERS.has(before.norm) || (before.pos === 'AUX' && PAST_BE.has(before.norm)))) return k;
    if (t.pos === 'VERB' && before?.text === ',' && whenAfter(tokens, k)) return k;
  }
  return -1;
}

/**
 * Whether a "when" follows the "-ing" at `k` in its clause: "…, mending a net when the wave hit"
 * tells what was going on at the moment the "when" names, as "was mending" would.
 */
function whenAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j - k <= ACTIVITY_WORDS && !isClauseEnd(tokens[j]); j += 1) if (tokens[j].norm === 'when') return true;
  return false;
}

/**
 * Whether a sentence tells an act in progress ("… while two porters were loading the van"): it
 * seldom shares the question's words for the moment ("when the thieves came in"), so it is weighed
 * as the best match is.
 */
export const tellsActivity = (sentence: Sentence): boolean => activityFrom(sentence.tokens, 1) >= 0;

/** "What was she doing when …", "what were they up to at the time": an act going on at a moment. */
const ASKS_ACTIVITY = /\b(?:doing|up to)\b.*\b(?:when|while|as|at the time|before)\b/i;
export const asksActivity = questionMatches('whether the question asks what someone was doing at a moment', ASKS_ACTIVITY);
const WHILE: ReadonlySet<string> = new Set(['while', 'whilst']);
const PROGRESSIVE_OPENERS: ReadonlySet<string> = new Set([...WHILE, 'as']);
const PAST_BE: ReadonlySet<string> = new Set(['was', 'were']);
const ACTIVITY_WORDS = 10;
const ACTIVITY_STRENGTH = 0.85;

/**
 * "What was he charged with?" / "Kell, 41, pleaded guilty to two counts of arson", "… held on
 * suspicion of fraud", "… admitted careless driving": court and police reports give the offence
 * after one of a few set phrases, whatever the question's own verb ("charged", "convicted",
 * "accused", "suspected"); the phrase after it is the offence. Not "charged tenants £60": a
 * charge of money is no offence.
 */
export const offenceCharged = (ctx: Ctx): Extraction | null => offence.extract(ctx);

/** Whether a sentence gives an offence after one of the courts' set phrases. */
export const tellsOffence = (sentence: Sentence): boolean => offence.tells(sentence);

/**
 * The offence a sentence gives after one of the courts' set phrases, or "". ("jailed for four
 * years" gives a length, not an offence: a phrase opening on a number is passed over for a later one.)
 */
function offenceIn(sentence: Sentence): string {
  for (const cue of sentence.text.matchAll(OFFENCE_CUE)) {
    const at = cue.index + cue[0].length;
    const k = sentence.tokens.findIndex((t) => t.start >= at);
    if (k < 0 || opensOnLength(sentence.tokens, k)) continue;
    const text = tidyAnswer(clauseFrom(sentence, k, OFFENCE_WORDS));
    if (text) return text;
  }
  return '';
}

/** "jailed for four years", "for a total of seven years", "for up to six months": a length, not an offence. */
function opensOnLength(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].norm === 'life') return true;
  for (let j = k; j < Math.min(tokens.length - 1, k + LENGTH_REACH); j += 1) if (tokens[j].pos === 'NUM' && LENGTH_UNITS.has(tokens[j + 1].norm)) return true;
  return false;
}

const LENGTH_REACH = 4;
const LENGTH_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hours']);

/**
 * "What injuries did the rider suffer?" / "Kemp, who broke his wrist in the fall, …", "was treated
 * for a broken leg and burns", "suffered a fractured skull": news tells an injury by a few words of
 * breaking and hurting the body, or after "suffered" or "treated for"; the phrase from there is it.
 */
export const injuryTold = (ctx: Ctx): Extraction | null => injury.extract(ctx);

/** The injury a sentence tells, or "". */
function injuryIn(sentence: Sentence): string {
  const tokens = sentence.tokens;
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k];
    let from = -1;
    // "suffered a broken collarbone", "treated for burns": the injury follows.
    if ((INJURY_INTRODUCERS.has(t.lemma) && t.pos === 'VERB') || (t.norm === 'for' && tokens[k - 1]?.lemma === 'treat')) from = k + 1;
    // "broke her collarbone", "a broken leg", "with burns to his hands".
    else if (INJURY_WORDS.has(t.norm)) from = tokens[k - 1]?.pos === 'DET' ? k - 1 : k;
    if (from < 0 || from >= tokens.length || !injuryWordNear(tokens, from)) continue;
    const text = tidyAnswer(clauseFrom(sentence, from, INJURY_SPAN));
    if (text) return text;
  }
  return '';
}

/** Whether an injury word stands within a few words from `from` ("a fractured skull", "serious burns"). */
function injuryWordNear(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + INJURY_REACH); j += 1) if (INJURY_WORDS.has(tokens[j].norm)) return true;
  return false;
}

/** Whether a sentence tells an injury. */
export const tellsInjury = (sentence: Sentence): boolean => injury.tells(sentence);

const INJURY_INTRODUCERS: ReadonlySet<string> = new Set(['suffer', 'sustain']);
/** The words news tells a hurt body by. */
const INJURY_WORDS: ReadonlySet<string> = new Set(
  'broke broken fractured fracture fractures sprained dislocated burns bruises bruising cuts concussion hypothermia whiplash'.split(' '),
);
const INJURY_REACH = 4;
const INJURY_SPAN = 10;
const INJURY_STRENGTH = 0.9;
/** How an injury told by its words is marked. */
export const INJURY = 'the injury told';
/** "What injury did he suffer?", "what injuries has she had?" */
const ASKS_INJURY = /^what (?:kind of |sort of )?injur(?:y|ies)\b/i;
/** Whether the question asks what injury someone had. */
export const asksInjury = questionMatches('whether the question asks what injury someone had', ASKS_INJURY);

/**
 * "What is she worried about?", "what's his worry?", "what do residents fear?" / "Cole said she was
 * worried about flooding", "Ames warned that the road would be gridlocked", "Her biggest fear, she
 * said, is losing the bus": news gives a concern after a word of worrying, fearing or warning; the
 * clause after it is the concern.
 */
export const concernTold = (ctx: Ctx): Extraction | null => concern.extract(ctx);

/** The concern a sentence gives after a word of worrying, or "". */
function concernIn(sentence: Sentence): string {
  const tokens = sentence.tokens;
  for (let k = 0; k < tokens.length; k += 1) {
    if (!CONCERN_WORDS.has(tokens[k].norm)) continue;
    let from = k + 1;
    // ("Her biggest fear, she said, is …": past the speaker's aside.)
    if (tokens[from]?.text === ',') {
      let close = from + 1;
      while (close < tokens.length && close - from <= CONCERN_ASIDE && tokens[close].text !== ',') close += 1;
      if (tokens[close]?.text === ',') from = close + 1;
    }
    while (from < tokens.length && CONCERN_LINKS.has(tokens[from].norm)) from += 1;
    if (from >= tokens.length || isClauseEnd(tokens[from])) continue;
    const text = tidyAnswer(clauseFrom(sentence, from, CONCERN_SPAN));
    if (text) return text;
  }
  return '';
}

/** Whether a sentence gives a concern. */
export const tellsConcern = (sentence: Sentence): boolean => concern.tells(sentence);

/** Whether a sentence names a cause after a verb of blaming. */
export const tellsBlame = (sentence: Sentence): boolean => blame.tells(sentence);

/** Whether a sentence gives a period by its ends or its length. */
export const tellsPeriod = (sentence: Sentence): boolean => period.tells(sentence);

const CONCERN_WORDS: ReadonlySet<string> = new Set('worried worry worries worrying concerned concern concerns feared fear fears fearing warned warning warns afraid anxious'.split(' '));
/** Words between the concern's word and the concern: "worried about", "warned that", "fear is that". */
const CONCERN_LINKS: ReadonlySet<string> = new Set(['about', 'that', 'over', 'of', 'for', 'was', 'is', 'were', 'are']);
const CONCERN_ASIDE = 5;
const CONCERN_SPAN = 16;
const CONCERN_STRENGTH = 0.85;
/** How a concern told after a word of worrying is marked. */
export const CONCERN = 'the concern told';
/** "What is she worried about?", "what's his worry?", "what do they fear?" */
const ASKS_CONCERN = /^what(?:'s|s|\s+is|\s+was|\s+are|\s+were|\s+do|\s+does|\s+did)?\b.*\b(?:worr(?:y|ied|ies)|concern(?:ed|s)?|fears?|afraid|anxious)\b/i;
/** Whether the question asks what someone is worried about. */
export const asksConcern = questionMatches('whether the question asks what someone is worried about', ASKS_CONCERN);

/**
 * "What are the strikers asking for?", "what does the petition want?" / "The union is calling for a
 * 6% rise", "the group has demanded a full inquiry": news gives a demand after a word of asking,
 * calling for or wanting, under any of those words; the clause after it is the demand.
 */
export const demandTold = (ctx: Ctx): Extraction | null => demand.extract(ctx);

/** The demand a sentence gives after a word of asking for or wanting, or "". */
function demandIn(sentence: Sentence): string {
  const tokens = sentence.tokens;
  for (let k = 0; k < tokens.length - 1; k += 1) {
    const word = tokens[k].norm;
    const from = DEMAND_WORDS.has(word) ? k + 1 : ASKING_WORDS.has(word) && tokens[k + 1].norm === 'for' ? k + 2 : -1;
    if (from < 0 || from >= tokens.length || isClauseEnd(tokens[from])) continue;
    const text = tidyAnswer(clauseFrom(sentence, from, DEMAND_SPAN));
    if (text) return text;
  }
  return '';
}

/** Words a demand follows outright: "wants the road reopened", "demanded an apology". */
const DEMAND_WORDS: ReadonlySet<string> = new Set('want wants wanted demand demands demanded demanding requested'.split(' '));
/** Words a demand follows after "for": "calling for a ban", "asked for two more buses". */
const ASKING_WORDS: ReadonlySet<string> = new Set('ask asks asked asking call calls called calling push pushing pushed appeal appealed appealing'.split(' '));
const DEMAND_SPAN = 16;
const DEMAND_STRENGTH = 0.85;
/** How a demand told after a word of asking is marked. */
export const DEMAND = 'the demand told';
/** "What are they asking for?", "what does she want?", "what has the union called for?", "what did they request?" */
const ASKS_DEMAND = /^(?:and |so )?what\b(?!.*\bwant(?:s|ed)? to\b).*\b(?:want(?:s|ed)?|(?:ask|call|push|appeal)(?:s|ed|ing)? for|demand(?:s|ed|ing)?|request(?:s|ed|ing)?)\b/i;
/** Whether the question asks what someone is asking for. */
export const asksDemand = questionMatches('whether the question asks what someone is asking for', ASKS_DEMAND);

/**
 * "What did the firm blame for the delay?", "what did she put the loss down to?" / "The firm blamed
 * a shortage of steel", "she blamed the loss on a late puncture", "the delay was caused by flooding":
 * the cause a party names follows its verb of blaming, after "on" or "down to" where the verb names
 * the outcome first, and stops at "for" where the outcome follows.
 */
export const blameTold = (ctx: Ctx): Extraction | null => blame.extract(ctx);

/** The cause a sentence names after a verb of blaming, or "". */
function blameIn(sentence: Sentence): string {
  const tokens = sentence.tokens;
  for (let k = 0; k < tokens.length - 1; k += 1) {
    const from = causeAfter(tokens, k);
    if (from < 0 || from >= tokens.length || isClauseEnd(tokens[from])) continue;
    const text = tidyAnswer(clauseFrom(sentence, from, BLAME_SPAN).replace(BLAMED_FOR_REST, ''));
    if (text) return text;
  }
  return '';
}

/** Where the cause begins after a verb of blaming at `k` ("blamed X on |…", "put X down to |…", "caused by |…"), or -1. */
function causeAfter(tokens: readonly Token[], k: number): number {
  const word = tokens[k].norm;
  if (word === 'caused') return tokens[k + 1].norm === 'by' ? k + 2 : -1;
  const blames = BLAME_WORDS.has(word);
  if (!blames && word !== 'put') return -1;
  // ("was blamed for …", "blamed by residents": the cause is the subject, or the blamer follows.)
  if (blames && (tokens[k + 1].norm === 'for' || tokens[k + 1].norm === 'by')) return -1;
  // (The outcome blamed on a cause is one the reader knows: "blamed the delay on …", not "blamed a
  // power cut on the estate".)
  const known = KNOWN_OUTCOME.has(tokens[k + 1].norm);
  for (let j = k + 1; j < tokens.length && j - k <= BLAME_OUTCOME && !isClauseEnd(tokens[j]); j += 1) {
    if (blames && known && tokens[j].norm === 'on') return j + 1;
    if (tokens[j].norm === 'down' && tokens[j + 1]?.norm === 'to') return j + 2;
  }
  return blames ? k + 1 : -1;
}

const BLAME_WORDS: ReadonlySet<string> = new Set('blame blames blamed blaming'.split(' '));
const KNOWN_OUTCOME: ReadonlySet<string> = new Set('the its their his her this that these those it them'.split(' '));
/** Words from a verb of blaming to its "on" or "down to": "blamed the sharp fall in sales on …". */
const BLAME_OUTCOME = 7;
/** "blamed heavy rain for the flooding": the outcome blamed on the cause is no part of it. */
const BLAMED_FOR_REST = /\s+for\s.*$/i;
const BLAME_SPAN = 16;
const BLAME_STRENGTH = 0.85;
/** How a cause told after a verb of blaming is marked. */
export const BLAME = 'the cause blamed';
/** "What did they blame?", "what does she blame for the fall?", "what did he put it down to?" (not "what do they blame him for?", which asks the fault). */
const ASKS_BLAME = /^(?:and |so )?what\b(?!.*\bfor\s*\??$).*\b(?:blam(?:e|es|ed|ing)|put .+ down to)\b/i;
/** Whether the question asks what someone blames. */
export const asksBlame = questionMatches('whether the question asks what someone blames', ASKS_BLAME);

/**
 * "Over what period did the thefts go on?" / "… between March 2021 and May 2023", "from 2018 to
 * 2022", "over six weeks in the spring": a period is told by its two ends or by its length after
 * "over".
 */
export const periodTold = (ctx: Ctx): Extraction | null => period.extract(ctx);

/** The period a sentence gives by its ends or its length, or "". */
const periodIn = (sentence: Sentence): string => PERIOD_TOLD.exec(sentence.text)?.[0] ?? '';

const MONTH_OR_YEAR = '(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: (?:19|20)\\d\\d)?|(?:19|20)\\d\\d)';
const COUNT_WORD = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a number of)';
const PERIOD_TOLD = new RegExp(
  `\\bbetween ${MONTH_OR_YEAR} and ${MONTH_OR_YEAR}|\\bfrom ${MONTH_OR_YEAR} (?:to|until) ${MONTH_OR_YEAR}|\\bover (?:(?:almost|about|nearly|around|more than|just over|roughly) )?${COUNT_WORD} (?:days|weeks|months|years)(?: (?:in|between|from) ${MONTH_OR_YEAR}(?: (?:and|to) ${MONTH_OR_YEAR})?)?`,
);
const PERIOD_STRENGTH = 0.85;
/** How a period told by its ends or length is marked. */
export const PERIOD_GIVEN = 'the period told';
/** "Over what period …?", "what period did it cover?" */
const ASKS_PERIOD = /\b(?:over|during|in|for) what (?:period|time ?span|span of time|length of time)\b|^what (?:period|time ?span)\b/i;
/** Whether the question asks over what period something went on. */
export const asksPeriod = questionMatches('whether the question asks over what period', ASKS_PERIOD);

/**
 * "What did Ann Cole do before she retired?", "what did he use to do for a living?" / "retired
 * postman Ben Ames, 71, …", "Cole, a former nurse, said …": news gives someone's past work as a
 * "retired" or "former" title on the name, before it or in an apposition after it.
 */
export function formerWork(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (let k = 0; k + 1 < tokens.length; k += 1) {
    if (!FORMER_MARKS.has(tokens[k].norm)) continue;
    let to = k + 1;
    // ("a former lock-keeper": a hyphen joins one word.)
    while (to < tokens.length && (tokens[to].pos === 'ADJ' || tokens[to].pos === 'NOUN' || (tokens[to].text === '-' && tokens[to + 1]?.pos === 'NOUN')) && to - k <= FORMER_TITLE_WORDS) to += 1;
    to -= 1;
    if (to <= k || tokens[to].pos !== 'NOUN') continue;
    // The title on the asked one: the name right after it, or before it over ", a".
    const from = tokens[k - 1]?.pos === 'DET' ? k - 1 : k;
    const nameAfter = ctx.exact.includes(to + 1);
    const nameBefore = tokens[from - 1]?.text === ',' && ctx.exact.some((a) => a >= from - 4 && a < from - 1);
    if (!nameAfter && !nameBefore) continue;
    return { text: tidyAnswer(textOf(ctx.sentence, from, to)), type: 'entity', how: 'the work the asked one did before', strength: FORMER_STRENGTH };
  }
  return null;
}

/**
 * "What was the building before?" / "opened in 2009 in a former chapel", "in what had been a
 * forge", "after turning an old barn into a studio", "built in 1890 as a school", "was used as a
 * dance hall": the place's earlier use, as the noun phrase such a mark introduces.
 */
export function formerUse(ctx: Ctx): Extraction | null {
  const span = formerUseSpan(ctx.sentence.tokens);
  return span && { text: tidyAnswer(textOf(ctx.sentence, span.from, span.to)), type: 'description', how: FORMER_USE, strength: FORMER_STRENGTH };
}

export const FORMER_USE = 'the earlier use of the place';

/** Where a sentence's earlier use of a place is written, as the noun phrase after its mark. */
export function formerUseSpan(tokens: readonly Token[]): { from: number; to: number } | null {
  for (let k = 0; k + 1 < tokens.length; k += 1) {
    const from = afterFormerUseMark(tokens, k);
    if (from === undefined) continue;
    const to = commonNounPhraseEnd(tokens, from);
    // "a former chapel" is a place's past; "former chief executive Ada Moll" a person's title.
    if (to !== undefined && tokens[to + 1]?.pos !== 'PROPN') return { from: withArticle(tokens, from), to };
  }
  return null;
}

/** The phrase with its "a" or "the", and its "former" or "converted", as a reader says it ("a former chapel"). */
function withArticle(tokens: readonly Token[], from: number): number {
  const k = PLACE_PAST_MARKS.has(tokens[from - 1]?.norm ?? '') ? from - 1 : from;
  return tokens[k - 1]?.pos === 'DET' ? k - 1 : k;
}

/** Where the noun phrase a mark of earlier use introduces at `k` opens: after "former", "what had been", "turning", "built … as". */
function afterFormerUseMark(tokens: readonly Token[], k: number): number | undefined {
  const t = tokens[k];
  if (PLACE_PAST_MARKS.has(t.norm)) return k + 1;
  if (t.norm === 'what' && tokens[k + 1]?.norm === 'had' && tokens[k + 2]?.norm === 'been') return INDEFINITE.has(tokens[k + 3]?.norm ?? '') ? k + 4 : k + 3;
  if (TURNING.has(t.norm) && INDEFINITE.has(tokens[k + 1]?.norm ?? '')) {
    const end = commonNounPhraseEnd(tokens, k + 2);
    return end !== undefined && tokens[end + 1]?.norm === 'into' ? k + 2 : undefined;
  }
  // "built in 1893 as a school": a short phrase may come between.
  if (t.norm === 'as' && INDEFINITE.has(tokens[k + 1]?.norm ?? '') && [1, 2, 3].some((b) => BUILT_OR_USED.has(tokens[k - b]?.norm ?? ''))) return k + 2;
  return undefined;
}

/** The last word of the common-noun phrase (adjectives and nouns, a possessive "saddler's" within) that opens at `from`. */
function commonNounPhraseEnd(tokens: readonly Token[], from: number): number | undefined {
  let to = from;
  // ("a converted milking parlour": a gerund before the noun names its use.)
  const inPhrase = (t: Token, next: Token | undefined): boolean => t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PART' || ((t.text === '-' || /ing$/.test(t.norm)) && next?.pos === 'NOUN');
  while (to < tokens.length && to - from < PLACE_PHRASE_WORDS && inPhrase(tokens[to], tokens[to + 1])) to += 1;
  to -= 1;
  while (to >= from && tokens[to].pos !== 'NOUN') to -= 1;
  return to >= from ? to : undefined;
}

const PLACE_PAST_MARKS: ReadonlySet<string> = new Set(['former', 'converted', 'disused']);
const TURNING: ReadonlySet<string> = new Set(['turning', 'turned', 'converting', 'transforming', 'transformed']);
const BUILT_OR_USED: ReadonlySet<string> = new Set(['built', 'used', 'opened', 'designed']);
const PLACE_PHRASE_WORDS = 5;

/** "What did she do before she retired?", "what did he use to do?", "what did she do for a living before …?" */
const ASKS_FORMER_WORK = /^wh?at (?:did|does) .+ (?:used? to do|do (?:for a living |for work )?before|do for a living before)\b/i;
const FORMER_MARKS: ReadonlySet<string> = new Set(['retired', 'former', 'ex']);
const FORMER_TITLE_WORDS = 4;
const FORMER_STRENGTH = 0.9;

/** Whether the question asks what someone did for a living before. */
export const asksFormerWork = questionMatches('whether the question asks what someone did for a living before', ASKS_FORMER_WORK);

/** "What was she charged with?", "what are they accused of?", "what was he jailed for?" */
const ASKS_OFFENCE = /\b(?:charged with|convicted of|accused of|suspected of|arrested for|jailed for|sentenced for|found guilty of|plead(?:ed)? guilty to|admit(?:ted)?|prosecuted for|on trial for)\b/i;
/** Whether the question asks the offence someone is charged with. */
export const asksOffence = questionMatches('whether the question asks the offence someone is charged with', ASKS_OFFENCE);
/** The set phrases an offence follows: "charged on Friday with", "faced charges of", "on suspicion of", "pleaded guilty at Yarnick Crown Court to", "sentenced the firm's owner, Al Dent, to two years in prison for". */
const OFFENCE_CUE =
  /\b(?:charged (?:\w+ ){0,3}?with|charges? of|(?:on|under) suspicion of|suspected of|accused of|convicted of|acquitted of|cleared of|found guilty of|guilty (?:[\w'’-]+ ){0,8}?to|admit(?:ted|ting|s)?|(?:jailed|sentenced|imprisoned|arrested|prosecuted) (?:\w+ ){0,3}?for|sentenced (?:[\w'’,-]+ ){1,8}?to (?:[\w-]+ ){1,4}?(?:in (?:prison|jail) )?for|(?:acquitted|cleared|convicted) (?:[\w'’-]+ ){0,5}?of)\s+/gi;
const OFFENCE_WORDS = 16;
const OFFENCE_STRENGTH = 0.9;
/** How an offence after a set phrase of the courts is marked. */
export const OFFENCE = 'the offence charged';

/**
 * A phrase a sentence tells after cue words of its own (an offence, an injury, a concern), found at
 * its first use and kept with the sentence, and the answer it gives unless the question wrote it.
 */
function toldPhrase(find: (sentence: Sentence) => string, how: string, strength: number): { extract: (ctx: Ctx) => Extraction | null; tells: (sentence: Sentence) => boolean } {
  const found = new WeakMap<Sentence, string>();
  const phraseOf = (sentence: Sentence): string => {
    let text = found.get(sentence);
    if (text === undefined) found.set(sentence, (text = find(sentence)));
    return text;
  };
  return {
    extract: (ctx) => {
      const text = phraseOf(ctx.sentence);
      return text && !mostlyQuestion(ctx, text) ? { text, type: 'entity', how, strength } : null;
    },
    tells: (sentence) => phraseOf(sentence) !== '',
  };
}

const offence = toldPhrase(offenceIn, OFFENCE, OFFENCE_STRENGTH);
const injury = toldPhrase(injuryIn, INJURY, INJURY_STRENGTH);
const concern = toldPhrase(concernIn, CONCERN, CONCERN_STRENGTH);
const demand = toldPhrase(demandIn, DEMAND, DEMAND_STRENGTH);
const period = toldPhrase(periodIn, PERIOD_GIVEN, PERIOD_STRENGTH);
const blame = toldPhrase(blameIn, BLAME, BLAME_STRENGTH);

/**
 * "What colour are the buoys?" / "… marked by its orange harbour buoys", "lit in green neon": a
 * colour is told by an adjective in the asked thing's own phrase, a few words before its noun; the
 * answer runs from it to that noun ("orange harbour buoys").
 */
export function colourOfAsked(ctx: Ctx): Extraction | null {
  if (!asksColour(ctx.q)) return null;
  const tokens = ctx.sentence.tokens;
  for (const a of ctx.exact) {
    if (tokens[a].pos !== 'NOUN' || COLOUR_NOUNS.has(tokens[a].norm)) continue;
    for (let k = a - 1; k >= Math.max(0, a - COLOUR_REACH) && !isClauseEnd(tokens[k]) && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'ADP'; k -= 1) {
      if (tokens[k].norm.split('-').some((w) => COLOURS.has(w))) return { text: textOf(ctx.sentence, k, a), type: 'entity', how: 'colour of the asked thing', strength: COLOUR_STRENGTH };
    }
  }
  return null;
}

/** "What colour is …", "what color were …". */
const ASKS_COLOUR = /^what colou?rs? /i;
const asksColour = questionMatches('whether the question asks a colour', ASKS_COLOUR);
const COLOUR_NOUNS: ReadonlySet<string> = new Set(['colour', 'color', 'colours', 'colors']);
/** Words back from the asked noun to a colour in its phrase: "the dogs' purple hospice bandanas". */
const COLOUR_REACH = 4;
const COLOUR_STRENGTH = 0.9;

/** "What …" without a typed answer: the part of the sentence the question leaves open. */
export function openSlot(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  const anchors = ctx.exact.length > 0 ? ctx.exact : ctx.anchors;
  if (anchors.length === 0) return null;
  const valued = valueOfAskedNoun(ctx);
  if (valued) return valued;
  let k = anchors[0] - 1;
  while (k >= 0 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV')) k -= 1;
  const predicateAsked = k >= 0 && (tokens[k].pos === 'AUX' || (tokens[k].pos === 'VERB' && !anchors.includes(k)));
  const rest = predicateAsked && describesSubject(ctx.q, tokens[k]) ? null : slotAfterAskedWords(ctx, anchors);
  if (!predicateAsked) return rest;
  // "What rating did the home get?" / "A care home … has been rated inadequate": a sentence telling
  // the asked predicate around the question's words answers as surely as its subject would, and
  // what follows them is the answer.
  // ("Which firm ran the sale?" asks for a name of its kind, which the subject is, not what follows.)
  if (rest !== null && rest.strength >= FOLLOWING_STRENGTH && ctx.q.intent !== 'which') {
    rest.strength = Math.max(rest.strength, PREDICATE_TOLD);
    return rest;
  }
  // The question describes the predicate ("what was a stunning prize"): the answer is the subject.
  const s = subjectBefore(tokens, k + 1) ?? phraseStartingAt(tokens, 0, 20);
  // "she", "we": a pronoun names nothing the reader can use.
  if (s && !(s.from === s.to && tokens[s.from].pos === 'PRON')) return { text: tidyAnswer(textOf(ctx.sentence, s.from, s.to)), type: 'entity', how: 'subject of the asked predicate', strength: PREDICATE_TOLD };
  return rest;
}

const PREDICATE_TOLD = 0.8;

/** "What is the reward …?", "what was the fine?": the noun a question asks the value of. */
const VALUE_NOUN = memoKey<string>('the noun a question asks the value of, or ""');
const VALUE_NOUN_ASKED = /^what(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|a|an|its|their|his|her)\s+([a-z-]+)/i;

/**
 * "What is the reward for information?" / "Police offered a reward of £20,000 for information": the
 * value written after the asked noun's "of".
 */
function valueOfAskedNoun(ctx: Ctx): Extraction | null {
  // (Read once per question: every candidate sentence asks.)
  let noun = ctx.q.memo.get(VALUE_NOUN);
  if (noun === undefined) ctx.q.memo.set(VALUE_NOUN, (noun = VALUE_NOUN_ASKED.exec(ctx.q.text)?.[1]?.toLowerCase() ?? ''));
  if (noun === '') return null;
  const tokens = ctx.sentence.tokens;
  for (let k = 0; k + 2 < tokens.length; k += 1) {
    if (tokens[k].norm !== noun || tokens[k].pos !== 'NOUN' || tokens[k + 1].norm !== 'of') continue;
    let from = k + 2;
    while (QUALIFIERS.has(tokens[from]?.norm ?? '')) from += 1;
    let to = from;
    if (tokens[to]?.pos === 'SYM') to += 1;
    if (tokens[to]?.pos !== 'NUM') continue;
    while (tokens[to + 1]?.pos === 'NUM') to += 1;
    // ("a fine of 500 euros", "a depth of 30 metres": its unit.)
    if (tokens[to + 1]?.pos === 'NOUN' && tokens[to + 2]?.norm !== 'of') to += 1;
    return { text: tidyAnswer(textOf(ctx.sentence, k + 2, to)), type: 'entity', how: 'value of the asked noun', strength: 0.85 };
  }
  return null;
}

/** What the words after the question's own are worth as its answer when they name nothing in particular. */
const FOLLOWING_STRENGTH = 0.35;

/**
 * "What was a stunning prize for the rebels?" / "The city was a stunning prize for …": "what" with
 * "is" or "was" describes the sentence's subject by its copula's complement.
 */
function describesSubject(q: QuestionAnalysis, before: Token): boolean {
  const [what, be] = q.tokens;
  // ("What was it rated?" asks a passive's complement, which follows.)
  return what?.norm === 'what' && be?.lemma === 'be' && before.lemma === 'be' && !q.tokens.some((t, i) => i > 1 && t.pos === 'VERB');
}

/** The part of the sentence a "what" question leaves open, past the question's words. */
function slotAfterAskedWords(ctx: Ctx, anchors: readonly number[]): Extraction | null {
  const tokens = ctx.sentence.tokens;
  const last = anchors[anchors.length - 1];
  const doer = subjectOfAskedVerb(ctx);
  if (doer) return doer;
  const between = objectBeforeAskedPhrase(ctx, anchors);
  if (between) return between;
  // Otherwise what follows the question's last word ("forces are attacking insurgents in …").
  let from = last + 1;
  while (from < tokens.length && (tokens[from].pos === 'AUX' || tokens[from].pos === 'PART' || tokens[from].norm === 'to') && tokens[from].lemma !== 'have') from += 1;
  // (Nothing follows them: the object of a verb like the question's may still be written.)
  if (from >= tokens.length || isClauseEnd(tokens[from])) return objectOfLikeVerb(ctx) ?? objectInAsideOnAsked(ctx, last);
  // "A rocket carrying a new weather satellite exploded …": the object of the question's verb ends
  // where the sentence's own verb begins.
  const object = tokens[last].pos === 'VERB' ? phraseStartingAt(tokens, from) : undefined;
  const named = object !== undefined && tokens.slice(object.from, object.to + 1).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (object && named && (tokens[object.to + 1]?.pos === 'VERB' || tokens[object.to + 1]?.pos === 'AUX')) {
    return { text: tidyAnswer(textOf(ctx.sentence, object.from, object.to)), type: 'entity', how: 'object of the question’s verb', strength: 0.7 };
  }
  // "Which councillor resigned?" / "A local councillor resigned on Monday": a time or place after
  // the verb is hardly the one asked about.
  const adverbial = ctx.q.intent === 'which' && tokens[from].pos === 'ADP';
  // "What does the mayor plan?" / "The mayor said the city would …": where the question's words end
  // at a speaker, what follows is the words reported, not the verb that reports them.
  const said = tokens[from].pos === 'VERB' && REPORTING_VERBS.has(tokens[from].lemma) ? wordsReported(ctx.sentence, from) : '';
  const text = said || tidyAnswer(clauseFrom(ctx.sentence, from, 12));
  // "What model of drone was used?" / "… was flown over the site on Thursday morning": a bare time
  // is no thing of the kind a what-noun asks for, unless that noun is one of time ("what date").
  const focus = ctx.q.focus?.word.toLowerCase();
  if (ctx.q.intent === 'what' && focus !== undefined && !TIME_NOUNS.has(focus) && asksByNoun(ctx.q) && BARE_TIME.test(text)) return { text, type: 'entity', how: FOLLOWING_WORDS, strength: 0.1 };
  // "What was the van carrying?" / "… the van was carrying this spring": a time told only against now
  // or another event ("each year", "at the same time") is no thing, unless the question asks a time.
  if (ctx.q.intent === 'what' && BARE_PERIOD.test(text) && !asksTimeByNoun(ctx.q)) return { text, type: 'entity', how: FOLLOWING_WORDS, strength: 0.1 };
  // "gone", "described as": words naming nothing answer little.
  const naming = namesSomething(tokens, from, 12);
  // "the project had been “a textbook example of poor planning”": a clause cut off at its verb
  // goes on in the quoted words, and says nothing without them.
  const dangling = DANGLING.test(text);
  const quoted = dangling ? quotedAt(ctx.sentence, from) : undefined;
  if (quoted) return { text: quoted, type: 'entity', how: 'the quoted words after the question words', strength: 0.7 };
  const objectOfAsked = naming && tokens[last].pos === 'VERB' && ctx.q.intent === 'what' && askedVerbsObject(ctx);
  return text ? { text, type: 'entity', how: FOLLOWING_WORDS, strength: adverbial || dangling ? 0.2 : objectOfAsked ? ASKED_OBJECT : naming ? 0.7 : FOLLOWING_STRENGTH } : null;
}

/**
 * "What were the strikers demanding?" / "… and demanded a 6 percent raise": where the question's
 * words end at its own verb, what follows is that verb's object, the thing asked, more surely than
 * words that merely follow some other question word. Not where the sentence leaves out a name, a
 * number or the noun the question asks by ("what bonus did they win in 2015?" / "won a raise"), nor
 * where the question's verb may be that of a clause of time or condition ("what was her time when
 * she won in 2019?"), which tells of another act.
 */
function askedVerbsObject(ctx: Ctx): boolean {
  if (ctx.m.missing.some((t) => t.isName || t.pos === 'NUM' || t.term === ctx.q.focus?.term)) return false;
  let subordinate = ctx.q.memo.get(SUBORDINATE_ASKED);
  if (subordinate === undefined) ctx.q.memo.set(SUBORDINATE_ASKED, (subordinate = ctx.q.tokens.some((t) => SUBORDINATORS.has(t.norm) || t.norm === 'when' || t.norm === 'if')));
  return !subordinate;
}

const ASKED_OBJECT = 0.85;
const SUBORDINATE_ASKED = memoKey<boolean>('whether a what-question has a clause of time or condition');

/**
 * The words a reporting verb at `k` reports: those quoted before it ("“We will rebuild,” she
 * said"), or else the clause after it ("said the firm would pay").
 */
function wordsReported(sentence: Sentence, k: number): string {
  const tokens = sentence.tokens;
  let close = k - 1;
  while (close > 0 && (tokens[close].pos === 'PROPN' || tokens[close].pos === 'NOUN' || tokens[close].pos === 'DET' || tokens[close].pos === 'ADJ' || tokens[close].pos === 'PRON' || tokens[close].text === ',')) close -= 1;
  if (CLOSING_QUOTES.has(tokens[close]?.text ?? '') && OPENING_QUOTES.has(tokens[0].text)) return tidyAnswer(textOf(sentence, 1, close - 1));
  const from = tokens[k + 1]?.norm === 'that' ? k + 2 : k + 1;
  return from < tokens.length && !isClauseEnd(tokens[from]) ? tidyAnswer(reasonClause(sentence, from)) : '';
}

/**
 * "What killed the fish?" / "A diesel spill from a tanker killed most of the fish": where "what" is
 * the subject of the question's verb, the answer is the subject of that verb in the sentence, not
 * what follows it. ("What happened?" asks for the event, and is left to what follows.)
 */
function subjectOfAskedVerb(ctx: Ctx): Extraction | null {
  const [what, verb] = ctx.q.tokens;
  if (what?.norm !== 'what' || verb?.pos !== 'VERB' || NOT_DOING.has(verb.lemma)) return null;
  const tokens = ctx.sentence.tokens;
  const v = ctx.anchors.find((k) => tokens[k].pos === 'VERB');
  // "… were blocked by rockslides": a passive's subject is what was done to, its doer after "by".
  if (v === undefined || tokens[v - 1]?.pos === 'AUX') return null;
  // "What spilled on the road?" / "a trailer spilled manure": a verb the question uses without an
  // object and the sentence with one asks for that object.
  if (!objectFollows(ctx.q.tokens, 1) && objectFollows(tokens, v)) return null;
  const s = subjectBefore(tokens, v);
  if (!s || (s.from === s.to && tokens[s.from].pos === 'PRON')) return null;
  return { text: tidyAnswer(textOf(ctx.sentence, s.from, s.to)), type: 'entity', how: 'subject of the asked verb', strength: 0.8 };
}

/**
 * Verbs after "what" that ask no doer: "what happened?" asks for the event, "what got destroyed?" /
 * "what was stolen?" for what was done to.
 */
const NOT_DOING: ReadonlySet<string> = new Set(['happen', 'occur', 'go', 'get', 'be']);

/** Particles of phrasal verbs, which an object may follow: "set off the alarm", "brought down the tree". */
const PARTICLES: ReadonlySet<string> = new Set(['off', 'up', 'down', 'out', 'away', 'over', 'back']);

/** Whether a noun phrase follows the verb at `v` (past a particle: "set off the alarm"). */
function objectFollows(tokens: readonly Token[], v: number): boolean {
  const k = PARTICLES.has(tokens[v + 1]?.norm ?? '') ? v + 2 : v + 1;
  const t = tokens[k];
  return t !== undefined && (t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'ADJ' || (t.pos === 'PRON' && t.norm !== 'it'));
}

/** Whether "what" comes right before a noun of the question ("what model of drone …", not "what did he do for a living"). */
function asksByNoun(q: Ctx['q']): boolean {
  const at = q.tokens.findIndex((t) => t.norm === 'what');
  const next = q.tokens[at + 1];
  return at >= 0 && next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN');
}

/** Nouns a what-question asks a time by: "what date", "what year", "at what point". */
const TIME_NOUNS: ReadonlySet<string> = new Set(['time', 'times', 'date', 'dates', 'day', 'days', 'year', 'years', 'month', 'months', 'hour', 'hours', 'week', 'weeks', 'deadline', 'period', 'season', 'night', 'morning', 'evening', 'afternoon', 'decade', 'century', 'point', 'stage']);
/** "on Thursday morning", "in 2009", "from 2027", "late on Saturday": a time and nothing else. */
const BARE_TIME =
  /^(?:(?:on|in|at|from|since|by|until|during|early|late|last|this|next|the)\s+)*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tomorrow|tonight|(?:1[89]|20)\d\d)(?:\s+(?:\d{1,2}|morning|afternoon|evening|night))?$/i;

/**
 * "this winter", "each year", "yesterday morning", "at the same time": a time told only against the
 * present or another event, and nothing else.
 */
const BARE_PERIOD =
  /^(?:(?:(?:early|earlier|late|later)\s+)?(?:this|last|next|each|every|that)\s+(?:year|week|month|winter|summer|spring|autumn|season|weekend)|(?:yesterday|today|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|tonight|at\s+(?:the\s+same|that|the)\s+time)$/i;

/** Whether a question names a time anywhere ("what year …", "at what point …", "… by what date"). */
const asksTimeByNoun = (q: Ctx['q']): boolean => q.tokens.some((t) => TIME_NOUNS.has(t.norm));

const boundary = (t: Token): boolean => isClauseEnd(t) && t.text !== '(' && t.text !== ')';

/** Whether the clause from token `from` (as clauseFrom takes it) holds a noun, a name or a number. */
function namesSomething(tokens: readonly Token[], from: number, max: number): boolean {
  for (let k = from; k < tokens.length && k - from <= max && (k === from || !isClauseEnd(tokens[k])); k += 1) {
    if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'NUM') return true;
  }
  return false;
}

/**
 * "the airport, about 60 kilometres to the west, remained open": a phrase set off by commas with no
 * verb of its own is an aside, and the clause goes on after it to its verb. From the clause's last
 * token `to`, where it ends past any such aside.
 */
function pastAside(tokens: readonly Token[], to: number): number {
  if (tokens[to + 1]?.text !== ',') return to;
  // "The depot, which employs 40 people, will stay open": a relative clause between commas is an
  // aside too, though it has a verb of its own, and a clause ending inside it goes on as well.
  const k = inRelativeAside(tokens, to) ? to + 1 : asideEnd(tokens, to);
  if (tokens[k]?.text !== ',' || (tokens[k + 1]?.pos !== 'VERB' && tokens[k + 1]?.pos !== 'AUX')) return to;
  let end = k + 1;
  while (end + 1 < tokens.length && !boundary(tokens[end + 1])) end += 1;
  return end;
}

/** Whether the comma-bounded stretch ending at `to` is a relative clause set off by a comma (", which employs 40 people"). */
function inRelativeAside(tokens: readonly Token[], to: number): boolean {
  const start = stretchStart(tokens, to);
  return RELATIVE_PRONOUNS.has(tokens[start].norm) && tokens[start - 1]?.text === ',' && to - start < RELATIVE_ASIDE_WORDS;
}

const hasVerb = (tokens: readonly Token[], from: number, to: number): boolean => {
  for (let k = from; k <= to; k += 1) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
  return false;
};

/** The first token of the comma-bounded stretch that ends at `to`. */
function stretchStart(tokens: readonly Token[], to: number): number {
  let k = to;
  while (k > 0 && !boundary(tokens[k - 1])) k -= 1;
  return k;
}

/** The last token of the comma-bounded stretch that starts at `from`. */
function stretchEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k + 1 < tokens.length && !boundary(tokens[k + 1])) k += 1;
  return k;
}

/**
 * The clause a yes/no verdict reads, with its verb. A stretch between commas with no verb of its
 * own is a phrase of a longer clause: "Licensed displays, such as the one on the green, will go
 * ahead", "Owners of dogs, cats and rabbits showed no gain" run on to their verb. (A clause that
 * starts at its verb after an aside leaves its subject before the aside: see subjectPastAside.)
 */
function clauseWithVerb(tokens: readonly Token[], from: number, to: number): { from: number; to: number } {
  for (let step = 0; step < 3 && !hasVerb(tokens, from, to); step += 1) {
    if (tokens[to + 1]?.text === ',' && to + 2 < tokens.length && !boundary(tokens[to + 2])) to = stretchEnd(tokens, to + 2);
    else if (tokens[from - 1]?.text === ',' && from >= 2 && !boundary(tokens[from - 2])) from = stretchStart(tokens, from - 2);
    else break;
  }
  return { from, to };
}

/** Where a clause starting at `from` begins with its subject, past an aside ("One man, aged 83, was …"). */
function subjectPastAside(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.pos !== 'AUX' || tokens[from - 1]?.text !== ',' || from < 2) return from;
  const aside = stretchStart(tokens, from - 2);
  if (from - aside > ASIDE_WORDS || tokens[aside - 1]?.text !== ',' || aside < 2) return from;
  const subject = stretchStart(tokens, aside - 2);
  return aside - subject > SUBJECT_WORDS || hasVerb(tokens, subject, aside - 2) ? from : subject;
}

const SUBJECT_WORDS = 8;

/** A yes-no question asked in the present: "is it open?", "does it still run?". */
const ASKS_NOW = /^(?:is|are|does|do|can)\b/i;
const YEAR_WORD = /^\d{4}$/;

/**
 * "Is the museum open again?" / "… the museum, which opened in 1891": the asked verb dated to a
 * year before the story's tells of then, not of now (unless the question names that year).
 */
function datedEarlier(ctx: Ctx, words: readonly number[]): boolean {
  const written = Number(ctx.m.doc.article.meta.date?.slice(0, 4));
  if (!Number.isFinite(written) || !ASKS_NOW.test(ctx.q.text) || asksAboutThePast(ctx.q)) return false;
  const tokens = ctx.sentence.tokens;
  return words.some((w) => {
    const year = tokens[w + 2];
    return tokens[w].pos === 'VERB' && tokens[w + 1]?.norm === 'in' && year !== undefined && YEAR_WORD.test(year.text) && Number(year.text) < written && !ctx.questionTerms.has(year.text);
  });
}

/**
 * "no immediate risk of food shortages", "has not yet been formally charged": a negation further
 * back than a word or two still bears on the word at `a` when only its phrase lies between (its
 * adjectives, nouns joined by "of", adverbs and auxiliaries), not a clause of its own.
 */
function negatedPhrase(tokens: readonly Token[], from: number, a: number, asked: boolean): boolean {
  // One phrase: a noun phrase ("no … risk of … shortages") or a verb group ("not yet been formally
  // charged"), not both ("no area would be cut" negates the area, not the cutting), unless the word
  // at `a` is the asked act itself, whose subject the negation opens ("none of them would lose their
  // jobs" says no one lost one).
  let phrase: ReadonlySet<string> | undefined;
  for (let k = a - 1; k >= from && a - k <= NEGATED_REACH; k -= 1) {
    const t = tokens[k];
    if (NEGATIONS.has(t.norm)) return true;
    const kind = t.norm === 'of' || NEGATION_NP.has(t.pos) || (asked && t.pos === 'PRON') ? NEGATION_NP : NEGATION_VG.has(t.pos) ? NEGATION_VG : undefined;
    const subject = asked && phrase === NEGATION_VG && kind === NEGATION_NP;
    if (kind === undefined || (phrase !== undefined && kind !== phrase && t.pos !== 'ADV' && !subject)) return false;
    if (t.pos !== 'ADV') phrase = kind;
  }
  return false;
}

/**
 * Whether the word at `a` is in a thing the clause rejects (see rejectedAt), unless the question
 * asks of the rejection itself or the word is the asked act told as a verb ("the man who stole the
 * van was refused bail" does not deny the theft).
 */
const rejectedThing = (ctx: Ctx, from: number, to: number, a: number, asked: boolean): boolean =>
  !(asked && ctx.sentence.tokens[a].pos === 'VERB') && !asksRejection(ctx.q.tokens) && rejectedAt(ctx.sentence.tokens, from, to, a);

/** "refused to pay", "declined to comment", "failed to stop": a verb at `a` its subject would not or could not do. */
const refused = (tokens: readonly Token[], a: number): boolean => tokens[a].pos === 'VERB' && tokens[a - 1]?.norm === 'to' && REFUSALS.has(tokens[a - 2]?.lemma ?? '');

const REFUSALS: ReadonlySet<string> = new Set(['refuse', 'decline', 'fail']);

/**
 * "found no evidence that the pilots were tired", "no sign of a leak": what follows a denied
 * finding, up to the word at `a`, was not found.
 */
function deniedEvidence(tokens: readonly Token[], from: number, a: number): boolean {
  for (let k = Math.max(from, 1); k < a; k += 1) {
    if (EVIDENCE.has(tokens[k].norm) && tokens[k - 1].norm === 'no' && (tokens[k + 1]?.norm === 'that' || tokens[k + 1]?.norm === 'of')) return true;
  }
  return false;
}

const EVIDENCE: ReadonlySet<string> = new Set(['evidence', 'sign', 'signs', 'indication', 'suggestion', 'proof', 'trace', 'record']);

/**
 * "posted the forms rather than handing them in", "took the bus instead of flying": what
 * "rather than" or "instead of" at `k` sets against the told act did not happen.
 */
const setAgainst = (tokens: readonly Token[], k: number): boolean =>
  (tokens[k].norm === 'than' && tokens[k - 1]?.norm === 'rather') || (tokens[k].norm === 'of' && tokens[k - 1]?.norm === 'instead');

/**
 * "Were any of the injuries serious?" / "12 people were treated, none of them seriously": a tail
 * after the clause that opens on "none of" or "neither of" and holds a question word denies it of
 * everything the clause counted.
 */
function noneOfThemAfter(ctx: Ctx, from: number, to: number): number {
  const tokens = ctx.sentence.tokens;
  for (let k = from; k <= to + 1; k += 1) if (tokens[k]?.text === ',' && NONE_OF.has(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.norm === 'of' && denied(ctx, k + 3)) return k;
  return -1;
}

/** Whether the tail after "none of" at `start` holds the question's describing word. */
function denied(ctx: Ctx, start: number): boolean {
  const tokens = ctx.sentence.tokens;
  // (The question's describing word is matched as written, "serious" to "seriously", as it may be no index term.)
  const asked = ctx.q.tokens.filter((t) => t.pos === 'ADJ' || t.pos === 'VERB').map((t) => t.norm);
  for (let k = start; k < tokens.length && k - start < NONE_OF_REACH && !boundary(tokens[k]); k += 1) {
    const word = tokens[k].norm;
    if (asked.some((w) => word === w || word === `${w}ly`)) return true;
  }
  return false;
}

const NONE_OF: ReadonlySet<string> = new Set(['none', 'neither']);
const NONE_OF_REACH = 6;

/** "The illness rarely causes symptoms": what is seldom so answers "does it usually …?" no. */
const SELDOM = ['rarely', 'seldom', 'hardly', 'scarcely'];

const NEGATED_REACH = 6;
const NEGATION_NP: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);
const NEGATION_VG: ReadonlySet<string> = new Set(['AUX', 'PART', 'ADV']);

export const NEGATIONS = new Set(['no', 'not', "n't", 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', ...SELDOM]);

/**
 * "Will any ferry routes close?": the clause that holds the question's words, with "Yes" or "No"
 * by whether the article's clause and the question differ in negation.
 */
export function yesNo(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  // "Has anyone been killed?" / "no reports of deaths": a related word bears on the question too.
  let words = ctx.anchors;
  if (words.length === 0) return null;
  let from = words[0];
  let to = words[words.length - 1];
  while (from > 0 && !boundary(tokens[from - 1])) from -= 1;
  while (to + 1 < tokens.length && !boundary(tokens[to + 1])) to += 1;
  to = pastAside(tokens, to);
  // "Was the vase damaged?" / "The vase, bought in 1990, was found intact": where the clause of the
  // question's other words leaves the asked act out, the clause that tells it, or its opposite, is
  // the one that answers.
  const told = predicateIn(ctx, from, to) === 'none' ? predicateElsewhere(ctx, from, to) : -1;
  if (told >= 0) {
    from = stretchStart(tokens, told);
    to = pastAside(tokens, stretchEnd(tokens, told));
    words = [told];
  }
  // A verdict needs the clause's verb: "Yes: such as the spring fair" says nothing.
  const whole = clauseWithVerb(tokens, from, to);
  from = whole.from;
  to = whole.to;
  // (The subject before an aside is the answer's, not a doer the clause is judged by: see otherDoer.)
  const shown = subjectPastAside(tokens, from);
  // "Do I need a permit?" / "No permit is needed": the duty is the asked act, its negation the verdict.
  const duty = asksDuty(ctx.q.tokens) ? dutyAt(tokens, ctx.m.doc.terms, from, to) : -1;
  if (duty >= 0) words = [...words, duty];
  // Negation counts where it bears on the question's words: "did not name" elsewhere in the
  // sentence says nothing about "referring to Turkey".
  const predicateTerms = predicateOf(ctx);
  // "Did she ever sail?" / "she had never been on a boat": a "never" answers an "ever" wherever it
  // stands in the clause, as the act it denies may be a light verb the question leaves unweighed.
  const never = neverForEver(ctx, from, to);
  const noneOf = noneOfThemAfter(ctx, from, to);
  if (noneOf > to) to = stretchEnd(tokens, noneOf + 1);
  const done = asksDone(ctx.q.tokens);
  const articleNegated = never || noneOf >= 0 || rulesOut(tokens, from, to) || lesserShareTold(ctx.q.tokens, tokens, from, to) || words.some((a) => {
    for (let k = Math.max(from, a - 3); k < a; k += 1) if (NEGATIONS.has(tokens[k].norm) || setAgainst(tokens, k)) return true;
    // ("Was anyone injured?" / "None of the crew were hurt": a related word is the asked act too.)
    const term = ctx.m.doc.terms[a];
    const asked = term !== null && predicateTerms.some((p) => p === term || areRelated(p, term));
    // ("Did he retire?" / "He had planned to retire": the asked act, only meant, was not done.)
    if (asked && done && onlyIntended(tokens, from, a)) return true;
    return negatedPhrase(tokens, from, a, asked) || refused(tokens, a) || deniedEvidence(tokens, from, a) || freeOf(tokens, a) || governingVerbNegated(tokens, from, to, a) || rejectedThing(ctx, from, to, a, asked);
  });
  // ("Is the hall charged for?" / "free of charge": the "free" is that negation, not an opposite besides.)
  const freed = words.some((a) => freeOf(tokens, a));
  const questionNegated = ctx.q.tokens.some((t) => NEGATIONS.has(t.norm)) || rulesOut(ctx.q.tokens, 0, ctx.q.tokens.length - 1);
  // "Has the pier flooded before?" / "It is the first time the pier has flooded" (no), "the third
  // flood on the pier in five years" (yes); "Is this the first time …?" the other way round.
  const nth = asksAboutThePast(ctx.q) || asksFirstTime(ctx.q) ? occurrence(tokens, from, to) : undefined;
  const verdict = nth !== undefined ? ((nth === 'first') === asksFirstTime(ctx.q) ? 'Yes' : 'No') : articleNegated === questionNegated ? 'Yes' : 'No';
  // "Were there any fatalities?" / "No one was killed": a question whether anything happened at
  // all, answered by a clause that says none did, is answered outright.
  // "In 2019, … no patient needed intensive care" says nothing of this outbreak.
  const past = earlierEventClause(ctx, words[0]) || datedEarlier(ctx, words);
  // "Will the club appeal?" / "… before deciding whether to appeal": neither yes nor no.
  // ("Has he ruled out sabotage?" / "too early to rule anything out" is a plain no.)
  const doubted = ruleOutDoubted(tokens, from, to) && !rulesOut(ctx.q.tokens, 0, ctx.q.tokens.length - 1);
  const open = !ctx.q.tokens.some((t) => t.norm === 'whether') && (leftOpen(tokens, from, to, words) || doubted);
  const settled = ((articleNegated && asksWhetherAny(ctx.q.text)) || never) && !past && !open;
  const text = `${open ? NOT_YET_KNOWN : verdict}: ${tidyAnswer(textOf(ctx.sentence, shown, to))}`;
  const earlier = nth === 'later' && !asksFirstTime(ctx.q) ? earlierOneTold(ctx, from, to) : undefined;
  if (earlier) return { text: `Yes: ${tidyAnswer(earlier.text)}`, type: 'yes-no', how: EARLIER_ONE_NEXT, strength: 0.8, spans: [earlier.index] };
  // "Do you need a permit?" / "People think you need a permit, but anyone may fish from the pier":
  // a belief of people at large asserts nothing, and one the sentence goes on to deny says no
  // of the act it holds ("People think bowls is dull, but …" says nothing of what to bring).
  if (commonBeliefAt(tokens, from, Math.min(...words) - 1) >= 0) {
    return beliefDenied(tokens, Math.max(...words)) && words.length > 1 && (duty >= 0 || writesAskedAct(ctx, predicateTerms, from, to)) ? { text: `No: ${tidyAnswer(textOf(ctx.sentence, shown, tokens.length - 1))}`, type: 'yes-no', how: BELIEF_DENIED, strength: 0.8 } : { text, type: 'yes-no', how: BELIEF_HELD, strength: VETOED_BELIEF };
  }
  // "Is the fete still on?" / "The fete will go ahead as planned": a clause saying the asked thing
  // goes on answers outright, though the question asks it in no verb of the clause's.
  const goesOn = asksGoingOn(ctx.q.tokens) ? goesOnAt(tokens, from, to) : -1;
  if (goesOn >= 0 && !open) {
    const on = negatedBefore(tokens, goesOn) === questionNegated;
    return { text: `${on ? 'Yes' : 'No'}: ${tidyAnswer(textOf(ctx.sentence, shown, to))}`, type: 'yes-no', how: GOES_ON, strength: 1 };
  }
  if (settled) return { text, type: 'yes-no', how: SAYS_NONE, strength: 1 };
  // "Did the mayor admit any wrongdoing?" / "He denied any wrongdoing.": the opposite predicate.
  if (!freed && (oppositeIn(ctx, from, to) || endsAskedState(ctx, from, to))) {
    return { text: `${open ? NOT_YET_KNOWN : verdict === 'Yes' ? 'No' : 'Yes'}: ${tidyAnswer(textOf(ctx.sentence, shown, to))}`, type: 'yes-no', how: SAYS_OPPOSITE, strength: 0.8 };
  }
  // "Has anyone been killed because of the fault?" is not answered by a clause about the fault
  // that never says killed, or a related word: it says nothing either way.
  const held = duty >= 0 ? 'own' : otherDoer(ctx, from, to) ? 'none' : predicateIn(ctx, from, to);
  const says = held !== 'none';
  const askedFor = says && onlyAskedFor(ctx, from, to);
  // "Has anything escaped from this zoo before?" is answered by a sentence about an earlier time,
  // not by one about this week's escape. "Is this the first time …?" is answered by a sentence
  // that counts them ("the second recall in a year"), not by one that only tells of this one.
  const thisTimeOnly = (asksAboutThePast(ctx.q) && !tellsOfThePast(ctx)) || (asksFirstTime(ctx.q) && occurrence(tokens, 0, tokens.length - 1) === undefined);
  // ("Will the club appeal?" / "the club is considering whether to appeal": weighing an act left
  // open is the article's own answer, not a wish for it.)
  if (askedFor && !open) return { text, type: 'yes-no', how: 'clause asking for the asked act', strength: ASKED_FOR };
  const how = duty >= 0 ? DUTY_TOLD : held === 'own' ? 'clause with the question words' : held === 'related' ? 'clause with a word related to the asked predicate' : 'clause without the asked predicate';
  return { text, type: 'yes-no', how, strength: (held === 'own' ? 0.8 : held === 'related' ? RELATED_PREDICATE : 0.3) * (past ? PAST_EVENT : 1) * (thisTimeOnly ? PAST_EVENT : 1) };
}

/**
 * Whether the sentence speaks of an earlier time: a year before the article's own, "since",
 * "previous", "last" and the like, or a past perfect ("had passed an inspection in February").
 */
function tellsOfThePast(ctx: Ctx): boolean {
  const written = Number(ctx.m.doc.article.meta.date?.slice(0, 4));
  const tokens = ctx.sentence.tokens;
  return tokens.some((t, i) => PAST_MARKS.has(t.norm) || (YEAR.test(t.text) && !(Number(t.text) >= written)) || (t.norm === 'had' && tokens[i + 1]?.pos === 'VERB')) || occurrence(tokens, 0, tokens.length - 1) !== undefined;
}

/**
 * How often the clause from `from` to `to` says a thing has now happened, by the news idiom of an
 * ordinal counted over time: "the first time", "the first ever" ('first'), "the second time", "the
 * third burst on the road in five years", "the fourth recall in a year" ('later'). An ordinal
 * counted over nothing ("first elected in 2017", "the third quarter") says neither.
 */
function occurrence(tokens: readonly Token[], from: number, to: number): 'first' | 'later' | undefined {
  for (let k = from; k <= to; k += 1) {
    // ("This is not the first time …", "not the first raid on the site": there were others before.)
    if (notFirstAt(tokens, k)) return 'later';
    const kind = tokens[k].norm === 'first' ? 'first' : LATER_ORDINALS.has(tokens[k].norm) ? 'later' : undefined;
    if (kind === undefined) continue;
    if (tokens[k + 1]?.norm === 'time' || (kind === 'first' && tokens[k + 1]?.norm === 'ever')) return kind;
    for (let j = k + 1; j < tokens.length && j - k <= OCCURRENCE_REACH && !boundary(tokens[j]); j += 1) if (PERIODS.has(tokens[j].norm)) return kind;
    if (firstToAct(tokens, k)) return kind;
  }
  return undefined;
}

/** "the first village in the county to ban fireworks", "the second woman to win it": an ordinal counting who or what has done an act. */
function firstToAct(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j - k <= NOUN_REACH && ORDINAL_NOUN_PHRASE.has(tokens[j]?.pos ?? '') && tokens[j].norm !== 'to') j += 1;
  return j > k + 1 && tokens[j]?.norm === 'to' && tokens[j + 1]?.pos === 'VERB';
}

/** Words of the noun phrase between an ordinal and "to": "the first British woman to …", "the third school in the county to …". */
const NOUN_REACH = 8;
const ORDINAL_NOUN_PHRASE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'ADV', 'DET', 'ADP']);
const LATER_ORDINALS: ReadonlySet<string> = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
const PERIODS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months', 'decade', 'decades', 'century', 'history']);
const OCCURRENCE_REACH = 10;

/**
 * "It is not the first time the mill has flooded. In 2009, …": news says there were earlier ones
 * and tells the last of them in the sentence after, opening on its year. That sentence, in the
 * paragraph of the clause from `from` to `to`, is the answer to "has it happened before?".
 */
function earlierOneTold(ctx: Ctx, from: number, to: number): Sentence | undefined {
  const tokens = ctx.sentence.tokens;
  // ("Has anything escaped from the park before?" / "It was the second escape in four years. In
  // 2021, two otters …": a question after anything or anyone is answered by the one that names it.)
  const asksWhich = ctx.q.tokens.some((t) => INDEFINITES.has(t.norm));
  let notFirst = false;
  for (let k = from; k <= to && !notFirst; k += 1) notFirst = notFirstAt(tokens, k);
  const next = ctx.m.doc.article.sentences[ctx.sentence.index + 1];
  if (!(notFirst || asksWhich) || next === undefined || next.paragraph !== ctx.sentence.paragraph) return undefined;
  const written = Number(ctx.m.doc.article.meta.date?.slice(0, 4));
  const opening = next.tokens.slice(0, OPENING_REACH).find((t) => YEAR.test(t.text));
  return opening !== undefined && !(Number(opening.text) >= written) ? next : undefined;
}

const INDEFINITES: ReadonlySet<string> = new Set(['anything', 'anyone', 'anybody', 'something', 'someone', 'somebody']);

/** Whether the question asks whether the act was "ever" done and the clause says it "never" was. */
function neverForEver(ctx: Ctx, from: number, to: number): boolean {
  if (!ctx.q.tokens.some((t) => t.norm === 'ever')) return false;
  for (let k = from; k <= to; k += 1) if (ctx.sentence.tokens[k].norm === 'never') return true;
  return false;
}

/** Whether the token at `k` is the "first" of "not first", "not the first". */
const notFirstAt = (tokens: readonly Token[], k: number): boolean =>
  tokens[k].norm === 'first' && (tokens[k - 1]?.norm === 'not' || (tokens[k - 2]?.norm === 'not' && tokens[k - 1]?.pos === 'DET'));

/** How many words a sentence's opening time phrase runs to: "In March 2022,". */
const OPENING_REACH = 4;
export const EARLIER_ONE_NEXT = 'the earlier one, told after a clause saying this is not the first';

/** "Is this the first time …?" */
function asksFirstTime(q: QuestionAnalysis): boolean {
  let first = q.memo.get(ASKS_FIRST_TIME);
  if (first === undefined) q.memo.set(ASKS_FIRST_TIME, (first = q.tokens.some((t, i) => t.norm === 'first' && q.tokens[i + 1]?.norm === 'time')));
  return first;
}

const ASKS_FIRST_TIME = memoKey<boolean>('whether a question asks if this is the first time');

/** The question's predicate: its verbs and adjectives, as index terms (read once per question). */
function predicateOf(ctx: Ctx): readonly string[] {
  let predicate = ctx.q.memo.get(PREDICATE);
  if (predicate !== undefined) return predicate;
  const words: string[] = [];
  const last = ctx.q.terms[ctx.q.terms.length - 1];
  for (const t of ctx.q.terms) {
    if ((t.pos !== 'VERB' && t.pos !== 'ADJ' && !(t === last && endsOnProgressive(ctx.q))) || t.isCue || LIGHT_VERBS.has(t.term)) continue;
    // wink may lemmatise a question's verb another way than the article's ("lay" → lie, "laying" → lay).
    words.push(t.term, termOfWord(t.word.toLowerCase()));
  }
  ctx.q.memo.set(PREDICATE, (predicate = words));
  return predicate;
}

const PREDICATE = memoKey<readonly string[]>('the predicate of a yes/no question, as index terms');

/**
 * "Is the depot closing?", "is the school shutting": a question opening on "is" or "are" and
 * ending on an "-ing" word after its subject asks that act, though the tagger may read the word
 * as a noun ("Is there a meeting?" names a thing: a determiner stands before it).
 */
function endsOnProgressive(q: QuestionAnalysis): boolean {
  const words = q.tokens.filter((t) => t.pos !== 'PUNCT');
  const end = words[words.length - 1];
  const before = words[words.length - 2];
  return BE_OPENING.has(words[0]?.norm ?? '') && end !== undefined && end.norm.endsWith('ing') && before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON');
}

const BE_OPENING: ReadonlySet<string> = new Set(['is', 'are']);

/**
 * Whether the clause holds the question's predicate, when it has one: in its own word, only in a
 * related one, or not at all. A related word may stand for another sense of itself: "Did the
 * bakery close?" / "the season came to an end" ("close" and "end"), "Has anything survived?" /
 * "the smell would last for days". An adjective before its noun ("last week", "a sad sight") only
 * describes the noun and tells no act or state of the clause's subject: as a related word it is no
 * predicate ("Is the ban permanent?" / "seen there last winter").
 */
function predicateIn(ctx: Ctx, from: number, to: number): 'own' | 'related' | 'none' {
  const predicate = predicateOf(ctx);
  if (predicate.length === 0) return 'own';
  const tokens = ctx.sentence.tokens;
  const terms = ctx.m.doc.terms;
  let related = false;
  for (let i = from; i <= to; i += 1) {
    const x = terms[i];
    if (x === null) continue;
    if (predicate.includes(x) || (toldAsAct(tokens, i) && predicate.some((p) => areNewsRelated(p, x)) && doneByTheAsked(ctx, i))) return 'own';
    if (!related && !attributiveAt(tokens, i) && predicate.some((p) => areRelated(p, x))) related = true;
  }
  return related ? 'related' : 'none';
}

/**
 * "Was the driver injured?" / "The driver was not hurt": a near synonym of news (see areNewsRelated)
 * tells the asked act as its own word would, where the clause tells it as its act: a verb or an
 * adjective, not one before its noun ("a hurt pride") nor a participle tacked on after a comma (",
 * ending years of delay"), which tells what the clause's act led to.
 */
function toldAsAct(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || attributiveAt(tokens, i)) return false;
  return !(tokens[i - 1]?.text === ',' && t.norm.endsWith('ing'));
}

/**
 * Whether a near synonym at `i` is done by the one the question asks of. Near synonyms of news may
 * differ in who does the act: "do riders pay for the ferry?" is not answered by "the ferry is
 * funded by the harbour trust" (a passive whose doer is another) nor by "the trust funds the ferry"
 * (a subject that is not the asked one, or no person where a person is asked of).
 */
function doneByTheAsked(ctx: Ctx, i: number): boolean {
  const tokens = ctx.sentence.tokens;
  if (toldInPassive(tokens, i) && !asksPassive(ctx)) return false;
  const s = subjectBefore(tokens, i);
  // (A name may be the asked one's: "did the skipper admit it?" / "Ottoline Corliss conceded"; a common noun is not.)
  if (s === undefined || tokens[s.to].pos !== 'NOUN') return true;
  const things = askedThings(ctx.q);
  if (things.length > 0) return clauseHolds(ctx, s.from, s.to, (x) => things.some((p) => p === x || areRelated(p, x)));
  return !asksOfAPerson(ctx.q.tokens) || isPersonNoun(tokens[s.to].norm);
}

/**
 * "is run by the trust and funded by …", ", funded by …": a passive, or a participle coordinated
 * with one (past a verb inside a name, "the Riverside Learning Centre") or naming its doer by "by".
 */
function toldInPassive(tokens: readonly Token[], i: number): boolean {
  if (isPassive(tokens, i) || (tokens[i + 1]?.norm === 'by' && !tokens[i].norm.endsWith('ing'))) return true;
  const k = beforeAuxiliaries(tokens, i);
  if (tokens[k]?.pos !== 'CCONJ') return false;
  for (let j = k - 1; j >= 0 && k - j <= COORDINATED_REACH && !boundary(tokens[j]); j -= 1) if (tokens[j].pos === 'VERB' && !startsUpper(tokens[j].text)) return beBefore(tokens, j);
  return false;
}

/** Whether a form of "be" stands right before the verb at `j`, past adverbs ("is run", "was quickly sold"); unlike isPassive, a participle written as its lemma counts. */
function beBefore(tokens: readonly Token[], j: number): boolean {
  let k = j - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k -= 1;
  return tokens[k]?.lemma === 'be' && !tokens[j].norm.endsWith('ing');
}

const COORDINATED_REACH = 10;

/** Whether the question asks its act in the passive: "was anyone injured?", "has the pier been sold?". */
function asksPassive(ctx: Ctx): boolean {
  const tokens = ctx.q.tokens;
  const be = tokens[0]?.lemma === 'be';
  return tokens.some((t, i) => t.pos === 'VERB' && !t.norm.endsWith('ing') && t.norm !== t.lemma && (be || isPassive(tokens, i)));
}

/** Whether a yes/no question asks of a person by "he" or "she". */
const asksOfAPerson = (tokens: readonly Token[]): boolean => tokens.some((t) => t.pos === 'PRON' && PERSON_SUBJECTS.has(t.norm));
const PERSON_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she']);

/** Whether a verb or an adjective from `from` to `to` is one of the asked predicate's (not a noun the question's tagger read as a verb). */
function writesAskedAct(ctx: Ctx, predicate: readonly string[], from: number, to: number): boolean {
  const tokens = ctx.sentence.tokens;
  for (let i = from; i <= to; i += 1) {
    const x = ctx.m.doc.terms[i];
    if (x !== null && (tokens[i].pos === 'VERB' || tokens[i].pos === 'ADJ') && predicate.includes(x)) return true;
  }
  return false;
}

/** Outside tokens `from` to `to`, the first that writes the asked predicate or its opposite (not as an adjective before its noun); -1 if none. */
function predicateElsewhere(ctx: Ctx, from: number, to: number): number {
  const predicate = predicateOf(ctx);
  if (predicate.length === 0) return -1;
  const tokens = ctx.sentence.tokens;
  const terms = ctx.m.doc.terms;
  for (let i = 0; i < tokens.length; i += 1) {
    const x = terms[i];
    if ((i >= from && i <= to) || x === null || attributiveAt(tokens, i)) continue;
    if (predicate.includes(x) || predicate.some((p) => areOpposite(p, x))) return i;
  }
  return -1;
}

/**
 * "Was a body found on the boat?" / "Inspectors found the crew had been careless": a clause whose asked verb
 * has a subject of its own, a common noun phrase naming none of the question's things, tells of another's
 * act, and says nothing whether the asked one acted. Only where the question's subject is a noun
 * ("did anyone …", "do I have to …" may be answered by any doer).
 */
function otherDoer(ctx: Ctx, from: number, to: number): boolean {
  const things = askedThings(ctx.q);
  if (things.length === 0 || clauseHolds(ctx, from, to, (x) => things.some((p) => p === x || areRelated(p, x)))) return false;
  const predicate = predicateOf(ctx);
  const tokens = ctx.sentence.tokens;
  const terms = ctx.m.doc.terms;
  for (let i = from; i <= to; i += 1) {
    const x = terms[i];
    if (x === null || tokens[i].pos !== 'VERB' || !predicate.some((p) => p === x || areRelated(p, x))) continue;
    const s = subjectBefore(tokens, i);
    if (s === undefined || s.from < from) return false;
    // The phrase's head, its last word: a name may be the asked one's ("has the harbour master
    // resigned?" / "Ms Reyes resigned"), a common noun is not ("Delivery vans will pay").
    return tokens[s.to].pos === 'NOUN';
  }
  return false;
}

/** The question's nouns and names, where its subject is a noun ("was the mayor re-elected?"); none otherwise. */
function askedThings(q: QuestionAnalysis): readonly string[] {
  let things = q.memo.get(ASKED_THINGS);
  if (things === undefined) {
    things = nounSubject(q.tokens) ? q.terms.filter((t) => (t.pos === 'NOUN' || t.pos === 'PROPN' || t.isName) && !t.isCue).map((t) => t.term) : [];
    q.memo.set(ASKED_THINGS, things);
  }
  return things;
}

const ASKED_THINGS = memoKey<readonly string[]>('the nouns of a yes/no question whose subject is a noun');

/** Whether a yes/no question's subject, after its auxiliary, is a noun phrase ("is the old pier …", not "is it …", "did anyone …"). */
function nounSubject(tokens: readonly Token[]): boolean {
  for (let k = 1; k < tokens.length; k += 1) {
    const pos = tokens[k].pos;
    if (pos === 'NOUN' || pos === 'PROPN') return true;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && tokens[k].text !== "'s") return false;
  }
  return false;
}

/** Whether the token at `i` is an adjective set before a noun ("last summer", "a closed road"). */
const attributiveAt = (tokens: readonly Token[], i: number): boolean => tokens[i].pos === 'ADJ' && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN');

/**
 * How much a clause holding the asked predicate only in a related word says yes or no: a little
 * less than one in the question’s own word (0.8), enough to answer where the sentence fits the
 * question well, not enough for the floors of a told act (see confidence.ts toldWhether).
 */
const RELATED_PREDICATE = 0.6;

/**
 * "Has the council agreed to close the road?" / "Residents have asked the council to close the
 * road", "the council said it would consider a closure": a clause whose every word of the asked
 * predicate comes after a verb of asking or weighing tells what someone wants done, not that it
 * was (unless the question asks of that asking: "did they ask the council to …").
 */
function onlyAskedFor(ctx: Ctx, from: number, to: number): boolean {
  const predicate = predicateOf(ctx);
  if (predicate.length === 0) return false;
  const tokens = ctx.sentence.tokens;
  const terms = ctx.m.doc.terms;
  let framed = false;
  let found = false;
  for (let i = from; i <= to; i += 1) {
    const x = terms[i];
    if (x !== null && predicate.some((p) => p === x || areRelated(p, x))) {
      if (!framed) return false;
      found = true;
    } else if (tokens[i].pos === 'VERB' && ASKING_VERBS.has(tokens[i].lemma)) framed = true;
  }
  return found;
}

/** Verbs of asking for an act, or of weighing it, whose object is an act not yet done. */
const ASKING_VERBS: ReadonlySet<string> = new Set(['ask', 'urge', 'request', 'propose', 'petition', 'demand', 'consider', 'seek', 'want']);

/** Whether the clause tells the end of what a "still" question asks goes on, and writes no asked predicate of its own (see tellsEnd). */
const endsAskedState = (ctx: Ctx, from: number, to: number): boolean =>
  asksStill(ctx.q.tokens) && (predicateOf(ctx).length === 0 || predicateIn(ctx, from, to) !== 'own') && tellsEnd(ctx.sentence.tokens, ctx.m.doc.terms, from, to);

/** Whether the clause says the opposite of the question's predicate ("denied" for "admit"). */
function oppositeIn(ctx: Ctx, from: number, to: number): boolean {
  const predicate = predicateOf(ctx);
  return predicate.length > 0 && clauseHolds(ctx, from, to, (x) => predicate.some((p) => areOpposite(p, x) || saysNoTo(p, x)));
}

function clauseHolds(ctx: Ctx, from: number, to: number, test: (term: string) => boolean): boolean {
  const terms = ctx.m.doc.terms;
  for (let i = from; i <= to; i += 1) {
    const x = terms[i];
    if (x !== null && test(x)) return true;
  }
  return false;
}

/** How much a clause asking for the act (see onlyAskedFor) says that it was done: next to nothing. */
const ASKED_FOR = 0.1;

/** How much a clause on an earlier event ("In 2019, …") bears on a yes or no about this one. */
const PAST_EVENT = 0.3;

/** How a yes/no answer is read from a clause telling the opposite of the asked act ("denied" for "admit"). */
export const SAYS_OPPOSITE = 'clause saying the opposite';
const GOES_ON = 'clause saying the asked thing goes on';
const BELIEF_DENIED = 'a belief of people at large that the sentence denies';
const BELIEF_HELD = 'a belief of people at large, asserting nothing';
/** As weak as a clause without the asked predicate: the sentence does not tell the act happened. */
const VETOED_BELIEF = 0.3;

/** How a yes/no answer is read from a clause saying nothing of the kind happened. */
export const SAYS_NONE = 'clause saying none';

/** "Has anyone been arrested?", "Were there any deaths?", "Did anybody see …?" */
export const asksWhetherAny = (question: string): boolean => EXISTENTIAL.test(question);
const EXISTENTIAL = /^(?:has|have|had|was|were|is|are|did|does|do)\s+(?:anyone|anybody|any\b|there\s+(?:been\s+)?any)/i;
