/** `npm run discord`: reads the configuration once, builds the engine and connects the bot to Discord. */
import { runAdapter } from '../shared/run-adapter.ts';
import { createDiscordBot } from './bot.ts';
import { loadDiscordBotConfig } from './config.ts';
import { discordStartupProblem } from './startup-problem.ts';

await runAdapter({
  platform: 'discord',
  name: 'The Discord bot',
  loadConfig: () => loadDiscordBotConfig(),
  createBot: (deps) => createDiscordBot(deps),
  explainStartupError: discordStartupProblem,
});
