import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type GuildMember,
  type APIInteractionGuildMember,
  type Message,
} from 'discord.js';
import { deliver } from './errors.js';
import { LIMITS, totalEmbedLength, truncate } from './limits.js';
import { defuseMentions, NO_PINGS } from './mentions.js';
import type { IncomingMessage } from './messages.js';
import type { AutocompleteRequest, ButtonRequest, CommandRequest, MemberInfo, MessageRequest, Reply } from './request.js';

/**
 * A reply as discord.js send options: content within 2000 characters with @everyone/@here
 * defused, embeds within the 6000 total, and never any ping.
 */
export function toSendOptions(reply: Reply) {
  let embeds = reply.embeds ?? [];
  while (embeds.length > 0 && (embeds.length > LIMITS.embedsPerMessage || totalEmbedLength(embeds) > LIMITS.embedTotal)) embeds = embeds.slice(0, -1);
  return {
    content: reply.content === undefined ? undefined : truncate(defuseMentions(reply.content), LIMITS.content),
    embeds,
    components: reply.components ?? [],
    allowedMentions: NO_PINGS,
  };
}

const withFlags = (reply: Reply) => ({ ...toSendOptions(reply), flags: reply.ephemeral ? (MessageFlags.Ephemeral as const) : undefined });

function memberInfo(permissions: { bitfield: bigint } | null, member: GuildMember | APIInteractionGuildMember | null): MemberInfo | null {
  if (!member) return null;
  const roleIds = Array.isArray(member.roles) ? member.roles : [...(member as GuildMember).roles.cache.keys()];
  return { permissions: permissions?.bitfield ?? null, roleIds };
}

type AnyInteraction = ChatInputCommandInteraction | ButtonInteraction | AutocompleteInteraction;

const where = (i: AnyInteraction) => ({
  user: { id: i.user.id, name: i.user.username },
  channelId: i.channelId ?? '',
  guildId: i.guildId,
  member: memberInfo(i.memberPermissions, i.member),
});

/** First reply, edit of a deferred one, or a follow-up: whichever the interaction's state allows. */
async function answerInteraction(i: ChatInputCommandInteraction | ButtonInteraction, reply: Reply): Promise<void> {
  if (i.deferred && !i.replied) await deliver(() => i.editReply(toSendOptions(reply)));
  else if (i.replied) await deliver(() => i.followUp(withFlags(reply)));
  else await deliver(() => i.reply(withFlags(reply)));
}

export function fromChatInput(i: ChatInputCommandInteraction): CommandRequest {
  return {
    ...where(i),
    commandName: i.commandName,
    string: (name) => i.options.getString(name),
    boolean: (name) => i.options.getBoolean(name),
    async defer({ ephemeral }) {
      if (!i.deferred && !i.replied) await deliver(() => i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}));
    },
    respond: (reply) => answerInteraction(i, reply),
    get acknowledged() {
      return i.deferred || i.replied;
    },
  };
}

export function fromAutocomplete(i: AutocompleteInteraction): AutocompleteRequest {
  const focused = i.options.getFocused(true);
  return {
    ...where(i),
    commandName: i.commandName,
    focused: { name: focused.name, value: String(focused.value) },
    async respond(choices) {
      await deliver(() => i.respond(choices.slice(0, LIMITS.choices).map((c) => ({ name: truncate(c.name, LIMITS.choiceText), value: c.value.slice(0, LIMITS.choiceText) }))));
    },
  };
}

export function fromButton(i: ButtonInteraction): ButtonRequest {
  return {
    ...where(i),
    customId: i.customId,
    respond: (reply) => answerInteraction(i, reply),
    async update(reply) {
      await deliver(() => i.update(toSendOptions(reply)));
    },
    get acknowledged() {
      return i.deferred || i.replied;
    },
  };
}

export function incoming(m: Message, botId: string): IncomingMessage {
  const botRole = m.guild?.members.me?.roles.botRole?.id;
  return {
    authorId: m.author.id,
    authorIsBot: m.author.bot,
    channelId: m.channelId,
    guildId: m.guildId,
    content: m.content,
    mentionsBot: m.mentions.users.has(botId) || (botRole !== undefined && m.mentions.roles.has(botRole)),
  };
}

export function fromMessage(m: Message, question: string): MessageRequest {
  return {
    user: { id: m.author.id, name: m.author.username },
    channelId: m.channelId,
    guildId: m.guildId,
    member: m.member ? { permissions: m.member.permissions.bitfield, roleIds: [...m.member.roles.cache.keys()] } : null,
    content: question,
    async reply(reply) {
      await deliver(() => m.reply(toSendOptions(reply)));
    },
  };
}
