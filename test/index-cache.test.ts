import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCoreConfig } from '../src/config.ts';
import { engineFromIndex } from '../src/create-engine.ts';
import { fingerprintCorpus } from '../src/index-cache/fingerprint.ts';
import { cacheFileFor } from '../src/index-cache/index-cache.ts';
import { openIndex, type OpenIndexOptions } from '../src/index-cache/open-index.ts';
import { packSections, unpackSections } from '../src/index-cache/sections.ts';
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
  join(cacheDir, (await readdir(cacheDir)).find((f) => f.endsWith('.bin'))!);
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

  it('never serves text older than the files: an edit while the build runs is read at the next start', async () => {
    const file = join(corpusDir, 'city-times-budget-vote.txt');
    const text = await readFile(file, 'utf8');
    let edited: Promise<void> | undefined;
    // Edited once the files are read and while the build goes on, as a newsroom might save an article meanwhile.
    const first = await openIndex({
      ...options,
      progress: (stage) => {
        if (stage !== 'read') edited ??= writeFile(file, text.replace(/\$12 million/g, '$14 million'));
      },
    });
    await edited;
    expect(first!.index.sources.some((s) => s.text.includes('$12 million'))).toBe(true);
    const next = await open();
    expect(next.from).toBe('build');
    expect(next.index.sources.some((s) => s.text.includes('$14 million'))).toBe(true);
    expect(next.index.sources.some((s) => s.text.includes('$12 million'))).toBe(false);
  });

  it('keeps using the cache when a file is only touched, and sees an edit that keeps its size and times', async () => {
    await open();
    const file = join(corpusDir, 'city-times-budget-vote.txt');
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    expect((await open()).from).toBe('cache');
    // Same length, modification time set back: the status-change time still moves, so the file is read again.
    const { atime, mtime } = await stat(file);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\$12 million/g, '$14 million'));
    await utimes(file, atime, mtime);
    expect((await open()).from).toBe('build');
    expect(log.all('index_cache_rejected')[0]).toMatchObject({ reason: 'stale' });
  });

  it("reuses a file's earlier hash only when its times are old enough to trust", async () => {
    const first = await fingerprintCorpus(corpusDir);
    const name = 'city-times-budget-vote.txt';
    const known = { ...first, files: new Map(first.files).set(name, 'earlier') };
    // The files were copied just now, within the filesystem's timestamp precision of the first look: read again.
    expect((await fingerprintCorpus(corpusDir, known)).files.get(name)).toBe(first.files.get(name));
    // Looked at well after their last change, and unchanged since: the earlier hash stands, the file is not read.
    const settled = { ...known, takenAt: Date.now() + 10_000 };
    expect((await fingerprintCorpus(corpusDir, settled)).files.get(name)).toBe('earlier');
  });

  it('never reads a cache file of the earlier JSON layout, and removes it once the new one is written', async () => {
    const legacy = cacheFileFor(cacheDir, corpusDir).replace(/\.bin$/u, '.json');
    await mkdir(cacheDir, { recursive: true });
    await writeFile(legacy, '{"format":"coverage-bot-index","version":2}\n{}');
    expect((await open()).from).toBe('build');
    expect(await readdir(cacheDir)).toEqual([basename(cacheFileFor(cacheDir, corpusDir))]);
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
    const raw = await readFile(file);
    const newline = raw.indexOf(0x0a);
    const sections = unpackSections(raw.subarray(newline + 1));
    sections.delete('sources.paragraphRoles');
    const older = packSections(sections);
    const checksum = createHash('sha256').update(older).digest('hex');
    const header = JSON.parse(raw.toString('utf8', 0, newline)) as object;
    await writeFile(
      file,
      Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, checksum, bytes: older.length })}\n`), older]),
    );
    expect((await open()).from).toBe('build');
    expect(log.all('index_cache_rejected').map((r) => r.reason)).toEqual(['corrupt']);
  });

  it('works without a cache directory, and INDEX_CACHE_DIR=off turns the cache off', async () => {
    expect((await openIndex({ ...options, cacheDir: null }))!.from).toBe('build');
    expect(loadCoreConfig({ INDEX_CACHE_DIR: 'off' }).INDEX_CACHE_DIR).toBeNull();
    expect(loadCoreConfig({}).INDEX_CACHE_DIR).toMatch(/\.cache\/?$/);
  });
});
