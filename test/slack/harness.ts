import { FakeEngine } from '../support/fake-engine.ts';
import { useHarnessWith } from '../support/use-harness.ts';
import { afterAll, beforeAll, expect } from 'vitest';
import { QuestionCatalog } from '../../adapters/shared/question-catalog.ts';
import type { Reliability } from '../../adapters/shared/reliability.ts';
import { createSlackBot, type SlackBot } from '../../adapters/slack/app.ts';
import { loadSlackConfig } from '../../adapters/slack/config.ts';
import { createEngine } from '../../src/create-engine.ts';
import type { Engine } from '../../src/engine.ts';
import { testReliability } from '../support/reliability.ts';
import { BOT, FakeSlackApi } from './fake-slack-api.ts';
import { send, SIGNING_SECRET } from './signing.ts';

export { eventEnvelope, sendEvent, SIGNING_SECRET } from './signing.ts';

import { LogCapture, type LogRecord } from '../support/log-capture.ts';

export { LogCapture, type LogRecord };

/** A running bot in HTTP mode on loopback, talking to a fake Slack Web API. */
export interface Harness {
  bot: SlackBot;
  api: FakeSlackApi;
  logs: LogCapture;
  reliability: Reliability;
  /** Base URL of the bot's HTTP receiver. */
  url: string;
  /** Base URL of the receiver's own routes (`/healthz`). */
  origin: string;
  close(): Promise<void>;
}

/** What a test may set: the clock, and the deadline and in-flight tracker (default: as production configures them). */
export interface HarnessOptions {
  clock?: () => number;
  reliability?: Reliability;
}

/**
 * Starts a fake Slack API and the real Bolt app (HTTP mode, ephemeral port) around `engine`; config goes through the
 * same env parsing as production.
 */
