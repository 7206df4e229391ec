import type { Article, Sentence } from '../article/types.js';
import { isPersonWord } from '../facts/lexicon.js';
import type { NameFact, RoleFact } from '../facts/types.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Token } from '../nlp/token.js';
import { articleFacts } from './sentence-facts.js';
import { chunksOf } from './spans.js';

const LOWER_WORD = /^\p{Ll}[\p{Ll}-]+$/u;
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * Definite descriptions: news names a thing once, then calls it "the rocket", "the agency" or
 * "the museum". What an entity may be called comes from how the article describes it:
 *   - the head of its own name ("Ardelsby Museum of Fine Art" → museum),
 *   - a noun written against a mention ("the Corvid-2 rocket", "the private company Halcyon …"),
 *   - the head of an apposition or copula ("Aurelis-2, a 1,850-kilogram satellite …").
 * "The <noun>" later in the article then refers to the entity of that description mentioned
 * last, and the sentence counts as a mention of it.
 */

export interface Referents {
  /** Nouns the article uses for each entity. */
  classes: Map<NameFact, Set<string>>;
  /** Each noun with the entities it is used for. */
  byNoun: Map<string, NameFact[]>;
  /** Sentences that refer to an entity by a definite description only. */
  described: Map<NameFact, number[]>;
}

const cache = new WeakMap<KnowledgeBase, Map<string, Referents>>();

export function referentsOf(kb: KnowledgeBase, article: Article): Referents {
  let byArticle = cache.get(kb);
  if (!byArticle) cache.set(kb, (byArticle = new Map()));
  let found = byArticle.get(article.id);
  if (!found) byArticle.set(article.id, (found = findReferents(kb, article)));
  return found;
}

/** Sentences that refer to the entity only as "the <noun>". */
export function describedSentences(kb: KnowledgeBase, fact: NameFact): number[] {
  const article = kb.index.find(fact.article, fact.sentences[0] ?? 0)?.article;
  return article ? (referentsOf(kb, article).described.get(fact) ?? []) : [];
}

/** The one entity of the article the article calls "the <noun>", if exactly one. */
export function describedEntity(kb: KnowledgeBase, article: Article, noun: string): NameFact | undefined {
  const holders = referentsOf(kb, article).byNoun.get(noun);
  return holders?.length === 1 ? holders[0] : undefined;
}

/** Words that end a description's head noun phrase: "a satellite designed to …", "a seismologist at …". */
const PHRASE_END = new Set(['ADP', 'VERB', 'AUX', 'PRON', 'SCONJ', 'CCONJ', 'PUNCT']);
/** Nouns too general to pick one entity out. */
const TOO_GENERAL = new Set(['one', 'part', 'number', 'group', 'member', 'thing', 'kind', 'type', 'way', 'area', 'time', 'year', 'day', 'people']);

const isPersonNoun = (t: Token | undefined): boolean => t !== undefined && (isPersonWord(t.lemma) || isPersonWord(t.norm));

const usable = (t: Token | undefined): t is Token =>
  t !== undefined && t.pos === 'NOUN' && LOWER_WORD.test(t.text) && !TOO_GENERAL.has(t.lemma);

