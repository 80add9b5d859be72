import { describe, expect, it } from 'vitest';
import { RESTARTING } from '../../adapters/shared/reliability.ts';
import { shutdown } from '../../adapters/shared/run-adapter.ts';
import { createEngine } from '../../src/create-engine.ts';
import { deferred } from '../support/deferred.ts';
import { cannedAnswer, FakeEngine, refusal } from '../support/fake-engine.ts';
import { LogCapture } from '../support/log-capture.ts';
import { testReliability } from '../support/reliability.ts';
import { BOT } from './fake-slack-api.ts';
import { handled, sendCommand, sendEvent, shownText, startHarness, type Harness, useHarness } from './harness.ts';

const TS = '1700000001.000100';
const mention = (channel: string, text: string, user = 'U0ASKER') => ({
  type: 'app_mention',
  user,
  text: `<@${BOT.userId}> ${text}`,
  ts: TS,
  channel,
});
const directMessage = (channel: string, text: string) => ({
  type: 'message',
  channel_type: 'im',
  user: 'U0ASKER',
  text,
  ts: TS,
  channel,
});

describe('deadlines, refusals, request logs and health', () => {
  const engine = new FakeEngine();
  let h: Harness;
  // The smallest deadline the configuration accepts, so a stuck answer is given up on quickly.
  useHarness(
    engine,
    (started) => {
      h = started;
    },
    { reliability: testReliability(100) },
  );

  it('apologizes in the thread and to the /ask asker when an answer never comes', async () => {
    engine.respond = () => new Promise(() => undefined);
    await sendEvent(h.url, 'EvSLOW', mention('C0SLOW', 'How long is the moratorium?'));
    await sendCommand(h, 'How long is the moratorium?', 'slow');
    expect((await handled(h, 'EvSLOW'))[0]).toMatchObject({ outcome: 'failed', ephemeral: false });
    const [post] = h.api.callsTo('chat.postMessage', 'C0SLOW');
    expect(post?.args).toMatchObject({ thread_ts: TS, text: expect.stringMatching(/^Sorry, something went wrong/u) });
    const response = await h.api.until(() => h.api.responsesTo('slow')[0]);
    expect(response.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Sorry/u) });
    const failures = h.logs.records.filter((r) => r.event === 'slack_core_failed');
    expect(failures.map((r) => r.err)).toContain(
      'Answering a question took longer than 100 ms; raise ANSWER_DEADLINE_MS if answers are routinely this slow',
    );
  });

  it.each([
    ['rate-limited', "You're asking faster than I can keep up; please try again in 42 seconds."],
    ['question-too-long', 'That question is 900 characters long; questions can be up to 500 characters.'],
  ] as const)(
    'shows a %s refusal only to the asker: ephemeral in a channel and for /ask, in the thread of a DM',
    async (reason, text) => {
      engine.respond = (question) => refusal(question, reason, text);
      const [channel, dm, command] = [`C0${reason}`, `D0${reason}`, `cmd-${reason}`];
      await sendEvent(h.url, `Ev${reason}`, mention(channel, 'How long is the moratorium?'));
      await sendEvent(h.url, `EvDM${reason}`, directMessage(dm, 'How long is the moratorium?'));
      await sendCommand(h, 'How long is the moratorium?', command);
      expect((await handled(h, `Ev${reason}`))[0]).toMatchObject({
        outcome: 'refused',
        ephemeral: true,
        answerId: `refusal-${reason}`,
      });
      expect((await handled(h, `EvDM${reason}`))[0]).toMatchObject({ outcome: 'refused', ephemeral: false });

      expect(h.api.callsTo('chat.postMessage', channel)).toHaveLength(0);
      const [ephemeral] = h.api.callsTo('chat.postEphemeral', channel);
      expect(ephemeral?.args).toMatchObject({ user: 'U0ASKER', thread_ts: TS, text });
      // A plain note: no suggestion or feedback buttons under a refusal.
      expect((ephemeral?.args.blocks as Array<{ type: string }> | undefined)?.map((b) => b.type)).toEqual(['section']);
      expect(h.api.callsTo('chat.postMessage', dm)[0]?.args).toMatchObject({ thread_ts: TS, text });
      const response = await h.api.until(() => h.api.responsesTo(command)[0]);
      expect(response.body).toMatchObject({ response_type: 'ephemeral', text });
    },
  );

  it('logs each handled event once with a request id of its own and its timing', async () => {
    await sendEvent(h.url, 'EvTIMED1', mention('C0TIMED', 'How long is the moratorium?'));
    await sendEvent(h.url, 'EvTIMED2', mention('C0TIMED2', 'How long is the moratorium?'));
    const [first] = await handled(h, 'EvTIMED1');
    const [second] = await handled(h, 'EvTIMED2');
    expect(first).toMatchObject({ outcome: 'answered', kind: 'mention', ms: expect.any(Number), answerId: 'ans-1' });
    expect(first?.requestId).toMatch(/^[0-9a-f-]{36}$/u);
    expect(second?.requestId).not.toBe(first?.requestId);
  });

  it('serves GET /healthz: 200 with the index size when ready', async () => {
    const response = await fetch(`${h.origin}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', sources: 2, passages: 32 });
  });

  it('reports 503 while there is no index to answer from', async () => {
    const empty = new FakeEngine();
    empty.stats = () => ({ sources: 0, passages: 0, warnings: [], buildMs: 0 });
    const bare = await startHarness(empty);
    try {
      const response = await fetch(`${bare.origin}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'no-index' });
    } finally {
      await bare.close();
    }
  });
});

