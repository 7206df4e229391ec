import type { Article, Sentence } from '../article/types.js';
import type { Token } from '../nlp/token.js';
import type { EntityKind } from './types.js';
import {
  DESCRIPTION_STOP,
  HONORIFICS,
  INSTITUTION_WORDS,
  MONTHS,
  DEICTIC_DAYS,
  ORG_AFTER,
  ORG_WORDS,
  isPersonNoun,
  isPersonWord,
  PLACE_AFTER,
  PLACE_BEFORE_OF,
  PLACE_PREPOSITIONS,
  REPORTING_VERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEEKDAYS,
} from './lexicon.js';
import { isAcronym, isPossessive, isQuoteMark, spanText, startsLower, startsUpper, touching } from './tokens.js';

/** Prepositions before where someone or something is, never before a person ("from" and "to" are before both). */
const WHERE_SOMEONE_IS: ReadonlySet<string> = new Set(['in', 'into', 'at', 'near', 'outside', 'inside', 'across', 'around', 'through', 'via', 'toward', 'towards']);

const HYPHEN_LOWER = /-\p{Ll}/u;
const SHORT_CAPITALS = /^\p{Lu}{2,8}$/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * Proper-noun chunks: the raw material of names. wink's lite model has no entity recogniser, so a
 * name is a run of capitalised tokens, joined by a few connectors ("of"/"for" inside organisation
 * names, "al-"/"bin"/"van" particles), with titles split off and evidence for its kind collected
 * from the words around it.
 */
export interface Chunk {
  sentence: number;
  /** Token range of the name itself, titles excluded: [start, end). */
  start: number;
  end: number;
  /** First token including a title written before the name. */
  outerStart: number;
  /** The name as written without titles: "Ali Mahmoud Abbas", "Hayat Tahrir al-Sham". */
  name: string;
  words: string[];
  /** The name as written with its titles: "General Ali Mahmoud Abbas". */
  text: string;
  titles: string[];
  /** Written after "the": "the Observatory". */
  definite: boolean;
  /** Evidence for the kind, from this mention's surroundings. */
  votes: Record<EntityKind, number>;
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'dos', 'das', 'st', 'st.']);
const ORG_CONNECTORS = new Set(['of', 'for', 'and', '&']);
const DEMONYM = /(?:ian|ish|ese|ean|can|ic|i)$/u;
const NOT_NAME_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PRON', 'PART', 'PUNCT', 'SYM', 'NUM', 'ADV', 'INTJ']);

// ("Saturdays", "on Tuesdays": a weekday in the plural is a habit's time, no name.)
const isWeekOrMonth = (t: Token): boolean => WEEKDAYS.has(t.norm) || (t.norm.endsWith('days') && WEEKDAYS.has(t.norm.slice(0, -1))) || (MONTHS.has(t.norm) && t.norm.length > 3 && t.norm !== 'may');

/** Pronouns only a person is referred to by. */
const PERSONAL_WORDS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);

/** Words before "May" that make it the month: "in May", "since May", "early May". */
const BEFORE_MONTH = new Set(['in', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'of', 'from', 'to', 'on', 'during', 'last', 'next', 'this', 'before', 'after']);

/** "May" is a name too (Theresa May): it is the month only where a date would stand. */
function mayIsMonth(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].norm !== 'may') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (prev !== undefined && (BEFORE_MONTH.has(prev.norm) || prev.kind === 'number')) || (next !== undefined && (next.kind === 'number' || next.norm === 'last' || next.norm === 'next' || next.norm === 'this'));
}

/** "38C", "100F": a capital letter written against its number is a unit. */
const unitLetter = (tokens: readonly Token[], i: number): boolean =>
  tokens[i].text.length === 1 && tokens[i - 1]?.kind === 'number' && tokens[i - 1].end === tokens[i].start;

/** A capitalised word that can be part of a name. */
function nameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !startsUpper(t.text)) return false;
  if (NOT_NAME_POS.has(t.pos) && !isAcronym(t.text)) return false;
  // "Pro-government", "Anti-war": a capitalised prefix on a common word is not a name.
  if (HYPHEN_LOWER.test(t.text) && !/^(?:al|el)-/u.test(t.text)) return false;
  if (t.text === 'I' || isWeekOrMonth(t)) return false;
  return true;
}

