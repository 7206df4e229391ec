import type { CommandRequest, MemberInfo, Reply } from '../../src/discord/request.js';

export interface CommandCall {
  request: CommandRequest;
  /** Every reply the handler sent, in order. */
  replies: Reply[];
}

/**
 * A slash command as the router sees it, without Discord: the handler's replies are collected.
 * `options` are the command's string options ("question" for /ask).
 */
export function commandRequest(
  commandName: string,
  { member = null, guildId = 'g', userId = `user-${Math.random().toString(36).slice(2)}`, options = {} }: { member?: MemberInfo | null; guildId?: string | null; userId?: string; options?: Record<string, string> } = {},
): CommandCall {
  const replies: Reply[] = [];
  let acknowledged = false;
  const request: CommandRequest = {
    commandName,
    user: { id: userId, name: 'someone' },
    channelId: 'c',
    guildId,
    member,
    string: (k) => options[k] ?? null,
    boolean: () => null,
    defer: async () => void (acknowledged = true),
    respond: async (r) => {
      acknowledged = true;
      replies.push(r);
    },
    get acknowledged() {
      return acknowledged;
    },
  };
  return { request, replies };
}
