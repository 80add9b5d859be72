import { describe, expect, it } from 'vitest';
import { loadSlackBotConfig, loadSlackConfig, slackMode } from '../../adapters/slack/config.ts';
import { ConfigError } from '../../src/errors.ts';
import { runEntryPoint } from '../support/run-entry.ts';

const SECRET = '0123456789abcdef0123456789abcdef';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadSlackBotConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('Slack config', () => {
  it('lists every missing setting with its fix', () => {
    const error = configError({});
    expect(error.problems).toHaveLength(2);
    expect(error.problems[0]).toMatch(/^SLACK_BOT_TOKEN is not set: .*Bot User OAuth Token/u);
    expect(error.problems[1]).toMatch(/^SLACK_SIGNING_SECRET is not set: .*Signing Secret.*or set SLACK_APP_TOKEN/u);
  });

  it('names malformed tokens without echoing them', () => {
    const env = {
      SLACK_BOT_TOKEN: 'xapp-1-SECRETVALUE',
      SLACK_APP_TOKEN: 'xoxb-SECRETVALUE',
      PORT: 'eighty',
      SLACK_API_URL: 'ftp://x',
      LOG_LEVEL: 'loud',
    };
    const error = configError(env);
    expect(error.problems.map((p) => p.split(' ')[0])).toEqual([
      'LOG_LEVEL',
      'SLACK_BOT_TOKEN',
      'SLACK_APP_TOKEN',
      'PORT',
      'SLACK_API_URL',
    ]);
    expect(error.message).toContain('expected a bot token starting with xoxb-');
    expect(error.message).not.toContain('SECRETVALUE');
  });

  it('rejects a Verification Token given as the signing secret', () => {
    expect(
      configError({ SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_SIGNING_SECRET: 'AbCdEfGhIjKlMnOpQrStUvWx' }).problems,
    ).toEqual([expect.stringMatching(/^SLACK_SIGNING_SECRET is invalid \(expected the hex Signing Secret/u)]);
  });

  it('chooses Socket Mode when an app token is set, and HTTP mode otherwise', () => {
    const socket = loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_APP_TOKEN: 'xapp-1-2' });
    expect(slackMode(socket)).toBe('socket');
    const http = loadSlackConfig({
      SLACK_BOT_TOKEN: 'xoxb-1-2',
      SLACK_SIGNING_SECRET: SECRET,
      PORT: '8080',
      SLACK_API_URL: 'http://127.0.0.1:1/api',
    });
    expect(slackMode(http)).toBe('http');
    expect(http).toMatchObject({ PORT: 8080, SLACK_API_URL: 'http://127.0.0.1:1/api/' });
  });

  it('`npm run slack` with no tokens prints the configuration error, no stack trace, and exits non-zero', async () => {
    const { code, stderr } = await runEntryPoint('adapters/slack/main.ts', {});
    expect(code).toBe(1);
    expect(stderr).toContain('The Slack adapter is not configured correctly:');
    expect(stderr).toContain('  - SLACK_BOT_TOKEN is not set');
    expect(stderr).toContain('  - SLACK_SIGNING_SECRET is not set');
    expect(stderr).not.toMatch(/^\s+at /mu);
  });
});
