import { readSentences, shareTokens, type TokenizedSentence } from '../nlp/wink.js';
import type { Token } from '../nlp/token.js';
import { captionCredit } from './caption.js';
import { splitMetadata } from './metadata.js';
import type { Article, Sentence } from './types.js';

const LOWER_START = /^\p{Ll}/u;

/**
 * Paragraphs are separated by blank lines; a text without any blank line (one paragraph per
 * line) is split on line breaks instead. Hard-wrapped lines inside a paragraph are joined.
 */
export function splitParagraphs(body: string): string[] {
  const hasBlankLines = /\n[ \t]*\n/.test(body);
  const parts = hasBlankLines ? body.split(/\n[ \t]*\n/) : body.split('\n');
  return parts.map(joinLines).filter((p) => p.length > 0);
}

/** One paragraph on one line, runs of spaces as one; the replacements only run when they can match. */
function joinLines(p: string): string {
  const joined = p.includes('\n') ? p.replace(/\s*\n\s*/g, ' ') : p;
  return (joined.includes('\t') || joined.includes('  ') ? joined.replace(/[ \t]+/g, ' ') : joined).trim();
}

const startsLowercase = (s: TokenizedSentence): boolean => {
  const first = s.tokens.find((t) => !/^[“"‘'(]$/.test(t.text));
  return first !== undefined && LOWER_START.test(first.text);
};
const onlyClosingMarks = (s: TokenizedSentence): boolean => s.tokens.every((t) => /^[”"’')\]]+$/.test(t.text));

/** Whether a quotation is still open after these tokens, given whether one was open before them. */
function quoteOpenAfter(tokens: readonly Token[], open: boolean): boolean {
  let inside = open;
  for (const t of tokens) {
    if (t.text === '“') inside = true;
    else if (t.text === '”') inside = false;
    else if (t.text === '"') inside = !inside;
  }
  return inside;
}

/**
 * For each sentence, whether it ends inside a quotation that a later sentence of the paragraph
 * closes: "“The roof leaks. We need help,” she said." is one speaker's words with one attribution,
 * and cutting it cites half a quote with no speaker. A quotation left open to the paragraph's end
 * (news carries a long quote on into the next paragraph that way) joins nothing.
 */
function endsInsideQuote(sentences: readonly TokenizedSentence[]): boolean[] {
  const openAfter: boolean[] = [];
  let open = false;
  for (const s of sentences) openAfter.push((open = quoteOpenAfter(s.tokens, open)));
  const joins = openAfter.map(() => false);
  let closedLater = false;
  for (let i = sentences.length - 1; i >= 0; i -= 1) {
    joins[i] = openAfter[i] && closedLater;
    if (!openAfter[i]) closedLater = true;
  }
  return joins;
}

/**
 * Repairs wink's known sentence-split errors: a quoted question or exclamation followed by
 * "she asked" is one sentence, a stray closing quote belongs to the sentence before it, and a
 * quotation's sentences stay with the words that close it.
 */
function repairSplits(sentences: TokenizedSentence[]): TokenizedSentence[] {
  const out: TokenizedSentence[] = [];
  const joins = endsInsideQuote(sentences);
  for (let i = 0; i < sentences.length; i += 1) {
    const s = sentences[i];
    const prev = out[out.length - 1];
    if (prev && (startsLowercase(s) || onlyClosingMarks(s) || joins[i - 1])) {
      out[out.length - 1] = { start: prev.start, end: s.end, tokens: [...prev.tokens, ...s.tokens] };
    } else {
      out.push(s);
    }
  }
  return out;
}

/**
 * Offsets from the paragraph to the sentence. In place: the tokens were made by this parse's own
 * read, each belongs to exactly one piece, and copying them all doubled the parse's garbage.
 */
function rebase(tokens: Token[], offset: number): Token[] {
  if (offset === 0) return tokens;
  // A read token's end follows its start (see ReadToken).
  for (const t of tokens) t.start -= offset;
  return tokens;
}

/** Between paragraphs when they are read as one text: wink always ends a sentence there. */
const PARAGRAPH_BREAK = '\n\n';

/**
 * The sentences of every paragraph from one wink read of the whole body (one read is much cheaper
 * than one per paragraph), each paragraph's sentences with offsets into that paragraph.
 */
function sentencesByParagraph(paragraphs: readonly string[]): TokenizedSentence[][] {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + PARAGRAPH_BREAK.length;
  }
  const out: TokenizedSentence[][] = paragraphs.map(() => []);
  let p = 0;
  for (const s of readSentences(paragraphs.join(PARAGRAPH_BREAK))) {
    // A sentence that wink ran across a paragraph break is cut there.
    let pending = s.tokens;
    while (pending.length > 0) {
      while (p + 1 < paragraphs.length && pending[0].start >= starts[p + 1]) p += 1;
      const end = p + 1 < paragraphs.length ? starts[p + 1] : Infinity;
      const cut = pending.findIndex((t) => t.start >= end);
      const mine = cut < 0 ? pending : pending.slice(0, cut);
      pending = cut < 0 ? [] : pending.slice(cut);
      rebase(mine, starts[p]);
      out[p].push({ start: mine[0].start, end: mine[mine.length - 1].end, tokens: mine });
    }
  }
  return out;
}

export function parseArticle(id: string, text: string): Article {
  const { meta, body } = splitMetadata(text);
  const paragraphs = splitParagraphs(body);
  const read = sentencesByParagraph(paragraphs);
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    const caption = captionCredit(paragraph) !== null;
    const pieces = caption
      ? [{ start: 0, end: paragraph.length, tokens: read[p].flatMap((s) => s.tokens) }]
      : repairSplits(read[p]);
    for (const piece of pieces) {
      if (piece.tokens.length === 0) continue;
      sentences.push({
        index: sentences.length,
        paragraph: p,
        text: paragraph.slice(piece.start, piece.end),
        caption,
        tokens: shareTokens(rebase(piece.tokens, piece.start)),
      });
    }
  });
  return { id, meta, paragraphs: paragraphs.length, sentences };
}

/**
 * An article given as a list of sentences (batch `sentences` input, WikiQA): each item stays one
 * sentence, at its position in the list, whatever wink would have split.
 */
export function articleFromSentences(id: string, items: readonly string[], title?: string): Article {
  const sentences: Sentence[] = items.map((raw, index) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    const tokens = shareTokens(readSentences(text).flatMap((s) => s.tokens));
    return { index, paragraph: index, text, caption: captionCredit(text) !== null, tokens };
  });
  return { id, meta: title ? { title } : {}, paragraphs: items.length, sentences };
}
