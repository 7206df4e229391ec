import winkNLP, { type Document, type ModelAddons, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { tokenStrings } from './intern.js';
import type { TermMemo, Token } from './token.js';

/**
 * wink-nlp adds every token it has not seen to its model's lexicon and never forgets it, so a
 * long-running bot fed new words grows without bound. The lexicon lives in the core model object
 * that `model.core()` builds afresh (a deep copy) for each instance, so dropping the instance
 * frees it: past `maxNewLexemes` learnt words, the next read swaps in a new instance. Nothing
 * wink-specific (token ids, `its` values) outlives a read: everything leaving this module is a
 * plain string, so answers do not depend on which instance read the text.
 */
export const DEFAULT_MAX_NEW_LEXEMES = 50_000;

/** The part of wink's core model read here; wink types the core model as `unknown`. */
interface CoreModel {
  features: { lexeme: { list: unknown[]; hash: Record<string, number | undefined> } };
}

interface Instance {
  nlp: WinkMethods;
  /** The instance's own pipe flags, which each read consults (see readUnsplit); undefined where wink keeps none we know. */
  pipe: PipeFlags | undefined;
  /** The model's add-ons the instance calls (`its.lemma` needs them). */
  addons: ModelAddons;
  /** What the instance has read of each word, by its lexeme id (ids are the instance's own). */
  lexemes: Map<number, Lexeme[]>;
  /** Lexemes in the model when it was loaded (the built-in vocabulary). */
  intrinsic: number;
  lexicon: unknown[];
  /** The lexicon's index by text, which wink's tokenizer consults before splitting a run of characters. */
  lexiconIndex: Record<string, number | undefined>;
}

/**
 * The model's custom-entity loader re-assigns `JSON.stringify(machines)` to its own module variable
 * on every call, so each new instance stringifies the previous string again: about 16 MB more per
 * instance, kept for good. Loaded once here, its result is handed to every instance.
 */
const cerMetaModel: unknown = (model.metaCER as unknown as () => unknown)();

const PIPE = ['sbd', 'pos'];

/**
 * wink's raw document data (which wink types as `unknown`), as far as it is read here: how many
 * tokens it has, and each sentence as `[first, last, …]` token indexes.
 */
interface RawDoc {
  numOfTokens: number;
  sentences: Array<[number, number, ...number[]]>;
  /** The pipe of the instance that read it: the very object its reads consult, not a copy. */
  currPipe: PipeFlags;
}

/** The steps of wink's pipe that are on, by name; wink reads the flags afresh at each readDoc. */
interface PipeFlags {
  sbd?: boolean;
}

/**
 * `doc.out(its.readabilityStats)` hands the raw document data to the model's readability add-on,
 * and only there does wink let it out. The engine computes no readability: the add-on returns the
 * data, so a read is turned into tokens by calling the `its` helpers directly, one pass over the
 * tokens, instead of one `tokens().out(its.x)` pass (and array) per property.
 */
const rawDocAddon = (rdd: unknown): unknown => rdd;

function createInstance(): Instance {
  let core: CoreModel | undefined;
  const addons: ModelAddons = { ...model.addons, readabilityStats: rawDocAddon };
  const tracked = {
    ...model,
    addons,
    // wink's `Model` typings declare the loaders as opaque values; at run time they are functions.
    core: () => {
      core = (model.core as unknown as () => CoreModel)();
      return core;
    },
    metaCER: () => cerMetaModel,
  } as unknown as typeof model;
  // Only sentence boundaries and POS tags (lemmas come from them): the engine uses none of wink's
  // negation, sentiment or entity recognisers, and skipping them makes every read cheaper.
  const nlp = winkNLP(tracked, PIPE);
  if (!core) throw new Error('wink-nlp did not load its core model');
  const { currPipe } = nlp.readDoc('').out(nlp.its.readabilityStats) as unknown as RawDoc;
  // The flags are wink's internals: a version that keeps them elsewhere reads every text split.
  const pipe = typeof currPipe === 'object' && currPipe !== null && currPipe.sbd === true ? currPipe : undefined;
  return { nlp, pipe, addons, lexemes: new Map(), intrinsic: core.features.lexeme.list.length, lexicon: core.features.lexeme.list, lexiconIndex: core.features.lexeme.hash };
}

let current = createInstance();
let maxNewLexemes = DEFAULT_MAX_NEW_LEXEMES;
let renewals = 0;

const learnt = (): number => current.lexicon.length - current.intrinsic;

/** Checked before each read, never during one: a document is always read by a single instance. */
function instance(): Instance {
  if (learnt() > maxNewLexemes) {
    current = createInstance();
    renewals += 1;
  }
  return current;
}

export interface TokenCacheStats {
  /** Words the current instance has learnt beyond its model's vocabulary. */
  learnt: number;
  /** How many times a fresh instance replaced a grown one. */
  renewals: number;
  maxNewLexemes: number;
}

export const tokenCacheStats = (): TokenCacheStats => ({ learnt: learnt(), renewals, maxNewLexemes });

/** Sets the bound (tests use a small one); takes effect at the next read. */
export function setTokenCacheLimit(max: number): void {
  if (Number.isNaN(max) || max < 0) throw new RangeError('the token cache limit must be a number of words, 0 or more');
  maxNewLexemes = max;
}

/**
 * The process's wink-nlp, for the few callers that read documents themselves. Each `readDoc` goes
 * to the current instance; `its` and `as` are the library's shared helpers, the same for all.
 */
export const nlp: WinkMethods = {
  readDoc: (text: string): Document => {
    // (A document is read whole by readDoc: what it learnt can leave the index at once.)
    const reader = instance();
    const known = reader.lexicon.length;
    const doc = reader.nlp.readDoc(text);
    forgetJoinedRuns(reader, known);
    return doc;
  },
  learnCustomEntities: () => {
    // Custom entities would be lost when the instance is renewed; nothing in the engine uses them.
    throw new Error('learnCustomEntities is not supported: the wink instance is renewed to bound its memory');
  },
  vectorOf: (word: string) => instance().nlp.vectorOf(word),
  its: current.nlp.its,
  as: current.nlp.as,
};
const its = nlp.its;

export interface TokenizedSentence {
  /** Offsets of the sentence inside the text that was read. */
  start: number;
  end: number;
  tokens: Token[];
}

/**
 * wink's strings are its lexicon's, shared by every token of the word; lower-casing a capitalised
 * one makes a new string on every read, so those are interned.
 */
function lowerShared(s: string): string {
  const lower = s.toLowerCase();
  return lower === s ? s : tokenStrings.intern(lower);
}

/**
 * A word as wink reads it under one tag: its lexicon's properties and its lemma under that tag.
 * The lemma depends on nothing but the word and the tag (wink's lemmatiser tests its candidates
 * against the model's built-in vocabulary, which reads never change). Shared by every token of the
 * word and tag, and never changed: a token is its lexeme and its place.
 */
interface Lexeme extends TermMemo {
  readonly text: string;
  readonly kind: string;
  readonly norm: string;
  readonly stop: boolean;
  readonly pos: string;
  readonly lemma: string;
  /** An article token of this word by its start, for a word of the kind shared (see shareTokens); set in every lexeme, so all have one shape. */
  shared: ReadToken[] | undefined;
}

/**
 * Bounded like the other per-word caches: past it, the table starts again. An instance is renewed
 * once it has learnt maxNewLexemes words, so the table holds at most the model's own words (some
 * 88,000) and those; the bound is above that. At 20,000 it started again every few hundred
 * articles, and every token read after held a new copy of its word (at 10,000 articles, 582,000
 * lexemes for 29,000 words) that also shared no tokens with the copies before.
 */
const LEXEMES_LIMIT = 150_000;

/** Token i's word, as a Lexeme; `pos` is its tag here. */
function lexemeAt(rdd: RawDoc, i: number, pos: string, addons: ModelAddons): Lexeme {
  const norm = lowerShared(its.normal(i, rdd));
  return {
    text: its.value(i, rdd),
    kind: its.type(i, rdd),
    norm,
    stop: its.stopWordFlag(i, rdd),
    pos,
    lemma: withSilentE(norm, lowerShared(its.lemma(i, rdd, addons))),
    term: undefined,
    shared: undefined,
  };
}

/**
 * wink strips "-ed" and "-ing" down to any word it knows: "fined" and "fining" become "fin",
 * "stared" "star", "dined" "din", so "was fined 4 million" never met "the fine". A word of one
 * short syllable doubles its last letter before those endings ("finned", "starred"), so one
 * written without the double had an "e" that the ending took.
 */
function withSilentE(norm: string, lemma: string): string {
  if (!SHORT_SYLLABLE.test(lemma) || (norm !== `${lemma}ed` && norm !== `${lemma}ing`)) return lemma;
  return tokenStrings.intern(`${lemma}e`);
}

/** One vowel closed by one consonant that doubles (not w, x or y), after any consonants: "fin", "star", "tap". */
const SHORT_SYLLABLE = /^[^aeiouy]*[aeiouy][bcdfghjklmnpqrstvz]$/;

/**
 * The word of token i under its tag. A contraction's part ("n't" of "didn't") takes its normal
 * form and lemma from the token, not the word, so it is read afresh; any other word's properties
 * are wink's lexicon's, read once per instance and tag (the lexicon lookups were most of the cost
 * of a question's read). A word mostly keeps its tag: most ids have one lexeme.
 */
function wordAt(reader: Instance, rdd: RawDoc, i: number, pos: string): Lexeme {
  if (its.contractionFlag(i, rdd)) return lexemeAt(rdd, i, pos, reader.addons);
  const id = its.uniqueId(i, rdd);
  const tagged = reader.lexemes.get(id);
  if (tagged) for (const lexeme of tagged) if (lexeme.pos === pos) return lexeme;
  const lexeme = lexemeAt(rdd, i, pos, reader.addons);
  if (tagged) tagged.push(lexeme);
  else {
    if (reader.lexemes.size >= LEXEMES_LIMIT) reader.lexemes.clear();
    // A one-element literal: an array given its first element by push holds seventeen slots.
    reader.lexemes.set(id, [lexeme]);
  }
  return lexeme;
}

/** Tags an acronym may keep: wink reads "CAN" (Clean Air Nordland) as the verb, "WHO" as the pronoun. */
const NAME_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'NUM', 'ADJ', 'PUNCT', 'SYM', 'X', 'SPACE']);

