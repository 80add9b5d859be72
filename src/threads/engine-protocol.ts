import type { Answer } from '../answer/answer-schema.ts';
import type { SourceSummary } from '../corpus/source.ts';
import type { Turn } from '../conversation/memory.ts';
import type { AskOptions, Engine, EngineStats } from '../engine.ts';
import type { RateDecision } from '../limits/rate-limits.ts';
import type { LoggerOptions } from '../logger.ts';

/** What the answering thread hands an engine worker: plain data, since functions cannot cross threads. */
export interface EngineWorkerData {
  corpusDir: string;
  cacheDir: string | null;
  watch: boolean;
  maxQuestionChars?: number;
  conversations?: { maxConversations?: number; idleMs?: number };
  rateLimits?: { perUser: number; global: number; windowSeconds: number };
  log: Pick<LoggerOptions, 'level' | 'name' | 'secrets'>;
  /** The nice value the worker's thread lowers itself to (Linux); 0 or absent leaves it as it is. */
  nice?: number;
  /**
   * Whether conversations and question budgets are kept by the calling thread's stores (Redis, shared by replicas),
   * asked over messages, instead of in the worker's memory.
   */
  remote: { conversations: boolean; rateLimits: boolean };
}

/** A call on the calling thread's conversation store or rate limiter, made by the worker's engine. */
export type StoreCall =
  | { method: 'last'; conversation: string }
  | { method: 'record'; conversation: string; turn: Turn }
  | { method: 'take'; user: string };

/** What a store call returns. */
export type StoreResult = Turn | RateDecision | undefined;

/** What the answering thread keeps of the worker's index, so that sources(), stats() and examples need no trip. */
export interface EngineInfo {
  sources: SourceSummary[];
  stats: EngineStats;
  examples: string[];
  /** One sentence saying what the coverage is, for the busy reply. */
  coverage: string;
}

/** Messages to the worker. */
export type ToWorker =
  | { type: 'ask'; id: number; question: string; options: AskOptions }
  | { type: 'stored'; id: number; result?: StoreResult; error?: string }
  | { type: 'close' };

/** Messages from the worker. */
export type FromWorker =
  | { type: 'ready'; info: EngineInfo }
  | { type: 'failed'; message: string; code?: string }
  | { type: 'reloaded'; info: EngineInfo }
  | { type: 'answer'; id: number; answer: Answer }
  | { type: 'error'; id: number; message: string }
  | { type: 'store'; id: number; call: StoreCall }
  | { type: 'closed' };

/** The worker's view of its engine as plain data. */
export function infoOf(engine: Engine, coverage: string): EngineInfo {
  return { sources: engine.sources(), stats: engine.stats(), examples: [...engine.examples], coverage };
}
