import type { Conversation } from './conversation.js';
import type { Answer } from './types.js';

/** "Says who?", "who said that?", "according to whom?": a question about the last answer's source, with nothing else asked. */
const ASKS_WHO_SAYS = /^(?:and\s+)?(?:says who|who says(?: so| that)?|who said (?:so|that|this)|according to (?:whom|who)|who(?:'s| is) saying (?:so|that)|what(?:'s| is) the source|source)\s*\??$/i;

/**
 * "How long is the wait?" / "14 weeks" / "Says who?": the answer the article attributes ("…, according
 * to the regional health authority") is said by whom it names. The same sentence is the source; an
 * answer the article does not attribute leaves the question to the engine.
 */
export function sourceOfLastAnswer(question: string, conversation: Conversation): Answer | null {
  if (!ASKS_WHO_SAYS.test(question.trim())) return null;
  const last = conversation.turns[conversation.turns.length - 1]?.answer;
  if (!last?.answered || last.attribution === undefined || last.sources.length === 0) return null;
  return {
    answered: true,
    answer: last.attribution,
    intent: 'source',
    confidence: last.confidence,
    sources: [last.sources[0]],
    explanation: { method: 'rule', rule: 'source → who the article says gave the last answer', matched: [] },
    focus: last.attribution,
  };
}
