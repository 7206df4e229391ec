import type { ClaimFact, QuoteFact } from '../facts/types.js';
import type { IndexedSentence } from '../index/sentence-index.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { analyzeQuestion, type QuestionAnalysis } from './analyze.js';
import type { Conversation } from './conversation.js';
import type { Extraction } from './extract.js';
import { resolveFollowUp } from './followup.js';
import { SOURCE_SHARE, scoreCandidates } from './candidates.js';
import { absent, confidenceOf } from './confidence.js';
import { factsOf } from './sentence-facts.js';
import { conversational } from './conversational.js';
import { askedUnit, convertLastAnswer, inUnit } from './conversion.js';
import { sourceOfLastAnswer } from './last-source.js';
import { LEAD_SUBJECT, wholeNameOf } from './extract/names.js';
import { EARLIER_ONE_NEXT } from './extract/descriptions.js';
import type { Answer, Source } from './types.js';

export const NOT_IN_ARTICLE = "The article doesn't say.";

/** Below this confidence the engine says the article doesn't say rather than guess. */
export const ANSWER_THRESHOLD = 0.45;

function toSource(d: IndexedSentence): Source {
  const source: Source = { article: d.article.id, index: d.sentence.index, text: d.sentence.text };
  // Set only for captions, as the field's absence says "not a caption" (and no spread per source).
  if (d.sentence.caption) source.caption = true;
  return source;
}

/** Answers one question against a knowledge base; with a conversation, resolves follow-ups and records the turn. */
export function answerQuestion(kb: KnowledgeBase, question: string, conversation?: Conversation): Answer {
  const converted = conversation ? (convertLastAnswer(question, conversation) ?? sourceOfLastAnswer(question, conversation)) : null;
  if (converted) {
    conversation?.remember(question, converted);
    return converted;
  }
  const q = readQuestion(kb, question, conversation);
  const answer = conversational(kb, q) ?? answerFromArticle(kb, q);
  conversation?.remember(question, answer);
  return answer;
}

const PERSON_PRONOUN = /\b(?:he|she|him|her|his|hers)\b/i;

/** Words by which a question points back at what was just said ("how long did it take them?", "where was that?"). */
const POINTS_BACK = /\b(?:he|she|him|her|his|hers|it|its|they|them|their|this|that|these|those|there|then)\b/i;
/** Openings that carry a question on from the last ("and in winter?", "what about the others?"). */
const CARRIES_ON = /^\s*(?:and|so|what about|how about|but)\b/i;
const FEW_WORDS = /^\s*(?:\S+\s+){0,2}\S+\s*$/;
const leansOnLast = (question: string): boolean => POINTS_BACK.test(question) || CARRIES_ON.test(question) || FEW_WORDS.test(question);

/** The question as the engine reads it, follow-up pronouns resolved against the conversation. */
export function readQuestion(kb: KnowledgeBase, question: string, conversation?: Conversation): QuestionAnalysis {
  if (!conversation) return analyzeQuestion(kb, question);
  // The last answer's sentence (or the closest one, when it declined) is kept for ranking.
  const q = analyzeQuestion(kb, resolveFollowUp(question, conversation, kb));
  const last = conversation.turns[conversation.turns.length - 1]?.answer;
  const source = last?.sources[0] ?? last?.closest;
  // Not for what someone said, nor for "he" or "she" after an answer naming them ("Who chairs the
  // board?" / "Ada Brenn", "When did she join?"): the sentence that introduced them tells little more.
  const aboutPerson = (last?.intent === 'who' || last?.intent === 'definition') && PERSON_PRONOUN.test(question);
  if (source && q.intent !== 'quote' && !aboutPerson) q.lastSource = { article: source.article, index: source.index, followsUp: leansOnLast(question) };
  return q;
}

function attributionOf(kb: KnowledgeBase, d: IndexedSentence, ext: Extraction | null, answer: string): string | undefined {
  const who = attributionOfSentence(kb, d, ext);
  // "Who is the Observatory's chief?" — "Rami Abdurrahman, according to Rami Abdurrahman" says nothing.
  return who && !answer.includes(who) ? midSentence(who) : undefined;
}

/** "The insurgents", as it opened its sentence, reads "the insurgents" after "according to"; a name keeps its capital. */
const midSentence = (who: string): string => who.replace(OPENING_DETERMINER, (word: string) => word.toLowerCase());

const OPENING_DETERMINER = /^(?:The|A|An|Its|Their|His|Her)(?= [a-z])/;

function attributionOfSentence(kb: KnowledgeBase, d: IndexedSentence, ext: Extraction | null): string | undefined {
  if (ext?.attribution) return ext.attribution;
  if (ext?.type === 'source' || ext?.type === 'credit' || ext?.type === 'quote') return undefined;
  const facts = factsOf(kb, d.article.id, d.sentence.index);
  const claim = facts.find((f): f is ClaimFact | QuoteFact => f.type === 'claim' || f.type === 'quote');
  if (!claim) return undefined;
  return claim.type === 'claim' ? claim.source : claim.speaker;
}