function findReferents(kb: KnowledgeBase, article: Article): Referents {
  const facts = articleFacts(kb, article.id);
  const names = facts.filter((f): f is NameFact => f.type === 'name');
  const byForm = new Map<string, NameFact>();
  for (const f of names) for (const form of [f.name, ...f.forms]) byForm.set(form.toLowerCase(), f);
  const classes = new Map<NameFact, Set<string>>(names.map((f) => [f, new Set<string>()]));
  const add = (f: NameFact | undefined, t: Token | undefined): void => {
    if (f && usable(t)) classes.get(f)!.add(t.lemma);
  };

  for (const f of names) {
    const head = nameHead(f);
    if (head !== undefined) classes.get(f)!.add(head);
  }
  for (const s of article.sentences) {
    for (const c of chunksOf(article, s)) {
      const f = byForm.get(c.name.toLowerCase());
      if (!f) continue;
      const before = s.tokens[c.outerStart - 1];
      // "the Corvid-2 rocket": a noun after a name that a determiner opens ("a University of
      // Aldmoor spokesperson" is someone else).
      const after = s.tokens[c.end];
      if (['DET', 'PRON'].includes(before?.pos ?? '') && s.tokens[c.end + 1]?.pos !== 'NOUN' && !isPersonNoun(after)) add(f, after);
      // "the private company Halcyon Launch Systems", "the landscape artist Ottilie Vassen".
      if (before && !/['’]s?$/u.test(before.text)) add(f, before);
    }
  }
  for (const r of facts.filter((x): x is RoleFact => x.type === 'role' && (x.via === 'apposition' || x.via === 'copula'))) {
    const f = byForm.get(r.subject.toLowerCase());
    const s = article.sentences[r.sentences[0]];
    if (f && s) add(f, descriptionHead(s, r.description));
  }
  leadThing(article, byForm, add);
  const byNoun = new Map<string, NameFact[]>();
  for (const [f, nouns] of classes) for (const noun of nouns) byNoun.set(noun, [...(byNoun.get(noun) ?? []), f]);
  const described = describedMentions(article, names, classes);
  leadNamedNext(article, names, described);
  return { classes, byNoun, described };
}

/** The noun a thing's own name ends on: "Green Line" is a line, the "Museum of Fine Art" a museum (the head stands before "of" or "for"). */
function nameHead(f: NameFact): string | undefined {
  const words = f.name.split(/\s+/);
  if (words.length < 2 || f.kind === 'person') return undefined;
  const cut = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const head = (cut > 0 ? words[cut - 1] : words[words.length - 1]).toLowerCase();
  return LETTERS_ONLY.test(head) && !TOO_GENERAL.has(head) ? head : undefined;
}

/**
 * "Calvera's first driverless metro line opened on Saturday." / "The first train on the Green Line
 * left …": a lead that tells of a thing by its noun alone, its name given in the next sentence. The
 * lead mentions the one thing first named there that the noun describes.
 */
function leadNamedNext(article: Article, names: readonly NameFact[], described: Map<NameFact, number[]>): void {
  const [lead, next] = article.sentences.filter((s) => !s.caption);
  if (!lead || !next) return;
  // The head of the lead's subject: "Six members of a climbing club …" tell of members, not of the club.
  const tokens = lead.tokens;
  let k = 0;
  while (k < tokens.length && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX' && tokens[k].norm !== 'of' && !usableHead(tokens, k)) k += 1;
  const noun = usableHead(tokens, k) ? tokens[k].lemma : undefined;
  // The noun its own name ends on ("line" of "Green Line"): "a fertiliser plant" may be one of the
  // many plants of "the Hestra Chemicals plant"'s company.
  const named = names.filter((f) => Math.min(...f.sentences) === next.index && noun !== undefined && nameHead(f) === noun);
  if (named.length !== 1) return;
  described.set(named[0], [lead.index, ...(described.get(named[0]) ?? [])]);
}

/**
 * "… rescued from a ferry that ran aground …" / "The Ostrava Spirit, operated by …": a lead that
 * introduces a thing without its name, followed by a sentence that opens on a name the article
 * has not used before. The lead's first indefinite noun is what that name is.
 */
function leadThing(article: Article, byForm: Map<string, NameFact>, add: (f: NameFact | undefined, t: Token | undefined) => void): void {
  const [lead, next] = article.sentences.filter((s) => !s.caption);
  if (!lead || !next) return;
  const opener = chunksOf(article, next).find((c) => c.outerStart <= 1);
  const f = opener ? byForm.get(opener.name.toLowerCase()) : undefined;
  if (!f || f.kind === 'person' || Math.min(...f.sentences) !== next.index) return;
  const tokens = lead.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i].norm !== 'a' && tokens[i].norm !== 'an') continue;
    const k = headAfter(tokens, i);
    if (k < 0) continue;
    if (!isPersonNoun(tokens[k])) add(f, tokens[k]);
    return;
  }
}

