import {
  type ConversationLimits,
  DEFAULT_CONVERSATION_LIMITS,
  QuestionRateLimiter,
  type RateLimits,
} from '../../../../src/index.ts';
import type { SharedState } from '../shared-state.ts';
import { shownRedisUrl } from '../state-config.ts';
import { connectRedis, RedisHealth, type RedisConnectOptions } from './connection.ts';
import { RedisConversations } from './redis-conversations.ts';
import { redisBudgets } from './redis-budgets.ts';
import { RedisDedupe } from './redis-dedupe.ts';

/** How to reach Redis, how to name keys, and the limits the stores keep. */
export interface RedisStateOptions extends RedisConnectOptions {
  /** KEY_PREFIX: the first part of every key. */
  prefix: string;
  conversations: Partial<ConversationLimits>;
  rateLimits: RateLimits;
  /** Milliseconds clock for the local fallbacks (default Date.now). */
  clock?: () => number;
}

/** Connects to Redis (or throws a SharedStateError) and builds the three shared stores on one connection. */
export async function openRedisState(options: RedisStateOptions): Promise<SharedState> {
  const { prefix, logger, clock } = options;
  const client = await connectRedis(options);
  const health = new RedisHealth(client, logger);
  const limits = { ...DEFAULT_CONVERSATION_LIMITS, ...options.conversations };
  logger.info({ event: 'shared_state', store: shownRedisUrl(options.url), prefix }, 'sharing state through Redis');
  return {
    dedupe: new RedisDedupe(client, health, { prefix, clock }),
    engine: {
      conversationStore: new RedisConversations(client, health, prefix, limits, clock),
      rateLimiter: new QuestionRateLimiter(options.rateLimits, redisBudgets(client, prefix)),
    },
    close: () => health.close(),
  };
}
