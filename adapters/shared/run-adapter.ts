import { engineSettings, loadDotEnv, type CoreConfig } from '../../src/config.ts';
import type { Engine } from '../../src/engine.ts';
import { ConfigError, describeError } from '../../src/errors.ts';
import { createLogger, type Logger } from '../../src/logger.ts';

/** Turns an error the platform's library raised at startup into a one-line fix, or undefined when it doesn't know it. */
export type StartupTranslator = (error: unknown) => string | undefined;

/** A chat bot as the entry point runs it: started once, stopped on SIGINT or SIGTERM. */
export interface AdapterBot {
  start(): Promise<unknown>;
  stop(): Promise<void>;
}

/** What a chat adapter brings to {@link runAdapter}. */
export interface AdapterEntry<C extends CoreConfig> {
  /** Names the logger (`coverage-bot-<platform>`) and the `<platform>_stopping` log record. */
  platform: string;
  /** How startup failures name the adapter: "<name> could not start: …". */
  name: string;
  /** Reads and validates the adapter's settings (core ones included) from the environment. */
  loadConfig(): C;
  /** Builds the bot around the engine; it is started after the signal handlers are in place. */
  createBot(deps: { config: C; engine: Engine; logger: Logger }): AdapterBot | Promise<AdapterBot>;
  /** The adapter's own explanations of platform errors (refused tokens, disallowed intents). */
  explainStartupError: StartupTranslator;
}

/** One message saying why startup failed and, where the cause is known, what to change. */
function startupProblem(name: string, explain: StartupTranslator, error: unknown): string {
  // ConfigError already lists every problem with its fix.
  if (error instanceof ConfigError) return error.message;
  return explain(error) ?? `${name} could not start: ${describeError(error)}`;
}

/** Runs an npm-script entry point; a startup failure prints one clear message (never a stack trace) and exits non-zero. */
export async function runEntry(name: string, explain: StartupTranslator, start: () => Promise<void>): Promise<void> {
  try {
    await start();
  } catch (error) {
    // Startup problems are the operator's to fix: one clear message on stderr, no stack trace.
    process.stderr.write(`${startupProblem(name, explain, error)}\n`);
    process.exit(1);
  }
}

/**
 * The entry point of a chat adapter (`npm run slack`, `npm run discord`): loads .env, reads the settings once, builds
 * the engine from the core settings (conversation limits, index cache, rate limits), watching the corpus, and runs
 * the bot until SIGINT or SIGTERM.
 */
export function runAdapter<C extends CoreConfig>(entry: AdapterEntry<C>): Promise<void> {
  return runEntry(entry.name, entry.explainStartupError, async () => {
    loadDotEnv();
    const config = entry.loadConfig();
    const logger = createLogger({ level: config.LOG_LEVEL ?? 'info', name: `coverage-bot-${entry.platform}` });
    // A chat bot must outlive any one bad request or dropped connection: such failures are logged, never fatal.
    process.on('unhandledRejection', (reason) => logger.error({ event: 'unhandled_rejection', err: describeError(reason) }, 'unhandled rejection'));
    process.on('uncaughtException', (error) => logger.error({ event: 'uncaught_exception', err: describeError(error) }, 'uncaught exception'));

    // Loaded only once the configuration is known to be good, so a misconfigured start fails fast.
    const { createEngine } = await import('../../src/create-engine.ts');
    const engine = await createEngine({ ...engineSettings(config), logger, watch: true });
    const bot = await entry.createBot({ config, engine, logger });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        logger.info({ event: `${entry.platform}_stopping`, signal }, 'stopping');
        void bot.stop().finally(() => engine.close()).finally(() => process.exit(0));
      });
    }
    await bot.start();
  });
}
