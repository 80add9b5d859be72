import type { BuildProgress, CorpusIndex } from '../corpus-index.ts';
import type { Logger } from '../logger.ts';
import { fingerprintCorpus, type CorpusFingerprint } from './fingerprint.ts';
import { cacheFileFor, indexFromCache, readCacheFile, writeIndexCache } from './index-cache.ts';

/** An index ready to answer from, what it was built from, and how it was obtained. */
export interface OpenedIndex {
  index: CorpusIndex;
  fingerprint: CorpusFingerprint;
  from: 'cache' | 'build';
  /** Milliseconds to fingerprint the corpus and load or build the index. */
  ms: number;
}

/** Where the corpus is, where its cache lives (null: no cache), and how to log and time. */
export interface OpenIndexOptions {
  corpusDir: string;
  cacheDir: string | null;
  logger: Logger;
  clock: () => number;
  /** Told how a build is going (for a progress bar on large corpora). */
  progress?: BuildProgress;
}

/**
 * Loads the corpus's index from the cache when the cache was made from exactly these files, settings and code;
 * otherwise builds it and rewrites the cache. With `unless` (the fingerprint of the index in use), returns null when
 * the corpus still has its key.
 */
export async function openIndex(options: OpenIndexOptions, unless?: CorpusFingerprint): Promise<OpenedIndex | null> {
  const { corpusDir, cacheDir, logger, clock } = options;
  const started = clock();
  let fingerprint = unless && (await fingerprintCorpus(corpusDir, unless));
  if (fingerprint && fingerprint.key === unless?.key) return null;
  const file = cacheDir ? cacheFileFor(cacheDir, corpusDir) : null;
  const cache = file ? await readCacheFile(file) : null;
  // The cache's own fingerprint spares hashing the files unchanged since it was written.
  fingerprint ??= await fingerprintCorpus(corpusDir, cache && 'fingerprint' in cache ? cache.fingerprint : undefined);
  if (file && cache) {
    const read = 'miss' in cache ? cache : indexFromCache(cache, fingerprint.key);
    if ('index' in read) {
      const ms = clock() - started;
      logger.info(
        {
          event: 'index_loaded',
          corpusDir,
          file,
          bytes: read.bytes,
          sources: read.index.sources.length,
          passages: read.index.passages.length,
          ms: Math.round(ms),
        },
        'index loaded from cache',
      );
      return { index: read.index, fingerprint, from: 'cache', ms };
    }
    // A missing cache is normal on first start; a damaged or outdated one is worth saying why it was not used.
    if (read.miss !== 'missing')
      logger.info(
        { event: 'index_cache_rejected', file, reason: read.miss, detail: read.detail },
        `index cache ${read.miss}; rebuilding`,
      );
  }
  // The builder (corpus cleaning, annotation) is loaded only when there is something to build.
  const { buildCorpusIndex } = await import('../corpus-index.ts');
  const index = await buildCorpusIndex(corpusDir, options.progress);
  const ms = clock() - started;
  logger.info(
    {
      event: 'index_built',
      corpusDir,
      sources: index.sources.length,
      passages: index.passages.length,
      ms: Math.round(ms),
    },
    'corpus indexed',
  );
  if (file) await saveIfUnchanged(file, fingerprint, index, options);
  return { index, fingerprint, from: 'build', ms };
}

// Files edited during the build would leave the cache holding newer text under the older key: skip saving then
// (the watcher, if any, rebuilds). A cache that cannot be written only costs the next start a rebuild.
async function saveIfUnchanged(
  file: string,
  before: CorpusFingerprint,
  index: CorpusIndex,
  { corpusDir, logger }: OpenIndexOptions,
): Promise<void> {
  try {
    // Saved with the fingerprint taken after the build: fewer of its files are too recent to trust their times.
    const after = await fingerprintCorpus(corpusDir, before);
    if (after.key !== before.key) return;
    const bytes = await writeIndexCache(file, after, index);
    logger.debug({ event: 'index_cached', file, bytes }, 'index cache written');
  } catch (error) {
    logger.warn(
      { event: 'index_cache_unwritable', file, err: error },
      'could not write the index cache; the next start will rebuild',
    );
  }
}
