import { Redis } from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SharedState } from '../../adapters/shared/state/shared-state.ts';
import { openRedisState, type RedisStateOptions } from '../../adapters/shared/state/redis/redis-state.ts';
import type { Turn } from '../../src/conversation/memory.ts';
import { SharedStateError } from '../../src/errors.ts';
import { LogCapture } from '../support/log-capture.ts';
import { freePort, REDIS_MISSING, RedisServer } from '../support/redis-server.ts';

const turn = (resolved: string): Turn => ({
  question: resolved,
  resolved,
  answerId: resolved,
  names: ['IBM'],
  focus: null,
  shownPassages: [],
});

describe.skipIf(REDIS_MISSING !== null)('shared state in Redis', () => {
  let server: RedisServer;
  let inspect: Redis;
  const opened: SharedState[] = [];

  beforeAll(async () => {
    server = await RedisServer.start();
    inspect = new Redis(server.url);
  });
  afterAll(async () => {
    inspect?.disconnect();
    await server?.stop();
  });
  beforeEach(async () => {
    await inspect.flushall();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((state) => state.close()));
  });

  /** One replica's state, as `npm run slack` opens it with REDIS_URL set. */
  async function replica(logs = new LogCapture(), options: Partial<RedisStateOptions> = {}): Promise<SharedState> {
    const state = await openRedisState({
      url: server.url,
      prefix: 'test',
      logger: logs.logger,
      conversations: { maxTurns: 3, idleMs: 60_000 },
      rateLimits: { perUser: 2, global: 100, windowSeconds: 60 },
      commandTimeoutMs: 200,
      ...options,
    });
    opened.push(state);
    return state;
  }

  it('lets exactly one replica claim an event, however the two deliveries race', async () => {
    const [a, b] = [await replica(), await replica()];
    for (let i = 0; i < 25; i++) {
      const keys = [`event:Ev${i}`, `message:C1/${i}.0`];
      const won = await Promise.all([a.dedupe.claim(...keys), b.dedupe.claim(...keys)]);
      expect(won.filter(Boolean)).toHaveLength(1);
    }
    // One message sent as two events (a mention in a DM): the shared message key decides.
    const won = await Promise.all([
      a.dedupe.claim('event:EvA', 'message:D1/9.0'),
      b.dedupe.claim('event:EvB', 'message:D1/9.0'),
    ]);
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  it('keeps a conversation going on another replica, capped in turns and expiring when idle', async () => {
    // Redis expires keys by its own clock, so idleness here is real time, kept short.
    const limits = { conversations: { maxTurns: 3, idleMs: 300 } };
    const [a, b] = [await replica(undefined, limits), await replica(undefined, limits)];
    const key = 'test:conversation:slack:T:C:1.0';
    for (const q of ['one', 'two', 'three', 'four']) await a.engine.conversationStore!.record('slack:T:C:1.0', turn(q));
    expect(await b.engine.conversationStore!.last('slack:T:C:1.0')).toEqual(turn('four'));
    expect(await inspect.llen(key)).toBe(3);
    expect(await inspect.pttl(key)).toBeGreaterThan(0);
    await sleep(500);
    expect(await b.engine.conversationStore!.last('slack:T:C:1.0')).toBeUndefined();
  });

  it('ignores a stored turn it cannot read (written by another version) instead of failing the question', async () => {
    const state = await replica();
    await inspect.rpush('test:conversation:c', '{"resolved":42}');
    expect(await state.engine.conversationStore!.last('c')).toBeUndefined();
  });

  it("holds a user's burst across replicas to one budget", async () => {
    const [a, b] = [await replica(), await replica()];
    expect(await a.engine.rateLimiter!.take('slack:T:U1')).toEqual({ allowed: true });
    expect(await b.engine.rateLimiter!.take('slack:T:U1')).toEqual({ allowed: true });
    expect(await a.engine.rateLimiter!.take('slack:T:U1')).toMatchObject({ allowed: false, scope: 'user' });
    expect(await b.engine.rateLimiter!.take('slack:T:U2')).toEqual({ allowed: true });
  });

  it('keeps only namespaced keys: dedupe and budgets hold counts with a time to live, never message text', async () => {
    const state = await replica();
    await state.dedupe.claim('event:Ev1', 'message:C1/1.0');
    await state.engine.rateLimiter!.take('slack:T:U1');
    await state.engine.conversationStore!.record('slack:T:C1:1.0', turn('What did IBM announce?'));
    const keys = (await inspect.keys('*')).sort();
    expect(keys).toEqual([
      'test:conversation:slack:T:C1:1.0',
      'test:rate:global:all',
      'test:rate:user:slack:T:U1',
      'test:seen:event:Ev1',
      'test:seen:message:C1/1.0',
    ]);
    for (const key of keys) expect(await inspect.pttl(key)).toBeGreaterThan(0);
    expect(await inspect.get('test:seen:event:Ev1')).toBe('1');
    expect(await inspect.ttl('test:seen:event:Ev1')).toBeLessThanOrEqual(3600);
    expect(await inspect.get('test:rate:user:slack:T:U1')).toBe('1');
  });

  it('refuses to start when Redis cannot be reached, naming the URL and the fix but never the password', async () => {
    const url = `redis://:not-a-real-password@127.0.0.1:${await freePort()}/0`;
    const failure = await replica(undefined, { url, connectTimeoutMs: 2_000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SharedStateError);
    const { message } = failure as SharedStateError;
    expect(message).toMatch(/^Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+\/0 could not be reached \(.*ECONNREFUSED/);
    expect(message).toMatch(/start Redis or correct REDIS_URL; or unset REDIS_URL to keep state in this one process$/);
    expect(message).not.toContain('not-a-real-password');
  });

  it('refuses to start when Redis is too slow to answer', async () => {
    server.pause();
    try {
      const failure = await replica(undefined, { connectTimeoutMs: 300 }).catch((error: unknown) => error);
      const shown = /^Redis at redis:\/\/127\.0\.0\.1:\d+\/? did not answer within 300 ms: /;
      expect((failure as Error).message).toMatch(shown);
    } finally {
      server.resume();
    }
  });
});
