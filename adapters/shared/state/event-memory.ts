import { LRUCache } from 'lru-cache';

/**
 * Remembers which events a replica already handled. Asynchronous so a store shared by several replicas can sit
 * behind it; the Slack adapter takes any implementation.
 */
export interface EventDedupe {
  /**
   * Records the keys (e.g. the event id and the message's channel/ts) and resolves true when none was seen before;
   * false means this is a repeat and should be skipped.
   */
  claim(...keys: string[]): Promise<boolean>;
}

/** Options for {@link EventMemory}; the defaults suit Slack's retry schedule. */
export interface EventMemoryOptions {
  /** How long an event is remembered (default EVENT_TTL_MS). */
  ttlMs?: number;
  /** Most events remembered at once; the oldest are forgotten first, so memory stays bounded under any load. */
  maxEntries?: number;
  /** Milliseconds clock, injectable for tests. */
  clock?: () => number;
}

/** How long an event is remembered by default: Slack retries within minutes, so an hour is ample. */
export const EVENT_TTL_MS = 60 * 60 * 1000;

/**
 * Remembers in this process which Slack events were already handled, so a redelivered or retried event is answered
 * once. Bounded and expiring: entries older than the TTL, or beyond the size cap, are forgotten.
 */
export class EventMemory implements EventDedupe {
  // Keys are only ever read without touching their recency, so least recently used is also oldest claimed: the
  // cache's size bound forgets the oldest first, and expiry walks from the oldest. The cache's own TTL is not used
  // because it reads a clock of its own, and this one must be injectable.
  private readonly seen: LRUCache<string, number>;
  private readonly ttlMs: number;
  private readonly clock: () => number;

  constructor(options: EventMemoryOptions = {}) {
    this.ttlMs = options.ttlMs ?? EVENT_TTL_MS;
    this.clock = options.clock ?? Date.now;
    this.seen = new LRUCache({ max: options.maxEntries ?? 10_000 });
  }

  async claim(...keys: string[]): Promise<boolean> {
    const now = this.clock();
    this.forgetExpired(now);
    const fresh = keys.every((key) => !this.seen.has(key));
    if (fresh) for (const key of keys) this.seen.set(key, now);
    return fresh;
  }

  /** The keys remembered now, each with when it was claimed, oldest first. */
  entries(): Array<[string, number]> {
    this.forgetExpired(this.clock());
    return [...this.seen.rkeys()].map((key): [string, number] => [key, this.seen.peek(key) ?? 0]);
  }

  /** How many keys are remembered right now. */
  get size(): number {
    return this.seen.size;
  }

  private forgetExpired(now: number): void {
    const expired: string[] = [];
    for (const key of this.seen.rkeys()) {
      if (now - (this.seen.peek(key) ?? 0) < this.ttlMs) break;
      expired.push(key);
    }
    for (const key of expired) this.seen.delete(key);
  }
}
