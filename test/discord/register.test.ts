import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDiscordConfig } from '../../adapters/discord/config.ts';
import { registerCommands } from '../../adapters/discord/registration.ts';
import { FAKE_TOKEN, FakeDiscord, IDS } from './fake-discord.ts';
import { runScript } from './harness.ts';

/** The command JSON Discord should receive: descriptions, option types, the question's length limits, autocomplete. */
const expectedCommands = (maxLength = 500) => [
  expect.objectContaining({
    name: 'ask',
    type: 1,
    description: 'Ask a question about the news coverage; the answer cites its sources',
    options: [
      expect.objectContaining({
        name: 'question',
        type: 3,
        required: true,
        min_length: 1,
        max_length: maxLength,
        autocomplete: true,
        description: expect.stringMatching(/\S/),
      }),
      expect.objectContaining({ name: 'private', type: 5, required: false, description: expect.stringMatching(/\S/) }),
    ],
  }),
  expect.objectContaining({
    name: 'sources',
    type: 1,
    options: [],
    description: 'List the articles the bot answers from: outlet, title, date and link',
  }),
];

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

const env = (extra: Record<string, string> = {}): Record<string, string> => ({
  DISCORD_TOKEN: FAKE_TOKEN,
  DISCORD_APPLICATION_ID: IDS.application,
  DISCORD_API_URL: fake.apiUrl,
  ...extra,
});

describe('discord:register', () => {
  it('puts the command definitions to the guild route when DISCORD_GUILD_ID is set', async () => {
    const result = await registerCommands(loadDiscordConfig(env({ DISCORD_GUILD_ID: IDS.guild })));
    expect(result).toEqual({ scope: 'guild', commands: ['ask', 'sources'] });
    const path = `/applications/${IDS.application}/guilds/${IDS.guild}/commands`;
    const put = await fake.waitForRequest((r) => r.method === 'PUT' && r.path === path);
    expect(put.authorization).toBe(`Bot ${FAKE_TOKEN}`);
    expect(put.body).toEqual(expectedCommands());
  });

  it('puts them to the global route otherwise', async () => {
    const result = await registerCommands(loadDiscordConfig(env()));
    expect(result).toEqual({ scope: 'global', commands: ['ask', 'sources'] });
    const path = `/applications/${IDS.application}/commands`;
    const put = await fake.waitForRequest((r) => r.method === 'PUT' && r.path === path);
    expect(put.body).toEqual(expectedCommands());
  });

  it.each([
    ['800', 800],
    ['9000', 6000],
  ])('registers QUESTION_MAX_CHARS=%s as the question’s max_length %d (at most 6,000)', async (setting, maxLength) => {
    const before = fake.requests.items.length;
    await registerCommands(loadDiscordConfig(env({ QUESTION_MAX_CHARS: setting })));
    const put = await fake.waitForRequest((r) => fake.requests.items.indexOf(r) >= before && r.method === 'PUT');
    expect(put.body).toEqual(expectedCommands(maxLength));
  });

  it('works as the npm script: registers, says where, exits 0', async () => {
    const before = fake.requests.items.length;
    const { code, stdout } = await runScript('register.ts', env({ DISCORD_GUILD_ID: IDS.guild }));
    expect(stdout).toBe(`Registered /ask and /sources in server ${IDS.guild}; they can be used there now.\n`);
    expect(code).toBe(0);
    expect(fake.requests.items.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /applications/${IDS.application}/guilds/${IDS.guild}/commands`,
    ]);
  });

  it('says how to fix a refused token, in one line without the token, and exits non-zero', async () => {
    const wrongToken = FAKE_TOKEN.replace('fake', 'revoked');
    const { code, stderr } = await runScript('register.ts', env({ DISCORD_TOKEN: wrongToken }));
    expect(code).toBe(1);
    expect(stderr).toBe(
      'Discord refused DISCORD_TOKEN: copy a fresh token from the Developer Portal ' +
        '(your application → Bot → Reset Token).\n',
    );
  });
});