const isTitleWord = (t: Token): boolean => HONORIFICS.has(t.norm) || TITLE_HEADS.has(t.norm) || TITLE_MODIFIERS.has(t.norm);
const isTitleHead = (t: Token): boolean => HONORIFICS.has(t.norm) || TITLE_HEADS.has(t.norm);
export const isOrgWord = (word: string): boolean => ORG_WORDS.has(word.toLowerCase());

/** Is token i the first word of its sentence or of a quotation, where capitals prove nothing? */
function atClauseStart(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (isQuoteMark(tokens[k]) || tokens[k].text === '(')) k -= 1;
  return k < 0 || tokens[k].text === ':' || tokens[k].text === '.' || (isQuoteMark(tokens[i - 1]) && tokens[k].text === ',');
}

export interface ChunkOptions {
  /** Lower-cased words the article also writes in lower case: a capital at a sentence start is then no name. */
  lowercaseWords: ReadonlySet<string>;
  /** Words the article writes capitalised in mid-sentence somewhere. */
  midSentenceCapitals: ReadonlySet<string>;
}

/** Words the article writes in lower case, and words it capitalises in mid-sentence. */
export function articleCasing(article: Article): ChunkOptions {
  const lowercaseWords = new Set<string>();
  const midSentenceCapitals = new Set<string>();
  for (const s of article.sentences) {
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i];
      if (t.kind !== 'word') continue;
      if (startsLower(t.text)) lowercaseWords.add(t.norm);
      else if (!atClauseStart(tokens, i)) midSentenceCapitals.add(t.norm);
    }
  }
  return { lowercaseWords, midSentenceCapitals };
}

function emptyVotes(): Record<EntityKind, number> {
  return { person: 0, organisation: 0, place: 0, other: 0 };
}

/** Extends a name run from token `start`; returns the end (exclusive). */
function extendName(tokens: readonly Token[], start: number): number {
  let end = start + 1;
  for (;;) {
    const next = tokens[end];
    if (!next) break;
    const prev = tokens[end - 1];
    if (nameWord(next) && !isPossessive(prev)) {
      end += 1;
      continue;
    }
    // "al-Sham", "bin Salman", "van Dijk": a lower-case particle before a capitalised word.
    if (PARTICLES.has(next.norm) && startsLower(next.text)) {
      const after = tokens[end + 1];
      if (after?.text === '-' && nameWord(tokens[end + 2]) && touching(next, after) && touching(after, tokens[end + 2])) {
        end += 3;
        continue;
      }
      if (nameWord(after) && after.kind === 'word') {
        end += 2;
        continue;
      }
    }
    // "Halden & Crowe", "Holm & Brekke": an ampersand joins the names of a firm.
    if (next.text === '&' && nameWord(tokens[end + 1])) {
      end += 2;
      continue;
    }
    // A hyphen inside a name written without spaces: "Hewlett-Packard".
    if (next.text === '-' && touching(prev, next) && nameWord(tokens[end + 1]) && touching(next, tokens[end + 1])) {
      end += 2;
      continue;
    }
    // "Quillford Nurses’ Union", "the Workers' Party", "the Skarre Fishermen's Association": a plural
    // possessive inside an organisation's name, when the words after it end on an organisation word.
    const plural = ((next.text === '’' || next.text === "'") && /s$/iu.test(prev.text)) || (isPossessive(next) && IRREGULAR_PLURAL.test(prev.text));
    if (plural && touching(prev, next) && nameWord(tokens[end + 1])) {
      let k = end + 1;
      while (nameWord(tokens[k + 1])) k += 1;
      if (isOrgWord(tokens[k].text)) {
        end = k + 1;
        continue;
      }
    }
    // "St Aldric’s Children’s Hospital", "St Paul’s Cathedral": a saint's name keeps its possessive,
    // and the words after it, up to an institution word, are the same name.
    if (isPossessive(next) && touching(prev, next) && /^(?:st|saint)\.?$/iu.test(tokens[start].text)) {
      let k = end + 1;
      while (nameWord(tokens[k]) || (isPossessive(tokens[k]) && nameWord(tokens[k + 1]))) k += 1;
      if (k > end + 1 && (isOrgWord(tokens[k - 1].text) || INSTITUTION_WORDS.has(tokens[k - 1].norm))) {
        end = k;
        continue;
      }
    }
    // "Fire and Rescue Service": "and" inside a name only when what follows it ends on an organisation word.
    if (next.norm === 'and' && nameWord(tokens[end + 1])) {
      let k = end + 1;
      while (nameWord(tokens[k + 1])) k += 1;
      const before = tokens.slice(start, end);
      if (k > end + 1 && INSTITUTION_WORDS.has(tokens[k].norm) && !before.some((t) => isOrgWord(t.text))) {
        end = k + 1;
        continue;
      }
      // "the Department of Antiquities and Heritage (DAH)": the short form spells the whole name.
      if (acronymFollows(tokens, start, k)) {
        end = k + 1;
        continue;
      }
    }
    // "Observatory for Human Rights", "Bank of England": connectors only inside organisation names.
    if (ORG_CONNECTORS.has(next.norm) && next.norm !== 'and' && nameWord(tokens[end + 1])) {
      const sofar = tokens.slice(start, end);
      if (sofar.some((t) => isOrgWord(t.text)) || supportersGroup(tokens, start, end)) {
        end += 2;
        continue;
      }
      // "the Dorvik Chamber of Commerce (DCC)": the short form spells the whole name.
      let k = end + 1;
      while (nameWord(tokens[k + 1])) k += 1;
      if (acronymFollows(tokens, start, k)) {
        end = k + 1;
        continue;
      }
    }
    break;
  }
  return end;
}

