import type { Article, Sentence } from '../article/types.js';
import type { Token } from '../nlp/token.js';
import type { Draft } from './draft.js';
import { HONORIFICS, REPORTING_VERBS, WEEKDAYS } from './lexicon.js';
import type { NameIndex, Referent } from './name-index.js';
import { phraseStartingAt, subjectBefore, withSubject, type Span } from './phrases.js';
import type { QuoteResult } from './quotes.js';
import { isQuoteMark, spanText, tidy } from './tokens.js';
import type { ClaimFact } from './types.js';

/**
 * Reported speech: "according to X, …", "X said (that) …", "X quoted Y as saying that …" (the
 * source is X), "…, X reported." at the end of a sentence, and "…, adding that …" by the
 * sentence's speaker. Words inside quotation marks are quotes, not claims.
 */

const isReportingVerb = (t: Token | undefined): t is Token => t !== undefined && t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma);
const SOURCE_FILLERS = new Set(['both', 'all', 'also', 'each']);
const CLAIM_MAX_GAP = 15;

/** Where the claim after a reporting verb starts: after a "that" close by, else right after the verb. */
function claimStart(tokens: readonly Token[], verb: number): number {
  for (let k = verb + 1; k < tokens.length && k <= verb + CLAIM_MAX_GAP; k += 1) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ';' || isQuoteMark(t)) break;
    if (t.norm === 'that' && (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'PRON' || t.pos === 'DET')) return k + 1;
  }
  let k = verb + 1;
  while (tokens[k] && (tokens[k].text === ',' || tokens[k].text === ':')) k += 1;
  // "said on Monday it was ready": the time belongs to the saying.
  if (tokens[k]?.norm === 'on' && WEEKDAYS.has(tokens[k + 1]?.norm ?? '')) k += 2;
  return k;
}

/** Where a claim ends: before ", adding …" or the end of the sentence. */
function claimEnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k += 1) {
    if (tokens[k].text === ',' && isReportingVerb(tokens[k + 1]) && tokens[k + 1].norm.endsWith('ing')) return k - 1;
    // "… said that X was Y and vowed to …": the second verb is the reporter's, not the claim's.
    const next = tokens[k + 1];
    if (tokens[k].norm === 'and' && next?.pos === 'VERB' && next.norm !== next.lemma && !next.norm.endsWith('ing')) return k - 1;
  }
  return tokens.length - 1;
}

