import type { Config } from '../config.js';
import { Conversation, type Answer, type KnowledgeStore } from '../engine.js';
import type { Logger } from '../log.js';
import { Cooldown } from './cooldown.js';
import { LruCache } from './lru.js';
import { Semaphore } from './semaphore.js';

export interface AnsweredQuestion {
  question: string;
  answer: Answer;
  /** Who asked: only they get the "why" of a private answer. */
  userId: string;
}

/** Everything a handler needs, passed in so tests and the console chat run the same handlers. */
export interface BotContext {
  store: KnowledgeStore;
  config: Config;
  log: Logger;
  /** Keyed `${channelId}:${userId}`. */
  conversations: LruCache<string, Conversation>;
  /** Recent answers by short id, for the "Why this answer?" button. */
  answers: LruCache<string, AnsweredQuestion>;
  cooldown: Cooldown;
  limiter: Semaphore;
}

const HOUR = 60 * 60 * 1000;

export function createContext(parts: Pick<BotContext, 'store' | 'config' | 'log'> & Partial<BotContext>): BotContext {
  return {
    conversations: new LruCache<string, Conversation>(5000, HOUR / 2),
    answers: new LruCache<string, AnsweredQuestion>(2000, 6 * HOUR),
    cooldown: new Cooldown(parts.config.questionBurst, parts.config.questionCooldownMs),
    limiter: new Semaphore(parts.config.maxConcurrentAnswers),
    ...parts,
  };
}

export const conversationKey = (channelId: string, userId: string): string => `${channelId}:${userId}`;
