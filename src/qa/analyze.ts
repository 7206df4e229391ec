import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { isPersonWord } from '../facts/lexicon.js';
import { mentionedNames } from '../facts/names.js';
import type { NameFact } from '../facts/types.js';
import { isPossessive, startsUpper } from '../facts/tokens.js';
import { phrasalTermAt, termOf, termOfWord } from '../nlp/terms.js';
import type { Token } from '../nlp/token.js';
import { readTokens } from '../nlp/wink.js';
import { relatedIn } from '../index/related.js';
import { ACRONYM, spelledOut } from './acronyms.js';
import { cleanQuestion } from './clean.js';
import { askedCurrency } from './conversion.js';
import { INTENT_RULES, matchIntent, wantsOf, type AnswerType, type IntentMatch, type IntentRule } from './intents.js';
import { askedEntities, type AskedEntity } from './entities.js';
import { DIMENSION_NOUNS, oppositesOf } from './lexicon.js';
import { askedAsGoingOn, ENDING, noSayersOf } from './extract/verdict.js';
import { QuestionMemo } from './memo.js';
import { ADDRESS_WORDS, asksAddressIn } from './extract/address.js';
import { correctSpelling, fixQuestionWords } from './spelling.js';
import type { Intent } from './types.js';

/** ("In which cities …", "from what country …": a preposition may open the question.) */
const OPENING_PREPOSITION = String.raw`(?:(?:in|at|on|from|to|for|by|with|into|under|near|during|since|until)\s+)?`;
const AUXILIARY = 'is|are|was|were|will|would|did|does|do|has|have|had|can|could';
// ("What did Quenelda do next?": the words after an auxiliary are its subject, not a noun the answer is built on.)
const FOCUS_PHRASE = new RegExp(String.raw`^${OPENING_PREPOSITION}(?:what|which)\s+(?!(?:${AUXILIARY})\b)((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:${AUXILIARY})\b`, 'u');
const WHICH_WORD = /^(?:which|what)\s+([\p{L}-]+)/u;
const WHAT_WORD = new RegExp(String.raw`^${OPENING_PREPOSITION}(?:what|which)\s+([\p{L}-]+)`, 'u');
const LOWER_START = /^\p{Ll}/u;
/** Adverbs that stress a question without adding to what it asks. */
const EMPHATIC_ADVERBS: ReadonlySet<string> = new Set(['actually', 'exactly', 'really', 'basically', 'precisely', 'truly']);
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

export interface QuestionTerm {
  /** The word as the question has it (after spelling correction). */
  word: string;
  term: string;
  pos: string;
  /** Part of a name: must be matched exactly, never through related words. */
  isName: boolean;
  /** Must be matched exactly (names, and the measure in "how deep"). */
  isStrict: boolean;
  /** A word that says what kind of answer is wanted ("far", "many", "say"), not what it is about. */
  isCue: boolean;
}

export interface QuestionAnalysis {
  original: string;
  /** Cleaned question text. */
  text: string;
  intent: Intent;
  rule: string;
  wants: AnswerType[];
  subject?: string;
  rest?: string;
  /** "What was the company's profit?": the word naming what is measured. */
  measure?: string;
  tokens: Token[];
  terms: QuestionTerm[];
  corrections: Array<[string, string]>;
  /** "Which ministry …", "What premium …": the noun that names what the answer is. */
  focus?: QuestionTerm;
  /** The entities the question refers to, by article. */
  entities: Map<string, AskedEntity[]>;
  /** The names the question mentions, in order. */
  mentioned: readonly NameFact[];
  /** What answering derives from the question, found once each. */
  memo: QuestionMemo;
  /**
   * In a conversation, the sentence the last answer rested on (or came closest to), and whether the
   * question as asked leans on that answer ("how long did it take them?", "and in winter?").
   */
  lastSource?: { article: string; index: number; followsUp: boolean };
}

