import type { EventEmitter } from 'node:events';
import {
  ConfigError,
  type CoreConfig,
  createLogger,
  describeError,
  type Engine,
  engineSettings,
  InFlight,
  loadDotEnv,
  type Logger,
  scrubSecrets,
  withDeadline,
} from '../../src/index.ts';
import type { Reliability } from './reliability.ts';
import type { EventDedupe } from './state/event-memory.ts';
import { openSharedState, type SharedState } from './state/shared-state.ts';
import { stateSecrets, type StateConfig } from './state/state-config.ts';

/** Turns an error the platform's library raised at startup into a one-line fix, or undefined when it doesn't know. */
export type StartupTranslator = (error: unknown) => string | undefined;

/** A chat bot as the entry point runs it: started once, stopped on SIGINT or SIGTERM. */
export interface AdapterBot {
  start(): Promise<unknown>;
  /** Closes the bot's connections to the platform. */
  stop(): Promise<void>;
}

/** What a chat adapter brings to {@link runAdapter}. */
export interface AdapterEntry<C extends CoreConfig & StateConfig> {
  /** Names the logger (`coverage-bot-<platform>`) and the `<platform>_stopping` log record. */
  platform: string;
  /** How startup failures name the adapter: "<name> could not start: …". */
  name: string;
  /** Reads and validates the adapter's settings (core ones included) from the environment. */
  loadConfig(): C;
  /** Builds the bot around the engine; it is started after the signal handlers are in place. */
  createBot(deps: BotDeps<C>): AdapterBot | Promise<AdapterBot>;
  /** The adapter's own explanations of platform errors (refused tokens, disallowed intents). */
  explainStartupError: StartupTranslator;
}

/** What the composition root builds a bot from; `dedupe` is shared by the replicas when REDIS_URL is set. */
export interface BotDeps<C> {
  config: C;
  engine: Engine;
  logger: Logger;
  reliability: Reliability;
  dedupe: EventDedupe;
}

/** One message saying why startup failed and, where the cause is known, what to change. */
function startupProblem(name: string, explain: StartupTranslator, error: unknown): string {
  // ConfigError already lists every problem with its fix.
  if (error instanceof ConfigError) return error.message;
  return explain(error) ?? `${name} could not start: ${describeError(error)}`;
}

/**
 * Runs an npm-script entry point; a startup failure prints one clear message (never a stack trace, never a token)
 * and exits non-zero. `secrets` are the exact values to keep out of that message, once the settings are read.
 */
export async function runEntry(
  name: string,
  explain: StartupTranslator,
  start: () => Promise<void>,
  secrets: () => string[] = () => [],
): Promise<void> {
  try {
    await start();
  } catch (error) {
    // Startup problems are the operator's to fix: one clear message on stderr, no stack trace. A library's message
    // may quote a request, so it is scrubbed like a log line.
    process.stderr.write(`${scrubSecrets(startupProblem(name, explain, error), secrets())}\n`);
    process.exit(1);
  }
}

/** The secret values among the settings: every one whose name says TOKEN or SECRET. */
export function secretsOf(config: object): string[] {
  return Object.entries(config)
    .filter(([key, value]) => /TOKEN|SECRET/u.test(key) && typeof value === 'string')
    .map(([, value]) => value as string);
}

/** Logs unhandled rejections and uncaught exceptions with their stack instead of letting them end the process. */
export function guardProcess(logger: Logger, target: EventEmitter = process): void {
  // A chat bot must outlive any one bad request or dropped connection: such failures are logged, never fatal.
  target.on('unhandledRejection', (reason: unknown) =>
    logger.error({ event: 'unhandled_rejection', err: reason }, `unhandled rejection: ${describeError(reason)}`),
  );
  target.on('uncaughtException', (error: Error, origin: string) =>
    logger.error({ event: 'uncaught_exception', err: error, origin }, `uncaught exception: ${describeError(error)}`),
  );
}

/** What a graceful shutdown stops, in order. */
export interface ShutdownParts {
  platform: string;
  inFlight: InFlight;
  /** How long answers in flight may take to finish (SHUTDOWN_GRACE_MS). */
  graceMs: number;
  bot: AdapterBot;
  engine: Engine;
  /** The shared state's connection, closed last (none: nothing to close). */
  state?: Pick<SharedState, 'close'>;
  logger: Logger;
  /** Ends the process (process.exit outside tests). */
  exit: (code: number) => void;
}

