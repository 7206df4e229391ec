import type { Fact, KnowledgeBase } from '../engine.js';
import type { Token } from '../nlp/token.js';
import type { Choice } from './request.js';
import { findName, pastTense } from './fact-lines.js';
import { LIMITS } from './limits.js';

const LOWER_START = /^\p{Ll}/u;
const TWO_LETTERS_START = /^\p{L}{2,}/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const WORDS = /[\p{L}\p{N}]+/gu;

/** Questions any article supports, for when it yields no facts to build questions from. */
const GENERIC_QUESTIONS = ['What is the article about?', 'Who is quoted in the article?'];

/** How-question openers per quantity kind, kept as data. */
const QUANTITY_OPENERS: Partial<Record<string, string>> = {
  distance: 'How far',
  count: 'How many',
  percent: 'How much',
  money: 'How much',
  age: 'How old',
  duration: 'How long',
  weight: 'How heavy',
  area: 'How big',
  speed: 'How fast',
};

/** Reporting-verb lemmas that read badly in "What did X …?"; asked with "say" instead. */
const ASK_AS_SAY = new Set(['accord', 'add', 'state', 'tell', 'quote', 'describe']);

/** The order kinds of suggestions are offered in: the most specific questions first. */
const TYPE_ORDER = ['quantity', 'quote', 'claim', 'event', 'role', 'alias', 'credit'] as const;

const cache = new WeakMap<KnowledgeBase, string[]>();

function sentenceTokens(kb: KnowledgeBase, f: Fact): Token[] {
  const article = kb.articles.find((a) => a.id === f.article);
  return article?.sentences[f.sentences[0] ?? -1]?.tokens ?? [];
}

const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * "Insurgents are now five kilometres away from Homs" → "How far are insurgents from Homs?": the
 * subject is the noun phrase before the sentence's first auxiliary or verb.
 */
function quantityQuestion(kb: KnowledgeBase, f: Extract<Fact, { type: 'quantity' }>, lower: Set<string>): string | undefined {
  const opener = QUANTITY_OPENERS[f.kind];
  if (!opener || !f.measures) return undefined;
  const measures = f.measures.replace(/^(?:away|off|out)\s+/i, '').trim();
  if (opener === 'How many') return `How many ${measures}?`;
  const tokens = sentenceTokens(kb, f);
  const verbAt = tokens.findIndex((t) => t.pos === 'AUX' || t.pos === 'VERB');
  const subject = verbAt > 0 ? tokens.slice(0, verbAt) : [];
  const verb = tokens[verbAt];
  if (subject.length === 0 || subject.length > 6 || !subject.every((t) => SUBJECT_POS.has(t.pos)) || verb?.pos !== 'AUX') {
    return `${opener} is it ${measures}?`;
  }
  return `${opener} ${verb.text.toLowerCase()} ${midQuestion(subject.map((t) => t.text).join(' '), lower)} ${measures}?`;
}

const CAPTION_HEAD_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Verbs too light to make a good question of ("Who came a day?"), kept as data. */
const LIGHT_VERBS = new Set(['be', 'have', 'come', 'call', 'go', 'make', 'appear', 'seem', 'get', 'do', 'describe', 'say', 'lead']);
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'it', 'its', 'they', 'them', 'he', 'she', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'who', 'which']);

/** Words the article writes in lower case somewhere: a capital on them is only sentence-initial. */
function lowercaseWords(kb: KnowledgeBase): Set<string> {
  const out = new Set<string>();
  for (const a of kb.articles) for (const sentence of a.sentences) for (const t of sentence.tokens) if (LOWER_START.test(t.text)) out.add(t.text);
  return out;
}

/** A phrase put mid-question: "The insurgents" → "the insurgents", "Insurgents" → "insurgents", names kept. */
function midQuestion(phrase: string, lower: Set<string>): string {
  const [first = '', ...rest] = phrase.split(' ');
  const low = first.toLowerCase();
  return [FUNCTION_WORDS.has(low) || lower.has(low) ? low : first, ...rest].join(' ');
}

/** A subject worth asking about: has a content word, is not just a pronoun or article. */
const goodSubject = (subject: string): boolean => subject.split(/\s+/).some((w) => TWO_LETTERS_START.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()));

