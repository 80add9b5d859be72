/** `npm run discord`: reads the configuration once, builds the engine and connects the bot to Discord. */
import { describeError } from '../../src/errors.ts';
import { loadDotEnv } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createDiscordBot } from './bot.ts';
import { loadDiscordBotConfig } from './config.ts';
import { runEntry } from './entry.ts';

await runEntry('The Discord bot', async () => {
  loadDotEnv();
  const config = loadDiscordBotConfig();
  const logger = createLogger({ level: config.LOG_LEVEL ?? 'info', name: 'coverage-bot-discord' });
  // Errors never crash the bot: whatever escapes a handler is logged and the bot stays up.
  process.on('unhandledRejection', (reason) => logger.error({ event: 'unhandled_rejection', err: describeError(reason) }, 'unhandled rejection'));
  process.on('uncaughtException', (error) => logger.error({ event: 'uncaught_exception', err: describeError(error) }, 'uncaught exception'));

  // Loaded only after the configuration is known to be good, so a misconfigured start fails fast.
  const { createEngine } = await import('../../src/create-engine.ts');
  const engine = await createEngine({ corpusDir: config.CORPUS_DIR, logger });

  const bot = createDiscordBot({ engine, config, logger });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ event: 'discord_stopping', signal }, 'stopping');
      void bot.stop().finally(() => process.exit(0));
    });
  }
  await bot.start();
});