// Closing connections and the corpus watcher is quick; one that hangs must not keep a stopping bot alive.
const CLOSE_TIMEOUT_MS = 2_000;

/**
 * Stops gracefully: takes no new questions (each is told to ask again), waits at most `graceMs` for the answers in
 * flight to be posted, closes the bot's connections and the engine, flushes the log and exits 0.
 */
export async function shutdown(parts: ShutdownParts, signal: string): Promise<void> {
  const { platform, inFlight, logger } = parts;
  logger.info(
    { event: `${platform}_stopping`, signal, inFlight: inFlight.size },
    'stopping: no new questions, finishing answers in flight',
  );
  const drained = await inFlight.drain(parts.graceMs);
  if (!drained.finished) {
    const fields = { event: 'shutdown_grace_expired', remaining: drained.remaining, graceMs: parts.graceMs };
    logger.warn(fields, 'answers still in flight were abandoned');
  }
  const closers = [
    ['bot', () => parts.bot.stop()],
    ['engine', () => parts.engine.close()],
    ['shared state', () => parts.state?.close() ?? Promise.resolve()],
  ] as const;
  for (const [what, close] of closers) {
    await withDeadline(close(), CLOSE_TIMEOUT_MS, `Closing the ${what}`).catch((error: unknown) =>
      logger.warn(
        { event: 'shutdown_close_failed', what, err: describeError(error) },
        `could not close the ${what} cleanly`,
      ),
    );
  }
  logger.info({ event: `${platform}_stopped`, answered: drained.finished }, 'stopped');
  await new Promise<void>((resolve) => logger.flush(() => resolve()));
  parts.exit(0);
}

/**
 * The entry point of a chat adapter (`npm run slack`, `npm run discord`): loads .env, reads the settings once, opens
 * the shared state, starts the engine's worker threads from the core settings (conversation limits, index cache, rate
 * limits, workers and queue), watching the corpus, and runs the bot until SIGINT or SIGTERM, which stop it gracefully.
 */
export function runAdapter<C extends CoreConfig & StateConfig>(entry: AdapterEntry<C>): Promise<void> {
  let secrets: string[] = [];
  return runEntry(
    entry.name,
    entry.explainStartupError,
    async () => {
      loadDotEnv();
      const config = entry.loadConfig();
      secrets = [...secretsOf(config), ...stateSecrets(config)];
      const logger = createLogger({
        level: config.LOG_LEVEL ?? 'info',
        name: `coverage-bot-${entry.platform}`,
        secrets,
      });
      guardProcess(logger);
      // Before the index is built: an unreachable Redis fails the start at once.
      const state = await openSharedState(config, logger);

      // Loaded only once the configuration is known to be good, so a misconfigured start fails fast. The engine
      // answers in worker threads: this thread only acknowledges events, posts replies and keeps connections alive.
      const { createWorkerEngine } = await import('../../src/threads/worker-engine.ts');
      const engine = await createWorkerEngine({
        ...engineSettings(config),
        ...state.engine,
        watch: true,
        workers: config.ENGINE_WORKERS,
        nice: config.ENGINE_NICE,
        queueMax: config.ANSWER_QUEUE_MAX,
        logger,
        log: { level: config.LOG_LEVEL ?? 'info', name: `coverage-bot-${entry.platform}`, secrets },
      });
      const reliability: Reliability = { answerDeadlineMs: config.ANSWER_DEADLINE_MS, inFlight: new InFlight() };
      const bot = await entry.createBot({ config, engine, logger, reliability, dedupe: state.dedupe });
      const parts: ShutdownParts = {
        platform: entry.platform,
        inFlight: reliability.inFlight,
        graceMs: config.SHUTDOWN_GRACE_MS,
        bot,
        engine,
        state,
        logger,
        exit: (code) => process.exit(code),
      };
      // biome-ignore lint/correctness/noUnusedVariables: read by `??=`, so a second signal starts no second shutdown
      let stopping: Promise<void> | undefined;
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        // Either signal starts the one shutdown; a second Ctrl-C (the handler is gone then) ends the process at once.
        process.once(signal, () => {
          stopping ??= shutdown(parts, signal);
        });
      }
      await bot.start();
    },
    () => secrets,
  );
}
