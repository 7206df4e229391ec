import type { Answer, Explanation, Source } from '../qa/types.js';

/** `[article #index]`, the citation form every console line uses. */
export const citation = (s: Source): string => `[${s.article} #${s.index}]`;

const sourceLine = (s: Source): string => `${citation(s)}${s.caption ? ' (photo caption)' : ''} ${s.text}`;

const percent = (confidence: number): string =>
  `${Math.round(Math.min(1, Math.max(0, Number.isFinite(confidence) ? confidence : 0)) * 100)}%`;

const METHOD_LABEL: Record<Explanation['method'], string> = {
  rule: 'matched by rule',
  fallback: 'matched by sentence similarity',
  abstain: 'declined',
  smalltalk: 'small talk',
};

function howLine(answer: Answer): string {
  const { method, rule, matched } = answer.explanation;
  const parts = [`confidence ${percent(answer.confidence)}`, `${METHOD_LABEL[method]}${rule ? ` (${rule})` : ''}`];
  if (matched.length > 0) parts.push(`words: ${matched.join(', ')}`);
  return parts.join(' · ');
}

/**
 * An Answer as console text. A declined answer looks clearly different from an answer: no
 * "Answer:" label, and the closest sentence is marked as not being an answer so nobody reads it
 * as one.
 */
export function formatAnswer(answer: Answer): string {
  const lines: string[] = [];
  if (answer.answered) {
    lines.push(`Answer: ${answer.answer}`);
    if (answer.attribution) lines.push(`According to ${answer.attribution}.`);
    if (answer.sources.length > 0) {
      lines.push(answer.sources.length === 1 ? 'Source:' : 'Sources:');
      for (const s of answer.sources) lines.push(`  ${sourceLine(s)}`);
    }
  } else {
    lines.push(`No answer: ${answer.answer}`);
    if (answer.closest) {
      lines.push('Closest sentence (NOT an answer):');
      lines.push(`  ${sourceLine(answer.closest)}`);
    }
  }
  lines.push(`(${howLine(answer)})`);
  return lines.join('\n');
}
