import stem from 'wink-porter2-stemmer';
import { canonicalSpelling } from './normalize.js';
import type { Token } from './token.js';

const INNER_HYPHEN = /(?<=\p{L})-(?=\p{L})/gu;

/**
 * Index terms: the Porter2 stem of the canonical-spelling lemma. The lemma handles irregular forms
 * (fled → flee, men → man), the stem conflates what lemmas keep apart (insurgents/insurgency stay
 * apart, but marching/marched/march meet), and spelling is made canonical first.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function termOfWord(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  // Numbers are not words: Porter2 would turn "2023" into "202i". "3rd" is "third", as people write either.
  // "tie-break" and "tiebreak", "co-pilot" and "copilot" are one word, however it is written.
  const term = /\d/.test(word) ? (ORDINAL_NUMERALS.get(word) ?? word.replace(/['’]s$/u, '')) : stemOf(canonicalSpelling(unaccented(unhyphenated(word.replace(/['’]s$/u, '')))));
  // Bounded so that a long-running bot fed random words does not grow without limit.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, term);
  return term;
}

const unhyphenated = (word: string): string => (word.includes('-') ? word.replace(INNER_HYPHEN, '') : word);

/** "café" and "cafe", "fiancée" and "fiancee": people type a word without the accents an article prints. */
const unaccented = (word: string): string => (NON_ASCII.test(word) ? word.normalize('NFD').replace(MARKS, '') : word);
const NON_ASCII = /[^ -~]/;
const MARKS = /\p{M}+/gu;

const ORDINAL_NUMERALS: ReadonlyMap<string, string> = new Map(
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((w, i) => [`${i + 1}${['st', 'nd', 'rd'][i] ?? 'th'}`, w]),
);

/**
 * Nouns Porter2 cuts down to another, unrelated word ("department" → "depart", "business" → "busi"
 * as in busy): kept whole, so "when did the mayor quit?" does not find "the procurement department".
 */
const OVERSTEMMED: ReadonlyMap<string, string> = new Map(
  ['department', 'university', 'business', 'organization', 'experiment', 'apartment'].flatMap((w) => [
    [w, w],
    [w.endsWith('y') ? `${w.slice(0, -1)}ies` : w.endsWith('s') ? `${w}es` : `${w}s`, w],
  ]),
);

const stemOf = (word: string): string => OVERSTEMMED.get(word) ?? stem(word);

/** Words that carry no content, beyond wink's stop list: question scaffolding and reporting glue (and the "s" wink splits off "the Lumo 7s"). */
const EXTRA_STOP = new Set(['also', 'just', 'now', 'mr', 'mrs', 'ms', 'dr', 'yet', 'still', 'even', 'much', 'many', 'us', 'one', 'anybody', 'anyone', 'somebody', 'someone', 'everybody', 'everyone', 's']);

/** Words wink lists as stop words that tell one thing from another: "the first case", "the former minister". */
const ORDINALS = new Set(['first', 'third', 'last', 'next', 'former']);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a text holds a letter or a digit: most words open with an ASCII one, which settles it without the Unicode pattern. */
function hasLetterOrDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || LETTER_OR_DIGIT.test(text);
}

/** "St." and "St", "Dr." and "Dr": a name's abbreviation is one word with or without its stop. */
const withoutStop = (norm: string): string => (norm.length > 1 && norm.endsWith('.') ? norm.slice(0, -1) : norm);

/**
 * Verbs wink lists as stop words in their plain form only ("keep", "give", but not "kept",
 * "gave"): a question's "do" puts its verb in the plain form ("how long do they keep
 * lost items?") where the article writes it inflected ("Items are kept for 90 days"), so the
 * plain form counts as a word too.
 */
const STOP_LISTED_VERBS: ReadonlySet<string> = new Set(['keep', 'give', 'show', 'call', 'move']);

export const isContentToken = (t: Token): boolean =>
  (t.kind === 'word' || t.kind === 'number' || t.kind === 'ordinal') &&
  (!t.stop || ORDINALS.has(t.norm) || (t.pos === 'VERB' && STOP_LISTED_VERBS.has(t.norm))) &&
  !EXTRA_STOP.has(withoutStop(t.norm)) &&
  hasLetterOrDigit(t.text);

