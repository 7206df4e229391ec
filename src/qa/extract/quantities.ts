import type { QuantityFact } from '../../facts/types.js';
import { DEICTIC_OPENERS, isPersonNoun, MONTHS, TIME_UNITS } from '../../facts/lexicon.js';
import { isCapitalised, type Token } from '../../nlp/token.js';
import { termOfWord } from '../../nlp/terms.js';
import { areRelated } from '../../index/related.js';
import { similarity, vectorId } from '../../index/embeddings.js';
import { MONEY_NOUNS, type QuestionAnalysis, type QuestionTerm } from '../analyze.js';
import { askedCurrency, inUnit } from '../conversion.js';
import { OUTCOMES, opposedOutcomes, STATE_ASKED } from '../lexicon.js';
import { memoKey } from '../memo.js';
import { asksActLength, toldAsActLength } from '../asked-act.js';
import { isClauseEnd, textOf } from '../spans.js';
import { isPossessive } from '../../facts/tokens.js';
import { ORDINAL } from '../../facts/phrases.js';
import { resolveName } from '../../facts/names.js';
import { asksAboutThePast, DEFINITE_DETERMINERS, earlierEventClause, inQuestion, nearness, otherActorClause, questionNames, relativeOfOtherName, TIME_WORD, type Ctx, type Extraction } from './context.js';

const LOWER_LETTERS = /^\p{Ll}+$/u;
const UPPER_START = /^\p{Lu}/u;

/** Distances, counts, money, percentages and measures. */
export interface QuantityOption {
  text: string;
  kind: string;
  measures?: string;
  source?: string;
  /** First token of the value in the sentence. */
  at: number;
  fromFact: boolean;
}

export const QUALIFIERS = new Set(['more', 'less', 'fewer', 'than', 'at', 'least', 'most', 'about', 'around', 'nearly', 'almost', 'some', 'over', 'under', 'up', 'to', 'roughly', 'approximately']);

/** The rest of an ordinal written with a thousands comma ("000th" of "10,000th"). */
const THOUSANDS_ORDINAL = /^\d{3}(?:st|nd|rd|th)$/;

/** Numbers the extractor did not make facts of ("injuring more than 300"), as weaker options. */
export function bareNumbers(ctx: Ctx, taken: Set<number>): QuantityOption[] {
  const tokens = ctx.sentence.tokens;
  const out: QuantityOption[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t.pos !== 'NUM' || taken.has(i) || TIME_WORD.test(t.text) || /^\d{1,2}:\d{2}/.test(t.text)) continue;
    // "one of the largest operators" picks one out; it counts nothing.
    if (t.norm === 'one' && tokens[i + 1]?.norm === 'of') continue;
    // "its 10,000th bag", read as "10", ",", "000th": an ordinal in thousands counts nothing either.
    if (tokens[i + 1]?.text === ',' && THOUSANDS_ORDINAL.test(tokens[i + 2]?.text ?? '')) continue;
    // "… was built around 1150 and …": news writing puts a comma in counts from a thousand up
    // ("1,150 workers"), so four digits with no comma and no counted noun after them are a year.
    if (BARE_YEAR.test(t.text) && tokens[i + 1]?.pos !== 'NOUN') continue;
    // "Route 9", "Flight 417", "Terminal 5": a number in a name counts nothing.
    const before = tokens[i - 1];
    // ("nine Year 10 pupils": so is one after a capitalised noun within the sentence.)
    if ((before?.pos === 'PROPN' || (before?.pos === 'NOUN' && i > 1)) && isCapitalised(before) && !MONTHS.has(before.norm)) continue;
    // "between pages 40 and 41", "in room 12": a number after its noun is the one of that
    // number, and so are those joined to it.
    if (before?.pos === 'NOUN' && !isCapitalised(before)) {
      while (NUMBER_JOINS.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.pos === 'NUM') i += 2;
      continue;
    }
    let from = i;
    // ("from 41,000 seats to 50,000": a "to" is a qualifier only in "up to".)
    while (from > 0 && QUALIFIERS.has(tokens[from - 1].norm) && !(tokens[from - 1].norm === 'to' && tokens[from - 2]?.norm !== 'up')) from -= 1;
    let to = i;
    while (to + 1 < tokens.length && (tokens[to + 1].pos === 'NUM' || tokens[to + 1].text === '%' || tokens[to + 1].norm === 'per' || tokens[to + 1].norm === 'cent' || (tokens[to + 1].pos === 'NOUN' && to === i)) && to - i < 3) to += 1;
    out.push({ text: textOf(ctx.sentence, from, to), kind: 'count', at: from, fromFact: false });
    i = to;
  }
  for (let i = 1; i < tokens.length; i += 1) {
    const noun = countingOrdinal(tokens, i);
    if (noun >= 0) out.push({ text: textOf(ctx.sentence, i, noun), kind: 'count', measures: tokens[noun].text, at: i, fromFact: false });
  }
  return out;
}

/**
 * "… its fifth increase in a row", "the seventh pup to be rescued this season": the place of one in
 * a run of its kind counts the run so far, so it answers "how many". Not the first (which counts
 * no run), nor a rank ("the second-largest", "the third biggest city"), nor a place in a series
 * of times ("the second quarter"). The noun's index, or -1.
 */
function countingOrdinal(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!ORDINAL.test(t.norm) || t.norm === 'first' || t.norm === '1st' || !DEFINITE_DETERMINERS.has(tokens[i - 1].norm) && !isPossessive(tokens[i - 1])) return -1;
  const noun = i + 1;
  const after = tokens[noun + 1];
  if (tokens[noun]?.pos !== 'NOUN' || PERIOD_NOUNS.has(tokens[noun].lemma)) return -1;
  // The run is told after the noun: "to be rescued", "in a row", "in succession", "this season".
  return after !== undefined && (after.norm === 'to' || (after.norm === 'in' && (RUN_AFTER_IN.has(tokens[noun + 2]?.norm ?? '') || (tokens[noun + 2]?.norm === 'a' && RUN_AFTER_IN.has(tokens[noun + 3]?.norm ?? '')))) || after.norm === 'this' || after.norm === 'since') ? noun : -1;
}

const RUN_AFTER_IN: ReadonlySet<string> = new Set(['row', 'succession']);
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'quarter', 'year', 'season', 'half', 'round', 'term', 'time', 'place', 'stage', 'phase', 'leg', 'set', 'game', 'floor']);

/** Four digits with no comma that could be a year, from 1000 to 2099. */
const BARE_YEAR = /^(?:1\d|20)\d\d$/;

const NUMBER_JOINS: ReadonlySet<string> = new Set(['and', 'or', 'to', '-', '–']);

/**
 * "climbed from 9.2 billion euros to 12.7 billion euros": the value after "to" is the one that
 * holds now, the one after "from" what held before, unless the question asks about before.
 */
const CHANGE_VERBS = new Set(['rise', 'raise', 'fall', 'cut', 'increase', 'decrease', 'climb', 'drop', 'grow', 'reduce', 'lower', 'lift', 'jump', 'soar', 'slump', 'plunge', 'double', 'halve']);

/** "What was the original price?", "how long was the wait before?", "… two years ago?": the start of a change is asked. */
const BEFORE_ASKED = /\b(?:originally|initially|previous|previously|before|first|at first|used to|original|ago|earlier)\b/i;
const ASKS_BEFORE = memoKey<boolean>('whether the question asks the value before a change');

export function changeEnd(ctx: Ctx, at: number): number {
  const tokens = ctx.sentence.tokens;
  const k = wordBeforeValue(tokens, at);
  const before = tokens[k]?.norm;
  if (before !== 'to' && before !== 'from') return 0;
  // "prices ranging from £5 to £40" tell a range, no change.
  if (before === 'from' && RANGE_VERBS.has(tokens[k - 1]?.lemma ?? '')) return 0;
  // "sentenced to nine years" is no change: "to" counts only after a "from", a "by" or a verb of
  // change shortly before ("raised its rate by a quarter of a point to 4.75%").
  if (before === 'to' && !tokens.slice(Math.max(0, at - 12), at - 1).some((t) => t.norm === 'from' || t.norm === 'by' || CHANGE_VERBS.has(t.lemma))) return 0;
  // (Read once per question, not once per value.)
  let asksBefore = ctx.q.memo.get(ASKS_BEFORE);
  if (asksBefore === undefined) ctx.q.memo.set(ASKS_BEFORE, (asksBefore = BEFORE_ASKED.test(ctx.q.text)));
  if (before === 'to') return asksBefore ? -0.3 : 0.3;
  if (before === 'from') return asksBefore ? 0.3 : -0.3;
  return 0;
}

/**
 * Where the word before a value stands, past its qualifiers ("to around 300"); its "from" where the
 * value is a start named before its number ("from a record high of about 400").
 */
function wordBeforeValue(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  while (k >= 0 && QUALIFIERS.has(tokens[k].norm) && tokens[k].norm !== 'to') k -= 1;
  if (tokens[k]?.norm !== 'of') return k;
  let n = k - 1;
  while (n >= 0 && (tokens[n].pos === 'ADJ' || tokens[n].pos === 'NOUN')) n -= 1;
  return n < k - 1 && tokens[n]?.pos === 'DET' && tokens[n - 1]?.norm === 'from' ? n - 1 : k;
}

const RANGE_VERBS: ReadonlySet<string> = new Set(['range', 'vary']);

/** A year or decade as written: "2001", "the 1980s". */
const YEAR_WRITTEN = /^(?:1\d|20)\d\ds?$/;
/** How many words after a value its time may follow ("from 4,800 breeding pairs in 1994"). */
const TIME_REACH = 5;

/**
 * "from eight in 2001 to three in 2024", "compared with 21 million last year": a time the question
 * names ("in 2001?", "last year?"), written right after a value and before a change goes on to its
 * other end, ties the value to the question.
 */
function askedTimeBeside(ctx: Ctx, at: number): boolean {
  const tokens = ctx.sentence.tokens;
  for (let k = at + 1; k < tokens.length && k <= at + TIME_REACH && tokens[k].norm !== 'to' && !isClauseEnd(tokens[k]); k += 1) {
    const t = tokens[k];
    if (YEAR_WRITTEN.test(t.norm) && ctx.q.tokens.some((w) => w.norm === t.norm)) return true;
    if (DEICTIC_OPENERS.has(t.norm) && TIME_UNITS.has(tokens[k + 1]?.norm ?? '') && ctx.q.tokens.some((w, i) => w.norm === t.norm && ctx.q.tokens[i + 1]?.norm === tokens[k + 1].norm)) return true;
  }
  return false;
}

/** What a time the question names, written beside a value, adds to its score. */
const ASKED_TIME = 0.7;

/**
 * "cut its guards from four guards to two", "from some 300 members in the 1980s to 90 now":
 * the noun the start of a change counts, for a bare number at its end, or undefined.
 */
function changeStartNoun(tokens: readonly Token[], at: number): string | undefined {
  if (tokens[at - 1]?.norm !== 'to') return undefined;
  for (let k = at - 2; k >= Math.max(0, at - CHANGE_START_REACH) && !isClauseEnd(tokens[k]); k -= 1) {
    if (tokens[k].norm !== 'from') continue;
    let j = k + 1;
    // ("from a peak of about 400 members": the start may be named before its number.)
    if (tokens[j]?.pos === 'DET') {
      let n = j + 1;
      while (tokens[n]?.pos === 'ADJ' || tokens[n]?.pos === 'NOUN') n += 1;
      if (n > j + 1 && tokens[n]?.norm === 'of') j = n + 1;
    }
    while (j < at && QUALIFIERS.has(tokens[j].norm)) j += 1;
    if (tokens[j]?.pos !== 'NUM') return undefined;
    while (tokens[j + 1]?.pos === 'NUM') j += 1;
    const nouns: string[] = [];
    for (let n = j + 1; n < at && nouns.length < CHANGE_NOUN_WORDS && (tokens[n].pos === 'NOUN' || tokens[n].pos === 'ADJ'); n += 1) nouns.push(tokens[n].text);
    return nouns.length > 0 ? nouns.join(' ') : undefined;
  }
  return undefined;
}

const CHANGE_START_REACH = 12;
const CHANGE_NOUN_WORDS = 3;

/** The first token at or after where a text occurs in the sentence, or -1. */
function locate(sentence: Ctx['sentence'], text: string): number {
  const pos = sentence.text.indexOf(text);
  return pos < 0 ? -1 : sentence.tokens.findIndex((t) => t.start >= pos);
}

const bareCache = new WeakMap<Ctx['sentence'], QuantityOption[]>();

/** The sentence's bare numbers: the same for every question, so found once per sentence. */
function sentenceBareNumbers(ctx: Ctx): QuantityOption[] {
  let options = bareCache.get(ctx.sentence);
  if (!options) {
    // Numbers inside any quantity or time fact (a temperature, a distance, a year) are not bare counts.
    const taken = new Set<number>();
    const tokens = ctx.sentence.tokens;
    for (const f of ctx.facts) {
      if (f.type !== 'quantity' && f.type !== 'time') continue;
      const pos = ctx.sentence.text.indexOf(f.text);
      if (pos < 0) continue;
      tokens.forEach((t, k) => {
        if (t.start >= pos && t.end <= pos + f.text.length) taken.add(k);
      });
    }
    options = bareNumbers(ctx, taken);
    bareCache.set(ctx.sentence, options);
  }
  return options;
}

