import { mentionedNames, resolveName } from '../facts/names.js';
import type { NameFact, RoleFact } from '../facts/types.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { ORG_AFTER } from '../facts/lexicon.js';
import { termOfWord } from '../nlp/terms.js';
import { NON_ASCII } from '../nlp/normalize.js';
import { describedEntity, describedSentences } from './definite.js';
import { articleFacts } from './sentence-facts.js';
import { ranksBelowAsked } from './lexicon.js';
import { areRelated } from '../index/related.js';

const UPPER_START = /^\p{Lu}/u;

/** An entity a question is about, found by name, short form, alias, title or role. */
export interface AskedEntity {
  fact: NameFact;
  /** Terms of every way the article refers to it: name, forms, titles, aliases (shared by every question). */
  terms: ReadonlySet<string>;
  /** Sentences of its article that mention it (shared by every question). */
  sentences: ReadonlySet<number>;
}

const NON_WORD_RUN = /[^\p{L}\p{N}]+/u;

const termsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(NON_WORD_RUN)
    .filter((w) => w.length > 1)
    .map((w) => termOfWord(w));

interface TitleIndex {
  /** Lower-cased title ("prime minister") → the people who hold it. */
  titles: Map<string, NameFact[]>;
  /** Last word of each title → the titles ending with it, so a question is checked only against titles it may hold. */
  byLastWord: Map<string, string[]>;
  aliases: Map<string, string[]>;
  /**
   * Article + name → sentences that refer to the entity without naming it: by a role alone ("A
   * former director … was sentenced"), as the speaker of a quote ("“…,” she said") or by age.
   */
  roleSentences: Map<string, number[]>;
  /** Initials of each name of two or more capitalised words ("UN" → United Nations), for acronyms the article never writes. */
  byInitials: Map<string, NameFact[]>;
  /** "Kastrovan … “…,” his lawyer, Benedikt Sorvall, told": whom a role's "his" or "her" refers to. */
  owners: Map<RoleFact, NameFact>;
  /** Each word of a named owner ("ann", "roe" of "Ann Roe's mother") → the roles described as that owner's, by the role's term. */
  ownedRoles: Map<string, { role: string; fact: RoleFact }[]>;
}

const roleKey = (article: string, name: string): string => `${article}\u0000${name}`;

const titleCache = new WeakMap<KnowledgeBase, TitleIndex>();

export function titleIndex(kb: KnowledgeBase): TitleIndex {
  let index = titleCache.get(kb);
  if (index) return index;
  index = { titles: new Map(), byLastWord: new Map(), aliases: new Map(), roleSentences: new Map(), byInitials: new Map(), owners: new Map(), ownedRoles: new Map() };
  for (const f of kb.facts) {
    if (f.type === 'alias') {
      const list = index.aliases.get(f.name) ?? [];
      list.push(f.alias);
      index.aliases.set(f.name, list);
    }
    // "The 27-year-old Sundrian erased the mark" refers to the person that age is of.
    const referred = f.type === 'role' && f.via === 'lead' ? f.subject : f.type === 'quote' ? f.speaker : f.type === 'quantity' && f.kind === 'age' ? f.measures : undefined;
    if (referred !== undefined) {
      const key = roleKey(f.article, referred);
      index.roleSentences.set(key, [...(index.roleSentences.get(key) ?? []), ...f.sentences]);
    }
    if (f.type === 'role') {
      addOwnedRole(index, f);
      // "his lawyer, Benedikt Sorvall,": a role of someone the article told of just before is a
      // title too ("Kastrovan's lawyer"), and the sentence speaks of that someone.
      // "the company's chief technology officer": so is a role of "the company" the article named just before.
      const owned = OWNED_ROLE.exec(f.description);
      const body = owned ? undefined : BODY_ROLE.exec(f.description);
      const ofBody = body !== null && body !== undefined && ORG_AFTER.has(body[1].toLowerCase());
      const title = owned?.[1] ?? (ofBody ? body[2] : undefined);
      if (title === undefined) continue;
      const holder = articleFacts(kb, f.article).find((n): n is NameFact => n.type === 'name' && n.name === f.subject);
      if (holder) addTitle(index, title.toLowerCase(), holder);
      // ("Its chair" and "their spokeswoman" are of a body, which is not looked for here.)
      const owner = ofBody ? ownerBefore(kb, f, 'organisation') : /^(?:his|her) /i.test(f.description) ? ownerBefore(kb, f, 'person') : undefined;
      if (!owner) continue;
      index.owners.set(f, owner);
      const key = roleKey(f.article, owner.name);
      index.roleSentences.set(key, [...(index.roleSentences.get(key) ?? []), ...f.sentences]);
      continue;
    }
    if (f.type !== 'name') continue;
    const capitals = f.name.split(/\s+/).filter((w) => UPPER_START.test(w));
    if (capitals.length >= 2) {
      const key = capitals.map((w) => w[0]).join('');
      index.byInitials.set(key, [...(index.byInitials.get(key) ?? []), f]);
    }
    for (const title of f.titles) {
      const key = title.toLowerCase();
      // Honorifics ("Mr") say nothing about who is meant.
      if (key.split(/\s+/).length < 2 && /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady)\.?$/.test(key)) continue;
      addTitle(index, key, f);
    }
  }
  titleCache.set(kb, index);
  return index;
}