/**
 * Measure adjectives whose quantity kind (a distance, a count) does not say which dimension is meant.
 * ("Tall" is not: articles seldom write it, and a height is told by "the 140-metre dam" or not at all.
 * Nor are "big" and "large": any measure of the thing tells its size, "a fine of 86 million marks",
 * "84,000 hectares", and articles hardly ever call a thing big.)
 */
const AMBIGUOUS_MEASURES = new Set(['deep', 'high', 'wide', 'strong', 'powerful', 'severe']);

/**
 * Words that never say what a question is about, whatever its type. ("The new chief conductor" is
 * the one the article names "its next chief conductor": "new" only presumes the thing; "fined
 * altogether" asks for the whole amount, which the article may call "a combined 312 million".)
 */
const ALWAYS_CUES = ['article', 'story', 'know', 'name', 'kind', 'type', 'thing', 'originally', 'initially', 'currently', 'supposed', 'new', 'altogether', 'overall'];
const cueCache = new Map<string, Set<string>>();

const capitalisedName = (t: Token | undefined): boolean => t !== undefined && t.pos === 'PROPN' && startsUpper(t.text);

/**
 * "Who came second?", "the silver medallist's prize": word vectors put every placing next to the
 * others, so "second" or "silver" must be written. ("First" is not among them: "his first game" is
 * his debut, "the first flight" the maiden one.)
 */
export const PLACINGS: ReadonlySet<string> = new Set(
  ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'runner-up', 'silver', 'bronze'].map(termOfWord),
);

/** The cue terms of a rule: its own words plus the universal ones. */
function cuesOf(rule: IntentRule): Set<string> {
  let set = cueCache.get(rule.name);
  if (!set) {
    set = new Set([...ALWAYS_CUES, ...(rule.cues ?? '').split(' ').filter(Boolean)].map((w) => termOfWord(w)));
    cueCache.set(rule.name, set);
  }
  return set;
}

const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'did', 'does', 'do']);

/**
 * "Can PulseTrack appeal the decision?": after a modal and a named subject comes the verb, though
 * wink may tag it a noun.
 */
function verbAfterNamedSubject(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].pos !== 'NOUN' || i < 2 || !MODALS.has(tokens[0].norm)) return false;
  for (let k = 1; k < i; k += 1) if (!capitalisedName(tokens[k])) return false;
  const next = tokens[i + 1];
  return next === undefined || next.pos === 'DET' || next.pos === 'ADP' || next.pos === 'PUNCT';
}

/**
 * "When did the flood strike?", "when did the park first open?": the last word after "did" and its
 * subject is the verb, though wink may read "the flood strike" as one noun phrase, or "open" as an
 * adjective. (So is an adjective a preposition follows: "does the pool close in the evening?"; a
 * noun there is more often the subject's own, "did the chief of police resign?".)
 */
function verbClosingDoQuestion(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if ((tokens[i].pos !== 'NOUN' && tokens[i].pos !== 'ADJ') || (next !== undefined && next.pos !== 'PUNCT' && !(tokens[i].pos === 'ADJ' && next.pos === 'ADP'))) return false;
  let head = i - 1;
  while (head > 0 && tokens[head].pos === 'ADV') head -= 1;
  if (tokens[head]?.pos !== 'NOUN' && tokens[head]?.pos !== 'PROPN') return false;
  for (let k = head - 1; k > 0; k -= 1) {
    if (DO_FORMS.has(tokens[k].norm)) return true;
    // ("Why might the watchdog object?": after another modal too, though an adjective there is more
    // often the state asked, "will the road be open" shortened to "will the road open".)
    if (MODALS.has(tokens[k].norm)) return tokens[i].pos === 'NOUN';
    if (!NOUN_PHRASE.has(tokens[k].pos)) return false;
  }
  return false;
}

