import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { createSlackBot, type SlackBot } from '../../adapters/slack/app.ts';
import { loadSlackConfig } from '../../adapters/slack/config.ts';
import { FakeEngine } from '../support/fake-engine.ts';
import { testReliability } from '../support/reliability.ts';
import { BOT, FakeSlackApi } from './fake-slack-api.ts';
import { eventEnvelope, LogCapture } from './harness.ts';

// Socket Mode against a local websocket that speaks Slack's protocol: hello, then event envelopes the client acks.
const api = new FakeSlackApi();
let wss: WebSocketServer;
const logs = new LogCapture();
const acks: unknown[] = [];
let bot: SlackBot;
let slack: WebSocket;

beforeAll(async () => {
  await api.start();
  wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(wss, 'listening');
  api.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`;
  wss.on('connection', (socket) => {
    slack = socket;
    socket.on('message', (data) => acks.push(JSON.parse(String(data))));
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0TEST' } }));
  });
  const config = loadSlackConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_APP_TOKEN: 'xapp-1-test-token',
    SLACK_API_URL: api.apiUrl,
  });
  bot = await createSlackBot({ config, engine: new FakeEngine(), logger: logs.logger, reliability: testReliability() });
});
afterAll(async () => {
  await bot.stop();
  await new Promise<void>((resolve) => wss.close(() => resolve()));
  await api.close();
});

describe('Socket Mode', () => {
  it('connects through apps.connections.open, acks an event and answers it in a thread', async () => {
    expect(bot.mode).toBe('socket');
    expect(await bot.start()).toBeNull();
    expect(api.callsTo('apps.connections.open')).toHaveLength(1);

    const event = {
      type: 'app_mention',
      user: 'U0ASKER',
      text: `<@${BOT.userId}> How long?`,
      ts: '1700000001.000100',
      channel: 'C0SOCKET',
    };
    slack.send(
      JSON.stringify({
        envelope_id: 'env-1',
        type: 'events_api',
        accepts_response_payload: false,
        retry_attempt: 0,
        retry_reason: '',
        payload: JSON.parse(eventEnvelope('EvSOCKET', event)) as unknown,
      }),
    );
    const [record] = await logs.waitFor((r) => r.event === 'slack_handled' && r.eventId === 'EvSOCKET');
    expect(record?.outcome).toBe('answered');
    expect(acks).toContainEqual({ envelope_id: 'env-1', payload: {} });
    expect(api.callsTo('chat.postMessage', 'C0SOCKET').map((c) => c.args.thread_ts)).toEqual(['1700000001.000100']);
  });
});