/**
 * "the Friends of Tannock Meadows": a volunteer group named for what it supports. Only after "the",
 * since "Friends of Ada Moll said …" opening a sentence are her friends, not a group.
 */
const supportersGroup = (tokens: readonly Token[], start: number, end: number): boolean =>
  end === start + 1 && tokens[start].norm === 'friends' && tokens[start - 1]?.norm === 'the';

/** Whether "(ABC)" right after tokens [start, last] holds the initials of their capitalised words. */
function acronymFollows(tokens: readonly Token[], start: number, last: number): boolean {
  if (tokens[last + 1]?.text !== '(' || tokens[last + 3]?.text !== ')') return false;
  const short = tokens[last + 2].text;
  if (!SHORT_CAPITALS.test(short)) return false;
  let initials = '';
  for (let k = start; k <= last; k += 1) if (UPPER_START.test(tokens[k].text)) initials += tokens[k].text[0];
  return initials === short;
}

/** Splits leading titles off a name run: "General Ali Mahmoud Abbas" → ["General"] + name. */
function splitTitles(tokens: readonly Token[], start: number, end: number): number {
  let k = start;
  let lastHead = -1;
  while (k < end - 1 && isTitleWord(tokens[k])) {
    if (isTitleHead(tokens[k])) lastHead = k;
    k += 1;
  }
  // "Emergency Services Minister Anders Kovacic": a title head after a department's name
  // ("HTWU General Secretary Rosa Kellan": the title may run over more words; "Chief Veterinary
  // Officer Helena Brusk": past a title word too).
  for (let p = Math.max(start + 1, k); p < end - 1; p += 1) {
    if (!isTitleHead(tokens[p])) continue;
    let last = p;
    while (last + 1 < end - 1 && isTitleHead(tokens[last + 1])) last += 1;
    const rest = tokens.slice(last + 1, end);
    if (rest.some((t) => isTitleWord(t) || isOrgWord(t.text))) return start;
    lastHead = last;
    break;
  }
  if (lastHead < 0) return start;
  const coreStart = lastHead + 1;
  // "General Motors": a title word before an organisation word is part of the name.
  const core = tokens.slice(coreStart, end);
  if (core.length === 1 && isOrgWord(core[0].text)) return start;
  return coreStart;
}

/**
 * "retired teacher Ada Moll", "sheep farmer Ola Berg": a singular noun for a person right before a
 * name says what the person is, as a title does (not "the composers Ada Moll and Ola Berg"; in
 * "his wife, the illustrator Ada Moll" the whole apposition describes her).
 */
