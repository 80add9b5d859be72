import { parentPort } from 'node:worker_threads';
import { groupEngine } from '../retrieval/search-index.ts';
import type { SearchJob } from './search-pool.ts';

// Builds and packs the search index on another core while the building thread counts the vocabulary and the lexicon.
const port = parentPort!;
const engine = groupEngine();
port.on('message', (job: SearchJob) => {
  if (job.documents) {
    for (const document of job.documents) engine.add(document);
    return;
  }
  const packed = engine.pack();
  const columns = [packed.fieldCounts, packed.fieldIds, packed.postingCounts, packed.documents, packed.frequencies];
  port.postMessage(
    packed,
    columns.map((column) => column.buffer as ArrayBuffer),
  );
});
