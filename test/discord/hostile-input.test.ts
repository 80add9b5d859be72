import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedLength, LIMITS } from '../../adapters/discord/embed-text.ts';
import { createEngine } from '../../src/create-engine.ts';
import type { Engine } from '../../src/engine.ts';
import {
  DISCORD_MENTIONS,
  HOSTILE_QUESTIONS,
  MASS_PING,
  SLACK_MENTIONS,
  wrapInMentions,
} from '../support/hostile-text.ts';
import { BOT_USER, type RecordedRequest } from './fake-discord.ts';
import { bodyOf, startHarness, type Harness, type MessageJson } from './harness.ts';
import { recordedAsk, recordedMention } from './recorded.ts';

// The "done when" of issue 12 for Discord: the core's hostile questions, and questions wrapped in mentions of either
// platform, sent as Discord records them to the real discord.js client and the real engine.
let engine: Engine;
let h: Harness;

beforeAll(async () => {
  // Budgets high enough that the rate limit never decides an outcome here.
  engine = await createEngine({ rateLimits: { perUser: 1000, global: 1000, windowSeconds: 60 } });
  h = await startHarness(engine, { mentions: true });
});
afterAll(async () => {
  await h.stop();
  await engine.close();
});

/** Every message the bot sent in answer to one /ask (its token) or one mention (its message id); not deferrals. */
async function repliesTo(kind: 'ask' | 'mention', id: string): Promise<MessageJson[]> {
  const field = kind === 'ask' ? 'interactionId' : 'messageId';
  const interactionId = id.replace('interaction-token-', '');
  await h.logs.waitFor((r) => r.event === 'discord_handled' && r[field] === interactionId);
  const ours = (r: RecordedRequest): boolean =>
    kind === 'ask'
      ? r.path.includes(`/${id}`) && r.body !== null
      : (r.body as MessageJson | null)?.message_reference?.message_id === id;
  return h.fake.requests.items
    .filter(ours)
    .map((r) => {
      const body = bodyOf<MessageJson & { data?: MessageJson }>(r);
      return body.data ?? body;
    })
    .filter((body) => body.content !== undefined || body.embeds !== undefined);
}

/** Everything a reply shows as text: content, and each embed's title, description, fields and footer. */
function shown(reply: MessageJson): string {
  const embeds = (reply.embeds ?? []).flatMap((e) => [
    e.title,
    e.description,
    e.footer?.text,
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
  ]);
  return [reply.content, ...embeds].filter((part) => part !== undefined).join('\n');
}

/** Asserts a reply fits Discord's limits, lets nobody be pinged, and echoes no mention or broadcast. */
function expectSafe(reply: MessageJson): void {
  expect(reply.allowed_mentions?.parse).toEqual([]);
  expect(reply.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  for (const embed of reply.embeds ?? []) expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  expect(shown(reply)).not.toMatch(/<[@#!]|<\/\w/u);
  expect(shown(reply)).not.toMatch(MASS_PING);
}

describe('hostile input through Discord', () => {
  it.each(HOSTILE_QUESTIONS.map((text) => [JSON.stringify(text).slice(0, 40), text]))(
    'answers %s validly by /ask and by mention, echoing no ping',
    async (_name, text) => {
      const replies = [
        ...(await repliesTo('ask', recordedAsk(h.fake, text))),
        ...(await repliesTo('mention', recordedMention(h.fake, `<@${BOT_USER.id}> ${text}`))),
      ];
      expect(replies.length).toBeGreaterThanOrEqual(2);
      for (const reply of replies) expectSafe(reply);
    },
  );

  it.each([
    ['Discord', DISCORD_MENTIONS],
    ['Slack', SLACK_MENTIONS],
  ])('gives a question wrapped in %s mentions the same answer as without them', async (_platform, mentions) => {
    const question = 'How long is the moratorium?';
    const embedsOf = async (text: string): Promise<APIEmbed[]> => {
      const asked = await repliesTo('ask', recordedAsk(h.fake, text));
      const mentioned = await repliesTo('mention', recordedMention(h.fake, `<@${BOT_USER.id}> ${text}`));
      return [...asked, ...mentioned].flatMap((reply) => reply.embeds ?? []);
    };
    const [plain, wrapped] = [await embedsOf(question), await embedsOf(wrapInMentions(question, mentions))];
    expect(plain).toHaveLength(2);
    expect(plain[0]!.description).toMatch(/one[- ]year/u);
    expect(wrapped).toEqual(plain);
  });
});
