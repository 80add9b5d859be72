import type { Source } from '../corpus/source.ts';
import type { PackedEngine } from '../retrieval/packed-engine.ts';
import type { Passage, PassageWords } from '../retrieval/passage.ts';
import { groupDocuments, type IndexedGroup, type SearchSnapshot } from '../retrieval/search-index.ts';
import { sentenceLengths } from '../retrieval/sentence-score.ts';
import { startWorker, workerModule } from '../threads/start-worker.ts';

/** What the search-indexing worker is sent: groups to add, then (with none) the word to pack and send the index. */
export interface SearchJob {
  documents?: IndexedGroup[];
}

const MODULE = workerModule('search-worker', import.meta.url);
/** Groups per message: the corpus's texts are never all copied at once (about 40 MB at 10,000 articles). */
const CHUNK = 2_000;

/**
 * Builds a large corpus's search index in a worker thread and resolves to it as a snapshot, the same as the
 * building thread would make it: started once the passages are built, it runs beside the vocabulary and the lexicon
 * (a few seconds at 10,000 articles, when the annotating workers have stopped and a core would sit idle).
 */
export function searchInWorker(
  sources: readonly Source[],
  passages: readonly Passage[],
  wordsOf: PassageWords,
): Promise<SearchSnapshot> {
  const worker = startWorker(MODULE);
  const packed = new Promise<PackedEngine>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search-indexing worker stopped (exit code ${code})`)));
  });
  let chunk: IndexedGroup[] = [];
  for (const document of groupDocuments(sources, passages, wordsOf)) {
    chunk.push(document);
    if (chunk.length === CHUNK) {
      worker.postMessage({ documents: chunk } satisfies SearchJob);
      chunk = [];
    }
  }
  worker.postMessage({ documents: chunk } satisfies SearchJob);
  worker.postMessage({} satisfies SearchJob);
  const lengths = sentenceLengths(passages, wordsOf);
  return packed.then((groups) => ({ groups, sentenceLengths: lengths })).finally(() => worker.terminate());
}
