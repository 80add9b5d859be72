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

/** Decides whether a user may ask now; the engine takes any implementation and never knows where budgets live. */
export interface RateLimiter {
  /** Spends one question from the user's budget and the global one. */
  take(user: string): Promise<RateDecision>;
}

/**
 * The in-memory QuestionRateLimiter, loaded when the first asker with a user comes: the command line never names
 * one, and rate-limiter-flexible's forty modules were a twentieth of a one-shot answer's start.
 */
export function inMemoryRateLimiter(limits: RateLimits): RateLimiter {
  let limiter: Promise<RateLimiter> | undefined;
  return {
    async take(user) {
      limiter ??= import('./rate-limiter.ts').then(({ QuestionRateLimiter }) => new QuestionRateLimiter(limits));
      return (await limiter).take(user);
    },
  };
}
