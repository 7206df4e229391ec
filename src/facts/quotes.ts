import type { Article, Sentence } from '../article/types.js';
import type { Token } from '../nlp/token.js';
import type { Draft } from './draft.js';
import { DESCRIBING_VERBS, NON_QUOTE_REPORTING, REPORTING_VERBS } from './lexicon.js';
import type { NameIndex, Referent } from './name-index.js';
import { beforeAuxiliaries, phraseEndingAt, phraseStartingAt, subjectBefore, withSubject } from './phrases.js';
import type { QuoteFact } from './types.js';

/**
 * Direct speech with its speaker. A quotation may run over several sentences of a paragraph.
 * The speaker is found, in order: after the closing mark ("…,” said X / “…,” X said), before the
 * opening mark (X said: “…”), from an earlier quote or reporting verb of the same sentence
 * ("…, adding that “…”", "whom he described as “…”"), or, for a paragraph that is all quotation,
 * from the quote before it.
 */

interface Mark {
  sentence: number;
  token: number;
}

export interface QuoteSpan {
  open: Mark;
  close: Mark;
  text: string;
}

/** Where a sentence's quotations are, for other extractors that must not read inside them. */
export type QuotedTokens = Map<number, Set<number>>;

export interface QuoteResult {
  facts: Draft<QuoteFact>[];
  /** Token indices inside quotation marks, per sentence. */
  quoted: QuotedTokens;
  /** The speaker of each sentence that has one, for "…, adding that" and attribution. */
  speakers: Map<number, Referent>;
}

const isReporting = (t: Token | undefined): t is Token => t !== undefined && t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma) && !NON_QUOTE_REPORTING.has(t.lemma);

/** Pairs quotation marks across the sentences of each paragraph. */
export function findQuoteSpans(article: Article): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: Mark | null = null;
  let paragraph = -1;
  for (const s of article.sentences) {
    if (s.paragraph !== paragraph) {
      open = null;
      paragraph = s.paragraph;
    }
    if (s.caption) continue;
    s.tokens.forEach((t, i) => {
      const mark = t.text;
      if (mark === '“' || mark === '«' || (mark === '"' && open === null)) {
        open = { sentence: s.index, token: i };
      } else if ((mark === '”' || mark === '»' || mark === '"') && open !== null) {
        spans.push({ open, close: { sentence: s.index, token: i }, text: quotedText(article, open, { sentence: s.index, token: i }) });
        open = null;
      }
    });
  }
  return spans;
}

function quotedText(article: Article, open: Mark, close: Mark): string {
  const parts: string[] = [];
  for (let s = open.sentence; s <= close.sentence; s += 1) {
    const sentence = article.sentences[s];
    const from = s === open.sentence ? sentence.tokens[open.token].end : 0;
    const to = s === close.sentence ? sentence.tokens[close.token].start : sentence.text.length;
    parts.push(sentence.text.slice(from, to));
  }
  return parts
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,;:]$/, '');
}

interface Attribution {
  speaker: Referent;
  verb: string;
  sentence: number;
}

function speakerAfter(index: NameIndex, s: Sentence, close: number): Attribution | undefined {
  const tokens = s.tokens;
  let j = close + 1;
  if (tokens[j]?.text === ',') j += 1;
  // “…,” said X
  if (isReporting(tokens[j])) {
    const span = phraseStartingAt(tokens, j + 1);
    if (!span) return undefined;
    // “…,” said its chair, Lotte Brandsma: the name after the comma is who the role is.
    const named = tokens[span.to + 1]?.text === ',' ? phraseStartingAt(tokens, span.to + 2, 4) : undefined;
    const byName = named && tokens.slice(named.from, named.to + 1).every((t) => t.pos === 'PROPN') && (tokens[named.to + 1] === undefined || /^[.,;]$/.test(tokens[named.to + 1].text));
    return { speaker: index.referent(s.index, byName ? named : span), verb: tokens[j].lemma, sentence: s.index };
  }
  // “…,” X said / X told reporters
  for (let v = j + 1; v < Math.min(tokens.length, j + 9); v += 1) {
    if (tokens[v].text === ',') {
      // “…,” Mr Marek, 58, told … / “…,” Ms Lind, the union's leader, said … / “…,” his lawyer,
      // Benedikt Sorvall, told …: the name, on whichever side of the comma it stands.
      const close = tokens.findIndex((t, k) => k > v && k <= v + 8 && t.text === ',');
      if (close > 0 && isReporting(tokens[close + 1]) && v > j) {
        const role = !tokens.slice(j, v).some((t) => t.pos === 'PROPN') && tokens.slice(v + 1, close).every((t) => t.pos === 'PROPN');
        return { speaker: index.referent(s.index, role ? { from: v + 1, to: close - 1 } : { from: j, to: v - 1 }), verb: tokens[close + 1].lemma, sentence: s.index };
      }
      break;
    }
    if (tokens[v].text === '“' || tokens[v].text === '"') break;
    if (!isReporting(tokens[v])) continue;
    const end = beforeAuxiliaries(tokens, v);
    const span = phraseEndingAt(tokens, end);
    if (span && span.from >= j) return { speaker: index.referent(s.index, span), verb: tokens[v].lemma, sentence: s.index };
    break;
  }
  return undefined;
}

