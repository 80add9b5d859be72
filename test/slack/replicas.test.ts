import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REDIS_MISSING, RedisServer } from '../support/redis-server.ts';
import type { EntryRecord } from '../support/run-entry.ts';
import { BOT, FakeSlackApi } from './fake-slack-api.ts';
import { shownText } from './harness.ts';
import { startReplicas, type Replica } from './replicas.ts';
import { sendEvent } from './signing.ts';

// Two `npm run slack` processes behind an imaginary load balancer, sharing one Redis and one fake Slack.
describe.skipIf(REDIS_MISSING !== null)('two Slack replicas sharing Redis', () => {
  let redis: RedisServer;
  let api: FakeSlackApi;
  let cacheDir: string;
  let a: Replica;
  let b: Replica;
  let ts = 1_700_000_100;

  beforeAll(async () => {
    redis = await RedisServer.start();
    api = new FakeSlackApi();
    await api.start();
    cacheDir = await mkdtemp(join(tmpdir(), 'coverage-bot-replicas-'));
    const env = { LOG_LEVEL: 'debug', RATE_LIMIT_PER_USER: '3', KEY_PREFIX: 'e2e' };
    [a, b] = (await startReplicas(2, { apiUrl: api.apiUrl, redisUrl: redis.url, cacheDir, env })) as [Replica, Replica];
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a, b].map((replica) => replica?.process.stop()));
    await api?.close();
    await redis?.stop();
    await rm(cacheDir, { recursive: true, force: true });
  });

  /** A mention of the bot in `channel`, optionally in a thread; each has a ts of its own. */
  function mention(channel: string, user: string, question: string, threadTs?: string) {
    const event = { type: 'app_mention', user, text: `<@${BOT.userId}> ${question}`, ts: `${ts++}.000100`, channel };
    return threadTs ? { ...event, thread_ts: threadTs } : event;
  }

  /** The `slack_handled` record a replica logged for an event. */
  async function handled(replica: Replica, eventId: string): Promise<EntryRecord> {
    const [record] = await replica.process.waitFor((r) => r.event === 'slack_handled' && r.eventId === eventId);
    return record!;
  }

  it("answers an event once when Slack's retry of it reaches the other replica", async () => {
    const event = mention('C0RETRY', 'U0RETRY', 'What did IBM announce?');
    expect(await sendEvent(a.url, 'EvRetry', event)).toBe(200);
    expect(await sendEvent(b.url, 'EvRetry', event, { retryNum: 1 })).toBe(200);
    // Whichever claims it first answers it (almost always A, which had it first); the other skips it.
    const outcomes = [(await handled(a, 'EvRetry')).outcome, (await handled(b, 'EvRetry')).outcome];
    expect(outcomes.sort()).toEqual(['answered', 'duplicate']);
    expect(api.callsTo('chat.postMessage', 'C0RETRY')).toHaveLength(1);
  });

  it('understands a follow-up on one replica from the conversation the other replica started', async () => {
    const first = mention('C0FOLLOW', 'U0FOLLOW', 'What did IBM announce?');
    await sendEvent(a.url, 'EvAsk', first);
    expect((await handled(a, 'EvAsk')).outcome).toBe('answered');
    await sendEvent(b.url, 'EvFollow', mention('C0FOLLOW', 'U0FOLLOW', 'And Microsoft?', first.ts));
    expect((await handled(b, 'EvFollow')).outcome).toBe('answered');
    const [, followUp] = api.callsTo('chat.postMessage', 'C0FOLLOW');
    expect(followUp?.args.thread_ts).toBe(first.ts);
    expect(shownText(followUp!.args)).toContain('Understood as: What did Microsoft announce?');
  });

  it("holds one user's burst split across both replicas to one limit", async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `EvBurst${i}`);
    // Sent one after another, alternating replicas: 3 per window for this user, wherever they land.
    for (const [i, id] of ids.entries()) {
      await sendEvent((i % 2 === 0 ? a : b).url, id, mention(`C0BURST${i}`, 'U0BURST', 'What did IBM announce?'));
      await handled(i % 2 === 0 ? a : b, id);
    }
    const outcomes = await Promise.all(ids.map((id, i) => handled(i % 2 === 0 ? a : b, id)));
    expect(outcomes.map((record) => record.outcome)).toEqual([
      'answered',
      'answered',
      'answered',
      'refused',
      'refused',
      'refused',
    ]);
    const refusals = api.calls.filter((call) => call.method === 'chat.postEphemeral' && call.args.user === 'U0BURST');
    expect(refusals).toHaveLength(3);
    expect(String(refusals[0]?.args.text)).toMatch(/^You're asking faster than I can keep up/);
  });

  it('keeps answering when Redis dies mid-run, never twice on one replica, and shares again once it is back', async () => {
    await redis.kill();
    const question = mention('C0DOWN', 'U0DOWN', 'What did IBM announce?');
    await sendEvent(a.url, 'EvDown', question);
    expect((await handled(a, 'EvDown')).outcome).toBe('answered');
    await a.process.waitFor((r) => r.event === 'redis_unavailable' && r.level === 40);
    // Slack's retry reaching the same replica meanwhile: recognised from that replica's own memory.
    await sendEvent(a.url, 'EvDown', question, { retryNum: 1 });
    await a.process.waitFor((r) => r.event === 'slack_handled' && r.eventId === 'EvDown', 2);
    // A follow-up reaching the same replica: understood from its own copy of the conversation.
    await sendEvent(a.url, 'EvDownFollow', mention('C0DOWN', 'U0DOWN', 'And Microsoft?', question.ts));
    expect((await handled(a, 'EvDownFollow')).outcome).toBe('answered');
    expect(shownText(api.callsTo('chat.postMessage', 'C0DOWN')[1]!.args)).toContain('What did Microsoft announce?');

    await redis.restart();
    const recovered = (r: EntryRecord): boolean => r.event === 'redis_recovered';
    await Promise.all([a.process.waitFor(recovered), b.process.waitFor(recovered)]);
    // Redis came back empty; replica A writes back what it answered, so the retry is recognised on B too.
    const inspect = new Redis(redis.url);
    await vi.waitFor(async () => expect(await inspect.exists('e2e:seen:event:EvDown')).toBe(1));
    inspect.disconnect();
    await sendEvent(b.url, 'EvDown', question, { retryNum: 2 });
    expect((await handled(b, 'EvDown')).outcome).toBe('duplicate');
    const retries = await a.process.waitFor((r) => r.event === 'slack_handled' && r.eventId === 'EvDown', 2);
    expect(retries.map((record) => record.outcome)).toEqual(['answered', 'duplicate']);
    expect(api.callsTo('chat.postMessage', 'C0DOWN')).toHaveLength(2);
    expect(a.process.records.filter((r) => r.event === 'redis_unavailable')).toHaveLength(1);
  }, 30_000);
});
