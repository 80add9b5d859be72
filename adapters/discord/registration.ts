import { REST, Routes } from 'discord.js';
import { commandDefinitions } from './commands.ts';
import { restOptions, type DiscordConfig } from './config.ts';

/** Where the commands went and which they were. */
export interface Registration {
  scope: 'guild' | 'global';
  commands: string[];
}

/**
 * Puts the command definitions (with the configured question length limit) to Discord, replacing the application's
 * previous set: to one guild when DISCORD_GUILD_ID is set (usable at once), globally otherwise (Discord may take up
 * to an hour to show them).
 */
export async function registerCommands(config: DiscordConfig): Promise<Registration> {
  const rest = new REST(restOptions(config)).setToken(config.DISCORD_TOKEN);
  const body = commandDefinitions(config.QUESTION_MAX_CHARS);
  const guild = config.DISCORD_GUILD_ID;
  const route = guild
    ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, guild)
    : Routes.applicationCommands(config.DISCORD_APPLICATION_ID);
  // PUT overwrites in bulk, so running this twice is harmless and stale commands disappear.
  await rest.put(route, { body });
  return { scope: guild ? 'guild' : 'global', commands: body.map((command) => command.name) };
}