export function quantity(ctx: Ctx, kinds: QuantityFact['kind'][]): Extraction | null {
  const tokens = ctx.sentence.tokens;
  const money = kinds.includes('money');
  const options: QuantityOption[] = [];
  for (const f of ctx.facts) {
    if (f.type !== 'quantity') continue;
    if (kinds.includes(f.kind)) options.push({ text: f.text, kind: f.kind, measures: f.measures, source: f.source, at: locate(ctx.sentence, f.text), fromFact: true });
    // Read, not known: weaker than a currency the article names as one.
    else if (money && unknownCurrency(f)) options.push({ text: f.text, kind: 'money', source: f.source, at: locate(ctx.sentence, f.text), fromFact: false });
  }
  if (kinds.includes('count')) options.push(...sentenceBareNumbers(ctx));
  const { counted, countedHead, askedRate, askedEach, asksWhen, asksTense, asksShare, peopleAsked, names, askedIn, measured, sizeAsked, sumAsked, asksNow, asksExact } = quantityAsked(ctx.q);
  const currency = money ? askedIn : undefined;
  const selfNamedOnly = kinds.every((k) => SELF_NAMED_KINDS.has(k));
  // ("How many people died?": "people" ties no count to it in a sentence telling of no deaths.)
  // (Read once for every option: "how many people …?")
  const peopleCounted = counted !== undefined && GENERIC_PEOPLE.test(counted.word);
  const plainPeople = peopleCounted && casualtiesUnsaid(ctx);
  // ("How many goats drowned in the flood?" is not answered by "the farm keeps 300 goats": a count
  // of the asked thing in a sentence telling of no one dead or hurt is of those alive and well.)
  const harmUntold = counted !== undefined && casualtyActUnsaid(ctx);
  const populationAsked = ctx.q.measure !== undefined && POPULATION_MEASURES.has(ctx.q.measure.toLowerCase());
  const holdingAsked = counted !== undefined && HOLDING_ASKED.test(ctx.q.text) && !OBLIGATION_ASKED.test(ctx.q.text);
  let best: Extraction | null = null;
  let bestScore = -1;
  const parts = ctx.q.intent === 'how-many' || ctx.q.intent === 'how-much' ? partitivesOf(ctx.sentence) : NO_PARTITIVES;
  const totalAsked = parts !== NO_PARTITIVES && TOTAL_ASKED.test(ctx.q.text);
  // "How late was the ferry?" is not answered by "the line's 80-year history": a length written
  // before a noun is how long that thing runs, never a gap between two times.
  const gapAsked = asksGap(ctx.q);
  for (const found of options) {
    if (found.at < 0 || inQuestion(ctx, found.text)) continue;
    if (gapAsked && writtenBeforeNoun(tokens, found)) continue;
    // ("At least 12 people were killed and 45 injured": the bare "45" counts people too.)
    const elided = found.kind === 'count' && (found.measures === undefined || found.measures === 'others') ? elidedNoun(ctx, found) : undefined;
    const o = elided === undefined ? found : { ...found, measures: elided };
    const oEnd = parts === NO_PARTITIVES ? o.at : valueEnd(tokens, o);
    // "21 of the tanker's 23 crew": a bare count of a part counts what its whole is of.
    const part = o.kind === 'count' && !totalAsked ? partAt(parts, o.at, oEnd) : undefined;
    const whole = o.kind === 'count' && parts !== NO_PARTITIVES && !totalAsked && holdsWhole(parts, o.at, oEnd);
    // ("from about 4,800 pairs to around 1,820": the end of a change counts what its start does.)
    const changed = o.kind === 'count' ? changeStartNoun(tokens, o.at) : undefined;
    const written = o.measures ? withOfNoun(ctx, o, measureTerms(o.measures)) : NO_TERMS;
    const own = changed !== undefined ? [...written, ...measureTerms(changed)] : written;
    const measures = part && part.of !== '' ? [...own, ...measureTerms(part.of)] : own;
    // "Six pupils were hurt, including two teachers": a count after "including" is a part of the
    // one before it, no answer to the question that counts the whole ("how many people were hurt?").
    // (Unless the part is what the question counts, "how many kids died?" / "… including 19 children";
    // "people" is any of them.)
    const included = o.kind === 'count' && counted !== undefined && includedPart(tokens, o.at) && !measures.some((m) => m === counted.term || someRelated(ctx.questionTerms, m)) && !(o.measures !== undefined && !peopleCounted && sameThing(ctx, counted.word, o.measures));
    // (A part is as near the question's verb as its whole, written with it: "21 of the 23 crew had been rescued".)
    const [nearFrom, nearTo] = part ? [part.from, part.last] : [o.at, o.at];
    // "How many of the tanker's crew …?" asks a part outright.
    const partAsked = part !== undefined && PART_ASKED.test(ctx.q.text);
    // "How many ships?" is not answered by "two shipping lines": a count is of its head noun, not
    // of a noun modifying it (though "340 oiled seabirds" are about the oil asked of).
    const modifier = counted !== undefined && measures.includes(counted.term) && modifiesNounAfter(ctx, o.at, counted.term);
    // "How many bus routes?" is not answered by "412 buses": a count whose head is the noun the
    // question puts before the counted one, with nothing of that one, counts the other thing.
    const ofCompoundHead = countedHead !== undefined && counted !== undefined && o.measures !== undefined && !measures.includes(countedHead) && headIs(o.measures, counted);
    // (Those named by their part in an event, "three skiers", are that event's: in the clause of an
    // earlier one they count no one of this.)
    const ofOtherEvent = namedByEvent(o.measures) && (earlierEventClause(ctx, o.at) || sinceThat(ctx, o.at));
    // ("How big was the crew?" / "a crew of eight working from the boat", "the 30-strong crew": the
    // number beside a group's noun is how many it holds, whatever noun the count was read with.)
    const sized = o.kind === 'count' ? groupSized(ctx, o.at) : undefined;
    const groupSize = sized === 'asked';
    const about =
      (groupSize ? 1 : 0) +
      measures.filter((m) => !((modifier || plainPeople || ofCompoundHead) && m === counted?.term) && ((ctx.questionTerms.has(m) && !(counted !== undefined && names.has(m))) || someRelated(ctx.questionTerms, m))).length +
      // "ships" for "vessels", "people" for "residents": near synonyms by word vectors.
      (counted !== undefined && !plainPeople && !ofCompoundHead && !ofOtherEvent && o.measures !== undefined && sameThing(ctx, counted.word, o.measures) ? 1 : 0) +
      // ("How many people were on board?" / "about 380 passengers": any count of people counts them.)
      (peopleCounted && !plainPeople && o.kind === 'count' && countsSomePeople(o.measures) && !ofOtherEvent ? 1 : 0) +
      // "How many days …?" / "for nine days": a length of time in the counted unit counts it.
      (counted !== undefined && o.kind === 'duration' && measureTerms(o.text).includes(counted.term) ? 1 : 0) +
      (appositiveOfAsked(ctx, o.at) ? 1 : 0) +
      (pieceOfAsked(ctx, measures) ? 1 : 0) +
      (timesOfAsked(ctx, o, counted) ? 1 : 0);
    // "How many rooms does the hotel have?" is not answered by "one of four hotels in the town": a
    // count is of its head noun, and a head that is another thing (though the question names it
    // too) counts that thing, not the asked one.
    const otherHead = !groupSize && counted !== undefined && ctx.q.intent === 'how-many' && o.kind === 'count' && o.measures !== undefined && !TIMES.test(o.text) && (countsOtherNoun(ctx, counted, o.measures) || hyphenCountsOther(ctx, counted, o.text) || (!peopleCounted && strayHead(ctx, o.measures)));
    // "How many geese were culled?" is not answered by "60,000 hens and geese": the count is of
    // both together, and the sentence tells the asked thing apart from the one it names first.
    const jointCount = counted !== undefined && o.kind === 'count' && o.measures !== undefined && countsJointly(ctx, counted, o.measures);
    // "How many people were inside the hall?" is not answered by "took 200 firefighters to put
    // out": those sent to an event are not the people it held, unless the question asks of the
    // dead or hurt ("two firefighters were killed") or names them.
    const responders = peopleCounted && o.kind === 'count' && o.measures !== undefined && countsResponders(ctx, o.measures);
    // "How many glaciers …?" is not answered by a share of something else ("a third of their ice").
    if (counted !== undefined && o.kind === 'percent' && about === 0 && !asksShare) continue;
    // "How old is Felix Marangu?" is not answered by "Abeyo, 27": an age belongs to its person.
    // ("… a pay offer that ends a 19-day strike": a length written before the asked noun is its own,
    // whatever another clause names.)
    const ofAskedNoun = about > 0 && (tokens[o.at + 1]?.text === '-' || ADJECTIVE_MEASURE.test(o.text)) && measures.some((m) => ctx.questionTerms.has(m));
    // "… recalled 184,000 cars" / "about 61,000 were sold": the value the question's verb acts on,
    // after it or as its passive subject right before it.
    // "What is the limit on class sizes?" / "caps class sizes at 28 pupils", "a cap of 28 pupils":
    // the value a word for the asked measure sets, a few words on (wink may tag "caps" a noun).
    // ("At least 14 people were killed" for "how many died": the passive's subject ends where the
    // value does, and where the question names nothing counted, a related verb tells the asked act
    // as well as its own word.)
    const end = valueEnd(tokens, o);
    // ("How many guards …?" / "11 officers had been guarding about 480 prisoners": a verb written
    // from the counted noun's stem acts on a count of something else, not on the guards; "amended
    // seventeen times" does count the amendments.)
    const otherNoun = about === 0 && measures.length > 0 && !TIMES.test(o.text);
    // ("Two riders were killed and 31 hurt": a value after "and" opens the next clause's
    // subject, no object of the verb before it.)
    const verbActsOn = ctx.exact.some((a) => tokens[a].pos === 'VERB' && !(otherNoun && ctx.m.doc.terms[a] === counted?.term) && o.at > a && o.at - a <= 3 && !coordinatedBetween(tokens, a, o.at));
    const objectOfVerb =
      verbActsOn ||
      ctx.exact.some((a) => tokens[a].pos === 'VERB' && passiveSubject(tokens, o.at, a)) ||
      (counted === undefined && ctx.anchors.some((a) => tokens[a].pos === 'VERB' && passiveSubject(tokens, end, a))) ||
      (measured !== undefined && ctx.anchors.some((a) => o.at > a && o.at - a <= 5 && measuredBy(measured, ctx.m.doc.terms[a]))) ||
      lastedAsAsked(ctx, o);
    // ("… and Lumora recalled about 400,000 units" answers "how many Aster 8 phones were recalled?"
    // though the clause before names the phones: the asked verb acts on the value, and the name
    // tells what kind of thing is counted, not who acts.)
    // "How many visitors are expected next year?" is not answered by "about 85,000 visitors last
    // year", nor a question on last season by a figure for the next.
    // ("How many cows are there now?" is not answered by "we were milking 180 cows": a figure its
    // clause tells in the past tense is what held then.)
    const otherPeriod = (asksTense !== undefined && periodAfter(ctx, o) === (asksTense === 'past' ? 'future' : 'past')) || (asksNow && toldAsFormer(tokens, o.at));
    // ("Ada Frome-Vantis, who cut the ribbon alongside nine-year-old Tilda Obersnap": an age is its person's,
    // whoever's clause holds it.)
    const otherAge = o.kind === 'age' && ageOfAnother(ctx, o.measures, o.at);
    const ownAge = o.kind === 'age' && o.measures !== undefined && !otherAge;
    // ("The crash is the deadliest since 2011, when a cabin fell, killing three people": the value
    // of an earlier event is no answer at all, and gives way to the story's own further behind;
    // unless the question counts the very noun that event's value does, "how many skiers" for
    // "killed three skiers".)
    const earlierEvent = (earlierEventClause(ctx, o.at) && !placeDistance(ctx, o)) || sinceThat(ctx, o.at);
    const earlierOnly = earlierEvent && !(counted !== undefined && !peopleCounted && measures.includes(counted.term));
    const wrongClause = otherPeriod || (populationAsked && o.kind === 'count' && (actedOnCount(tokens, o.at) || namesOtherPlace(ctx, o.measures))) || (holdingAsked && o.kind === 'count' && !TIMES.test(o.text) && doneToCount(ctx, o.at, valueEnd(tokens, o))) || (otherActorClause(ctx, o.at) && !ofAskedNoun && !(verbActsOn && namesCountedKind(ctx.q, counted))) || (relativeOfOtherName(ctx, o.at) && !ownAge && !fromAskedName(ctx, o)) || earlierEvent || sinceLastOfKind(ctx, o) || timeTakenForSpan(ctx, o) || otherOutcomeBefore(ctx, o.at) || otherAge;
    // "How many passengers a year?" is not answered by the 170 on one flight, nor "how much will
    // each family receive?" by the 25 million euros for all of them.
    const each = askedEach && eachAfter(ctx, o);
    // ("In miles per hour" asks for a speed's unit, not for a rate: a speed is one per hour already,
    // and "the annual inflation rate" is a percentage over a year. "Each carrying up to eight
    // passengers" is close to the asked verb, but says nothing of "per hour": it weighs well under
    // "designed to move 2,400 people an hour".)
    // ("How many bars does it make per day?" is no share: "cut the bars by up to 12 percent" misses the rate.)
    const rateMissed = (askedRate !== undefined && o.kind !== 'speed' && (o.kind !== 'percent' || (counted !== undefined && !asksShare)) && rateAfter(ctx, o) !== askedRate && !rateOfAskedNoun(ctx, askedRate)) || (askedEach && !each);
    // "hundreds of people" is a weaker answer to "how many" than "1,340 people" elsewhere.
    const vague = isVague(o.text);
    // "How old is Lindqvist?" is not answered by "joined the academy at the age of nine": that age
    // is his at an event, which "how old was she when she died?" asks about.
    // ("… since I was six years old": an age at a time gone by, as well.)
    const eventAge = o.kind === 'age' && !asksWhen && (/\bage of\b/.test(o.text) || ageBack(ctx, o.at));
    // "came back from 5-1 down": a score on the way, not the result.
    const running = o.kind === 'score' && RUNNING.test(valueAndAfter(ctx, o).slice(o.text.length));
    // "By what percentage did it fall?" asks a figure: "by nearly two-thirds" is a rounder answer
    // than "by 62%".
    const wordShare = o.kind === 'percent' && PERCENT_ASKED.test(ctx.q.text) && !DIGIT.test(o.text);
    // "Exactly how many homes …?" asks the figure as counted: "nearly 200 homes" rounds it.
    const rounded = asksExact && HEDGED.test(o.text);
    // "How old was he when he joined?" asks his age then: "Fenna Greel, 81, who joined as a
    // 16-year-old" gives his age now beside it, a weak answer to a question on an event.
    const ageNow = o.kind === 'age' && asksWhen && toldAsNow(ctx, o);
    // ("How old was she in the photo?": "now 94" tells outright that her age then was another.)
    const nowNotThen = o.kind === 'age' && ASKS_AGE_THEN.test(ctx.q.text) && toldWithNow(ctx, o);
    const partial = vague || eventAge || rounded || ageNow;
    // "How many drivers are in the union?" asks for a count: "64 percent of its members backed the strike" gives a
    // share of them, a weak answer where no count is written.
    // ("about 2.4 million people, or 3% of the population" gives the count beside it.)
    // "What share of the staff will go?" asks a share: "about 9,000 of its staff" counts them and
    // tells no share, where "9,000 of its 40,000 staff" gives one by the whole written beside it.
    // ("What part of the earth's crust …?" asks which part, no share.)
    const countForShare = ctx.q.rule === 'how-many-share' && SHARE_WORD.test(ctx.q.text) && o.kind === 'count' && !ofWhole(tokens, o.at, end);
    const shareForCount = counted !== undefined && ctx.q.intent === 'how-many' && o.kind === 'percent' && !asksShare && !besideCount(ctx, o);
    // "How long will the trip take?" is not answered by "the line has been delayed by two years":
    // a length by which something came late tells the delay, which only a question on it asks.
    const delayOrWindow = (o.kind === 'duration' && !DELAY_ASKED.test(ctx.q.text) && delayOf(ctx, o)) || countWindow(ctx, o);
    const notPeople = peopleAsked && o.kind === 'count' && o.measures !== undefined && !countsSomePeople(o.measures);
    // "How much is the reward?" is a sum, never a number of people ("the two men").
    // ("How much is the guidebook?" asks its price: "the 300-page guidebook" counts its pages.)
    // "What is the fine for …?", "how much was the vet bill?" ask a sum: a weight, a length or a
    // speed is none, whatever words its sentence shares ("the calf weighed 41 kilograms").
    const measureForSum = sumAsked && MEASURED_KINDS.has(o.kind);
    const peopleForSum = (sumAsked && o.kind === 'count' && countsSomePeople(o.measures)) || (ctx.q.wants[0] === 'money' && o.kind === 'count' && ofAskedNoun);
    // "The revenue in dollars?": a sum the sentence gives in no dollars at all is a weak answer.
    const otherCurrency = currency !== undefined && o.kind === 'money' && inUnit(ctx.sentence.text, o.text, currency) === undefined;
    // … and one it gives in dollars is tied to the question's words.
    const inAskedCurrency = currency !== undefined && o.kind === 'money' && !otherCurrency;
    // "How hot did it get?": "44.7 degrees Celsius" says by its unit that it is what is asked.
    const unitAsked = selfNamedOnly && o.fromFact;
    // "the 10-year government bond" does not answer "how long did the speech last", nor "a
    // 40-metre section" "how long is the bridge": a length written before its noun measures that noun.
    const measuresOther = counted === undefined && about === 0 && !objectOfVerb && measures.length > 0 && (o.kind === 'duration' || o.kind === 'distance') && (tokens[o.at + 1]?.text === '-' || ADJECTIVE_MEASURE.test(o.text));
    // "How big is the factory site?": "1,150 jobs" or "a 40 percent stake" tell no size unless tied
    // to the asked thing; "the 22-hectare site" tells it by its unit.
    const untiedSize = sizeAsked && SIZE_BY_TIE.has(o.kind) && about === 0 && !objectOfVerb;
    const areaSize = sizeAsked && o.kind === 'area' && o.fromFact;
    const countOfSized = sizeAsked && o.kind === 'count' && !writtenBeforeNoun(tokens, o) && countsSizedThing(ctx.q, measures);
    // "How long is the new jetty?" asks a length: "the jetty is four metres wide" gives another of its measures.
    const otherDimension = ctx.q.rule === LENGTH_ASKED && o.kind === 'distance' && OTHER_DIMENSION.test(dimensionWritten(ctx, o));
    // A value read in the wrong clause, of other people or things, or of another measure: weak, however near.
    const offTarget = (harmUntold && o.kind === 'count') || wrongClause || nowNotThen || notPeople || peopleForSum || measureForSum || running || delayOrWindow || jointCount || otherHead || responders || sized === 'other' || countOfSized || otherDimension;
    const score =
      (partial || otherCurrency ? 0.8 : 1) *
      (rounded ? ROUNDED : 1) *
      (measuresOther || untiedSize ? 0.5 : 1) *
      (0.6 * Math.min(about, 1) + nearness(ctx, nearFrom, nearTo, true) + 0.4 * nearness(ctx, o.at, o.at) + (objectOfVerb || each || partAsked ? 0.5 : 0) + changeEnd(ctx, o.at) + (askedTimeBeside(ctx, o.at) ? ASKED_TIME : 0)) *
      (offTarget ? 0.3 : 1) *
      (rateMissed ? 0.35 : 1) *
      (whole || included ? WHOLE_OF_PART : 1) *
      (wordShare ? WORD_SHARE : 1) *
      (shareForCount ? SHARE_FOR_COUNT : 1) *
      (countForShare ? COUNT_FOR_SHARE : 1) *
      (o.fromFact ? 1 : 0.8);
    if (score > bestScore) {
      bestScore = score;
      const text = comparativeWritten(ctx.sentence.text, ofWritten(ctx, part !== undefined && part.written.startsWith(o.text) ? part.written : adjectiveMeasure(ctx, o) ?? boundWritten(ctx, o) + rangeWritten(ctx, o, found.measures && o.kind === 'count' && !o.text.includes(found.measures) ? `${o.text} ${found.measures}` : o.text) + (dimensionWritten(ctx, o) || rateWritten(ctx, o))));
      const countsOther = counted !== undefined && about === 0 && !objectOfVerb;
      // "12 million people" does not answer "how many glaciers"; a bare "42" might.
      // ("By what percentage did the drug cut migraine days?": a percentage is what a share question
      // asks, whatever it is of.)
      const other = countsOther && !(asksShare && o.kind === 'percent') ? (measures.length > 0 ? 0.25 : 0.5) : measuresOther || untiedSize ? 0.4 : 0.8;
      const strength = (partial ? PARTIAL : 1) * (otherCurrency ? OTHER_CURRENCY : 1) * (about > 0 || objectOfVerb || inAskedCurrency || unitAsked || areaSize ? 1 : other) * (offTarget ? (earlierOnly ? EARLIER_EVENT : 0.2) : 1) * (rateMissed ? 0.25 : 1) * (wordShare ? WORD_SHARE : 1) * (shareForCount ? SHARE_FOR_COUNT : 1) * (countForShare ? COUNT_FOR_SHARE : 1) * (o.fromFact ? 1 : 0.85);
      best = { text, type: kinds[0] === 'distance' ? 'distance' : 'count', how: o.fromFact ? `quantity(${o.kind})` : 'number', strength, attribution: o.source, tied: about > 0 || objectOfVerb };
    }
  }
  return best;
}

/**
 * "How long did the mural take?" / "… and took 11 weeks to complete": the question's "take" or
 * "last" is no word a sentence must share, yet a length written right after the sentence's own
 * "took" or "lasted" is what such a question asks, as the object of its verb.
 */
function lastedAsAsked(ctx: Ctx, o: { kind: string; at: number }): boolean {
  const token = ctx.sentence.tokens[o.at];
  return o.kind === 'duration' && token !== undefined && asksActLength(ctx.q) && toldAsActLength(ctx.sentence.text, token.start);
}

/** Words that tell a value as a difference, written right after it: "9 percent more", "two votes ahead". */
const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'lower', 'higher', 'ahead', 'behind', 'cheaper', 'dearer']);

/**
 * "closed 4.2 percent lower", "paying 9 percent more", "two votes ahead": a value told as a
 * difference holds the word that says so, which the answer keeps ("4.2 percent" alone reads as a level).
 */