const ALL_CAPITALS = /^\p{Lu}+$/u;

/**
 * Two to six capitals and nothing else: "CAN", "WHO", "US". (Asked of most words of every question:
 * one opening on a lower-case ASCII letter is none, without the Unicode pattern.)
 */
const isShouted = (text: string): boolean => text.length >= 2 && text.length <= 6 && !startsLowerAscii(text) && ALL_CAPITALS.test(text);

const startsLowerAscii = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c >= 97 && c <= 122;
};

/** Whether token i has a lower-case letter: a word in capitals among lower-case words is an acronym, one in a line of capitals is shouting. */
function hasLowerCase(rdd: RawDoc, i: number): boolean {
  if (i < 0 || i >= rdd.numOfTokens) return false;
  const value = its.value(i, rdd);
  return value !== value.toUpperCase();
}

/** The word of token i read as an acronym: a proper noun, its own lemma, and no stop word, whatever the same letters mean in lower case. */
function acronymAt(reader: Instance, rdd: RawDoc, i: number, word: Lexeme): Lexeme {
  // "CAN'T": a contraction's part is no acronym.
  if (its.contractionFlag(i, rdd)) return word;
  const tagged = reader.lexemes.get(its.uniqueId(i, rdd));
  const known = tagged?.find((lexeme) => lexeme.pos === ACRONYM_TAG && !lexeme.stop);
  if (known) return known;
  const lexeme: Lexeme = { text: word.text, kind: word.kind, norm: word.norm, stop: false, pos: ACRONYM_TAG, lemma: word.norm, term: undefined, shared: undefined };
  tagged?.push(lexeme);
  return lexeme;
}

