import { isPersonNoun, REPORTING_VERBS } from '../facts/lexicon.js';
import type { Token } from '../nlp/token.js';
import type { IndexedSentence } from '../index/sentence-index.js';
import { relatedIn } from '../index/related.js';
import { bestSimilarity, vectorId } from '../index/embeddings.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { termOf, termOfWord } from '../nlp/terms.js';
import { readTokens } from '../nlp/wink.js';
import { answeringForms, queryTerms, type QuestionAnalysis, type QuestionTerm } from './analyze.js';
import type { AskedEntity } from './entities.js';
import { memoKey } from './memo.js';
import { BACK_POINTERS, DIMENSION_NOUNS, LIGHT_VERBS, otherPlaceForm, withoutLightRelated } from './lexicon.js';
import { sortSmall } from '../sort.js';

/** How well one sentence matches a question. */
export interface SentenceMatch {
  doc: IndexedSentence;
  /** BM25 over the question's words and their related words. */
  bm25: number;
  /** Final ranking score (BM25 plus context and answer-type evidence). */
  score: number;
  /** IDF-weighted share of the question's content words the sentence (or its context) covers, 0..1. */
  coverage: number;
  /** The same share counting only words found as the question writes them, in the sentence or the title. */
  exactCoverage: number;
  /** Question words found, as the question writes them. */
  matched: string[];
  /** Question words not found: the article does not say what they ask about. */
  missing: QuestionTerm[];
  /** The lead whose event this sentence goes on to tell (its hour): its words are credited here. */
  continues?: SentenceMatch;
}

/** How much a word matched only through a related word, or only in the sentences just before, counts. */
const RELATED_CREDIT = 0.7;
const CONTEXT_CREDIT = 0.6;
/**
 * How far a related word counts as the question's word written: "children" for "kids", "homes" for
 * "houses" are the article's own words for the very thing asked, which people seldom ask in the
 * article's words, unlike a near word by word vectors ("sold" for "bought"). Not a kind of person
 * ("the president" for "the minister" is someone else), and only where the sentence writes every
 * thing the question names in its word or a related one (verbs are paraphrased freely): "who heads
 * the school board?" is not answered by the chair of the water board.
 */
const RELATED_EXACT = 0.75;
/** A question's verbs weigh less than its nouns and names: people paraphrase verbs far more. */
const VERB_WEIGHT = 0.5;
/** Word-vector similarity above which two words count as a soft match, and what it earns. */
const ALIGN_MIN = 0.45;
const ALIGN_CREDIT = 0.6;
const ALIGN_SCORE = 0.5;

/** Vector rows of a sentence's content words. */
function sentenceVectors(d: IndexedSentence): number[] {
  const ids: number[] = [];
  d.sentence.tokens.forEach((t, i) => {
    if (d.terms[i] === null) return;
    const id = vectorId(t.norm);
    if (id >= 0) ids.push(id);
  });
  return ids;
}

/**
 * Best similarity of a question word, by its row, to any content word of the sentence (0 when
 * none). The row comes with the coverage term, found once per question, and the sentence's rows
 * are looked up once per sentence rather than once per question word: a similarity costs less to
 * compute (in SIMD) than to look up in a map.
 */
function alignedSimilarity(row: number, view: SentenceView): number {
  // (A word without a row is like nothing: bestSimilarity would not read the sentence's.)
  if (row < 0) return 0;
  const key = row * view.tables.docs + view.d.doc;
  let sim = view.tables.best.get(key);
  if (sim === undefined) {
    sim = bestSimilarity(row, (view.vectors ??= sentenceVectors(view.d)));
    if (view.tables.best.size >= SIMILARITIES_LIMIT) view.tables.best.clear();
    view.tables.best.set(key, sim);
  }
  return sim;
}

/**
 * What matching keeps of an index's sentences whatever the question, found once per index (a
 * refreshed knowledge base has an index of its own).
 */
