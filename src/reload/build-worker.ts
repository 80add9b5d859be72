import { parentPort, workerData } from 'node:worker_threads';
import { openIndex } from '../index-cache/open-index.ts';
import { silentLogger } from '../logger.ts';

/** What the answering thread asks the worker to build. */
export interface BuildRequest {
  corpusDir: string;
  cacheDir: string;
}

// Builds the corpus's index and writes it to the cache, off the thread that answers questions;
// that thread then only loads the cache.
const { corpusDir, cacheDir } = workerData as BuildRequest;
const opened = await openIndex({ corpusDir, cacheDir, logger: silentLogger(), clock: () => performance.now() });
parentPort?.postMessage({ ms: opened?.ms ?? 0 });
