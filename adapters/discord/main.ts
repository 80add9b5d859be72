/**
 * `npm run discord`: reads the configuration once, builds the engine and connects the bot to Discord; with
 * DISCORD_SHARDS, runs one such process per shard.
 */
import { createDiscordBot } from './bot.ts';
import { loadDiscordBotConfig } from './config.ts';
import { runDiscord } from './shards.ts';
import { discordStartupProblem } from './startup-problem.ts';

await runDiscord({
  platform: 'discord',
  name: 'The Discord bot',
  loadConfig: () => loadDiscordBotConfig(),
  createBot: (deps) => createDiscordBot(deps),
  explainStartupError: discordStartupProblem,
});