/**
 * "Why did people stash the coins?", "why can't people skate there?": wink may read a plural
 * subject right after the question's auxiliary as the verb ("people") and the verb after it as a
 * noun ("stash"); in that slot a bare noun after the "verb" is the verb, and the "verb" its subject.
 * `shift` 0 asks whether token i is such a misread subject, 1 whether it is the misread verb.
 */
function misreadAfterAuxiliary(tokens: readonly Token[], i: number, shift: 0 | 1): boolean {
  const s = i - shift;
  if (tokens[s]?.pos !== 'VERB' || tokens[s + 1]?.pos !== 'NOUN' || !VERB_NEXT.has(tokens[s + 2]?.pos ?? 'PUNCT')) return false;
  let a = s - 1;
  if (tokens[a]?.pos === 'PART') a -= 1;
  return a >= 1 && a <= 2 && tokens[a].pos === 'AUX' && WH_OPENERS.has(tokens[0].norm);
}

/** What may follow a verb that has no object noun right after it ("stash their money", "skate at the rink"). */
const VERB_NEXT: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADP', 'PUNCT', 'ADV', 'PART', 'NUM', 'PROPN']);
const WH_OPENERS: ReadonlySet<string> = new Set(['why', 'how', 'when', 'where', 'what', 'who']);

/** What a subject between "did" and its verb is made of. */
const NOUN_PHRASE = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'PART', 'NUM']);

const DO_FORMS = new Set(['did', 'does', 'do']);

const HOW_MUCH_OF = INTENT_RULES.find((r) => r.name === 'how-much-of')!;

/** Nouns that "how much" asks the price of; any other ("how much ammonia") is what is measured. */
export const MONEY_NOUNS: ReadonlySet<string> = new Set(
  `money cash damage damages tax taxes interest rent ransom bail fee fees wage wages pay budget value valuation worth funding aid debt profit profits revenue
   income spending investment compensation prize bonus salary reward fine fines loan subsidy subsidies grant cost costs price`.split(/\s+/),
);

function measuredSubstance(tokens: readonly Token[]): boolean {
  const at = tokens.findIndex((t, i) => t.norm === 'much' && tokens[i - 1]?.norm === 'how');
  if (at < 0 || tokens[at + 1]?.pos !== 'NOUN') return false;
  // "how much cargo value": the whole noun phrase decides.
  for (let k = at + 1; tokens[k]?.pos === 'NOUN'; k += 1) if (MONEY_NOUNS.has(tokens[k].norm)) return false;
  return true;
}

/** "how much wheat did …", "how much oil will …": the noun after "how much" is followed by an auxiliary. */
function nounBeforeAux(tokens: readonly Token[]): boolean {
  const at = tokens.findIndex((t, i) => t.norm === 'much' && tokens[i - 1]?.norm === 'how');
  let k = at + 1;
  while (tokens[k]?.pos === 'NOUN') k += 1;
  return at >= 0 && k > at + 1 && (tokens[k]?.pos === 'AUX' || DO_FORMS.has(tokens[k]?.norm ?? ''));
}

/** A word for a person's role written in lower case ("secretary", "president"): a title asked about, not a name. */
const lowerRoleWord = (t: Token): boolean => t.text === t.norm && isPersonWord(t.norm);

export function analyzeQuestion(kb: KnowledgeBase, original: string): QuestionAnalysis {
  const cleaned = fixQuestionWords(cleanQuestion(original));
  // valueAsked may have read the question's type already (of the text unchanged): it is not read twice.
  const read = valueAsked(cleaned);
  const text = read?.text ?? cleaned;
  const typedMatch = (): IntentMatch => read?.match ?? matchIntent(text.toLowerCase());
  const tokens = readTokens(text);
  const { tokens: corrected, corrections } = correctSpelling(kb, tokens);
  if (corrections.length === 0) return analyzeRead(kb, original, text, tokens, corrections, typedMatch());
  // "What is core inflaton now?", "rents gone up sicne 2019": everything read off the question's
  // words (its intent, its tags, the phrases rules look for) is read off the words meant. (But a
  // question type read from the words as typed stays, unless it is a plain one: "summarize" is no
  // typo of "summarized".)
  const mended = mend(text, tokens, corrected);
  const typed = typedMatch();
  return analyzeRead(kb, original, mended, readTokens(mended), corrections, PLAIN_RULES.has(typed.rule.name) ? matchIntent(mended.toLowerCase()) : typed);
}

