import { PermissionFlagsBits } from 'discord.js';
import type { Config } from '../config.js';
import { RefusalError } from './errors.js';
import type { CommandRequest } from './request.js';

type Where = Pick<CommandRequest, 'guildId' | 'member' | 'user'>;

/** Manage Server or Administrator, or a role named in MOD_ROLE_IDS. */
export function isModerator(where: Where, config: Pick<Config, 'modRoleIds'>): boolean {
  const member = where.member;
  if (!member) return false;
  const perms = member.permissions ?? 0n;
  if ((perms & PermissionFlagsBits.Administrator) !== 0n || (perms & PermissionFlagsBits.ManageGuild) !== 0n) return true;
  return member.roleIds.some((r) => config.modRoleIds.includes(r));
}

/**
 * Checked again when run, whatever Discord's default member permissions let through: a server can
 * override those, and the console or a stale registration must not bypass it.
 */
export function requireModerator(where: Where, config: Pick<Config, 'modRoleIds'>): void {
  if (where.guildId === null) throw new RefusalError('This command works only in a server, not in direct messages.', 'not-in-guild');
  if (!isModerator(where, config)) {
    throw new RefusalError('Only moderators can do this: you need the Manage Server permission or a moderator role.', 'not-moderator');
  }
}