function comparativeWritten(sentence: string, text: string): string {
  const at = sentence.indexOf(text);
  if (at < 0) return text;
  let k = at + text.length;
  if (sentence[k] !== ' ') return text;
  const from = (k += 1);
  while (k < sentence.length && sentence.charCodeAt(k) >= 97 && sentence.charCodeAt(k) <= 122) k += 1;
  const word = sentence.slice(from, k);
  if (!COMPARATIVES.has(word)) return text;
  // ("96 sacks behind a wall", "50 metres ahead of them": "ahead" and "behind" with a noun after
  // them are prepositions of place; "two votes ahead after the count" tells the lead.)
  if ((word === 'ahead' || word === 'behind') && sentence[k] === ' ') {
    const space = sentence.indexOf(' ', k + 1);
    if (!PLACE_FREE_NEXT.has(sentence.slice(k + 1, space < 0 ? sentence.length : space))) return text;
  }
  return sentence.slice(at, k);
}

/**
 * "seven counts of bribery", "900 tonnes of salad leaves", "5 percent of its turnover": what a
 * measured value is of, written right after its unit, is part of the answer (a bare number's "of"
 * picks out a part of a whole, which the partitives read).
 */
function ofWritten(ctx: Ctx, text: string): string {
  const { sentence } = ctx;
  const at = sentence.text.indexOf(text);
  if (at < 0) return text;
  const { tokens } = sentence;
  const stop = at + text.length;
  let end = 0;
  while (end < tokens.length && tokens[end].end < stop) end += 1;
  if (tokens[end]?.end !== stop || tokens[end].pos === 'NUM' || tokens[end + 1]?.norm !== 'of') return text;
  let k = end + 2;
  if (OF_OWNERS.has(tokens[k]?.norm ?? '')) k += 1;
  while (tokens[k]?.pos === 'ADJ') k += 1;
  let last = -1;
  // ("How much rain fell?" / "70 millimetres of rain": what the question names already goes unsaid.)
  while (tokens[k]?.pos === 'NOUN' && k - end <= OF_WORDS) {
    if (ctx.questionTerms.has(ctx.m.doc.terms[k] ?? '')) return text;
    last = k++;
  }
  // (The noun ends its phrase: "10 percent of the city's water", "reports of batteries catching
  // fire" hold more than an "of" phrase on a noun.)
  const next = tokens[last + 1];
  // (Nor one cut off in a list: "61,000 hectares of beech forest and upland bog".)
  return last < 0 || isPossessive(next) || next?.pos === 'VERB' || next?.pos === 'ADJ' || next?.pos === 'CCONJ' ? text : sentence.text.slice(at, tokens[last].end);
}

/** Owners and determiners an "of" phrase may open with: "of its turnover", "of the vote". */
const OF_OWNERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** How many words past the value an "of" phrase may run to. */
const OF_WORDS = 6;

/** Words after "ahead" or "behind" that leave it an adverb, no preposition: "two votes ahead after …". */
const PLACE_FREE_NEXT: ReadonlySet<string> = new Set(['after', 'at', 'in', 'on', 'before', 'when', 'with', 'going', 'heading']);

/**
 * "It was the second escape from the park in four years": a length in which events are counted is
 * no length of any of them ("how long was the tiger missing?"). ("For the first time in 43 years"
 * does tell how long it had been.)
 */
function countWindow(ctx: Ctx, o: QuantityOption): boolean {
  if (o.kind !== 'duration') return false;
  const start = ctx.sentence.tokens[o.at]?.start ?? 0;
  return COUNTED_IN.test(ctx.sentence.text.slice(Math.max(0, start - COUNTED_REACH), start));
}

const COUNTED_IN = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\b[^,;.]*\bin\s+$/i;
const COUNTED_REACH = 100;

/**
 * "How many MVP awards has he won?" / "He has won the All-Star MVP Award four times": how often the
 * asked act befell the asked noun, which the sentence writes before the count in one clause.
 */
function timesOfAsked(ctx: Ctx, o: QuantityOption, counted: QuestionTerm | undefined): boolean {
  if (counted === undefined || o.kind !== 'count' || !TIMES.test(o.text)) return false;
  const { tokens } = ctx.sentence;
  const terms = ctx.m.doc.terms;
  let noun = false;
  for (let k = o.at - 1; k >= 0 && !isClauseEnd(tokens[k]); k -= 1) {
    if (terms[k] === counted.term) noun = true;
    else if (noun && tokens[k].pos === 'VERB' && ctx.exact.includes(k)) return true;
  }
  return false;
}

const TIMES = /\btimes$/i;

/** What a question asks of a value, read once per question: every candidate sentence checks it. */
interface QuantityAsked {
  /**
   * "How many glaciers": a number that counts something else is a weak answer. (In "how much will
   * the line cost" the noun is what costs, not what is counted; "how much ammonia escaped?"
   * measures its noun as "how many" counts one.)
   */
  counted: QuestionTerm | undefined;
  /** "How many bus routes …?": the noun after the counted one, of which that one says the kind. */
  countedHead: string | undefined;
  askedRate: string | undefined;
  askedEach: boolean;
  asksWhen: boolean;
  /** "How many will visit next year?" asks ahead, "how many came last season?" back: a value told of the other is another's. */
  asksTense: 'past' | 'future' | undefined;
  asksShare: boolean;
  /** "What is the population of Marrow Creek?" counts people: not "her two dogs". */
  peopleAsked: boolean;
  /** "How many people live in Port Edrin?" is not about "70% of Port Edrin's water": a count is of its noun, not of a name beside it. */
  names: ReadonlySet<string>;
  /** "What is the limit …": the term of the noun naming what is measured, when the question has no verb of its own. */
  measured: string | undefined;
  /** "… in dollars?": the currency the value is asked in. */
  askedIn: RegExp | undefined;
  /** "How big is the site?", "how large an area …": a size, which an area or a length gives by its unit. */
  sizeAsked: boolean;
  /** "How much is the reward?": a sum the question names, never a number of people. */
  sumAsked: boolean;
  /** "How many cows are there now?": what holds today, not a figure of a time gone by. */
  asksNow: boolean;
  /** "Exactly how many …?": a figure as counted, not a round one. */
  asksExact: boolean;
}

const QUANTITY_ASKED = memoKey<QuantityAsked>('what the question asks of a value');

export function quantityAsked(q: QuestionAnalysis): QuantityAsked {
  let asked = q.memo.get(QUANTITY_ASKED);
  if (asked) return asked;
  const counted = (q.intent === 'how-many' && !countsNoNoun(q)) || q.rule === 'how-much-of' ? (q.focus ?? q.terms.find((t) => t.pos === 'NOUN' && !t.isCue)) : undefined;
  const askedRate = rateOf(q.text);
  asked = {
    counted,
    countedHead: counted === undefined ? undefined : nounAfterIn(q, counted),
    askedRate,
    askedEach: askedRate === undefined && EACH.test(q.text.replace(PLACE_EACH, '')),
    asksWhen: /\bwhen\b|\bat the time\b/i.test(q.text),
    asksTense: PAST_PERIOD.test(q.text) ? 'past' : FUTURE_ASKED.test(q.text) ? 'future' : undefined,
    asksShare: /\b(?:percent|percentage|share|proportion)\b/i.test(q.text),
    peopleAsked: q.measure !== undefined && PEOPLE_GROUPS.has(q.measure),
    names: counted === undefined ? NO_NAMES : new Set(questionNames(q)),
    askedIn: askedCurrency(q.text),
    sizeAsked: q.rule === 'how-measure' && SIZE_ASKED.test(q.text),
    sumAsked: q.wants[0] === 'money' && (q.terms.some((t) => t.pos === 'NOUN' && MONEY_NOUNS.has(t.word.toLowerCase())) || namesSum(q)),
    asksNow: STATE_ASKED.test(q.text),
    asksExact: EXACT_ASKED.test(q.text),
    // ("What price will the insurer pay?" asks what its own verb acts on.)
    measured: q.measure === undefined || q.terms.some((t) => t.pos === 'VERB' && !t.isCue) ? undefined : termOfWord(q.measure.toLowerCase()),
  };
  q.memo.set(QUANTITY_ASKED, asked);
  return asked;
}

/** Whether the last word of what a value measures is the noun, in its term or a near synonym ("buses" for "bus"). */
function headIs(measures: string, noun: QuestionTerm): boolean {
  const last = measures.slice(measures.lastIndexOf(' ') + 1).toLowerCase();
  return termOfWord(last) === noun.term || similarity(vectorId(noun.word.toLowerCase()), vectorId(last)) >= SAME_THING;
}

/** The term of a noun the question writes right after the given one ("routes" in "how many bus routes"). */
function nounAfterIn(q: QuestionAnalysis, noun: QuestionTerm): string | undefined {
  const at = q.tokens.findIndex((t) => t.text === noun.word);
  const next = q.tokens[at + 1];
  // ("how many drivers work for …", "… work there?": wink may tag the verb a noun, which a
  // preposition or an adverb follows.)
  const after = q.tokens[at + 2]?.pos;
  if (at < 0 || next?.pos !== 'NOUN' || after === 'ADP' || after === 'ADV') return undefined;
  return q.terms.find((t) => t.word === next.text && !t.isCue && !t.isName)?.term;
}

const OTHER_CURRENCY = 0.4;
/** A period before or after this one, written right after a value and its noun ("60,000 tickets last year"). */
const PERIOD_AFTER = /^\S+(?:\s+[\p{L}\d,.-]+){0,3}?\s+(?:in\s+)?(?:the\s+)?(last|previous|next|coming|following)\s+(?:year|season|month|week|summer|winter|spring|autumn)\b/iu;
const PAST_PERIOD = /\b(?:last|previous)\s+(?:year|season|month|week|summer|winter|spring|autumn)\b/i;
const FUTURE_ASKED = /\bnext\s+(?:year|season|month|week|summer|winter|spring|autumn)\b|\bwill\b/i;

/** Whether the value is told of the period before this one ('past') or after it ('future'), by words right after it. */
function periodAfter(ctx: Ctx, o: QuantityOption): 'past' | 'future' | undefined {
  const at = ctx.sentence.text.indexOf(o.text);
  if (at < 0) return undefined;
  // (The value's text may hold its period: "about 60,000 tickets last year".)
  const m = PERIOD_AFTER.exec(ctx.sentence.text.slice(at, at + o.text.length + PERIOD_REACH));
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  return word === 'last' || word === 'previous' ? 'past' : 'future';
}

const PERIOD_REACH = 40;

/** How strong a value of an earlier event is: next to nothing, so that a full answer further behind takes its sentence's place. */
const EARLIER_EVENT = 0.15;

/** How strong a share in words is where the question asks a percentage. */
const WORD_SHARE = 0.5;
const PERCENT_ASKED = /\bper ?cent(?:age)?\b/i;
const DIGIT = /\d/;
/** Whether a share restates a count written just before it: "about 2.4 million people, or 3%". */
function besideCount(ctx: Ctx, o: QuantityOption): boolean {
  const start = ctx.sentence.tokens[o.at]?.start ?? 0;
  return COUNT_THEN_OR.test(ctx.sentence.text.slice(Math.max(0, start - COUNT_REACH), start));
}

const COUNT_THEN_OR = /\d[\p{L}\s]*,?\s+or\s+~?$/u;
const COUNT_REACH = 30;

/**
 * "What is the fine for …?", "how much was the vet bill?": a word for a sum after a determiner or a
 * noun is the noun, however the tagger reads it ("fine" is an adjective as often).
 */
function namesSum(q: QuestionAnalysis): boolean {
  const tokens = q.tokens;
  for (let k = 1; k < tokens.length; k += 1) {
    const before = tokens[k - 1].pos;
    if ((before === 'DET' || before === 'NOUN') && (MONEY_NOUNS.has(tokens[k].norm) || BILLS.has(tokens[k].norm))) return true;
  }
  return false;
}

/** Sums named by what they are paid for. */
const BILLS: ReadonlySet<string> = new Set(['bill', 'bills', 'fare', 'fares']);

/** Kinds of quantity measured in units of their own, never a sum of money. */
const MEASURED_KINDS: ReadonlySet<string> = new Set(['distance', 'weight', 'area', 'speed', 'temperature', 'duration', 'age']);

/** The words that ask for a share ("what part of" may ask which part). */
const SHARE_WORD = /\b(?:percent|percentage|share|proportion|fraction|portion)\b/i;

/** How strong a count that gives no share is as the answer to a question asking what share. */
const COUNT_FOR_SHARE = 0.5;

/** Words after a count within which "of" and the whole it is part of may come: "eight of the 11 regions". */
const WHOLE_REACH = 6;

/** Whether the whole a count is part of is written after it: "112 of the train's 640 passengers", "one in five". */
function ofWhole(tokens: Ctx['sentence']['tokens'], at: number, end: number): boolean {
  // (The value's own text may run to the whole: "30 of its 38 schools".)
  for (let k = at + 1; k < Math.min(tokens.length, end + 1 + WHOLE_REACH) && !isClauseEnd(tokens[k]); k += 1) {
    if (tokens[k].norm !== 'of' && tokens[k].norm !== 'in') continue;
    for (let j = k + 1; j <= k + 3 && j < tokens.length; j += 1) if (tokens[j].pos === 'NUM') return true;
  }
  return false;
}

/** How strong a share is as the answer to a question asking how many. */
const SHARE_FOR_COUNT = 0.25;
/** ("How big a fine …?", "how large a raise …?" ask a sum or a share by the noun; "how big an area" a size still.) */
const SIZE_ASKED = /^how\s+(?:big|large)\b(?!\s+an?\s+(?!area\b))/i;
/** Whether a value is joined to the noun after it as one word ("a 40-seat hall", "the 212-million-crown prize"): it measures that noun. */
const writtenBeforeNoun = (tokens: readonly Token[], o: QuantityOption): boolean => tokens[o.at + 1]?.text === '-' || ADJECTIVE_MEASURE.test(o.text);

/**
 * "How big is the lantern?" / "the guild has made 300 lanterns": a count of the very thing whose
 * size is asked says how many there are, never how big one is ("how big is the guild?" / "its 300
 * members" counts another noun, which may well give a group's size).
 */
function countsSizedThing(q: QuestionAnalysis, measures: readonly string[]): boolean {
  const sized = q.terms.find((t) => t.pos === 'NOUN' && !t.isCue && !t.isName);
  return sized !== undefined && measures.includes(sized.term);
}

/**
 * "How big is the marquee?" asks a thing's size; "how big is the choir?" or "how big was the
 * grant?" a body's or a sum's, which a count or a sum tells. Whether the asked noun is a thing.
 */
export function thingsSizeAsked(q: QuestionAnalysis): boolean {
  const nouns = q.terms.filter((t) => t.pos === 'NOUN' && !t.isCue && !t.isName);
  // ("the research team": any noun of a body or a sum makes it one.)
  return SIZE_ASKED.test(q.text) && nouns.length > 0 && !nouns.some((t) => countsOrSums(t.term));
}

const countsOrSums = (term: string): boolean => MONEY_NOUNS.has(term) || GROUP_NOUNS.has(term) || COLLECTIONS.has(term) || GATHERINGS.has(term);

/** Nouns for a body of people or creatures gathered or joined, whose size is a count of them. */
const GATHERINGS: ReadonlySet<string> = new Set(['crowd', 'swarm', 'audience', 'association', 'club', 'union', 'population', 'workforce', 'colony', 'congregation', 'party', 'following']);

/** Kinds that give a size only when tied to the asked thing: "how big is the site?" is not answered by "cutting 1,150 jobs". */
const SIZE_BY_TIE: ReadonlySet<string> = new Set(['count', 'money', 'percent']);
const RUNNING = /^\s*(?:down|up|behind|ahead)\b/i;
/**
 * "seven counts of bribery", "12 cases of measles": a count's noun with "of" after it counts what
 * the "of" names as well ("how many bribery charges", "how many measles cases"). The terms of what
 * the value measures, with that noun's.
 */
function withOfNoun(ctx: Ctx, o: QuantityOption, terms: readonly string[]): readonly string[] {
  if (o.kind !== 'count') return terms;
  const tokens = ctx.sentence.tokens;
  const end = valueEnd(tokens, o);
  // ("3D models of glaciers" count models: only a noun of instances counts what its "of" names.)
  if (tokens[end + 1]?.norm !== 'of' || !INSTANCE_NOUNS.has(tokens[end]?.lemma ?? '')) return terms;
  let k = end + 2;
  while (tokens[k]?.pos === 'ADJ') k += 1;
  const noun = tokens[k]?.pos === 'NOUN' ? ctx.m.doc.terms[k] : null;
  return noun === null || noun === undefined ? terms : [...terms, noun];
}

/**
 * Nouns that count instances of what their "of" names: "counts of fraud", "cases of measles"; and
 * words that count things by the piece, "200 head of cattle", "40 items of clothing".
 */
const INSTANCE_NOUNS: ReadonlySet<string> = new Set(['count', 'case', 'charge', 'instance', 'incident', 'episode', 'head', 'piece', 'item', 'copy', 'specimen']);

/**
 * "How long is the damaged section of the canal?" / "along a 3-kilometre stretch of the canal": a
 * length written before a word for a piece of a longer thing measures the asked piece, whichever of
 * those words each writes.
 */
function pieceOfAsked(ctx: Ctx, measures: readonly string[]): boolean {
  if (ctx.q.rule !== 'how-long-size' || !measures.some((m) => PIECES.has(m))) return false;
  for (const t of ctx.questionTerms) if (PIECES.has(t)) return true;
  return false;
}

/** Words for a piece of a longer thing: a road, a river, a wall. */
const PIECES: ReadonlySet<string> = new Set(['stretch', 'section', 'length', 'portion', 'strip', 'segment'].map((w) => termOfWord(w)));

/** Whether the term is of a noun modifying another right after the value at `at` ("shipping" in "two shipping lines"). */
function modifiesNounAfter(ctx: Ctx, at: number, term: string): boolean {
  const { tokens } = ctx.sentence;
  for (let k = at + 1; k < Math.min(tokens.length - 1, at + 5); k += 1) {
    if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'ADP') return false;
    if (ctx.m.doc.terms[k] === term && tokens[k + 1].pos === 'NOUN') return true;
  }
  return false;
}

/** A word for the asked measure other than its own ("caps" for "limit"); the word itself was weighed already, as any question word. */
const measuredBy = (measured: string, term: string | null): boolean => term !== null && term !== measured && areRelated(measured, term);

/**
 * "What pay rise …?" / "pay had fallen by about 15 percent": a value told of the other outcome of
 * the asked one, by a word right before it in its clause.
 */
