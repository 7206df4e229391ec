import {
  answerQuestion,
  Conversation,
  knowledgeBaseFromSentences,
  knowledgeBaseFromText,
  rankSentences,
  type Answer,
  type KnowledgeBase,
  type RankedSentence,
} from '../engine.js';
import type { AnswerFn } from '../qa/conversation.js';

/**
 * The engine functions the batch and the eval call, gathered so tests can hand in a fake engine
 * whose answers are known, and check the plumbing rather than the engine of the day.
 */
export interface EngineApi {
  answer: AnswerFn;
  rank: (kb: KnowledgeBase, question: string) => RankedSentence[];
  fromText: (id: string, text: string) => KnowledgeBase;
  fromSentences: (id: string, sentences: readonly string[], title?: string) => KnowledgeBase;
}

export const defaultEngine: EngineApi = {
  answer: answerQuestion,
  rank: rankSentences,
  fromText: knowledgeBaseFromText,
  fromSentences: knowledgeBaseFromSentences,
};

/** Article name used in sources when the text came inline rather than from a seeds file. */
export const INLINE_ARTICLE_ID = 'input';

/**
 * A knowledge base over inline text. knowledgeBaseFromText takes no title, so the title goes in
 * as a `title:` header line, which the article parser reads as metadata and never as a sentence.
 */
export function inlineKnowledgeBase(engine: EngineApi, input: { sentences?: readonly string[]; article?: string; title?: string }): KnowledgeBase {
  if (input.sentences) return engine.fromSentences(INLINE_ARTICLE_ID, input.sentences, input.title);
  const text = input.article ?? '';
  const title = input.title?.replace(/\s+/g, ' ').trim();
  return engine.fromText(INLINE_ARTICLE_ID, title ? `title: ${title}\n\n${text}` : text);
}

/** Asks the context questions first in a fresh conversation, so the question can be a follow-up. */
export function answerInConversation(engine: EngineApi, kb: KnowledgeBase, item: { question: string; context: readonly string[] }): Answer {
  const conversation = new Conversation();
  for (const earlier of item.context) engine.answer(kb, earlier, conversation);
  return engine.answer(kb, item.question, conversation);
}