const ACRONYM_TAG = 'PROPN';

/**
 * Tokens are made by a constructor, not an object literal. V8 decides for each literal in the code
 * whether the objects it makes start in the old generation, from how many of them a collection
 * finds alive: an article's tokens live as long as its knowledge base, so in some runs the
 * decision came out "old", and every question's tokens then went to the old generation, to be
 * collected only by a full collection. In those runs, tokens made by `new` stayed young.
 */
class ReadToken implements Token {
  constructor(
    private readonly lexeme: Lexeme,
    public readonly start: number,
  ) {}

  // An article's tokens live as long as its knowledge base: a token holds its word's shared
  // lexeme and its start (two fields, not eight), which at 10,000 articles is some 200 MB. Its
  // end is where its text ends, so it is not kept (a field more was 8 bytes a token).
  get end(): number {
    return this.start + this.lexeme.text.length;
  }
  get text(): string {
    return this.lexeme.text;
  }
  get norm(): string {
    return this.lexeme.norm;
  }
  get lemma(): string {
    return this.lexeme.lemma;
  }
  get pos(): string {
    return this.lexeme.pos;
  }
  get stop(): boolean {
    return this.lexeme.stop;
  }
  get kind(): string {
    return this.lexeme.kind;
  }
  // The term depends on nothing but the word's properties above.
  get memo(): TermMemo {
    return this.lexeme;
  }