/**
 * The "his" of "his lawyer": the person named first (the subject, mostly) in the nearest sentence
 * before that names anyone but the role's holder, three sentences back at most ("Kastrovan stood …
 * He shook his head … His wife sat …").
 */
function ownerBefore(kb: KnowledgeBase, f: RoleFact, kind: 'person' | 'organisation'): NameFact | undefined {
  const at = f.sentences[0];
  // The article's own facts only: in an archive, a scan of every fact per role would be quadratic.
  const facts = articleFacts(kb, f.article);
  // A body may be named earlier in the role's own sentence ("Veltra said …, said Ana Rist, the company's chief").
  const own = kb.index.find(f.article, at)?.sentence.text ?? '';
  const before = kind === 'organisation' ? own.indexOf(f.description) : -1;
  for (let back = before > 0 ? 0 : 1; back <= OWNER_WITHIN && at - back >= 0; back += 1) {
    const text = back === 0 ? own.slice(0, before) : (kb.index.find(f.article, at - back)?.sentence.text ?? '');
    let first: { fact: NameFact; offset: number } | undefined;
    for (const n of facts) {
      if (n.type !== 'name' || n.kind !== kind || n.name === f.subject) continue;
      for (const m of n.mentions) {
        if (m.sentence !== at - back) continue;
        const offset = text.indexOf(m.text);
        if (offset >= 0 && (!first || offset < first.offset)) first = { fact: n, offset };
      }
    }
    if (first) return first.fact;
  }
  return undefined;
}

const OWNER_WITHIN = 3;

