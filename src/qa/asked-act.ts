import { REPORTING_VERBS } from '../facts/lexicon.js';
import { similarity, vectorId } from '../index/embeddings.js';
import { areRelated } from '../index/related.js';
import type { IndexedSentence } from '../index/sentence-index.js';
import { termOfWord } from '../nlp/terms.js';
import type { Token } from '../nlp/token.js';
import type { QuestionAnalysis } from './analyze.js';
import { LIGHT_VERBS } from './lexicon.js';
import { memoKey } from './memo.js';
import { isClauseEnd } from './spans.js';
import { asWritten } from './extract/times.js';

export interface AskedAct {
  term: string;
  light: boolean;
  rows: number[];
}

/**
 * The question's own verbs, with the word-vector rows of their written and base forms ("replacing",
 * "replace"). ("Where was she taken?" / "was taken to Brell Hospital": a light verb says where, as itself.)
 */
export function askedActs(q: QuestionAnalysis, withLight = q.intent === 'where'): AskedAct[] {
  const out: AskedAct[] = [];
  for (const t of q.terms) {
    if (t.pos !== 'VERB' || t.isCue) continue;
    const light = LIGHT_VERBS.has(t.term);
    if (light && !withLight) continue;
    const lemma = q.tokens.find((x) => x.text === t.word)?.lemma;
    out.push({ term: t.term, light, rows: [vectorId(t.word.toLowerCase()), lemma === undefined ? -1 : vectorId(lemma)] });
  }
  return out;
}

/** Whether the sentence's verb at `k` is an asked act: its term, a related one, or a near one by word vectors in any of their forms. */
export function actIsAsked(asked: readonly AskedAct[], d: IndexedSentence, k: number, near = ACT_SIMILAR): boolean {
  const x = d.terms[k] ?? '';
  const token = d.sentence.tokens[k];
  const rows = [vectorId(token.norm), vectorId(token.lemma)];
  // (Word vectors put "own" near "say": a verb of saying is no other act's near word.)
  const says = REPORTING_VERBS.has(token.lemma);
  return asked.some((a) => a.term === x || (!a.light && !says && (areRelated(a.term, x) || a.rows.some((r) => rows.some((s) => similarity(r, s) >= near)))));
}

const ACT_SIMILAR = 0.5;

/**
 * Whether `text` (a time or a place) is written after one of the question's own acts, in its clause
 * and within VALUE_REACH words: "When did the survey begin?" / "The count started on 3 May".
 * Without `withLight`, a light verb of the question ("held", "took") counts as no act of its own.
 */
export function writtenAfterAskedAct(q: QuestionAnalysis, d: IndexedSentence, text: string, loose = true, withLight = q.intent === 'where'): boolean {
  const { tokens } = d.sentence;
  const pos = d.sentence.text.indexOf(asWritten(text));
  if (pos < 0) return false;
  const asked = askedActs(q, withLight);
  if (asked.length === 0) return false;
  const v = tokens.findIndex((t) => t.start >= pos);
  for (let k = v - 1; k >= Math.max(0, v - VALUE_REACH) && !isClauseEnd(tokens[k]); k -= 1) {
    if (tokens[k].pos === 'VERB' && (loose ? actIsAsked(asked, d, k) : asked.some((a) => a.term === d.terms[k]))) return true;
  }
  return false;
}

/** Whether the sentence writes one of the question's own acts as a verb, in its own word ("opened" for "open"). */
export function writesAskedAct(q: QuestionAnalysis, d: IndexedSentence): boolean {
  const asked = askedActs(q);
  return d.sentence.tokens.some((t, k) => t.pos === 'VERB' && asked.some((a) => a.term === d.terms[k]));
}

/** Words back from a time or place to its verb: "open in the spring of 2031", "was found burnt out on a farm lane near the village of Orby". */
const VALUE_REACH = 10;

/** The asked acts, light verbs too, that a reason or a length must hang on: found once per question. */
const HUNG_ON_ACTS = memoKey<{ verbs: AskedAct[]; nouns: string[] }>('the acts a reason or a length hangs on');

export const OTHER_ACT = 'other act';

/**
 * "Why was the pier shut?" / "The pier was closed on Friday because a storm had cracked its deck";
 * "how long did the repair take?" / "the work on the deck lasted six weeks": the act a reason or a
 * length (at `text` in the sentence) belongs to is the verb it hangs on, the nearest before it in
 * its clause: the asked act where that verb is the question's own, a related or near one, one the
 * question makes a noun of, or (for a length) a verb of lasting; another act where it is some
 * other verb ("the crews were delayed because …" tells nothing of why the barn caught fire, nor
 * "the plan has been discussed for 25 years" how long a crossing takes); none where no verb before
 * it in its clause claims it ("after 30 years of service", "a 9-kilometre stretch"); unknown where
 * the sentence does not write the text. A verb of saying passes a reason on ("the club says the
 * ground is crumbling"); "how long" is not told by one.
 */