function questionsFor(kb: KnowledgeBase, f: Fact, lower: Set<string>): string[] {
  switch (f.type) {
    case 'quote':
      return [`What did ${midQuestion(f.speaker, lower)} say?`];
    case 'claim':
      return [`What did ${midQuestion(f.source, lower)} ${ASK_AS_SAY.has(f.verb) ? 'say' : f.verb}?`];
    case 'role':
      return [`${findName(kb, f.subject)?.kind === 'person' ? 'Who' : 'What'} is ${f.subject}?`];
    case 'alias':
      return [`What is ${f.alias}?`];
    case 'quantity': {
      const q = quantityQuestion(kb, f, lower);
      return q ? [q] : [];
    }
    case 'event': {
      if (f.negated || LIGHT_VERBS.has(f.lemma) || !LOWER_WORD.test(f.lemma) || !goodSubject(f.subject)) return [];
      const subject = midQuestion(f.subject, lower);
      const object = f.object ? ` ${midQuestion(f.object, lower)}` : '';
      const out: string[] = [];
      if (f.object) out.push(`What did ${subject} ${f.lemma}?`, `Who ${pastTense(f.lemma)}${object}?`);
      if (f.time) out.push(`When did ${subject} ${f.lemma}${object}?`);
      if (f.place) out.push(`Where did ${subject} ${f.lemma}${object}?`);
      return out;
    }
    case 'credit': {
      if (!f.photographer) return [];
      const head: Token[] = [];
      for (const t of sentenceTokens(kb, f)) {
        if (!CAPTION_HEAD_POS.has(t.pos) || head.length >= 6) break;
        head.push(t);
      }
      const named = head.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
      return [named ? `Who took the photo of ${midQuestion(head.map((t) => t.text).join(' '), lower)}?` : 'Who took the photo?'];
    }
    case 'name':
    case 'time':
      return [];
  }
}

/**
 * Questions the loaded article can answer, built from its facts (never from a fixed list of
 * names). Computed once per knowledge base: a knowledge base never changes, a refresh makes a new one.
 */
export function suggestQuestions(kb: KnowledgeBase): string[] {
  const cached = cache.get(kb);
  if (cached) return cached;
  const seen = new Set<string>();
  const byType = new Map<string, string[]>(TYPE_ORDER.map((t) => [t, []]));
  const lower = lowercaseWords(kb);
  for (const f of kb.facts) {
    for (const raw of questionsFor(kb, f, lower)) {
      const q = raw.replace(/\s+/g, ' ').replace(/\s+\?$/, '?').trim();
      const key = q.toLowerCase();
      if (q.length > LIMITS.choiceText || seen.has(key)) continue;
      seen.add(key);
      byType.get(f.type)?.push(q);
    }
  }
  // Round-robin over fact types, so the first few (help's examples, an empty autocomplete) show variety.
  const lists = [...byType.values()];
  const out: string[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i += 1) for (const l of lists) if (i < l.length) out.push(l[i]);
  for (const q of GENERIC_QUESTIONS) if (!seen.has(q.toLowerCase())) out.push(q);
  cache.set(kb, out);
  return out;
}

const words = (t: string): string[] => t.toLowerCase().match(WORDS) ?? [];

/**
 * Autocomplete: the suggestions containing every word typed (as a word start), those starting with
 * the typed text first; what was typed is offered first so it can be sent as is. At most 25.
 */
export function autocompleteChoices(kb: KnowledgeBase, typed: string, max: number = LIMITS.choices): Choice[] {
  const text = typed.replace(/\s+/g, ' ').trim();
  const typedWords = words(text);
  const matches = suggestQuestions(kb).filter((q) => {
    const qWords = words(q);
    return typedWords.every((w) => qWords.some((qw) => qw.startsWith(w)));
  });
  const lowered = text.toLowerCase();
  matches.sort((a, b) => Number(b.toLowerCase().startsWith(lowered)) - Number(a.toLowerCase().startsWith(lowered)));
  const choices: Choice[] = [];
  const echo = text.slice(0, LIMITS.choiceText);
  if (echo.length > 0 && !matches.some((m) => m.toLowerCase() === lowered)) choices.push({ name: echo, value: echo });
  for (const m of matches) {
    if (choices.length >= max) break;
    choices.push({ name: m, value: m });
  }
  return choices.slice(0, max);
}