/** "his lawyer", "their spokeswoman": a role of one to three words after a possessive pronoun. */
const OWNED_ROLE = /^(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+)$/u;
/** "the company's chief technology officer": a role of one to three words of a body the article calls by a common noun. */
const BODY_ROLE = /^[Tt]he ([\p{Ll}-]+)['’]s? ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+)$/u;

/** "Ann Roe's mother, Jo Bell,": the role under each word of its owner's name. */
function addOwnedRole(index: TitleIndex, f: RoleFact): void {
  const d = OWNED_DESCRIPTION.exec(f.description);
  if (!d) return;
  const role = termOfWord(d[2].toLowerCase());
  for (const w of wordsOf(d[1])) {
    const list = index.ownedRoles.get(w);
    if (list) list.push({ role, fact: f });
    else index.ownedRoles.set(w, [{ role, fact: f }]);
  }
}

function addTitle(index: TitleIndex, key: string, holder: NameFact): void {
  const list = index.titles.get(key) ?? [];
  if (!list.includes(holder)) list.push(holder);
  index.titles.set(key, list);
  const last = key.split(/\s+/).pop()!;
  const titles = index.byLastWord.get(last) ?? [];
  if (!titles.includes(key)) titles.push(key);
  index.byLastWord.set(last, titles);
}

/**
 * What separates words, and "the" with the (up to three) words after it. A lower-cased ASCII
 * question (most are) has no letters but a–z and no digits but 0–9, so the plain classes find
 * exactly what the Unicode ones do, for much less.
 */
const NON_WORD = /[^\p{L}\p{N}]+/u;
const ASCII_NON_WORD = /[^a-z0-9]+/;
const ACRONYM = /\b\p{Lu}{2,5}\b/gu;
const ASCII_ACRONYM = /\b[A-Z]{2,5}\b/g;
const POSSESSIVE = /[’']s\b/g;
const DESCRIBED = /\bthe ((?:[\p{L}-]+ ){0,2}[\p{L}-]+)/gu;
const ASCII_DESCRIBED = /\bthe ((?:[a-z-]+ ){0,2}[a-z-]+)/g;

/**
 * The entities a question refers to: "Mr Abbas", "Luka Ferro" (when the article later says only
 * "Ferro"), "the PM" (a title), "the Observatory's chief" (a role). A sentence that mentions the
 * entity in any of its forms covers the question's words for it. (`mentioned`: the names the text
 * mentions, when the caller has them already.)
 */
export function askedEntities(kb: KnowledgeBase, text: string, subject?: string, mentioned: readonly NameFact[] = mentionedNames(kb.facts, text)): AskedEntity[] {
  // (Most questions have no "'s" to take off: the replacement is skipped then.)
  const lowerText = text.toLowerCase();
  const lower = ` ${lowerText.includes('s') && (lowerText.includes("'") || lowerText.includes('’')) ? lowerText.replace(POSSESSIVE, '') : lowerText} `;
  const found = new Set<NameFact>(mentioned);
  const { titles, byLastWord, aliases, roleSentences, byInitials } = titleIndex(kb);
  const ascii = !NON_ASCII.test(lower);
  // A word met twice finds the same titles twice: `found` is a set, so no need to drop repeats first.
  // (A question that holds none of the few titles' last words, even inside a word, has nothing to
  // look up: the split is skipped then.)
  const words = mayHoldTitle(lower, byLastWord) ? lower.split(ascii ? ASCII_NON_WORD : NON_WORD) : NO_WORDS;
  let termLine: string | undefined;
  for (const word of words) {
    for (const title of byLastWord.get(word) ?? []) {
      const holders = titles.get(title)!;
      // Only a title that names one person in the article identifies them.
      if (holders.length !== 1) continue;
      // "the transportation minister" for "Transport Minister": the title's words in any of their forms.
      termLine ??= ` ${words.map((w) => termOfWord(w)).join(' ')} `;
      if (lower.includes(` ${title} `) || termLine.includes(` ${titleTerms(title)} `)) found.add(holders[0]);
    }
  }
  const ownWord = new Map<NameFact, string>();
  // "according to the UN" where the article writes only "the United Nations". (In ASCII text the
  // Unicode classes find what the plain ones do, for less.)
  for (const acronym of text.match(ascii && !NON_ASCII.test(text) ? ASCII_ACRONYM : ACRONYM) ?? []) {
    const holders = byInitials.get(acronym);
    if (holders?.length !== 1) continue;
    found.add(holders[0]);
    // The question's own word for it, as for a description below.
    ownWord.set(holders[0], acronym.toLowerCase());
  }
  if (subject) {
    const byRole = resolveName(kb.facts, subject);
    if (byRole && !deputyOnly(byRole, subject.toLowerCase().split(ASCII_NON_WORD).pop() ?? '', lower)) found.add(byRole);
  }
  // "Where was the ferry going?": a description the article uses for one entity only. In an
  // archive a bare description picks no one article's entity.
  if (kb.articles.length === 1) {
    // "the rocket", "the chief volcanologist": the noun may follow a modifier or two. The head
    // comes last: "the quarry worker" is a worker, not the quarry.
    const phrases = ascii ? ASCII_DESCRIBED : DESCRIBED;
    phrases.lastIndex = 0;
    for (let m = phrases.exec(lower); m !== null; m = phrases.exec(lower)) {
      // The words from the last back, sliced off the phrase one by one (no array of them).
      const phrase = m[1];
      for (let end = phrase.length; end > 0; ) {
        const start = phrase.lastIndexOf(' ', end - 1) + 1;
        const word = phrase.slice(start, end);
        end = start - 1;
        const fact = describedEntity(kb, kb.articles[0], word);
        if (!fact) continue;
        found.add(fact);
        ownWord.set(fact, word);
        break;
      }
    }
  }
  const owned = ownedRole(kb, text);
  if (owned) {
    // "Roe's mum" is the mother, not Roe: the owner's word and the role's are the holder's here.
    for (const fact of found) if (wordsOf(fact.name).includes(owned.owner)) found.delete(fact);
    for (const fact of owned.holders) found.add(fact);
  }
  return [...found].map((fact) => {
    const { terms, sentences } = referencesOf(kb, fact, aliases, roleSentences);
    const words = owned?.holders.includes(fact) ? owned.words : [ownWord.get(fact)];
    // The cached terms are shared by every question: the description or acronym is this question's own.
    return { fact, terms: words.some(Boolean) ? termsWithWords(fact, terms, words) : terms, sentences };
  });
}

/**
 * An entity's terms with the question's own words for it added ("the rocket", "UN"): the same set
 * for every question that calls it by those words, so made once per entity and words rather than
 * copied out of its (often long) terms for each question. Bounded per entity.
 */
const withWordsCache = new WeakMap<NameFact, Map<string, ReadonlySet<string>>>();
const WITH_WORDS_LIMIT = 32;

function termsWithWords(fact: NameFact, terms: ReadonlySet<string>, words: readonly (string | undefined)[]): ReadonlySet<string> {
  // (A loop, not flatMap: this runs for most questions that name something.)
  let key = '';
  for (const w of words) if (w) key = key === '' ? termOfWord(w) : `${key} ${termOfWord(w)}`;
  let byWords = withWordsCache.get(fact);
  if (!byWords) withWordsCache.set(fact, (byWords = new Map()));
  let set = byWords.get(key);
  if (!set) {
    if (byWords.size >= WITH_WORDS_LIMIT) byWords.clear();
    const made = new Set(terms);
    for (const w of words) if (w) made.add(termOfWord(w));
    byWords.set(key, (set = made));
  }
  return set;
}

const wordsOf = (name: string): string[] => name.toLowerCase().split(/\s+/);

/** "ann roe's mum", "the gulls' captain": an owner's word and a role after it. */
const OWNED = /([\p{L}-]+)(?:['’]s|(?<=s)['’])\s+([\p{L}-]+)/u;
/** "Ann Roe's mother", "the Harbour Gulls' captain", as an apposition describes its holder: the owner's name and the role. */
const OWNED_DESCRIPTION = /((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)(?:['’]s|(?<=s)['’])\s+([\p{L}-]+)$/u;

/**
 * "What did Roe's mum say?" asks of the mother: the people the article describes as that owner's
 * role ("Ann Roe's mother, Jo Bell, 41, said …"), in the role's word or a related one.
 */
function ownedRole(kb: KnowledgeBase, text: string): { owner: string; words: string[]; holders: NameFact[] } | undefined {
  // (OWNED needs an apostrophe, which most questions lack: the pattern is not run over them.)
  const asked = text.includes("'") || text.includes('’') ? OWNED.exec(text) : null;
  if (!asked) return undefined;
  const owner = asked[1].toLowerCase();
  const role = termOfWord(asked[2].toLowerCase());
  const holders: NameFact[] = [];
  // ("Roe's mum" or "Ann's mum" for "Ann Roe's mother". Looked up by the owner's word: a scan of every
  // fact took 60 ms a question with 10,000 articles.)
  for (const { role: described, fact: f } of titleIndex(kb).ownedRoles.get(owner) ?? []) {
    if (described !== role && !areRelated(described, role)) continue;
    const holder = articleFacts(kb, f.article).find((n): n is NameFact => n.type === 'name' && n.name === f.subject);
    if (holder && !holders.includes(holder)) holders.push(holder);
  }
  return holders.length > 0 ? { owner, words: [asked[1], asked[2]], holders } : undefined;
}

/**
 * "Who is the health minister?" is not "Deputy Health Minister Valeria Senk", the article's only
 * minister: every title of hers with the asked noun is of a lower rank the question does not ask.
 */
function deputyOnly(fact: NameFact, noun: string, question: string): boolean {
  const titles = fact.titles.map((t) => t.toLowerCase().split(/[\s-]+/)).filter((words) => words.includes(noun));
  if (titles.length === 0) return false;
  const asked = new Set(question.split(ASCII_NON_WORD));
  return titles.every((words) => ranksBelowAsked(words, asked));
}

const NO_WORDS: string[] = [];
/** Past this many titles' last words, looking each up in the question's words costs less than looking for each in it. */
const FEW_TITLE_WORDS = 16;

/** Whether the text may hold a title's last word as a word: false only when it holds none of them at all. */
function mayHoldTitle(text: string, byLastWord: ReadonlyMap<string, readonly string[]>): boolean {
  if (byLastWord.size > FEW_TITLE_WORDS) return true;
  for (const word of byLastWord.keys()) if (text.includes(word)) return true;
  return false;
}

const titleTermCache = new Map<string, string>();

/** A title as index terms, space-separated ("transport minister" → "transport minist"). */
function titleTerms(title: string): string {
  let terms = titleTermCache.get(title);
  if (terms === undefined) titleTermCache.set(title, (terms = title.split(/\s+/).map((w) => termOfWord(w)).join(' ')));
  return terms;
}

type References = Omit<AskedEntity, 'fact'>;

/** How the article refers to an entity: the same for every question that names it, so found once per fact (a fact belongs to one knowledge base). */
const referenceCache = new WeakMap<NameFact, References>();

function referencesOf(kb: KnowledgeBase, fact: NameFact, aliases: TitleIndex['aliases'], roleSentences: TitleIndex['roleSentences']): References {
  let refs = referenceCache.get(fact);
  if (refs) return refs;
  const terms = new Set<string>();
  for (const form of [fact.name, ...fact.forms, ...fact.titles, ...(aliases.get(fact.name) ?? [])]) for (const t of termsOf(form)) terms.add(t);
  const byRole = roleSentences.get(roleKey(fact.article, fact.name)) ?? [];
  refs = { terms, sentences: new Set([...fact.sentences, ...describedSentences(kb, fact), ...byRole]) };
  referenceCache.set(fact, refs);
  return refs;
}
