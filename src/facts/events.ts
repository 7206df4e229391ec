import type { Article, Sentence } from '../article/types.js';
import type { Token } from '../nlp/token.js';
import type { Draft } from './draft.js';
import { PLACE_PREPOSITIONS, REPORTING_VERBS } from './lexicon.js';
import type { NameIndex } from './name-index.js';
import { nounTaggedVerb, objectAfter, phraseEndingAt, phraseStartingAt, subjectBefore, type Span } from './phrases.js';
import type { PlacedTime } from './times.js';
import { spanText, tidy, touching } from './tokens.js';
import type { EventFact } from './types.js';

/**
 * Events: who did what to whom, where and when, one per finite verb with a subject. Passives with
 * an agent ("Hama was captured by insurgents") take the agent as subject; coordinated verbs
 * ("said … and vowed to …") share the subject of the verb before. Reporting verbs are claims,
 * and verbs inside quotations are the speaker's words, so neither becomes an event here.
 */

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const MAX_SCAN = 14;
/** A time further from its verb than this belongs to another clause. */
const MAX_TIME_DISTANCE = 10;

/** A participle used as an adjective ("a seized vehicle"), an infinitive or a hyphenated compound is not an event. */
function isFiniteUse(tokens: readonly Token[], v: number): boolean {
  const prev = tokens[v - 1];
  if (!prev) return false;
  if (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.norm === 'to' || prev.norm === 'as' || (prev.text === '-' && touching(prev, tokens[v]))) return false;
  if (tokens[v].norm.endsWith('ing') && prev.pos !== 'AUX') return false;
  if (nounTaggedVerb(tokens[v], prev, tokens[v + 1])) return false;
  if (prev.pos === 'ADP') return false;
  // "40 stolen laptops": a participle between a number and its noun describes the noun.
  if (prev.pos === 'NUM' && tokens[v + 1]?.pos === 'NOUN' && tokens[v].norm !== tokens[v].lemma) return false;
  return true;
}

/** Index of "by" right after a participle (particles allowed: "cut off by"), or -1. */
function agentMarker(tokens: readonly Token[], v: number): number {
  for (let k = v + 1; k < tokens.length && k <= v + 3; k += 1) {
    if (tokens[k].norm === 'by') return k;
    if (tokens[k].pos !== 'ADP' && tokens[k].pos !== 'ADV' && tokens[k].pos !== 'PART') return -1;
  }
  return -1;
}

function hasAuxiliary(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 3; k -= 1) {
    if (tokens[k].pos === 'AUX') return true;
    if (tokens[k].pos !== 'ADV' && tokens[k].pos !== 'PART') return false;
  }
  return false;
}

/** Whether the verb at `v` is a passive participle: a form of "be" before it, past auxiliaries and adverbs ("has been sold"). */
export function isPassive(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  if (t.norm === t.lemma || t.norm.endsWith('ing')) return false;
  for (let k = v - 1; k >= 0 && k >= v - 3; k -= 1) {
    if (tokens[k].pos === 'AUX' && (tokens[k].lemma === 'be' || tokens[k].norm === 'being' || tokens[k].norm === 'been')) return true;
    if (tokens[k].pos !== 'AUX' && tokens[k].pos !== 'ADV' && tokens[k].pos !== 'PART') return false;
  }
  return false;
}

function placeAfter(index: NameIndex, s: Sentence, from: number): string | undefined {
  const tokens = s.tokens;
  for (let k = from; k < tokens.length && k < from + MAX_SCAN; k += 1) {
    const t = tokens[k];
    if (t.text === ';' || (t.pos === 'VERB' && k > from)) break;
    let start = -1;
    if (PLACE_PREPOSITIONS.has(t.norm) && t.pos === 'ADP') start = k + 1;
    else if (DIRECTIONS.has(t.norm) && tokens[k + 1]?.norm === 'of') start = k + 2;
    if (start < 0) continue;
    const span = phraseStartingAt(tokens, start, 8);
    if (!span) continue;
    const chunks = index.chunksIn(s.index, span.from, span.to);
    if (chunks.some((c) => index.kind(c.entity) === 'place' || index.kind(c.entity) === 'other')) {
      return tidy(spanText(s, DIRECTIONS.has(t.norm) ? k : span.from, span.to));
    }
  }
  return undefined;
}

function timeNear(times: readonly PlacedTime[], v: number): string | undefined {
  let best: PlacedTime | undefined;
  for (const t of times) {
    const distance = Math.min(Math.abs(t.from - v), Math.abs(t.to - v));
    if (distance <= MAX_TIME_DISTANCE && (!best || distance < Math.min(Math.abs(best.from - v), Math.abs(best.to - v)))) best = t;
  }
  return best?.fact.text;
}

