/** `npm run discord:register`: registers /ask and /sources with Discord for one guild or globally. */
import { loadDotEnv } from '../../src/index.ts';
import { runEntry } from '../shared/run-adapter.ts';
import { loadDiscordConfig } from './config.ts';
import { registerCommands } from './registration.ts';
import { discordStartupProblem } from './startup-problem.ts';

await runEntry('Command registration', discordStartupProblem, async () => {
  loadDotEnv();
  const config = loadDiscordConfig();
  const { scope, commands } = await registerCommands(config);
  const names = commands.map((name) => `/${name}`).join(' and ');
  process.stdout.write(
    scope === 'guild'
      ? `Registered ${names} in server ${config.DISCORD_GUILD_ID}; they can be used there now.\n`
      : `Registered ${names} globally; Discord may take up to an hour to show them in every server.\n`,
  );
});
