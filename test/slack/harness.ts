import { createHmac } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { expect } from 'vitest';
import { createSlackBot, type SlackBot } from '../../adapters/slack/app.ts';
import { loadSlackConfig } from '../../adapters/slack/config.ts';
import type { Engine } from '../../src/engine.ts';
import { createLogger } from '../../src/logger.ts';
import { BOT, FakeSlackApi } from './fake-slack-api.ts';

/** The signing secret the test app is configured with (never a real one). */
export const SIGNING_SECRET = '0123456789abcdef0123456789abcdef';

/** One parsed pino record. */
export type LogRecord = Record<string, unknown> & { msg?: string; level: number };

/** An in-memory pino destination: keeps every record and lets a test await one. */
export class LogCapture {
  readonly records: LogRecord[] = [];
  private readonly events = new EventEmitter();

  write(line: string): void {
    this.records.push(JSON.parse(line) as LogRecord);
    this.events.emit('record');
  }

  /** Resolves with the records matching `match` once there are at least `count` of them. */
  async waitFor(match: (record: LogRecord) => boolean, count = 1): Promise<LogRecord[]> {
    for (;;) {
      const found = this.records.filter(match);
      if (found.length >= count) return found;
      await once(this.events, 'record');
    }
  }
}

/** A running bot in HTTP mode on loopback, talking to a fake Slack Web API. */
export interface Harness {
  bot: SlackBot;
  api: FakeSlackApi;
  logs: LogCapture;
  /** Base URL of the bot's HTTP receiver. */
  url: string;
  close(): Promise<void>;
}

/** Starts a fake Slack API and the real Bolt app (HTTP mode, ephemeral port) around `engine`; config goes through the same env parsing as production. */
export async function startHarness(engine: Engine, clock?: () => number): Promise<Harness> {
  const api = new FakeSlackApi();
  await api.start();
  const logs = new LogCapture();
  const logger = createLogger({ level: 'debug', destination: logs });
  const config = loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.apiUrl });
  const bot = await createSlackBot({ config, engine, logger, clock });
  const port = await bot.start({ port: 0, host: '127.0.0.1' });
  return {
    bot, api, logs, url: `http://127.0.0.1:${port}/slack/events`,
    async close() {
      await bot.stop();
      await api.close();
    },
  };
}

/** How to sign a request: properly, with a wrong secret, not at all, or with a timestamp from the past. */
export interface SendOptions {
  signature?: 'valid' | 'bad' | 'missing';
  /** Seconds since the epoch for x-slack-request-timestamp (default: now). */
  timestamp?: number;
  /** Sets X-Slack-Retry-Num, as Slack does when it redelivers an event. */
  retryNum?: number;
}

/** POSTs a raw body to the bot, signed the way Slack signs: v0= HMAC-SHA256 of "v0:timestamp:body". */
export async function send(url: string, body: string, contentType: string, options: SendOptions = {}): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const secret = options.signature === 'bad' ? 'not-the-signing-secret' : SIGNING_SECRET;
  const headers: Record<string, string> = { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp) };
  if (options.signature !== 'missing') {
    headers['x-slack-signature'] = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  }
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return fetch(url, { method: 'POST', headers, body });
}

/** An Events API envelope around `event`, as Slack delivers it. */
export function eventEnvelope(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy-verification-token', team_id: BOT.teamId, api_app_id: 'A0TEST', type: 'event_callback',
    event_id: eventId, event_time: 1_700_000_000, event: { event_ts: event.ts, ...event },
    authorizations: [{ enterprise_id: null, team_id: BOT.teamId, user_id: BOT.userId, is_bot: true, is_enterprise_install: false }],
  });
}

/** Sends one event; resolves with the HTTP status. */
export async function sendEvent(url: string, eventId: string, event: Record<string, unknown>, options: SendOptions = {}): Promise<number> {
  const response = await send(url, eventEnvelope(eventId, event), 'application/json', options);
  return response.status;
}

/** Sends a /ask slash command whose response_url points at the fake API; resolves with the HTTP status. */
export async function sendCommand(h: Harness, text: string, responseId: string, channel = 'C0CMD'): Promise<number> {
  const form = new URLSearchParams({
    token: 'legacy-verification-token', team_id: BOT.teamId, team_domain: 'test', channel_id: channel, channel_name: 'general',
    user_id: 'U0ASKER', user_name: 'ann', command: '/ask', text, api_app_id: 'A0TEST',
    response_url: h.api.responseUrl(responseId), trigger_id: '1.2.3',
  });
  const response = await send(h.url, form.toString(), 'application/x-www-form-urlencoded');
  return response.status;
}

/** Sends a block_actions payload (a button click) as Slack posts it: a form with one JSON `payload` field. */
export async function sendAction(h: Harness, payload: Record<string, unknown>): Promise<number> {
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
  h: Harness, where: ClickedMessage, button: { action_id?: string; block_id?: string; value?: string }, responseId: string, user = 'U0CLICKER',
): Promise<number> {
  const thread = where.threadTs === undefined ? {} : { thread_ts: where.threadTs };
  return sendAction(h, {
    type: 'block_actions', api_app_id: 'A0TEST', token: 'legacy-verification-token', trigger_id: '1.2.3',
    user: { id: user, username: 'bob', team_id: BOT.teamId }, team: { id: BOT.teamId, domain: 'test' },
    container: { type: 'message', message_ts: where.ts, channel_id: where.channel, is_ephemeral: where.ephemeral ?? false, ...thread },
    channel: { id: where.channel, name: 'general' },
    ...(where.message ? { message: { type: 'message', ts: where.ts, user: BOT.userId, bot_id: BOT.botId, ...thread, ...where.message } } : {}),
    response_url: h.api.responseUrl(responseId),
    actions: [{ type: 'button', action_id: button.action_id, block_id: button.block_id, value: button.value, action_ts: '1700000101.000001' }],
  });
}

/** Resolves when the bot has finished with the event `eventId` `count` times (answered, skipped or failed). */
export function handled(h: Harness, eventId: string, count = 1): Promise<LogRecord[]> {
  return h.logs.waitFor((r) => r.event === 'slack_handled' && r.eventId === eventId, count);
}

type Json = Record<string, unknown>;
const textOf = (object: unknown): string => String((object as Json | undefined)?.text ?? '');

/** Asserts Block Kit's limits: at most 50 blocks, text objects up to 3,000 characters, at most 10 context elements. */
export function expectValidBlocks(blocks: unknown): void {
  expect(Array.isArray(blocks)).toBe(true);
  const list = blocks as Json[];
  expect(list.length).toBeGreaterThan(0);
  expect(list.length).toBeLessThanOrEqual(50);
  for (const block of list) {
    if (block.type === 'section') {
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
  const texts = blocks.flatMap((b) => (b.type === 'section' ? [textOf(b.text)] : b.type === 'context' ? (b.elements as Json[]).map(textOf) : []));
  return [String(message.text), ...texts].join('\n');
}