interface IndexTables {
  /** The index's sentence count: a word's row times it, plus the sentence's number, keys the pair. */
  docs: number;
  /**
   * A word's best similarity to a sentence is the same whatever question asks it, and each one reads
   * a row of the table for every content word of the sentence, scattered over its 5 MB: found once
   * per word and sentence, bounded.
   */
  best: Map<number, number>;
  /** What matching reads of each sentence, by its number, once a question first matches it. */
  views: Array<SentenceView | undefined>;
}

const tablesCache = new WeakMap<KnowledgeBase['index'], IndexTables>();
const SIMILARITIES_LIMIT = 20_000;

function tablesOf(index: KnowledgeBase['index']): IndexTables {
  let found = tablesCache.get(index);
  if (!found) tablesCache.set(index, (found = { docs: index.docs.length, best: new Map(), views: new Array<SentenceView | undefined>(index.docs.length) }));
  return found;
}

const NO_CONTEXT: IndexedSentence[] = [];

/**
 * What matching reads of a sentence is the same for every question: made once per sentence of an
 * index and kept, rather than made (with a list of the sentences before) for every question that
 * matches it.
 */
function sentenceView(kb: KnowledgeBase, tables: IndexTables, d: IndexedSentence): SentenceView {
  let view = tables.views[d.doc];
  if (!view) {
    const pronouns = pronounUse(d);
    const context = pronouns.has || d.sentence.caption ? contextOf(kb, d) : NO_CONTEXT;
    const continued = context.length > 0 && pronouns.opensWith ? context[0] : undefined;
    view = { d, tf: d.tf, context, continued, title: titleTerms(d.article), vectors: undefined, tables };
    tables.views[d.doc] = view;
  }
  return view;
}

/** The sentences before this one in the same article, for pronouns and elided subjects. */
function contextOf(kb: KnowledgeBase, d: IndexedSentence, span = 2): IndexedSentence[] {
  const out: IndexedSentence[] = [];
  for (let k = 1; k <= span; k += 1) {
    const prev = kb.index.docs[d.doc - k];
    if (!prev || prev.article !== d.article) break;
    out.push(prev);
  }
  return out;
}

/**
 * "The society will run tours of the tower in May. Tickets cost £5.": words that open a sentence
 * on what the one before told (its tickets, its copies, entry to it), as a pronoun would.
 */
const TAKEN_UP: ReadonlySet<string> = new Set(['tickets', 'ticket', 'copies', 'entry', 'admission', 'places', 'seats', 'prices']);

/**
 * "“We cannot wait,” said Ana Roth, the mayor. “If we do nothing, the shops will close.”": a sentence
 * opened by a quotation mark and no verb of saying goes on with the speaker, and the topic, of the one
 * before, as a pronoun would.
 */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '"']);
const quotesOn = (tokens: readonly Token[]): boolean => OPENING_QUOTES.has(tokens[0]?.text ?? '') && !tokens.some((t) => t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma));

/** Whether a sentence opens with a pronoun (or the like), and whether it holds one anywhere. */
function pronounUse(d: IndexedSentence): { has: boolean; opensWith: boolean } {
  const tokens = d.sentence.tokens;
  const first = tokens.find((t) => t.kind === 'word')?.norm ?? '';
  const opensWith = BACK_POINTERS.has(first) || TAKEN_UP.has(first) || quotesOn(tokens);
  return { has: opensWith || tokens.some((t) => BACK_POINTERS.has(t.norm)), opensWith };
}

/** How much a word of the article's title counts in a sentence that leaves it implicit. */
const TITLE_CREDIT = 0.5;
const titleCache = new WeakMap<IndexedSentence['article'], Set<string>>();

