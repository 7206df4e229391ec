import type { IndexedSentence } from '../index/sentence-index.js';
import type { Token } from '../nlp/token.js';

/** Verbs that define their subject as "is" does: "X refers to …", "X consists of …". */
const DEFINING_VERBS = new Set(['refer', 'mean', 'denote', 'describe', 'define', 'know', 'call', 'consist']);

const definedCache = new WeakMap<IndexedSentence, number>();

/**
 * Where the subject a sentence defines ends (at its "is", "refers" …), or 0 when the sentence
 * defines nothing: the same for every question, so found once per sentence.
 */
export function definedSubjectEnd(d: IndexedSentence): number {
  let end = definedCache.get(d);
  if (end === undefined) definedCache.set(d, (end = findDefinedSubjectEnd(d.sentence.tokens)));
  return end;
}

function findDefinedSubjectEnd(tokens: readonly Token[]): number {
  let depth = 0;
  for (let i = 0; i < Math.min(tokens.length, 25); i += 1) {
    const t = tokens[i];
    if (t.text === '(') depth += 1;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const copula = (t.pos === 'AUX' && t.lemma === 'be') || (t.pos === 'VERB' && DEFINING_VERBS.has(t.lemma));
    if (!copula) continue;
    // ("The hall will be formally opened …": an adverb between "be" and its verb hides a passive;
    // "is best known as", "is often called" still define.)
    let k = i + 1;
    while (tokens[k]?.pos === 'ADV') k += 1;
    const next = tokens[k];
    if (!next || (next.pos === 'VERB' && (k === i + 1 || !DEFINING_VERBS.has(next.lemma))) || next.pos === 'ADP' && next.norm !== 'to' && next.norm !== 'as') return 0;
    if (t.lemma === 'be' && putsActToCome(tokens, k)) return 0;
    return i;
  }
  return 0;
}

/**
 * Where the noun a sentence opens on ends, when an aside set off right after it says what it is
 * (else 0): "Vellum, once made from calfskin, was …", "Skelling, in which teams bowl a cheese along
 * a lane, is …" describe it whatever the verb after the aside.
 */
export function asideDescribedEnd(d: IndexedSentence): number {
  let end = asideCache.get(d);
  if (end === undefined) {
    const tokens = d.sentence.tokens;
    const comma = tokens.findIndex((t) => t.text === ',');
    const plain = comma > 0 && comma <= OPENING_NOUN && !tokens.slice(0, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    end = plain && describingAside(tokens, comma) ? comma : 0;
    asideCache.set(d, end);
  }
  return end;
}

const asideCache = new WeakMap<IndexedSentence, number>();

/** Whether an aside opening after the comma ("once …", "which …", "in which …") closes before a verb, as a subject's aside does. */
function describingAside(tokens: readonly Token[], comma: number): boolean {
  const first = tokens[comma + 1];
  if (!first) return false;
  const opens = ASIDE_OPENERS.has(first.norm) || (first.norm === 'in' && tokens[comma + 2]?.norm === 'which');
  if (!opens) return false;
  for (let k = comma + 2; k < tokens.length && k - comma <= ASIDE_REACH; k += 1) {
    if (tokens[k].text === ',') return tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX';
    if (tokens[k].text === '.' || tokens[k].text === ';') return false;
  }
  return false;
}

const ASIDE_OPENERS: ReadonlySet<string> = new Set(['once', 'formerly', 'originally', 'which']);
/** How far a sentence's opening noun and an aside on it may run. */
const OPENING_NOUN = 4;
/** How many words the aside may run to its closing comma. */
const ASIDE_REACH = 20;

/** Words that, after "is" and before "to", put an act to come: "is due to close", "are set to vote". */
const TO_COME: ReadonlySet<string> = new Set(['due', 'set', 'about', 'going', 'likely', 'unlikely', 'able', 'unable', 'expected', 'scheduled']);

/**
 * "The pier is to close", "the crew is due to sail": an "is" that tells what will be done, not what
 * its subject is. ("The site is due to become a park" still says what it will be.)
 */
function putsActToCome(tokens: readonly Token[], k: number): boolean {
  const to = tokens[k].norm === 'to' ? k : TO_COME.has(tokens[k].norm) && tokens[k + 1]?.norm === 'to' ? k + 1 : -1;
  return to >= 0 && !BECOMING.has(tokens[to + 1]?.lemma ?? '');
}

const BECOMING: ReadonlySet<string> = new Set(['be', 'become', 'remain']);
