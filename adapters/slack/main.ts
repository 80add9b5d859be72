import { loadDotEnv } from '../../src/config.ts';
import { ConfigError, describeError } from '../../src/errors.ts';
import { createLogger } from '../../src/logger.ts';
import { createSlackBot } from './app.ts';
import { loadSlackBotConfig } from './config.ts';

// Web API error codes that mean a token was refused, which the operator fixes in the environment.
const TOKEN_ERRORS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);

/** One line saying why startup failed and, where it's known, what to change. */
function startupProblem(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  const code = (error as { data?: { error?: unknown } } | null)?.data?.error;
  if (typeof code === 'string' && TOKEN_ERRORS.has(code)) {
    return `Slack refused the token (${code}). Copy SLACK_BOT_TOKEN (and SLACK_APP_TOKEN in Socket Mode) again from api.slack.com/apps, and make sure the app is installed to the workspace.`;
  }
  return `The Slack adapter could not start: ${describeError(error)}`;
}

/** Entry point of `npm run slack`: reads the config once, builds the engine, and runs the bot until stopped. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadSlackBotConfig();
  const logger = createLogger({ level: config.LOG_LEVEL ?? 'info', name: 'coverage-bot-slack' });
  // A chat bot must outlive any one bad request or dropped connection: such failures are logged, never fatal.
  process.on('unhandledRejection', (reason) => logger.error({ event: 'unhandled_rejection', err: describeError(reason) }, 'unhandled rejection'));
  process.on('uncaughtException', (error) => logger.error({ event: 'uncaught_exception', err: describeError(error) }, 'uncaught exception'));

  // Loaded only once the configuration is known to be good, so a misconfigured start fails fast.
  const { createEngine } = await import('../../src/create-engine.ts');
  const engine = await createEngine({ corpusDir: config.CORPUS_DIR, logger });
  const bot = await createSlackBot({ config, engine, logger });
  const port = await bot.start();
  logger.info({ event: 'slack_started', mode: bot.mode, port }, bot.mode === 'socket' ? 'connected to Slack (Socket Mode)' : `listening on port ${port}`);

  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ event: 'slack_stopping', signal }, 'stopping');
    bot.stop().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  // Startup problems are the operator's to fix: one clear message on stderr, no stack trace.
  process.stderr.write(`${startupProblem(error)}\n`);
  process.exit(1);
});