/** "vowed to gain back lost areas": an infinitive object up to the clause end. */
function infinitiveObject(s: Sentence, v: number): string | undefined {
  const tokens = s.tokens;
  if (tokens[v + 1]?.norm !== 'to' || tokens[v + 2]?.pos !== 'VERB') return undefined;
  let end = v + 2;
  while (end + 1 < tokens.length && end - v < 10 && tokens[end + 1].text !== ',' && tokens[end + 1].text !== '.' && tokens[end + 1].norm !== 'and') end += 1;
  return tidy(spanText(s, v + 1, end));
}

export function extractEvents(article: Article, index: NameIndex, times: readonly PlacedTime[], quoted: ReadonlyMap<number, ReadonlySet<number>>): Draft<EventFact>[] {
  const out: Draft<EventFact>[] = [];
  const timesBySentence = new Map<number, PlacedTime[]>();
  for (const t of times) {
    const list = timesBySentence.get(t.fact.sentences[0]) ?? [];
    list.push(t);
    timesBySentence.set(t.fact.sentences[0], list);
  }

  for (const s of article.sentences) {
    if (s.caption) continue;
    const tokens = s.tokens;
    const inQuote = quoted.get(s.index) ?? new Set<number>();
    let lastSubject: string | undefined;
    for (let v = 0; v < tokens.length; v += 1) {
      const t = tokens[v];
      if (t.pos !== 'VERB' || inQuote.has(v)) continue;
      if (REPORTING_VERBS.has(t.lemma)) {
        const span = subjectBefore(tokens, v);
        if (span) lastSubject = subjectText(index, s, span);
        continue;
      }
      // A capitalised "verb" inside a name ("Red Cross") is part of the name.
      if (index.chunksIn(s.index, v, v).length > 0 || (index.chunks[s.index] ?? []).some((c) => c.start <= v && c.end > v)) continue;
      const by = agentMarker(tokens, v);
      const reduced = by >= 0 && t.norm !== t.lemma && !t.norm.endsWith('ing') && !hasAuxiliary(tokens, v);
      // "Brightwater, founded in 1968 …": a participle after a comma without an agent is no event.
      if (!reduced && tokens[v - 1]?.text === ',' && t.norm !== t.lemma) continue;
      if (!reduced && !isFiniteUse(tokens, v)) continue;

      let subject: string | undefined;
      let object: string | undefined;
      if (reduced) {
        // "The insurgents, led by the jihadi … group", "villages cut off by landslides": the agent did it to the phrase before.
        const agent = phraseStartingAt(tokens, by + 1);
        const patient = phraseEndingAt(tokens, tokens[v - 1]?.text === ',' ? v - 2 : v - 1, false);
        if (!agent || !patient) continue;
        subject = subjectText(index, s, agent);
        object = subjectText(index, s, patient);
      } else if (isPassive(tokens, v)) {
        if (by < 0) continue;
        const agent = phraseStartingAt(tokens, by + 1);
        const patient = subjectBefore(tokens, v);
        if (!agent || !patient) continue;
        subject = subjectText(index, s, agent);
        object = subjectText(index, s, patient);
      } else {
        const span = subjectBefore(tokens, v);
        if (span && !inQuote.has(span.from)) subject = subjectText(index, s, span);
        else if (tokens[v - 1]?.norm === 'and' || tokens[v - 1]?.norm === 'but') subject = lastSubject;
        if (!subject) continue;
        const obj = objectAfter(tokens, v);
        object = infinitiveObject(s, v) ?? (obj ? tidy(spanText(s, obj.from, obj.to)) : undefined);
      }
      lastSubject = subject;

      const fact: Draft<EventFact> = { type: 'event', sentences: [s.index], subject, verb: t.text, lemma: t.lemma };
      if (object) fact.object = object;
      const place = placeAfter(index, s, v + 1);
      if (place) fact.place = place;
      const time = timeNear(timesBySentence.get(s.index) ?? [], v);
      if (time) fact.time = time;
      for (let k = v - 1; k >= 0 && k >= v - 3; k -= 1) {
        if (NEGATIONS.has(tokens[k].norm)) fact.negated = true;
        if (tokens[k].pos !== 'AUX' && tokens[k].pos !== 'PART' && tokens[k].pos !== 'ADV') break;
      }
      out.push(fact);
    }
  }
  return out;
}

function subjectText(index: NameIndex, s: Sentence, span: Span): string {
  const ref = index.referent(s.index, span);
  // Pronouns are replaced by who they stand for; other phrases stay as written.
  return span.from === span.to && s.tokens[span.from].pos === 'PRON' && ref.name ? ref.name : ref.text;
}