/**
 * "Total cost of the scheme?", "price per ticket?", "age of the oldest runner?": in chat a bare noun
 * phrase headed by a measure asks for its value, as "what is the …?" does; read so, it is asked as
 * an amount rather than as words to find.
 */
function valueAsked(text: string): { text: string; match?: IntentMatch } | undefined {
  const m = MEASURE_FRAGMENT.exec(text);
  if (m === null) return undefined;
  const match = matchIntent(text.toLowerCase());
  if (match.rule.name !== 'statement') return { text, match };
  return { text: `what is the ${text.slice(m[1]?.length ?? 0)}` };
}

const MEASURE_FRAGMENT =
  /^((?:the|its|their|his|her)\s+)?(?:[\w'-]+\s+){0,3}?(?:cost|costs|price|prices|value|budget|salary|population|fare|fee|fees|rent|total|age|turnout|height|length|depth|weight|size|area|capacity|speed|temperature)(?:\s+(?:of|per|for|in|a|an|each)\b[^?]*)?\s*\??$/i;

/**
 * "How many people got hurt?" / "37 were injured", "who's getting the prize?" / "the prize goes
 * to …": "get" is the passive's auxiliary ("got stolen"), a change's ("got worse") or the vaguest
 * verb of having ("got a ticket" / "was given a ticket", "received"), and the answer seldom writes
 * it. wink lists its plain form as a stop word but not "got", "gets" or "getting": every form
 * is read alike, as no word the answer must hold.
 */
const isGet = (t: Token): boolean => t.lemma === 'get';

/**
 * "How did the cat end up on the roof?", "how did the crew manage to land it?": "end up" says only
 * that a thing came to be, "manage to" only that the act after it came off; the answer tells the
 * act or the state in its own words, and seldom writes either ("the station manager" is no
 * managing).
 */
function onlyComesTo(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.norm;
  return (tokens[i].lemma === 'end' && next === 'up') || (tokens[i].lemma === 'manage' && next === 'to');
}

/** Rules that read a question only by its opening word: the words meant may ask something more particular. */
const PLAIN_RULES: ReadonlySet<string> = new Set(['what', 'which', 'who', 'definition', 'statement', 'yes-no', 'how']);

/** The text with each corrected word written as meant, capitalised as typed. */
function mend(text: string, typed: readonly Token[], corrected: readonly Token[]): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < typed.length; i += 1) {
    if (corrected[i] === typed[i]) continue;
    const t = typed[i];
    const meant = startsUpper(t.text) ? corrected[i].text[0].toUpperCase() + corrected[i].text.slice(1) : corrected[i].text;
    out += text.slice(from, t.start) + meant;
    from = t.end;
  }
  return out + text.slice(from);
}