export function hungOn(q: QuestionAnalysis, d: IndexedSentence, text: string): 'asked' | typeof OTHER_ACT | 'none' | undefined {
  const { tokens } = d.sentence;
  const pos = d.sentence.text.indexOf(asWritten(text));
  if (pos < 0) return undefined;
  let v = 0;
  while (v < tokens.length && tokens[v].start < pos) v += 1;
  const k = ownVerbBefore(d, v, q.intent === 'why');
  if (k < 0) return 'none';
  return (q.intent !== 'why' && LASTING_VERBS.has(tokens[k].lemma)) || verbOfAskedAct(q, d, k) ? 'asked' : OTHER_ACT;
}

/** The nearest verb before token `v` in its clause, within OWN_ACT_REACH words (past verbs of saying, for a reason), or -1. */
export function ownVerbBefore(d: IndexedSentence, v: number, passSaying = false): number {
  const { tokens } = d.sentence;
  for (let k = v - 1; k >= Math.max(0, v - OWN_ACT_REACH) && !isClauseEnd(tokens[k]); k -= 1) {
    if (tokens[k].pos === 'VERB' && !(passSaying && REPORTING_VERBS.has(tokens[k].lemma))) return k;
  }
  return -1;
}

/** Whether the sentence's verb at `k` is an asked act, light verbs too, or the verb of a noun the question holds. */
export function verbOfAskedAct(q: QuestionAnalysis, d: IndexedSentence, k: number): boolean {
  const acts = hungOnActs(q);
  return actIsAsked(acts.verbs, d, k, OWN_ACT_SIMILAR) || nounOfVerb(acts.nouns, d.terms[k]);
}

function hungOnActs(q: QuestionAnalysis): { verbs: AskedAct[]; nouns: string[] } {
  let acts = q.memo.get(HUNG_ON_ACTS);
  if (acts === undefined) {
    // ("How long has the clinic been doing dental treatment?" / "has treated patients since 1988":
    // a noun the question makes from the verb names the act as well.)
    acts = { verbs: askedActs(q, true), nouns: q.terms.filter((t) => t.pos === 'NOUN' && !t.isCue && !t.isName).map((t) => t.term) };
    q.memo.set(HUNG_ON_ACTS, acts);
  }
  return acts;
}

/** Whether a noun's term is made from the verb's ("servic" from "serv", "treatment" from "treat"). */
export function nounOfVerb(nouns: readonly string[], verb: string | null | undefined): boolean {
  return verb !== null && verb !== undefined && verb.length >= VERB_STEM && nouns.some((n) => n.startsWith(verb));
}

const VERB_STEM = 4;

/** Verbs that say how long something went on, whatever it was: "lasted", "took", "spent". */
const LASTING_VERBS: ReadonlySet<string> = new Set(['last', 'take', 'spend']);
/** Words back from a reason or a length to the verb it hangs on. */
const OWN_ACT_REACH = 8;
/** Nearer than ACT_SIMILAR: word vectors put "fire" near "move". */
const OWN_ACT_SIMILAR = 0.6;

const DOER_TITLES = memoKey<readonly string[]>('the titles made from the asked verbs');

/**
 * Verbs of running a place or a body whose doer English names by other nouns than the verb's own:
 * "who runs the pub?" / "the landlord, Ada Brenn"; "who heads the union?" / "its general secretary".
 */
const RUNNING_TITLES: readonly string[] = [
  'owner', 'operator', 'manager', 'landlord', 'landlady', 'licensee', 'proprietor', 'organiser', 'organizer', 'coordinator', 'co-ordinator',
  'director', 'executive', 'head', 'chief', 'boss', 'chair', 'chairman', 'chairwoman', 'chairperson', 'leader', 'president', 'secretary',
];
const OFFICE_TITLES: readonly string[] = ['head', 'chief', 'director', 'executive', 'leader', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'secretary', 'coordinator', 'co-ordinator', 'organiser', 'organizer', 'manager'];
const TITLES_OF_VERB: ReadonlyMap<string, readonly string[]> = new Map([
  ['run', RUNNING_TITLES],
  // ("Who runs …" is read as "who heads …".)
  ['head', RUNNING_TITLES],
  ['lead', OFFICE_TITLES],
  ['chair', ['chair', 'chairman', 'chairwoman', 'chairperson']],
]);
/**
 * Whether the question's verb is one a title from TITLES_OF_VERB stands for, so a sentence giving
 * the title need not write the verb ("who runs the pub?" / "the landlord, Ada Brenn").
 */
