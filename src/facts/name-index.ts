import type { Article } from '../article/types.js';
import type { Token } from '../nlp/token.js';
import type { Draft } from './draft.js';
import { isPersonWord, PERSON_PRONOUNS } from './lexicon.js';
import { createResolver, type ResolvedChunk } from './names.js';
import type { Span } from './phrases.js';
import type { QuotedTokens } from './quotes.js';
import { isPossessive, spanText, startsLower, tidy } from './tokens.js';
import type { AliasFact, EntityKind, NameFact } from './types.js';

const AGED_PHRASE = /^the (\d{1,3})-year-old(?: (?:[\p{L}-]+ ){0,2}(\p{L}+))?$/iu;
const THE_NOUN = /^the (\p{Ll}+)$/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * "She moved to Ardley from Tolworth in 2019": one capitalised word after "from" or "in" is far
 * more often a place the tagger took for a person than someone a later "she" refers back to (a
 * person is named in full first).
 */
function placeLike(tokens: readonly Token[], chunk: ResolvedChunk): boolean {
  return chunk.end - chunk.start === 1 && PLACE_PREPOSITIONS.has(tokens[chunk.start - 1]?.norm ?? '');
}

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'in', 'at', 'near']);

/** Who a phrase refers to: the article's canonical name when known, and the words as written. */
export interface Referent {
  text: string;
  name?: string;
}

/**
 * The names of one article as the other extractors need them: which chunk covers a token, who
 * the most recent person was (for "he said"), and what a phrase such as "the Observatory's chief"
 * refers to once roles are known.
 */
export class NameIndex {
  #roles: readonly { subject: string; description: string }[] = [];
  #resolver: ((text: string) => Draft<NameFact> | undefined) | undefined;
  readonly #kinds: Map<string, EntityKind>;
  readonly #resolved = new Map<string, string | undefined>();

  constructor(
    readonly article: Article,
    readonly names: readonly Draft<NameFact>[],
    readonly chunks: readonly ResolvedChunk[][],
    readonly aliases: readonly Draft<AliasFact>[],
    /** Tokens inside quotation marks, per sentence: a name there is no one a pronoun refers back to. */
    readonly quoted: QuotedTokens = new Map(),
  ) {
    this.#kinds = new Map(names.map((n) => [n.name, n.kind]));
  }

  /** Roles found so far: "the defence minister" then resolves to the person holding it. */
  setRoles(roles: readonly { subject: string; description: string }[]): void {
    this.#roles = roles;
    this.#resolver = undefined;
    this.#resolved.clear();
  }

  kind(name: string): EntityKind | undefined {
    return this.#kinds.get(name);
  }

  /** Chunks lying inside tokens [from, to] of a sentence. */
  chunksIn(sentence: number, from: number, to: number): ResolvedChunk[] {
    return (this.chunks[sentence] ?? []).filter((c) => c.start >= from && c.end - 1 <= to);
  }

  /**
   * The entity a phrase names: its head chunk (the last one not used as a possessive, so
   * "the Britain-based Syrian Observatory" is the Observatory and "Syria's defence minister" is
   * not Syria), else what its words resolve to through aliases and roles.
   */
  nameOf(sentence: number, span: Span): string | undefined {
    const tokens = this.article.sentences[sentence].tokens;
    // "analysts at Fjordbank Securities": a common noun heads the phrase, the name only qualifies it.
    let to = span.to;
    for (let k = span.from; k <= span.to; k += 1) {
      const t = tokens[k];
      if (t.pos !== 'ADP' || this.chunksIn(sentence, k, k).length > 0 || (this.chunks[sentence] ?? []).some((c) => c.start < k && c.end > k)) continue;
      const common = tokens.slice(span.from, k).some((x) => x.pos === 'NOUN' && startsLower(x.text));
      if (common) to = k - 1;
      break;
    }
    // ("a Norvik diplomat": a name before the phrase's own common noun only qualifies it, as a possessive does.)
    const inside = this.chunksIn(sentence, span.from, to).filter((c) => !isPossessive(tokens[c.end]) && tokens[c.end]?.text !== '-' && !(c.end <= to && tokens[c.end].pos === 'NOUN' && startsLower(tokens[c.end].text)));
    if (inside.length > 0) {
      // The head of an English noun phrase comes last: "Union leader Karin Solberg".
      const kinds = inside.filter((c) => this.kind(c.entity) !== 'place');
      return (kinds.length > 0 ? kinds[kinds.length - 1] : inside[inside.length - 1]).entity;
    }
    if (to < span.to) return undefined;
    return this.resolve(spanText(this.article.sentences[sentence], span.from, span.to));
  }

