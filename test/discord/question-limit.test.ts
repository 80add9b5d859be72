import { InteractionResponseType, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { FakeEngine } from '../support/fake-engine.ts';
import { BOT_USER, IDS, type RecordedRequest } from './fake-discord.ts';
import { bodyOf, route, useHarness, type CallbackJson, type Harness, type MessageJson } from './harness.ts';
import { recordedAsk, recordedMention } from './recorded.ts';

// Item 4 of issue 12: Discord takes its question length limit from QUESTION_MAX_CHARS, as Slack does.
const engine = new FakeEngine();
let h: Harness;

useHarness(
  engine,
  (started) => {
    h = started;
  },
  { maxQuestionChars: 80, mentions: true },
);

const question = (length: number): string => {
  const words = `Why ${'so '.repeat(length)}`.slice(0, length - 1).trimEnd();
  return `${words}?`;
};

describe('QUESTION_MAX_CHARS=80', () => {
  it('refuses a longer /ask privately, stating the configured limit, without asking the engine', async () => {
    const asked = engine.asked.length;
    const token = recordedAsk(h.fake, question(120));
    const callback = bodyOf<CallbackJson>(await h.fake.waitForRequest(route.callback(token)));
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.data?.content).toContain('questions can be up to 80 characters');
    expect(engine.asked).toHaveLength(asked);
  });

  it('answers one within the limit, counted without its mentions', async () => {
    const token = recordedAsk(h.fake, `@everyone <@&${IDS.guild}> ${question(75)}`);
    await h.fake.waitForRequest(route.edit(token));
    expect(engine.asked.at(-1)?.question).toBe(question(75));
  });

  it('applies the same limit to mentions', async () => {
    const id = recordedMention(h.fake, `<@${BOT_USER.id}> ${question(120)}`);
    const isReply = (r: RecordedRequest): boolean =>
      bodyOf<MessageJson | null>(r)?.message_reference?.message_id === id;
    const reply = bodyOf<MessageJson>(await h.fake.waitForRequest(isReply));
    expect(reply.content).toContain('questions can be up to 80 characters');
  });
});
