import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/corpus/source.ts';
import { annotateInWorkers, paragraphWords } from '../../src/index-build/annotate-pool.ts';
import { passageTexts } from '../../src/retrieval/passage.ts';
import { annotateParagraph } from '../../src/text/annotate.ts';
import { renewAnnotator } from '../../src/text/nlp.ts';

// Three batches of small articles, so that one worker annotates them one after another.
const SOURCES: Source[] = Array.from({ length: 450 }, (_, i) => {
  const text = `Mayor Linda Farraday said on March ${1 + (i % 28)} that ${i} workers would return. The port reopened.`;
  return {
    id: `story-${i}`,
    file: `story-${i}.txt`,
    kind: 'article',
    outlet: 'Harbor Ledger',
    title: `Port reopens after ${i}-day strike`,
    url: null,
    published: null,
    listedBy: null,
    origins: { outlet: 'missing', title: 'missing', published: 'missing', url: 'missing' },
    text,
    paragraphs: [[0, text.length]],
    paragraphRoles: ['body'],
  };
});

describe('annotating in worker threads', () => {
  it('hands out the first sources while later batches are still being annotated, each as on this thread', async () => {
    const lowercase = new Set(['mayor', 'workers', 'port']);
    let annotated = 0;
    const annotations = annotateInWorkers(SOURCES, lowercase, 1, (done) => {
      annotated = done;
    });
    try {
      const first = await annotations.of(0);
      expect(annotated).toBeLessThan(SOURCES.length);
      const got = [first];
      for (let s = 1; s < SOURCES.length; s++) got.push(await annotations.of(s));
      expect(annotated).toBe(SOURCES.length);
      // Each batch is read from a fresh model, as the first one is here.
      renewAnnotator();
      const words = paragraphWords(lowercase);
      const here = passageTexts(SOURCES[0]!).map((text) => annotateParagraph(text, words));
      expect(got[0]).toEqual(here);
      expect(got.every((paragraphs) => paragraphs.length === 2)).toBe(true);
    } finally {
      await annotations.close();
    }
  }, 120_000);
});
