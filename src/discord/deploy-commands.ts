import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { pathToFileURL } from 'node:url';
import { commands as allCommands } from '../../commands/index.js';
import { ConfigError, loadConfig, requireDeployConfig, type Config } from '../config.js';
import type { Command } from './command.js';

export interface DeployResult {
  route: string;
  scope: 'guild' | 'global';
  names: string[];
}

export const commandDefinitions = (commands: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] => commands.map((c) => c.data.toJSON());

/**
 * Registers every command with one bulk overwrite (PUT): running it again replaces the same set,
 * and commands removed from the code disappear. To one guild when DISCORD_GUILD_ID is set (instant),
 * else globally.
 */
export async function deployCommands(config: Config, commands: readonly Command[] = allCommands): Promise<DeployResult> {
  const { token, clientId, guildId, apiUrl } = requireDeployConfig(config);
  const rest = new REST({ api: apiUrl }).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(clientId, guildId) : Routes.applicationCommands(clientId);
  const body = commandDefinitions(commands);
  await rest.put(route, { body });
  return { route, scope: guildId ? 'guild' : 'global', names: body.map((c) => c.name) };
}

async function main(): Promise<void> {
  try {
    const result = await deployCommands(loadConfig());
    console.log(`Registered ${result.names.length} commands ${result.scope === 'guild' ? 'to the guild' : 'globally (may take up to an hour to appear)'}: ${result.names.map((n) => `/${n}`).join(' ')}`);
  } catch (error) {
    // Never print the error object whole: a REST error can echo request details.
    console.error(error instanceof ConfigError ? error.message : `Could not register the commands: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