describe('rate limits in the real core', () => {
  it('answers within the budget and refuses the next question privately, saying when to try again', async () => {
    const engine = await createEngine({ rateLimits: { perUser: 1, global: 100, windowSeconds: 60 } });
    const h = await startHarness(engine);
    try {
      await sendEvent(h.url, 'EvBUDGET1', mention('C0BUDGET', 'How long is the moratorium?', 'U0HASTY'));
      expect((await handled(h, 'EvBUDGET1'))[0]).toMatchObject({ outcome: 'answered' });
      await sendEvent(h.url, 'EvBUDGET2', {
        ...mention('C0BUDGET', 'Who is Jennifer Lee?', 'U0HASTY'),
        ts: '1700000002.000100',
      });
      expect((await handled(h, 'EvBUDGET2'))[0]).toMatchObject({ outcome: 'refused', ephemeral: true });
      const [note] = h.api.callsTo('chat.postEphemeral', 'C0BUDGET');
      expect(shownText(note?.args ?? {})).toMatch(/please try again in \d+ seconds?\./u);
      expect(h.api.callsTo('chat.postMessage', 'C0BUDGET')).toHaveLength(1);
    } finally {
      await h.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('posts the answer in flight, tells a new asker to come back, reports 503, then stops, closes the engine and exits 0', async () => {
    const engine = new FakeEngine();
    const h = await startHarness(engine);
    const asked = deferred();
    const release = deferred();
    engine.respond = async (question) => {
      asked.resolve();
      await release.promise;
      return cannedAnswer(question);
    };
    await sendEvent(h.url, 'EvINFLIGHT', mention('C0INFLIGHT', 'How long is the moratorium?'));
    await asked.promise;

    const logs = new LogCapture();
    const exit = deferred<number>();
    const stopped = shutdown(
      {
        platform: 'slack',
        inFlight: h.reliability.inFlight,
        graceMs: 5_000,
        bot: h.bot,
        engine,
        logger: logs.logger,
        exit: exit.resolve,
      },
      'SIGTERM',
    );

    // Still listening while the answer in flight is finished, but taking no new questions.
    await sendEvent(h.url, 'EvLATE', mention('C0LATE', 'Which groups can still use Rekognition?'));
    await sendCommand(h, 'Which groups can still use Rekognition?', 'late');
    expect((await handled(h, 'EvLATE'))[0]).toMatchObject({ outcome: 'restarting', ephemeral: true });
    expect(h.api.callsTo('chat.postEphemeral', 'C0LATE')[0]?.args.text).toBe(RESTARTING);
    expect((await h.api.until(() => h.api.responsesTo('late')[0])).body).toMatchObject({
      response_type: 'ephemeral',
      text: RESTARTING,
    });
    const health = await fetch(`${h.origin}/healthz`);
    expect([health.status, await health.json()]).toEqual([503, { status: 'stopping' }]);
    expect(engine.asked.map((a) => a.question)).toEqual(['How long is the moratorium?']);

    release.resolve();
    expect(await exit.promise).toBe(0);
    await stopped;
    expect((await handled(h, 'EvINFLIGHT'))[0]).toMatchObject({ outcome: 'answered' });
    expect(h.api.callsTo('chat.postMessage', 'C0INFLIGHT')).toHaveLength(1);
    expect(engine.closed).toBe(true);
    // The receiver is closed: nothing answers on its port any more.
    await expect(fetch(`${h.origin}/healthz`)).rejects.toThrow();
    expect(logs.all('slack_stopped')).toEqual([expect.objectContaining({ answered: true })]);
    await h.api.close();
  });
});
