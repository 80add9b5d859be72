import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SharedState } from '../../adapters/shared/state/shared-state.ts';
import { openRedisState } from '../../adapters/shared/state/redis/redis-state.ts';
import type { Turn } from '../../src/conversation/memory.ts';
import { LogCapture } from '../support/log-capture.ts';
import { REDIS_MISSING, RedisServer } from '../support/redis-server.ts';

const turn = (resolved: string): Turn => ({
  question: resolved,
  resolved,
  answerId: resolved,
  names: ['IBM'],
  focus: null,
  shownPassages: [],
});

describe.skipIf(REDIS_MISSING !== null)('shared state when Redis goes away while running', () => {
  let server: RedisServer;
  const opened: SharedState[] = [];

  beforeAll(async () => {
    server = await RedisServer.start();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((state) => state.close()));
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Whether `key` is in Redis now, asked over a connection of its own that never sees an outage. */
  async function stored(key: string): Promise<boolean> {
    const client = new Redis(server.url);
    try {
      return (await client.exists(key)) === 1;
    } finally {
      client.disconnect();
    }
  }

  async function replica(logs: LogCapture): Promise<SharedState> {
    const state = await openRedisState({
      url: server.url,
      prefix: 'test',
      logger: logs.logger,
      conversations: {},
      commandTimeoutMs: 200,
      rateLimits: { perUser: 2, global: 100, windowSeconds: 60 },
    });
    opened.push(state);
    return state;
  }

  it('keeps answering from its own state with one warning, then shares again by itself once it is back', async () => {
    const [logsA, logsB] = [new LogCapture(), new LogCapture()];
    const [a, b] = [await replica(logsA), await replica(logsB)];
    expect(await a.dedupe.claim('event:EvBefore')).toBe(true);

    await server.kill();
    // A retry reaching the same replica is still recognised; a new event is still answered.
    expect(await a.dedupe.claim('event:EvDuring')).toBe(true);
    expect(await a.dedupe.claim('event:EvDuring')).toBe(false);
    await a.engine.conversationStore!.record('c', turn('What did IBM announce?'));
    expect(await a.engine.conversationStore!.last('c')).toEqual(turn('What did IBM announce?'));
    // Each replica counts on its own meanwhile: questions are answered, not refused or failed.
    expect(await a.engine.rateLimiter!.take('slack:T:U1')).toEqual({ allowed: true });
    expect(logsA.all('redis_unavailable')).toHaveLength(1);
    expect(logsA.all('redis_unavailable')[0]).toMatchObject({ level: 40 });

    // Restarted empty (no persistence), on the same port: both reconnect without help.
    await server.restart();
    await Promise.all([logsA.next('redis_recovered'), logsB.first((r) => r.event === 'redis_recovered')]);
    // What replica A claimed, before the outage and during it, is written back, so B recognises Slack's retries.
    await vi.waitFor(async () => expect(await stored('test:seen:event:EvDuring')).toBe(true));
    expect(await b.dedupe.claim('event:EvDuring')).toBe(false);
    expect(await b.dedupe.claim('event:EvBefore')).toBe(false);
    expect(await b.dedupe.claim('event:EvAfter')).toBe(true);
    expect(logsA.all('redis_unavailable')).toHaveLength(1);
  });

  it('answers from its own state while Redis is too slow, and shares again once it answers', async () => {
    const logs = new LogCapture();
    const state = await replica(logs);
    server.pause();
    try {
      const started = performance.now();
      expect(await state.dedupe.claim('event:EvSlow')).toBe(true);
      expect(await state.engine.conversationStore!.last('c-slow')).toBeUndefined();
      // Bounded by the command timeout (200 ms here), not by how long Redis stays stuck.
      expect(performance.now() - started).toBeLessThan(1_500);
      expect(logs.all('redis_unavailable')).toHaveLength(1);
    } finally {
      server.resume();
    }
    // The next command that Redis answers in time ends the outage.
    await vi.waitFor(async () => {
      await state.dedupe.claim('event:EvProbe');
      expect(logs.all('redis_recovered')).toHaveLength(1);
    });
    await vi.waitFor(async () => expect(await stored('test:seen:event:EvSlow')).toBe(true));
  });
});
