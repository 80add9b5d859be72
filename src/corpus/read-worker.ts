import { parentPort, workerData } from 'node:worker_threads';
import { readSlice } from './file-slice.ts';
import type { ReadSetup, SliceEntries, SliceMessage } from './read-pool.ts';

// Reads and parses one slice of a large corpus on another core, sends its pages' paragraph keys, and cleans it once
// the building thread sends back the paragraphs repeated across the whole corpus.
const port = parentPort!;
const { corpusDir, names } = workerData as ReadSetup;
const entries = await new Promise<SliceEntries>((resolve) => port.once('message', resolve));
const slice = await readSlice(corpusDir, names, new Map(entries));
const { readWarnings, parseWarnings } = slice;
port.postMessage({ kind: 'parsed', readWarnings, parseWarnings, pages: [...slice.pages] } satisfies SliceMessage);
port.once('message', async (repeated: string[]) => {
  port.postMessage({ kind: 'cleaned', ...(await slice.clean(new Set(repeated))) } satisfies SliceMessage);
});
