import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { CorpusIndex } from '../corpus-index.ts';
import { fromSnapshot, IndexSnapshotSchema, toSnapshot } from './snapshot.ts';

/** Bumped whenever the file layout or the snapshot's shape changes. */
const FORMAT_VERSION = 2;

// The first line is a small header, so a stale cache is recognized without reading the whole payload as JSON.
const HeaderSchema = z.object({
  format: z.literal('coverage-bot-index'),
  version: z.literal(FORMAT_VERSION),
  key: z.string(),
  /** sha256 of the payload line: a truncated or altered file never loads. */
  checksum: z.string().length(64),
  bytes: z.number().int().nonnegative(),
});

/** Why a cache file was not used. */
export type CacheMiss = 'missing' | 'stale' | 'corrupt';

/** A cached index, or why there was none to use. */
export type CacheRead = { index: CorpusIndex; bytes: number } | { miss: CacheMiss; detail: string };

/** The cache file for a corpus directory: one per directory, overwritten when the corpus changes. */
export function cacheFileFor(cacheDir: string, corpusDir: string): string {
  const id = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16);
  return join(cacheDir, `index-${id}.json`);
}

/** Loads the index saved under `key`; any mismatch, damage or inconsistency is a miss, never an exception. */
export async function readIndexCache(file: string, key: string): Promise<CacheRead> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch {
    return { miss: 'missing', detail: `no cache at ${file}` };
  }
  try {
    const newline = raw.indexOf(0x0a);
    if (newline < 0) return { miss: 'corrupt', detail: 'no header line' };
    const header = HeaderSchema.safeParse(JSON.parse(raw.subarray(0, newline).toString('utf8')));
    if (!header.success) return { miss: 'corrupt', detail: `bad header: ${header.error.issues[0]?.message}` };
    if (header.data.key !== key) return { miss: 'stale', detail: 'corpus, settings or indexing code changed' };
    const payload = raw.subarray(newline + 1);
    if (payload.length !== header.data.bytes)
      return { miss: 'corrupt', detail: `truncated: ${payload.length} of ${header.data.bytes} bytes` };
    if (createHash('sha256').update(payload).digest('hex') !== header.data.checksum)
      return { miss: 'corrupt', detail: 'checksum mismatch' };
    const snapshot = IndexSnapshotSchema.safeParse(JSON.parse(payload.toString('utf8')));
    if (!snapshot.success)
      return {
        miss: 'corrupt',
        detail: `invalid content: ${snapshot.error.issues[0]?.path.join('.')} ${snapshot.error.issues[0]?.message}`,
      };
    return { index: fromSnapshot(snapshot.data), bytes: raw.length };
  } catch (error) {
    return { miss: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Saves the index under `key`, atomically (write a temporary file, then rename), so readers never see half a file. */
export async function writeIndexCache(file: string, key: string, index: CorpusIndex): Promise<number> {
  const payload = Buffer.from(JSON.stringify(toSnapshot(index)), 'utf8');
  const header = {
    format: 'coverage-bot-index',
    version: FORMAT_VERSION,
    key,
    checksum: createHash('sha256').update(payload).digest('hex'),
    bytes: payload.length,
  };
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await mkdir(join(file, '..'), { recursive: true });
  try {
    await writeFile(temp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]));
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
  return payload.length;
}
