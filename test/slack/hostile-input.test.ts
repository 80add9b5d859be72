import { describe, expect, it } from 'vitest';
import type { Json } from '../support/fixtures.ts';
import {
  DISCORD_MENTIONS,
  HOSTILE_QUESTIONS,
  MASS_PING,
  SLACK_MENTIONS,
  wrapInMentions,
} from '../support/hostile-text.ts';
import { expectValidBlocks, handled, shownText, type Harness, useRealEngine } from './harness.ts';
import { askCommand, deliver, recordedEvent } from './recorded.ts';

// The "done when" of issue 12 for Slack: the core's hostile questions, and questions wrapped in mentions of either
// platform, sent as Slack records them to the real Bolt app and the real engine.
let h: Harness;
useRealEngine((_engine, harness) => {
  h = harness;
});

let sent = 0;
/** A fresh user for each question, so the per-user rate limit never decides an outcome. */
const nextUser = (): string => `U0HOSTILE${++sent}`;

/** Asks `text` by mention, by direct message and by /ask; resolves with the three replies (ephemeral or not). */
async function askEveryWay(text: string): Promise<Json[]> {
  const id = ++sent;
  const mentioned = { text: `<@UBOT> ${text}`, channel: `C0H${id}`, user: nextUser() };
  const mention = recordedEvent('event-app-mention', `Ev0H${id}M`, mentioned);
  const dm = recordedEvent('event-message-im', `Ev0H${id}D`, { text, channel: `D0H${id}`, user: nextUser() });
  for (const envelope of [mention, dm]) expect(await deliver(h, envelope)).toBe(200);
  expect(await askCommand(h, text, `hostile-${id}`, { user_id: nextUser() })).toBe(200);
  await handled(h, `Ev0H${id}M`);
  await handled(h, `Ev0H${id}D`);
  const replies = (channel: string) => [
    ...h.api.callsTo('chat.postMessage', channel),
    ...h.api.callsTo('chat.postEphemeral', channel),
  ];
  const command = await h.api.until(() => h.api.responsesTo(`hostile-${id}`)[0]);
  return [...replies(`C0H${id}`), ...replies(`D0H${id}`)].map((call) => call.args).concat(command.body);
}

/** Asserts a reply fits Block Kit and can notify nobody: no broadcast, no mention markup but its own citation links. */
function expectSafe(message: Json): void {
  expectValidBlocks(message.blocks);
  const shown = shownText(message);
  expect(shown.replace(/<https?:[^<>|]+\|\[\d+\]>/gu, '')).not.toMatch(/<[@#!]/u);
  expect(shown).not.toMatch(MASS_PING);
}

describe('hostile input through Slack', () => {
  it.each(HOSTILE_QUESTIONS.map((text) => [JSON.stringify(text).slice(0, 40), text]))(
    'answers %s validly everywhere, echoing no ping',
    async (_name, text) => {
      const replies = await askEveryWay(text);
      expect(replies).toHaveLength(3);
      for (const reply of replies) expectSafe(reply);
    },
  );

  it.each([
    ['Slack', SLACK_MENTIONS],
    ['Discord', DISCORD_MENTIONS],
  ])('gives a question wrapped in %s mentions the same answer as without them', async (_platform, mentions) => {
    const question = 'How long is the moratorium?';
    const [plain, wrapped] = [await askEveryWay(question), await askEveryWay(wrapInMentions(question, mentions))];
    expect(wrapped.map(shownText)).toEqual(plain.map(shownText));
    expect(shownText(plain[0]!)).toMatch(/one[- ]year/u);
  });

  it('answers a message of mentions only with the usage, privately, without an answer', async () => {
    const replies = await askEveryWay(`${SLACK_MENTIONS.join(' ')} ${DISCORD_MENTIONS.join(' ')}`);
    for (const reply of replies) expect(shownText(reply)).toContain('Ask me a question about the news coverage');
  });
});
