import { HONORIFICS, REPORTING_VERBS } from '../../facts/lexicon.js';
import { captionCredit } from '../../article/caption.js';
import type { ClaimFact, CreditFact, QuoteFact } from '../../facts/types.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { QuestionAnalysis } from '../analyze.js';
import { termOfWord } from '../../nlp/terms.js';
import { areNewsRelated } from '../../index/related.js';
import { bestSimilarity, vectorId } from '../../index/embeddings.js';
import { askedEntities } from '../entities.js';
import { memoKey } from '../memo.js';
import { factLookup, speakerOf } from '../sentence-facts.js';
import { clauseFrom, isClauseEnd, textOf, tidyAnswer, withHonorific } from '../spans.js';
import type { Ctx, Extraction } from './context.js';
import { asksDirected, biddenAct, directedAct, openSlot } from './descriptions.js';
import { agentPhrase } from './names.js';
import { subjectBefore } from '../../facts/phrases.js';

/** Who said what: quotes, reported speech, sources and photo credits. */

/** "“We will not let them down,” Mr Marek, 58, told supporters": the quoted words of a sentence that names the speaker. */
export function quotedWords(ctx: Ctx): Extraction | null {
  if (!ctx.q.terms.some((t) => t.isName && ctx.m.matched.includes(t.word))) return null;
  const m = /[“"]([^”"]{8,})[”"]/u.exec(ctx.sentence.text);
  return m ? { text: `“${m[1].replace(/[,.]$/, '')}”`, type: 'quote', how: 'quoted words', strength: 0.85 } : null;
}

/** "X, a spokesperson, said the team had …": what follows the speaker's reporting verb. */
export function reportedSpeech(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  const first = ctx.exact[0];
  if (first === undefined) return null;
  // The speaker may carry an apposition or "from the X (Y)" before the verb.
  for (let k = first + 1; k < Math.min(tokens.length, first + 12); k += 1) {
    if (tokens[k].pos !== 'VERB' || !REPORTING_VERBS.has(tokens[k].lemma)) continue;
    let from = k + 1;
    if (tokens[from]?.norm === 'that') from += 1;
    const to = tokens.length - (isClauseEnd(tokens[tokens.length - 1]) ? 2 : 1);
    if (from > to) return null;
    return { text: tidyAnswer(textOf(ctx.sentence, from, to)), type: 'quote', how: 'reported speech', strength: 0.8 };
  }
  return null;
}

/** The full names a question's subject refers to: "the Observatory's chief" → the person in that role. */
export function speakersOf(kb: KnowledgeBase, subject: string | undefined): Set<string> {
  if (!subject) return new Set();
  // (The full role must name someone: "its headteacher", a speaker left unnamed, is no one in particular.)
  for (const full of unclippedRoles(subject)) {
    const named = namedBy(kb, full);
    if (named.names.size > 0) return withSurnameSpeakers(kb, named);
  }
  const named = namedBy(kb, subject);
  return named.names.size > 0 ? withSurnameSpeakers(kb, named) : speakerByOneWord(kb, subject);
}

/** The names a subject refers to, and the articles that name them. */
function namedBy(kb: KnowledgeBase, subject: string): { names: Set<string>; articles: Set<string> } {
  const found = askedEntities(kb, subject, subject);
  return { names: new Set(found.map((e) => e.fact.name)), articles: new Set(found.map((e) => e.fact.article)) };
}

/**
 * The names, with the speakers their articles call by one of their surnames alone ("Mrs Tregowth"
 * of "Ysmay Tregowth"). Only those articles' speech is read: in an archive, a "Mrs Tregowth" of
 * another story is someone else, and reading every quote made each question grow with the archive.
 */
function withSurnameSpeakers(kb: KnowledgeBase, { names, articles }: { names: Set<string>; articles: Set<string> }): Set<string> {
  const out = new Set(names);
  for (const article of articles) {
    for (const f of factLookup(kb).byArticle.get(article) ?? []) {
      if (f.type !== 'quote' && f.type !== 'claim') continue;
      const who = speakerOf(f);
      for (const name of names) if (calledBySurname(name, who)) out.add(who);
    }
  }
  return out;
}

