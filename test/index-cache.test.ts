import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCoreConfig } from '../src/config.ts';
import { engineFromIndex } from '../src/create-engine.ts';
import { openIndex, type OpenIndexOptions } from '../src/index-cache/open-index.ts';
import { LogCapture, steppingClock } from './support/log-capture.ts';
import { MINI_CORPUS } from './support/paths.ts';

let dir: string;
let corpusDir: string;
let cacheDir: string;
let log: LogCapture;
let options: OpenIndexOptions;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-cache-'));
  corpusDir = join(dir, 'corpus');
  cacheDir = join(dir, 'cache');
  await cp(MINI_CORPUS, corpusDir, { recursive: true });
  log = new LogCapture();
  options = { corpusDir, cacheDir, logger: log.logger, clock: steppingClock() };
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const open = async () => (await openIndex(options))!;
const cacheFile = async (): Promise<string> =>
  join(cacheDir, (await readdir(cacheDir)).find((f) => f.endsWith('.json'))!);
const answerText = async (index: Awaited<ReturnType<typeof open>>['index'], question: string): Promise<string> =>
  (await engineFromIndex(index, { newId: () => 'a' }).ask(question)).answer;

describe('index cache', () => {
  it('builds and saves the index on first start, then loads it, answering exactly as the built one does', async () => {
    const built = await open();
    expect(built.from).toBe('build');
    const loaded = await open();
    expect(loaded.from).toBe('cache');
    expect(loaded.index.passages).toEqual(built.index.passages);
    expect(loaded.index.sources).toEqual(built.index.sources);
    for (const question of [
      'When will the Harbor Bridge reopen?',
      'How much did the council approve?',
      'Who is the city engineer?',
    ]) {
      expect(await answerText(loaded.index, question)).toBe(await answerText(built.index, question));
    }
    expect(log.all('index_loaded')).toHaveLength(1);
  });

  it('detects a stale cache when an article changes, rebuilds from the new text and rewrites the cache', async () => {
    await open();
    const file = join(corpusDir, 'city-times-budget-vote.txt');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\$12 million/g, '$14 million'));
    const rebuilt = await open();
    expect(rebuilt.from).toBe('build');
    expect(log.all('index_cache_rejected')[0]).toMatchObject({ reason: 'stale' });
    expect(await answerText(rebuilt.index, 'How much did the council approve?')).toContain('$14 million');
    expect((await open()).from).toBe('cache');
  });

  it('treats a truncated cache as corrupt and rebuilds', async () => {
    await open();
    const file = await cacheFile();
    const raw = await readFile(file);
    await writeFile(file, raw.subarray(0, Math.floor(raw.length / 2)));
    expect((await open()).from).toBe('build');
    expect(log.all('index_cache_rejected')[0]).toMatchObject({ reason: 'corrupt' });
  });

  it('treats altered bytes, a bad header or content that fails validation as corrupt', async () => {
    await open();
    const file = await cacheFile();
    const [header, payload] = (await readFile(file, 'utf8')).split(/\n(.*)/su) as [string, string];
    const variants = [
      `${header}\n${payload.replace('"sources"', '"sourcez"')}`, // same length, wrong checksum
      `{"format":"something-else"}\n${payload}`,
      'not json at all',
    ];
    // Content with a correct checksum can still be wrong: schema validation catches it.
    const bogus = JSON.stringify({ sources: 'nope' });
    const { createHash } = await import('node:crypto');
    const parsedHeader = JSON.parse(header) as Record<string, unknown>;
    variants.push(
      `${JSON.stringify({ ...parsedHeader, checksum: createHash('sha256').update(bogus).digest('hex'), bytes: Buffer.byteLength(bogus) })}\n${bogus}`,
    );
    for (const variant of variants) {
      await writeFile(file, variant);
      expect((await open()).from).toBe('build');
    }
    expect(log.all('index_cache_rejected').map((r) => r.reason)).toEqual(['corrupt', 'corrupt', 'corrupt', 'corrupt']);
  });

  it("carries each paragraph's role (body, caption, standfirst), and rejects a cache written without them", async () => {
    const built = await open();
    const loaded = await open();
    const roles = loaded.index.sources.flatMap((s) => s.paragraphRoles);
    expect(roles).toEqual(built.index.sources.flatMap((s) => s.paragraphRoles));
    expect(roles).toEqual(expect.arrayContaining(['body', 'caption', 'standfirst']));

    const file = await cacheFile();
    const [header, payload] = (await readFile(file, 'utf8')).split(/\n(.*)/su) as [string, string];
    const snapshot = JSON.parse(payload) as { sources: Array<Record<string, unknown>> };
    delete snapshot.sources[0]!.paragraphRoles;
    const older = JSON.stringify(snapshot);
    const { createHash } = await import('node:crypto');
    const checksum = createHash('sha256').update(older).digest('hex');
    const olderHeader = { ...(JSON.parse(header) as object), checksum, bytes: Buffer.byteLength(older) };
    await writeFile(file, `${JSON.stringify(olderHeader)}\n${older}`);
    expect((await open()).from).toBe('build');
    expect(log.all('index_cache_rejected').map((r) => r.reason)).toEqual(['corrupt']);
  });

  it('works without a cache directory, and INDEX_CACHE_DIR=off turns the cache off', async () => {
    expect((await openIndex({ ...options, cacheDir: null }))!.from).toBe('build');
    expect(loadCoreConfig({ INDEX_CACHE_DIR: 'off' }).INDEX_CACHE_DIR).toBeNull();
    expect(loadCoreConfig({}).INDEX_CACHE_DIR).toMatch(/\.cache\/?$/);
  });
});
