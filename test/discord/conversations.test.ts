import { InteractionResponseType, MessageFlags, type APIMessage } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { SUGGESTION_GONE } from '../../adapters/discord/replies.ts';
import { cannedAnswer, FakeEngine } from '../support/fake-engine.ts';
import { BOT_USER, IDS, type RecordedRequest } from './fake-discord.ts';
import {
  bodyOf,
  route,
  useHarness,
  type Harness,
  type ButtonJson,
  type CallbackJson,
  type MessageJson,
} from './harness.ts';

const NO_PINGS = { parse: [] };
const engine = new FakeEngine();
let h: Harness;

useHarness(
  engine,
  (started) => {
    h = started;
  },
  { mentions: true },
);

/** Sends /ask and resolves with the answer the bot edited into its deferred reply. */
async function askCommand(options: Record<string, string | boolean>): Promise<RecordedRequest> {
  const token = h.fake.command('ask', options);
  return h.fake.waitForRequest(route.edit(token));
}

/** The suggestion buttons of a message the bot sent. */
const suggestionButtons = (message: RecordedRequest): ButtonJson[] =>
  (bodyOf<MessageJson>(message).components ?? [])
    .flatMap((row) => row.components)
    .filter((b) => b.custom_id.startsWith('suggest:'));

/** Clicks a button of a message the bot sent; resolves with the click's token and its acknowledgement. */
async function click(message: RecordedRequest, button: ButtonJson): Promise<{ token: string; callback: CallbackJson }> {
  const token = h.fake.click((message.response as APIMessage).id, button.custom_id);
  return { token, callback: bodyOf<CallbackJson>(await h.fake.waitForRequest(route.callback(token))) };
}

const lastConversation = (): string | undefined => engine.asked.at(-1)?.options?.conversation;

describe('suggested questions under a slash command answer', () => {
  it('are a row of buttons above the feedback buttons, within Discord’s limits', async () => {
    const long = `What did @everyone say about ${'the moratorium and its consequences '.repeat(5)}?`;
    const suggested = ['Who is Jennifer Lee?', long, 'What did IBM announce?', 'A fourth?'];
    engine.respond = (question) => cannedAnswer(question, { suggestions: suggested });
    const body = bodyOf<MessageJson>(await askCommand({ question: 'How long is the moratorium?' }));
    const [suggestions, feedback] = body.components!;
    const ids = suggestions!.components.map((b) => b.custom_id);
    expect(ids).toEqual(['suggest:0:ans-1', 'suggest:1:ans-1', 'suggest:2:ans-1']);
    const labels = suggestions!.components.map((b) => b.label!);
    expect(labels[0]).toBe('Who is Jennifer Lee?');
    expect(labels[1]!.length).toBeLessThanOrEqual(80);
    expect(labels[1]).toMatch(/^What did @\u2060everyone say about the moratorium .*\S…$/u);
    expect(feedback!.components.map((b) => b.emoji?.name)).toEqual(['👍', '👎']);
    expect(body.allowed_mentions).toEqual(NO_PINGS);
  });

  it('a click defers, then answers the suggested question in the same conversation as the /ask', async () => {
    const answer = await askCommand({ question: 'What did IBM announce?' });
    const original = lastConversation();
    expect(original).toBe(`discord:${IDS.channel}:${IDS.user}`);

    const { token, callback } = await click(answer, suggestionButtons(answer)[0]!);
    expect(callback).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: 0 } });
    const body = bodyOf<MessageJson>(await h.fake.waitForRequest(route.edit(token)));
    expect(body.embeds![0]!.title).toBe('Who is Jennifer Lee?');
    expect(body.allowed_mentions).toEqual(NO_PINGS);
    const options = { conversation: original, user: `discord:${IDS.user}` };
    expect(engine.asked.at(-1)).toEqual({ question: 'Who is Jennifer Lee?', options });
  });

  it('a click under a private answer is answered privately', async () => {
    const answer = await askCommand({ question: 'What did IBM announce?', private: true });
    const { token, callback } = await click(answer, suggestionButtons(answer)[1]!);
    const deferredPrivately = {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    };
    expect(callback).toEqual(deferredPrivately);
    const edit = await h.fake.waitForRequest(route.edit(token));
    expect(bodyOf<MessageJson>(edit).embeds![0]!.title).toBe('What did IBM announce?');
    expect(engine.asked.at(-1)?.options?.conversation).toBe(`discord:${IDS.channel}:${IDS.user}`);
  });

  it('a click on a suggestion the bot no longer remembers gets a private note, not an answer', async () => {
    const answer = await askCommand({ question: 'What did IBM announce?' });
    const asked = engine.asked.length;
    const { callback } = await click(answer, { custom_id: 'suggest:0:answer-from-before-a-restart' });
    const gone = { content: SUGGESTION_GONE, flags: MessageFlags.Ephemeral, allowed_mentions: NO_PINGS };
    expect(callback.data).toMatchObject(gone);
    expect(engine.asked).toHaveLength(asked);
  });
});

describe('suggested questions under a mention reply', () => {
  it('continue the channel’s conversation when clicked', async () => {
    const id = h.fake.postMessage(`<@${IDS.bot}> What did IBM announce?`, { mentions: [BOT_USER] });
    const reply = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && bodyOf<MessageJson>(r).message_reference?.message_id === id,
    );
    expect(lastConversation()).toBe(`discord:${IDS.channel}`);
    expect(bodyOf<MessageJson>(reply).allowed_mentions).toEqual({ parse: [], replied_user: false });

    const { token } = await click(reply, suggestionButtons(reply)[0]!);
    await h.fake.waitForRequest(route.edit(token));
    expect(engine.asked.at(-1)?.options?.conversation).toBe(`discord:${IDS.channel}`);
    expect(engine.asked.at(-1)?.question).toBe('Who is Jennifer Lee?');
  });
});

describe('a follow-up the core rewrote', () => {
  it('says what it was understood as in the embed footer', async () => {
    engine.respond = (question) =>
      cannedAnswer(question, {
        interpretedAs: 'What did Microsoft announce?',
        answer: 'About Microsoft: it stopped selling to police. [1]',
      });
    const embed = bodyOf<MessageJson>(await askCommand({ question: 'And Microsoft?' })).embeds![0]!;
    const footer = 'Understood as: What did Microsoft announce? · Confidence: high (90%) · from the coverage only';
    expect(embed.footer?.text).toBe(footer);
  });
});
