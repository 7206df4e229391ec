import { mentionedNames } from '../facts/names.js';
import { startsUpper } from '../facts/tokens.js';
import type { IndexedSentence } from '../index/sentence-index.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { NameFact } from '../facts/types.js';
import type { AskedEntity } from './entities.js';
import { kbNameWords, type QuestionAnalysis } from './analyze.js';
import { questionNames } from './extract/context.js';
import { memoKey } from './memo.js';
import { otherPlaceForm } from './lexicon.js';
import { termOfWord } from '../nlp/terms.js';

/** Whether the sentence is about another entity than the one the question names. */
export function aboutAnotherName(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence): boolean {
  return nounOfOtherName(kb, q, d) || subjectIsOtherName(kb, q, d);
}

interface QuestionWords {
  /** Terms of the question's content words that are no name. */
  nouns: ReadonlySet<string>;
  all: ReadonlySet<string>;
}

const QUESTION_WORDS = memoKey<QuestionWords>('the question’s terms, and those of its words that are no name');

function questionWords(q: QuestionAnalysis): QuestionWords {
  let words = q.memo.get(QUESTION_WORDS);
  if (!words) {
    words = { nouns: new Set(q.terms.filter((t) => !t.isName && !t.isCue).map((t) => t.term)), all: new Set(q.terms.map((t) => t.term)) };
    q.memo.set(QUESTION_WORDS, words);
  }
  return words;
}

/**
 * The sentence writes none of the question's names but gives a noun the question asks about
 * ("coach") to another name ("Dravonia coach"): "Who coaches the Selvar team?" is not answered by
 * "Dravonia coach Henrik Saal".
 */
function nounOfOtherName(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence): boolean {
  const names = questionNames(q);
  if (names.length === 0 || holdsAny(d, names) || holdsAny(d, placeForms(q))) return false;
  // "Who chairs the supporters' trust?" / "DST chair Marta Ekholm": the name is the asked one's short form.
  const asked = q.entities.get(d.article.id);
  if (asked && mentionsAny(d, asked)) return false;
  const { nouns, all } = questionWords(q);
  for (const k of nounsAfterNames(kb, d)) if (nouns.has(d.terms[k]!) && !all.has(d.terms[k - 1] ?? '')) return true;
  return false;
}

const namedNounCache = new WeakMap<IndexedSentence, readonly number[]>();
const NO_POSITIONS: readonly number[] = [];

/**
 * Where the sentence writes a noun right after a capitalised name ("Dravonia coach"): the same for
 * every question, so found once per sentence, and each candidate sentence is then checked at those
 * few places rather than token by token.
 */
function nounsAfterNames(kb: KnowledgeBase, d: IndexedSentence): readonly number[] {
  let positions = namedNounCache.get(d);
  if (!positions) {
    const { tokens } = d.sentence;
    let found: number[] | undefined;
    for (let k = 1; k < tokens.length; k += 1) {
      const before = tokens[k - 1];
      if (d.terms[k] === null || tokens[k].pos !== 'NOUN' || before.pos !== 'PROPN' || !startsUpper(before.text)) continue;
      // "Defence lawyer Ana Moll said …": a sentence's first word is capitalised whatever it is; it
      // is a name only where the articles write it so inside a sentence too ("Dravonia coach …").
      if (k === 1 && !kbNameWords(kb).has(before.norm)) continue;
      (found ??= []).push(k);
    }
    positions = found ?? NO_POSITIONS;
    namedNounCache.set(d, positions);
  }
  return positions;
}

/**
 * "What was Harlund's net profit?" / "Corvessa reported a 19% drop in net profit": the sentence
 * is about its subject, another entity of the kind the question names.
 */
function subjectIsOtherName(kb: KnowledgeBase, q: QuestionAnalysis, d: IndexedSentence): boolean {
  const asked = q.entities.get(d.article.id);
  // The cheap tests first: this runs for every candidate sentence.
  if (!asked || asked.length === 0 || mentionsAny(d, asked)) return false;
  const subject = namedSubject(kb, d);
  if (!subject) return false;
  for (const e of asked) if (e.fact === subject || e.fact.kind !== subject.kind) return false;
  return true;
}

const subjectCache = new WeakMap<IndexedSentence, NameFact | null>();

/**
 * The entity of the article a sentence opens with, named and followed by its verb ("Corvessa
 * reported …"): the same for every question, so found once per sentence.
 */
function namedSubject(kb: KnowledgeBase, d: IndexedSentence): NameFact | null {
  let subject = subjectCache.get(d);
  if (subject === undefined) {
    const { tokens } = d.sentence;
    let end = tokens[0]?.pos === 'DET' ? 1 : 0;
    const start = end;
    while (tokens[end]?.pos === 'PROPN' && startsUpper(tokens[end].text)) end += 1;
    const next = tokens[end]?.pos;
    const named = end === start || (next !== 'VERB' && next !== 'AUX') ? undefined : mentionedNames(kb.facts, tokens.slice(start, end))[0];
    subject = named && named.article === d.article.id ? named : null;
    subjectCache.set(d, subject);
  }
  return subject;
}

const PLACE_FORMS = memoKey<readonly string[]>('the other forms of the question’s place names');

/** "Velmorian" for the question's "Velmoria" and the other way round: the same place's name. */
function placeForms(q: QuestionAnalysis): readonly string[] {
  let forms = q.memo.get(PLACE_FORMS);
  if (!forms) {
    forms = q.terms.filter((t) => t.isName).map((t) => otherPlaceForm(t.word)).filter((w): w is string => w !== undefined).map((w) => termOfWord(w));
    q.memo.set(PLACE_FORMS, forms);
  }
  return forms;
}

/** Whether the sentence writes any of the terms. (Loops, not closures: this runs for every candidate sentence.) */
function holdsAny(d: IndexedSentence, terms: readonly string[]): boolean {
  for (const t of terms) if (d.tf.has(t)) return true;
  return false;
}

/** Whether the sentence mentions any of the entities. */
function mentionsAny(d: IndexedSentence, entities: readonly AskedEntity[]): boolean {
  for (const e of entities) if (e.sentences.has(d.sentence.index)) return true;
  return false;
}
