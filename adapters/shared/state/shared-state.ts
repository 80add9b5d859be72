/**
 * What replicas of a chat adapter must share (Slack events already answered, conversations, question budgets), kept
 * in this process by default and in Redis when REDIS_URL is set. The core never learns which: the engine is given the
 * stores, and the Slack adapter its dedupe.
 */
import { type CoreConfig, type EngineOptions, engineSettings, type Logger } from '../../../src/index.ts';
import { EventMemory, type EventDedupe } from './event-memory.ts';
import type { StateConfig } from './state-config.ts';

/** Where one replica keeps the state it shares with the others. */
export interface SharedState {
  /** Slack events already answered. */
  dedupe: EventDedupe;
  /** Where the engine keeps conversations and question budgets; empty for its own in-memory defaults. */
  engine: Pick<EngineOptions, 'conversationStore' | 'rateLimiter'>;
  /** Closes the connection to the shared store, if there is one. */
  close(): Promise<void>;
}

/** State in this process only: what one replica needs, and exactly what the adapters kept before Redis. */
function processState(): SharedState {
  return { dedupe: new EventMemory(), engine: {}, close: async () => undefined };
}

/**
 * Opens the state the settings ask for: in this process without REDIS_URL, else in Redis, failing with a
 * SharedStateError when Redis does not answer at start.
 */
export async function openSharedState(config: CoreConfig & StateConfig, logger: Logger): Promise<SharedState> {
  if (!config.REDIS_URL) return processState();
  // Loaded only when asked for, so one process without REDIS_URL never loads the Redis client.
  const { openRedisState } = await import('./redis/redis-state.ts');
  const { conversations, rateLimits } = engineSettings(config);
  return openRedisState({ url: config.REDIS_URL, prefix: config.KEY_PREFIX, conversations, rateLimits, logger });
}
