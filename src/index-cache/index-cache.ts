import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { CorpusIndex } from '../corpus-index.ts';
import type { CorpusFingerprint } from './fingerprint.ts';
import { decodeIndex, encodeIndex } from './snapshot.ts';

/** Bumped whenever the file layout or the snapshot's shape changes. */
const FORMAT_VERSION = 3;

/** Each corpus file as the fingerprint saw it: [name, content hash, size/times/inode]. */
const isFileEntry = (e: unknown): boolean =>
  Array.isArray(e) && e.length === 3 && e.every((part) => typeof part === 'string');

// The first line is a small header, so a stale cache is recognized without reading the whole payload as JSON.
const HeaderSchema = z.object({
  format: z.literal('coverage-bot-index'),
  version: z.literal(FORMAT_VERSION),
  // Number columns are saved as they lie in memory.
  byteOrder: z.literal(endianness()),
  key: z.string(),
  /** sha256 of the payload: a truncated or altered file never loads. */
  checksum: z.string().length(64),
  bytes: z.number().int().nonnegative(),
  /** The fingerprint the key was made from, so the next start hashes only the files that changed since. */
  corpus: z.object({
    takenAt: z.number(),
    files: z.custom<Array<[string, string, string]>>((v) => Array.isArray(v) && v.every(isFileEntry)),
  }),
});

/** Why a cache file was not used. */
export type CacheMiss = 'missing' | 'stale' | 'corrupt';

/** A reason not to use a cache file. */
export type CacheMissed = { miss: CacheMiss; detail: string };

/** A cache file whose header was read: the key and fingerprint it was saved under, and its undecoded payload. */
export interface CacheFile {
  key: string;
  fingerprint: CorpusFingerprint;
  payload: Buffer;
  checksum: string;
  bytes: number;
}

/** A cached index, or why there was none to use. */
export type CacheRead = { index: CorpusIndex; bytes: number } | CacheMissed;

/** The cache file for a corpus directory: one per directory, overwritten when the corpus changes. */
export function cacheFileFor(cacheDir: string, corpusDir: string): string {
  const id = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16);
  return join(cacheDir, `index-${id}.bin`);
}

/** Reads a cache file and its header; a missing file or a header this code did not write is a miss. */
export async function readCacheFile(file: string): Promise<CacheFile | CacheMissed> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch {
    return { miss: 'missing', detail: `no cache at ${file}` };
  }
  try {
    const newline = raw.indexOf(0x0a);
    if (newline < 0) return { miss: 'corrupt', detail: 'no header line' };
    const header = HeaderSchema.safeParse(JSON.parse(raw.toString('utf8', 0, newline)));
    if (!header.success) return { miss: 'corrupt', detail: `bad header: ${header.error.issues[0]?.message}` };
    const { key, checksum, bytes, corpus } = header.data;
    const fingerprint: CorpusFingerprint = {
      key,
      files: new Map(corpus.files.map(([name, hash]) => [name, hash])),
      stats: new Map(corpus.files.map(([name, , stat]) => [name, stat])),
      takenAt: corpus.takenAt,
    };
    return { key, fingerprint, payload: raw.subarray(newline + 1), checksum, bytes };
  } catch (error) {
    return { miss: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Loads the index a cache file holds under `key`; a mismatch, damage or inconsistency is a miss, never a throw. */
export function indexFromCache(cache: CacheFile, key: string): CacheRead {
  if (cache.key !== key) return { miss: 'stale', detail: 'corpus, settings or indexing code changed' };
  const { payload, bytes } = cache;
  if (payload.length !== bytes) return { miss: 'corrupt', detail: `truncated: ${payload.length} of ${bytes} bytes` };
  if (createHash('sha256').update(payload).digest('hex') !== cache.checksum)
    return { miss: 'corrupt', detail: 'checksum mismatch' };
  try {
    return { index: decodeIndex(payload), bytes: payload.length };
  } catch (error) {
    return { miss: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Saves the index under its fingerprint, atomically (a temporary file, then rename): no reader sees half a file. */
export async function writeIndexCache(
  file: string,
  fingerprint: CorpusFingerprint,
  index: CorpusIndex,
): Promise<number> {
  const payload = encodeIndex(index);
  const checksum = createHash('sha256');
  for (const part of payload) checksum.update(part);
  const files = [...fingerprint.files].map(([name, hash]) => [name, hash, fingerprint.stats.get(name) ?? '']);
  const header = {
    format: 'coverage-bot-index',
    version: FORMAT_VERSION,
    byteOrder: endianness(),
    key: fingerprint.key,
    checksum: checksum.digest('hex'),
    bytes: payload.reduce((total, part) => total + part.byteLength, 0),
    corpus: { takenAt: fingerprint.takenAt, files },
  };
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await mkdir(join(file, '..'), { recursive: true });
  try {
    await writeFile(temp, [Buffer.from(`${JSON.stringify(header)}\n`), ...payload]);
    await rename(temp, file);
    // The file of the JSON layout before this one, which nothing reads any more.
    await rm(file.replace(/\.bin$/u, '.json'), { force: true });
  } finally {
    await rm(temp, { force: true });
  }
  return header.bytes;
}
