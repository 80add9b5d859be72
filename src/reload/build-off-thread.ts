import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.ts';
import type { BuildRequest } from './build-worker.ts';

const WORKER = new URL('./build-worker.ts', import.meta.url).href;
// Node 20 does not pass an --import loader on to a worker's first module, so the worker registers tsx itself.
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); });`;

/**
 * Builds and caches the corpus's index in a worker thread, so a reload does not stall answers for the length of a
 * build. Resolves false when the worker could not run (the caller then builds on its own thread).
 */
export function buildOffThread(request: BuildRequest, logger: Logger): Promise<boolean> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(BOOTSTRAP, { eval: true, workerData: request });
    } catch (error) {
      logger.warn({ event: 'index_worker_unavailable', err: error }, 'could not start an index worker; rebuilding in the main thread');
      resolve(false);
      return;
    }
    worker.once('message', (done: { ms: number }) => {
      logger.debug({ event: 'index_built_off_thread', ms: Math.round(done.ms) }, 'index built in a worker');
      resolve(true);
    });
    worker.once('error', (error) => {
      logger.warn({ event: 'index_worker_failed', err: error }, 'the index worker failed; rebuilding in the main thread');
      resolve(false);
    });
    worker.once('exit', () => resolve(false));
  });
}