function speakerBefore(index: NameIndex, s: Sentence, open: number): Attribution | undefined {
  const tokens = s.tokens;
  let k = open - 1;
  if (tokens[k]?.text === ':' || tokens[k]?.text === ',') k -= 1;
  // X said: “…” / X told reporters: “…” / X called the decision “…”
  for (let v = k; v >= Math.max(0, k - 4); v -= 1) {
    if (tokens[v].text === ',' && v !== k) break;
    if (!isReporting(tokens[v]) && !(tokens[v].pos === 'VERB' && DESCRIBING_VERBS.has(tokens[v].lemma))) continue;
    if (tokens[v].norm === 'adding') return undefined;
    const span = subjectBefore(tokens, v);
    if (span) return { speaker: index.referent(s.index, span), verb: tokens[v].lemma, sentence: s.index };
    return undefined;
  }
  return undefined;
}

/** The reporting verb of a sentence outside quotations, with its subject: "X said that … “…”". */
function sentenceReporter(index: NameIndex, s: Sentence, before: number, quoted: Set<number>): Attribution | undefined {
  const tokens = s.tokens;
  for (let v = 0; v < before; v += 1) {
    if (quoted.has(v) || !isReporting(tokens[v])) continue;
    const span = withSubject(tokens, v) ?? subjectBefore(tokens, v);
    if (span && !quoted.has(span.from)) return { speaker: index.referent(s.index, span), verb: tokens[v].lemma, sentence: s.index };
  }
  return undefined;
}

/** The verb introducing a quotation inside a clause: "described as “…”", "adding that … “…”". */
function introducingVerb(tokens: readonly Token[], open: number, quoted: Set<number>): string | undefined {
  for (let k = open - 1; k >= Math.max(0, open - 3); k -= 1) if (tokens[k].pos === 'VERB') return tokens[k].lemma;
  for (let k = open - 1; k >= 0 && !quoted.has(k); k -= 1) if (isReporting(tokens[k])) return tokens[k].lemma;
  return undefined;
}

/** Token indices inside quotation marks (marks included), per sentence. */
export function quotedTokens(article: Article, spans: readonly QuoteSpan[]): QuotedTokens {
  const quoted: QuotedTokens = new Map();
  for (const q of spans) {
    for (let s = q.open.sentence; s <= q.close.sentence; s += 1) {
      let set = quoted.get(s);
      if (!set) quoted.set(s, (set = new Set()));
      const from = s === q.open.sentence ? q.open.token : 0;
      const to = s === q.close.sentence ? q.close.token : article.sentences[s].tokens.length - 1;
      for (let i = from; i <= to; i += 1) set.add(i);
    }
  }
  return quoted;
}

export function extractQuotes(article: Article, index: NameIndex, spans: readonly QuoteSpan[], quoted: QuotedTokens): QuoteResult {
  const speakers = new Map<number, Referent>();
  const found: (Attribution | undefined)[] = spans.map((q) => {
    const closing = article.sentences[q.close.sentence];
    const opening = article.sentences[q.open.sentence];
    const a = speakerAfter(index, closing, q.close.token) ?? speakerBefore(index, opening, q.open.token);
    if (a && !speakers.has(a.sentence)) speakers.set(a.sentence, a.speaker);
    return a;
  });

  const facts: Draft<QuoteFact>[] = [];
  let previous: Attribution | undefined;
  spans.forEach((q, n) => {
    let a = found[n];
    if (!a) {
      const s = article.sentences[q.open.sentence];
      const sameSentence = speakers.get(s.index);
      const reporter = sentenceReporter(index, s, q.open.token, quoted.get(s.index) ?? new Set());
      const verb = introducingVerb(s.tokens, q.open.token, quoted.get(s.index) ?? new Set());
      if (reporter) a = { ...reporter, verb: verb ?? reporter.verb };
      else if (sameSentence) a = { speaker: sameSentence, verb: verb ?? 'say', sentence: s.index };
      else if (previous && q.open.token === 0 && previous.sentence >= q.open.sentence - 3) {
        // A paragraph that is all quotation continues the speaker before it.
        a = { ...previous, sentence: q.open.sentence };
      }
    }
    if (!a || q.text.length === 0) return;
    previous = a;
    const sentences = [a.sentence];
    for (let s = q.open.sentence; s <= q.close.sentence; s += 1) if (!sentences.includes(s)) sentences.push(s);
    facts.push({ type: 'quote', sentences, speaker: a.speaker.name ?? a.speaker.text, text: q.text, verb: a.verb });
  });
  return { facts, quoted, speakers };
}
