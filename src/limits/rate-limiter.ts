import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DEFAULT_RATE_LIMITS, type RateDecision, type RateLimiter, type RateLimits } from './rate-limits.ts';

/** What one budget is made of: `points` questions per `duration` seconds, its keys starting with `keyPrefix`. */
export interface BudgetOptions {
  points: number;
  duration: number;
  keyPrefix: string;
}

/** Makes the rate-limiter-flexible limiter that keeps one budget; in this process's memory unless told otherwise. */
export type BudgetFactory = (options: BudgetOptions) => RateLimiterAbstract;

const inMemory: BudgetFactory = (options) => new RateLimiterMemory(options);

/**
 * Per-user and global question budgets (rate-limiter-flexible), shared by every front end through the engine. Where
 * the counts live is the factory's choice: this process's memory by default, a shared store when several run.
 */
export class QuestionRateLimiter implements RateLimiter {
  private readonly perUser: RateLimiterAbstract;
  private readonly global: RateLimiterAbstract;

  constructor(limits: RateLimits = DEFAULT_RATE_LIMITS, budget: BudgetFactory = inMemory) {
    this.perUser = budget({ points: limits.perUser, duration: limits.windowSeconds, keyPrefix: 'user' });
    this.global = budget({ points: limits.global, duration: limits.windowSeconds, keyPrefix: 'global' });
  }

  async take(user: string): Promise<RateDecision> {
    try {
      await this.perUser.consume(user);
    } catch (refusal) {
      return denied('user', refusal);
    }
    try {
      await this.global.consume('all');
    } catch (refusal) {
      // The user's own budget is not charged for a question nobody could have had answered.
      await this.perUser.reward(user).catch(() => undefined);
      return denied('global', refusal);
    }
    return { allowed: true };
  }
}

function denied(scope: 'user' | 'global', refusal: unknown): RateDecision {
  if (!(refusal instanceof RateLimiterRes)) throw refusal;
  return { allowed: false, scope, retryAfterMs: refusal.msBeforeNext };
}
