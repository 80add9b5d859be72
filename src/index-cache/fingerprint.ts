import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_FILE } from '../corpus/manifest.ts';
import { listArticleFiles } from '../corpus/corpus-paths.ts';
import { INDEX_SETTINGS } from '../retrieval/search-index.ts';

/** What a built index depends on: each input file's content hash, and one key over all of it. */
export interface CorpusFingerprint {
  /** Changes whenever any article, the manifest, the index settings or the indexing code changes. */
  key: string;
  /** Content hash per corpus file (articles and manifest), for telling what a reload added, changed or removed. */
  files: Map<string, string>;
  /** Each hashed file's size, times and inode when it was hashed, so a later fingerprint can reuse its hash. */
  stats: Map<string, string>;
  /** When the files were looked at (ms since the epoch). */
  takenAt: number;
}

/**
 * A file changed this close to (or after) the moment it was hashed could change again within the same timestamp
 * tick and keep its size and times: its hash is never reused. Generous, for filesystems with 1–2 s timestamps.
 */
const RACY_MS = 3000;

const SRC = fileURLToPath(new URL('../', import.meta.url));
// The code whose output the cache holds: reading, cleaning, sentence splitting, terms, passages, index, vocabulary.
// Hashed as it runs: TypeScript under tsx, or the compiled JavaScript in dist/.
const EXTENSION = extname(fileURLToPath(import.meta.url));
const INDEXING_DIRS = ['corpus', 'text', 'retrieval', 'lexicon', 'index-cache', 'index-build'];
const INDEXING_FILES = ['corpus-index', 'answer/abstain'].map((file) => `${file}${EXTENSION}`);

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

let codeVersion: string | undefined;

/**
 * A hash of the indexing source code, so that editing it invalidates caches built by the old code (computed once).
 * Read synchronously: the ninety small files took a thread-pool round trip each, 30–250 ms of a one-shot start on a
 * busy machine against about 10 ms.
 */
function indexingCodeVersion(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash('sha256');
  const paths = [...INDEXING_FILES];
  for (const dir of INDEXING_DIRS) {
    const files = readdirSync(join(SRC, dir), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(EXTENSION));
    paths.push(...files.sort().map((f) => join(dir, f)));
  }
  for (const path of paths)
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(SRC, path)))
      .update('\0');
  codeVersion = hash.digest('hex');
  return codeVersion;
}

/** A file's size, change times and inode, or null when it cannot be examined (reading it then says why). */
function statOf(path: string): { stat: string; changedAt: number } | null {
  try {
    const s = statSync(path);
    return { stat: `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`, changedAt: Math.max(s.mtimeMs, s.ctimeMs) };
  } catch {
    return null;
  }
}

/** The hash a known fingerprint holds for a file whose size, times and inode are unchanged since, if trustworthy. */
function knownHash(name: string, stat: string, changedAt: number, known?: CorpusFingerprint): string | undefined {
  if (!known || known.stats.get(name) !== stat || changedAt >= known.takenAt - RACY_MS) return undefined;
  return known.files.get(name);
}

/**
 * Hashes the corpus directory's articles and manifest together with the index settings and code version. A file
 * whose size, modification and status-change times and inode match `known` (an earlier fingerprint) keeps the hash
 * recorded there instead of being read again: any write changes the status-change time, which ordinary tools
 * cannot set back.
 */
export async function fingerprintCorpus(corpusDir: string, known?: CorpusFingerprint): Promise<CorpusFingerprint> {
  const takenAt = Date.now();
  const names = [...(await listArticleFiles(corpusDir)), MANIFEST_FILE];
  const files = new Map<string, string>();
  const stats = new Map<string, string>();
  const toHash: string[] = [];
  // Synchronous, in slices: stat through the thread pool takes four times as long for thousands of small files.
  for (let i = 0; i < names.length; i += 1000) {
    for (const name of names.slice(i, i + 1000)) {
      const found = statOf(join(corpusDir, name));
      const hash = found ? knownHash(name, found.stat, found.changedAt, known) : undefined;
      if (found) stats.set(name, found.stat);
      if (hash) files.set(name, hash);
      else toHash.push(name);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  // In batches: thousands of files opened at once could run out of file descriptors.
  for (let i = 0; i < toHash.length; i += 64) {
    await Promise.all(
      toHash.slice(i, i + 64).map(async (name) => {
        // An unreadable file is part of the state too (the build warns about it); a missing manifest is just absent.
        const content = await readFile(join(corpusDir, name)).catch((error: NodeJS.ErrnoException) =>
          error.code === 'ENOENT' ? null : `unreadable:${error.code}`,
        );
        if (content === null) stats.delete(name);
        else files.set(name, sha256(content));
      }),
    );
  }
  const key = createHash('sha256').update(JSON.stringify(INDEX_SETTINGS)).update(indexingCodeVersion());
  for (const name of [...files.keys()].sort()) key.update(name).update('\0').update(files.get(name)!).update('\0');
  return { key: key.digest('hex'), files, stats, takenAt };
}