/**
 * "What did the head say?": in British news "the head" of a school is its headteacher, whom the
 * article names by the full word ("headteacher Ysmay Tregowth"); the bare word would find any name
 * holding "Head" ("Pellock Head lighthouse").
 */
function unclippedRoles(subject: string): string[] {
  const m = CLIPPED_HEAD.exec(subject);
  return m ? HEAD_ROLES.map((role) => `${m[1]}${role}`) : [];
}

const CLIPPED_HEAD = /^(.*\b)head$/i;
const HEAD_ROLES = ['headteacher', 'headmaster', 'headmistress'];

/**
 * "What did Zenobie say?" of "Zenobie Quarrendale, 31, …", "what did the plumber say?" of "Plumber Ian Rook":
 * a first name, or a trade written as a title before the name, picks the one speaker whose name
 * holds that word, when only one does.
 */
function speakerByOneWord(kb: KnowledgeBase, subject: string): Set<string> {
  const word = subject.toLowerCase().split(/\s+/).pop() ?? '';
  const titled = titleHolders(kb, word);
  // Only a speaker whose name holds the word, or a titled one's surname, can be meant: looked up by it.
  const { speakersByWord, speechBySpeaker } = factLookup(kb);
  const titledSurnames = new Set(titled.map(surnameOf));
  const candidates = new Set([word, ...[...titledSurnames].map((s) => s.toLowerCase())].flatMap((w) => speakersByWord.get(w) ?? []));
  const firstSpoken = (who: string): number => speechBySpeaker.get(who)?.[0] ?? 0;
  // (By sets, not by trying each titled name on each speaker: an archive's ministers run to thousands.)
  const titledNames = new Set(titled);
  const callsTitled = (who: string): boolean => titledNames.has(who) || (titledSurnames.has(surnameOf(who)) && isSurnameForm(who));
  const speakers = new Set(
    [...candidates]
      .filter((who) => who.toLowerCase().split(/\s+/).includes(word) || callsTitled(who))
      .sort((a, b) => firstSpoken(a) - firstSpoken(b)),
  );
  // ("DS Vellacott" of her quotes and "Ann Vellacott" of her reported words are still one person.)
  const [first, ...rest] = speakers;
  return first !== undefined && rest.every((who) => calledBySurname(first, who) || calledBySurname(who, first)) ? speakers : new Set();
}

/**
 * "Yard foreman Ivo Skerrat … “…,” Mr Skerrat said": the people whose title, written before their
 * name, holds the word, so that "what did the foreman say?" finds the speaker the quote calls
 * by surname alone.
 */
function titleHolders(kb: KnowledgeBase, word: string): readonly string[] {
  return factLookup(kb).titleHolders.get(word) ?? NO_HOLDERS;
}

const NO_HOLDERS: readonly string[] = [];

/**
 * "Ivo Skerrat" is called "Skerrat", "Mr Skerrat" or "DS Skerrat" (an honorific or a rank in capitals),
 * but not "Ada Skerrat", who may be his wife.
 */
function calledBySurname(name: string, who: string): boolean {
  return who === name || (surnameOf(who) === surnameOf(name) && isSurnameForm(who));
}

const surnameOf = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);

/** Whether a name is a surname alone or one after an honorific or a rank ("Skerrat", "Mr Skerrat", "DS Skerrat"). */
function isSurnameForm(who: string): boolean {
  const words = who.split(' ');
  return words.length === 1 || (words.length === 2 && (HONORIFICS.has(words[0].toLowerCase()) || RANK_ABBREVIATION.test(words[0])));
}

const RANK_ABBREVIATION = /^\p{Lu}{2,4}$/u;

const SPEAKERS = memoKey<{ kb: KnowledgeBase; speakers: ReadonlySet<string> }>('speakers');

/** The speakers a question's subject refers to, found once per question: every candidate sentence asks. */
export function questionSpeakers(kb: KnowledgeBase, q: QuestionAnalysis): ReadonlySet<string> {
  const cached = q.memo.get(SPEAKERS);
  if (cached?.kb === kb) return cached.speakers;
  const speakers = speakersOf(kb, q.subject);
  q.memo.set(SPEAKERS, { kb, speakers });
  return speakers;
}

