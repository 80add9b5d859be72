import { engineSettings, loadCoreConfig, loadDotEnv, type CoreConfig } from '../config.ts';
import { createEngine, type HeldIndex } from '../create-engine.ts';
import type { Engine } from '../engine.ts';
import { describeError } from '../errors.ts';
import { createLogger, type Logger } from '../logger.ts';

/**
 * Builds the engine for a command-line entry point (watching the corpus if it stays up), or prints why it can't and
 * exits 1. `held`: an index opened before the process started, used while its corpus is unchanged.
 */
export async function startEngine(
  defaultLogLevel: string,
  watch: boolean,
  held?: HeldIndex,
): Promise<{ engine: Engine; logger: Logger; config: CoreConfig }> {
  try {
    loadDotEnv();
    const config = loadCoreConfig();
    const logger = createLogger({ level: config.LOG_LEVEL ?? defaultLogLevel });
    const engine = await createEngine({ ...engineSettings(config), logger, watch, held });
    for (const warning of engine.stats().warnings) process.stderr.write(`warning: ${warning}\n`);
    return { engine, logger, config };
  } catch (error) {
    process.stderr.write(`coverage-bot: ${describeError(error)}\n`);
    process.exit(1);
  }
}