/**
 * wink lemmatises no proper noun, so "the Skarre Fishermen's Association" would keep "fishermen"
 * where the question's "the fishermen's association" has "fisherman". Only the common words in
 * "-men" are read as plurals: a surname may end so too ("Kelemen").
 */
const nameWordBase = (norm: string): string => (PLURAL_MEN.test(norm) ? `${norm.slice(0, -3)}man` : norm);

const PLURAL_MEN =
  /^(?:wo|fisher|fire|police|chair|spokes|business|country|service|congress|states|gun|lines|horse|crafts|work|sports|sales|sea|noble|alder|free|fresh|watch|boat|camera|news|lay|clergy|trades|middle|anchor|committee|council|post|milk|dust|garbage|snow|hench|journey|ranch|foot|bow|marks|yachts|oars|help)?men$/;

const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map(
  [['$', 'dollar'], ['€', 'euro'], ['£', 'pound'], ['¥', 'yen']].map(([sign, word]) => [sign, termOfWord(word)]),
);

/** No word stems to this, so the unit never meets the ordinal. */
const TIME_SECOND = 'second (time)';

/** The index term of a token, or null for stop words and punctuation. */
export function termOf(t: Token): string | null {
  const memo = t.memo;
  if (memo === undefined) return termOfToken(t);
  let term = memo.term;
  if (term === undefined) memo.term = term = termOfToken(t);
  return term;
}

function termOfToken(t: Token): string | null {
  // "How much is that in dollars?" finds "($1,400)": a currency's sign is its word.
  const currency = CURRENCY_SIGNS.get(t.text);
  if (currency !== undefined) return currency;
  if (!isContentToken(t)) return null;
  // Proper nouns keep their written form: wink lemmatises some names oddly ("Syria’s" → "syria’").
  const base = withoutStop(t.pos === 'PROPN' ? nameWordBase(t.norm) : t.lemma);
  // "Who came second?" is not answered by "in 2 hours 4 minutes 51 seconds": the unit of time is
  // another word than the ordinal, though both are spelt "second".
  if (base === 'second' && t.pos === 'NOUN') return TIME_SECOND;
  // Most words have no curly apostrophe: skip the replacement (and its regular expression) then.
  return termOfWord(base.includes('’') ? base.replace(/[’]/g, "'") : base);
}

/**
 * Phrasal verbs whose meaning their verb alone does not carry ("the fire broke out" = it started):
 * the particle stands for a plain verb of that meaning, so questions in either wording meet.
 */
const PHRASAL: ReadonlyMap<string, string> = new Map([
  ['break out', 'start'],
  ['call off', 'cancel'],
  ['carry out', 'conduct'],
  ['put out', 'extinguish'],
  ['step down', 'resign'],
  ['pull out', 'withdraw'],
  ['shut down', 'close'],
  ['set up', 'establish'],
  ['give up', 'surrender'],
  ['blow up', 'explode'],
  ['hand over', 'transfer'],
  ['wipe out', 'destroy'],
  ['pass away', 'die'],
  ['look into', 'investigate'],
  ['look at', 'examine'],
  ['find out', 'discover'],
  ['lay off', 'dismiss'],
  ['take off', 'depart'],
  ['let up', 'ease'],
  ['die down', 'ease'],
  ['turn down', 'reject'],
  ['touch down', 'land'],
  ['put off', 'postpone'],
  ['step up', 'increase'],
  ['cut off', 'disconnect'],
  ['set off', 'trigger'],
  ['go off', 'sound'],
  ['break down', 'collapse'],
  ['run out', 'expire'],
  ['back down', 'retreat'],
  ['go down', 'sink'],
  ['hold up', 'delay'],
  ['cave in', 'collapse'],
  ['give way', 'collapse'],
  ['take cover', 'shelter'],
  ['kick in', 'start'],
  ['take effect', 'start'],
  ['fall apart', 'collapse'],
  ['lock up', 'jail'],
  ['tip over', 'capsize'],
  ['roll out', 'introduce'],
  ['bring in', 'introduce'],
  ['add up', 'total'],
  ['rule out', 'exclude'],
  ['drop out', 'withdraw'],
  ['clear out', 'evacuate'],
  ['go up', 'rise'],
  ['hand down', 'rule'],
  ['hand back', 'return'],
  ['give back', 'return'],
  ['pay back', 'repay'],
  ['chip in', 'contribute'],
  ['lift off', 'launch'],
  ['pick up', 'collect'],
  ['push back', 'postpone'],
  ['bail out', 'rescue'],
  ['break into', 'enter'],
  ['get into', 'enter'],
  ['pitch in', 'contribute'],
  ['look after', 'care'],
  ['let go', 'release'],
  ['get going', 'start'],
  ['kick off', 'start'],
  ['start up', 'start'],
  // "Can they knock it down?" / "demolition …". (Not "turn up" or "show up", which people do
  // where they arrive, and a lost thing or a symptom where it is found or appears.)
  ['knock down', 'demolish'],
  ['tear down', 'demolish'],
  ['pull down', 'demolish'],
  // "When were the lights turned on?" / "… switched on at dusk"; "when did the site go live?" /
  // "launched on 2 March"; "when did the work get underway?" / "began in May": news and its
  // readers tell a start in a phrase as often as in a verb.
  ['switch on', 'activate'],
  ['turn on', 'activate'],
  ['switch off', 'deactivate'],
  ['turn off', 'deactivate'],
  ['go live', 'launch'],
  ['get underway', 'start'],
  ['go round', 'visit'],
  ['take down', 'dismantle'],
]);
const phrasalTerms = new Map([...PHRASAL].map(([phrase, verb]) => [phrase, termOfWord(verb)]));
/**
 * The same phrases before "of", where they mean something else: a fire breaks out, a prisoner
 * breaks out of jail; a patent runs out, a town runs out of water.
 */
