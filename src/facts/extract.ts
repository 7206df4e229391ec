import type { Article } from '../article/types.js';
import { extractAliases } from './aliases.js';
import { articleChunks } from './chunks.js';
import { extractClaims } from './claims.js';
import { coordinatedChunks } from './coordination.js';
import { creditHints, extractCredits } from './credits.js';
import type { Draft } from './draft.js';
import { extractEvents } from './events.js';
import { NameIndex } from './name-index.js';
import { buildNames } from './names.js';
import { extractQuantities } from './quantities.js';
import { extractQuotes, findQuoteSpans, quotedTokens } from './quotes.js';
import { extractRoles } from './roles.js';
import { extractTimes } from './times.js';
import { FACT_TYPES, type Fact, type FactType } from './types.js';

/**
 * All facts of one article. Names come first because every other extractor refers to them; roles
 * before quotes and claims so that "the Observatory's chief said" resolves to a name; quotes
 * before claims so that "…, adding that …" knows its speaker; claims before quantities so that
 * a number carries its source.
 */
export function extractFacts(article: Article): Fact[] {
  const chunks = articleChunks(article);
  const aliases = extractAliases(article, chunks);
  const credits = extractCredits(article);
  const names = buildNames(chunks, aliases, creditHints(credits), coordinatedChunks(article, chunks));
  const spans = findQuoteSpans(article);
  const quoted = quotedTokens(article, spans);
  const index = new NameIndex(article, names.facts, names.chunks, aliases, quoted);

  const roles = extractRoles(article, index, quoted);
  index.setRoles(roles);
  const quotes = extractQuotes(article, index, spans, quoted);
  const claims = extractClaims(article, index, quotes);

  const attribution = new Map<number, string>();
  for (const c of claims) if (!attribution.has(c.sentences[0])) attribution.set(c.sentences[0], c.source);
  // A speaker vouches for what is inside their quotation marks, not for the sentence around it
  // ("“…,” Mr Marek, 58, told supporters": his age is the reporter's).
  const quotedBy = new Map<number, string>();
  for (const q of quotes.facts) for (const s of q.sentences) if (!quotedBy.has(s)) quotedBy.set(s, q.speaker);
  const sourceAt = (sentence: number, token: number): string | undefined =>
    attribution.get(sentence) ?? (quoted.get(sentence)?.has(token) ? quotedBy.get(sentence) : undefined);

  const quantities = extractQuantities(article, index, sourceAt);
  const times = extractTimes(article);
  const events = extractEvents(article, index, times, quoted);

  return number(article.id, [
    ...names.facts,
    ...aliases,
    ...roles,
    ...quotes.facts,
    ...claims,
    ...quantities,
    ...times.map((t) => t.fact),
    ...events,
    ...credits,
  ]);
}

/** Ids are `${article}#${type}#${n}`, n counting from 0 within each type, in reading order. */
function number(articleId: string, drafts: readonly Draft[]): Fact[] {
  const order = new Map<FactType, number>(FACT_TYPES.map((t, i) => [t, i]));
  const sorted = [...drafts].sort((a, b) => (order.get(a.type) ?? 0) - (order.get(b.type) ?? 0) || a.sentences[0] - b.sentences[0]);
  const counters = new Map<FactType, number>();
  const seen = new Set<Draft>();
  return sorted.map((d) => {
    const n = counters.get(d.type) ?? 0;
    counters.set(d.type, n + 1);
    // Joined rather than concatenated: a template literal leaves a chain of string pieces per id.
    const extra = { id: [articleId, d.type, n].join('#'), article: articleId };
    // The keys land after the draft's, as a spread would put them; a draft listed twice gets copies.
    if (seen.has(d)) return { ...d, ...extra } as Fact;
    seen.add(d);
    return Object.assign(new FactRecord(), shareLists(d), extra) as Fact;
  });
}

/**
 * What a fact is kept in: a plain object all the same (its fields its own, in the draft's order),
 * but made by `new`, so V8 gives it room for all its fields inside it. A draft completed in place
 * kept the two added fields in a second object (40 bytes more a fact, 725,000 facts at 10,000
 * articles); the draft itself is short-lived.
 */
class FactRecord {}

/**
 * Nearly every fact comes from one sentence, and most names have no title: a fact's list of those
 * is then the one list every such fact holds (frozen, so nothing can change it under another
 * fact), not an array of its own (at 1,000 articles 72,000 of them, 4 MB). Extraction is over when
 * drafts are numbered; nothing adds to a fact after.
 */
function shareLists(d: Draft): Draft {
  const [first] = d.sentences;
  if (d.sentences.length === 1 && first < ONE_SENTENCE_REACH) d.sentences = (oneSentence[first] ??= Object.freeze([first])) as number[];
  if (d.type === 'name' && d.titles.length === 0) d.titles = NO_TITLES as string[];
  return d;
}

/** Shared lists of one sentence, by its index; an article longer than this has lists of its own past it. */
const oneSentence: (readonly number[])[] = [];
const ONE_SENTENCE_REACH = 2000;
const NO_TITLES: readonly string[] = Object.freeze([]);
