import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Conversation } from './conversation.js';
import type { Answer } from './types.js';

// PLACEHOLDER: the QA engine is being written; this signature is final.
/** Answers one question against a knowledge base; with a conversation, resolves follow-ups and records the turn. */
export function answerQuestion(kb: KnowledgeBase, question: string, conversation?: Conversation): Answer {
  const answer: Answer = {
    answered: false,
    answer: "The article doesn't say.",
    intent: 'unknown',
    confidence: 0,
    sources: [],
    explanation: { method: 'abstain', rule: 'placeholder', matched: [] },
  };
  void kb;
  conversation?.remember(question, answer);
  return answer;
}
