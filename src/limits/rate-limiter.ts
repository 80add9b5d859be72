import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** How many questions may be asked per window, by one user and by everyone together. */
export interface RateLimits {
  perUser: number;
  global: number;
  windowSeconds: number;
}

/** Generous for people, tight for floods and scripts. */
export const DEFAULT_RATE_LIMITS: RateLimits = { perUser: 10, global: 300, windowSeconds: 60 };

/** Whether a question may be answered now, and if not, when to come back. */
export type RateDecision = { allowed: true } | { allowed: false; scope: 'user' | 'global'; retryAfterMs: number };

/** Per-user and global question budgets (rate-limiter-flexible, in memory), shared by every front end through the engine. */
export class QuestionRateLimiter {
  private readonly perUser: RateLimiterMemory;
  private readonly global: RateLimiterMemory;

  constructor(limits: RateLimits = DEFAULT_RATE_LIMITS) {
    this.perUser = new RateLimiterMemory({ points: limits.perUser, duration: limits.windowSeconds, keyPrefix: 'user' });
    this.global = new RateLimiterMemory({ points: limits.global, duration: limits.windowSeconds, keyPrefix: 'global' });
  }

  /** Spends one question from the user's budget and the global one. */
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