function claimText(s: Sentence, from: number, to: number): string {
  let end = to;
  while (end >= from && (s.tokens[end].text === '.' || s.tokens[end].text === ',')) end -= 1;
  return tidy(spanText(s, from, end).replace(/[“”"]/g, ''));
}

/** The comma closest before token `at`, at most `within` tokens back, or -1. */
function lastCommaBefore(tokens: readonly Token[], at: number, within: number): number {
  for (let k = at - 1; k >= 0 && k >= at - within; k -= 1) if (tokens[k].text === ',') return k;
  return -1;
}

function sourceOf(ref: Referent): string {
  return ref.name ?? ref.text;
}

/**
 * The speaker named right after a reporting verb that closes the sentence's claim ("…, said Pavel
 * Lind, chief of …", "…, said Dr Ana Holm."): a name ending the sentence or set off by a comma;
 * undefined for anything else ("…, said it would …"; an unnamed "said a spokesman" stays unread).
 */
function invertedSource(tokens: readonly Token[], verb: number): Span | undefined {
  const first = tokens[verb + 1];
  if (first === undefined || (first.pos !== 'PROPN' && !HONORIFICS.has(first.norm))) return undefined;
  const span = phraseStartingAt(tokens, verb + 1, 8);
  if (!span || span.from !== verb + 1) return undefined;
  const next = tokens[span.to + 1];
  return next === undefined || next.text === ',' || next.text === '.' ? span : undefined;
}

/** Whether the verb at `at` is a passive participle: a form of "be" before it, past any adverbs ("were later admitted"). */
function passive(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k -= 1;
  return tokens[k]?.pos === 'AUX' && tokens[k].lemma === 'be';
}

export function extractClaims(article: Article, index: NameIndex, quotes: QuoteResult): Draft<ClaimFact>[] {
  const out: Draft<ClaimFact>[] = [];
  const add = (s: Sentence, source: string, claim: string, verb: string): void => {
    if (claim.split(/\s+/).length < 2 || source === '') return;
    if (out.some((c) => c.sentences[0] === s.index && c.claim === claim && c.source === source)) return;
    out.push({ type: 'claim', sentences: [s.index], source, claim, verb });
  };

  for (const s of article.sentences) {
    if (s.caption) continue;
    const tokens = s.tokens;
    const quoted = quotes.quoted.get(s.index) ?? new Set<number>();
    let speaker: Referent | undefined = quotes.speakers.get(s.index);

    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i];
      if (quoted.has(i)) continue;

      // "according to X"
      if (t.norm === 'according' && tokens[i + 1]?.norm === 'to') {
        // The source runs to the next comma: "analysts at Fjordbank Securities".
        let end = i + 2;
        while (end + 1 < tokens.length && end - i < 20 && tokens[end + 1].text !== ',' && tokens[end + 1].text !== '.' && tokens[end + 1].text !== ';') end += 1;
        const span = phraseStartingAt(tokens, i + 2, 20) ? { from: i + 2, to: end } : undefined;
        if (!span) continue;
        const source = index.referent(s.index, span);
        const before = i > 0 ? claimText(s, 0, i - 1) : '';
        let claim = before;
        if (i === 0 || before === '') {
          let k = span.to + 1;
          while (tokens[k] && tokens[k].text !== ',') k += 1;
          claim = claimText(s, k + 1, tokens.length - 1);
        }
        add(s, sourceOf(source), claim, 'accord');
        speaker ??= source;
        continue;
      }

      if (!isReportingVerb(t)) continue;
      // Quote attributions ("…,” Mr Abbas said) are quotes, not claims.
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (isQuoteMark(next) || (next?.text === ':' && isQuoteMark(tokens[i + 2]))) continue;
      if (isQuoteMark(prev) || (prev?.text === ',' && isQuoteMark(tokens[i - 2]))) continue;
      // "Its estimated cost", "the reported deaths": a participle before its noun reports nothing.
      if (next?.pos === 'NOUN' && (prev?.pos === 'DET' || prev?.pos === 'PRON' || prev?.pos === 'ADJ' || prev?.pos === 'NUM')) continue;
      // "52 were admitted to hospital", "he was told to leave": a passive's subject is no speaker.
      if (passive(tokens, i)) continue;

      // "…, with X saying …": X is the source.
      const introduced = withSubject(tokens, i);
      if (introduced && !quoted.has(introduced.from)) {
        const ref = index.referent(s.index, introduced);
        const from = claimStart(tokens, i);
        add(s, sourceOf(ref), claimText(s, from, claimEnd(tokens, from)), t.lemma);
        speaker ??= ref;
        continue;
      }
      // "…, adding that …": the sentence's speaker goes on.
      if (t.norm.endsWith('ing') && prev?.text === ',') {
        if (!speaker) continue;
        const from = claimStart(tokens, i);
        add(s, sourceOf(speaker), claimText(s, from, claimEnd(tokens, from)), t.lemma);
        continue;
      }

      // "… were lucky to be alive, said Pavel Lind, chief of the fire service.": a tag after the
      // claim, its speaker after the verb.
      const after = prev?.text === ',' && i >= 3 ? invertedSource(tokens, i) : undefined;
      if (after && !quoted.has(after.from)) {
        const source = index.referent(s.index, after);
        add(s, sourceOf(source), claimText(s, 0, i - 2), t.lemma);
        speaker ??= source;
        continue;
      }

      const subject: Span | undefined = subjectBefore(tokens, i);
      if (!subject || quoted.has(subject.from)) continue;
      const ref = index.referent(s.index, subject);
      const beforeSubject = tokens[subject.from - 1];
      if (isQuoteMark(beforeSubject) || (beforeSubject?.text === ',' && isQuoteMark(tokens[subject.from - 2]))) {
        speaker ??= ref;
        continue;
      }

      let rest = i + 1;
      while (rest < tokens.length && (tokens[rest].text === '.' || tokens[rest].text === '!')) rest += 1;
      const lastComma = lastCommaBefore(tokens, subject.from, 10);
      if (rest >= tokens.length && lastComma >= 0) {
        // "…, an opposition war monitor and pro-government media both reported."
        let from = subject.from;
        let comma = from - 1;
        // The source may be a coordination the noun-phrase scan cut short: take all since the comma.
        for (let k = subject.from - 1; k >= 0; k -= 1) {
          if (tokens[k].text === ',') {
            comma = k;
            break;
          }
          from = k;
        }
        let to = i - 1;
        while (to > from && SOURCE_FILLERS.has(tokens[to].norm)) to -= 1;
        const wide = { from, to };
        const source = index.referent(s.index, wide);
        add(s, sourceOf(source), claimText(s, 0, comma - 1), t.lemma);
        speaker ??= source;
        continue;
      }

      const from = claimStart(tokens, i);
      const to = claimEnd(tokens, from);
      let words = 0;
      for (let k = from; k <= to; k += 1) if (!quoted.has(k) && tokens[k].pos !== 'PUNCT') words += 1;
      if (words === 0) {
        speaker ??= ref;
        continue;
      }
      add(s, sourceOf(ref), claimText(s, from, to), t.lemma);
      speaker ??= ref;
    }
  }
  return out;
}
