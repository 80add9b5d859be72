import type { Worker } from 'node:worker_threads';
import type { Answer } from '../answer/answer-schema.ts';
import type { EngineOptions } from '../create-engine.ts';
import type { AskOptions } from '../engine.ts';
import { CoverageBotError, EngineUnavailableError, type ErrorCode } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { EngineInfo, EngineWorkerData, FromWorker, StoreCall, ToWorker } from './engine-protocol.ts';
import { runStoreCall } from './remote-stores.ts';
import { startWorker, workerModule } from './start-worker.ts';
import { BUILD_YOUNG_GENERATION_MB } from './young-generation.ts';

const MODULE = workerModule('engine-worker', import.meta.url);

interface Pending {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
}

/** The calling thread's shared stores, which the worker's engine uses over messages. */
export type ThreadStores = Pick<EngineOptions, 'conversationStore' | 'rateLimiter'>;

/**
 * One engine worker seen from the answering thread: questions posted to it and the answers they wait for, and the
 * store calls its engine makes.
 */
export class EngineThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closing = false;
  /** Resolves with the worker's first view of its index; rejects if the engine could not start. */
  readonly ready: Promise<EngineInfo>;

  constructor(
    data: EngineWorkerData,
    private readonly stores: ThreadStores,
    private readonly logger: Logger,
    onInfo: (info: EngineInfo) => void,
    private readonly onExit: (thread: EngineThread) => void,
  ) {
    // The engine builds its index when the cache cannot give it.
    const resourceLimits = { maxYoungGenerationSizeMb: BUILD_YOUNG_GENERATION_MB };
    this.worker = startWorker(MODULE, { workerData: data, resourceLimits });
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') resolve(message.info);
        else if (message.type === 'failed') {
          reject(new CoverageBotError((message.code ?? 'ENGINE_UNAVAILABLE') as ErrorCode, message.message));
        } else if (message.type === 'reloaded') onInfo(message.info);
        else if (message.type === 'answer') this.settle(message.id)?.resolve(message.answer);
        else if (message.type === 'error') this.settle(message.id)?.reject(new Error(message.message));
        else if (message.type === 'store') void this.store(message.id, message.call);
      });
      this.worker.on('error', (error) => {
        reject(new EngineUnavailableError('its worker thread failed', { cause: error }));
        this.logger.error({ event: 'engine_worker_failed', err: error }, 'the engine worker failed');
      });
      this.worker.on('exit', (code) => {
        reject(new EngineUnavailableError(`its worker thread exited with code ${code}`));
        const stopped = new EngineUnavailableError('its worker stopped');
        for (const id of [...this.pending.keys()]) this.settle(id)?.reject(stopped);
        if (!this.closing) this.onExit(this);
      });
    });
  }

  /** Questions posted and not answered yet (the one being answered included). */
  get load(): number {
    return this.pending.size;
  }

  /** Posts a question; the answer comes back when the worker reaches it. */
  ask(question: string, options: AskOptions): Promise<Answer> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ type: 'ask', id, question, options });
    });
  }

  /** Lets the worker close its engine (the corpus watcher) and end; ends it by force after `timeoutMs`. */
  async close(timeoutMs: number): Promise<void> {
    this.closing = true;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.post({ type: 'close' });
    const timer = setTimeout(() => void this.worker.terminate(), timeoutMs);
    await exited;
    clearTimeout(timer);
  }

  // A failed store call fails the question that made it, as it would in the calling thread.
  private async store(id: number, call: StoreCall): Promise<void> {
    try {
      this.post({ type: 'stored', id, result: await runStoreCall(this.stores, call) });
    } catch (error) {
      this.post({ type: 'stored', id, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private settle(id: number): Pending | undefined {
    const entry = this.pending.get(id);
    this.pending.delete(id);
    return entry;
  }
}
