import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { LogLevel, webApi } from '@slack/bolt';
import { DiscordAPIError, REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardProcess, secretsOf } from '../../adapters/shared/run-adapter.ts';
import { loadSlackBotConfig } from '../../adapters/slack/config.ts';
import { FAKE_TOKEN, FakeDiscord } from '../discord/fake-discord.ts';
import { LogCapture } from '../support/log-capture.ts';
import { runEntryPoint } from '../support/run-entry.ts';
import { FakeSlackApi } from './fake-slack-api.ts';

// Shaped like real secrets, so the scrubbing is tested against what production would log.
const BOT_TOKEN = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx';
const SECRET = 'fedcba9876543210fedcba9876543210';

describe('secrets never reach the log', () => {
  const api = new FakeSlackApi();
  beforeAll(async () => {
    await api.start();
    api.acceptToken = 'xoxb-the-one-valid-token';
  });
  afterAll(async () => {
    await api.close();
  });

  it('when `npm run slack` fails at startup because Slack refuses the token, even logging at trace level', async () => {
    const env = {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: '0',
      LOG_LEVEL: 'trace',
      INDEX_CACHE_DIR: 'off',
    };
    const { code, stdout, stderr } = await runEntryPoint('adapters/slack/main.ts', env);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n').at(-1)).toMatch(/^Slack refused the token \(invalid_auth\)/u);
    // The bot did call Slack with the token, and logged about it (stderr holds the JSON log lines too).
    expect(api.callsTo('auth.test').length).toBeGreaterThan(0);
    expect(stderr.split('\n').filter((line) => line.startsWith('{')).length).toBeGreaterThan(0);
    for (const output of [stdout, stderr]) {
      expect(output).not.toContain(BOT_TOKEN);
      expect(output).not.toContain(SECRET);
    }
  });

  it('in Web API errors (even one carrying the request headers), in a config dump and in messages', async () => {
    // A server that drops every connection, so the client throws a request error holding the HTTP request it made.
    const broken = createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    const client = new webApi.WebClient(BOT_TOKEN, {
      slackApiUrl: `http://127.0.0.1:${(broken.address() as AddressInfo).port}/api/`,
      retryConfig: { retries: 0 },
      logLevel: LogLevel.ERROR,
    });
    const error = await client.chat.postMessage({ channel: 'C1', text: 'hi' }).catch((e: unknown) => e);
    broken.close();
    expect(error).toMatchObject({ code: 'slack_webapi_request_error' });
    // HTTP clients built on axios put the whole request, Authorization header included, on their errors.
    const axiosStyle = Object.assign(new Error(`Request failed for ${BOT_TOKEN.slice(0, 4)}…`), {
      config: {
        url: 'https://slack.com/api/chat.postMessage',
        headers: { Authorization: `Bearer ${BOT_TOKEN}` },
        data: `token=${BOT_TOKEN}&channel=C1`,
      },
    });
    expect(inspect(axiosStyle, { depth: 8 })).toContain(BOT_TOKEN);

    const config = loadSlackBotConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET });
    // The adapters pass the configured secrets to the logger, so values with no recognizable shape are caught too.
    const logs = new LogCapture(secretsOf(config));
    logs.logger.error({ err: error }, 'Slack call failed');
    logs.logger.error({ err: axiosStyle }, 'Slack call failed');
    logs.logger.info({ config }, 'configuration');
    logs.logger.warn(
      { request: { headers: { Authorization: `Bearer ${BOT_TOKEN}` } }, note: `signed with ${SECRET}` },
      `retrying with ${BOT_TOKEN}`,
    );
    const written = JSON.stringify(logs.records);
    expect(written).toContain('[redacted]');
    expect(written).toContain('slack_webapi_request_error');
    expect(written).not.toContain(BOT_TOKEN);
    expect(written).not.toContain(SECRET);
    expect(secretsOf(config)).toEqual([BOT_TOKEN, SECRET]);
  });

  it('in a discord.js REST error for a refused token', async () => {
    const fake = await FakeDiscord.start();
    try {
      const wrong = FAKE_TOKEN.replace('fake', 'revoked');
      const error = await new REST({ api: fake.apiUrl, retries: 0 })
        .setToken(wrong)
        .get('/users/@me')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DiscordAPIError);
      const logs = new LogCapture();
      logs.logger.error({ err: error, token: wrong }, `Discord refused ${wrong}`);
      const written = JSON.stringify(logs.records);
      expect(written).toContain('401: Unauthorized');
      expect(written).not.toContain(wrong);
    } finally {
      await fake.close();
    }
  });
});

describe('process guards', () => {
  it('log unhandled rejections and uncaught exceptions with their stack and context, scrubbed', () => {
    const logs = new LogCapture();
    const process = new EventEmitter();
    guardProcess(logs.logger, process);
    process.emit('unhandledRejection', new Error(`request with ${BOT_TOKEN} failed`));
    process.emit('uncaughtException', new TypeError('socket hang up'), 'uncaughtException');
    const [rejection] = logs.all('unhandled_rejection');
    expect(rejection?.msg).toBe('unhandled rejection: request with [redacted] failed');
    expect((rejection?.err as { stack?: string } | undefined)?.stack).toMatch(/\n\s+at /u);
    expect(logs.all('uncaught_exception')[0]).toMatchObject({
      origin: 'uncaughtException',
      err: { type: 'TypeError', message: 'socket hang up' },
    });
    expect(JSON.stringify(logs.records)).not.toContain(BOT_TOKEN);
  });
});