function analyzeRead(kb: KnowledgeBase, original: string, text: string, tokens: Token[], corrections: Array<[string, string]>, match: IntentMatch): QuestionAnalysis {
  const lower = text.toLowerCase();
  let { rule } = match;
  // "How much ammonia escaped?" asks for an amount of it, as "how much land" does: not money.
  // ("How much wheat did the country sell?" asks an amount of wheat, though "sell" deals in money:
  // the noun is the subject or object of the question's own verb, which the auxiliary after it opens.)
  if ((rule.name === 'how-much' || (rule.name === 'how-much-money' && nounBeforeAux(tokens))) && measuredSubstance(tokens)) rule = HOW_MUCH_OF;

  if (rule.name === 'definition' && match.subject !== undefined) {
    // Read once for both tests below.
    const subjectTokens = tokensOf(tokens, lower.indexOf(match.subject), match.subject.length) ?? readTokens(match.subject);
    // "Who is leading the offensive?" reads like a definition but asks for an agent: a verb in the
    // subject makes it a plain who/what question.
    // wink reads some such participles as nouns ("piloting the plane"): one before its object counts too.
    const participle = /^[a-z]+ing\s+(?:the|a|an|his|her|its|their|this|that|these|those)\b/.test(match.subject.toLowerCase());
    // ("who is carol fenwick": a name typed in lower case may read as a verb; the article's names are none.)
    if (participle || subjectTokens.some((t) => t.pos === 'VERB' && !kbNameWords(kb).has(t.norm))) rule = plainWhRule(lower);
    // "Who is Corvale's coach?" describes a person and asks for their name.
    else if (/^who\b/.test(lower)) {
      // The head of the description is its last word ("Corvale's coach" is a coach), or the last
      // before "of" ("the chief executive of Corvanta" is a chief executive; "the boss at Fellside"
      // a boss).
      // ("All of the Jonas brothers" are brothers: a quantifier before "of" is no head.)
      // (Or before any other preposition: "the developer behind Harlow Point" is a developer.)
      // ("Who is Harl Society of Arts's director?", as a follow-up reads "its director": an "of"
      // before the owner's "'s" is the owner's name's own, and the head is the owned noun.)
      const ofAt = subjectTokens.findIndex((t, i) => t.norm === 'of' || (i > 0 && t.pos === 'ADP'));
      const of = subjectTokens.slice(ofAt + 1).some((t) => isPossessive(t)) ? -1 : ofAt;
      const beforeOf = subjectTokens.slice(0, Math.max(0, of)).filter((t) => termOf(t) !== null);
      const head = (beforeOf.length > 0 ? beforeOf : subjectTokens.filter((t) => termOf(t) !== null)).pop();
      // (A title word the article capitalises in a name, "General Secretary Rosa Kellan", is no name
      // when the question writes it in lower case: "Who is the HTWU general secretary?")
      if (head && (!kbNameWords(kb).has(head.norm) || lowerRoleWord(head)) && head.pos !== 'PROPN') rule = { ...rule, wants: ['person', 'organisation'] };
    }
  }

  // "What was the revenue in dollars?" asks for money, in the unit named.
  if (rule.wants.includes('money') && askedCurrency(lower)) rule = { ...rule, wants: ['money'] };

  const names = kbNameWords(kb);
  const askedKind = WHICH_WORD.exec(lower)?.[1];
  const cues = cuesOf(rule);
  const addressAsked = asksAddressIn(lower);
  const terms: QuestionTerm[] = [];
  // "How big a fine …" names what is measured: the adjective only asks for its size.
  const namesThing = /^how \w+ an? \w/.test(lower);
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    const own = termOf(t);
    const term = phrasalTermAt(tokens, i) ?? own;
    if (term === null || term === '') continue;
    const joined = writtenAsOne(kb, tokens, i, own);
    if (joined !== undefined) {
      terms.push({ word: `${t.text}${tokens[i + 1].text}`, term: joined, pos: 'NOUN', isName: false, isStrict: false, isCue: false });
      i += 1;
      continue;
    }
    // (A word that opens on no capital is none, without the Unicode pattern: most are not.)
    const expansion = startsUpper(t.text) && ACRONYM.test(t.text) && !kb.index.has(term) ? spelledOut(kb, t.text) : undefined;
    if (expansion) {
      for (const w of expansion) terms.push({ word: w.text, term: termOf(w)!, pos: w.pos, isName: false, isStrict: false, isCue: false });
      continue;
    }
    // "Aurel Falls Mountaineering Club": a capitalised word inside a name is part of it, whatever
    // wink tags it ("Falls" as a verb would find any fall).
    const inName = i > 0 && t.pos !== 'PROPN' && startsUpper(t.text) && (capitalisedName(tokens[i - 1]) || capitalisedName(tokens[i + 1]));
    // "broke out" stands for "start": its particle counts as a verb.
    const pos = inName ? 'PROPN' : term !== own || verbAfterNamedSubject(tokens, i) || verbClosingDoQuestion(tokens, i) || misreadAfterAuxiliary(tokens, i, 1) ? 'VERB' : misreadAfterAuxiliary(tokens, i, 0) ? 'NOUN' : t.pos;
    // "Which party …" asks for a kind of thing, though "Party" is a word of a name the article gives.
    const kindAsked = t.norm === askedKind && !startsUpper(t.text);
    // ("How long has she been head there?": a word of a name the article gives, "Cape Head", that
    // the question writes in lower case as a verb, is the verb.)
    const verbWritten = t.pos === 'VERB' && !startsUpper(t.text);
    const isName = inName || (names.has(t.norm) && !kindAsked && !verbWritten) || (t.pos === 'PROPN' && startsUpper(t.text));
    // "How deep": the article must say "deep" (or "depth") for a distance to be one; "how fast" is
    // answered by any speed, so there the adjective only names the kind of value.
    const measure = rule.name === 'how-measure' && terms.length === 0 && t.pos === 'ADJ';
    const isStrict = isName || (measure && !namesThing && AMBIGUOUS_MEASURES.has(t.norm)) || PLACINGS.has(term);
    // "How long will the strike last?": the closing verb only repeats what "how long" asks (and
    // would find "last month").
    if (rule.intent === 'how-long' && t.norm === 'last' && tokens[i + 1]?.kind !== 'word') continue;
    // "What is the planet called?": the closing participle only asks for the name (and would find "called the result").
    // (So does "going" of "what is the park going to be called?".)
    if (rule.name === 'name-of' && (t.norm === 'called' || t.norm === 'named') && tokens[i + 1]?.kind !== 'word') continue;
    if (rule.name === 'name-of' && t.norm === 'going' && tokens[i + 1]?.norm === 'to' && tokens[i + 2]?.norm === 'be') continue;
    // "Where exactly was it found?", "what does the firm actually do?": an adverb that only
    // stresses the question is in no answer ("the actual cost" would match "actually").
    if (EMPHATIC_ADVERBS.has(t.norm)) continue;
    if (isGet(t) || onlyComesTo(tokens, i)) continue;
    // "What road is the library on?": the word for a street names only the kind of answer (and would find "Mill Road" for "Yarnworth Lane").
    if (addressAsked && ADDRESS_WORDS.has(t.norm)) continue;
    terms.push({ word: t.text, term, pos, isName, isStrict, isCue: cues.has(term) || (measure && !isStrict) });
  }
  // "What pay rise are the nurses asking for?": the last noun of the phrase after the wh-word.
  const focusPhrase = FOCUS_PHRASE.exec(lower)?.[1] ?? WHAT_WORD.exec(lower)?.[1];
  const focusWords = focusPhrase?.split(/\s+/) ?? [];
  let focus: QuestionTerm | undefined;
  for (const w of focusWords) focus = terms.find((t) => t.word.toLowerCase() === w && (t.pos === 'NOUN' || t.pos === 'PROPN')) ?? focus;
  const entities = new Map<string, AskedEntity[]>();
  const mentioned = mentionedNames(kb.facts, text);
  for (const e of askedEntities(kb, text, match.subject, mentioned)) {
    const list = entities.get(e.fact.article);
    if (list) list.push(e);
    else entities.set(e.fact.article, [e]);
  }
  return {
    original,
    text,
    focus,
    entities,
    mentioned,
    intent: rule.intent,
    rule: rule.name,
    wants: wantsOf(rule, match.measure),
    subject: match.subject,
    rest: match.rest,
    measure: match.measure,
    tokens,
    terms,
    corrections,
    memo: new QuestionMemo(),
  };
}