/** Terms of the article's title: every sentence is about them, often without naming them. */
export function titleTerms(article: IndexedSentence['article']): Set<string> {
  let set = titleCache.get(article);
  if (!set) {
    // The dateline's place is the whole story's too ("TARVEL, Oct 13 —" for "the bus crash in Tarvel").
    const heading = [article.meta.title, article.meta.dateline].filter((x) => x !== undefined).join('. ');
    set = new Set(heading ? readTokens(heading).map(termOf).filter((t): t is string => t !== null) : []);
    titleCache.set(article, set);
  }
  return set;
}

/**
 * A term the question needs, with its weight in coverage and the related terms the articles hold
 * (none for a term that must be matched as written).
 */
export interface CoverageTerm {
  t: QuestionTerm;
  idf: number;
  related: readonly string[];
  /** Whether a near word by word vectors may stand for it (found once per question, not per sentence). */
  soft: boolean;
  /** A kind of person ("miners"), which a plain word for people ("the men") may stand for. */
  person: boolean;
  /** The word's row in the word vectors (-1 for none, and for a term that is not soft). */
  row: number;
}

/** Every term the question needs (cue words weigh nothing), found once per question. */
const COVERAGE_TERMS = memoKey<CoverageTerm[]>('coverage terms');

export function coverageTerms(kb: KnowledgeBase, q: QuestionAnalysis): CoverageTerm[] {
  let cached = q.memo.get(COVERAGE_TERMS);
  if (!cached) q.memo.set(COVERAGE_TERMS, (cached = computeCoverageTerms(kb, q)));
  return cached;
}

const NONE: readonly string[] = [];

/**
 * A strict word (a name, "how deep") has no related words but the noun of its dimension ("depth"),
 * and a place's name its people's ("Velmoria" / "Velmorian"), when the articles use them.
 */
function strictRelated(kb: KnowledgeBase, t: QuestionTerm): readonly string[] {
  const nouns = DIMENSION_NOUNS.get(t.term)?.filter((n) => kb.index.has(n));
  if (nouns !== undefined && nouns.length > 0) return nouns;
  const other = t.isName ? otherPlaceForm(t.word) : undefined;
  return other !== undefined && kb.index.has(termOfWord(other)) ? [termOfWord(other)] : NONE;
}

function computeCoverageTerms(kb: KnowledgeBase, q: QuestionAnalysis): CoverageTerm[] {
  const seen = new Set<string>();
  const out: CoverageTerm[] = [];
  for (const t of q.terms) {
    if (t.isCue || seen.has(t.term)) continue;
    seen.add(t.term);
    // People paraphrase verbs far more than the things they ask about ("paying" for "buy").
    const weight = t.pos === 'VERB' ? (LIGHT_VERBS.has(t.term) ? VERB_WEIGHT / 2 : VERB_WEIGHT) : 1;
    const person = aKindOfPerson(t);
    const opposites = answeringForms(kb, q, t);
    const related = t.isStrict ? strictRelated(kb, t) : lightFiltered(t, relatedIn(kb.index, t.term));
    const soft = !t.isStrict && !person;
    out.push({ t, idf: kb.index.idf(t.term) * weight, related: opposites.length > 0 ? [...related, ...opposites] : related, soft, person, row: soft ? vectorId(t.word.toLowerCase()) : -1 });
  }
  return out;
}

interface Credit {
  /** 0..1: how far the sentence covers this question word. */
  credit: number;
  /** Found as written (or as another form of the same name, or in the title). */
  exact: boolean;
  /** Ranking score earned beyond BM25 (context, title, word vectors). */
  bonus: number;
}

/** The credits that do not depend on the word's weight, shared rather than made for every word. */
const FOUND: Readonly<Credit> = { credit: 1, exact: true, bonus: 0 };
const RELATED: Readonly<Credit> = { credit: RELATED_CREDIT, exact: false, bonus: 0 };
const NOT_FOUND: Readonly<Credit> = { credit: 0, exact: false, bonus: 0 };
/**
 * The credits that do depend on it: matchSentence reads each credit before it asks for the next,
 * so one object, overwritten, serves them all (one made per word and sentence was much of an
 * answer's garbage).
 */