const describesOnePerson = (t: Token): boolean => t.pos === 'NOUN' && t.lemma === t.norm && isPersonNoun(t.norm);

/**
 * "Farmer Tilde Ossery said …", "Owners Nessa and Hal Quarne …": a noun for a person opening the sentence
 * before a full name says what the person is, as a title does; its capital is only its place's.
 * (A full name of two words or more must follow: "Farmer Ossery" may be a surname.)
 */
function opensOnPersonNoun(tokens: readonly Token[], start: number, end: number): boolean {
  // (Titles, "Chief Fire Officer Ann Moll", are split off as titles are.)
  if (end - start < 3 || !atClauseStart(tokens, start) || isTitleWord(tokens[start]) || !isPersonNoun(tokens[start].norm)) return false;
  return !tokens.slice(start + 1, end).some((t) => isOrgWord(t.text) || isTitleWord(t));
}

/** Lower-case titles right before a name: "chief executive Maria Lenz". */
/** How many nouns and adjectives before a title may qualify it ("regional disaster agency chief"). */
const TITLE_MODIFIER_WORDS = 3;
// ("retired teacher Ada Moll" was a teacher: a participle tells her state, not her kind of post.)
const modifiesTitle = (t: Token): boolean => t.pos === 'NOUN' || (t.pos === 'ADJ' && !t.norm.endsWith('ed')) || (t.pos === 'VERB' && t.norm.endsWith('ing'));
/** Sentence openers that are no part of a title after them: "Yesterday councillor Ann Lee said". */
const TIME_OPENERS: ReadonlySet<string> = new Set([...DEICTIC_DAYS.keys(), 'now', 'then', 'meanwhile', 'later', 'earlier']);

function titleBefore(tokens: readonly Token[], start: number): number {
  let k = start - 1;
  // "Governor Elsbeth Varano said …": a title opening the sentence is capitalised like a name.
  if (k === 0 && isTitleHead(tokens[0])) return 0;
  if (k < 0 || !(isTitleHead(tokens[k]) || (describesOnePerson(tokens[k]) && !(tokens[k - 1]?.pos === 'DET' && tokens[k - 2]?.text === ','))) || !startsLower(tokens[k].text)) return start;
  while (k - 1 >= 0 && startsLower(tokens[k - 1].text) && isTitleWord(tokens[k - 1])) k -= 1;
  // "festival director Owen Tallis", "police chief Anna Berg", "disaster agency chief", "technical
  // director", "shipping tycoon": nouns and adjectives before the title say of what and which.
  for (let n = 0; n < TITLE_MODIFIER_WORDS && k - 1 >= 0 && startsLower(tokens[k - 1].text) && modifiesTitle(tokens[k - 1]); n += 1) k -= 1;
  // "Chief executive Sofie Hallander …", "Race director Ann Moll …", "Coastguard spokeswoman …":
  // the word opening the sentence before the title belongs to it, whatever its capital makes it.
  if (k === 1 && (isTitleWord(tokens[0]) || (startsUpper(tokens[0].text) && tokens[0].pos !== 'DET' && tokens[0].pos !== 'PRON' && !TIME_OPENERS.has(tokens[0].norm)))) k = 0;
  return k;
}

const DEMONYM_ENDINGS = ['n', 'an', 'ian', 'ese', 'i', 'ish'];
const PLACE_ENDINGS = ['', 'a', 'y', 'ia'];

/**
 * Whether a capitalised word is the demonym of a place the article writes elsewhere ("Kenyan" of
 * "Kenya", "Italian" of "Italy"): a word the article itself proves is no first name.
 */
function demonymOfNamedPlace(t: Token, options: ChunkOptions): boolean {
  if (!startsUpper(t.text) || t.kind !== 'word') return false;
  for (const ending of DEMONYM_ENDINGS) {
    if (!t.norm.endsWith(ending) || t.norm.length - ending.length < 3) continue;
    const stem = t.norm.slice(0, -ending.length);
    for (const place of PLACE_ENDINGS) if (stem + place !== t.norm && options.midSentenceCapitals.has(stem + place)) return true;
  }
  return false;
}

