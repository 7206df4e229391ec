import type { IndexedSentence } from '../index/sentence-index.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { QuestionAnalysis } from './analyze.js';
import type { AnswerType } from './intents.js';
import { extractAnswer, speakersOf, type Extraction } from './extract.js';
import { rankMatches, type SentenceMatch } from './match.js';
import { factLookup } from './sentence-facts.js';

/** A sentence that may answer the question, with the answer found in it, if any. */
export interface Candidate {
  m: SentenceMatch;
  ext: Extraction | null;
  score: number;
}

/** Sentences holding a fact of the kind the question asks for, about its subject. */
function factSentences(kb: KnowledgeBase, q: QuestionAnalysis): IndexedSentence[] {
  if (q.intent !== 'quote' || !q.subject) return [];
  const speakers = speakersOf(kb, q.subject);
  const out: IndexedSentence[] = [];
  for (const f of factLookup(kb).speech) {
    if ((f.type === 'quote' && speakers.has(f.speaker)) || (f.type === 'claim' && speakers.has(f.source))) {
      const d = kb.index.find(f.article, f.sentences[0]);
      if (d && !out.includes(d)) out.push(d);
    }
  }
  return out;
}

const COV0 = Number(process.env.COV0 ?? 0.4);
const COVEXP = Number(process.env.COVEXP ?? 1);
const TYPEXP = Number(process.env.TYPEXP ?? 0.5);
const LEAD = Number(process.env.LEAD ?? 2.5);
const VERBLESS = Number(process.env.VERBLESS ?? 0.6);
const PRECISE = new Set<AnswerType>(['distance', 'count', 'money', 'percent', 'age', 'duration', 'quote', 'source', 'credit']);

/**
 * What a sentence's place and form say before its words do: the lead sentence of an article
 * states what it is about (news and encyclopaedias alike), and a sentence without a verb is a
 * caption or a heading, which rarely answers anything but a question about the photo.
 */
function prior(d: IndexedSentence, q: QuestionAnalysis): number {
  let p = 1;
  const first = d.article.sentences.find((s) => !s.caption);
  // A question after one precise value (a distance, a quote) is answered where that value is, not by the lead.
  if (first === d.sentence) p *= PRECISE.has(q.wants[0]) ? 1 + (LEAD - 1) / 4 : LEAD;
  if (!q.wants.includes('credit') && !d.sentence.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) p *= VERBLESS;
  if ((q.intent === 'definition' || q.intent === 'what') && definesAskedSubject(d, q)) p *= DEFINITION;
  return p;
}

const DEFINITION = Number(process.env.DEFINITION ?? 2.5);
const DEFINING_VERBS = new Set(['refer', 'mean', 'denote', 'describe', 'define', 'know', 'call', 'consist']);

/**
 * "X is a …", "X (…) refers to …": a sentence that defines its subject, where the subject holds
 * what the question asks about (or the article's title, when the question names it).
 */
function definesAskedSubject(d: IndexedSentence, q: QuestionAnalysis): boolean {
  const tokens = d.sentence.tokens;
  const wanted = new Set(q.terms.filter((t) => !t.isCue).map((t) => t.term));
  let depth = 0;
  for (let i = 0; i < Math.min(tokens.length, 25); i += 1) {
    const t = tokens[i];
    if (t.text === '(') depth += 1;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const copula = (t.pos === 'AUX' && t.lemma === 'be') || (t.pos === 'VERB' && DEFINING_VERBS.has(t.lemma));
    if (!copula) continue;
    const next = tokens[i + 1];
    if (!next || next.pos === 'VERB' || next.pos === 'ADP' && next.norm !== 'to' && next.norm !== 'as') return false;
    for (let k = 0; k < i; k += 1) if (d.terms[k] !== null && wanted.has(d.terms[k]!)) return true;
    return false;
  }
  return false;
}

function leadSubjectMatches(d: IndexedSentence, q: QuestionAnalysis): boolean {
  const tokens = d.sentence.tokens;
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const subjectEnd = verb < 0 ? tokens.length : verb;
  const wanted = new Set(q.terms.filter((t) => !t.isCue).map((t) => t.term));
  for (let i = 0; i < subjectEnd; i += 1) if (d.terms[i] !== null && wanted.has(d.terms[i]!)) return true;
  return false;
}

/**
 * The best sentences for a question, each scored by how well it matches (BM25, coverage) and
 * whether it holds a value of the kind asked for: what answering and ranking both use.
 */
export function scoreCandidates(kb: KnowledgeBase, q: QuestionAnalysis, limit: number, restrict?: IndexedSentence['article']): Candidate[] {
  const matches = rankMatches(kb, q, limit, restrict);
  for (const d of factSentences(kb, q)) {
    if (restrict && d.article !== restrict) continue;
    if (!matches.some((m) => m.doc === d)) {
      const top = matches[0]?.score ?? 1;
      const m = rankMatches(kb, q, 1, d.article).find((x) => x.doc === d);
      matches.push(m ?? { doc: d, bm25: top * 0.5, score: top * 0.5, coverage: 0.8, exactCoverage: 0.8, matched: [], missing: [] });
    }
  }
  const candidates: Candidate[] = matches.map((m) => {
    const ext = extractAnswer(kb, q, m);
    const typed = ext ? 0.6 + 0.4 * ext.strength : 0.45;
    return { m, ext, score: m.score * Math.pow(COV0 + m.coverage, COVEXP) * Math.pow(typed, TYPEXP) * prior(m.doc, q) };
  });
  candidates.sort((a, b) => b.score - a.score || a.m.doc.doc - b.m.doc.doc);
  return candidates;
}