  resolve(text: string): string | undefined {
    if (this.#resolved.has(text)) return this.#resolved.get(text);
    this.#resolver ??= createResolver(this.names, this.aliases, this.#roles);
    const name = this.#resolver(text)?.name;
    this.#resolved.set(text, name);
    return name;
  }

  /** The most recent mention of one of `kinds` before token `token` of sentence `sentence`. */
  lastMention(sentence: number, token: number, kinds: readonly EntityKind[]): string | undefined {
    for (let s = sentence; s >= 0; s -= 1) {
      const list = this.chunks[s] ?? [];
      for (let c = list.length - 1; c >= 0; c -= 1) {
        const chunk = list[c];
        if (s === sentence && chunk.start >= token) continue;
        const kind = this.kind(chunk.entity);
        if (kind && kinds.includes(kind)) return chunk.entity;
      }
    }
    return undefined;
  }

  /** The most recent person outside captions: a caption's photographer is nobody's "he". */
  lastPerson(sentence: number, token: number): string | undefined {
    for (let s = sentence; s >= 0; s -= 1) {
      if (this.article.sentences[s].caption) continue;
      // An earlier sentence that opens on a person is about them: "Sadia Rahimi, whose son Idris is
      // in hospital, said …" / "“…,” she said" is Sadia Rahimi, though Idris was named last.
      // (The subject may follow a dateline: "RAVELMONT (Wire) — Sabine Orlec saved a match point".)
      const tokens = this.article.sentences[s].tokens;
      // (Named in this sentence before the token; one named after it is no one referred back to.
      // Nor is one named inside quotation marks: "“… Jonas had the best legs …,” the 47-year-old said".)
      const quoted = this.quoted.get(s);
      // (Not a possessive: "Ann Roe's mother, Jo Bell, said …" is about the mother.)
      const opener = s < sentence ? (this.chunks[s] ?? []).find((c) => this.kind(c.entity) === 'person' && !quoted?.has(c.start) && !isPossessive(tokens[c.end]) && !tokens.slice(0, c.outerStart).some((t) => t.pos === 'VERB')) : undefined;
      if (opener) return opener.entity;
      const list = this.chunks[s] ?? [];
      for (let c = list.length - 1; c >= 0; c -= 1) {
        const chunk = list[c];
        if ((s === sentence && chunk.start >= token) || quoted?.has(chunk.start) || placeLike(tokens, chunk)) continue;
        if (this.kind(chunk.entity) === 'person') return chunk.entity;
      }
    }
    return undefined;
  }

  /** Who a subject or speaker phrase refers to; pronouns resolve to the most recent person or organisation. */
  referent(sentence: number, span: Span): Referent {
    const s = this.article.sentences[sentence];
    const text = tidy(spanText(s, span.from, span.to));
    if (span.from === span.to) {
      const word = s.tokens[span.from].norm;
      if (PERSON_PRONOUNS.has(word)) {
        const name = this.lastPerson(sentence, span.from);
        return name ? { text, name } : { text };
      }
      if (word === 'it') {
        // "it" reaches back only within its sentence: further back it is as often a common noun.
        const name = this.lastMention(sentence, span.from, ['organisation']);
        if (name && !(this.chunks[sentence] ?? []).some((c) => c.entity === name && c.start < span.from)) return { text };
        return name ? { text, name } : { text };
      }
    }
    // "the 44-year-old detective", "the 47-year-old former rider": the noun is the last word.
    const aged = AGED_PHRASE.exec(text);
    // "… ," the veteran said": a plain word for a person refers back to the last one named.
    const described = !aged && THE_NOUN.exec(text);
    const name =
      this.nameOf(sentence, span) ??
      (aged ? this.personAged(sentence, span.from, aged[1], aged[2]?.toLowerCase()) : described && isPersonWord(described[1]) ? this.lastPerson(sentence, span.from) : undefined);
    return name ? { text, name } : { text };
  }

  /**
   * "the 44-year-old detective" refers back to a person: the one the article gave that age ("X, 44,"
   * or "a 44-year-old X"), else the one holding that title, else the last person named.
   */
  personAged(sentence: number, token: number, age: string, noun: string | undefined): string | undefined {
    let found: string | undefined;
    let titled: string | undefined;
    for (let s = 0; s <= sentence; s += 1) {
      const tokens = this.article.sentences[s].tokens;
      for (const c of this.chunks[s] ?? []) {
        if (this.kind(c.entity) !== 'person') continue;
        const after = tokens[c.end]?.text === ',' && tokens[c.end + 1]?.text === age && tokens[c.end + 2]?.text === ',';
        const written = tokens[c.outerStart - 5]?.text === age && tokens[c.outerStart - 3]?.norm === 'year' && tokens[c.outerStart - 1]?.norm === 'old';
        if (after || written) found = c.entity;
        const before = tokens[c.outerStart - 1];
        const titleWords = [...c.titles.join(' ').split(/\s+/), ...(before && UPPER_START.test(before.text) ? [before.text] : [])];
        if (noun && titleWords.some((w) => w.toLowerCase() === noun)) titled = c.entity;
      }
    }
    return found ?? titled ?? this.lastPerson(sentence, token);
  }
}