const weighed: Credit = { credit: 0, exact: false, bonus: 0 };

function weighedCredit(credit: number, exact: boolean, bonus: number): Readonly<Credit> {
  weighed.credit = credit;
  weighed.exact = exact;
  weighed.bonus = bonus;
  return weighed;
}

/** What matching reads of one sentence, whatever the question. */
interface SentenceView {
  d: IndexedSentence;
  tf: ReadonlyMap<string, number>;
  /** The sentences just before, for pronouns and captions (none when the sentence needs none). */
  context: IndexedSentence[];
  /** The sentence before, when this one opens with a pronoun and so continues it. */
  continued: IndexedSentence | undefined;
  /** Terms of the article's title. */
  title: ReadonlySet<string>;
  /** Vector rows of the sentence's content words, once a question word first needs them. */
  vectors: number[] | undefined;
  tables: IndexTables;
}

/** Whether the sentence holds one of the related terms (all of which the articles hold). */
function hasRelated(tf: ReadonlyMap<string, number>, related: readonly string[]): boolean {
  for (const r of related) if (tf.has(r)) return true;
  return false;
}

/** The entity a question word names, with every question word that names it. */
interface TermEntity {
  entity: AskedEntity;
  /** The question's coverage terms that are words for the entity. */
  words: readonly string[];
}

/** Whether the sentence writes any of the question's words for the entity. */
function entityWritten({ words }: TermEntity, tf: ReadonlyMap<string, number>): boolean {
  for (const w of words) if (tf.has(w)) return true;
  return false;
}

/** Whether any of the sentences mentions the entity. */
function mentionedIn(entity: AskedEntity, sentences: readonly IndexedSentence[]): boolean {
  for (const c of sentences) if (entity.sentences.has(c.sentence.index)) return true;
  return false;
}

/** Whether any of the sentences holds the term. */
function heldIn(term: string, sentences: readonly IndexedSentence[]): boolean {
  for (const c of sentences) if (c.tf.has(term)) return true;
  return false;
}

/**
 * For each coverage term, the first of an article's asked entities that it is a word for: the same
 * for every sentence of the article, so found once per question and article rather than per sentence.
 */
const TERM_ENTITIES = memoKey<Map<string, ReadonlyArray<TermEntity | undefined>>>('entities of the coverage terms');

function termEntities(q: QuestionAnalysis, terms: readonly CoverageTerm[], article: string, entities: readonly AskedEntity[]): ReadonlyArray<TermEntity | undefined> {
  let byArticle = q.memo.get(TERM_ENTITIES);
  if (!byArticle) q.memo.set(TERM_ENTITIES, (byArticle = new Map()));
  let found = byArticle.get(article);
  if (!found) {
    const named = new Map<AskedEntity, TermEntity>();
    found = terms.map(({ t }) => {
      const entity = entities.find((e) => e.terms.has(t.term));
      return entity && termEntity(named, entity, terms);
    });
    byArticle.set(article, found);
  }
  return found;
}

/** The entity with the coverage terms that are words for it, made once per entity. */
function termEntity(named: Map<AskedEntity, TermEntity>, entity: AskedEntity, terms: readonly CoverageTerm[]): TermEntity {
  let te = named.get(entity);
  if (!te) named.set(entity, (te = { entity, words: terms.filter(({ t }) => entity.terms.has(t.term)).map(({ t }) => t.term) }));
  return te;
}

