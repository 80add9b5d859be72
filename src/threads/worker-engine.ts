import { randomUUID } from 'node:crypto';
import type { Answer } from '../answer/answer-schema.ts';
import type { AskOptions, Engine, EngineStats } from '../engine.ts';
import { ShuttingDownError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { busyAnswer } from './busy-answer.ts';
import type { EngineInfo, EngineWorkerData } from './engine-protocol.ts';
import { EngineThread, type ThreadStores } from './engine-thread.ts';

/**
 * How many engine workers to run and how many questions may wait for them; with a conversation store or rate limiter
 * (shared by replicas), the workers' engines use those instead of their own memory.
 */
export interface WorkerEngineOptions extends Omit<EngineWorkerData, 'remote'>, ThreadStores {
  /** Engine workers, each holding its own copy of the index (default 1). */
  workers?: number;
  /** Questions that may wait beyond those being answered; past that, askers get the busy reply (default 64). */
  queueMax?: number;
  logger: Logger;
}

const CLOSE_TIMEOUT_MS = 5_000;

// Follow-ups need the worker that remembers the conversation, and rate limits the one that counts the asker.
function affinity(options: AskOptions): string | undefined {
  return options.conversation ?? options.user;
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) >>> 0;
  return h;
}

/**
 * An engine whose answering runs in worker threads, so the calling thread stays free to acknowledge events and keep
 * connections alive. Questions queue up to `queueMax`; beyond that they get a friendly "busy" reply at once. A worker
 * that dies is replaced (the questions it held are rejected, and the adapters apologize for them).
 */
export async function createWorkerEngine(options: WorkerEngineOptions): Promise<Engine> {
  const { logger, workers = 1, queueMax = 64, conversationStore, rateLimiter, ...settings } = options;
  const stores = { conversationStore, rateLimiter };
  const data: EngineWorkerData = {
    ...settings,
    remote: { conversations: conversationStore !== undefined, rateLimits: rateLimiter !== undefined },
  };
  let info: EngineInfo;
  let closing = false;
  let full = false;
  const threads: EngineThread[] = [];
  const spawn = (): EngineThread => {
    const thread = new EngineThread(
      data,
      stores,
      logger,
      (next) => (info = next),
      (dead) => {
        logger.error({ event: 'engine_worker_restarting' }, 'the engine worker stopped; starting a new one');
        threads[threads.indexOf(dead)] = spawn();
      },
    );
    // A replacement that cannot start leaves its slot failing each question until the next restart.
    thread.ready.catch((error: unknown) =>
      logger.error({ event: 'engine_worker_unready', err: error }, 'engine worker did not start'),
    );
    return thread;
  };
  for (let i = 0; i < Math.max(1, workers); i++) threads.push(spawn());
  info = (await Promise.all(threads.map((t) => t.ready)))[0]!;

  const pick = (askOptions: AskOptions): EngineThread => {
    const key = affinity(askOptions);
    if (key !== undefined) return threads[hash(key) % threads.length]!;
    return threads.reduce((best, t) => (t.load < best.load ? t : best));
  };
  const waiting = (): number => threads.reduce((sum, t) => sum + Math.max(0, t.load - 1), 0);
  const inFlight = new Set<Promise<Answer>>();

  return {
    get examples() {
      return info.examples;
    },
    ask(question: string, askOptions: AskOptions = {}): Promise<Answer> {
      if (closing) return Promise.reject(new ShuttingDownError());
      const thread = pick(askOptions);
      if (thread.load > 0 && waiting() >= queueMax) {
        // Once per burst: a line per turned-away question would flood the log just when the bot is busiest.
        if (!full) logger.warn({ event: 'engine_busy', queueMax }, 'answer queue full; askers are told to try again');
        full = true;
        return Promise.resolve(busyAnswer(askOptions.answerId ?? randomUUID(), question, info));
      }
      full = false;
      const answer = thread.ask(question, askOptions);
      inFlight.add(answer);
      const done = (): boolean => inFlight.delete(answer);
      answer.then(done, done);
      return answer;
    },
    sources: () => info.sources.map((s) => ({ ...s, inferred: [...s.inferred] })),
    stats: (): EngineStats => ({ ...info.stats, warnings: [...info.stats.warnings] }),
    // Drains: the questions already queued are answered, then each worker closes its engine and ends.
    async close(): Promise<void> {
      closing = true;
      await Promise.allSettled([...inFlight]);
      await Promise.all(threads.map((t) => t.close(CLOSE_TIMEOUT_MS)));
    },
  };
}