export function titleTellsVerb(q: QuestionAnalysis, word: string): boolean {
  const lemma = q.tokens.find((x) => x.text === word)?.lemma;
  return lemma !== undefined && TITLES_OF_VERB.has(lemma);
}

/** "own" → "owner", "organise" → "organiser", "direct" → "director": the nouns English makes for the doer of the question's verbs. (Once per question.) */
export function doerTitles(q: QuestionAnalysis): readonly string[] {
  let titles = q.memo.get(DOER_TITLES);
  if (titles === undefined) {
    const out: string[] = [];
    for (const t of q.tokens) {
      if (t.pos !== 'VERB' || LIGHT_VERBS.has(termOfWord(t.lemma)) || t.lemma.length < 3) continue;
      out.push(t.lemma.endsWith('e') ? `${t.lemma}r` : `${t.lemma}er`, `${t.lemma}or`, ...(TITLES_OF_VERB.get(t.lemma) ?? []));
    }
    q.memo.set(DOER_TITLES, (titles = out));
  }
  return titles;
}

/** The shortest word a compound title may open on ("land" of "landowner"). */
const COMPOUND_HEAD = 3;

/** Words after which a title's word is a verb: "Ada Brenn, who chairs the trust". */
const VERB_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'also', 'now', 'still']);

/** Whether the noun is one of the titles, or a compound ending in one ("landowner"). */
function isDoerTitle(t: Token | undefined, titles: readonly string[], before?: Token): boolean {
  if (t === undefined || (t.pos !== 'NOUN' && t.pos !== 'PROPN') || VERB_OPENERS.has(before?.norm ?? '')) return false;
  const word = t.norm.endsWith('s') ? t.norm.slice(0, -1) : t.norm;
  for (const x of titles) if (word === x || (word.endsWith(x) && word.length - x.length >= COMPOUND_HEAD)) return true;
  return false;
}

/**
 * Whether the name [first, last] is given a title of `titles`: right before it ("Owner Ada Brenn"),
 * in a phrase set off before it ("the site's owners, the Arden Trust", "the owner of the site,
 * Arden Holdings") or after it ("Ada Brenn, 49, the pub's owner,").
 */
export function titledHolder(tokens: readonly Token[], first: number, last: number, titles: readonly string[]): boolean {
  // ("Landowner Ada Brenn": a title opening the sentence may be read into the name.)
  if (isDoerTitle(tokens[first], titles, tokens[first - 1])) return true;
  let k = first - 1;
  if (tokens[k]?.norm === 'the') k -= 1;
  if (isDoerTitle(tokens[k], titles, tokens[k - 1])) return true;
  if (tokens[k]?.text === ',') {
    for (let j = k - 1; j >= Math.max(0, k - DOER_TITLE_REACH) && !isClauseEnd(tokens[j]) && tokens[j].pos !== 'VERB' && tokens[j].pos !== 'AUX'; j -= 1) {
      if (isDoerTitle(tokens[j], titles, tokens[j - 1])) return true;
    }
  }
  k = last + 1;
  if (tokens[k]?.text === ',' && tokens[k + 1]?.pos === 'NUM' && tokens[k + 2]?.text === ',') k += 2;
  if (tokens[k]?.text !== ',') return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + DOER_TITLE_REACH) && !isClauseEnd(tokens[j]) && tokens[j].pos !== 'VERB' && tokens[j].pos !== 'AUX'; j += 1) {
    if (isDoerTitle(tokens[j], titles, tokens[j - 1])) return true;
  }
  return false;
}

/**
 * "Its owner, Arden Holdings, said …", "The landlord of the Crown, Ada Brenn, said …", "Manager
 * Ada Brenn said …": where a sentence opens on a title of `titles` held by the name after it (the
 * title's place or body left to the sentence before, or named by a name of its own), the token
 * the name starts at; else -1.
 */
export function openingTitledName(tokens: readonly Token[], titles: readonly string[]): number {
  const at = TITLE_OPENERS.has(tokens[0]?.norm ?? '') ? 1 : 0;
  if (!isDoerTitle(tokens[at], titles)) return -1;
  if (at === 0) return tokens[1]?.pos === 'PROPN' ? 1 : -1;
  let k = at + 1;
  // ("… of the Crown,": the title's own place, set off before the name.)
  if (tokens[k]?.norm === 'of') {
    const end = Math.min(tokens.length, k + TITLE_PLACE_REACH);
    while (k < end && tokens[k].text !== ',') k += 1;
  }
  return tokens[k]?.text === ',' && startsName(tokens[k + 1]) ? k + 1 : -1;
}

/** How many words the title's own place may run to ("of the Old Crown and Anchor"). */
const TITLE_PLACE_REACH = 8;
/** Words a title may open on: "its operator", "their landlord", "the manager of the Crown". */
const TITLE_OPENERS: ReadonlySet<string> = new Set(['its', 'their', 'the']);
/** A name, or a body's name after "the": "the Arden Group". */
const startsName = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'PROPN' || t.norm === 'the');

