import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Answer } from './types.js';

export interface Turn {
  question: string;
  answer: Answer;
}

/**
 * The last turns of one conversation (a console chat, or one user in one Discord channel), so a
 * follow-up like "What did he say?" can resolve "he".
 */
export class Conversation {
  readonly turns: Turn[] = [];
  constructor(readonly maxTurns = 6) {}

  remember(question: string, answer: Answer): void {
    this.turns.push({ question, answer });
    if (this.turns.length > this.maxTurns) this.turns.shift();
  }
}

export type AnswerFn = (kb: KnowledgeBase, question: string, conversation?: Conversation) => Answer;

/** An answer as the article wrote it, without the resolved date a time answer adds ("on Thursday (2025-11-13)"). */
export const asWritten = (answer: Answer): string => answer.answer.replace(/\s*\([\d-]+\)$/, '');