function isDemonymModifier(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const t = tokens[start];
  if (!DEMONYM.test(t.text) || isAcronym(t.text)) return false;
  const next = tokens[end];
  if (!next) return false;
  if (next.text === '-' || next.pos === 'NOUN' || next.pos === 'ADJ' || (next.pos === 'VERB' && next.norm.endsWith('ing'))) return startsLower(next.text) || next.text === '-';
  if (next.norm === 'and' || next.norm === 'or' || next.text === ',') {
    const other = tokens[end + 1];
    const after = tokens[end + 2];
    return !!other && DEMONYM.test(other.text) && startsUpper(other.text) && !!after && startsLower(after.text) && (after.pos === 'NOUN' || after.pos === 'ADJ');
  }
  return false;
}

/** Last words of a name that say it names a place. */
const GEOGRAPHIC_HEADS = new Set(['sea', 'ocean', 'river', 'lake', 'bay', 'gulf', 'strait', 'straits', 'channel', 'island', 'islands', 'peninsula', 'valley', 'mountains', 'hills', 'range', 'desert', 'forest', 'coast', 'glacier', 'gorge', 'canyon', 'delta', 'estuary', 'fjord', 'plateau', 'cove', 'harbour', 'harbor', 'fen', 'fens', 'heath', 'moors', 'downs', 'wolds', 'marshes', 'falls', 'beach', 'sands', 'cliffs', 'reservoir', 'loch', 'firth', 'creek', 'headland', 'dunes', 'wetlands']);

/** Geographic words written before a name: "Mount Kaldrun", "Lake Vessa", "the River Calder", "Cape Lirra". */
const GEOGRAPHIC_OPENERS: ReadonlySet<string> = new Set(['mount', 'lake', 'river', 'cape']);

/** "…, he said" / "…, she told reporters": a pronoun opening a speech tag after a comma. */
const speechTag = (tokens: readonly Token[], k: number): boolean =>
  tokens[k - 1]?.text === ',' && tokens[k + 1]?.pos === 'VERB' && REPORTING_VERBS.has(tokens[k + 1].lemma);

/** Plurals that take "'s": "Fishermen's", "Women's", "Children's", "People's" (not a name ending so: "Carmen's"). */
const IRREGULAR_PLURAL = /^(?:(?:wo|fisher|fire|police|service|work|sea|trades|crafts|chair|business|sports|clergy|gentle)?men|children|people)$/iu;

/** One or more initials: "C.", "C.R.", "J.K.". */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
/** Initials that stand for a country or a union of them. */
const PLACE_INITIALS: ReadonlySet<string> = new Set(['U.S.', 'U.K.', 'E.U.', 'U.N.', 'U.A.E.', 'U.S.A.']);

