import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker, workerModule } from '../threads/start-worker.ts';
import type { CleanedSlice, FileSlice, PageKeys } from './file-slice.ts';
import type { ManifestEntry } from './manifest.ts';

/** What a reading worker is started with: its slice of the corpus's files (their manifest entries follow). */
export interface ReadSetup {
  corpusDir: string;
  names: string[];
}

/** The manifest entries of a reading worker's files, sent once the manifest is read. */
export type SliceEntries = Array<[string, ManifestEntry]>;

/** What a reading worker sends: its slice parsed, then cleaned. */
export type SliceMessage =
  | ({ kind: 'parsed'; pages: PageKeys[] } & Pick<FileSlice, 'readWarnings' | 'parseWarnings'>)
  | ({ kind: 'cleaned' } & CleanedSlice);

const MODULE = workerModule('read-worker', import.meta.url);
/** Below this many files, starting workers costs more than reading them here (about 1 ms a file). */
const PARALLEL_FROM = 1_000;

/** How many threads read a corpus of this many files (0: the building thread alone). */
export function readWorkers(fileCount: number): number {
  return fileCount < PARALLEL_FROM ? 0 : Math.min(4, availableParallelism());
}

/** The messages one worker sends, in turn: the next is asked for only after the one before has come. */
function messagesOf(worker: Worker): () => Promise<SliceMessage> {
  let failure: Error | null = null;
  const queue: SliceMessage[] = [];
  let waiter: { resolve: (message: SliceMessage) => void; reject: (error: Error) => void } | null = null;
  const fail = (error: Error): void => {
    failure ??= error;
    waiter?.reject(failure);
  };
  worker.on('message', (message: SliceMessage) => {
    if (waiter) waiter.resolve(message);
    else queue.push(message);
    waiter = null;
  });
  worker.on('error', fail);
  worker.on('exit', (code) =>
    fail(new Error(`a corpus-reading worker stopped before it was done (exit code ${code})`)),
  );
  return () => {
    const next = queue.shift();
    if (next) return Promise.resolve(next);
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => {
      waiter = { resolve, reject };
    });
  };
}

/**
 * Reads the named files in worker threads, each a contiguous slice, so slices in worker order are the files in
 * name order. Parsing a page (its metadata, its furniture) does not depend on the others; the workers keep their
 * files until they are told which paragraphs recur across the corpus, then clean them and send their sources. The
 * workers start while the manifest is still being read (a large one takes a third of a second), and get their
 * files' entries once it is.
 */
export async function readInWorkers(
  corpusDir: string,
  names: readonly string[],
  manifest: Promise<ReadonlyMap<string, ManifestEntry>>,
  workers: number,
): Promise<FileSlice[]> {
  const size = Math.ceil(names.length / workers);
  const slices = Array.from({ length: workers }, (_, k) => names.slice(k * size, (k + 1) * size));
  const pool = slices.map((slice) => startWorker(MODULE, { workerData: { corpusDir, names: slice } as ReadSetup }));
  const next = pool.map(messagesOf);
  try {
    const entries = await manifest;
    pool.forEach((worker, k) => {
      worker.postMessage(slices[k]!.flatMap((name) => entryOf(entries, name)) satisfies SliceEntries);
    });
    const parsed = await Promise.all(next.map((message) => message()));
    return parsed.map((message, k): FileSlice => {
      if (message.kind !== 'parsed') throw new Error(`a corpus-reading worker sent "${message.kind}" first`);
      const { readWarnings, parseWarnings, pages } = message;
      return {
        readWarnings,
        parseWarnings,
        pages,
        async clean(repeated) {
          pool[k]!.postMessage([...repeated]);
          const cleaned = await next[k]!().finally(() => pool[k]!.terminate());
          if (cleaned.kind !== 'cleaned') throw new Error('a corpus-reading worker sent its pages twice');
          return { sources: cleaned.sources, warnings: cleaned.warnings };
        },
      };
    });
  } catch (error) {
    await Promise.all(pool.map((worker) => worker.terminate()));
    throw error;
  }
}

/** A file's manifest entry, as a list of none or one. */
const entryOf = (entries: ReadonlyMap<string, ManifestEntry>, name: string): Array<[string, ManifestEntry]> => {
  const entry = entries.get(name);
  return entry ? [[name, entry]] : [];
};