/** Said by one of the speakers asked about (any, when the question names none). */
const bySpeaker = (speakers: ReadonlySet<string>, who: string): boolean => speakers.size === 0 || speakers.has(who);

/** How many of the words the question asks about ("about Homs") a quote or claim holds. */
function overlap(restTerms: readonly string[], text: string): number {
  const words = wordTermsOf(text).set;
  return restTerms.filter((t) => words.has(t)).length;
}

/** The terms of a quote's or claim's words, as a list and a set. */
interface WordTerms {
  list: readonly string[];
  set: ReadonlySet<string>;
}

/**
 * The texts are the articles' quotes and claims, weighed again for every question about them:
 * their terms are found once, bounded like the term cache.
 */
const wordTermsCache = new Map<string, WordTerms>();
const WORD_TERMS_LIMIT = 20_000;

function wordTermsOf(text: string): WordTerms {
  let terms = wordTermsCache.get(text);
  if (!terms) {
    const list = text.toLowerCase().split(/\W+/).map((w) => termOfWord(w));
    terms = { list, set: new Set(list) };
    if (wordTermsCache.size >= WORD_TERMS_LIMIT) wordTermsCache.clear();
    wordTermsCache.set(text, terms);
  }
  return terms;
}

/** What a "what did X say" question asks, the same for every candidate sentence. */
interface QuoteQuestion {
  /** Terms of what it asks about ("about Homs"). */
  restTerms: string[];
  /** Whether it asks for words said, not for what someone did or thought. */
  asksSay: boolean;
  /** The term of a more particular verb of speech it asks with ("vow", "promise"), if any. */
  speechVerb: string | undefined;
}

/** Verbs that ask for words said in a particular way: a sentence may report them with a plain "said". */
const SPEECH_VERB = /\b(?:add|added|claim|claimed|warn|warned|announce|announced|vow|vowed|pledge|pledged|promise|promised|reply|replied|respond|responded|insist|insisted|admit|admitted|deny|denied|predict|predicted|call|called|describe|described)\b/i;

const QUOTE_QUESTION = memoKey<QuoteQuestion>('quote question');

