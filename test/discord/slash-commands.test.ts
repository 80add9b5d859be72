import { Events, GatewayIntentBits, InteractionResponseType, MessageFlags, type APIMessage } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { APOLOGY, THANKS } from '../../adapters/discord/replies.ts';
import { cannedAnswer, FakeEngine } from '../support/fake-engine.ts';
import { FAKE_TOKEN, IDS, type RecordedRequest } from './fake-discord.ts';
import { bodyOf, route, useHarness, type Harness, type CallbackJson, type MessageJson } from './harness.ts';

const NO_PINGS = { parse: [] };
const engine = new FakeEngine();
let h: Harness;

useHarness(engine, (started) => {
  h = started;
});

/** Sends /ask and waits for its acknowledgement. */
async function ask(options: Record<string, string | boolean>): Promise<{ token: string; callback: CallbackJson }> {
  const token = h.fake.command('ask', options);
  const callback = bodyOf<CallbackJson>(await h.fake.waitForRequest(route.callback(token)));
  return { token, callback };
}

describe('connecting', () => {
  it('finds the gateway via GET /gateway/bot, connects with JSON encoding, no compression, Guilds only', async () => {
    const discovery = h.fake.requests.items.find((r) => r.path === '/gateway/bot');
    expect(discovery?.authorization).toBe(`Bot ${FAKE_TOKEN}`);
    const url = h.fake.connections[0]!;
    expect(Object.fromEntries(url.searchParams)).toEqual({ v: '10', encoding: 'json' });
    const identify = await h.fake.frames.waitFor((frame) => frame.op === 2);
    const identified = { token: FAKE_TOKEN, intents: GatewayIntentBits.Guilds, compress: false, shard: [0, 1] };
    expect(identify.d).toMatchObject(identified);
  });

  it('answers a heartbeat request, and the ACK reaches the client', async () => {
    const acknowledged = new Promise<void>((resolve) => {
      const listener = (message: string): void => {
        if (!message.includes('Heartbeat acknowledged')) return;
        h.bot.client.off(Events.Debug, listener);
        resolve();
      };
      h.bot.client.on(Events.Debug, listener);
    });
    h.fake.requestHeartbeat();
    await h.fake.frames.waitFor((frame) => frame.op === 1);
    await acknowledged;
  });
});

describe('/ask', () => {
  it('defers at once (type 5), then edits @original with the cited embed and allowed_mentions.parse = []', async () => {
    const { token, callback } = await ask({ question: 'How long is the moratorium?' });
    expect(callback).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: 0 } });
    const edit = await h.fake.waitForRequest(route.edit(token));
    const body = bodyOf<MessageJson>(edit);
    expect(body.allowed_mentions).toEqual(NO_PINGS);
    const embed = body.embeds![0]!;
    expect(embed.title).toBe('How long is the moratorium?');
    // Markers with a URL become links to their source; a source without one stays a plain marker.
    expect(embed.description).toBe(
      'Amazon is imposing a one-year moratorium on police use of Rekognition. ' +
        '[[1]](https://www.buzzfeednews.com/article/example)[2]',
    );
    expect(embed.fields).toEqual([
      {
        name: '[1]',
        value:
          '[BuzzFeed News — Amazon Is Suspending Police Use Of Its Facial Recognition Tech For One Year, ' +
          'Jun 10, 2020](https://www.buzzfeednews.com/article/example)',
      },
      { name: '[2]', value: 'KUOW — Amazon halts police use of its facial recognition technology, undated' },
    ]);
    // The shared label of the calibrated confidence, as Slack shows it too.
    expect(embed.footer?.text).toBe('Confidence: high (90%) · from the coverage only');
    const [suggestions, feedback] = body.components!;
    expect(suggestions!.components.map((button) => [button.label, button.custom_id])).toEqual([
      ['Who is Jennifer Lee?', 'suggest:0:ans-1'],
      ['What did IBM announce?', 'suggest:1:ans-1'],
    ]);
    expect(feedback!.components.map((button) => [button.emoji?.name, button.custom_id])).toEqual([
      ['👍', 'feedback:up:ans-1'],
      ['👎', 'feedback:down:ans-1'],
    ]);
    expect(engine.asked.at(-1)?.question).toBe('How long is the moratorium?');
    // Interaction responses authenticate with the interaction token in the route, never the bot token.
    expect(edit.authorization).toBeUndefined();
  });

  it('private:true defers ephemerally (flags 64) and edits that private reply', async () => {
    const { token, callback } = await ask({ question: 'Which groups can still use Rekognition?', private: true });
    const deferredPrivately = {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    };
    expect(callback).toEqual(deferredPrivately);
    const body = bodyOf<MessageJson>(await h.fake.waitForRequest(route.edit(token)));
    expect(body.embeds![0]!.title).toBe('Which groups can still use Rekognition?');
  });

  it('renders an abstention as a short embed offering example questions', async () => {
    engine.respond = (question) =>
      cannedAnswer(question, {
        abstained: true,
        abstainReason: 'unknown-subject',
        answer: "The coverage doesn't mention Google.",
        citations: [],
        confidence: 0,
      });
    const { token } = await ask({ question: 'What did Google do?' });
    const embed = bodyOf<MessageJson>(await h.fake.waitForRequest(route.edit(token))).embeds![0]!;
    expect(embed.title).toBe('No answer from the coverage');
    // An abstention claims nothing, so it shows no confidence.
    expect(embed.footer).toBeUndefined();
    expect(embed.description).toBe(
      "The coverage doesn't mention Google.\n\n**Try asking:**\n• How long is the moratorium?\n" +
        '• Which groups can still use Rekognition?',
    );
  });

  const hint = 'Please include a question about the coverage, for example: “How long is the moratorium?”';
  it.each([
    ['an empty question', '   ', hint],
    ['an over-long question', 'why '.repeat(150), 'questions can be up to 500 characters'],
  ])('refuses %s with a private, friendly message, without asking the engine', async (_, question, message) => {
    const asked = engine.asked.length;
    const { callback } = await ask({ question });
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.data?.content).toContain(message);
    expect(callback.data?.allowed_mentions).toEqual(NO_PINGS);
    expect(engine.asked.length).toBe(asked);
  });

  it('pings no one when the question says @everyone, @here or mentions a role or user', async () => {
    const question = `@everyone @here <@&${IDS.guild}> <@${IDS.user}> how long is the moratorium?`;
    engine.respond = (q) => cannedAnswer(q, { answer: `You asked: ${q} It is one year. [1]` });
    const { token } = await ask({ question });
    const body = bodyOf<MessageJson>(await h.fake.waitForRequest(route.edit(token)));
    expect(body.allowed_mentions).toEqual(NO_PINGS);
    expect(body.content).toBeUndefined();
    // The input gate took the mentions out before the engine saw the question, so the title cannot echo them.
    expect(engine.asked.at(-1)?.question).toBe('how long is the moratorium?');
    expect(body.embeds![0]!.title).toBe('how long is the moratorium?');
  });

  it('apologizes privately when the core fails on a public question, and removes the public placeholder', async () => {
    engine.respond = () => {
      throw new Error('index exploded');
    };
    const { token, callback } = await ask({ question: 'How long is the moratorium?' });
    expect(callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const followUp = await h.fake.waitForRequest(route.followUp(token));
    const apology = { content: APOLOGY, flags: MessageFlags.Ephemeral, allowed_mentions: NO_PINGS };
    expect(bodyOf<MessageJson>(followUp)).toMatchObject(apology);
    const removal = await h.fake.waitForRequest(route.delete(token));
    // The placeholder is resolved before the follow-up (else Discord would make the follow-up public), and deleted
    // after it.
    const order = [route.edit(token), route.followUp(token), route.delete(token)].map((match) =>
      h.fake.requests.items.findIndex(match),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(removal.method).toBe('DELETE');
    const failed = { event: 'discord_interaction_failed', err: 'index exploded' };
    expect(h.logs.records).toContainEqual(expect.objectContaining(failed));
  });

  it('apologizes in the private placeholder when the core fails on a private question', async () => {
    engine.respond = () => Promise.reject(new Error('timeout'));
    const { token } = await ask({ question: 'How long is the moratorium?', private: true });
    const body = bodyOf<MessageJson>(await h.fake.waitForRequest(route.edit(token)));
    expect(body).toMatchObject({ content: APOLOGY, allowed_mentions: NO_PINGS });
  });
});

