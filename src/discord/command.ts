import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotContext } from './context.js';
import type { AutocompleteRequest, ButtonRequest, CommandRequest } from './request.js';

/**
 * One slash command: its definition (sent by deploy-commands) and its handlers. Each file in
 * `commands/` default-exports one, `satisfies Command`.
 */
export interface Command {
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(request: CommandRequest, ctx: BotContext): Promise<void>;
  autocomplete?(request: AutocompleteRequest, ctx: BotContext): Promise<void>;
  /** Presses on buttons whose custom id starts with `<name>:`. */
  button?(request: ButtonRequest, ctx: BotContext): Promise<void>;
}

/** `<command>:<parts…>`, within Discord's 100-character custom id limit. */
export function customId(command: string, ...parts: (string | number)[]): string {
  return [command, ...parts.map(String)].join(':').slice(0, 100);
}

export function parseCustomId(id: string): { command: string; parts: string[] } {
  const [command = '', ...parts] = id.split(':');
  return { command, parts };
}
