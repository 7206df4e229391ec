import type { Article, Sentence } from '../article/types.js';

/**
 * Where a news article states what it is about: the lead, its first sentence with a verb that is
 * not a photo caption (a headline or a caption has none, or is one).
 */

const verbCache = new WeakMap<Sentence, boolean>();

/** Whether a sentence has a verb (or an auxiliary): the same for every question, so found once per sentence. */
export function hasVerb(sentence: Sentence): boolean {
  let verb = verbCache.get(sentence);
  if (verb === undefined) verbCache.set(sentence, (verb = sentence.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')));
  return verb;
}

const leadCache = new WeakMap<Article, Sentence | null>();

/** The article's lead: its first sentence with a verb that is not a caption (found once per article). */
export function leadOf(article: Article): Sentence | undefined {
  let lead = leadCache.get(article);
  if (lead === undefined) {
    lead = article.sentences.find((s) => !s.caption && hasVerb(s)) ?? null;
    leadCache.set(article, lead);
  }
  return lead ?? undefined;
}