function voteKind(sentence: Sentence, start: number, end: number, outerStart: number, titles: string[], words: string[]): Record<EntityKind, number> {
  const tokens = sentence.tokens;
  const votes = emptyVotes();
  const lowerWords = words.map((w) => w.toLowerCase());
  if (titles.length > 0) votes.person += 3;
  if (lowerWords.some((w) => ORG_WORDS.has(w))) votes.organisation += 3;
  if (words.length === 1 && isAcronym(words[0])) votes.organisation += 2;
  // "Halden & Crowe": partners' names joined by an ampersand are a firm's.
  if (words.includes('&')) votes.organisation += 3;
  if (supportersGroup(tokens, start, start + 1) && words.length > 1) votes.organisation += 3;
  // "C.R. Alder Wright", "J. K. Rowling": initials before a surname are a person's.
  // ("U.K. Treasury", "U.S. Army": a country's initials are no person's.)
  if (words.length > 1 && INITIALS.test(words[0]) && !PLACE_INITIALS.has(words[0].toUpperCase()) && !INITIALS.test(words[words.length - 1])) votes.person += 3;
  // "Karvan Sea", "Tallis River", "Mount Kaldrun", "the River Calder", "Cape Lirra": a geographic word in the name makes it a place.
  if (words.length > 1 && (GEOGRAPHIC_HEADS.has(lowerWords[lowerWords.length - 1]) || GEOGRAPHIC_OPENERS.has(lowerWords[0]))) votes.place += 3;
  const after = tokens[end];
  const before = tokens[outerStart - 1];
  if (after && startsLower(after.text)) {
    if (PLACE_AFTER.has(after.norm)) votes.place += 2;
    if (ORG_AFTER.has(after.norm)) votes.organisation += 2;
  }
  if (before && startsLower(before.text) && ORG_AFTER.has(before.norm)) votes.organisation += 2;
  // "the city of Hama", "the outskirts of Aleppo".
  if (before?.norm === 'of' && tokens[outerStart - 2] && PLACE_BEFORE_OF.has(tokens[outerStart - 2].norm)) votes.place += 2;
  if (before && PLACE_PREPOSITIONS.has(before.norm)) votes.place += 0.5;
  // "Britain-based", "London-based": only places are bases.
  if (after?.text === '-' && tokens[end + 1]?.norm === 'based') votes.place += 2;
  // Someone who says something: "X said", "said X", "X told".
  // "Her coach, the veteran grandmaster Anton Selisk, said": the name closes an apposition.
  let k = after?.text === ',' && tokens[end + 1]?.pos === 'VERB' ? end + 1 : end;
  while (tokens[k] && tokens[k].pos === 'AUX') k += 1;
  const saidAfter = tokens[k] && tokens[k].pos === 'VERB' && REPORTING_VERBS.has(tokens[k].lemma);
  const saidBefore = before && before.pos === 'VERB' && REPORTING_VERBS.has(before.lemma) && !isPossessive(after);
  // Companies say things too: "Norrvik said" only hints at a person when the name has a given name,
  // and "Norrvik said it …" speaks of itself as a thing.
  if ((saidAfter || saidBefore) && words.length > 1) votes.person += 1;
  if (saidAfter && tokens[k + 1]?.norm === 'it') votes.organisation += 1;
  // "X, an analyst at Y," / "the chief executive, X,": an apposition naming an office or a company.
  if (after?.text === ',') {
    // (A verb ends it: "Born in … Lindvik, Varga-Holm trained as a violinist" is a clause.)
    // (So does a clause's opener: "Delmore, where a driver found her" describes no Delmore.)
    for (let k = end + 1; k < tokens.length && k <= end + 8 && tokens[k].text !== ',' && tokens[k].pos !== 'VERB' && !DESCRIPTION_STOP.has(tokens[k].norm); k += 1) {
      if (startsLower(tokens[k].text) && tokens[k].pos === 'NOUN' && isPersonWord(tokens[k].norm)) votes.person += 2;
      // The apposition's head says most ("Telvanta, the country's largest telecoms operator,").
      if (startsLower(tokens[k].text) && (ORG_AFTER.has(tokens[k].norm) || ORG_AFTER.has(tokens[k].lemma))) votes.organisation += tokens[k + 1]?.text === ',' ? 2 : 1;
    }
  }
  // "the landscape artist Ottilie Vassen": a person noun written right before the name.
  if (before && startsLower(before.text) && before.pos === 'NOUN' && isPersonWord(before.norm)) votes.person += 2;
  if (before?.text === ',' && tokens[outerStart - 2]) {
    const head = tokens[outerStart - 2];
    // ("his wife, Anna Berg": a noun for any person too; "the farm's owners, Ana and Luis Pardo" in the plural.)
    if (isPersonNoun(head.norm)) votes.person += 2;
    // ("the firm, Norrvik," but not "the chair of Tarby Town Council, Ann Roe,": a head written
    // capitalised ends another name, and says nothing of this one.)
    if (ORG_AFTER.has(head.norm) && startsLower(head.text)) votes.organisation += 2;
  }
  // "Colin Varga had been using his phone": a personal pronoun soon after, in the same clause.
  // ("… to visit her aunt in Dorrick, whom she …": the pronoun is of someone else where the name
  // is where someone is.)
  const placed = before !== undefined && WHERE_SOMEONE_IS.has(before.norm);
  for (let k = end; k < tokens.length && k <= end + 8 && !placed; k += 1) {
    const t = tokens[k];
    // "… anywhere in Europe,” she said": the pronoun is the speaker's, outside the quotation.
    if (t.text === '.' || t.text === ';' || isQuoteMark(t) || (startsUpper(t.text) && t.pos === 'PROPN')) break;
    // "… a Nordair return ticket, he said": a speech tag's pronoun is the speaker's.
    if (PERSONAL_WORDS.has(t.norm) && t.pos === 'PRON' && !speechTag(tokens, k)) {
      votes.person += 1.5;
      break;
    }
  }
  // "Ilze Ozols, who runs the farm": a relative "who" stands for a person, after a full name
  // (British English writes it of a team too: "Olvenna, who have not won a trophy since 2006").
  if (after?.text === ',' && tokens[end + 1]?.norm === 'who' && words.length > 1) votes.person += 2;
  // "X, 54, said" / "… founded by Oskar Brenneke, 76.": an age after a name.
  if (after?.text === ',' && tokens[end + 1]?.kind === 'number' && (tokens[end + 2]?.text === ',' || tokens[end + 2]?.text === '.' || tokens[end + 2] === undefined)) votes.person += 2;
  return votes;
}

