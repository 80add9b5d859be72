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
  // Map keeps insertion order, which is also expiry order: the oldest entries are always first.
  private readonly seen = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly clock: () => number;

  constructor(options: EventMemoryOptions = {}) {
    this.ttlMs = options.ttlMs ?? EVENT_TTL_MS;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.clock = options.clock ?? Date.now;
  }

  async claim(...keys: string[]): Promise<boolean> {
    const now = this.clock();
    this.forgetExpired(now);
    const fresh = keys.every((key) => !this.seen.has(key));
    if (fresh) for (const key of keys) this.seen.set(key, now);
    while (this.seen.size > this.maxEntries) this.seen.delete(this.seen.keys().next().value as string);
    return fresh;
  }

  /** The keys remembered now, each with when it was claimed, oldest first. */
  entries(): Array<[string, number]> {
    this.forgetExpired(this.clock());
    return [...this.seen];
  }

  /** How many keys are remembered right now. */
  get size(): number {
    return this.seen.size;
  }

  private forgetExpired(now: number): void {
    for (const [key, at] of this.seen) {
      if (now - at < this.ttlMs) break;
      this.seen.delete(key);
    }
  }
}
