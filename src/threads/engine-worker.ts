import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from '../create-engine.ts';
import type { Engine } from '../engine.ts';
import { CoverageBotError, describeError } from '../errors.ts';
import { createLogger } from '../logger.ts';
import { infoOf, type EngineWorkerData, type FromWorker, type ToWorker } from './engine-protocol.ts';
import { remoteStores } from './remote-stores.ts';
import { lowerThreadPriority } from './thread-priority.ts';

// One engine in a worker thread: it answers questions in the order they arrive, so the thread that talks to Slack
// or Discord only passes messages and is never blocked by an answer.

const port = parentPort!;
const data = workerData as EngineWorkerData;
// Where a core is contended, answering yields it to the thread that acks events (Linux only).
if (data.nice) lowerThreadPriority(data.nice);
const send = (message: FromWorker): void => port.postMessage(message);
let coverage = '';
let engine: Engine | undefined;
const remote = remoteStores(data.remote, send);

try {
  engine = await createEngine({
    corpusDir: data.corpusDir,
    cacheDir: data.cacheDir,
    watch: data.watch,
    maxQuestionChars: data.maxQuestionChars,
    conversations: data.conversations,
    rateLimits: data.rateLimits,
    ...remote.stores,
    logger: createLogger(data.log),
    onIndex: (index) => {
      const first = coverage === '';
      coverage = index.coverage;
      if (!first && engine) send({ type: 'reloaded', info: infoOf(engine, coverage) });
    },
  });
  send({ type: 'ready', info: infoOf(engine, coverage) });
} catch (error) {
  const code = error instanceof CoverageBotError ? { code: error.code } : {};
  send({ type: 'failed', message: describeError(error), ...code });
}

port.on('message', async (message: ToWorker) => {
  if (message.type === 'stored') return remote.settle(message);
  if (!engine) return;
  if (message.type === 'close') {
    await engine.close();
    send({ type: 'closed' });
    port.close();
    return;
  }
  try {
    send({ type: 'answer', id: message.id, answer: await engine.ask(message.question, message.options) });
  } catch (error) {
    send({ type: 'error', id: message.id, message: describeError(error) });
  }
});
