import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEngine } from '../../src/create-engine.ts';
import type { Engine } from '../../src/engine.ts';
import { silentLogger } from '../../src/logger.ts';
import { bodyOf, route, startHarness, type Harness } from './harness.ts';

let engine: Engine;
let h: Harness;

beforeAll(async () => {
  engine = await createEngine({ logger: silentLogger() });
  h = await startHarness(engine);
});
afterAll(async () => {
  await h?.stop();
});

it('answers /ask from the bundled corpus with linked citations to real sources', async () => {
  const token = h.fake.command('ask', { question: 'How long is the moratorium?' });
  const edit = await h.fake.waitForRequest(route.edit(token));
  const embed = bodyOf<{ embeds: APIEmbed[] }>(edit).embeds[0]!;
  expect(embed.description).toMatch(/one[- ]year/);
  // Every cited source appears as a field, and every marker with a URL links to it.
  const markers = [...embed.description!.matchAll(/\[\[(\d+)\]\]\(([^)]+)\)/g)].map(([, n, url]) => [Number(n), url]);
  expect(markers.length).toBeGreaterThan(0);
  for (const [n, url] of markers) {
    expect(embed.fields!.find((field) => field.name === `[${n}]`)?.value).toContain(`](${url})`);
  }
  expect(embed.fields!.map((field) => field.value).join('\n')).toMatch(/BuzzFeed News — .+, Jun 1\d, 2020/);
});

it('lists every source of the bundled corpus for /sources', async () => {
  const token = h.fake.command('sources');
  const callback = bodyOf<{ data: { embeds: APIEmbed[] } }>(await h.fake.waitForRequest(route.callback(token)));
  const embed = callback.data.embeds[0]!;
  expect(embed.title).toBe(`Sources (${engine.sources().length})`);
  expect(embed.description!.split('\n')).toHaveLength(engine.sources().length);
});
