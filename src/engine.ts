/**
 * The engine's public face: everything the adapters (Discord bot, local chat, CLI) use. No Discord
 * in here.
 */
export { ArticleError, loadArticles, DEFAULT_MAX_ARTICLE_BYTES } from './article/load.js';
export type { Article, Sentence } from './article/types.js';
export type { Fact, FactType } from './facts/types.js';
export {
  buildKnowledgeBase,
  loadKnowledgeBase,
  knowledgeBaseFromText,
  knowledgeBaseFromSentences,
  type KnowledgeBase,
} from './kb/knowledge-base.js';
export { KnowledgeStore, RefreshInProgressError, type RefreshReport } from './kb/store.js';
export { answerQuestion } from './qa/answer.js';
export { prepareForQuestions } from './qa/prepare.js';
export { rankSentences, type RankedSentence } from './qa/rank.js';
export { Conversation } from './qa/conversation.js';
export type { Answer, Intent, Source } from './qa/types.js';
