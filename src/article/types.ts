import type { Token } from '../nlp/token.js';

export interface Sentence {
  /** Position in the article, counted from 0 in reading order (captions included). */
  index: number;
  /** Paragraph it belongs to, counted from 0. */
  paragraph: number;
  text: string;
  /** Photo captions are kept as sentences of their own, marked so answers can say "caption". */
  caption: boolean;
  tokens: Token[];
}

export interface ArticleMeta {
  title?: string;
  /** As written in the article's metadata: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** Who wrote it, from its byline ("By Marit Kellaway") or an `author:` header. */
  author?: string;
  /** Where it was filed, from a wire dateline ("TARVEL, October 13 (Keldar Press) —" → "Tarvel"). */
  dateline?: string;
}

export interface Article {
  /** The file name, e.g. `homs-offensive-2024-12.txt`. */
  id: string;
  meta: ArticleMeta;
  paragraphs: number;
  sentences: Sentence[];
}
