import type { Redis } from 'ioredis';
import { EVENT_TTL_MS, EventMemory, type EventDedupe } from '../event-memory.ts';
import type { RedisHealth } from './connection.ts';

/** Where dedupe keys live and for how long; the clock is injectable for tests. */
export interface RedisDedupeOptions {
  /** KEY_PREFIX; keys are `<prefix>:seen:<key>` and hold only "1". */
  prefix: string;
  ttlMs?: number;
  clock?: () => number;
}

/**
 * Event dedupe shared by every replica: each key is claimed with one atomic `SET key 1 NX EX ttl`, so of two
 * replicas given the same event (Slack's retry reaching the other one) exactly one wins. Every claim is also kept in
 * this replica's memory, so while Redis is away a retry reaching the same replica is still recognised; when Redis
 * returns (perhaps restarted empty), those claims are written back, so a later retry reaching another replica is
 * recognised there too.
 */
export class RedisDedupe implements EventDedupe {
  private readonly prefix: string;
  private readonly ttlMs: number;
  private readonly clock: () => number;
  private readonly local: EventMemory;

  constructor(
    private readonly client: Redis,
    private readonly health: RedisHealth,
    options: RedisDedupeOptions,
  ) {
    this.prefix = options.prefix;
    this.ttlMs = options.ttlMs ?? EVENT_TTL_MS;
    this.clock = options.clock ?? Date.now;
    this.local = new EventMemory({ ttlMs: this.ttlMs, clock: this.clock });
    health.onRecovered(() => void this.writeBack());
  }

  async claim(...keys: string[]): Promise<boolean> {
    const locally = await this.local.claim(...keys);
    try {
      const multi = this.client.multi();
      for (const key of keys) multi.set(this.key(key), '1', 'EX', Math.ceil(this.ttlMs / 1000), 'NX');
      const replies = (await multi.exec()) ?? [];
      this.health.succeeded();
      // A key another replica set first makes this a repeat, even if this replica had not seen it.
      return locally && replies.length === keys.length && replies.every(([error, reply]) => !error && reply === 'OK');
    } catch (error) {
      this.health.failed('dedupe', error);
      return locally;
    }
  }

  private key(key: string): string {
    return `${this.prefix}:seen:${key}`;
  }

  /** Writes every claim this replica remembers to Redis, for the rest of its time to live (NX: never overwrites). */
  private async writeBack(): Promise<void> {
    const now = this.clock();
    const pipeline = this.client.pipeline();
    for (const [key, at] of this.local.entries()) pipeline.set(this.key(key), '1', 'PX', this.ttlMs - (now - at), 'NX');
    if (pipeline.length === 0) return;
    // A failure here is another outage; the next recovery writes the claims back again.
    await pipeline.exec().catch((error: unknown) => this.health.failed('dedupe', error));
  }
}
