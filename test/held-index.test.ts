import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../src/corpus-index.ts';
import { createEngine, type HeldIndex } from '../src/create-engine.ts';
import { openIndex } from '../src/index-cache/open-index.ts';
import { silentLogger } from '../src/logger.ts';
import { MINI_CORPUS } from './support/paths.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const cacheDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'coverage-bot-held-'));
  dirs.push(dir);
  return dir;
};

/** The index an engine answers from, given a held index and where its cache is. */
async function indexUsed(held: HeldIndex, cache: string | null, corpusDir = MINI_CORPUS): Promise<CorpusIndex> {
  let used: CorpusIndex | undefined;
  const engine = await createEngine({ corpusDir, cacheDir: cache, held, onIndex: (index) => (used = index) });
  await engine.close();
  return used!;
}

describe('an index held from before the process started (the start-up snapshot)', async () => {
  const opened = (await openIndex({
    corpusDir: MINI_CORPUS,
    cacheDir: cacheDir(),
    logger: silentLogger(),
    clock: () => performance.now(),
  }))!;
  const held = { corpusDir: MINI_CORPUS, opened };

  it('is answered from while its corpus keeps its key', async () => {
    expect(await indexUsed(held, cacheDir())).toBe(opened.index);
  });

  it('is not used for another corpus, for a corpus that changed, or with the cache off', async () => {
    expect(await indexUsed({ ...held, corpusDir: '/elsewhere/' }, cacheDir())).not.toBe(opened.index);
    const changed = { ...opened, fingerprint: { ...opened.fingerprint, key: 'an older key' } };
    expect(await indexUsed({ ...held, opened: changed }, cacheDir())).not.toBe(opened.index);
    expect(await indexUsed(held, null)).not.toBe(opened.index);
  });
});