function otherOutcomeBefore(ctx: Ctx, at: number): boolean {
  const tokens = ctx.sentence.tokens;
  // (A word before "and" is the other conjunct's: "12 were killed and 45 injured".)
  for (let k = at - 1; k >= Math.max(0, at - 4) && !isClauseEnd(tokens[k]) && tokens[k].norm !== 'and'; k -= 1) {
    const term = ctx.m.doc.terms[k];
    if (term !== null && ctx.q.terms.some((t) => !t.isName && opposedOutcomes(t.term, term))) return true;
  }
  return false;
}

/** "The first full strike since a one-day walkout": a value of the earlier event a time is counted from. */
function sinceThat(ctx: Ctx, at: number): boolean {
  if (asksAboutThePast(ctx.q)) return false;
  const tokens = ctx.sentence.tokens;
  const before = tokens[at - 1]?.pos === 'DET' ? at - 2 : at - 1;
  return tokens[before]?.norm === 'since';
}

/**
 * "the wettest night in the valley for almost nine years": a length after a superlative tells how
 * long since the last such, not how long the asked act took, unless the question asks just that
 * ("how long since …", "how long had it been …", "when did it last …"). ("Its first target in four
 * days" is no superlative: an ordinal counts steps of the act.)
 */
function sinceLastOfKind(ctx: Ctx, o: QuantityOption): boolean {
  const tokens = ctx.sentence.tokens;
  if (o.kind !== 'duration' || asksSinceLast(ctx.q) || !SPAN_PREPOSITIONS.has(tokens[o.at - 1]?.norm ?? '')) return false;
  for (let k = o.at - 2; k >= 0 && k >= o.at - SUPERLATIVE_REACH && tokens[k].text !== ','; k -= 1) if (isSuperlative(tokens[k])) return true;
  return false;
}

/**
 * "How long has she led the choir?" asks a span up to now: "raised £9,000 in less than a week" tells
 * how long another act took. (Not "for the first time in nine years", a span of absence.)
 */
function timeTakenForSpan(ctx: Ctx, o: QuantityOption): boolean {
  const tokens = ctx.sentence.tokens;
  return o.kind === 'duration' && SPAN_TO_NOW_ASKED.test(ctx.q.text) && tokens[o.at - 1]?.norm === 'in' && tokens[o.at - 2]?.norm !== 'time';
}

const SPAN_TO_NOW_ASKED = /\bhow long (?:has|have|'s|’s)\b/i;
const SINCE_ASKED = /\b(?:since|ago|has|have|had)\b/i;
/** "How long since …?", "how long had the hall been shut?", "when did it last flood?" (not "how long did the rain last?", a verb). */
const asksSinceLast = (q: QuestionAnalysis): boolean => SINCE_ASKED.test(q.text) || q.tokens.some((t, k) => t.norm === 'last' && (q.tokens[k + 1]?.pos === 'VERB' || q.tokens[k + 1]?.norm === 'time'));
const SPAN_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'in']);
/** How many words back from its length a superlative may stand ("the heaviest downpour in the area for"). */
const SUPERLATIVE_REACH = 8;
const FIXED_SUPERLATIVES: ReadonlySet<string> = new Set(['best', 'worst']);
const isSuperlative = (t: Ctx['sentence']['tokens'][number]): boolean => FIXED_SUPERLATIVES.has(t.norm) || (t.pos === 'ADJ' && t.norm.length > 4 && t.norm.endsWith('est') && t.norm !== 'honest' && t.norm !== 'modest');

const NO_TERMS: readonly string[] = [];
/** "How long before the vote …?", "how long until it reopens?": the wait between two times. */
const GAP_ASKED = /\bhow long (?:before|after|until|till)\b/i;
const asksGap = (q: QuestionAnalysis): boolean => q.rule === 'how-late' || GAP_ASKED.test(q.text);
/** "a nearly three-week search": a measure written as one hyphenated adjective, after a qualifier. */
const ADJECTIVE_MEASURE = /\S-\p{L}+$/u;
const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * "1.2 billion rovins": millions of a word no vocabulary knows are a currency the lexicon lacks
 * (and the article never converts). Things counted by the million have common names.
 */
function unknownCurrency(f: QuantityFact): boolean {
  const word = f.measures;
  return f.kind === 'count' && word !== undefined && MILLIONS.test(f.text) && LOWER_LETTERS.test(word) && vectorId(word) < 0;
}

const MILLIONS = /\b(?:million|billion|trillion|bn)\b/i;

/**
 * Terms of what a value measures ("Homs residents"). The texts are the articles' own, weighed
 * again for every question about them: found once, bounded like the term cache.
 */
const measureCache = new Map<string, readonly string[]>();
const MEASURE_TERMS_LIMIT = 20_000;

function measureTerms(text: string): readonly string[] {
  let terms = measureCache.get(text);
  if (!terms) {
    // "five-year-olds" is read word by word.
    terms = text.toLowerCase().split(/[\s-]+/).map((w) => termOfWord(w));
    if (measureCache.size >= MEASURE_TERMS_LIMIT) measureCache.clear();
    measureCache.set(text, terms);
  }
  return terms;
}

/**
 * "61,000 were sold", "the 76 needed to govern": the value at `at` (with its noun) is followed by
 * auxiliaries, then the verb, or by the verb's participle itself.
 */
/** "How many died in the flood?": a verb right after "how many" counts people, not the flood. */
function countsNoNoun(q: QuestionAnalysis): boolean {
  const many = q.tokens.findIndex((t, i) => t.norm === 'many' && q.tokens[i - 1]?.norm === 'how');
  const next = q.tokens[many + 1];
  return many >= 0 && next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}

/**
 * "… opened a reservoir 60 kilometres away in 2019": a distance written as where a place lies
 * ("away", "from", "outside", "off", "north of") still holds, however long ago its clause tells
 * of; a value of an earlier event ("the fire burned 40 kilometres of forest") does not.
 */
function placeDistance(ctx: Ctx, o: QuantityOption): boolean {
  return o.kind === 'distance' && PLACE_DISTANCE.test(textAfterValue(ctx, o));
}

/**
 * "Ida Quoyle, who grew up on a farm five miles outside Skarnholm": a distance from the very place the
 * question names ("how far from Skarnholm …?") is the asked one, whoever the clause holding it is of.
 */
function fromAskedName(ctx: Ctx, o: QuantityOption): boolean {
  const text = textAfterValue(ctx, o);
  const after = PLACE_DISTANCE.exec(text);
  if (!after) return false;
  const next = FROM_WORD.exec(text.slice(after[0].length))?.[1];
  return next !== undefined && questionNames(ctx.q).includes(termOfWord(next.toLowerCase()));
}

const textAfterValue = (ctx: Ctx, o: QuantityOption): string => ctx.sentence.text.slice(ctx.sentence.tokens[valueEnd(ctx.sentence.tokens, o)].end).replace(CONVERSION, '');
/** "12 miles (19 km) south of the port": the value written again in another unit. */
const CONVERSION = /^\s*\([^()]*\)/;
const PLACE_DISTANCE = /^\s*(?:away|from|outside|off|(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+of)\b/i;
/** The word a distance is measured from: "outside Skarnholm", "off the Ulvane coast". */
const FROM_WORD = /^\s*(?:the\s+)?([\p{L}'’-]+)/u;

/** The last token of a value's text. */
function valueEnd(tokens: Ctx['sentence']['tokens'], o: QuantityOption): number {
  const stop = (tokens[o.at]?.start ?? 0) + o.text.length;
  let k = o.at;
  while (k + 1 < tokens.length && tokens[k + 1].end <= stop) k += 1;
  return k;
}

/**
 * "At least 12 people were killed and 45 injured", "two walkers died and three others were
 * rescued": a count after "and" or a comma with no noun of its own, right before its verb, counts
 * the noun of the count before it in the sentence.
 */
function elidedNoun(ctx: Ctx, o: QuantityOption): string | undefined {
  const tokens = ctx.sentence.tokens;
  const join = tokens[o.at - 1]?.norm;
  if (join !== 'and' && join !== ',' && join !== 'while') return undefined;
  // (Only where its own verb is the asked one, or near it: "… and 45 injured" for "how many were
  // hurt?", not "… and 14 others are missing" for "how many died?".)
  let v = valueEnd(tokens, o) + 1;
  while (tokens[v]?.pos === 'AUX') v += 1;
  const verb = tokens[v]?.pos === 'VERB' ? ctx.m.doc.terms[v] : null;
  if (verb === null || verb === undefined || !(ctx.questionTerms.has(verb) || someRelated(ctx.questionTerms, verb))) return undefined;
  for (let k = o.at - 2; k >= Math.max(0, o.at - ELIDED_REACH); k -= 1) {
    if (tokens[k].pos === 'NUM' && tokens[k + 1]?.pos === 'NOUN') return tokens[k + 1].text;
  }
  return undefined;
}

/** How many words back the count whose noun a bare count shares may be written. */
const ELIDED_REACH = 14;

/** Whether "and", "or" or a comma stands between a verb and a value after it: the value then starts a new phrase. */
function coordinatedBetween(tokens: Ctx['sentence']['tokens'], verb: number, at: number): boolean {
  for (let k = verb + 1; k < at; k += 1) {
    const t = tokens[k].norm;
    if (t === 'and' || t === 'or' || t === ',' || t === ';' || t === 'while') return true;
  }
  return false;
}

function passiveSubject(tokens: Ctx['sentence']['tokens'], at: number, verb: number): boolean {
  if (verb <= at) return false;
  let k = at + 1;
  while (k < verb && (tokens[k].pos === 'NUM' || tokens[k].pos === 'NOUN')) k += 1;
  const participle = k === verb && tokens[verb].norm !== tokens[verb].lemma && tokens[verb].norm.endsWith('ed');
  while (k < verb && tokens[k].pos === 'AUX') k += 1;
  return k === verb && (tokens[verb - 1]?.pos === 'AUX' || participle);
}

/** "a year", "per day", "each week", "annually": the unit of a rate, if the text gives one. */
// ("a month's supply" is an amount, not a rate.)
const RATE = /\b(?:a|an|per|each|every)\s+(year|month|week|day|hour|night|season)\b(?!['’]s)|\b(annual|annually|yearly|monthly|weekly|daily|nightly)\b/i;
const RATE_ADVERBS: Record<string, string> = { annual: 'year', annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', nightly: 'night' };

export function rateOf(text: string): string | undefined {
  const m = RATE.exec(text);
  if (!m) return undefined;
  return m[1]?.toLowerCase() ?? RATE_ADVERBS[m[2].toLowerCase()];
}

/**
 * "about 1.8 million pesos a year", "48,000 euros per worker", "up to 400 litres a day", "£50 each":
 * the rate written right after a value, or the "each" that makes it one of many, is part of the answer
 * ("190 miles each way" is a determiner's "each", on a noun of its own).
 */
function rateWritten(ctx: Ctx, o: QuantityOption): string {
  const at = ctx.sentence.text.indexOf(o.text);
  if (at < 0) return '';
  const rate = RATE_WRITTEN.exec(ctx.sentence.text.slice(at + o.text.length));
  if (!rate) return '';
  const unit = rate[2] ?? rate[3];
  return unit === undefined || o.measures?.endsWith(unit) !== true ? rate[1] : '';
}

const RATE_WRITTEN = /^( (?:(?:a|an|each|every) (year|month|week|day|night|hour|person|worker|employee|household|family|pupil|student|passenger|patient|share|tonne|barrel|litre|seat|ticket|shift)|per ([a-z]+)|(?:each|apiece)(?![ \t]*\p{L})|(?:each|apiece)(?= (?:on|in|at|for|from|to|and|or|but|with|by|if|when|while|under|over|after|before|than)\b)))(?!\p{L})/iu;

/**
 * "21 of the tanker's 23 crew", "only two of the 19 buildings", "Of the country's 14 provinces, nine
 * voted no", "17 of them failed": a count of a part is what the sentence's verb tells of, and the
 * count of its whole only says out of how many. The parts, by their last number token, with the
 * words of what they are part of and the answer as written; and the wholes, by their last number token.
 */
interface Partitives {
  parts: ReadonlyMap<number, Part>;
  wholes: ReadonlySet<number>;
}

/** A part: the words of its whole, the answer as written, and the tokens over which part and whole are written. */
interface Part {
  of: string;
  written: string;
  from: number;
  last: number;
}

/** A year, which "in" puts a count in, not a whole: "three in 2024". */
const YEAR = /^(?:1[89]|20)\d\d$/;
const NO_PARTITIVES: Partitives = { parts: new Map(), wholes: new Set() };
const partitiveCache = new WeakMap<Ctx['sentence'], Partitives>();

function partitivesOf(sentence: Ctx['sentence']): Partitives {
  let found = partitiveCache.get(sentence);
  if (found) return found;
  const tokens = sentence.tokens;
  const parts = new Map<number, Part>();
  const wholes = new Set<number>();
  for (let k = 0; k < tokens.length; k += 1) {
    // "nearly one in four members", "1 in 7 posts": a share written as a part in a whole, one value.
    if (tokens[k].norm === 'in' && tokens[k - 1]?.pos === 'NUM' && tokens[k + 1]?.pos === 'NUM' && !YEAR.test(tokens[k + 1].text)) {
      let first = k - 1;
      while (first > 0 && QUALIFIERS.has(tokens[first - 1].norm)) first -= 1;
      let last = k + 1;
      while (last + 1 < tokens.length && last - k <= WHOLE_NOUN_WORDS && (tokens[last + 1].pos === 'NOUN' || tokens[last + 1].pos === 'ADJ')) last += 1;
      wholes.add(k + 1);
      parts.set(k - 1, { of: last > k + 1 ? textOf(sentence, k + 2, last) : '', written: textOf(sentence, first, last), from: first, last });
      continue;
    }
    if (tokens[k].norm !== 'of') continue;
    const num = k - 1;
    // "Of the 37 guests taken ill, four remain": the whole opens its clause, the part follows the comma.
    if (num < 0 || isClauseEnd(tokens[num])) {
      const phrase = wholePhrase(tokens, k + 1);
      if (phrase === undefined) continue;
      // ("Of the 37 people taken to hospital, …": the whole may run on to its comma.)
      let comma = phrase.last + 1;
      while (comma < tokens.length && comma - phrase.last <= FRONTED_WHOLE_WORDS && tokens[comma].pos !== 'PUNCT') comma += 1;
      if (tokens[comma]?.text !== ',') continue;
      let p = comma + 1;
      while (p < tokens.length && QUALIFIERS.has(tokens[p].norm)) p += 1;
      if (tokens[p]?.pos !== 'NUM' || tokens[p + 1]?.pos === 'NUM' || tokens[p + 1]?.pos === 'NOUN') continue;
      wholes.add(phrase.number);
      parts.set(p, { of: textOf(sentence, k + 1, comma - 1), written: tokens[p].text, from: k, last: p });
      continue;
    }
    // ("one of the largest operators" picks one out; "most of the 40" counts nothing.)
    if (tokens[num].pos !== 'NUM' || tokens[num].norm === 'one') continue;
    let first = num;
    while (first > 0 && QUALIFIERS.has(tokens[first - 1].norm)) first -= 1;
    const next = tokens[k + 1]?.norm ?? '';
    // ("Nine people were treated in hospital, two of them for burns": a part with no
    // verb of its own only says more of the whole.)
    if (BACK_PRONOUNS.has(next) && !(tokens[k + 2]?.pos === 'VERB' || tokens[k + 2]?.pos === 'AUX' || (tokens[k + 2]?.pos === 'ADV' && tokens[k + 3]?.pos === 'VERB'))) continue;
    if (BACK_PRONOUNS.has(next)) {
      // "17 of them": the whole is the count before, in the same sentence.
      let w = num - 1;
      while (w >= 0 && !(tokens[w].pos === 'NUM' && tokens[w + 1]?.pos === 'NOUN')) w -= 1;
      if (w < 0) continue;
      wholes.add(w);
      parts.set(num, { of: tokens[w + 1].text, written: textOf(sentence, first, num), from: w, last: k + 1 });
      continue;
    }
    const phrase = wholePhrase(tokens, k + 1);
    if (phrase === undefined) {
      // "nine of the injured", "about 650 of the jobs": a part of a group the sentence does not count.
      const last = groupEnd(tokens, k + 1);
      if (last !== undefined) parts.set(num, { of: textOf(sentence, k + 1, last), written: textOf(sentence, first, last), from: first, last });
      continue;
    }
    wholes.add(phrase.number);
    parts.set(num, { of: textOf(sentence, k + 1, phrase.last), written: textOf(sentence, first, phrase.last), from: first, last: phrase.last });
  }
  found = parts.size === 0 ? NO_PARTITIVES : { parts, wholes };
  partitiveCache.set(sentence, found);
  return found;
}

/** Whether a value's tokens hold the number of a whole. */
function holdsWhole(parts: Partitives, from: number, to: number): boolean {
  let whole = false;
  for (let k = from; k <= to; k += 1) {
    // ("21 of the tanker's 23 crew" as one value is the part with its whole.)
    if (parts.parts.has(k)) return false;
    if (parts.wholes.has(k)) whole = true;
  }
  return whole;
}

/** The part whose number a value's tokens hold ("21 of the tanker's 23 crew" read as one value, or "21" alone). */
function partAt(parts: Partitives, from: number, to: number): Part | undefined {
  if (parts === NO_PARTITIVES) return undefined;
  for (let k = from; k <= to; k += 1) {
    const part = parts.parts.get(k);
    if (part) return part;
  }
  return undefined;
}

/** "How many of the crew …", "in how many of them …": a part asked outright. */
const PART_ASKED = /\bhow many of\b/i;

/** Pronouns that take a part of a count written before: "17 of them". */
const BACK_PRONOUNS: ReadonlySet<string> = new Set(['them', 'these', 'those']);

/**
 * A counted whole from token `from`: a determiner or an owner ("the", "its", "the region's"), its
 * number and its noun ("610 operating theatre posts"). Its number's token and the phrase's last.
 */
function wholePhrase(tokens: readonly Token[], from: number): { number: number; last: number } | undefined {
  let k = from;
  for (let words = 0; k < tokens.length && words < WHOLE_OWNER_WORDS && tokens[k].pos !== 'NUM'; words += 1, k += 1) {
    const t = tokens[k];
    if (!(t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || isPossessive(t))) return undefined;
  }
  if (tokens[k]?.pos !== 'NUM' || k === from) return undefined;
  while (tokens[k + 1]?.pos === 'NUM') k += 1;
  let last = k;
  while (last + 1 < tokens.length && last - k < WHOLE_NOUN_WORDS && (tokens[last + 1].pos === 'NOUN' || tokens[last + 1].pos === 'ADJ' || tokens[last + 1].text === '-' || (tokens[last + 1].pos === 'VERB' && tokens[last + 2]?.pos === 'NOUN'))) last += 1;
  return last > k ? { number: k, last } : undefined;
}

/**
 * The last word of a group named with no number after "of": a determiner or an owner, then its
 * noun ("the injured", "its workers", "the city's schools"); undefined where no such group starts.
 */
function groupEnd(tokens: readonly Token[], from: number): number | undefined {
  if (!GROUP_DETERMINERS.has(tokens[from]?.norm ?? '')) return undefined;
  let k = from + 1;
  // ("the city's schools": an owner before the noun.)
  if (tokens[k]?.pos === 'PROPN' || tokens[k]?.pos === 'NOUN') if (isPossessive(tokens[k + 1])) k += 2;
  let last = -1;
  for (let words = 0; k < tokens.length && words < WHOLE_NOUN_WORDS; words += 1, k += 1) {
    const pos = tokens[k].pos;
    // (A participle is the group's word first or before its noun, "the injured", "the recalled
    // cars", never the verb after it: "the injured remained".)
    const participle = pos === 'VERB' && tokens[k].norm.endsWith('ed') && (words === 0 || tokens[k + 1]?.pos === 'NOUN');
    if (pos !== 'NOUN' && pos !== 'ADJ' && !participle) break;
    last = k;
  }
  // (The group ends its phrase: "five of the new homes", not "five of the new homes' roofs".)
  return last > from && !isPossessive(tokens[last + 1]) && tokens[last + 1]?.norm !== 'of' ? last : undefined;
}
const GROUP_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);

/** How many words may own a whole before its number ("of the country's"). */
const WHOLE_OWNER_WORDS = 4;
/** How many words a whole opening its sentence may run on past its noun ("admitted to hospital"). */
const FRONTED_WHOLE_WORDS = 6;
/** How many words a whole's noun may run to ("operating theatre posts"). */
const WHOLE_NOUN_WORDS = 4;
/** How strong the count of a whole is where a part of it is written beside it (and of a part after "including"). */
const WHOLE_OF_PART = 0.5;

/** Whether the value at `at` follows "including" (or "including the"): a part of what was counted before. */
function includedPart(tokens: Ctx['sentence']['tokens'], at: number): boolean {
  const before = tokens[at - 1]?.pos === 'DET' ? at - 2 : at - 1;
  return tokens[before]?.norm === 'including';
}
/** "exactly", "precisely", "the exact number": a figure as counted is asked. */
const EXACT_ASKED = /\b(?:exact|exactly|precise|precisely)\b/i;
/** How much less a round figure answers "exactly how many" than one as counted. */
const ROUNDED = 0.5;
/** A figure given round or as a bound: "nearly 200", "about 40", "more than 300". */
const HEDGED = /^(?:nearly|about|around|almost|roughly|some|approximately|an estimated|more than|over|under|up to|at least|fewer than|less than|just over|just under)\b/i;

/**
 * A past state as news tells one: "were milking 180 cows", "used to employ 300". ("had grown to
 * 41 weeks", "was 41" may be the present told in reported speech, after "said".)
 */
const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'has', 'have', 'am', "'s", "'re", 'now', 'currently', 'still']);
const PAST_PROGRESSIVE: ReadonlySet<string> = new Set(['was', 'were']);
/** How many words back from a value its clause's auxiliary may stand ("were milking about 180"). */
const TENSE_REACH = 4;

/** Whether the value's clause tells it as a state gone by: a past progressive or "used to" just before it, within its clause. */
function toldAsFormer(tokens: Ctx['sentence']['tokens'], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - TENSE_REACH) && !isClauseEnd(tokens[k]); k -= 1) {
    const t = tokens[k];
    if (PRESENT_AUXILIARIES.has(t.norm)) return false;
    if (t.norm === 'used' && tokens[k + 1]?.norm === 'to') return true;
    if (PAST_PROGRESSIVE.has(t.norm)) return tokens[k + 1]?.pos === 'VERB' && tokens[k + 1].norm.endsWith('ing');
  }
  return false;
}

/** "How many … in total?", "out of how many": the whole is asked. */
const TOTAL_ASKED = /\b(?:in total|total|in all|altogether|overall|out of)\b/i;

/**
 * "a 40-metre stretch of pipe", "a 30-pound credit": a measure written as one hyphenated adjective
 * says nothing alone ("40-metre"); the answer is the phrase it qualifies, with its article. ("A
 * 63-year-old" reads as an age by itself.)
 */
function adjectiveMeasure(ctx: Ctx, o: QuantityOption): string | undefined {
  // ("How long was the strike?" / "a 19-day strike": the noun the question names adds nothing.)
  if (ctx.q.intent !== 'how-much' || ctx.q.rule === 'how-measure' || o.kind === 'count' || o.kind === 'age' || !ADJECTIVE_MEASURE.test(o.text)) return undefined;
  const tokens = ctx.sentence.tokens;
  const end = valueEnd(tokens, o);
  const last = end + 1;
  const noun = ctx.m.doc.terms[last];
  if (tokens[last]?.pos !== 'NOUN' || noun === null || noun === undefined || ctx.questionTerms.has(noun)) return undefined;
  const article = tokens[o.at - 1]?.norm === 'a' || tokens[o.at - 1]?.norm === 'an' ? o.at - 1 : o.at;
  return textOf(ctx.sentence, article, last);
}

/**
 * "minus 4.5 degrees", "within 14 days", "as much as 34%", "above 12 percent", "an average of 23%",
 * "a further 60 million": words right before a value that set its sign, make it a bound or say it
 * adds to another are part of it ("4.5 degrees" for "minus 4.5 degrees" is wrong, not short).
 */
function boundWritten(ctx: Ctx, o: QuantityOption): string {
  const start = ctx.sentence.tokens[o.at]?.start;
  if (start === undefined || start < 2) return '';
  return BOUND_BEFORE.exec(ctx.sentence.text.slice(Math.max(0, start - BOUND_REACH), start))?.[1] ?? '';
}

const BOUND_BEFORE = /\b((?:as (?:much|many|little|few|high|low|long) as|an average of|a further|an extra|within|minus|above|below) )$/i;
const BOUND_REACH = 20;

/**
 * "between £80,000 and £150,000", "10 to 12 days", "8 metres by 5 metres", "aged 84 and 81": a value
 * written as one end of a range, or as one side of a size or of a pair, is given with the other end
 * or side; either alone tells less than the sentence does. "From 41,000 seats to 50,000" or "cut by
 * 200 to 1,800" tell a change, not a range, and stay apart.
 */
function rangeWritten(ctx: Ctx, o: QuantityOption, value: string): string {
  if (RANGE_INSIDE.test(o.text)) return value;
  const { tokens, text } = ctx.sentence;
  const end = valueEnd(tokens, o);
  // The other end written before: "between 40 million and [65 million marks]", "10 to [12 days]".
  const join = tokens[o.at - 1]?.norm ?? '';
  if (RANGE_JOINS.has(join) && join !== 'by') {
    let k = o.at - 2;
    while (k >= 0 && (tokens[k].pos === 'NUM' || tokens[k].pos === 'SYM')) k -= 1;
    const first = k + 1;
    if (first < o.at - 1 && tokens.slice(first, o.at - 1).some((t) => t.pos === 'NUM')) {
      const before = tokens[k];
      let start = -1;
      if (join === 'and') start = before?.norm === 'between' ? k : -1;
      else if (!changeBefore(tokens, first)) {
        start = first;
        while (start > 0 && QUALIFIERS.has(tokens[start - 1].norm) && tokens[start - 1].norm !== 'to') start -= 1;
      }
      if (start >= 0) return text.slice(tokens[start].start, tokens[o.at].start) + value;
    }
  }
  // The other end written after: "[between £80,000] and £150,000", "[about 8 metres] by 5 metres".
  const after = tokens[end + 1]?.norm ?? '';
  if (value !== o.text || !RANGE_JOINS.has(after) || tokens[end + 2] === undefined) return value;
  const between = tokens[o.at - 1]?.norm === 'between';
  const fits = after === 'and' ? between || o.kind === 'age' : after === 'by' ? o.kind === 'distance' : changeEnd(ctx, o.at) === 0 && !changeBefore(tokens, o.at);
  if (!fits) return value;
  let last = end + 1;
  while (last + 1 < tokens.length && (tokens[last + 1].pos === 'NUM' || tokens[last + 1].pos === 'SYM')) last += 1;
  if (!tokens.slice(end + 2, last + 1).some((t) => t.pos === 'NUM')) return value;
  // ("8 metres by 5 metres": the unit again.)
  if (tokens[last + 1]?.norm === tokens[end].norm && tokens[end].pos !== 'NUM') last += 1;
  return (between ? 'between ' : '') + value + text.slice(tokens[end].end, tokens[last].end);
}

/** Whether a change ("from", "by" or a verb of change) is written shortly before a value, in its clause: its "to" ends the change. */
function changeBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - CHANGE_REACH) && !isClauseEnd(tokens[k]); k -= 1) if (tokens[k].norm === 'from' || tokens[k].norm === 'by' || CHANGE_VERBS.has(tokens[k].lemma)) return true;
  return false;
}

