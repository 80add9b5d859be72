import { GatewayIntentBits, type APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { APOLOGY } from '../../adapters/discord/replies.ts';
import { FakeEngine } from '../support/fake-engine.ts';
import { BOT_USER, IDS, type RecordedRequest } from './fake-discord.ts';
import { bodyOf, startHarness, type Harness, useHarness } from './harness.ts';

interface ReplyJson {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions?: { parse: string[]; replied_user?: boolean };
  message_reference?: { message_id: string };
}

const engine = new FakeEngine();
let h: Harness;

useHarness(
  engine,
  (started) => {
    h = started;
  },
  { mentions: true },
);

/** Waits for the bot's reply to one message. */
async function replyTo(messageId: string): Promise<ReplyJson> {
  const isReply = (r: RecordedRequest): boolean =>
    r.method === 'POST' &&
    r.path === `/channels/${IDS.channel}/messages` &&
    bodyOf<ReplyJson>(r).message_reference?.message_id === messageId;
  return bodyOf<ReplyJson>(await h.fake.waitForRequest(isReply));
}

describe('mentions (DISCORD_ENABLE_MENTIONS=true)', () => {
  it('asks for the message intents, Message Content included', async () => {
    const identify = await h.fake.frames.waitFor((frame) => frame.op === 2);
    const intents = GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent;
    expect(identify.d).toMatchObject({ intents });
  });

  it('answers a message that mentions the bot with a reply that pings no one, not even the asker', async () => {
    const id = h.fake.postMessage(`<@${IDS.bot}> How long is the moratorium? @everyone`, { mentions: [BOT_USER] });
    const reply = await replyTo(id);
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.embeds![0]!.description).toContain('one-year moratorium');
    expect(engine.asked.at(-1)?.question).toBe('How long is the moratorium?');
  });

  it('ignores bots and messages that do not mention it', async () => {
    const asked = engine.asked.length;
    const otherBot = { ...BOT_USER, id: '100000000000000099' };
    h.fake.postMessage(`<@${IDS.bot}> Are you a bot too?`, { mentions: [BOT_USER], author: otherBot });
    h.fake.postMessage('How long is the moratorium?');
    // Messages are handled in order, so once this one is answered the two before it were seen and skipped.
    await replyTo(h.fake.postMessage(`<@${IDS.bot}> Who announced it?`, { mentions: [BOT_USER] }));
    expect(engine.asked.slice(asked).map((entry) => entry.question)).toEqual(['Who announced it?']);
  });

  it('replies with a usage hint to a bare mention', async () => {
    const reply = await replyTo(h.fake.postMessage(`<@!${IDS.bot}>`, { mentions: [BOT_USER] }));
    expect(reply.content).toBe(
      'Please include a question about the coverage, for example: “How long is the moratorium?”',
    );
  });

  it('replies with an apology when the core fails', async () => {
    engine.respond = () => {
      throw new Error('index exploded');
    };
    const id = h.fake.postMessage(`<@${IDS.bot}> How long is the moratorium?`, { mentions: [BOT_USER] });
    const reply = await replyTo(id);
    expect(reply).toMatchObject({ content: APOLOGY, allowed_mentions: { parse: [], replied_user: false } });
  });
});

describe('mentions without the Message Content intent enabled for the application', () => {
  it('fail to start with the reason Discord gave, instead of running without mentions', async () => {
    const starting = startHarness(new FakeEngine(), { mentions: true, messageContentIntent: false });
    await expect(starting).rejects.toThrow('Used disallowed intents');
  });
});