/** The proper-noun chunks of one sentence, in order. */
export function sentenceChunks(sentence: Sentence, options: ChunkOptions): Chunk[] {
  const tokens = sentence.tokens;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord(tokens[i]) || mayIsMonth(tokens, i) || unitLetter(tokens, i)) {
      i += 1;
      continue;
    }
    let start = i;
    const end = extendName(tokens, start);
    i = end;
    if (atClauseStart(tokens, start)) {
      // A capital at a sentence start proves nothing: keep the word only when the article
      // capitalises it elsewhere and never writes it in lower case.
      const first = tokens[start];
      const knownName = first.pos === 'PROPN' || isTitleWord(first);
      const lowerElsewhere = options.lowercaseWords.has(first.norm);
      const capitalElsewhere = options.midSentenceCapitals.has(first.norm);
      // "Deputy Mayor Irina Solvak": a title of two capitalised words is a title, wherever else "deputy" is written
      // ("Industry Minister Petra Vollan", "Detective Chief Inspector Rowan Falkner": so is a word before one).
      const titleRun = start + 1 < end && isTitleWord(tokens[start + 1]) && (isTitleWord(first) || isTitleHead(tokens[start + 1]) || tokens.slice(start + 2, end - 1).some(isTitleHead));
      const keep = titleRun || (!lowerElsewhere && (capitalElsewhere || (knownName && end - start > 1)));
      if (!keep) start += 1;
      while (start < end && !nameWord(tokens[start])) start += 1;
      if (start >= end) continue;
    }
    // "Dorvish Maja Orrabel": a demonym of a place the article names says where she is from. (Not
    // in "Dorvish Railways" or "the Dorvish Space Agency": there it is part of a firm's name.)
    if (end - start > 2 && demonymOfNamedPlace(tokens[start], options) && !tokens.slice(start + 1, end).some((t) => isOrgWord(t.text) || INSTITUTION_WORDS.has(t.norm))) start += 1;
    let coreStart = splitTitles(tokens, start, end);
    if (opensOnPersonNoun(tokens, start, end)) {
      // "Owners Nessa and Hal Quarne": a plural describes them all, and is no title of the first.
      coreStart = start + 1;
      if (!isPersonWord(tokens[start].norm)) start = coreStart;
    }
    if (coreStart >= end) continue;
    if (isDemonymModifier(tokens, coreStart, end) && coreStart === start) continue;
    const outerStart = coreStart === start ? titleBefore(tokens, start) : start;
    const titles: string[] = [];
    if (outerStart < coreStart) titles.push(spanText(sentence, outerStart, coreStart - 1));
    const name = spanText(sentence, coreStart, end - 1);
    const words = name.split(/\s+/);
    chunks.push({
      sentence: sentence.index,
      start: coreStart,
      end,
      outerStart,
      name,
      words,
      text: spanText(sentence, outerStart, end - 1),
      titles,
      definite: tokens[outerStart - 1]?.norm === 'the',
      votes: voteKind(sentence, coreStart, end, outerStart, titles, words),
    });
  }
  return chunks;
}

/** Every chunk of the article, sentence by sentence. */
export function articleChunks(article: Article): Chunk[][] {
  const casing = articleCasing(article);
  return article.sentences.map((s) => sentenceChunks(s, casing));
}
