import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { BudgetFactory } from '../../../../src/index.ts';

/**
 * Question budgets counted in Redis by rate-limiter-flexible (`<prefix>:rate:user:<user>`, `<prefix>:rate:global:all`),
 * so a user's limit holds across every replica. While Redis is away each replica counts in its own memory (the
 * insurance limiter): limits loosen by at most the number of replicas instead of refusing or failing questions.
 */
export function redisBudgets(client: Redis, prefix: string): BudgetFactory {
  return (options) =>
    new RateLimiterRedis({
      ...options,
      keyPrefix: `${prefix}:rate:${options.keyPrefix}`,
      storeClient: client,
      // A connection that is not ready goes straight to the insurance limiter instead of waiting for a timeout.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options),
    });
}