/** Words that join the ends of a range or the sides of a size. */
const RANGE_JOINS: ReadonlySet<string> = new Set(['and', 'to', '-', '–', 'by']);
/** A value's text that holds a range already ("2,100 to 9,800 crowns"). */
const RANGE_INSIDE = /\d\s*(?:to|and|-|–|by)\s*\S*\d/;
/** How far back a word of change may make "to" the end of a change. */
const CHANGE_REACH = 12;

/**
 * "around 24 metres long", "1,350 metres above sea level", "35 kilometres north of Arden", "two
 * miles away": the word after a length says which way it is measured, and a direction the place it
 * is measured from. Both are part of the answer.
 */
function dimensionWritten(ctx: Ctx, o: QuantityOption): string {
  if (o.kind !== 'distance') return '';
  const at = ctx.sentence.text.indexOf(o.text);
  if (at < 0) return '';
  const m = DIMENSION_WRITTEN.exec(ctx.sentence.text.slice(at + o.text.length, at + o.text.length + DIMENSION_REACH));
  return m ? m[1].trimEnd() : '';
}

const DIMENSION_WRITTEN =
  /^( (?:long|wide|high|deep|tall|thick|across|away|apart|offshore|inland|upstream|downstream|underground|(?:above|below) (?:sea level|ground)|(?:to the )?(?:north|south|east|west)(?:-?(?:east|west))?(?: of (?:the )?(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*|(?:(?!(?:and|or|but|of|in|on|at|to|for|with|where|which|that|while|when)\b)\p{Ll}[\p{Ll}-]* ?){1,3}))?))(?!\p{L})/u;
const DIMENSION_REACH = 60;
const LENGTH_ASKED = 'how-long-size';
const OTHER_DIMENSION = /^ (?:wide|high|deep|tall|thick)$/;

/** A value and the few words after it, where a rate or "each" is written ("400,000 passengers a year"). */
function valueAndAfter(ctx: Ctx, o: QuantityOption): string {
  const end = Math.min(ctx.sentence.tokens.length, o.at + o.text.split(/\s+/).length + 5);
  return textOf(ctx.sentence, o.at, end - 1);
}

/**
 * "How much is a yearly pass?" / "Some 800 people bought an annual pass, which costs £90", "how
 * much will a season cost?" / "its season costs will reach £40,000": the period written before a
 * noun the question names makes that thing one by the period, whatever clause gives its price.
 */
function rateOfAskedNoun(ctx: Ctx, rate: string): boolean {
  const { tokens } = ctx.sentence;
  return tokens.some((t, i) => (RATE_ADVERBS[t.norm] === rate || t.norm === rate) && i + 1 < tokens.length && ctx.questionTerms.has(ctx.m.doc.terms[i + 1] ?? ''));
}

/**
 * The rate a value is given at: after it ("400,000 passengers a year") or on the noun it belongs to
 * earlier in its clause ("annual savings of 420 million", "the average monthly rent … stands at 1,450").
 */
function rateAfter(ctx: Ctx, o: QuantityOption): string | undefined {
  const after = rateOf(valueAndAfter(ctx, o)) ?? periodJoined(ctx, o);
  if (after !== undefined) return after;
  // "about 90,000 tonnes of glass each year": the rate may close the phrase of what is measured.
  const ofMeasured = o.measures === undefined ? undefined : rateOf(o.measures);
  if (ofMeasured !== undefined) return ofMeasured;
  const tokens = ctx.sentence.tokens;
  let from = o.at;
  while (from > 0 && o.at - from < RATE_REACH && !isClauseEnd(tokens[from - 1])) from -= 1;
  const before = from < o.at ? rateOf(textOf(ctx.sentence, from, o.at - 1)) : undefined;
  if (before !== undefined) return before;
  // "tests the water 20 times between May and September each year": the rate may close the clause,
  // past the span of time it counts over.
  // ("earning 31,000 a year would save about 700 a year": not past another value; a date's day is none.)
  let to = o.at + o.text.split(/\s+/).length - 1;
  while (to + 1 < tokens.length && to - o.at < RATE_REACH && !isClauseEnd(tokens[to + 1])) {
    to += 1;
    if (tokens[to].pos === 'NUM' && !MONTHS.has(tokens[to - 1]?.norm ?? '') && !MONTHS.has(tokens[to + 1]?.norm ?? '')) return undefined;
  }
  return isClauseEnd(tokens[to + 1]) || to + 1 === tokens.length ? rateOf(textOf(ctx.sentence, Math.max(o.at, to - CLOSING_RATE), to)) : undefined;
}

/**
 * "Crews are working 14-hour shifts and 70-hour weeks": a length joined to the noun of a period
 * after it is a length in each such period.
 */
function periodJoined(ctx: Ctx, o: QuantityOption): string | undefined {
  if (!ADJECTIVE_MEASURE.test(o.text)) return undefined;
  const period = ctx.sentence.tokens[valueEnd(ctx.sentence.tokens, o) + 1]?.norm.replace(/s$/, '');
  return period !== undefined && RATE_PERIODS.has(period) ? period : undefined;
}

const RATE_PERIODS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'hour', 'night', 'season']);

/** How many words before its clause's end a closing rate may open ("each year", "every single week"). */
const CLOSING_RATE = 2;

/** How far back in its clause a value's rate may be written. */
const RATE_REACH = 15;

/**
 * "The Ostrev Dam, a 62-metre (203-foot) concrete structure": a value opening an apposition to a
 * word the question names measures that word, whatever the apposition's own noun.
 */
