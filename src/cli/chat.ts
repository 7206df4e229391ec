import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { Conversation, loadKnowledgeBase, type KnowledgeBase } from '../engine.js';
import { formatAnswer } from '../reply/console.js';
import { parseCommandArgs, stringFlag } from './args.js';
import { defaultEngine, type EngineApi } from './engine-api.js';
import { DEFAULT_SEEDS_DIR, write, type CliIO } from './io.js';

const CHAT_HELP = 'Ask about the articles. Follow-ups ("What did he say?") use the conversation so far.\n/reset starts a new conversation, /quit (or end of input) leaves.';

export interface ChatOptions {
  /** Show a prompt and a greeting: only for a person at a terminal, not for piped input. */
  interactive: boolean;
  engine?: EngineApi;
}

/** The chat loop over any pair of streams; one Conversation for the whole session. */
export async function runChat(kb: KnowledgeBase, input: Readable, output: Writable, options: ChatOptions): Promise<number> {
  const engine = options.engine ?? defaultEngine;
  let conversation = new Conversation();
  // At a terminal readline handles the prompt and line editing; piped input is read as plain lines.
  const lines = options.interactive
    ? createInterface({ input, output, prompt: '> ', terminal: true, crlfDelay: Infinity })
    : createInterface({ input, crlfDelay: Infinity, terminal: false });
  const prompt = async (): Promise<void> => {
    if (options.interactive) lines.prompt();
  };
  if (options.interactive) {
    const names = kb.articles.map((a) => a.meta.title ?? a.id).join('; ');
    await write(output, `Reading ${kb.articles.length} article(s): ${names}\n${CHAT_HELP}\n`);
  }
  let asked = 0;
  await prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line === '') {
      await prompt();
      continue;
    }
    if (line === '/reset') {
      conversation = new Conversation();
      await write(output, 'New conversation.\n');
    } else if (line === '/help') {
      await write(output, `${CHAT_HELP}\n`);
    } else {
      asked += 1;
      await write(output, `${formatAnswer(engine.answer(kb, line, conversation))}\n\n`);
    }
    await prompt();
  }
  lines.close();
  return asked;
}

/** `chat [--seeds DIR]`: interactive console chat; works with piped stdin too. */
export async function chatCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs('chat', argv, { seeds: { type: 'string' } });
  const kb = await loadKnowledgeBase(stringFlag(args, 'seeds') ?? DEFAULT_SEEDS_DIR);
  const interactive = 'isTTY' in io.stdin && io.stdin.isTTY === true;
  await runChat(kb, io.stdin, io.stdout, { interactive });
  if (interactive) await write(io.stdout, '\n');
  // /quit may leave a terminal's stdin open, which would keep the process alive.
  io.stdin.pause();
  return 0;
}
