import { parentPort, workerData } from 'node:worker_threads';
import { annotateParagraph } from '../text/annotate.ts';
import { renewAnnotator } from '../text/nlp.ts';
import { AnnotationPacker } from './annotation-codec.ts';
import { paragraphWords, type AnnotateJob, type AnnotateSetup } from './annotate-pool.ts';

// Annotates paragraphs (wink-nlp sentence splitting, tagging, values and names) for the index build on another
// core, with the same word knowledge the building thread has, and sends them back packed.
const port = parentPort!;
const { lowercase } = workerData as AnnotateSetup;
const words = paragraphWords(new Set(lowercase));

port.on('message', ({ id, texts }: AnnotateJob) => {
  // Batches go to whichever worker is free: each is read from the model as shipped, so the index is the same.
  renewAnnotator();
  // Each paragraph is packed as soon as it is annotated, so that its objects die young.
  const packer = new AnnotationPacker();
  for (const text of texts) packer.add(annotateParagraph(text, words));
  const packed = packer.packed();
  port.postMessage({ id, packed }, [packed.numbers.buffer as ArrayBuffer]);
});
