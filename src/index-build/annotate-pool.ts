import { availableParallelism } from 'node:os';
import type { Source } from '../corpus/source.ts';
import { englishWords, titleRule } from '../lexicon/english.ts';
import type { AnnotatedSentence, IsSpeechVerb, IsTitle } from '../text/annotate.ts';
import { startWorker, workerModule } from '../threads/start-worker.ts';
import { unpackAnnotations, type PackedAnnotations } from './annotation-codec.ts';

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
/** Below this many sources, starting workers (each loads the NLP model and WordNet) costs more than it saves. */
const PARALLEL_FROM = 1_000;

/** The word knowledge annotation needs: verbs of saying, and titles as the corpus's lower-case words decide them. */
export function paragraphWords(lowercase: ReadonlySet<string>): { isSpeechVerb: IsSpeechVerb; isTitle: IsTitle } {
  const english = englishWords();
  return { isSpeechVerb: (lemma) => english.isSpeechVerb(lemma), isTitle: titleRule(lowercase) };
}

/** The texts annotated for a source, in the order the passages are built: its headline, then each paragraph. */
function textsOf(source: Source): string[] {
  return [source.title, ...source.paragraphs.map(([start, end]) => source.text.slice(start, end))];
}

/** How many annotating workers a build of this many sources uses (0: annotate on the building thread). */
export function annotateWorkers(sourceCount: number): number {
  return sourceCount < PARALLEL_FROM ? 0 : Math.min(4, availableParallelism());
}

/** A source's annotated headline and paragraphs (as textsOf lists its texts), each source asked for once. */
export type SourceAnnotations = (sourceIndex: number) => AnnotatedSentence[][];

/**
 * Annotates every source's headline and paragraphs in worker threads, batch by batch. The batches stay packed as
 * the workers sent them (a few numbers per token instead of an object) until a source of theirs is asked for: a
 * corpus's annotations unpacked all at once were most of a large build's memory.
 */
export async function annotateInWorkers(
  sources: readonly Source[],
  lowercase: ReadonlySet<string>,
  workers: number,
  progress?: (done: number) => void,
): Promise<SourceAnnotations> {
  const texts = sources.map(textsOf);
  const batches: number[][] = [];
  for (let i = 0; i < sources.length; i += BATCH) {
    batches.push(Array.from({ length: Math.min(BATCH, sources.length - i) }, (_, k) => i + k));
  }
  const packedBatches: Array<PackedAnnotations | undefined> = new Array(batches.length);
  const setup: AnnotateSetup = { lowercase: [...lowercase] };
  const pool = Array.from({ length: Math.min(workers, batches.length) }, () =>
    startWorker(MODULE, { workerData: setup }),
  );
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= batches.length) {
                resolve();
                return;
              }
              const id = next++;
              worker.postMessage({ id, texts: batches[id]!.flatMap((s) => texts[s]!) } satisfies AnnotateJob);
            };
            worker.on('message', ({ id, packed }: { id: number; packed: PackedAnnotations }) => {
              packedBatches[id] = packed;
              progress?.((done += batches[id]!.length));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`an annotating worker stopped (exit code ${code})`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  const unpacked = new Map<number, AnnotatedSentence[][]>();
  return (source) => {
    const id = Math.floor(source / BATCH);
    const packed = packedBatches[id];
    if (packed) {
      packedBatches[id] = undefined;
      const batch = batches[id]!;
      const paragraphs = unpackAnnotations(
        packed,
        batch.flatMap((s) => texts[s]!),
      );
      let at = 0;
      for (const s of batch) unpacked.set(s, paragraphs.slice(at, (at += texts[s]!.length)));
    }
    const found = unpacked.get(source);
    if (!found) throw new Error(`the annotations of source ${source} were asked for twice, or never made`);
    unpacked.delete(source);
    return found;
  };
}