export async function startHarness(engine: Engine, options: HarnessOptions = {}): Promise<Harness> {
  const api = new FakeSlackApi();
  await api.start();
  const logs = new LogCapture();
  const { logger } = logs;
  const config = loadSlackConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.apiUrl,
  });
  const reliability = options.reliability ?? testReliability();
  // Collected before the bot starts, so the engine's questions to build it never interleave with a test's.
  const catalog = new QuestionCatalog(engine, logger, options.clock);
  await catalog.ready();
  // Tests count the questions the bot asks; those were the catalog's.
  if (engine instanceof FakeEngine) engine.asked.splice(0);
  const bot = await createSlackBot({ config, engine, logger, reliability, clock: options.clock, catalog });
  const port = await bot.start({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${port}`;
  return {
    bot,
    api,
    logs,
    reliability,
    url: `${origin}/slack/events`,
    origin,
    async close() {
      await bot.stop();
      await api.close();
    },
  };
}

/** Sends a /ask slash command whose response_url points at the fake API; resolves with the HTTP status. */
export async function sendCommand(h: Harness, text: string, responseId: string, channel = 'C0CMD'): Promise<number> {
  const form = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: BOT.teamId,
    team_domain: 'test',
    channel_id: channel,
    channel_name: 'general',
    user_id: 'U0ASKER',
    user_name: 'ann',
    command: '/ask',
    text,
    api_app_id: 'A0TEST',
    response_url: h.api.responseUrl(responseId),
    trigger_id: '1.2.3',
  });
  const response = await send(h.url, form.toString(), 'application/x-www-form-urlencoded');
  return response.status;
}

/** Sends a block_actions payload (a button click) as Slack posts it: a form with one JSON `payload` field. */
async function sendAction(h: Harness, payload: Record<string, unknown>): Promise<number> {
  const form = new URLSearchParams({ payload: JSON.stringify(payload) });
  const response = await send(h.url, form.toString(), 'application/x-www-form-urlencoded');
  return response.status;
}

/** The message a button sits under, as Slack describes it in a click's payload. */
export interface ClickedMessage {
  channel: string;
  /** The message's own ts. */
  ts: string;
  /** The thread it is in, when it is in one. */
  threadTs?: string;
  /** What the message showed; Slack sends no message back for ephemeral ones. */
  message?: { text?: unknown; blocks?: unknown };
  ephemeral?: boolean;
}

/** A click on one button, as a block_actions payload from the user U0CLICKER unless another user is given. */
export async function clickButton(
  h: Harness,
  where: ClickedMessage,
  button: { action_id?: string; block_id?: string; value?: string },
  responseId: string,
  user = 'U0CLICKER',
): Promise<number> {
  const thread = where.threadTs === undefined ? {} : { thread_ts: where.threadTs };
  const clicked = { type: 'message', ts: where.ts, user: BOT.userId, bot_id: BOT.botId, ...thread, ...where.message };
  return sendAction(h, {
    type: 'block_actions',
    api_app_id: 'A0TEST',
    token: 'legacy-verification-token',
    trigger_id: '1.2.3',
    user: { id: user, username: 'bob', team_id: BOT.teamId },
    team: { id: BOT.teamId, domain: 'test' },
    container: {
      type: 'message',
      message_ts: where.ts,
      channel_id: where.channel,
      is_ephemeral: where.ephemeral ?? false,
      ...thread,
    },
    channel: { id: where.channel, name: 'general' },
    ...(where.message ? { message: clicked } : {}),
    response_url: h.api.responseUrl(responseId),
    actions: [{ type: 'button', ...button, action_ts: '1700000101.000001' }],
  });
}

/** Resolves when the bot has finished with the event `eventId` `count` times (answered, skipped or failed). */
export function handled(h: Harness, eventId: string, count = 1): Promise<LogRecord[]> {
  return h.logs.waitFor((r) => r.event === 'slack_handled' && r.eventId === eventId, count);
}

type Json = Record<string, unknown>;
const textOf = (object: unknown): string => String((object as Json | undefined)?.text ?? '');

/**
 * Asserts Block Kit's limits: at most 50 blocks in a message (100 in a Home tab), text objects up to 3,000
 * characters, at most 10 context elements, headers up to 150.
 */
export function expectValidBlocks(blocks: unknown, maxBlocks = 50): void {
  expect(Array.isArray(blocks)).toBe(true);
  const list = blocks as Json[];
  expect(list.length).toBeGreaterThan(0);
  expect(list.length).toBeLessThanOrEqual(maxBlocks);
  for (const block of list) {
    if (block.type === 'header') {
      expect(textOf(block.text).length).toBeGreaterThan(0);
      expect(textOf(block.text).length).toBeLessThanOrEqual(150);
    } else if (block.type === 'section') {
      expect(textOf(block.text).length).toBeGreaterThan(0);
      expect(textOf(block.text).length).toBeLessThanOrEqual(3000);
    } else if (block.type === 'context') {
      const elements = block.elements as Json[];
      expect(elements.length).toBeGreaterThan(0);
      expect(elements.length).toBeLessThanOrEqual(10);
      for (const element of elements) expect(textOf(element).length).toBeLessThanOrEqual(3000);
    } else if (block.type === 'actions') {
      for (const element of block.elements as Json[]) {
        expect(textOf(element.text).length).toBeLessThanOrEqual(75);
        expect(String(element.value).length).toBeLessThanOrEqual(2000);
      }
    } else {
      throw new Error(`unexpected block type ${String(block.type)}`);
    }
  }
}

/** What a message displays: its fallback text and the mrkdwn of its section and context blocks (not button values). */
export function shownText(message: { text?: unknown; blocks?: unknown }): string {
  const blocks = (message.blocks ?? []) as Json[];
  const texts = blocks.flatMap((b) => {
    if (b.type === 'section') return [textOf(b.text)];
    return b.type === 'context' ? (b.elements as Json[]).map(textOf) : [];
  });
  return [String(message.text), ...texts].join('\n');
}

/** Starts a harness around `engine` for the enclosing file or describe block; see useHarnessWith. */
export function useHarness(engine: FakeEngine, use: (harness: Harness) => void, options: HarnessOptions = {}): void {
  useHarnessWith(
    engine,
    () => startHarness(engine, options),
    (harness) => harness.close(),
    use,
  );
}

/**
 * The real engine on the bundled corpus behind a harness, for the enclosing file or describe block; both are
 * stopped afterwards.
 */
export function useRealEngine(use: (engine: Engine, harness: Harness) => void): void {
  let engine: Engine | undefined;
  let harness: Harness | undefined;
  beforeAll(async () => {
    engine = await createEngine();
    harness = await startHarness(engine);
    use(engine, harness);
  });
  afterAll(async () => {
    await harness?.close();
    await engine?.close();
  });
}
