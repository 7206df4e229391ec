import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runChat } from '../src/cli/chat.js';
import { defaultEngine, type EngineApi } from '../src/cli/engine-api.js';
import { knowledgeBaseFromSentences, type Answer } from '../src/engine.js';

const kb = knowledgeBaseFromSentences('story.txt', ['Rebels took the town.', 'The chief said it was a victory.']);

/** Answers with the questions asked earlier in the same conversation, so context is visible in the output. */
const engine: EngineApi = {
  ...defaultEngine,
  answer: (_kb, question, conversation) => {
    const earlier = conversation?.turns.map((t) => t.question) ?? [];
    const answer: Answer = {
      answered: true,
      answer: `${question} <- [${earlier.join(' | ')}]`,
      intent: 'what',
      confidence: 1,
      sources: [{ article: 'story.txt', index: 1, text: 'The chief said it was a victory.' }],
      explanation: { method: 'rule', rule: 'test', matched: [] },
    };
    conversation?.remember(question, answer);
    return answer;
  },
};

async function chat(input: string, interactive = false): Promise<{ asked: number; output: string }> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const asked = await runChat(kb, Readable.from([input]), output, { interactive, engine });
  return { asked, output: chunks.join('') };
}

describe('chat', () => {
  it('keeps one conversation so follow-ups see earlier questions, and ends at EOF', async () => {
    const { asked, output } = await chat('Who is the chief?\n\nWhat did he say?\n');
    expect(asked).toBe(2);
    expect(output).toContain('Answer: Who is the chief? <- []');
    expect(output).toContain('Answer: What did he say? <- [Who is the chief?]');
    expect(output).toContain('[story.txt #1] The chief said it was a victory.');
    expect(output).not.toContain('> ');
  });

  it('stops at /quit and ignores what follows', async () => {
    const { asked, output } = await chat('First?\n/quit\nSecond?\n');
    expect(asked).toBe(1);
    expect(output).not.toContain('Second?');
  });

  it('starts a new conversation on /reset', async () => {
    const { output } = await chat('First?\n/reset\nSecond?\n');
    expect(output).toContain('New conversation.');
    expect(output).toContain('Answer: Second? <- []');
  });

  it('greets and prompts only when interactive', async () => {
    const { output } = await chat('Hi?\n', true);
    expect(output).toMatch(/^Reading 1 article\(s\): story\.txt\n/);
    expect(output).toContain('> ');
    expect(output).toContain('Answer: Hi?');
  });
});
