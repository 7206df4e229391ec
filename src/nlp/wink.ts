import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './token.js';

/**
 * The one wink-nlp instance of the process. Loading the model takes ~60 ms and its lexicon is
 * shared, so every stage reads text through this module.
 */
export const nlp = winkNLP(model);
const its = nlp.its;

export interface TokenizedSentence {
  /** Offsets of the sentence inside the text that was read. */
  start: number;
  end: number;
  tokens: Token[];
}

/**
 * Reads a text into sentences of tokens with character offsets. wink's output is lossless
 * (preceding spaces + values rebuild the text), which is what makes the offsets exact.
 */
export function readSentences(text: string): TokenizedSentence[] {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value);
  const spaces = tokens.out(its.precedingSpaces);
  const normals = tokens.out(its.normal);
  // wink's typings declare `lemma` with the add-on signature; at run time it is a token property.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.normal);
  const pos = tokens.out(its.pos);
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const types = tokens.out(its.type);

  const all: Token[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i += 1) {
    offset += spaces[i].length;
    const value = values[i];
    all[i] = {
      text: value,
      norm: normals[i].toLowerCase(),
      lemma: lemmas[i].toLowerCase(),
      pos: pos[i],
      stop: stops[i],
      kind: types[i],
      start: offset,
      end: offset + value.length,
    };
    offset += value.length;
  }

  const sentences: TokenizedSentence[] = [];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  for (const [first, last] of spans) {
    const sentenceTokens = all.slice(first, last + 1).filter((t) => t.kind !== 'tabCRLF' && t.pos !== 'SPACE');
    if (sentenceTokens.length === 0) continue;
    sentences.push({
      start: sentenceTokens[0].start,
      end: sentenceTokens[sentenceTokens.length - 1].end,
      tokens: sentenceTokens,
    });
  }
  return sentences;
}

/** Tokens of a short text (a question), all sentences joined. */
export function readTokens(text: string): Token[] {
  return readSentences(text).flatMap((s) => s.tokens);
}
