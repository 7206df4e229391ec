import type { Conversation } from './conversation.js';
import type { Answer } from './types.js';

/** "Says who?", "who said that?", "according to whom?": a question about the last answer's source, with nothing else asked. */
const ASKS_WHO_SAYS = /^(?:and\s+)?(?:says who|who says(?: so| that)?|who said (?:so|that|this)|according to (?:whom|who)|who(?:'s| is) saying (?:so|that)|what(?:'s| is) the source|source)\s*\??$/i;

/**
 * "Who gives that figure?", "who came up with that estimate?", "according to whom is it worth that
 * much?": the figure the last answer gave, asked about by its source in other words.
 */
const ASKS_WHO_GIVES_THE_FIGURE =
  /^(?:and\s+)?(?:who(?:'s| is| was)?\s+(?:gives?|gave|giving|puts?|putting|came up with|comes? up with|made|makes|estimated?|calculated?|behind)\s+(?:that|this|the|those|these)\s+(?:figures?|numbers?|estimates?|totals?|counts?|sums?)|according to (?:whom|who)\s+(?:is|was|are|were|will|would)\b[^?]{1,60}\bthat (?:much|many|high|big|large|long|far))\s*\??$/i;

/**
 * "How long is the wait?" / "14 weeks" / "Says who?": the answer the article attributes ("…, according
 * to the regional health authority") is said by whom it names. The same sentence is the source. An
 * answer the article states itself, or no answer, has no one to name.
 */
export function sourceOfLastAnswer(question: string, conversation: Conversation): Answer | null {
  // (The cheap test first: a conversation's first question has no last answer to ask about.)
  const last = conversation.turns[conversation.turns.length - 1]?.answer;
  if (last === undefined) return null;
  if (!ASKS_WHO_SAYS.test(question.trim()) && !ASKS_WHO_GIVES_THE_FIGURE.test(question.trim())) return null;
  // Nothing answered (or small talk, which cites no sentence), or the article's own statement: no
  // one to name (any other speaker would be a guess).
  if (!last.answered || last.attribution === undefined || last.sources.length === 0) {
    const closest = last.sources[0] ?? last.closest;
    const ownStatement = last.answered && last.sources.length > 0;
    return {
      answered: false,
      answer: ownStatement ? "The article says so itself; it doesn't credit anyone with it." : "The article doesn't say.",
      intent: 'source',
      confidence: 0,
      sources: [],
      ...(closest ? { closest } : {}),
      explanation: { method: 'abstain', rule: 'source → abstain: the last answer has no source the article names', matched: [] },
    };
  }
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