/** How many words a title set off beside a name may run to ("the owner of the old site"). */
const DOER_TITLE_REACH = 5;

/** "Who did she replace?", "whom will the team face?": a subject after the auxiliary leaves the verb's object asked. */
export const objectAsked = (tokens: readonly Token[]): boolean => WHO_WORDS.has(tokens[0]?.norm ?? '') && tokens[1]?.pos === 'AUX' && SUBJECT_OPENERS.has(tokens[2]?.pos ?? '');
const WHO_WORDS: ReadonlySet<string> = new Set(['who', 'whom']);
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['PRON', 'PROPN', 'DET']);

/**
 * "How long did the robbery take?", "how long did the debate last?": the length of an act, which the
 * question asks by the verb of its going on ("take" and "last" are no words a sentence must share).
 */
export const asksActLength = (q: QuestionAnalysis): boolean => q.rule === 'how-long' && ACT_LENGTH_ASKED.test(q.text);
const ACT_LENGTH_ASKED = /\b(?:take|took|takes|last|lasted|lasts|go on|went on|goes on)(?:\s+(?:him|her|them|us|you|me|for))?\W*$/i;

/** "a hearing that lasted nearly five hours", "the count took him about 40 minutes", "builders spent two years restoring it": a length told as an act's. */
const ACT_LENGTH = /\b(?:lasted|lasting|lasts|last|took|takes|take|went on for|goes on for|ran for|runs for|run for|spent|spends|spend)\s+(?:(?:him|her|them|us|me)\s+)?(?:just\s+|only\s+)?(?:about|around|almost|nearly|roughly|less than|more than|under|over|some|barely|just over|just under)?\s*$/i;

/** Whether the length written at `at` is told as an act's by "lasted" or "took" before it. */
export const toldAsActLength = (text: string, at: number): boolean => ACT_LENGTH.test(text.slice(Math.max(0, at - ACT_REACH), at));

/** Characters before a length within which "lasted" or "took" tells it as an act's. */
const ACT_REACH = 30;

/**
 * "When did residents complain about the smell?" / "Neighbours first noticed the smell in May":
 * where the sentence tells the asked act in words of its own, the thing
 * the question does it to, written just after one of the sentence's verbs, says that verb is the
 * act. Whether `text` (a time or a length) follows that object in its clause, within VALUE_REACH
 * words: "how long did the plant pump slurry?" / "the plant discharged slurry for 300 hours".
 */
export function writtenAfterActOnAskedObject(q: QuestionAnalysis, d: IndexedSentence, text: string): boolean {
  const objects = askedObjects(q);
  if (objects.length === 0) return false;
  const { tokens } = d.sentence;
  const pos = d.sentence.text.indexOf(asWritten(text));
  if (pos < 0) return false;
  const v = tokens.findIndex((t) => t.start >= pos);
  for (let k = v - 1; k >= Math.max(0, v - VALUE_REACH) && !isClauseEnd(tokens[k]); k -= 1) {
    if (!objects.includes(d.terms[k] ?? '')) continue;
    for (let j = k - 1; j >= Math.max(0, k - OBJECT_REACH) && !isClauseEnd(tokens[j]); j -= 1) {
      if (tokens[j].pos === 'VERB') return !REPORTING_VERBS.has(tokens[j].lemma);
    }
  }
  return false;
}

/**
 * The common nouns the question's own acts are done to: "inspect the boats", "complain about the
 * smell", "file for approval" (words of a name say who, not what is done).
 */
function askedObjects(q: QuestionAnalysis): readonly string[] {
  const known = q.memo.get(ASKED_OBJECTS);
  if (known) return known;
  const out: string[] = [];
  q.memo.set(ASKED_OBJECTS, out);
  const { tokens } = q;
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || LIGHT_VERBS.has(termOfWord(t.lemma))) return;
    for (let j = i + 1; j <= i + OBJECT_REACH && j < tokens.length; j += 1) {
      const x = tokens[j];
      if (x.pos === 'NOUN') {
        const term = q.terms.find((qt) => qt.word === x.text && !qt.isName && !qt.isCue)?.term;
        if (term !== undefined) out.push(term);
        return;
      }
      if (!BEFORE_OBJECT.has(x.pos)) return;
    }
  });
  return out;
}

const ASKED_OBJECTS = memoKey<readonly string[]>('the nouns the asked acts are done to');
/** Words an act's object may stand after: "about the new weir", "for their approval". */
const BEFORE_OBJECT: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADP', 'PRON', 'PART', 'NUM']);
/** Words from a verb to its object ("noticed the smell", "wrote about the new weir"). */
const OBJECT_REACH = 4;
