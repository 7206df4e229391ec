import { PermissionFlagsBits } from 'discord.js';
import { createInterface } from 'node:readline';
import { handleMessageQuestion } from './messages.js';
import { renderText } from './render-text.js';
import type { ButtonRequest, CommandRequest, MemberInfo, Reply } from './request.js';
import type { Router } from './router.js';

/** Console commands that press a button of the last reply, by the button's label. */
const BUTTON_COMMANDS: Record<string, string> = { why: 'Why this answer?', next: 'Next', prev: 'Previous' };
const HINTS: Record<string, string> = Object.fromEntries(Object.entries(BUTTON_COMMANDS).map(([cmd, label]) => [label, `/${cmd}: ${label}`]));

const USER = { id: 'console', name: 'console' };
const CHANNEL = 'console';
// The person at the console runs the bot, so they count as its moderator.
const OPERATOR: MemberInfo = { permissions: PermissionFlagsBits.Administrator, roleIds: [] };

/** `key:value` options, or the whole text as the command's first string option. */
export function parseOptions(rest: string, firstStringOption: string | undefined): Map<string, string> {
  const options = new Map<string, string>();
  const text = rest.trim();
  if (text === '') return options;
  const parts = text.split(/(?:^|\s+)([a-z_]+):/i);
  if (parts.length < 3 || parts[0].trim() !== '') {
    if (firstStringOption) options.set(firstStringOption, text);
    return options;
  }
  for (let i = 1; i + 1 < parts.length; i += 2) options.set(parts[i].toLowerCase(), parts[i + 1].trim());
  return options;
}

export interface ConsoleChatOptions {
  input: NodeJS.ReadableStream;
  write: (text: string) => void;
  /** Show a `> ` prompt (an interactive terminal). */
  prompt?: boolean;
}

/**
 * The local chat: the same router and handlers as on Discord, replies printed as text. A line is a
 * question, or `/command options`, or `/why` `/next` `/prev` to press the last reply's buttons.
 * Resolves at end of input or `/quit`.
 */
export async function runConsoleChat(router: Router, options: ConsoleChatOptions): Promise<void> {
  const { write } = options;
  let last: Reply | undefined;
  const show = async (reply: Reply): Promise<void> => {
    last = reply;
    write(`${renderText(reply, (label) => HINTS[label])}\n`);
  };
  const where = { user: USER, channelId: CHANNEL, guildId: CHANNEL, member: OPERATOR };

  const press = async (label: string): Promise<void> => {
    const button = (last?.components ?? []).flatMap((r) => r.components).find((c) => 'label' in c && c.label === label && 'custom_id' in c && !c.disabled);
    if (!button || !('custom_id' in button)) {
      write(`There is no "${label}" button on the last reply.\n`);
      return;
    }
    let acknowledged = false;
    const request: ButtonRequest = {
      ...where,
      customId: button.custom_id,
      respond: async (r) => {
        acknowledged = true;
        await show(r);
      },
      update: async (r) => {
        acknowledged = true;
        await show(r);
      },
      get acknowledged() {
        return acknowledged;
      },
    };
    await router.handleButton(request);
  };

  const runCommand = async (name: string, rest: string): Promise<void> => {
    const command = router.command(name);
    if (!command) {
      write(`Unknown command /${name}. Commands: ${router.commands.map((c) => `/${c.data.name}`).join(' ')} /why /next /prev /quit\n`);
      return;
    }
    const definition = command.data.toJSON();
    // Option type 3 is a string option.
    const firstString = definition.options?.find((o) => o.type === 3)?.name;
    const values = parseOptions(rest, firstString);
    let acknowledged = false;
    const request: CommandRequest = {
      ...where,
      commandName: name,
      string: (key) => values.get(key) ?? null,
      boolean: (key) => (values.has(key) ? /^(true|yes|1|on)$/i.test(values.get(key) ?? '') : null),
      defer: async () => {
        acknowledged = true;
      },
      respond: async (r) => {
        acknowledged = true;
        await show(r);
      },
      get acknowledged() {
        return acknowledged;
      },
    };
    await router.handleCommand(request);
  };

  const rl = createInterface({ input: options.input, terminal: false });
  const prompt = (): void => {
    if (options.prompt) write('> ');
  };
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '') {
      prompt();
      continue;
    }
    const slash = /^\/(\S+)\s*(.*)$/s.exec(line);
    if (slash) {
      const name = slash[1].toLowerCase();
      if (name === 'quit' || name === 'exit') break;
      if (BUTTON_COMMANDS[name]) await press(BUTTON_COMMANDS[name]);
      else await runCommand(name, slash[2]);
    } else {
      await handleMessageQuestion({ ...where, content: line, reply: show }, router.ctx);
    }
    prompt();
  }
  rl.close();
}
