import { once } from 'node:events';
import { Events, InteractionResponseType, MessageFlags } from 'discord.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../adapters/discord/replies.ts';
import { shutdown } from '../../adapters/shared/run-adapter.ts';
import { RESTARTING } from '../../adapters/shared/reliability.ts';
import { deferred } from '../support/deferred.ts';
import { cannedAnswer, FakeEngine, refusal } from '../support/fake-engine.ts';
import { LogCapture } from '../support/log-capture.ts';
import { testReliability } from '../support/reliability.ts';
import {
  bodyOf,
  route,
  startHarness,
  type Harness,
  type CallbackJson,
  type MessageJson,
  useHarness,
} from './harness.ts';

const callbackOf = async (h: Harness, token: string): Promise<CallbackJson> =>
  bodyOf<CallbackJson>(await h.fake.waitForRequest(route.callback(token)));

describe('answers under a deadline, refusals in private, and a dropped gateway', () => {
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

  it('apologizes privately when an answer never comes, and removes the public placeholder', async () => {
    engine.respond = () => new Promise(() => undefined);
    const token = h.fake.command('ask', { question: 'How long is the moratorium?' });
    expect((await callbackOf(h, token)).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const followUp = await h.fake.waitForRequest(route.followUp(token));
    expect(bodyOf<MessageJson>(followUp)).toMatchObject({ content: APOLOGY, flags: MessageFlags.Ephemeral });
    await h.fake.waitForRequest(route.delete(token));
    const failed = await h.logs.first((r) => r.event === 'discord_interaction_failed');
    expect(failed?.err).toMatch(/took longer than 100 ms/u);
  });

  it.each([
    ['rate-limited', "You're asking faster than I can keep up; please try again in 42 seconds."],
    ['question-too-long', 'That question is 900 characters long; questions can be up to 500 characters.'],
  ] as const)('shows a %s refusal only to the asker, even for a public /ask', async (reason, text) => {
    engine.respond = (question) => refusal(question, reason, text);
    const token = h.fake.command('ask', { question: 'How long is the moratorium?' });
    await callbackOf(h, token);
    const followUp = bodyOf<MessageJson>(await h.fake.waitForRequest(route.followUp(token)));
    expect(followUp).toMatchObject({ content: text, flags: MessageFlags.Ephemeral });
    await h.fake.waitForRequest(route.delete(token));
    const interactionId = h.logs.records.find(
      (r) => r.event === 'answer' && r.answerId === `refusal-${reason}`,
    )?.interactionId;
    const handled = await h.logs.first((r) => r.event === 'discord_handled' && r.interactionId === interactionId);
    expect(handled).toMatchObject({ kind: '/ask', outcome: 'refused' });
  });

  it('edits a refusal into the private placeholder of a private /ask', async () => {
    engine.respond = (question) => refusal(question, 'rate-limited', 'Please try again in 5 seconds.');
    const token = h.fake.command('ask', { question: 'How long?', private: true });
    expect((await callbackOf(h, token)).data?.flags).toBe(MessageFlags.Ephemeral);
    expect(bodyOf<MessageJson>(await h.fake.waitForRequest(route.edit(token)))).toMatchObject({
      content: 'Please try again in 5 seconds.',
    });
  });

  it('logs each interaction once with its own request id and its timing', async () => {
    engine.respond = (question) => cannedAnswer(question, { id: 'ans-timed' });
    h.fake.command('ask', { question: 'How long is the moratorium?' });
    const answered = await h.logs.first((r) => r.event === 'answer' && r.answerId === 'ans-timed');
    const handled = await h.logs.first((r) => r.event === 'discord_handled' && r.requestId === answered.requestId);
    const records = h.logs.records;
    expect(handled).toMatchObject({ kind: '/ask', outcome: 'answered', ms: expect.any(Number) });
    expect(handled.requestId).toMatch(/^[0-9a-f-]{36}$/u);
    // The answer record of the same interaction carries the same request id.
    expect(records.filter((r) => r.requestId === handled.requestId).map((r) => r.event)).toEqual([
      'answer',
      'discord_handled',
    ]);
  });

  it.each([
    ['a close frame with code 4000', 4000],
    ['a dead connection (1006)', undefined],
  ])('resumes the session after %s and answers an interaction on the new connection', async (_name, code) => {
    const connections = h.fake.connections.length;
    const resumed = once(h.bot.client, Events.ShardResume);
    h.fake.drop(code);
    await resumed;
    expect(h.fake.connections).toHaveLength(connections + 1);
    expect(h.fake.frames.items.filter((frame) => frame.op === 6).length).toBeGreaterThan(0);
    const token = h.fake.command('ask', { question: 'How long is the moratorium?' });
    const edit = bodyOf<MessageJson>(await h.fake.waitForRequest(route.edit(token)));
    expect(edit.embeds?.[0]?.description).toContain('one-year moratorium');
  });
});

describe('graceful shutdown', () => {
  const engine = new FakeEngine();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterEach(async () => {
    await h?.stop();
  });

  it('finishes and posts the answer in flight, tells a new asker to come back, then disconnects, closes the engine and exits 0', async () => {
    const asked = deferred();
    const release = deferred();
    engine.respond = async (question) => {
      asked.resolve();
      await release.promise;
      return cannedAnswer(question);
    };
    const inFlight = h.fake.command('ask', { question: 'How long is the moratorium?' });
    await asked.promise;

    const logs = new LogCapture();
    const exit = deferred<number>();
    const stopped = shutdown(
      {
        platform: 'discord',
        inFlight: h.reliability.inFlight,
        graceMs: 5_000,
        bot: h.bot,
        engine,
        logger: logs.logger,
        exit: exit.resolve,
      },
      'SIGTERM',
    );

    const late = h.fake.command('ask', { question: 'Which groups can still use Rekognition?' });
    expect(await callbackOf(h, late)).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: RESTARTING, flags: MessageFlags.Ephemeral },
    });
    expect(engine.asked.map((a) => a.question)).toEqual(['How long is the moratorium?']);
    expect(h.bot.client.isReady()).toBe(true);

    release.resolve();
    const edit = bodyOf<MessageJson>(await h.fake.waitForRequest(route.edit(inFlight)));
    expect(edit.embeds?.[0]?.title).toBe('How long is the moratorium?');
    expect(await exit.promise).toBe(0);
    await stopped;
    expect(h.bot.client.isReady()).toBe(false);
    expect(engine.closed).toBe(true);
    expect(logs.all('discord_stopped')).toEqual([expect.objectContaining({ answered: true })]);
  });
});