/**
 * "Who is the head teacher?" of an article that writes "headteacher" ("the sea front", "a land
 * slip"): two words the article writes as one are that one word.
 */
function writtenAsOne(kb: KnowledgeBase, tokens: readonly Token[], i: number, own: string | null): string | undefined {
  const next = tokens[i + 1];
  if (own === null || next === undefined || next.start !== tokens[i].end + 1 || notHalf(tokens[i]) || notHalf(next) || termOf(next) === null) return undefined;
  const joined = termOfWord(`${tokens[i].norm}${next.norm}`);
  // ("the leopard ate" joins to "leopardate", which stems to "leopard": a word the first already is.)
  return joined !== own && joined !== termOf(next) && kb.index.has(joined) ? joined : undefined;
}

/** No noun or adjective, or shorter than three letters: no half of a compound. */
const notHalf = (t: Token): boolean => (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') || t.norm.length < 3;

/** The question's tokens inside a span of its text (as read in context, without reading it again), or undefined when none lie there. */
function tokensOf(tokens: readonly Token[], at: number, length: number): Token[] | undefined {
  if (at < 0) return undefined;
  const inside: Token[] = [];
  for (const t of tokens) if (t.start >= at && t.end <= at + length) inside.push(t);
  return inside.length > 0 ? inside : undefined;
}

const nameWordCache = new WeakMap<KnowledgeBase, Set<string>>();

/** The table's own plain rules: a rule's cues are kept by its name, so one name is one rule. */
const PLAIN_WHO = INTENT_RULES.find((r) => r.name === 'who')!;
const PLAIN_WHAT = INTENT_RULES.find((r) => r.name === 'what')!;

function plainWhRule(lower: string): IntentRule {
  return lower.startsWith('who') ? PLAIN_WHO : PLAIN_WHAT;
}

/** Lower-cased words the articles only ever write capitalised inside a sentence: parts of names. */
export function kbNameWords(kb: KnowledgeBase): Set<string> {
  let set = nameWordCache.get(kb);
  if (set) return set;
  set = new Set();
  const lowerUse = new Set<string>();
  for (const d of kb.index.docs) {
    d.sentence.tokens.forEach((t, i) => {
      if (t.kind !== 'word') return;
      if (LOWER_START.test(t.text)) lowerUse.add(t.norm);
      else if (i > 0 && startsUpper(t.text) && (t.pos === 'PROPN' || ALL_CAPITALS.test(t.text))) set!.add(t.norm);
    });
  }
  for (const w of lowerUse) set.delete(w);
  nameWordCache.set(kb, set);
  return set;
}

/**
 * Expands question terms with related words for ranking: own words weigh 1, related words less.
 * Related words the knowledge base never uses are left out: they could match no sentence.
 */
/**
 * "Was Vanhal found guilty?" is answered by "acquitted", "did the bill pass?" by "it failed": a
 * yes or no question's predicate is met by its opposite too (the answer is then no). One asking
 * whether a state still holds is met by the words that end it ("can you still park there?" /
 * "parking has been banned").
 */
export function answeringOpposites(kb: KnowledgeBase, q: QuestionAnalysis, t: QuestionTerm): string[] {
  if (q.intent !== 'yes-no' || (t.pos !== 'VERB' && t.pos !== 'ADJ')) return NO_TERMS;
  const out: string[] = [];
  for (const o of oppositesOf(t.term)) if (kb.index.has(o)) out.push(o);
  // ("Does it cost anything?" / "entry is free": a word that says no only of a verdict meets it too.)
  for (const o of noSayersOf(t.term)) if (kb.index.has(o) && !out.includes(o)) out.push(o);
  // (Only for a word with no opposite of its own in the article, which tells its end more surely.)
  if (out.length === 0 && askedAsGoingOn(q.tokens, t.word)) for (const o of ENDING) if (kb.index.has(o) && o !== t.term) out.push(o);
  return out;
}

const NO_TERMS: string[] = [];

/**
 * "When did the library open again?" / "The library reopened on Monday", "when are the trams
 * running again?" / "Services resumed at 6 a.m.": an act asked to happen again is told by a verb of
 * its resuming, which the question leaves to "again".
 */
export function resumingForms(kb: KnowledgeBase, q: QuestionAnalysis, t: QuestionTerm): string[] {
  if (t.pos !== 'VERB' || t.isCue || !AGAIN.test(q.original)) return NO_TERMS;
  const out: string[] = [];
  for (const r of [`re${t.term}`, ...RESUMING]) if (r !== t.term && kb.index.has(r) && !out.includes(r)) out.push(r);
  return out;
}

const AGAIN = /\bagain\b/i;
/** Verbs (and their nouns) that say an act or a state came back: "reopened", "resumed", "was restored", "returned to service". */
const RESUMING: readonly string[] = ['reopen', 'resume', 'resumption', 'restore', 'restoration', 'return', 'restart', 'recapture', 'rediscover', 'reinstate', 'reconnect', 'relaunch', 'reappear', 'resurface'].map((w) => termOfWord(w));

/**
 * "How many of the bills haven't been paid?" / "40 of the bills were still unpaid", "which doors
 * were not locked?" / "the unlocked doors": a word the question negates is told by its "un-" form.
 */
export function negatedForms(kb: KnowledgeBase, q: QuestionAnalysis, t: QuestionTerm): string[] {
  if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || t.isCue || t.isStrict) return NO_TERMS;
  const tokens = q.tokens;
  const at = tokens.findIndex((x) => x.text === t.word);
  let negated = false;
  for (let k = at - 1; k >= Math.max(0, at - NEGATION_REACH) && !negated; k -= 1) negated = NEGATIONS.has(tokens[k].norm);
  if (!negated) return NO_TERMS;
  const un = termOfWord(`un${t.word.toLowerCase()}`);
  return kb.index.has(un) ? [un] : NO_TERMS;
}