function appositiveOfAsked(ctx: Ctx, at: number): boolean {
  const { tokens } = ctx.sentence;
  let k = at - 1;
  // ("Tarnby, a fishing town of about 8,000 people": the apposition's noun and its "of" before the value.)
  if (tokens[k]?.norm === 'of') {
    k -= 1;
    for (let words = 0; words < APPOSITION_NOUN_WORDS && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ'); words += 1) k -= 1;
    if (k === at - 2) return false;
  }
  const article = tokens[k]?.norm;
  if ((article !== 'a' && article !== 'an') || tokens[k - 1]?.text !== ',') return false;
  const noun = ctx.m.doc.terms[k - 2];
  return noun !== null && noun !== undefined && ctx.questionTerms.has(noun);
}

/** How many words the noun of an apposition may run to ("a small market town of …"). */
const APPOSITION_NOUN_WORDS = 3;

/** An age written against a name ("Abeyo, 27"), or of someone new to the story, when the question names other people ("How old is Felix Marangu?"). */
function ageOfAnother(ctx: Ctx, person: string | undefined, at: number): boolean {
  if (person === undefined) return false;
  // "How old is the sundial?" / "Tibbet, a 90-year-old bronze sundial, …": the age stands on the asked
  // thing's noun, whoever the sentence names beside it.
  if (thingAsked(ctx.q) && ageOnAskedNoun(ctx, at)) return false;
  // "How old is Lehtola's spaniel?" asks the dog's age: "the 71-year-old Aarne Lehtola" is its owner's.
  if (ownerAsked(ctx.q, person)) return true;
  // "how old was tamsin when she left?": a name typed in lower case is still the asked one's.
  if (nameTyped(ctx.q, person)) return false;
  // The people the question names, in any form ("the PM", "the chief volcanologist").
  const asked = (ctx.q.entities.get(ctx.m.doc.article.id) ?? []).filter((e) => e.fact.kind === 'person' || e.fact.kind === 'other');
  // "How old is the dog?" is not answered by "Her grandson Toby, 8, …": a named person's age is no thing's.
  // ("… to lead the 130-year-old ensemble": an age before a thing's noun is that thing's.)
  // "How old was she when she left?" is not answered by "her nephew, Dunmarsh, 12,": whoever "her" is,
  // the age is her kin's.
  if (asked.length === 0) return UPPER_START.test(person) && ((thingAsked(ctx.q) && !beforeThingNoun(ctx.sentence.tokens, at)) || kinOfSomeone(ctx, person));
  // "How old is Ms Thwaiteson?" / "The six-year-old grey mare was found near Thwaiteson's paddock": an age
  // before a thing's noun is the thing's.
  if (asked.some((e) => e.fact.kind === 'person') && thingsAge(ctx.sentence.tokens, at)) return true;
  if (UPPER_START.test(person)) return !asked.some((e) => namesPerson(e.fact.name, person));
  // "a 71-year-old man broke his leg": someone new to the story ("the 52-year-old union leader" is
  // someone told of before), in a sentence that never refers to the asked person.
  const before = ctx.sentence.tokens[at - 1]?.norm;
  return (before === 'a' || before === 'an') && !asked.some((e) => e.sentences.has(ctx.sentence.index));
}

/**
 * Whether a name the question asks of is the measured person's: the same, or one word of it ("how
 * old is Tilda?" / "Tilda Obersnap, 71, …"). Readers call someone met in a story by a first name, and
 * the article's quoted speakers do too, which gives that name an entry of its own.
 */
function namesPerson(asked: string, person: string): boolean {
  return asked === person || (!asked.includes(' ') && person.split(' ').includes(asked));
}

/**
 * Whether an age written from token `at` is written on a noun the question asks of: before it
 * ("a 90-year-old bronze sundial", "the 300-year-old timber-framed barn") or told of it a few words behind
 * ("the sundial, now about 90 years old").
 */
function ageOnAskedNoun(ctx: Ctx, at: number): boolean {
  const { tokens } = ctx.sentence;
  const nouns = askedNouns(ctx.q);
  const asked = (k: number): boolean => tokens[k]?.pos === 'NOUN' && (ctx.questionTerms.has(ctx.m.doc.terms[k] ?? '') || nouns.some((n) => closedCompoundOf(tokens[k].norm, n)));
  let k = at;
  while (k < tokens.length && k - at < AGE_WORDS && tokens[k].norm !== 'old') k += 1;
  if (tokens[k]?.norm !== 'old') return false;
  if (tokens[k - 1]?.text === '-') {
    for (let n = k + 1; n <= k + AGE_NOUN_WORDS && n < tokens.length; n += 1) {
      if (asked(n)) return true;
      if (tokens[n].pos !== 'ADJ' && tokens[n].pos !== 'PROPN' && tokens[n].pos !== 'NOUN' && !isPossessive(tokens[n])) return false;
    }
    return false;
  }
  for (let n = at - 1; n >= 0 && at - n <= AGE_NOUN_BEHIND; n -= 1) if (asked(n)) return true;
  return false;
}

/** The common nouns a question asks of ("how old is the mill?": "mill"). */
function askedNouns(q: QuestionAnalysis): string[] {
  return q.terms.filter((t) => !t.isCue && !t.isName && t.pos === 'NOUN').map((t) => t.word.toLowerCase());
}

/** "windmill" for "mill", "footbridge" for "bridge": a closed compound is a sort of its last part. */
export function closedCompoundOf(word: string, noun: string): boolean {
  return word.length > noun.length + 2 && word.endsWith(noun);
}

/** How many words may stand between an age and the noun it is written on ("a 37-year-old grey mountain pony"). */
const AGE_NOUN_WORDS = 4;
/** How far behind an age its noun may be told ("the oak, now some 300 years old"). */
const AGE_NOUN_BEHIND = 9;

/** Whether an age written from token `at` ("130-year-old") stands before a noun for no person ("ensemble"). */
function beforeThingNoun(tokens: Ctx['sentence']['tokens'], at: number): boolean {
  let k = at;
  while (k < tokens.length && k - at < AGE_WORDS && tokens[k].norm !== 'old') k += 1;
  const next = tokens[k + 1];
  return next !== undefined && next.pos === 'NOUN' && !isPersonNoun(next.norm);
}

/**
 * Whether an age written from token `at` is a thing's: "the six-year-old grey mare" or "the
 * 60-year-old footbridge" measures the noun it stands before, which names no person, nor stands
 * beside a name ("the 38-year-old tenor Ivo Quennick", "Ivo Quennick, a 38-year-old tenor").
 */
function thingsAge(tokens: Ctx['sentence']['tokens'], at: number): boolean {
  let k = at;
  while (k < tokens.length && k - at < AGE_WORDS && tokens[k].norm !== 'old') k += 1;
  if (tokens[k]?.norm !== 'old' || !YEARS.test(tokens[k - 2]?.norm ?? '')) return false;
  k += 1;
  while (tokens[k]?.pos === 'ADJ') k += 1;
  if (tokens[k]?.pos !== 'NOUN') return false;
  while (tokens[k + 1]?.pos === 'NOUN') k += 1;
  const named = tokens[k + 1]?.pos === 'PROPN' || (tokens[at - 2]?.text === ',' && tokens[at - 3]?.pos === 'PROPN');
  return !named && !isPersonNoun(tokens[k].norm);
}

const YEARS = /^years?$/;

/** How many tokens "N-year-old" runs to. */
const AGE_WORDS = 5;

/** Whether the question asks about a thing, named by a common noun for no person ("the dog", "the bridge"). */
export function thingAsked(q: QuestionAnalysis): boolean {
  // "How old was he when he joined the band?": the nouns after "when" tell the event, not whose age.
  const asker = wordsBeforeWhen(q);
  let thing = false;
  for (const t of q.terms) {
    if (t.isCue || t.isName || t.pos !== 'NOUN' || !asker.has(t.word.toLowerCase())) continue;
    if (isPersonNoun(t.word.toLowerCase())) return false;
    thing = true;
  }
  return thing;
}

/** The question's words before a "when" opening the event it asks an age at (all of them where none). */
function wordsBeforeWhen(q: QuestionAnalysis): ReadonlySet<string> {
  const when = q.tokens.findIndex((t) => t.norm === 'when');
  return new Set((when > 0 ? q.tokens.slice(0, when) : q.tokens).map((t) => t.norm));
}

/** Whether the question writes a word of the name as the owner of another noun ("Lehtola's spaniel"). */
function ownerAsked(q: QuestionAnalysis, person: string): boolean {
  const words = person.split(' ');
  const tokens = q.tokens;
  for (let k = 0; k + 2 < tokens.length; k += 1) if (isPossessive(tokens[k + 1]) && tokens[k + 2].pos === 'NOUN' && words.includes(tokens[k].text)) return true;
  // ("how old are lindqvists kids": typed without the apostrophe.)
  for (let k = 0; k + 1 < tokens.length; k += 1) if (tokens[k + 1].pos === 'NOUN' && tokens[k].norm.endsWith('s') && words.some((w) => `${w.toLowerCase()}s` === tokens[k].norm)) return true;
  return false;
}

/**
 * Whether the question types a word of the person's name in lower case, which no name lookup
 * finds ("how old was tamsin …"); not as an owner ("how old is brackley's mill?" asks the mill's).
 */
function nameTyped(q: QuestionAnalysis, person: string): boolean {
  const words = new Set(person.toLowerCase().split(' '));
  return q.tokens.some((t, k) => t.text === t.norm && words.has(t.norm) && !isPossessive(q.tokens[k + 1]));
}

/** Whether a name is written as someone's kin or fellow ("his cousin, Nessa Dravny"). */
function kinOfSomeone(ctx: Ctx, person: string): boolean {
  // ("How old is his mum?" asks of the kin herself.)
  if (ctx.q.tokens.some((t) => KIN_OWNERS.has(t.norm))) return false;
  const at = ctx.sentence.text.indexOf(person);
  return at > 0 && KIN_BEFORE.test(ctx.sentence.text.slice(Math.max(0, at - KIN_REACH), at));
}

const KIN_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);
const KIN_BEFORE = /\b(?:his|her|their) [a-z]+,? $/i;
const KIN_REACH = 30;

/**
 * "Elody Pellwick, 71, …", "now 79", "A 16-year-old pupil has …": the age a person is as the story is
 * written, not one they were at an event ("as a 15-year-old", "then an eight-year-old").
 */
function toldAsNow(ctx: Ctx, o: QuantityOption): boolean {
  const before = wordsBeforeAge(ctx, o);
  if (before === undefined) return false;
  const start = ctx.sentence.tokens[o.at].start;
  const after = ctx.sentence.text.slice(start + o.text.length, start + o.text.length + 1);
  return NOW_BEFORE.test(before) || (NAME_COMMA.test(before) && after === ',') || (ARTICLE_BEFORE.test(before) && !AT_EVENT_BEFORE.test(before));
}

/** "now 79", "now aged 79": an age told against an earlier one. */
function toldWithNow(ctx: Ctx, o: QuantityOption): boolean {
  const before = wordsBeforeAge(ctx, o);
  return before !== undefined && NOW_BEFORE.test(before);
}

/** The few words the sentence writes before an age. */
function wordsBeforeAge(ctx: Ctx, o: QuantityOption): string | undefined {
  const start = ctx.sentence.tokens[o.at]?.start;
  return start === undefined ? undefined : ctx.sentence.text.slice(Math.max(0, start - AGE_LOOKBACK), start);
}

const AGE_LOOKBACK = 30;

/** "How old was she …?", "how old were they …?": an age at a time gone by. */
const ASKS_AGE_THEN = /\bhow old (?:was|were)\b/i;

const NOW_BEFORE = /\bnow (?:aged )?$/i;
const NAME_COMMA = /\p{Lu}[\p{L}'’-]*, $/u;
const ARTICLE_BEFORE = /\b(?:a|an) $/i;
const AT_EVENT_BEFORE = /\b(?:as|then|was|were|while|when) (?:a|an) $/i;

/** "when I was eight years old", "since she was 13": an age someone had at a time gone by. */
const AGE_BACK = /\b(?:when|since|until|before|after) (?:i|he|she|they|we|you) (?:was|were) (?:just |only |about |around |barely )?$/i;

function ageBack(ctx: Ctx, at: number): boolean {
  const start = ctx.sentence.tokens[at]?.start;
  return start !== undefined && AGE_BACK.test(ctx.sentence.text.slice(Math.max(0, start - 30), start));
}

/** A question on a delay: "how long was the opening delayed?", "how late was the train?". */
const DELAY_ASKED = /\b(?:delay|delays|delayed|late|later|behind|postpone|postponed|overdue|schedule|held up|hold up|wait|waited)\b/i;
/** "delayed by about 16 months", "postponed by a week": the value is how late, set by the verb before it. */
const DELAY_BEFORE = /\b(?:delayed|postponed|pushed back|put back|held up)\s+(?:by\s+)?(?:an average of\s+)?$/i;
/** "opened two years behind schedule", "finished 18 months late". */
const DELAY_AFTER = /^\s*(?:behind schedule|late\b|later than (?:planned|expected|scheduled)|overdue)/i;

function delayOf(ctx: Ctx, o: QuantityOption): boolean {
  const text = ctx.sentence.text;
  const at = ctx.sentence.tokens[o.at]?.start ?? -1;
  if (at < 0) return false;
  return DELAY_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || DELAY_AFTER.test(text.slice(at + o.text.length, at + o.text.length + 30));
}

/** Counts that give only an order of size. */
const VAGUE = /^(?:(?:(?:many|several|some|a few) )?(?:dozens|scores|hundreds|thousands|tens of thousands|hundreds of thousands|millions)|(?:several|a few|a couple of) (?:dozen|hundred|thousand|million))\b/i;

/** "dozens of stalls", "hundreds of people": a count that gives no number. */
export const isVague = (text: string): boolean => VAGUE.test(text) && !/\d/.test(text);

/** "each family", "per vehicle", "apiece": an amount for one of many. */
const EACH = /\b(?:each|per|apiece)\b/i;

/**
 * "How big is the safety zone around each well?" or "how far does she glide off each wall?" asks
 * one value that holds at every place: "each" after a preposition of place says where, not that
 * the value is one of many shares.
 */
const PLACE_EACH = /\b(?:around|round|in|at|near|inside|outside|beside|behind|above|below|under|off|along|across) each\b/gi;

/**
 * Whether the value is given for one of many: "6,000 kronor per vehicle", "250 pounds each", or
 * "would pay each rescued miner 50,000 ardes", the one it is given to named before it.
 */
const eachAfter = (ctx: Ctx, o: QuantityOption): boolean => EACH.test(valueAndAfter(ctx, o)) || FOR_EVERY.test(valueAndAfter(ctx, o)) || eachBefore(ctx.sentence.tokens, o.at);

/** "9 marks in subsidy for every rider": "for every" gives the value per one as "each" does. */
const FOR_EVERY = /\bfor every\b/i;

function eachBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - EACH_REACH) && !isClauseEnd(tokens[k]); k -= 1) if (tokens[k].norm === 'each') return true;
  return opensOnEach(tokens, at);
}

/**
 * "Each cabin has a wood stove, a shower and four bunks", "Every repair costs the club, and its
 * members, about £900": a sentence whose subject opens on "each" or "every" tells each value of
 * its clause for one of them, however far on and past a comma. Not "Each year, the fair draws
 * 9,000 visitors", whose "each" says when, nor past a semicolon, which opens another clause.
 */
function opensOnEach(tokens: readonly Token[], at: number): boolean {
  let k = 0;
  while (k < at && QUOTE_MARKS.has(tokens[k].text)) k += 1;
  const next = tokens[k + 1]?.norm ?? '';
  if (k >= at || !EACH_OPENERS.has(tokens[k].norm) || TIME_UNITS.has(next) || WHEN_NOUNS.has(next) || TIME_WORD.test(next)) return false;
  return !tokens.slice(k, at).some((t) => t.text === ';');
}

const EACH_OPENERS: ReadonlySet<string> = new Set(['each', 'every']);
const WHEN_NOUNS: ReadonlySet<string> = new Set(['night', 'morning', 'afternoon', 'evening', 'weekend', 'season', 'summer', 'winter', 'spring', 'autumn', 'time']);
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);

/** Words back to "each" within the value's clause: "each of the two children will receive 1.5 million euros". */
const EACH_REACH = 8;

/** Whether any of the terms is related to the term (no copy of the set, as spreading it made). */
function someRelated(terms: ReadonlySet<string>, term: string): boolean {
  for (const t of terms) if (areRelated(t, term)) return true;
  return false;
}

/**
 * "How many people died?" counts by the plainest word for people, which tells nothing of whom: in a
 * sentence that tells of no one killed, hurt or dead ("the slide buried at least 12 people", "about
 * 900 people work at the mine"), a count of people is not tied to the question by being of people.
 * (Other verbs are paraphrased too freely to ask for: "turned up" for "attended".)
 */
function casualtiesUnsaid(ctx: Ctx): boolean {
  if (!ctx.q.terms.some((t) => !t.isCue && OUTCOMES.get(t.term)?.[0] === CASUALTIES)) return false;
  for (const term of ctx.m.doc.terms) if (term !== null && (OUTCOMES.get(term)?.[0] === CASUALTIES || CASUALTY_NOUNS.has(term))) return false;
  return true;
}

/** Whether the question's verb tells of death or harm ("died", "were hurt") and the sentence of none. */
function casualtyActUnsaid(ctx: Ctx): boolean {
  return ctx.q.terms.some((t) => !t.isCue && t.pos === 'VERB' && OUTCOMES.get(t.term)?.[0] === CASUALTIES) && casualtiesUnsaid(ctx);
}

/** The family of outcomes in OUTCOMES that counts the dead and the hurt. */
const CASUALTIES = 0;
/** Nouns that tell of the dead and the hurt as well ("two of them badly hurt"). */
const CASUALTY_NOUNS: ReadonlySet<string> = new Set(['injury', 'casualty', 'fatality', 'victim', 'body'].map((w) => termOfWord(w)));

const GENERIC_PEOPLE = /^(?:people|persons|ppl)$/i;

/**
 * Whether a "how many" question's count says by its noun what it counts: the question names a
 * thing by more than "people" ("how many sailors", "how many towns"), or the value names a kind of
 * people ("30,000 passengers" for "how many people will ride it?"); a count of "people" for
 * "people" leaves it all to the verb ("how many people were arrested?" / "6,000 people fled").
 */
export function countsNamedThing(q: QuestionAnalysis, value: string): boolean {
  const { counted } = quantityAsked(q);
  return counted !== undefined && (!GENERIC_PEOPLE.test(counted.word) || !PEOPLE_WRITTEN.test(value));
}

/** A count written of "people" itself, not of passengers or residents. */
const PEOPLE_WRITTEN = /\b(?:people|persons)\b/i;

/** "How many people live in …?": the question's verb when it asks a population. */
const POPULATION_MEASURES: ReadonlySet<string> = new Set(['live', 'reside']);
/** Words of rounding before a count: "evacuated about 1,200 residents". */
const ROUNDING: ReadonlySet<string> = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'than', 'more', 'least', 'at']);

/** "How many people live in Tarby?" / "thousands of Selby residents": a population of another place the count names. */
function namesOtherPlace(ctx: Ctx, measures: string | undefined): boolean {
  if (measures === undefined) return false;
  for (const w of measures.split(' ')) if (UPPER_START.test(w) && !ctx.questionTerms.has(termOfWord(w.toLowerCase()))) return true;
  return false;
}

/**
 * "How many people live in Tarby?" / "Police moved about 300 residents of Tarby": a count a verb
 * acts on is of those something happened to, not the population ("Tarby, which has about 900
 * residents", "the number of residents has fallen to 900").
 */
function actedOnCount(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  // ("up to 300 residents"; not "home to 900 people".)
  while (k >= 0 && (ROUNDING.has(tokens[k].norm) || (tokens[k].norm === 'to' && tokens[k - 1]?.norm === 'up') || (tokens[k].norm === 'up' && tokens[k + 1]?.norm === 'to'))) k -= 1;
  const t = tokens[k];
  return t !== undefined && t.pos === 'VERB' && t.lemma !== 'have' && t.lemma !== 'be' && t.lemma !== 'number' && t.lemma !== 'total';
}

/**
 * "How many planes does the airline have?", "how many people work at the plant?": what a body holds,
 * no act on it. (Not "how many fires were there?", which a count of a recording act answers: "crews
 * attended 40 fires".)
 */
const HOLDING_ASKED = /\b(?:do|does|did)\b.*\bhave\b|\b(?:has|have)\b.*\bgot\b|\bwork (?:at|for|in)\b|\bemploy/i;
/** "How many shrubs do they have to plant?" asks of an act to be done, no holding. */
const OBLIGATION_ASKED = /\bhave to\b/i;

/**
 * "How many planes does the airline have?" / "it chartered four aircraft", "places for up to 800
 * workers": a count some other act was done to, or one written after a preposition of another
 * thing, is of those the act touched, not the whole the body holds ("which has 12 aircraft",
 * "employs 800 workers", "a fleet of 12 aircraft", "all 12 of its aircraft").
 */
