import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/engine.js';
import { formatAnswer } from '../src/reply/console.js';

const answered: Answer = {
  answered: true,
  answer: 'five kilometres (three miles)',
  intent: 'how-far',
  confidence: 0.82,
  sources: [
    { article: 'homs.txt', index: 4, text: 'The insurgents were five kilometres (three miles) from Homs, the monitor said.' },
    { article: 'homs.txt', index: 9, text: 'Fighters near Homs (A. Photographer/AP)', caption: true },
  ],
  attribution: 'the Syrian Observatory for Human Rights',
  explanation: { method: 'rule', rule: 'how-far → quantity(distance)', matched: ['insurgents', 'homs'] },
};

const declined: Answer = {
  answered: false,
  answer: "The article doesn't say.",
  intent: 'how-many',
  confidence: 0.1,
  sources: [],
  explanation: { method: 'abstain', rule: 'no fact or sentence matched well enough', matched: [] },
  closest: { article: 'homs.txt', index: 2, text: 'Hama is Syria’s fourth largest city.' },
};

describe('console formatter', () => {
  it('renders an answer with attribution, cited sources, confidence and how it was matched', () => {
    expect(formatAnswer(answered)).toBe(
      [
        'Answer: five kilometres (three miles)',
        'According to the Syrian Observatory for Human Rights.',
        'Sources:',
        '  [homs.txt #4] The insurgents were five kilometres (three miles) from Homs, the monitor said.',
        '  [homs.txt #9] (photo caption) Fighters near Homs (A. Photographer/AP)',
        '(confidence 82% · matched by rule (how-far → quantity(distance)) · words: insurgents, homs)',
      ].join('\n'),
    );
  });

  it('renders "the article doesn\'t say" differently, marking the closest sentence as not an answer', () => {
    const text = formatAnswer(declined);
    expect(text).toBe(
      [
        "No answer: The article doesn't say.",
        'Closest sentence (NOT an answer):',
        '  [homs.txt #2] Hama is Syria’s fourth largest city.',
        '(confidence 10% · declined (no fact or sentence matched well enough))',
      ].join('\n'),
    );
    expect(text).not.toMatch(/^Answer:/m);
    expect(text).not.toMatch(/Sources?:/);
  });

  it('leaves out attribution and the sources heading when there are none, and says "Source" for one', () => {
    const plain = formatAnswer({ ...answered, attribution: undefined, sources: [answered.sources[0]], explanation: { method: 'fallback', rule: 'bm25', matched: [] } });
    expect(plain).not.toContain('According to');
    expect(plain).toContain('\nSource:\n  [homs.txt #4]');
    expect(plain).toContain('matched by sentence similarity (bm25)');
    const smalltalk = formatAnswer({ ...answered, answer: 'Hello!', attribution: undefined, sources: [], explanation: { method: 'smalltalk', rule: '', matched: [] } });
    expect(smalltalk).toBe('Answer: Hello!\n(confidence 82% · small talk)');
  });

  it('declines without a closest sentence cleanly and clamps odd confidences', () => {
    const text = formatAnswer({ ...declined, closest: undefined, confidence: Number.NaN });
    expect(text).toBe("No answer: The article doesn't say.\n(confidence 0% · declined (no fact or sentence matched well enough))");
    expect(formatAnswer({ ...answered, confidence: 1.7 })).toContain('confidence 100%');
  });
});