/** Verbs that ask for the words something was called by ("how did she describe …"). */
const DESCRIBING: ReadonlySet<string> = new Set(['describe', 'described', 'call', 'called'].map((w) => termOfWord(w)));
/** Words in quotation marks, straight or curly. */
const QUOTED = /[“"]([^”"]{3,})[”"]/g;

/**
 * "What did the union call the offer?" / "… called the offer “an insult”", "rejected the proposal
 * as “a plaster on a broken leg”": the quoted words a naming verb gives the asked thing (or "it").
 */
const CALLED = /\b(?:called|calls|calling|dubbed|branded|labell?ed|described|describes|describing|rejected|dismissed)\s+((?:[\p{L}'’-]+\s+){0,5}?)(?:as\s+)?[“"]([^”"]{2,160})[”"]/giu;
const POINTING = /^(?:it|them|this|that|him|her)\s+$/i;

function wordsCalledBy(sentence: string, restTerms: readonly string[]): string | undefined {
  for (const m of sentence.matchAll(CALLED)) {
    const object = m[1];
    const names = POINTING.test(object) || restTerms.some((t) => wordTermsOf(object).set.has(t));
    if (names) return m[2].replace(/[.,;:!?]+$/, '');
  }
  return undefined;
}

/** The words the sentence quotes inside a claim it reports, if any. */
function quotedWithin(sentence: string, claim: string): string | undefined {
  for (const m of sentence.matchAll(QUOTED)) if (claim.includes(m[1])) return m[1].replace(/[.,;:!?]+$/, '');
  return undefined;
}

function quoteQuestion(q: QuestionAnalysis): QuoteQuestion {
  let qq = q.memo.get(QUOTE_QUESTION);
  if (!qq) {
    qq = {
      restTerms: (q.rest ?? '').toLowerCase().split(/\W+/).filter(Boolean).map((w) => termOfWord(w)),
      asksSay: /\b(?:say|said|tell|told|comment|words|statement|remarks?|quote|message|think|thought|views?|reaction|response|opinion)\b/i.test(q.text),
      speechVerb: speechVerbOf(q.text),
    };
    q.memo.set(QUOTE_QUESTION, qq);
  }
  return qq;
}

const TOPIC_TERMS = memoKey<readonly string[]>('the words a quote question asks about');

/**
 * How many of the words a "what did X say about Y" question asks about (those that carry
 * meaning: a quote holding "about" or "the" is no nearer the topic) an answer's words hold; -1
 * when it asks about nothing in particular.
 */
export function topicOverlap(q: QuestionAnalysis, text: string): number {
  let topic = q.memo.get(TOPIC_TERMS);
  if (!topic) {
    const rest = new Set((q.rest ?? '').toLowerCase().split(/\W+/));
    topic = q.tokens.filter((t) => !t.stop && rest.has(t.norm)).map((t) => termOfWord(t.norm));
    q.memo.set(TOPIC_TERMS, topic);
  }
  return topic.length === 0 ? -1 : overlap(topic, text);
}

/**
 * Like topicOverlap, but a topic word the answer writes in another word counts too: one news uses
 * for it ("release" / "publish"), or one close to it by word vectors ("unusual" / "rare"). "What
 * did she say was so unusual about the find?" is answered by her words that call it rare.
 */
export function topicNear(q: QuestionAnalysis, text: string): number {
  const exact = topicOverlap(q, text);
  if (exact !== 0) return exact;
  const topic = q.memo.get(TOPIC_TERMS) ?? [];
  const terms = wordTermsOf(text).list;
  const related = topic.filter((t) => terms.some((w) => areNewsRelated(t, w))).length;
  if (related > 0) return related;
  // (Short words are left out: function words sit close together by vectors, whatever they speak of.)
  const rows = text.toLowerCase().split(NOT_WORD).filter((w) => w.length > SHORT_WORD).map((w) => vectorId(w));
  return topicWords(q).filter((w) => w.length > SHORT_WORD && bestSimilarity(vectorId(w), rows) >= NEAR_WORD).length;
}

/** The words (not terms) of a quote question's topic, as the question writes them. */
function topicWords(q: QuestionAnalysis): readonly string[] {
  const rest = new Set((q.rest ?? '').toLowerCase().split(/\W+/));
  return q.tokens.filter((t) => !t.stop && rest.has(t.norm)).map((t) => t.norm);
}

const SHORT_WORD = 3;
const NOT_WORD = /[^\p{L}'’-]+/u;
/** How close by word vectors a word must be to a topic word to stand for it ("unusual" / "rare" 0.76). */
const NEAR_WORD = 0.75;

function speechVerbOf(question: string): string | undefined {
  const verb = SPEECH_VERB.exec(question)?.[0];
  return verb === undefined ? undefined : termOfWord(verb.toLowerCase());
}

/** How the quoted words a naming verb gives the asked thing are found ("called the offer “an insult”"). */
export const WORDS_CALLED = 'the words it was called';

/**
 * The plain verb of speech, in the past, asks for words someone said and nothing else. ("What does
 * the guidance say about …" asks what a document sets out, which it words as it likes.)
 */
const SAYS = /\b(?:did\b.*\bsay|said)\b/i;

/** How an act someone was told to do is found: "what did the mayor tell residents to do?". */
export const DIRECTED = 'what they were told to do';

/** "What did X say (about Y)?": X's quote or claim in this sentence, else what follows X's verb. */
export function quote(ctx: Ctx): Extraction | null {
  // "What did the mayor tell residents to do?" / "… urged residents to stay indoors": the act, not the words said.
  const directed = asksDirected(ctx.q) ? directedAct(ctx.sentence) ?? biddenAct(ctx.sentence) : undefined;
  if (directed) return { text: directed, type: 'quote', how: DIRECTED, strength: 1 };
  const speakers = questionSpeakers(ctx.kb, ctx.q);
  const quotes = ctx.facts.filter((f): f is QuoteFact => f.type === 'quote' && bySpeaker(speakers, f.speaker));
  const { restTerms, asksSay: asksSayOnly, speechVerb } = quoteQuestion(ctx.q);
  const describes = speechVerb !== undefined && DESCRIBING.has(speechVerb);
  // "What did she promise?" of "…, she said, the company would pay": a sentence without the
  // question's verb may still report what was promised; one with it ("vowed to …") says it after the verb.
  const asksSay = asksSayOnly || (speechVerb !== undefined && !ctx.m.doc.tf.has(speechVerb));
  const claims = ctx.facts.filter((f): f is ClaimFact => f.type === 'claim' && bySpeaker(speakers, f.source));
  const called = describes ? wordsCalledBy(ctx.sentence.text, restTerms) : undefined;
  if (called) return { text: called, type: 'quote', how: WORDS_CALLED, strength: 1, attribution: quotes[0]?.speaker ?? claims[0]?.source };
  if (asksSay && quotes.length + claims.length > 0) {
    const options: Array<Extraction & { overlap: number }> = [
      ...quotes.map((q) => ({
        text: `“${q.text}”`,
        type: 'quote' as const,
        how: 'quote',
        strength: 1,
        attribution: q.speaker,
        focus: q.speaker,
        overlap: overlap(restTerms, q.text),
        ...(q.sentences.length > 1 ? { spans: [...q.sentences].sort((a, b) => a - b) } : {}),
      })),
      // "How did the opposition describe the project?" / "said the project had been “a textbook
      // example of poor planning”": the words quoted in the claim are the description.
      ...claims.map((c) => ({ text: (describes && quotedWithin(ctx.sentence.text, c.claim)) || c.claim, type: 'quote' as const, how: 'claim', strength: 0.9, attribution: c.source, focus: c.source, overlap: overlap(restTerms, c.claim) })),
    ].sort((a, b) => b.overlap - a.overlap);
    const best = options[0];
    if (restTerms.length === 0 || best.overlap > 0) {
      const { overlap: _o, ...ext } = best;
      return ext;
    }
  }
  const spoken = asksSay ? quotedWords(ctx) ?? reportedSpeech(ctx) : null;
  const who = quotes[0]?.speaker ?? claims[0]?.source;
  // "What did Kardal say about his defeat?" is not answered by a sentence where he says nothing.
  if (asksSay && !spoken && !who && speakers.size > 0) return null;
  // "What did the builder say?" asks for words: a sentence that gives none ("Builders renovating a
  // pub have uncovered …") is no answer, whatever words follow the question's in it.
  if (!spoken && SAYS.test(ctx.q.text)) return null;
  const open = spoken ?? openSlot(ctx);
  if (!open) return null;
  // A new extraction of this call's own (see Extraction): completed in place.
  open.attribution = who;
  open.focus = who;
  if (speakers.size > 0 && !who) open.strength *= 0.7;
  return open;
}

/** Verbs of speaking, as terms: the reporting verbs and those that say how something was put ("compared it to …"). */
const SPEAKING: ReadonlySet<string> = new Set(
  [...REPORTING_VERBS, 'compare', 'liken', 'describe', 'call', 'urge', 'criticise', 'criticize', 'praise', 'blame', 'accuse', 'thank', 'promise', 'vow', 'pledge', 'speak', 'talk', 'ask', 'question', 'defend', 'dismiss'].map((w) => termOfWord(w)),
);

/**
 * "Who compared the collapse to yanking a tablecloth off a table?" / "“It was like somebody pulled
 * a tablecloth off a table,” he said.": the speaker of words the question describes.
 */
export function speakerOfWords(ctx: Ctx): Extraction | null {
  // "Who designed the new museum?" asks who did something, not who spoke of the museum: the
  // speaker answers a question on speaking ("who compared", "who warned"), or one whose deed the
  // words themselves tell.
  // (From the question's words: a light verb, "who made the cells", is no term of it.)
  const verbs = ctx.q.tokens.filter((t) => t.pos === 'VERB').map((t) => termOfWord(t.lemma));
  const speaking = verbs.length === 0 || verbs.some((v) => SPEAKING.has(v));
  for (const f of ctx.facts) {
    if (f.type !== 'quote' && f.type !== 'claim') continue;
    const words = wordTermsOf(f.type === 'quote' ? f.text : f.claim).set;
    if (!ctx.q.terms.some((t) => !t.isCue && t.pos === 'NOUN' && words.has(t.term))) continue;
    if (!speaking && !verbs.some((v) => words.has(v))) continue;
    const who = speakerOf(f);
    return { text: who, type: 'entity', how: 'speaker of the words', strength: 0.5, focus: who };
  }
  return null;
}

export function source(ctx: Ctx): Extraction | null {
  const claims = ctx.facts.filter((f): f is ClaimFact | QuoteFact => f.type === 'claim' || f.type === 'quote');
  if (claims.length > 0) {
    // Prefer the claim whose content the question describes.
    let best = claims[0];
    let bestScore = -1;
    for (const c of claims) {
      const content = c.type === 'claim' ? c.claim : c.text;
      const verb = c.verb;
      const words = wordTermsOf(content).list;
      const score = words.filter((w) => ctx.questionTerms.has(w)).length + (ctx.questionTerms.has(termOfWord(verb)) ? 1 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    const who = best.type === 'claim' ? best.source : best.speaker;
    // ("It said …", "they said": a pronoun left unresolved names no source.)
    return { text: withHonorific(ctx.sentence, who), type: 'source', how: `${best.type} source`, strength: BARE_PRONOUN.test(who) ? UNNAMED_SOURCE : 1, focus: who };
  }
  const credit = ctx.facts.find((f): f is CreditFact => f.type === 'credit');
  if (credit) return creditOf(credit);
  return accordingTo(ctx) ?? subjectOfAskedVerb(ctx) ?? agentPhrase(ctx);
}

/**
 * "Who estimates the losses at 6 million?" / "The Growers' Union estimates total losses at …": a
 * verb of judging the facts keep no claim for still has its doer, the subject written before the
 * very verb the question asks by (wink may tag "estimates" a noun in either).
 */
function subjectOfAskedVerb(ctx: Ctx): Extraction | null {
  const asked = ctx.q.tokens[1];
  if (asked === undefined || ctx.q.tokens[0]?.norm !== 'who') return null;
  const tokens = ctx.sentence.tokens;
  for (let k = 1; k < tokens.length; k += 1) {
    if (tokens[k].norm !== asked.norm) continue;
    const s = subjectBefore(tokens, k);
    if (!s || (s.from === s.to && tokens[s.from].pos === 'PRON')) continue;
    const text = tidyAnswer(textOf(ctx.sentence, s.from, s.to));
    if (text) return { text, type: 'source', how: 'subject of the asked verb', strength: ASKED_VERB_SUBJECT, focus: text };
  }
  return null;
}

const ASKED_VERB_SUBJECT = 0.8;

/**
 * "… will earn more than anyone before him, according to people familiar with the talks": a source
 * no name gives, which the facts keep no claim for, is still the source the sentence credits.
 */
function accordingTo(ctx: Ctx): Extraction | null {
  const m = ACCORDING_TO.exec(ctx.sentence.text);
  if (!m) return null;
  const at = ctx.sentence.tokens.findIndex((t) => t.start >= m.index + m[0].length);
  const text = at < 0 ? '' : tidyAnswer(clauseFrom(ctx.sentence, at, ACCORDING_WORDS));
  return text ? { text, type: 'source', how: 'credited by "according to"', strength: ACCORDING_STRENGTH, focus: text } : null;
}

const ACCORDING_TO = /\baccording to\s+/i;
const ACCORDING_WORDS = 10;
const ACCORDING_STRENGTH = 0.8;

const BARE_PRONOUN = /^(?:it|they|he|she|we|i|you)$/i;
const UNNAMED_SOURCE = 0.2;

export function creditOf(c: { photographer?: string; agency?: string }): Extraction {
  const text = c.photographer && c.agency ? `${c.photographer} (${c.agency})` : (c.photographer ?? c.agency ?? '');
  return { text, type: 'credit', how: 'photo credit', strength: 1, focus: c.photographer ?? c.agency };
}

export function credit(ctx: Ctx): Extraction | null {
  const fact = ctx.facts.find((f): f is CreditFact => f.type === 'credit');
  if (fact) return creditOf(fact);
  if (!ctx.sentence.caption) return null;
  const c = captionCredit(ctx.sentence.text);
  return c ? creditOf(c) : null;
}
