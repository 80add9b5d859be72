import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEntryPoint, type RunningEntry } from '../support/run-entry.ts';
import { FAKE_TOKEN, FakeDiscord, guildOnShard, IDS } from './fake-discord.ts';
import { shardOfGuild } from './fake-guilds.ts';
import { route } from './harness.ts';

// Two guilds on each of two shards, as Discord routes them: (guild id >> 22) % 2.
const GUILDS = [guildOnShard(0, 2), guildOnShard(1, 2), guildOnShard(0, 2, 1), guildOnShard(1, 2, 1)];

describe('npm run discord with DISCORD_SHARDS=auto, against a fake gateway recommending two shards', () => {
  let fake: FakeDiscord;
  let cacheDir: string;
  let manager: RunningEntry;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ guilds: GUILDS, shards: 2 });
    cacheDir = await mkdtemp(join(tmpdir(), 'coverage-bot-shards-'));
    manager = startEntryPoint('adapters/discord/main.ts', {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARDS: 'auto',
      INDEX_CACHE_DIR: cacheDir,
      LOG_LEVEL: 'info',
    });
    await manager.waitFor((record) => record.event === 'discord_shards_ready');
    // A shard tells the manager it is ready over IPC; its own log line may come a moment later.
    await manager.waitFor((record) => record.event === 'discord_ready', 2);
  }, 90_000);
  afterAll(async () => {
    await manager?.stop();
    await fake?.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('starts one process per shard, each in only its own guilds, loading the index the manager built once', () => {
    const ready = manager.records.filter((record) => record.event === 'discord_ready');
    expect(ready.map((record) => record.shards).sort()).toEqual([[0], [1]]);
    expect(ready.map((record) => record.guilds)).toEqual([2, 2]);
    const identifies = fake.frames.items.filter((frame) => frame.op === 2);
    expect(identifies.map((frame) => (frame.d as { shard: unknown }).shard)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(manager.records.filter((record) => record.event === 'index_loaded')).toHaveLength(2);
    expect(manager.records.filter((record) => record.event === 'index_built')).toHaveLength(0);
  });

  it('answers every interaction exactly once, on the shard of its guild', async () => {
    const ask = (guild: string): string => fake.command('ask', { question: 'How long is the moratorium?' }, guild);
    const tokens = GUILDS.flatMap((guild) => [ask(guild), ask(guild)]);
    await Promise.all(tokens.map((token) => fake.waitForRequest(route.edit(token))));
    for (const token of tokens) {
      expect(fake.requests.items.filter(route.callback(token))).toHaveLength(1);
      expect(fake.requests.items.filter(route.edit(token))).toHaveLength(1);
    }
    const delivered = fake.deliveries.items.filter((delivery) => delivery.event === 'INTERACTION_CREATE');
    expect(delivered).toHaveLength(tokens.length);
    for (const { shard, data } of delivered) expect(shard).toBe(shardOfGuild(String(data.guild_id), 2));
    expect(new Set(delivered.map((delivery) => delivery.shard))).toEqual(new Set([0, 1]));
  });

  it('stops every shard gracefully on SIGTERM and exits 0', async () => {
    expect(await manager.stop()).toBe(0);
    expect(manager.records.filter((record) => record.event === 'discord_stopped')).toHaveLength(2);
  });
});