/** How one question word is found in a sentence, from the strongest evidence to the weakest. */
function creditFor({ t, idf, related, soft, person, row }: CoverageTerm, view: SentenceView, named: TermEntity | undefined): Readonly<Credit> {
  const { d, tf, context, continued, title } = view;
  if (tf.has(t.term)) return FOUND;
  const entity = named?.entity;
  // A word of a name (or title) the sentence refers to by another form still counts as written.
  // Where none of the question's words for it is written ("Mr Marek" for "the prime minister",
  // "“…,” she said"), BM25 saw no mention at all, so the mention earns its score as a bonus.
  if (entity?.sentences.has(d.sentence.index)) return entityWritten(named!, tf) ? FOUND : weighedCredit(1, true, idf * CONTEXT_CREDIT);
  // "The bridge was due … Its cost has risen …": a sentence that opens with a pronoun continues
  // the one before, so that sentence's words count as its own.
  if (continued && (continued.tf.has(t.term) || entity?.sentences.has(continued.sentence.index))) {
    return weighedCredit(CONTEXT_CREDIT, true, idf * CONTEXT_CREDIT);
  }
  if (entity && mentionedIn(entity, context)) return weighedCredit(CONTEXT_CREDIT, false, idf * CONTEXT_CREDIT);
  // (A name's other form, "Velmorian" for "Velmoria", is the name as written.)
  if (hasRelated(tf, related)) return t.isName ? FOUND : RELATED;
  if (heldIn(t.term, context)) return weighedCredit(CONTEXT_CREDIT, false, idf * CONTEXT_CREDIT);
  if (title.has(t.term)) return weighedCredit(TITLE_CREDIT, true, idf * TITLE_CREDIT * 0.5);
  if (soft) {
    const sim = alignedSimilarity(row, view);
    if (sim >= ALIGN_MIN) return weighedCredit(ALIGN_CREDIT * sim, false, idf * ALIGN_CREDIT * sim * ALIGN_SCORE);
  }
  // "… to bring the men to the surface" may speak of the miners the question asks about.
  if (person && speaksOfPeople(d)) return weighedCredit(ALIGN_CREDIT * PLAIN_PEOPLE, false, idf * ALIGN_CREDIT * PLAIN_PEOPLE * ALIGN_SCORE);
  return NOT_FOUND;
}

/**
 * Words for anyone at all, or for a broad class of people: "people" may be passengers, "the man" a
 * neighbour, "the scientist" an ecologist, "officials" the police.
 */
const ANYONE = new Set([
  ...['people', 'person', 'persons', 'man', 'men', 'woman', 'women', 'boy', 'girl', 'child', 'children', 'adult', 'adults'],
  ...['scientist', 'scientists', 'researcher', 'researchers', 'expert', 'experts', 'official', 'officials', 'worker', 'workers'],
  ...['employee', 'employees', 'resident', 'residents', 'local', 'locals', 'witness', 'witnesses', 'victim', 'victims'],
]);

/**
 * "How much does a firefighter earn?" is not answered about a nurse: a particular kind of person
 * is never another kind by word vectors, which put professions, winners and runners-up side by side.
 */
function aKindOfPerson(t: QuestionTerm): boolean {
  if (t.pos !== 'NOUN') return false;
  const word = t.word.toLowerCase();
  return !ANYONE.has(word) && isPersonNoun(word);
}

/** Plain words for people, which may stand for any kind of them, and how much that counts. */
const PLAIN_PEOPLE_WORDS = new Set(['people', 'persons', 'men', 'women', 'man', 'woman']);
const PLAIN_PEOPLE = 0.5;
const plainPeopleCache = new WeakMap<IndexedSentence, boolean>();

function speaksOfPeople(d: IndexedSentence): boolean {
  let found = plainPeopleCache.get(d);
  if (found === undefined) plainPeopleCache.set(d, (found = d.sentence.tokens.some((t) => PLAIN_PEOPLE_WORDS.has(t.norm))));
  return found;
}

const NO_ENTITIES: AskedEntity[] = [];
/** Which of the current sentence's terms earned credit: matchSentence's scratch, reused from call to call. */
const credited: boolean[] = [];