/** The head noun of a description as the sentence writes it: the last noun before the phrase ends. */
function descriptionHead(s: Sentence, description: string): Token | undefined {
  const at = s.text.indexOf(description);
  if (at < 0) return undefined;
  let head: Token | undefined;
  for (const t of s.tokens) {
    if (t.start < at) continue;
    if (t.end > at + description.length) break;
    if (t.pos === 'NOUN') head = t;
    else if (head && PHRASE_END.has(t.pos) && t.text !== '(' && t.text !== ')') break;
  }
  return head;
}

/** Modifiers allowed between "the" and the noun: "the stolen painting", "the 132-metre vessel". */
const MODIFIERS = new Set(['ADJ', 'NUM', 'PUNCT', 'NOUN', 'VERB']);
/** How many modifiers may stand there; a hyphenated compound ("four-lane") counts as one. */
const MAX_MODIFIERS = 3;

/** The end of a hyphenated compound before more modifiers modifies too: "four-lane" in "the four-lane concrete bridge". */
const endsCompound = (tokens: readonly Token[], k: number): boolean => tokens[k - 1]?.text === '-' && (tokens[k + 1]?.pos === 'ADJ' || tokens[k + 1]?.pos === 'NOUN');

/** The usable head noun of the phrase an article opens at `det` ("the four-lane concrete bridge"), or -1. */
function headAfter(tokens: readonly Token[], det: number): number {
  let k = det + 1;
  let modifiers = 0;
  while (tokens[k] && (!usableHead(tokens, k) || endsCompound(tokens, k)) && MODIFIERS.has(tokens[k].pos)) {
    const joined = tokens[k].text === '-' || tokens[k - 1]?.text === '-';
    if (!joined && (modifiers += 1) > MAX_MODIFIERS) return -1;
    k += 1;
  }
  return usableHead(tokens, k) ? k : -1;
}

function describedMentions(article: Article, names: NameFact[], classes: Map<NameFact, Set<string>>): Map<NameFact, number[]> {
  const out = new Map<NameFact, number[]>();
  const lastSeen = new Map<NameFact, number>();
  const firstSeen = new Map<NameFact, number>(names.map((f) => [f, Math.min(...f.sentences)]));
  for (const s of article.sentences) {
    for (const f of names) if (f.sentences.includes(s.index)) lastSeen.set(f, s.index);
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i += 1) {
      if (tokens[i].norm !== 'the') continue;
      const k = headAfter(tokens, i);
      if (k < 0) continue;
      const noun = tokens[k].lemma;
      // The entity of that description mentioned last, before this sentence or in it.
      let best: NameFact | undefined;
      for (const [f, nouns] of classes) {
        if (!nouns.has(noun) || (firstSeen.get(f) ?? Infinity) >= s.index) continue;
        if (!best || (lastSeen.get(f) ?? -1) > (lastSeen.get(best) ?? -1)) best = f;
      }
      if (!best || best.sentences.includes(s.index)) continue;
      const list = out.get(best) ?? [];
      if (!list.includes(s.index)) list.push(s.index);
      out.set(best, list);
      lastSeen.set(best, s.index);
    }
  }
  return out;
}

/** A usable noun that heads its phrase: not a modifier of the next noun, nor of a name after it. */
function usableHead(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  // "the glaciers" are glaciers in general, not the one glacier named before.
  if (!usable(t) || t.norm !== t.lemma) return false;
  const next = tokens[k + 1];
  // "the ferry company", "the company Nordhavn Lines": the noun is not the head, or a name follows.
  // ("The 18-kilometre line links the city's airport …": wink may tag a verb before its object a noun.)
  return !(next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !verbBeforeObject(next, tokens[k + 2]));
}

/** A third-person verb wink tagged a noun, told by the determiner of its object right after it: "links the". */
const verbBeforeObject = (t: Token, after: Token | undefined): boolean => t.pos === 'NOUN' && t.norm.endsWith('s') && after?.pos === 'DET' && after.norm !== 'no';