describe('/sources', () => {
  it('replies with the sources: outlet, title, date and link', async () => {
    const token = h.fake.command('sources');
    const callback = bodyOf<CallbackJson>(await h.fake.waitForRequest(route.callback(token)));
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data?.allowed_mentions).toEqual(NO_PINGS);
    expect(callback.data?.embeds).toEqual([
      expect.objectContaining({
        title: 'Sources (2)',
        description:
          '• [BuzzFeed News — Amazon Is Suspending Police Use Of Its Facial Recognition Tech For One Year, ' +
          'Jun 10, 2020](https://www.buzzfeednews.com/article/example)\n' +
          '• KUOW — Amazon halts police use of its facial recognition technology, undated',
      }),
    ]);
  });
});

describe('feedback', () => {
  it('acknowledges a 👍 click privately and logs question, answer id, verdict and user', async () => {
    engine.respond = (question) => cannedAnswer(question, { id: 'ans-feedback' });
    const { token } = await ask({ question: 'Who announced the moratorium?' });
    const edit = await h.fake.waitForRequest(route.edit(token));
    const buttons = bodyOf<MessageJson>(edit).components!.flatMap((row) => row.components);
    const thumbsUp = buttons.find((button) => button.emoji?.name === '👍')!;

    const click = h.fake.click((edit.response as APIMessage).id, thumbsUp.custom_id);
    const callback = bodyOf<CallbackJson>(await h.fake.waitForRequest(route.callback(click)));
    expect(callback).toEqual({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: expect.objectContaining({ content: THANKS, flags: MessageFlags.Ephemeral, allowed_mentions: NO_PINGS }),
    });
    expect(h.logs.records).toContainEqual(
      expect.objectContaining({
        event: 'feedback',
        question: 'Who announced the moratorium?',
        answerId: 'ans-feedback',
        verdict: 'up',
        user: IDS.user,
      }),
    );
  });
});

describe('after all of the above', () => {
  it('the logs never contained the bot token', () => {
    expect(h.logs.lines.length).toBeGreaterThan(0);
    expect(h.logs.lines.join('')).not.toContain(FAKE_TOKEN);
  });

  it('each answer was logged and timed with the injected clock', () => {
    const answered = h.logs.records.find((record) => record.event === 'answer');
    expect(answered).toMatchObject({ ms: 7, user: IDS.user });
  });

  it('discord.js only called routes the fake Discord serves', () => {
    const unserved = h.fake.requests.items.filter(
      (r: RecordedRequest) => (r.response as { code?: number } | null)?.code === 0,
    );
    expect(unserved).toEqual([]);
  });
});
