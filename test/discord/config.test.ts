import { describe, expect, it } from 'vitest';
import { loadDiscordBotConfig, loadDiscordConfig } from '../../adapters/discord/config.ts';
import { ConfigError } from '../../src/errors.ts';
import { FAKE_TOKEN, IDS } from './fake-discord.ts';

/** The ConfigError `load` throws, for asserting on its problems. */
function configError(load: () => unknown): ConfigError {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('Discord configuration', () => {
  it('reports every missing setting at once, each with its fix', () => {
    const error = configError(() => loadDiscordBotConfig({ DISCORD_TOKEN: '  ' }));
    expect(error.problems).toEqual([
      expect.stringMatching(/^DISCORD_TOKEN is not set: copy the bot token from the Discord Developer Portal/),
      expect.stringMatching(/^DISCORD_APPLICATION_ID is not set: copy the Application ID/),
    ]);
  });

  it('reports every malformed setting, core ones included, without echoing the token', () => {
    const badToken = `Bot ${FAKE_TOKEN}`;
    const error = configError(() =>
      loadDiscordBotConfig({
        DISCORD_TOKEN: badToken,
        DISCORD_APPLICATION_ID: 'my-app',
        DISCORD_GUILD_ID: '123',
        DISCORD_API_URL: 'ftp://discord.example',
        DISCORD_ENABLE_MENTIONS: 'maybe',
        LOG_LEVEL: 'loud',
      }),
    );
    expect(error.problems.map((problem) => problem.split(' ')[0])).toEqual([
      'LOG_LEVEL',
      'DISCORD_TOKEN',
      'DISCORD_APPLICATION_ID',
      'DISCORD_GUILD_ID',
      'DISCORD_API_URL',
      'DISCORD_ENABLE_MENTIONS',
    ]);
    expect(error.message).not.toContain(FAKE_TOKEN);
  });

  it('accepts a good configuration: mentions off by default, the API URL without its trailing slash', () => {
    const base = { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: IDS.application };
    expect(loadDiscordConfig(base)).toEqual({ ...base, DISCORD_ENABLE_MENTIONS: false, QUESTION_MAX_CHARS: 500 });
    const custom = { ...base, DISCORD_API_URL: 'http://127.0.0.1:9/api/', DISCORD_ENABLE_MENTIONS: 'true' };
    expect(loadDiscordConfig(custom)).toMatchObject({
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
      DISCORD_ENABLE_MENTIONS: true,
    });
  });
});
