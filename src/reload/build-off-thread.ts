import type { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.ts';
import { startWorker, workerModule } from '../threads/start-worker.ts';
import { BUILD_YOUNG_GENERATION_MB } from '../threads/young-generation.ts';
import type { BuildRequest } from './build-worker.ts';

const WORKER = workerModule('build-worker', import.meta.url);

/**
 * Builds and caches the corpus's index in a worker thread, so a reload does not stall answers for the length of a
 * build. Resolves false when the worker could not run (the caller then builds on its own thread).
 */
export function buildOffThread(request: BuildRequest, logger: Logger): Promise<boolean> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker(WORKER, {
        workerData: request,
        resourceLimits: { maxYoungGenerationSizeMb: BUILD_YOUNG_GENERATION_MB },
      });
    } catch (error) {
      const message = 'could not start an index worker; rebuilding in the main thread';
      logger.warn({ event: 'index_worker_unavailable', err: error }, message);
      resolve(false);
      return;
    }
    worker.once('message', (done: { ms: number }) => {
      logger.debug({ event: 'index_built_off_thread', ms: Math.round(done.ms) }, 'index built in a worker');
      resolve(true);
    });
    worker.once('error', (error) => {
      logger.warn({ event: 'index_worker_failed', err: error }, 'the index worker failed; rebuilding in this thread');
      resolve(false);
    });
    worker.once('exit', () => resolve(false));
  });
}
