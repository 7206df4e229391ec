import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';

/**
 * What a handler sends, as plain data. Adapters (the Discord interaction, the channel message,
 * the console chat) turn it into a send; the Discord ones always add `NO_PINGS`.
 */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Only the person who asked sees it (Discord ephemeral). */
  ephemeral?: boolean;
}

export interface Actor {
  id: string;
  name: string;
}

/** The member running a command in a server: what permission checks read. */
export interface MemberInfo {
  /** Resolved permission bits in the channel; null when unknown. */
  permissions: bigint | null;
  roleIds: readonly string[];
}

interface Where {
  readonly user: Actor;
  readonly channelId: string;
  /** null in a direct message. */
  readonly guildId: string | null;
  readonly member: MemberInfo | null;
}

/** A slash command as handlers see it: options by name, a defer, and one way to answer. */
export interface CommandRequest extends Where {
  readonly commandName: string;
  string(name: string): string | null;
  boolean(name: string): boolean | null;
  /** Acknowledges now and answers later (up to 15 minutes). */
  defer(options: { ephemeral: boolean }): Promise<void>;
  /** Answers: the first reply, or the edit of a deferred one. */
  respond(reply: Reply): Promise<void>;
  /** True once deferred or answered, so the error boundary knows how to answer. */
  readonly acknowledged: boolean;
}

export interface Choice {
  name: string;
  value: string;
}

export interface AutocompleteRequest extends Where {
  readonly commandName: string;
  readonly focused: { name: string; value: string };
  respond(choices: Choice[]): Promise<void>;
}

/** A press on one of the bot's buttons; `customId` is `<command>:<rest>`. */
export interface ButtonRequest extends Where {
  readonly customId: string;
  /** A new reply to the presser (ephemeral when asked). */
  respond(reply: Reply): Promise<void>;
  /** Replaces the message the button is on (paging). */
  update(reply: Reply): Promise<void>;
  readonly acknowledged: boolean;
}

/** A message typed in a channel or a DM, already judged to be a question for the bot. */
export interface MessageRequest extends Where {
  readonly content: string;
  /** Replies to the message, without pinging its author. */
  reply(reply: Reply): Promise<void>;
}