export function matchSentence(
  kb: KnowledgeBase,
  q: QuestionAnalysis,
  d: IndexedSentence,
  bm25: number,
): SentenceMatch {
  const entities = q.entities.get(d.article.id) ?? NO_ENTITIES;
  const view = sentenceView(kb, tablesOf(kb.index), d);
  let total = 0;
  let got = 0;
  let exact = 0;
  let bonus = 0;
  let found = 0;
  let relatedExact = 0;
  let looseThing = false;
  const terms = coverageTerms(kb, q);
  const named = entities.length === 0 ? undefined : termEntities(q, terms, d.article.id, entities);
  for (let k = 0; k < terms.length; k += 1) {
    const term = terms[k];
    const { idf } = term;
    const c = creditFor(term, view, named?.[k]);
    credited[k] = c.credit > 0;
    total += idf;
    got += idf * c.credit;
    if (c.exact) exact += idf;
    else if (c === RELATED && !term.person) relatedExact += idf * RELATED_EXACT;
    else if (term.t.pos !== 'VERB') looseThing = true;
    bonus += c.bonus;
    if (c.credit > 0) found += 1;
  }
  if (!looseThing) exact += relatedExact;
  // Sized exactly: grown by push, each list of every candidate took room for 16 words.
  const matched = new Array<string>(found);
  const missing = new Array<QuestionTerm>(terms.length - found);
  for (let k = 0, m = 0, n = 0; k < terms.length; k += 1) {
    if (credited[k]) matched[m++] = terms[k].t.word;
    else missing[n++] = terms[k].t;
  }
  return {
    doc: d,
    bm25,
    score: bm25 + bonus,
    coverage: total > 0 ? got / total : 0,
    exactCoverage: total > 0 ? exact / total : 0,
    matched,
    missing,
  };
}

/** Best match first (score weighed by coverage), then reading order. */
const byMatch = (a: SentenceMatch, b: SentenceMatch): number => b.score * (0.5 + b.coverage) - a.score * (0.5 + a.coverage) || a.doc.doc - b.doc.doc;

const better = (a: [number, number], b: [number, number]): boolean => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);

/** The k best (doc, score) pairs, best first, without sorting everything a big archive matched. */
function topEntries(scores: Map<number, number>, k: number): Array<[number, number]> {
  const top: Array<[number, number]> = [];
  for (const entry of scores) {
    if (top.length === k && !better(entry, top[k - 1])) continue;
    let i = top.length === k ? k - 1 : top.length;
    while (i > 0 && better(entry, top[i - 1])) {
      top[i] = top[i - 1];
      i -= 1;
    }
    top[i] = entry;
  }
  return top;
}

/**
 * Ranks the sentences that share a word with the question (an inverted-index search, so cost grows
 * with the matches, not the archive), best first.
 */
export function rankMatches(kb: KnowledgeBase, q: QuestionAnalysis, limit = 20, restrict?: IndexedSentence['article']): RankedMatches {
  const scores = kb.index.search(queryTerms(kb, q), restrict);
  // A few more than asked for, which coverage may lift past BM25's order: beyond four more (12
  // for an answer's 8) none reached an answer's candidates over the test articles.
  const top = topEntries(scores, Math.max(limit + 4, 12));
  const matches = top.map(([doc, bm25]) => matchSentence(kb, q, kb.index.docs[doc], bm25));
  sortSmall(matches, byMatch);
  return { matches: matches.slice(0, limit), bm25: scores };
}

export interface RankedMatches {
  /** The best matches, best first. */
  matches: SentenceMatch[];
  /** Every sentence that shares a word with the question, by doc number: its BM25 score. */
  bm25: ReadonlyMap<number, number>;
}

/** An asked verb's related words lose the light verbs it means little by ("arrest" → "stay"). */
function lightFiltered(t: QuestionTerm, related: readonly string[]): readonly string[] {
  return t.pos === 'VERB' ? withoutLightRelated(t.term, related) : related;
}
