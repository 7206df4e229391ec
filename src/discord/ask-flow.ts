import { answerQuestion, Conversation, type Answer, type KnowledgeBase } from '../engine.js';
import { answerReply, noticeReply } from '../reply/discord.js';
import { conversationKey, type BotContext } from './context.js';
import { UserError } from './errors.js';
import type { Reply } from './request.js';

export const MAX_QUESTION_CHARS = 500;

/** A question as typed, tidied; a clear error when there is nothing to answer or far too much. */
export function cleanQuestion(raw: string): string {
  const question = raw.replace(/\s+/g, ' ').trim();
  if (question === '') throw new UserError('Please type a question, e.g. `/ask question: Who is quoted?`');
  if (question.length > MAX_QUESTION_CHARS) throw new UserError(`That question is ${question.length} characters long; please keep it under ${MAX_QUESTION_CHARS}.`);
  return question;
}

let nextId = 0;
const newAnswerId = (): string => (nextId++).toString(36) + Date.now().toString(36).slice(-4);

export interface Asked {
  answer: Answer;
  /** The knowledge base it was answered from: the reply is rendered from the same one, even if a refresh lands in between. */
  kb: KnowledgeBase;
  whyId: string;
  ms: number;
}

export interface Asker {
  userId: string;
  channelId: string;
  /** Where the question came from, for the log: slash, message, console. */
  via: string;
}

/**
 * Answers one question in the asker's conversation (per channel and user, for follow-ups), keeps
 * it for the "Why this answer?" button, and logs one line: intent, confidence, time taken.
 */
export function answerAndRecord(ctx: BotContext, question: string, who: Asker): Asked {
  const conversation = ctx.conversations.getOrCreate(conversationKey(who.channelId, who.userId), () => new Conversation());
  const started = performance.now();
  const kb = ctx.store.current;
  const answer = answerQuestion(kb, question, conversation);
  const ms = Math.round((performance.now() - started) * 10) / 10;
  const whyId = newAnswerId();
  ctx.answers.set(whyId, { question, answer, userId: who.userId });
  ctx.log.info('question', {
    via: who.via,
    user: who.userId,
    channel: who.channelId,
    chars: question.length,
    intent: answer.intent,
    answered: answer.answered,
    method: answer.explanation.method,
    confidence: Math.round(answer.confidence * 100) / 100,
    ms,
  });
  return { answer, kb, whyId, ms };
}

/** The answer as a reply for this knowledge base, with its "why" button. */
export function askReply(question: string, asked: Asked, ephemeral = false): Reply {
  return answerReply(asked.kb, question, asked.answer, { whyId: asked.whyId, ephemeral });
}

export const cooldownReply = (retryAfterMs: number): Reply =>
  noticeReply(`You're asking a lot at once; try again in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s.`, true);
