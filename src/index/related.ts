import { readFileSync } from 'node:fs';
import { termOfWord } from '../nlp/terms.js';

/**
 * Related words, as index terms: WordNet synonyms and derivations (src/index/data/related-words.*, built by
 * src/tools/build-related-words.ts) plus a small table of news vocabulary that WordNet keeps apart
 * (people ask "how close", articles say "five kilometres away").
 */
const NEWS_GROUPS: readonly (readonly string[])[] = [
  ['away', 'far', 'distance', 'close', 'near', 'nearby'],
  ['photo', 'picture', 'photograph', 'image', 'pictured', 'caption', 'shot'],
  ['rebel', 'insurgent', 'militant', 'fighter', 'gunman', 'guerrilla'],
  ['kill', 'dead', 'death', 'die', 'toll', 'fatality', 'casualty'],
  ['injure', 'injury', 'wound', 'hurt'],
  // ("Is the boy OK now?" / "he is in remission", "has made a full recovery", "the dog was unhurt":
  // people ask after someone's health in everyday words, news answers in these.)
  ['ok', 'okay', 'alright', 'recover', 'recovery', 'unhurt', 'uninjured', 'remission'],
  ['chief', 'head', 'leader', 'boss', 'director', 'chairman', 'executive', 'president', 'administrator'],
  ['say', 'tell', 'state', 'announce', 'report', 'claim', 'add'],
  ['company', 'firm', 'business', 'group'],
  ['buy', 'acquire', 'acquisition', 'purchase', 'takeover', 'pay'],
  ['rise', 'jump', 'climb', 'soar', 'increase', 'gain', 'surge', 'grow'],
  ['fall', 'drop', 'decline', 'slump', 'plunge', 'decrease', 'sink', 'slide', 'collapse'],
  ['profit', 'earnings', 'income'],
  // An inspector's or regulator's verdict: "rated inadequate", "classified as poor", "graded good".
  ['rated', 'classified', 'graded'],
  ['revenue', 'sales', 'turnover'],
  ['army', 'military', 'troops', 'forces', 'soldier'],
  ['government', 'authorities', 'officials', 'administration', 'state'],
  ['city', 'town'],
  ['flee', 'escape', 'leave', 'evacuate'],
  ['capture', 'seize', 'take', 'fall'],
  ['attack', 'strike', 'assault', 'offensive', 'raid', 'bomb'],
  ['storm', 'hurricane', 'cyclone', 'typhoon'],
  ['quake', 'earthquake', 'tremor'],
  ['begin', 'start', 'launch'],
  ['found', 'establish', 'start'],
  ['end', 'finish', 'conclude', 'complete'],
  ['big', 'large', 'major'],
  ['convict', 'conviction', 'guilty'],
  ['acquit', 'acquittal', 'clear'],
  ['fund', 'finance', 'pay', 'sponsor', 'bankroll'],
  ['promise', 'pledge', 'vow'],
  // ("Did the owner apologise?" / "I'm deeply sorry": news quotes the apology in the word people say it in.)
  ['apologise', 'apology', 'sorry'],
  ['ancient', 'old', 'historic'],
  ['share', 'stock', 'equity'],
  // ("How many staff?" / "the dairy employs 30 people".)
  ['staff', 'employee', 'worker', 'workforce', 'personnel', 'employ'],
  ['famous', 'known', 'renowned', 'famed', 'best-known', 'well-known'],
  ['wind', 'gust', 'gale'],
  ['kid', 'child', 'pupil'],
  ['layoff', 'redundancy', 'dismissal', 'sacking'],
  ['home', 'house', 'household', 'dwelling'],
  ['flood', 'inundate', 'submerge'],
  ['vaccine', 'vaccination', 'jab', 'immunisation', 'inoculation', 'dose'],
  ['choose', 'pick', 'select'],
  ['launch', 'lift-off', 'liftoff'],
  ['arrest', 'detain', 'custody'],
  ['car', 'vehicle', 'automobile'],
  ['plane', 'aircraft', 'airliner', 'jet'],
  ['attend', 'attendance', 'crowd', 'spectator', 'audience', 'fan'],
  ['vacant', 'vacancy', 'unfilled'],
  ['display', 'exhibit', 'exhibition'],
  // ("How many sheep were nicked?": the everyday British word for stealing.)
  ['steal', 'theft', 'rob', 'robbery', 'loot', 'thief', 'heist', 'nick', 'pinch'],
  ['eat', 'feed', 'diet', 'prey'],
  ['strike', 'walkout', 'stoppage'],
  ['value', 'worth', 'valuation'],
  ['regulator', 'watchdog', 'authority'],
  ['examine', 'investigate', 'review', 'probe', 'scrutinise'],
  ['reporter', 'journalist', 'correspondent'],
  ['lead', 'head', 'manage', 'chair', 'run'],
  ['explosion', 'blast', 'explode', 'detonation', 'detonate'],
  ['kidnap', 'abduct', 'abduction', 'kidnapping', 'seize', 'snatch', 'grab', 'hostage', 'captive'],
  ['demand', 'ask', 'seek'],
  // ("What did he plead guilty to?" / "after admitting theft": in court news, admitting a charge is pleading guilty to it.)
  ['concede', 'admit', 'plead'],
  ['cap', 'limit', 'ceiling', 'maximum'],
  ['ransom', 'payment', 'payout'],
  ['ship', 'vessel', 'boat', 'ferry'],
  ['factory', 'plant', 'mill'],
  ['crash', 'accident', 'collision'],
  ['deal', 'agreement', 'accord'],
  ['crew', 'sailor', 'seaman', 'seafarer'],
  // ("What was wrong with the lift?" / "a fault in its brakes".)
  ['problem', 'fault', 'glitch', 'malfunction', 'wrong'],
  ['customer', 'subscriber', 'client'],
  ['tackle', 'battle', 'fight', 'combat'],
  ['delay', 'slow', 'postpone', 'stall', 'hamper'],
  ['headquarters', 'headquarter', 'headquartered', 'hq', 'base'],
  // ("MPs": wink keeps the plural of the abbreviation as its lemma.)
  ['lawmaker', 'legislator', 'deputy', 'mp', 'mps', 'parliamentarian'],
  ['screen', 'display'],
  ['married', 'marry', 'wife', 'husband', 'spouse', 'widow', 'widower'],
  ['resit', 'retake'],
  ['spill', 'leak', 'leakage'],
  ['halt', 'suspend', 'suspension', 'stop'],
  ['strain', 'subtype', 'variant'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['queue', 'jam', 'tailback'],
  ['child', 'children', 'kid'],
  // ("What did his mum use to say?" / "My mother always told us …": the words people speak of family by.)
  ['mother', 'mum', 'mom', 'mam'],
  ['father', 'dad'],
  ['hire', 'rental', 'rent'],
  // "Where were the evacuees taken?" / "Authorities evacuated about 1,200 residents … to schools":
  // the people a verb was done to, named by its noun in -ee.
  ['evacuee', 'evacuate', 'evacuation'],
  ['detainee', 'detain', 'detention'],
  ['abductee', 'abduct'],
  ['deportee', 'deport', 'deportation'],
  // "How many flights were scrapped?" / "forcing 38 flights to be cancelled"; "were they flown to
  // hospital?" / "three were airlifted".
  ['cancel', 'scrap', 'axe'],
  // "What is the penalty for parking there?" / "Offenders will be fined 60 marks".
  ['penalty', 'fine', 'punishment'],
  ['airlift', 'fly'],
  // "How much is the trust chipping in?" / "The trust is providing 2 million".
  ['contribute', 'provide', 'donate'],
  // "How long was he jailed for?" / "was given six years in prison": news writes a term
  // behind bars with either word.
  ['jail', 'prison', 'imprison', 'imprisonment', 'incarcerate'],
  // "When were the cracks spotted?" / "Engineers discovered the cracks on Monday": noticing a thing.
  ['spot', 'notice', 'detect', 'discover', 'sight', 'find'],
  // "When did the firm put out its statement?" / "a statement issued at 0640": making a text public.
  ['issue', 'release', 'publish'],
  // "Who represents the family?" / "The family's lawyer, Ann Roe, said …": one who speaks for another
  // in court is named by the role, seldom by the verb.
  ['represent', 'lawyer', 'attorney', 'counsel', 'solicitor', 'barrister'],
  // Court reports name the defence's lawyer by the act alone: "Defending, Ann Roe said …".
  ['defend', 'lawyer', 'solicitor', 'barrister'],
  // "Who did she replace?" / "She succeeds Tom Hale" / "his predecessor, Tom Hale": taking a post
  // over is told by any of these.
  ['replace', 'succeed', 'successor', 'predecessor'],
  // "How many motorists were stranded?" / "about 900 drivers": the plain and the everyday words for
  // the same people, and for the same plight or act ("got stuck" / "were trapped", "moaning" /
  // "complained").
  ['motorist', 'driver'],
  ['hiker', 'walker', 'rambler'],
  ['docker', 'dockworker', 'longshoreman', 'stevedore'],
  ['robber', 'thief', 'thieves', 'burglar', 'raider'],
  ['hacker', 'attacker', 'intruder', 'cybercriminal'],
  ['guy', 'man'],
  ['stuck', 'trapped', 'stranded'],
  ['complain', 'moan', 'grumble', 'gripe'],
  ['hide', 'hidden', 'conceal', 'disguise'],
  ['wreckage', 'debris'],
  ['outage', 'blackout'],
  ['hire', 'recruit'],
  ['wipe', 'delete', 'erase'],
  // "How long is the tent?" / "a heated marquee, 30 metres long"; "where was the contest?" / "at the
  // national championships"; "who organises the fair?" / "the fair, run by the parish council".
  ['tent', 'marquee'],
  ['contest', 'competition', 'championship', 'tournament'],
  ['organise', 'organiser', 'run', 'host'],
  // "Which day was the storm?" / "a thunderstorm on Sunday night"; "how many seats on each bus?" /
  // "two 16-seat minibuses": a closed compound names a kind of its last word.
  ['storm', 'thunderstorm', 'rainstorm', 'snowstorm', 'hailstorm'],
  ['bus', 'minibus', 'coach'],
  // "Where is the nearest train station?" / "the nearest railway station"; "how much is a ticket?" /
  // "a flat fare of 3 marks"; "how much junk was cleared?" / "40 tonnes of rubbish".
  ['train', 'railway', 'rail'],
  ['ticket', 'fare', 'admission'],
  ['junk', 'rubbish', 'litter', 'waste', 'trash'],
  // "How many people live in Tarby?" / "Tarby, which has about 900 residents": those who live in a place are its residents.
  ['live', 'resident', 'inhabitant', 'reside'],
];

/** WordNet relations in CSR form: term i is related to neighbours[offsets[i] .. offsets[i + 1]). */
const terms = readFileSync(new URL('./data/related-words.terms.txt', import.meta.url), 'utf8').split('\n');
const termId = new Map(terms.map((t, i) => [t, i]));
const raw = readFileSync(new URL('./data/related-words.bin', import.meta.url));
const packed = new Uint32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
const offsets = packed.subarray(0, terms.length + 1);
const neighbours = packed.subarray(terms.length + 1);

/** The news vocabulary, small enough to keep as sets. */
const news = new Map<string, Set<string>>();
for (const group of NEWS_GROUPS) {
  const groupTerms = group.map((w) => termOfWord(w));
  for (const a of groupTerms) {
    let set = news.get(a);
    if (!set) news.set(a, (set = new Set()));
    for (const b of groupTerms) if (a !== b) set.add(b);
  }
}

const NONE: readonly string[] = [];
const EMPTY: ReadonlySet<string> = new Set();

/** Terms related to a term (not including itself). */
export function relatedTerms(term: string): readonly string[] {
  const id = termId.get(term);
  const fromNews = news.get(term);
  if (id === undefined) return fromNews ? [...fromNews] : NONE;
  const out: string[] = [];
  for (let k = offsets[id]; k < offsets[id + 1]; k += 1) out.push(terms[neighbours[k]]);
  if (fromNews) for (const t of fromNews) if (!out.includes(t)) out.push(t);
  return out;
}

/**
 * Sets of related terms, for the terms questions use: matching tests every word of many sentences
 * against them. Bounded, so a stream of rare words cannot grow it for good.
 */
const SET_CACHE_MAX = 4096;
const setCache = new Map<string, ReadonlySet<string>>();

/** Terms related to a term, as a set (not including itself). */
export function relatedSet(term: string): ReadonlySet<string> {
  let set = setCache.get(term);
  if (set) return set;
  const list = relatedTerms(term);
  set = list.length ? new Set(list) : EMPTY;
  if (setCache.size >= SET_CACHE_MAX) setCache.clear();
  setCache.set(term, set);
  return set;
}

export const areRelated = (a: string, b: string): boolean => relatedSet(a).has(b);

/**
 * Whether two terms are related in the news vocabulary above: near synonyms news uses one for
 * another ("hurt" for "injured", "conceded" for "admitted"), closer than WordNet's wider net.
 */
export const areNewsRelated = (a: string, b: string): boolean => news.get(a)?.has(b) === true;

/** What `relatedIn` needs of an index: whether any sentence holds a term. */
interface TermIndex {
  has(term: string): boolean;
}

const inIndexCache = new WeakMap<TermIndex, Map<string, readonly string[]>>();

/**
 * Terms related to a term that an index holds, in `relatedSet`'s order. A sentence can only hold
 * those, and most related words are in no sentence: matching many sentences against this short
 * list beats testing their every word against the whole set. Found once per word and index
 * (an index never changes), bounded like the sets.
 */
export function relatedIn(index: TermIndex, term: string): readonly string[] {
  let cache = inIndexCache.get(index);
  if (!cache) inIndexCache.set(index, (cache = new Map()));
  let list = cache.get(term);
  if (list) return list;
  const found: string[] = [];
  for (const r of relatedSet(term)) if (index.has(r)) found.push(r);
  list = found.length ? found : NONE;
  if (cache.size >= SET_CACHE_MAX) cache.clear();
  cache.set(term, list);
  return list;
}
