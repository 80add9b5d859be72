import { availableParallelism } from 'node:os';
import type { Source } from '../corpus/source.ts';
import { englishWords, titleRule } from '../lexicon/english.ts';
import { passageTexts } from '../retrieval/passage.ts';
import type { AnnotatedSentence, ParagraphWords } from '../text/annotate.ts';
import { startWorker, workerModule } from '../threads/start-worker.ts';
import { annotationReader, type PackedAnnotations } from './annotation-codec.ts';

/** What every annotating worker is started with: the corpus's lowercase words, which decide what is a title. */
export interface AnnotateSetup {
  lowercase: string[];
}

/** One batch of paragraphs to annotate. */
export interface AnnotateJob {
  id: number;
  texts: string[];
}

const MODULE = workerModule('annotate-worker', import.meta.url);
/** Sources per batch: small enough to spread evenly over the workers, large enough that messages stay few. */
const BATCH = 200;
/** The least heap limit of an annotating worker (see workerHeapMb). */
const WORKER_HEAP_MB = 512;
/** Below this many sources, starting workers (each loads the NLP model and WordNet) costs more than it saves. */
const PARALLEL_FROM = 1_000;

/**
 * The word knowledge annotation needs: verbs of saying, words of money, and titles as the corpus's lower-case words
 * decide them.
 */
export function paragraphWords(lowercase: ReadonlySet<string>): ParagraphWords {
  const english = englishWords();
  return {
    isSpeechVerb: (lemma) => english.isSpeechVerb(lemma),
    isTitle: titleRule(lowercase),
    isMoneyUnit: (word) => english.isMoneyUnit(word),
  };
}

/** How many annotating workers a build of this many sources uses (0: annotate on the building thread). */
export function annotateWorkers(sourceCount: number): number {
  return sourceCount < PARALLEL_FROM ? 0 : Math.min(4, availableParallelism());
}

/** Annotations coming back from the workers, batch by batch, while the building thread uses those already back. */
export interface WorkerAnnotations {
  /**
   * A source's annotated headline and paragraphs (as passageTexts lists its texts), once its batch is back. Each
   * source is asked for once, in order.
   */
  of(sourceIndex: number): Promise<AnnotatedSentence[][]>;
  /** Stops the workers, whether or not every batch is done. */
  close(): Promise<void>;
}

/**
 * A worker's heap limit. A worker holds the NLP model and WordNet (about 50 MB) and one batch's annotations (at most
 * about 100 bytes per character of its text); left alone, V8 let each worker's heap grow to hundreds of MB of garbage,
 * the largest part of a build's memory besides the index. The limit leaves twice that room for the longest batch, and
 * at least 512 MB: at 256 MB the workers spent noticeably longer collecting garbage.
 */
function workerHeapMb(sources: readonly Source[], batches: readonly Batch[]): number {
  const chars = (s: Source): number => s.title.length + s.paragraphs.reduce((n, [start, end]) => n + end - start, 0);
  const longest = Math.max(...batches.map((batch) => batch.sources.reduce((n, s) => n + chars(sources[s]!), 0)));
  return Math.max(WORKER_HEAP_MB, Math.ceil(64 + (200 * longest) / 1e6));
}

/** One batch: its sources, and their annotations as the worker sent them, until they are unpacked. */
interface Batch {
  sources: number[];
  packed?: PackedAnnotations;
}

/** The texts of a batch's sources, in the order a worker annotates them. */
const batchTexts = (sources: readonly Source[], batch: Batch): string[] =>
  batch.sources.flatMap((s) => passageTexts(sources[s]!));

/**
 * Starts annotating every source's headline and paragraphs in worker threads, batch by batch, and returns at once:
 * the passages of the first sources are built while the workers annotate the rest. A batch stays packed as the
 * workers sent it (a few numbers per token instead of an object) until a source of it is asked for, and is dropped
 * once the next batch is: the corpus's annotations held all at once were most of a large build's memory.
 */
export function annotateInWorkers(
  sources: readonly Source[],
  lowercase: ReadonlySet<string>,
  workers: number,
  progress?: (done: number) => void,
): WorkerAnnotations {
  const batches: Batch[] = [];
  for (let i = 0; i < sources.length; i += BATCH) {
    batches.push({ sources: Array.from({ length: Math.min(BATCH, sources.length - i) }, (_, k) => i + k) });
  }
  let failure: Error | null = null;
  let waiter: { id: number; resolve: (packed: PackedAnnotations) => void; reject: (error: Error) => void } | null =
    null;
  const fail = (error: Error): void => {
    failure ??= error;
    waiter?.reject(failure);
    waiter = null;
  };
  const setup: AnnotateSetup = { lowercase: [...lowercase] };
  const resourceLimits = { maxOldGenerationSizeMb: workerHeapMb(sources, batches) };
  const pool = Array.from({ length: Math.min(workers, batches.length) }, () =>
    startWorker(MODULE, { workerData: setup, resourceLimits }),
  );
  let closing = false;
  const close = async (): Promise<void> => {
    closing = true;
    await Promise.all(pool.map((worker) => worker.terminate()));
  };
  let next = 0;
  let done = 0;
  for (const worker of pool) {
    const send = (): void => {
      if (next >= batches.length) return;
      const id = next++;
      worker.postMessage({ id, texts: batchTexts(sources, batches[id]!) } satisfies AnnotateJob);
    };
    worker.on('message', ({ id, packed }: { id: number; packed: PackedAnnotations }) => {
      batches[id]!.packed = packed;
      if (waiter?.id === id) waiter.resolve(packed);
      progress?.((done += batches[id]!.sources.length));
      // Every batch in hand: the workers' memory is freed while the last passages are built.
      if (done === sources.length) void close();
      else send();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!closing) fail(new Error(`an annotating worker stopped (exit code ${code})`));
    });
    send();
  }
  const arrival = (id: number): Promise<PackedAnnotations> => {
    const packed = batches[id]!.packed;
    if (failure) return Promise.reject(failure);
    if (packed) return Promise.resolve(packed);
    return new Promise((resolve, reject) => {
      waiter = { id, resolve, reject };
    });
  };
  let current: { id: number; read: (texts: readonly string[]) => AnnotatedSentence[][] | null } = {
    id: -1,
    read: () => null,
  };
  return {
    close,
    async of(source) {
      const id = Math.floor(source / BATCH);
      if (current.id !== id) {
        const batch = batches[id]!;
        current = { id, read: annotationReader(await arrival(id)) };
        batch.packed = undefined;
        waiter = null;
      }
      const found = current.read(passageTexts(sources[source]!));
      if (!found) throw new Error(`the annotations of source ${source} were never made`);
      return found;
    },
  };
}