function doneToCount(ctx: Ctx, at: number, end: number): boolean {
  const tokens = ctx.sentence.tokens;
  let k = at - 1;
  while (k >= 0 && (ROUNDING.has(tokens[k].norm) || SOFTENERS.has(tokens[k].norm) || (tokens[k].norm === 'to' && tokens[k - 1]?.norm === 'up') || (tokens[k].norm === 'up' && tokens[k + 1]?.norm === 'to'))) k -= 1;
  const t = tokens[k];
  // ("rated the 42-bed home" measures the home; "4,800 of the town's 6,100 lights" writes the whole beside its part.)
  if (t === undefined || ctx.anchors.includes(k) || hyphenMeasure(tokens, at, end) || partOfCountedWhole(tokens, at, end)) return false;
  if (t.pos === 'VERB') return !HOLDING_VERBS.has(t.lemma);
  if (!OTHER_THING_PREPOSITIONS.has(t.norm)) return false;
  const before = tokens[k - 1];
  return before !== undefined && !ctx.anchors.includes(k - 1) && !PEOPLE_GROUPS.has(before.norm) && !COLLECTIONS.has(before.lemma) && (before.pos === 'NOUN' || (before.pos === 'VERB' && !HOLDING_VERBS.has(before.lemma)));
}

/** Whether a count is a part written with the count of its whole, an owner between: "4,800 of the town's 6,100 lights". */
function partOfCountedWhole(tokens: readonly Token[], at: number, end: number): boolean {
  for (let k = at + 1; k <= end + 1 && k < tokens.length; k += 1) {
    if (tokens[k].norm !== 'of') continue;
    for (let j = k + 1; j <= k + OWNED_WHOLE_REACH && j < tokens.length; j += 1) {
      if (tokens[j].pos === 'NUM') return true;
      if (!OWNER_WORDS.has(tokens[j].pos) && !isPossessive(tokens[j])) return false;
    }
    return false;
  }
  return false;
}

/** What may stand between a part's "of" and the count of its whole: "of the town's", "of its". */
const OWNER_WORDS: ReadonlySet<string> = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'PART']);

/** Words from a part's "of" to the count of its whole: "of the town 's 6,100". */
const OWNED_WHOLE_REACH = 4;

/** Whether a count is a hyphened measure of a noun ("the 42-bed home"), which tells the whole held. */
function hyphenMeasure(tokens: readonly Token[], at: number, end: number): boolean {
  let num = at;
  while (num < end && tokens[num].pos !== 'NUM') num += 1;
  return tokens[num + 1]?.text === '-';
}

/** Words between a count and the verb or preposition it hangs on: "just 12", "an estimated 300". */
const SOFTENERS: ReadonlySet<string> = new Set(['just', 'only', 'an', 'estimated', 'a', 'the']);
/** Verbs whose object is what their subject holds, gathers or has come to: "employs 80 people", "teaches 9,000 students", "has grown to 300 members". */
const HOLDING_VERBS: ReadonlySet<string> = new Set(['have', 'be', 'number', 'total', 'employ', 'keep', 'house', 'run', 'operate', 'own', 'contain', 'hold', 'include', 'count', 'boast', 'gather', 'collect', 'record', 'reach', 'grow', 'rise', 'fall', 'drop', 'increase', 'get', 'buy', 'acquire', 'teach', 'serve']);
/** Prepositions tying a count to another thing or act: "places for 800 workers", "paint on 11 pages". */
const OTHER_THING_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'on', 'by', 'of']);
/** Nouns for a whole made of counted things, and for their holder: "a fleet of 12 aircraft", "a series of 18 pools", "a father of three". */
const COLLECTIONS: ReadonlySet<string> = new Set(['fleet', 'herd', 'flock', 'team', 'staff', 'total', 'collection', 'network', 'chain', 'group', 'force', 'roll', 'list', 'base', 'family', 'stock', 'number', 'pack', 'squad', 'crew', 'body', 'membership', 'series', 'set', 'row', 'father', 'mother', 'parent', 'grandfather', 'grandmother', 'grandparent']);

const countsSomePeople = (measures: string | undefined): boolean => measures !== undefined && measures.split(/\s+/).some((w) => countsPeople(w.toLowerCase()));

/** Those sent to answer an event, counted apart from the people it touched. */
const RESPONDERS: ReadonlySet<string> = new Set(['firefighter', 'fireman', 'rescuer', 'paramedic', 'police', 'officer', 'soldier', 'troop', 'lifeguard', 'coastguard'].map((w) => termOfWord(w)));

/** Whether a count is of responders ("240 firefighters") and the question neither names them nor asks of the dead or hurt. */
function countsResponders(ctx: Ctx, measures: string): boolean {
  const words = measures.toLowerCase().split(/[\s-]+/);
  if (!words.some((w) => RESPONDERS.has(termOfWord(w)))) return false;
  return !ctx.q.terms.some((t) => RESPONDERS.has(t.term) || OUTCOMES.get(t.term)?.[0] === CASUALTIES);
}

/** Nouns for a body of people, counted as people: "a crowd of 61,240". */
const PEOPLE_GROUPS = new Set(['crowd', 'audience', 'attendance', 'workforce', 'population', 'congregation', 'electorate', 'turnout', 'membership', 'headcount']);

/**
 * Nouns for people by their part in an outing or an event ("3,000 visitors", "three skiers"): a
 * count of them counts people, though they name no kind of person elsewhere (a "guest" is no
 * answer to "who"). Not the givers of money ("donors"), whom a crowd at the event never counts.
 */
const PEOPLE_AT_EVENTS: ReadonlySet<string> = new Set(
  `visitor guest traveller traveler commuter shopper diner rider walker rambler skier surfer bather angler
   diver rower cadet trainee apprentice villager participant entrant competitor attendee delegate mourner
   worshipper parishioner pilgrim holidaymaker onlooker bystander viewer listener`.split(/\s+/),
);

const atEvent = (word: string): boolean => PEOPLE_AT_EVENTS.has(word) || (word.endsWith('s') && PEOPLE_AT_EVENTS.has(word.slice(0, -1)));

/** Whether a count's people are named only by their part in an event ("three skiers", not "three people"). */
function namedByEvent(measures: string | undefined): boolean {
  const words = measures?.toLowerCase().split(/\s+/) ?? [];
  return words.some(atEvent) && !words.some((w) => PEOPLE_GROUPS.has(w) || isPersonNoun(w));
}

/**
 * Which group the value gives the size of: one the question writes ("a team of 12", "the
 * 14-member board" for "how many are on the team/board?"), or another where the question
 * names a group ("a band of 12" for "how many sing in the choir?").
 */
function groupSized(ctx: Ctx, at: number): 'asked' | 'other' | undefined {
  const group = groupOfSize(ctx.sentence.tokens, at);
  if (group === undefined) return undefined;
  const term = termOfWord(group.norm);
  if (ctx.questionTerms.has(term) || someRelated(ctx.questionTerms, term)) return 'asked';
  return ctx.q.tokens.some((t) => GROUP_NOUNS.has(t.lemma)) ? 'other' : undefined;
}

/** The noun whose size the value gives: a group's before "of", or any noun after "-member"/"-strong", which make it a body of people. */
function groupOfSize(tokens: readonly Token[], at: number): Token | undefined {
  const before = tokens[at - 2];
  if (tokens[at - 1]?.norm === 'of' && before !== undefined && GROUP_NOUNS.has(before.lemma)) return before;
  if (tokens[at + 1]?.text !== '-' || !SIZE_SUFFIXES.has(tokens[at + 2]?.norm ?? '')) return undefined;
  // ("a 40-strong walking group": the head ends the run of nouns and adjectives after the size.)
  let head: Token | undefined;
  for (let i = at + 3; i < tokens.length && NOMINAL.has(tokens[i].pos); i++) head = tokens[i];
  return head;
}

/** Words after a hyphened number that make the noun it qualifies a body of that many. */
const SIZE_SUFFIXES: ReadonlySet<string> = new Set(['member', 'strong']);
const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Nouns for a body of people named by what they do together. */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['team', 'crew', 'class', 'squad', 'group', 'jury', 'band', 'committee', 'choir', 'gang', 'troupe', 'cast']);

const countsPeople = (word: string): boolean => PEOPLE_GROUPS.has(word) || isPersonNoun(word) || atEvent(word);

/** How strong a partial answer is: an order of size, or an age at an event. */
const PARTIAL = 0.6;

/** Whether a name modifies the counted noun in the question ("how many Aster 8 phones"), a number of the name between. */
function namesCountedKind(q: Ctx['q'], counted: QuestionTerm | undefined): boolean {
  let k = counted === undefined ? -1 : q.terms.indexOf(counted) - 1;
  while (k >= 0 && q.terms[k].pos === 'NUM') k -= 1;
  return k >= 0 && q.terms[k].isName;
}

/**
 * Whether a count is written with another noun the question names, not the counted one: "How many
 * rooms does the Seaview hotel have?" / "one of four hotels in the town" counts hotels, the place
 * the question puts the rooms in. The count's noun ends before a word that joins another ("viewers
 * for the final"); it must be a noun the question writes past the asked phrase ("how many of the
 * city's seats" asks seats too), and no word of it the counted word, a related word or a near
 * synonym ("how many ships" / "38 container ships"). A time ("a day") is a rate, not a thing.
 */
function countsOtherNoun(ctx: Ctx, counted: QuestionTerm, measures: string): boolean {
  const all = measures.toLowerCase().split(/[\s-]+/);
  const cut = all.findIndex((w) => JOINING.has(w));
  const words = cut < 0 ? all : all.slice(0, cut);
  const head = words[words.length - 1];
  // (A count of several is written in the plural: "four family" is a misread noun.)
  if (head === undefined || !/^[a-z]{3,}s$/.test(head) || TIME_UNITS.has(head)) return false;
  const headTerm = termOfWord(head);
  if (headTerm === counted.term || !nounsPastAsked(ctx.q).has(headTerm)) return false;
  return !words.some((w) => {
    const term = termOfWord(w);
    return term === counted.term || areRelated(term, counted.term) || GENERIC_COUNTERS.test(w) || sameThing(ctx, counted.word, w);
  });
}

/**
 * "How many surgeons …?" is not answered by "2,300 operations were cancelled", nor "how many mines
 * does the firm run?" by "two mining companies": a count is of its head noun, and a head that is
 * plainly another thing than the counted one (not it, a related word or anything near it) counts
 * that thing, whatever modifier or verb it shares with the question.
 */
function strayHead(ctx: Ctx, measures: string): boolean {
  const { words: asked, terms } = askedPhrase(ctx.q);
  if (asked.length === 0) return false;
  const all = measures.toLowerCase().split(/[\s-]+/);
  const cut = all.findIndex((w) => JOINING.has(w));
  const head = (cut < 0 ? all : all.slice(0, cut)).at(-1);
  if (head === undefined || !PLURAL_WORD.test(head) || TIME_UNITS.has(head) || GENERIC_COUNTERS.test(head) || MEMBERS.test(head)) return false;
  const term = termOfWord(head);
  const id = vectorId(head);
  // ("How many councillors abstained?" / "four members", "22 abstentions": people for people, or
  // the noun of an act the question names, or a word news counts the same things by: "how many
  // surgeries?" / "19 operations".)
  if (id < 0 || terms.has(term) || asked.some((w) => countedAlike(w, head))) return false;
  // "How many surgeons …?" / "2,300 operations": a thing counted for asked people is no count of
  // them, though a word related by derivation ("surgery") joins the two; only the asked people's
  // own word may be near it ("visitors" for "tourists"). News writes people by their jobs, seats
  // or votes ("how many workers …?" / "cut 300 jobs") all the same.
  const person = countsPeople(head);
  const counted = quantityAsked(ctx.q).counted?.word.toLowerCase();
  if (!person && counted !== undefined && asked.includes(counted) && countsPeople(counted) && !PEOPLE_STAND_INS.has(head)) {
    const own = vectorId(counted);
    return own >= 0 && similarity(own, id) < STRAY_SIMILARITY;
  }
  if (someRelated(ctx.questionTerms, term) || (person && asked.some(countsPeople))) return false;
  for (const w of asked) {
    const other = vectorId(w);
    const t = termOfWord(w);
    // (A word the vectors do not know, as a misspelt one, cannot be told apart.)
    if (other < 0 || areRelated(t, term) || similarity(other, id) >= STRAY_SIMILARITY) return false;
  }
  return true;
}

/**
 * The words of the phrase "how many …" asks about, up to its verb ("how many ground stations does
 * …": "ground", "stations"), and the terms of every word of the question.
 */
function askedPhrase(q: QuestionAnalysis): AskedPhrase {
  const known = q.memo.get(ASKED_PHRASE);
  if (known) return known;
  const tokens = q.tokens;
  let k = tokens.findIndex((t) => t.norm === 'many');
  const words: string[] = [];
  if (k >= 0) for (k += 1; k < tokens.length && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX'; k += 1) if (LOWER_WORD.test(tokens[k].norm)) words.push(tokens[k].norm);
  const phrase = { words, terms: new Set(tokens.map((t) => termOfWord(t.norm))) };
  q.memo.set(ASKED_PHRASE, phrase);
  return phrase;
}

interface AskedPhrase {
  readonly words: readonly string[];
  readonly terms: ReadonlySet<string>;
}

const ASKED_PHRASE = memoKey<AskedPhrase>('the words of the phrase "how many" asks about');
const LOWER_WORD = /^[a-z]{3,}$/;
const PLURAL_WORD = /^[a-z]{3,}s$/;
const STRAY_SIMILARITY = 0.5;
/** "Four members", "three crew members": the members of whatever body the question counts people of. */
const MEMBERS = /^members$/;
/** Counts news writes for people: their jobs, their seats, their votes. */
const PEOPLE_STAND_INS: ReadonlySet<string> = new Set(['jobs', 'posts', 'positions', 'places', 'seats', 'votes', 'ballots', 'households', 'families']);

/**
 * "How many copies were printed?" is not answered by "a 96-page guide": a number joined by a
 * hyphen to a noun counts that noun (pages), and the noun after it is what the count describes.
 * ("A 30-strong crew" counts singers by no noun: left to the other tests.)
 */
function hyphenCountsOther(ctx: Ctx, counted: QuestionTerm, text: string): boolean {
  const unit = HYPHEN_UNIT.exec(text)?.[1]?.toLowerCase();
  // ("Thirty-two pupils" is one number written in two words.)
  if (unit === undefined || unit === 'strong' || NUMBER_WORD.test(unit)) return false;
  const term = termOfWord(unit);
  return term !== counted.term && !areRelated(term, counted.term) && !sameThing(ctx, counted.word, unit);
}

const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/;
const HYPHEN_UNIT = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)-([a-z]+)\b/i;

const JOINING: ReadonlySet<string> = new Set(['of', 'for', 'in', 'at', 'on', 'a', 'an', 'per', 'each', 'every', 'to', 'from', 'with', 'by']);

