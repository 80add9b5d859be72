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

/**
 * Annotates every source's headline and paragraphs in worker threads, batch by batch, and resolves with them in
 * source order (each source's list as textsOf gives its texts).
 */
export async function annotateInWorkers(
  sources: readonly Source[],
  lowercase: ReadonlySet<string>,
  workers: number,
  progress?: (done: number) => void,
): Promise<AnnotatedSentence[][][]> {
  const texts = sources.map(textsOf);
  const batches: number[][] = [];
  for (let i = 0; i < sources.length; i += BATCH) {
    batches.push(Array.from({ length: Math.min(BATCH, sources.length - i) }, (_, k) => i + k));
  }
  const results: AnnotatedSentence[][][] = new Array(sources.length);
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
              const batch = batches[id]!;
              const paragraphs = unpackAnnotations(
                packed,
                batch.flatMap((s) => texts[s]!),
              );
              let at = 0;
              for (const s of batch) results[s] = paragraphs.slice(at, (at += texts[s]!.length));
              progress?.((done += batch.length));
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
  return results;
}