  /** The token of this word at this start that the knowledge base already holds, if it is of a kind shared. */
  shared(): ReadToken {
    const { lexeme, start } = this;
    if ((!lexeme.stop && lexeme.kind !== 'punctuation') || start >= SHARED_REACH) return this;
    return ((lexeme.shared ??= [])[start] ??= this);
  }
}

/** Starts past this are not shared, so that each word's table stays a short dense array. */
const SHARED_REACH = 1024;

/**
 * An article's tokens, each replaced by an equal one the knowledge base already holds where there
 * is one: a token is nothing but its word and its start, and half of an archive's tokens are stop
 * words and punctuation at the few starts a sentence has, so most of those are the same values again
 * (at 1,000 articles, 270,000 of them were 62,000 values). Only words of those kinds are shared: a
 * table for every word would cost more than it saves. Called once a token's start is final;
 * nothing changes a token after.
 */
export function shareTokens(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t instanceof ReadToken) tokens[i] = t.shared();
  }
  return tokens;
}

/**
 * "printed on the back of the label", "in the south of the country": wink tags a word between an
 * article and "of" as an adverb or a preposition, but there it can only be a noun.
 */
function nounAfterArticle(rdd: RawDoc, i: number, pos: string, previous: string): boolean {
  return (pos === 'ADV' || pos === 'ADP') && previous === 'DET' && i + 1 < rdd.numOfTokens && its.normal(i + 1, rdd) === 'of' && ARTICLES.has(its.normal(i - 1, rdd));
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** wink keeps "I'm" whole (it splits "I'd") and tags it a proper noun: it is the speaker, a pronoun, never a name. */
const I_AM = /^I['’]m$/;

/** Every token of a read, pushed on `into`; spaces and line breaks never reach a sentence: they get no Token at all (null here). */
function readRawTokens(reader: Instance, rdd: RawDoc, into: Array<Token | null>): void {
  let offset = 0;
  let previous = '';
  for (let i = 0; i < rdd.numOfTokens; i += 1) {
    offset += its.precedingSpaces(i, rdd).length;
    const tagged = its.pos(i, rdd);
    const pos = nounAfterArticle(rdd, i, tagged, previous) ? 'NOUN' : tagged === 'PROPN' && I_AM.test(its.value(i, rdd)) ? 'PRON' : tagged;
    previous = tagged;
    let word = wordAt(reader, rdd, i, pos);
    if (!NAME_TAGS.has(pos) && isShouted(word.text) && (hasLowerCase(rdd, i - 1) || hasLowerCase(rdd, i + 1))) word = acronymAt(reader, rdd, i, word);
    into.push(word.kind === 'tabCRLF' || pos === 'SPACE' ? null : new ReadToken(word, offset));
    offset += word.text.length;
  }
}

/**
 * Reads a text with the current instance: its raw data, and its tokens pushed on `into` (see
 * readRawTokens). Unsplit, the text is read as one sentence.
 */
function read(text: string, into: Array<Token | null>, split = true): RawDoc {
  const reader = instance();
  const known = reader.lexicon.length;
  const rdd = split ? readRaw(reader, text) : readUnsplit(reader, text);
  readRawTokens(reader, rdd, into);
  forgetJoinedRuns(reader, known);
  return rdd;
}

/**
 * wink's tokenizer keeps a run of characters whole when its lexicon holds it, and it learns the
 * runs it reads: once one text had "Women's" (and so its normal, "women's") whole, every later
 * "women's race" was read as one token, with other tags around it, where a first read gives
 * "women" and "'s". So how an article was read hung on what the process had read before. A learnt
 * run of letters joined by anything but letters and digits ("women's", "co-op") is dropped from the
 * index (its entry stays, so no token's id changes): each later text is split as the first was.
 * (Runs of digits and signs, "21,000" or "2:19:44", are read whole either way.)
 */
function forgetJoinedRuns(reader: Instance, from: number): void {
  for (let k = from; k < reader.lexicon.length; k += 1) {
    const text = reader.lexicon[k];
    if (typeof text === 'string' && JOINED_RUN.test(text) && HAS_LETTER.test(text) && reader.lexiconIndex[text] === k) delete reader.lexiconIndex[text];
  }
}

const JOINED_RUN = /[^\p{L}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;

const readRaw = (reader: Instance, text: string): RawDoc => reader.nlp.readDoc(text).out(its.readabilityStats) as unknown as RawDoc;

/**
 * A read without sentence boundaries, for a text whose sentences are joined anyway. Finding them
 * was a sixth of a question's read, and changes no token: wink's sentence step only lists where
 * sentences end (its tagger reads all the tokens as one run either way). The step is off for this
 * one read alone.
 */
function readUnsplit(reader: Instance, text: string): RawDoc {
  const { pipe } = reader;
  if (!pipe) return readRaw(reader, text);
  pipe.sbd = false;
  try {
    return readRaw(reader, text);
  } finally {
    pipe.sbd = true;
  }
}

/**
 * Reads a text into sentences of tokens with character offsets. wink's output is lossless
 * (preceding spaces + values rebuild the text), which is what makes the offsets exact.
 */
export function readSentences(text: string): TokenizedSentence[] {
  const all: Array<Token | null> = [];
  const rdd = read(text, all);
  const sentences: TokenizedSentence[] = [];
  for (const [first, last] of rdd.sentences) {
    // Sized exactly: arrays grown by push keep spare capacity, and articles keep these for good.
    let count = 0;
    for (let i = first; i <= last; i += 1) if (all[i]) count += 1;
    if (count === 0) continue;
    const sentenceTokens: Token[] = new Array(count);
    let n = 0;
    for (let i = first; i <= last; i += 1) {
      const t = all[i];
      if (t) sentenceTokens[n++] = t;
    }
    const previous = sentences[sentences.length - 1];
    if (previous && splitInsideNumber(previous.tokens, sentenceTokens[0])) {
      previous.tokens = previous.tokens.concat(sentenceTokens);
      previous.end = sentenceTokens[sentenceTokens.length - 1].end;
      continue;
    }
    sentences.push({
      start: sentenceTokens[0].start,
      end: sentenceTokens[sentenceTokens.length - 1].end,
      tokens: sentenceTokens,
    });
  }
  return sentences;
}

/** "at about 4.20am": wink ends a sentence at the dot of a time; no space follows that dot. */
function splitInsideNumber(before: readonly Token[], first: Token): boolean {
  const dot = before[before.length - 1];
  const number = before[before.length - 2];
  return dot?.text === '.' && number?.kind === 'number' && number.end === dot.start && dot.end === first.start && /^\d/.test(first.text);
}

/**
 * Tokens of a short text (a question), all sentences joined: each sentence's tokens in reading
 * order, as readSentences has them. Its arrays are its own, not readSentences': where an array is
 * made decides where V8 places it (see ReadToken), and an article's live long.
 */
export function readTokens(text: string): Token[] {
  const all: Array<Token | null> = [];
  const rdd = read(text, all, false);
  const tokens: Token[] = [];
  for (const [first, last] of rdd.sentences) {
    for (let i = first; i <= last; i += 1) {
      const t = all[i];
      if (t) tokens.push(t);
    }
  }
  return tokens;
}

/**
 * Whether a word is in the model's own vocabulary: an English word as the model knows it
 * ("girth"), not one it learnt from a text ("grith"). Each read adds a word the model lacks to its
 * lexicon, so the built-in words are those below the count it was loaded with.
 */
export function isModelWord(word: string): boolean {
  const reader = instance();
  const rdd = readUnsplit(reader, word);
  return rdd.numOfTokens === 1 && its.uniqueId(0, rdd) < reader.intrinsic;
}
