import { describe, expect, it } from 'vitest';
import { loadDiscordBotConfig } from '../../adapters/discord/config.ts';
import { EventMemory } from '../../adapters/shared/state/event-memory.ts';
import { openSharedState } from '../../adapters/shared/state/shared-state.ts';
import { shownRedisUrl, stateSecrets } from '../../adapters/shared/state/state-config.ts';
import { loadSlackBotConfig } from '../../adapters/slack/config.ts';
import { ConfigError } from '../../src/errors.ts';
import { freePort } from '../support/redis-server.ts';
import { LogCapture } from '../support/log-capture.ts';
import { runEntryPoint } from '../support/run-entry.ts';

const SLACK = { SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef' };
const DISCORD = {
  DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAy.GfAkEd.fake-token-for-loopback-tests-only',
  DISCORD_APPLICATION_ID: '100000000000000001',
};

function problems(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('shared state settings', () => {
  it('keeps state in the process unless REDIS_URL is set, with keys under "coverage-bot"', async () => {
    const config = loadSlackBotConfig(SLACK);
    expect(config).toMatchObject({ KEY_PREFIX: 'coverage-bot' });
    expect(config.REDIS_URL).toBeUndefined();
    const state = await openSharedState(config, new LogCapture().logger);
    expect(state.dedupe).toBeInstanceOf(EventMemory);
    // Nothing for the engine: it builds its own in-memory conversation memory and rate limiter, as before.
    expect(state.engine).toEqual({});
  });

  it('names a bad REDIS_URL, KEY_PREFIX or DISCORD_SHARDS with the fix', () => {
    const env = { ...SLACK, REDIS_URL: 'http://redis:6379', KEY_PREFIX: 'my bot' };
    const slack = problems(() => loadSlackBotConfig(env));
    expect(slack).toEqual([
      expect.stringMatching(/^REDIS_URL is invalid \(expected a redis:\/\/ or rediss:\/\/ URL\): set it to your/),
      expect.stringMatching(/^KEY_PREFIX is invalid \(.*\): use letters, digits, .* replicas that share state must/),
    ]);
    const discord = problems(() => loadDiscordBotConfig({ ...DISCORD, DISCORD_SHARDS: 'many' }));
    expect(discord).toEqual([
      expect.stringMatching(/^DISCORD_SHARDS is invalid \(expected auto or a whole number of shards from 1 to 1000\)/),
    ]);
  });

  it('reads DISCORD_SHARDS as auto or a count', () => {
    expect(loadDiscordBotConfig({ ...DISCORD, DISCORD_SHARDS: 'auto' }).DISCORD_SHARDS).toBe('auto');
    expect(loadDiscordBotConfig({ ...DISCORD, DISCORD_SHARDS: '2' }).DISCORD_SHARDS).toBe(2);
    expect(loadDiscordBotConfig(DISCORD).DISCORD_SHARDS).toBeUndefined();
  });

  it("treats REDIS_URL's password as a secret: hidden when shown, scrubbed from logs", () => {
    const url = 'rediss://default:p%40ss-word-1234@cache.internal:6380/2';
    expect(shownRedisUrl(url)).toBe('rediss://default:***@cache.internal:6380/2');
    expect(stateSecrets({ REDIS_URL: url })).toEqual(['p%40ss-word-1234', 'p@ss-word-1234']);
    expect(stateSecrets({ REDIS_URL: 'redis://localhost:6379' })).toEqual([]);
  });

  it('`npm run slack` with an unreachable REDIS_URL says so in one line and exits non-zero, before any index build', async () => {
    const url = `redis://:hunter2-hunter2@127.0.0.1:${await freePort()}/0`;
    const { code, stdout, stderr } = await runEntryPoint('adapters/slack/main.ts', {
      ...SLACK,
      REDIS_URL: url,
      INDEX_CACHE_DIR: 'off',
      LOG_LEVEL: 'info',
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const last = stderr.trimEnd().split('\n').at(-1);
    expect(last).toMatch(/^The Slack adapter could not start: Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+\/0 could/);
    expect(last).toMatch(/ECONNREFUSED.*: start Redis or correct REDIS_URL; or unset REDIS_URL to keep state in/);
    expect(stderr).not.toContain('hunter2');
    expect(stderr).not.toContain('index_built');
  });
});