function answerFromArticle(kb: KnowledgeBase, q: QuestionAnalysis): Answer {
  const subject = q.mentioned[0]?.name;
  const candidates = scoreCandidates(kb, q, 8, undefined, true);
  const best = candidates[0];
  if (!best || best.score <= 0) return decline(q, undefined, subject, 'no sentence shares a word with the question');
  const confidence = confidenceOf(kb, q, best, candidates[1]);
  if (confidence < ANSWER_THRESHOLD) {
    // Only a word no article uses, in any related word, is one "the article never mentions".
    const unknown = best.m.missing.filter((t) => absent(kb, t.term));
    const why = unknown.length ? `the article never mentions ${unknown.map((t) => `"${t.word}"`).join(', ')}` : 'no sentence matches closely enough';
    return decline(q, best.m.doc, subject, why, confidence);
  }

  const { m, ext } = best;
  const answerText = (ext && inAskedUnit(q, m.doc, ext)) || (ext && q.intent === 'which' && ext.type === 'entity' ? wholeNameOf(m.doc.sentence, ext.text) : ext?.text) || m.doc.sentence.text;
  const sources = sourcesOf(kb, q, m.doc, ext);
  // "A councillor has resigned …" / "Ada Brenn, 58, stepped down on Tuesday": the lead's unnamed
  // subject is named in a later sentence, which writes the answer and is cited first.
  const named = ext?.how === LEAD_SUBJECT ? namingSentence(kb, m.doc, answerText, 1) : undefined;
  if (named) sources.unshift(toSource(named));
  const naming = ext && NAMED_ANSWERS.has(ext.type) ? namingSentence(kb, m.doc, answerText, -1) : undefined;
  if (naming && !sources.some((s) => s.index === naming.sentence.index)) sources.splice(ext?.type === 'source' && BARE_QUOTE.test(m.doc.sentence.text.trim()) ? 0 : 1, 0, toSource(naming));
  // (Setting an array's length is a call into the runtime even when it changes nothing: only when it does.)
  if (sources.length > 3) sources.length = 3;
  for (let i = 1; i < candidates.length && sources.length < 3; i += 1) {
    const c = candidates[i];
    if (c.score >= best.score * SOURCE_SHARE && c.m.coverage >= 0.5 && !sources.some((s) => s.index === c.m.doc.sentence.index && s.article === c.m.doc.article.id)) sources.push(toSource(c.m.doc));
  }
  const ruleBased = ext !== null && /quantity|time\(|quote|claim|credit|role|alias/.test(ext.how);
  return {
    answered: true,
    answer: answerText,
    intent: q.intent,
    confidence: round(confidence),
    sources,
    attribution: attributionOf(kb, m.doc, ext, answerText),
    explanation: {
      method: ruleBased ? 'rule' : 'fallback',
      rule: `${q.rule} → ${ext ? ext.how : 'best matching sentence'}`,
      matched: m.matched,
    },
    focus: ext?.focus ?? subject,
    subject,
  };
}

/** Answers that are someone's name, which a sentence may give only as "she" or a surname. */
const NAMED_ANSWERS: ReadonlySet<Extraction['type']> = new Set(['person', 'organisation', 'source', 'entity']);
/**
 * A sentence that is all one quotation, its speaker told only by the sentences around it: for
 * "who said …?" it shows neither name nor "she said", so the sentence naming her is cited first.
 */
const BARE_QUOTE = /^["“][^"“”]+["”]$/;
/** How many sentences away the one that names a pronoun's or a lead's person is looked for. */
const NAMING_REACH = 4;
const NAME_WORD = /\p{Lu}[\p{L}'’-]+/gu;

/**
 * The nearest sentence, `step` by `step` from the cited one, that writes the last word of an answer
 * the cited one does not write. "“We are not going to lose it again,” she said." answers "who said
 * …?" with the name of the sentence before (step -1), cited beside it; a lead's unnamed subject
 * ("A councillor has resigned …") is named after it (step 1), in the sentence cited first.
 */
function namingSentence(kb: KnowledgeBase, doc: IndexedSentence, answer: string, step: 1 | -1): IndexedSentence | undefined {
  const last = answer.match(NAME_WORD)?.pop();
  if (last === undefined || doc.sentence.text.includes(last)) return undefined;
  for (let k = 1; k <= NAMING_REACH; k += 1) {
    const i = doc.sentence.index + step * k;
    if (i < 0) break;
    const d = kb.index.find(doc.article.id, i);
    if (d?.sentence.text.includes(last)) return d;
  }
  return undefined;
}

/** "What was the revenue in dollars?", "how long was the span, in feet?": the figure the sentence gives in that unit ("$390 million", "295-foot"). */
function inAskedUnit(q: QuestionAnalysis, d: IndexedSentence, ext: Extraction): string | undefined {
  const unit = ext.how.startsWith('quantity(') ? askedUnit(q.text) : undefined;
  return unit && inUnit(d.sentence.text, ext.text, unit);
}

/**
 * A quotation over several sentences is cited in reading order, but for a question on a topic
 * ("what did she say about the paintings?"): the sentence on it comes first, as sources go best first.
 */
function sourcesOf(kb: KnowledgeBase, q: QuestionAnalysis, doc: IndexedSentence, ext: Extraction | null): Source[] {
  const spanned = (ext?.spans ?? []).map((i) => kb.index.find(doc.article.id, i)).filter((d): d is IndexedSentence => d !== undefined);
  if (spanned.length === 0) return [toSource(doc)];
  const topical = q.terms.some((t) => !t.isCue && !t.isName);
  // "Has the mill flooded before?" / "It is not the first time … In 2009, …": the earlier one, which the answer gives, goes first.
  const ordered = ext?.how === EARLIER_ONE_NEXT ? [...spanned, doc] : topical ? [doc, ...spanned.filter((d) => d !== doc)] : spanned;
  return ordered.slice(0, 3).map(toSource);
}

const round = (x: number): number => Math.round(x * 100) / 100;

function decline(q: QuestionAnalysis, closest: IndexedSentence | undefined, subject: string | undefined, why: string, confidence = 0): Answer {
  return {
    answered: false,
    answer: NOT_IN_ARTICLE,
    intent: q.intent,
    confidence: round(confidence),
    sources: [],
    explanation: { method: 'abstain', rule: `${q.rule} → abstain: ${why}`, matched: [] },
    ...(closest ? { closest: toSource(closest) } : {}),
    subject,
  };
}
