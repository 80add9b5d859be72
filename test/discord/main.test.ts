import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TOKEN, FakeDiscord, IDS } from './fake-discord.ts';
import { runScript } from './harness.ts';

// The application behind this fake has not enabled the Message Content intent.
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ messageContentIntent: false });
});
afterAll(async () => {
  await fake?.close();
});

/** The last line `npm run discord` wrote to stderr (the ones before are JSON log lines). */
function lastLine(stderr: string): string {
  return stderr.trimEnd().split('\n').at(-1)!;
}

describe('npm run discord', () => {
  it('without configuration, prints every problem with its fix, no stack trace, and exits non-zero', async () => {
    const { code, stdout, stderr } = await runScript('main.ts', { DISCORD_APPLICATION_ID: '12' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^The Discord adapter is not configured correctly:\n/);
    expect(stderr).toContain('DISCORD_TOKEN is not set: copy the bot token from the Discord Developer Portal');
    expect(stderr).toContain('DISCORD_APPLICATION_ID is invalid (expected a 17–20 digit Discord id)');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('with a refused token, says how to fix it and exits non-zero, never printing the token even at trace level', async () => {
    const wrongToken = FAKE_TOKEN.replace('fake', 'revoked');
    const env = {
      DISCORD_TOKEN: wrongToken,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: 'trace',
      INDEX_CACHE_DIR: 'off',
    };
    const { code, stdout, stderr } = await runScript('main.ts', env);
    expect(code).toBe(1);
    expect(lastLine(stderr)).toBe(
      'Discord refused DISCORD_TOKEN: copy a fresh token from the Developer Portal (your application → Bot → Reset Token).',
    );
    // The token was sent (and refused), and the log was written, but neither output holds it.
    expect(fake.requests.items.some((r) => r.authorization === `Bot ${wrongToken}`)).toBe(true);
    expect(stderr.split('\n').some((line) => line.startsWith('{'))).toBe(true);
    expect(stderr).not.toContain(wrongToken);
    expect(stdout).not.toContain(wrongToken);
  });

  it('with mentions on but the Message Content intent off in the portal, says which switch to flip', async () => {
    const env = {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_ENABLE_MENTIONS: 'true',
    };
    const { code, stderr } = await runScript('main.ts', env);
    expect(code).toBe(1);
    expect(lastLine(stderr)).toMatch(
      /^Discord refused the Message Content intent .* or set DISCORD_ENABLE_MENTIONS=false\.$/,
    );
    expect(stderr).not.toContain(FAKE_TOKEN);
  });
});