const phrasalOfTerms = new Map([
  ['break out', termOfWord('escape')],
  ['run out', termOfWord('exhaust')],
]);
/** The particles of those phrases: any other word is no particle, and needs no phrase built to look up. */
const PARTICLES: ReadonlySet<string> = new Set([...PHRASAL.keys()].map((phrase) => phrase.split(' ')[1]));

/** The index term of token i in its sentence: as termOf, but a phrasal verb's particle stands for its meaning. */
export function termAt(tokens: readonly Token[], i: number): string | null {
  return phrasalTermAt(tokens, i) ?? termOf(tokens[i]);
}

/** The term of the meaning token i stands for as a phrasal verb's particle, if it is one. */
export function phrasalTermAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  if (!PARTICLES.has(t.norm)) return undefined;
  // "would not rule anything out", "called it off": a pronoun may stand between the verb and its particle.
  const between = OBJECT_PRONOUNS.has(tokens[i - 1]?.norm ?? '') ? tokens[i - 1] : undefined;
  const verb = tokens[between ? i - 2 : i - 1];
  // wink sometimes tags the verb of a question as a noun ("did the plane touch down?").
  if (verb === undefined || (verb.pos !== 'VERB' && verb.pos !== 'NOUN') || verb.end !== (between ?? t).start - 1 || (between !== undefined && between.end !== t.start - 1)) return undefined;
  const phrase = `${verb.lemma} ${t.norm}`;
  if (phrase === PUT_OUT && issuedThing(tokens, i)) return ISSUE;
  return (tokens[i + 1]?.norm === 'of' ? phrasalOfTerms.get(phrase) : undefined) ?? phrasalTerms.get(phrase);
}

/**
 * "The agency put out a statement", "the warning was put out at noon": put out of something written
 * or announced is issued, not extinguished as a fire is. The thing is the object a few words on or,
 * in the passive, the subject a few words before the verb.
 */
function issuedThing(tokens: readonly Token[], particle: number): boolean {
  for (let k = Math.max(0, particle - 1 - ISSUED_REACH); k <= Math.min(tokens.length - 1, particle + ISSUED_REACH); k += 1) {
    if (ISSUED.has(tokens[k].lemma) || ISSUED.has(tokens[k].norm)) return true;
  }
  return false;
}

const PUT_OUT = 'put out';
/** Pronouns a phrasal verb takes between its verb and its particle. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'him', 'her', 'us', 'me', 'anything', 'something', 'everything', 'nothing']);
const ISSUE = termOfWord('issue');
const ISSUED_REACH = 4;
/** Things an organisation issues: "put out a statement", "a warning put out on Sunday". */
const ISSUED: ReadonlySet<string> = new Set(
  'statement statements notice notices warning warnings alert alerts report reports findings advisory bulletin appeal release press guidance figures message'.split(' '),
);