/** How far before its word a question's negation may stand: "haven't been paid". */
const NEGATION_REACH = 3;
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never']);

/** The words that answer for a question word besides its related words: its opposites, its resuming verbs and its negated forms. */
export function answeringForms(kb: KnowledgeBase, q: QuestionAnalysis, t: QuestionTerm): string[] {
  const opposites = answeringOpposites(kb, q, t);
  const resuming = resumingForms(kb, q, t);
  const negated = negatedForms(kb, q, t);
  const out = resuming.length === 0 ? opposites : opposites.length === 0 ? resuming : [...opposites, ...resuming];
  return negated.length === 0 ? out : [...out, ...negated];
}

export function queryTerms(kb: KnowledgeBase, q: QuestionAnalysis, relatedWeight = 0.45): Array<{ term: string; weight: number }> {
  const out = new Map<string, number>();
  for (const t of q.terms) {
    const weight = t.isCue ? 0.5 : 1;
    out.set(t.term, Math.max(out.get(t.term) ?? 0, weight));
    // "How deep": a strict measure is still found by its noun ("a depth of 68 metres").
    for (const noun of DIMENSION_NOUNS.get(t.term) ?? []) out.set(noun, Math.max(out.get(noun) ?? 0, weight));
    if (t.isStrict) continue;
    for (const r of relatedIn(kb.index, t.term)) if (!out.has(r)) out.set(r, weight * relatedWeight);
    for (const r of answeringForms(kb, q, t)) if (!out.has(r)) out.set(r, weight * relatedWeight);
  }
  const query: Array<{ term: string; weight: number }> = [];
  out.forEach((weight, term) => query.push({ term, weight }));
  return query;
}
