/**
 * `npm run index`: builds the corpus's index and saves it in the cache directory (or confirms the saved one is
 * current).
 */
import { stat } from 'node:fs/promises';
import { loadCoreConfig, loadDotEnv } from '../config.ts';
import { ConfigError, describeError } from '../errors.ts';
import { cacheFileFor } from '../index-cache/index-cache.ts';
import { openIndex } from '../index-cache/open-index.ts';
import { createLogger } from '../logger.ts';
import { progressBar } from './progress-bar.ts';

try {
  loadDotEnv();
  const config = loadCoreConfig();
  if (!config.INDEX_CACHE_DIR) {
    const problem = 'INDEX_CACHE_DIR is "off", so there is nowhere to save the index: unset it or name a directory';
    throw new ConfigError('coverage-bot', [problem]);
  }
  const logger = createLogger({ level: config.LOG_LEVEL ?? 'warn' });
  // A large corpus takes minutes to build: a bar on the terminal says how far along it is.
  const progress = process.stderr.isTTY ? progressBar(process.stderr) : undefined;
  const opened = (await openIndex({
    corpusDir: config.CORPUS_DIR,
    cacheDir: config.INDEX_CACHE_DIR,
    logger,
    clock: () => performance.now(),
    progress,
  }))!;
  progress?.done();
  const file = cacheFileFor(config.INDEX_CACHE_DIR, config.CORPUS_DIR);
  const size = await stat(file).then(
    (s) => `${(s.size / 1e6).toFixed(1)} MB`,
    () => 'not written',
  );
  const how = opened.from === 'cache' ? 'already current, loaded' : 'built';
  const { sources, passages } = opened.index;
  const ms = Math.round(opened.ms);
  process.stdout.write(
    `${sources.length} sources, ${passages.length} passages: ${how} in ${ms} ms; ` + `${file} (${size})\n`,
  );
  for (const warning of opened.index.warnings) process.stderr.write(`warning: ${warning}\n`);
} catch (error) {
  process.stderr.write(`coverage-bot: ${describeError(error)}\n`);
  process.exit(1);
}