/** The question's nouns after the phrase "how many …" asks about, and not in it ("how many jobs will be cut at the office": "office"). */
function nounsPastAsked(q: QuestionAnalysis): ReadonlySet<string> {
  const tokens = q.tokens;
  let k = tokens.findIndex((t) => t.norm === 'many' || t.norm === 'much');
  if (k < 0) return NO_NOUNS;
  k += 1;
  const asked = new Set<string>();
  for (; k < tokens.length && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX'; k += 1) asked.add(termOfWord(tokens[k].norm));
  const nouns = new Set<string>();
  for (; k < tokens.length; k += 1) if (tokens[k].pos === 'NOUN' && !asked.has(termOfWord(tokens[k].norm))) nouns.add(termOfWord(tokens[k].norm));
  return nouns;
}

const NO_NOUNS: ReadonlySet<string> = new Set();

const GENERIC_COUNTERS = /^(?:units?|items?|pieces?)$/i;

const WORKERS: ReadonlySet<string> = new Set(['worker', 'workers', 'employee', 'employees', 'staff', 'staffers', 'jobs']);
const EMPLOYING: ReadonlySet<string> = new Set(['employ', 'hire', 'recruit']);

/** Word-vector similarity above which a counted noun and the question's noun name the same thing. */
const SAME_THING = 0.75;

/**
 * "ships" for "vessels", "people" for "residents": near synonyms by word vectors, unless the counted
 * phrase names someone the question does not ("Homs residents" when asked about Damascus).
 */
function sameThing(ctx: Ctx, asked: string, measures: string): boolean {
  const words = measures.split(/\s+/);
  if (words.some((w) => UPPER_START.test(w) && !ctx.questionTerms.has(termOfWord(w.toLowerCase())))) return false;
  // "How many phones were recalled?" / "Lumora recalled about 400,000 units": a word that counts
  // anything counts the thing asked.
  if (words.length === 1 && GENERIC_COUNTERS.test(words[0])) return true;
  // "How many people …" counts passengers, residents or soldiers alike.
  if (/^(?:people|persons)$/i.test(asked)) return words.some((w) => countsPeople(w.toLowerCase()));
  // "How many workers did the mill have?" / "… employed about 900 people": the people a verb of
  // employing counts are its workers.
  if (WORKERS.has(asked.toLowerCase()) && words.length === 1 && /^(?:people|persons)$/i.test(words[0]) && ctx.sentence.tokens.some((t) => EMPLOYING.has(t.lemma))) return true;
  if (words.some((w) => countedAlike(asked, w))) return true;
  const id = vectorId(asked.toLowerCase());
  return words.some((w) => similarity(id, vectorId(w.toLowerCase())) >= SAME_THING);
}

/**
 * Nouns by which news writing counts the same things, which word vectors keep apart: "how many
 * proposals" / "11 bids", "how many jobs" / "40 posts".
 */
const COUNTED_ALIKE: readonly (readonly string[])[] = [
  ['bid', 'proposal', 'application', 'submission'],
  ['job', 'post', 'position', 'vacancy'],
  ['passenger', 'traveller', 'traveler', 'rider', 'commuter'],
  ['operation', 'surgery', 'procedure'],
  ['sample', 'core', 'specimen'],
  ['film', 'movie'],
  ['bulb', 'corm'],
  ['guest', 'visitor'],
  ['protester', 'demonstrator'],
  ['shop', 'store', 'business'],
].map(termsOf);

/**
 * A kind and the words for its sorts ("how many sheep" / "300 ewes"): a sort counts the kind, but
 * not one sort another ("how many lambs" is not answered by "300 ewes").
 */
const SORTS_OF: readonly (readonly string[])[] = [
  ['sheep', 'ewe', 'lamb', 'ram'],
  ['cattle', 'cow', 'heifer', 'bullock', 'calf'],
  ['pig', 'sow', 'piglet', 'boar'],
].map(termsOf);

function termsOf(words: readonly string[]): readonly string[] {
  return words.map((w) => termOfWord(w));
}

function countedAlike(asked: string, written: string): boolean {
  const a = termOfWord(asked.toLowerCase());
  const w = termOfWord(written.toLowerCase());
  return a !== w && (COUNTED_ALIKE.some((group) => group.includes(a) && group.includes(w)) || SORTS_OF.some((group) => group[0] === a && group.includes(w)));
}

/**
 * Whether the counted phrase's last noun ("hens") names another thing than the asked noun
 * ("geese"), joined to it as one total ("60,000 hens and geese").
 */
function countsJointly(ctx: Ctx, counted: QuestionTerm, measures: string): boolean {
  const words = measures.split(/\s+/);
  const head = words.at(-1)?.toLowerCase() ?? '';
  // ("How many shipping lines?" / "two shipping lines": the asked noun is in the counted phrase.)
  if (!LOWER_LETTERS.test(head) || words.some((w) => termOfWord(w.toLowerCase()) === counted.term)) return false;
  const term = termOfWord(head);
  if (term === counted.term || areRelated(counted.term, term) || sameThing(ctx, counted.word, head)) return false;
  if (countsPeople(head) && countsPeople(counted.word.toLowerCase())) return false;
  // Another noun alone may still count the asked thing ("61,000 vehicles" for "how many cars"):
  // only one the asked noun is joined to ("hens and geese", "hens and young geese") makes a total.
  // (The sentence's own index terms, read as the question's were: "geese" meets "goose".)
  const tokens = ctx.sentence.tokens;
  const terms = ctx.m.doc.terms;
  const asked = (k: number): boolean => tokens[k] !== undefined && !isCapitalised(tokens[k]) && terms[k] === counted.term;
  return tokens.some((t, i) => t.norm === head && COORDINATORS.has(tokens[i + 1]?.norm ?? '') && (asked(i + 2) || asked(i + 3)));
}

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * "How long is the audit report?" / "… according to the auditors' 212-page report": a document's
 * length is told in its pages or words, written before its noun. Only the asked document's: "a
 * 40-page ruling" tells nothing of how long a hearing lasted.
 */
export function documentLength(ctx: Ctx): Extraction | null {
  for (const f of ctx.facts) {
    if (f.type !== 'quantity' || f.kind !== 'count' || f.measures === undefined) continue;
    const [unit, ...noun] = f.measures.toLowerCase().split(/\s+/);
    if (!LENGTH_COUNTS.has(unit) || !noun.some((w) => ctx.questionTerms.has(termOfWord(w)))) continue;
    const end = f.text.toLowerCase().indexOf(unit);
    return { text: end > 0 ? f.text.slice(0, end + unit.length) : f.text, type: 'count', how: 'quantity(document length)', strength: 1, tied: true };
  }
  return null;
}

/**
 * "How long are the poles they will put up?" / "poles up to 12 metres long": a question asking what
 * a thing measures reads as one of time where the thing does not end it, but a distance the
 * sentence writes with "long" after it is a length, and so the answer.
 */
export function writtenLong(ctx: Ctx): Extraction | null {
  // (Only with a clause after the thing: "how long was the delay?" asks a time, and a thing ending
  // the question is read as measured already.)
  if (!ASKS_WHAT_IS.test(ctx.q.text) || !ctx.q.tokens.slice(THING_AT).some((t) => t.pos === 'VERB')) return null;
  const found = quantity(ctx, ['distance']);
  return found !== null && found.text.endsWith(' long') ? found : null;
}

/** Where the thing starts in "how long is the …". */
const THING_AT = 4;
/** A thing after the copula, not a state it was in ("how long was the road closed?" asks a time). */
const ASKS_WHAT_IS = /^\W*how long (?:is|are|was|were) (?:the|a|an|its|their|this|that|these|those)\b(?!.*(?:ed|\bshut|\bheld|\bkept)\W*$)/i;

/**
 * "How old is the rowing club?" / "… the first woman to lead the club in its 112-year history": a
 * body's history, owned by the asked thing ("the club's", or "its" where no person is asked of), is
 * as long as the thing is old.
 */
export function historyAge(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (const f of ctx.facts) {
    if (f.type !== 'quantity' || f.kind !== 'duration' || f.measures?.toLowerCase() !== 'history') continue;
    const at = locate(ctx.sentence, f.text);
    const before = tokens[at - 1];
    if (at < 2 || before === undefined) continue;
    const owned = isPossessive(before) && ctx.questionTerms.has(ctx.m.doc.terms[at - 2] ?? '');
    const its = before.norm === 'its' && ctx.anchors.length > 0 && !ctx.q.terms.some((t) => t.isName && resolveName(ctx.kb.facts, t.word)?.kind === 'person');
    if (owned || its) return { text: f.text, type: 'age', how: HISTORY_AGE, strength: owned ? 1 : ITS_HISTORY, tied: true };
  }
  return null;
}

const ITS_HISTORY = 0.8;
/**
 * "How old is the boathouse?" / "The boathouse, which was built in 1903, …": a thing's age is told
 * as often by when it came to be as by a count of years: a year, a decade or a century written just
 * after a verb of making or opening whose clause opens on the asked thing ("built in 1903", "made
 * in the 1920s", "dates from the 12th century"), or a century set before the asked noun ("the
 * 17th-century barn").
 */
export function originAge(ctx: Ctx): Extraction | null {
  const { tokens, text } = ctx.sentence;
  for (let k = 0; k < tokens.length; k += 1) {
    const from = originTimeStart(tokens, k);
    if (from < 0) continue;
    const end = ERA_MARKS.has(tokens[k + 1]?.norm ?? '') ? k + 1 : k;
    for (let v = from - 1; v >= Math.max(0, from - ORIGIN_REACH) && !isClauseEnd(tokens[v]); v -= 1) {
      if (isOriginVerb(tokens, v)) {
        if (madeAsked(ctx, v)) return { text: text.slice(tokens[v].start, tokens[end].end), type: 'age', how: ORIGIN_AGE, strength: ORIGIN_STRENGTH, tied: true };
        break;
      }
      // ("built before 1980" bounds a time rather than giving it.)
      if (!ORIGIN_LINKS.has(tokens[v].norm)) break;
    }
    if (setBeforeAsked(ctx, from, k, end)) return { text: text.slice(tokens[from].start, tokens[k].end), type: 'age', how: ORIGIN_AGE, strength: ORIGIN_STRENGTH, tied: true };
  }
  return null;
}

/**
 * "the 17th-century barn", "its disused 1931 bus depot": a century or a year (from `from` to `k`,
 * `end` past any era mark) set before the asked noun names when that thing came to be.
 */
function setBeforeAsked(ctx: Ctx, from: number, k: number, end: number): boolean {
  const tokens = ctx.sentence.tokens;
  if (tokens[k].norm === 'century' && tokens[k - 1]?.text === '-') return ctx.questionTerms.has(ctx.m.doc.terms[end + 1] ?? '') || headAsked(ctx, end + 1);
  return k === from && modifierBefore(tokens[from - 1]) && headAsked(ctx, end + 1);
}

const MAKING_ASKED = memoKey<boolean>('whether the question asks when something was made ("when was the hall built?")');

/**
 * "When was the depot built?" / "… the town's disused 1931 depot": the year set before the asked
 * noun is when it came to be, as for "how old is the depot?" (see originAge).
 */
export function madeWhen(ctx: Ctx): Extraction | null {
  let asked = ctx.q.memo.get(MAKING_ASKED);
  if (asked === undefined) ctx.q.memo.set(MAKING_ASKED, (asked = ctx.q.tokens.some((t, i, all) => isOriginVerb(all, i))));
  if (!asked) return null;
  const { tokens, text } = ctx.sentence;
  for (let k = 0; k < tokens.length; k += 1) {
    const from = originTimeStart(tokens, k);
    if (from >= 0 && setBeforeAsked(ctx, from, k, k)) return { text: text.slice(tokens[from].start, tokens[k].end), type: 'time', how: ORIGIN_AGE, strength: ORIGIN_STRENGTH };
  }
  return null;
}

/** What may stand before a year that modifies a noun ("the 1931 depot", "its 1920s stand", "a disused 1931 depot"): not "in 1931". */
const modifierBefore = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'DET' || t.pos === 'ADJ' || isPossessive(t) || t.norm === 'its' || t.norm === 'their');

/** Whether the noun phrase from token `at` (a noun, perhaps after another or an adjective) ends on a noun the question asks of. */
function headAsked(ctx: Ctx, at: number): boolean {
  const tokens = ctx.sentence.tokens;
  let head = -1;
  for (let j = at; j < tokens.length && j < at + MODIFIED_WORDS && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'ADJ'); j += 1) if (tokens[j].pos === 'NOUN') head = j;
  return head >= 0 && ctx.questionTerms.has(ctx.m.doc.terms[head] ?? '');
}

/** How many words the noun a year or a century is set before may have ("1931 bus depot"). */
const MODIFIED_WORDS = 3;

/** How originAge tells its answer: the time the asked thing came to be. */
export const ORIGIN_AGE = 'time(origin)';
const ORIGIN_STRENGTH = 0.8;
/** Words back from the time to its verb: "was built in 1874", "dates back to the 1880s", "opened in about 1900". */
const ORIGIN_REACH = 4;
/** Verbs by which a thing comes to be (by their lemma). */
const ORIGIN_VERBS: ReadonlySet<string> = new Set(['build', 'construct', 'erect', 'found', 'establish', 'open', 'make', 'create', 'form', 'complete', 'plant', 'launch', 'dig', 'lay', 'cast', 'carve', 'install', 'manufacture', 'write', 'publish', 'paint']);
/** What may follow a year or a century: "AD", "BC". */
const ERA_MARKS: ReadonlySet<string> = new Set(['ad', 'bc', 'bce', 'ce']);
const DECADE_TOKEN = /^(?:1\d|20)\d0s$/;

/** Where a year, a decade or a century ending at token k starts ("1874", "the 1920s", "late 1st century", "17th-century"), or -1. */
function originTimeStart(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t.pos === 'NUM' || t.pos === 'NOUN') {
    if (BARE_YEAR.test(t.text) || DECADE_TOKEN.test(t.text)) return k;
  }
  if (t.norm !== 'century') return -1;
  const at = tokens[k - 1]?.text === '-' ? k - 2 : k - 1;
  const ordinal = tokens[at];
  return ordinal !== undefined && ORDINAL.test(ordinal.norm) ? at : -1;
}

/** Words between a verb of coming to be and its time: "built in 1874", "dates back to the 1880s", "opened in about 1900". */
const ORIGIN_LINKS: ReadonlySet<string> = new Set(['in', 'from', 'back', 'to', 'the', 'around', 'about', 'circa', 'c.', 'early', 'late', 'mid', 'during', 'as', 'far']);

/**
 * Whether the thing made at verb `v` is the asked one: the noun the verb's clause opens on, back
 * over its auxiliaries and a "which" or "that" ("the hall, which was built in 1874"), is the
 * question's; or the clause opens on "it". Not "the Mill Trust, which was formed in 2017" for
 * "how old is the mill?": the trust is what was formed.
 */
function madeAsked(ctx: Ctx, v: number): boolean {
  const { tokens } = ctx.sentence;
  for (let k = v - 1; k >= 0; k -= 1) {
    const t = tokens[k];
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || RELATIVE_OPENERS.has(t.norm) || t.text === ',') continue;
    if (t.norm === 'it') return true;
    return (t.pos === 'NOUN' || t.pos === 'PROPN') && ctx.questionTerms.has(ctx.m.doc.terms[k] ?? '');
  }
  return false;
}

const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'that']);

/** A verb of coming to be, or "date(s) from / back": wink may read "dates" as a noun. */
function isOriginVerb(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  if (t.lemma === 'date' || t.norm === 'dating') return ['from', 'back'].includes(tokens[v + 1]?.norm ?? '');
  return t.pos === 'VERB' && ORIGIN_VERBS.has(t.lemma);
}


/** How historyAge tells its answer: a history as long as its owner is old, whatever verb the question asks it by. */
export const HISTORY_AGE = 'quantity(history)';

/**
 * "She switched to conducting at 23", "…, at 22, the youngest champion": a bare number after "at",
 * closing its clause or set off by commas, is an age where an age is asked (a clock time has its
 * "a.m." or its minutes, a price its currency); so is one an age is raised or cut to.
 */
export function ageAt(ctx: Ctx): Extraction | null {
  const tokens = ctx.sentence.tokens;
  for (let k = 1; k < tokens.length; k += 1) {
    const t = tokens[k];
    // ("raise the pension age to 68": the number an age is set to.)
    const setTo = tokens[k - 1].norm === 'to' && tokens[k - 2]?.norm === 'age';
    if (t.pos !== 'NUM' || (tokens[k - 1].norm !== 'at' && !setTo) || !WHOLE_AGE.test(t.text)) continue;
    const value = Number.parseInt(t.text, 10);
    const next = tokens[k + 1];
    if (value < MIN_AT_AGE || value > MAX_AGE || (!setTo && next !== undefined && !isClauseEnd(next))) continue;
    return { text: t.text, type: 'age', how: 'quantity(age at)', strength: AGE_AT, tied: false };
  }
  return null;
}

const WHOLE_AGE = /^\d{1,3}$/;
/** Below this a number after "at" is more often an hour than an age. */
const MIN_AT_AGE = 13;
const MAX_AGE = 110;
const AGE_AT = 0.8;

/** What a document's length is counted in. */
const LENGTH_COUNTS: ReadonlySet<string> = new Set(['page', 'pages', 'word', 'words']);

/** "How big", "how heavy", "how hot": the kinds of quantity the adjective asks for. */
export const MEASURE_KINDS: Record<string, QuantityFact['kind'][]> = {
  // ("How big was the pumpkin?" / "weighed 812 kilograms": a weight tells a thing's size too.)
  big: ['distance', 'area', 'count', 'money', 'percent', 'other', 'weight'],
  large: ['distance', 'area', 'count', 'money', 'percent', 'other', 'weight'],
  wide: ['distance'],
  deep: ['distance'],
  high: ['distance', 'percent', 'other'],
  tall: ['distance'],
  heavy: ['weight'],
  fast: ['speed'],
  hot: ['temperature'],
  warm: ['temperature'],
  cold: ['temperature'],
  cool: ['temperature'],
  expensive: ['money'],
  strong: ['other', 'speed'],
  powerful: ['other'],
  severe: ['other', 'count'],
  // "How full are the reservoirs?": a share of their capacity.
  full: ['percent'],
  empty: ['percent'],
};

/** "What was the temperature …?", "What is its height?": the kinds of quantity the noun names. */
const MEASURE_NOUNS: Record<string, QuantityFact['kind'][]> = {
  temperature: ['temperature'],
  height: ['distance', 'other'],
  length: ['distance'],
  depth: ['distance'],
  width: ['distance'],
  weight: ['weight'],
  speed: ['speed'],
  area: ['area'],
  size: ['area', 'distance', 'count', 'other'],
  // "How much land", "how much time", "how much power": the noun names the kind of amount.
  land: ['area'],
  time: ['duration'],
  power: ['other'],
  electricity: ['other'],
  energy: ['other'],
};

/** Kinds whose unit names what they measure: "42.6C" is a temperature, whatever the sentence calls it. */
const SELF_NAMED_KINDS = new Set<QuantityFact['kind']>(['temperature', 'weight', 'speed', 'area']);

/** Measures a percentage is by its sign: "the ARIA rate" of "1.7% of the placebo group", "what majority" of "two-thirds". */
const PERCENT_MEASURES = new Set(['rate', 'majority', 'share', 'stake', 'turnout', 'proportion', 'percentage', 'premium', 'discount']);

/** Whether a quantity found by `how` says by its unit that it is the measure asked for ("the record" of "42.6C" for a temperature). */
export function unitNamesMeasure(measure: string, how: string): boolean {
  if (how === 'quantity(percent)' && PERCENT_MEASURES.has(measure)) return true;
  return (MEASURE_NOUNS[measure] ?? []).some((k) => SELF_NAMED_KINDS.has(k) && how === `quantity(${k})`);
}

/** Every kind a plain "how much" may be answered with, money aside (its own rule). */
const AMOUNT_KINDS: QuantityFact['kind'][] = ['count', 'percent', 'other', 'temperature', 'weight', 'area', 'distance', 'speed'];

/**
 * "How hot did it get?", "what was the temperature?": kinds whose unit says what they measure,
 * when the question asks for nothing else (none for "how big", which may be a count or a sum).
 */
export function selfNamedKinds(q: QuestionAnalysis): QuantityFact['kind'][] | undefined {
  if (q.wants[0] !== 'count') return undefined;
  const kinds = measureKinds(q);
  return kinds.every((k) => SELF_NAMED_KINDS.has(k)) ? kinds : undefined;
}

/** The kinds of quantity a "how big" / "how much" / "what was the temperature" question asks for. */
export function measureKinds(q: QuestionAnalysis): QuantityFact['kind'][] {
  if (q.rule === 'how-weigh') return ['weight'];
  if (q.rule === 'how-measure') {
    const adjective = /^how\s+(\w+)/i.exec(q.text)?.[1]?.toLowerCase() ?? '';
    return MEASURE_KINDS[adjective] ?? ['other', 'count'];
  }
  for (const t of q.terms) {
    const kinds = MEASURE_NOUNS[t.word.toLowerCase().replace(/s$/, '')];
    if (kinds && t.pos === 'NOUN') return kinds;
  }
  return q.intent === 'how-much' ? AMOUNT_KINDS : ['count', 'percent', 'other'];
}
